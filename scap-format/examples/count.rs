//! Counts events of a capture and prints sysdig-style fields (scratch, for development).
fn main() {
    let p = std::env::args().nth(1).expect("path");
    let mut r = scap_format::CaptureReader::open(&p).expect("open");
    let mut n = 0u64;
    loop {
        match r.next_event() {
            Ok(Some(ev)) => {
                n += 1;
                let info = ev.info().expect("info");
                println!("{n}|{}|{}|{}|{}|{}|{}|{:x}|{}", ev.ts(), ev.cpu(), if ev.is_enter() {'>'} else {'<'}, ev.name(), ev.tid(), ev.ty(), info.category, ev.dump_flags());
            }
            Ok(None) => break,
            Err(e) => { eprintln!("ERROR after {n}: {e}"); break; }
        }
    }
    eprintln!("{n} events; {:?}", r.stats());
}
