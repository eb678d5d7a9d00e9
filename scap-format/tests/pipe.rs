//! A capture given as a FIFO (or any file that reads only once, like `/dev/stdin`) is streamed:
//! the same events as from the regular file, gzip or plain, and the bytes read to tell the two
//! apart are not lost.

mod common;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::Path;
use std::process::Command;

use scap_format::CaptureReader;

/// Event count and a hash of every event's bytes and cpu.
fn digest(mut r: CaptureReader) -> (u64, u64) {
    let mut h = DefaultHasher::new();
    let mut n = 0u64;
    while let Some(ev) = r.next_event().expect("event") {
        ev.as_bytes().hash(&mut h);
        ev.cpu().hash(&mut h);
        n += 1;
    }
    (n, h.finish())
}

/// The uncompressed bytes of a capture file.
fn plain_bytes(file: &Path) -> Vec<u8> {
    let raw = std::fs::read(file).expect("read capture");
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(&raw[..]), &mut out)
            .expect("gunzip");
        out
    } else {
        raw
    }
}

/// A new FIFO in `dir`, and a thread that opens it for writing and hands it to `write`.
fn fifo_writer<T: Send + 'static>(
    dir: &Path,
    write: impl FnOnce(std::fs::File) -> T + Send + 'static,
) -> (std::path::PathBuf, std::thread::JoinHandle<T>) {
    let fifo = dir.join("capture.fifo");
    let st = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(st.success(), "mkfifo failed");
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        let w = std::fs::OpenOptions::new()
            .write(true)
            .open(&writer_path)
            .expect("open fifo for writing");
        write(w)
    });
    (fifo, writer)
}

fn through_fifo(file: &Path, dir: &Path) -> (u64, u64) {
    let bytes = std::fs::read(file).expect("read capture");
    let (fifo, writer) = fifo_writer(dir, move |mut w| {
        // In pieces, so that reads meet partial blocks.
        for chunk in bytes.chunks(7777) {
            w.write_all(chunk).expect("write fifo");
        }
    });
    let got = digest(CaptureReader::open(&fifo).expect("open fifo"));
    writer.join().expect("writer");
    std::fs::remove_file(&fifo).expect("remove fifo");
    got
}

#[test]
fn captures_stream_through_a_fifo() {
    let root = common::shared().join("captures");
    let dir = std::env::temp_dir().join(format!("scap-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for name in [
        "vm/vm_kmod0.23.2_triggers.scap",
        "falco/cat_write.scap",
        "libs/sample.scap",
    ] {
        let file = root.join(name);
        let want = digest(CaptureReader::open(&file).expect("open file"));
        assert!(want.0 > 0, "{name}: no events");
        assert_eq!(through_fifo(&file, &dir), want, "{name} through a FIFO");
        // The same capture gzip-compressed (some shared ".scap" files already are: compressed
        // from their plain bytes), through a FIFO.
        let gz = dir.join("capture.scap.gz");
        let mut enc = flate2::write::GzEncoder::new(
            std::fs::File::create(&gz).expect("create gz"),
            flate2::Compression::fast(),
        );
        enc.write_all(&plain_bytes(&file)).expect("compress");
        enc.finish().expect("finish gz");
        assert_eq!(through_fifo(&gz, &dir), want, "{name}.gz through a FIFO");
    }
    std::fs::remove_dir_all(&dir).expect("clean up");
}

/// Events in the whole blocks of a capture's first `len` bytes (the cut block is an error).
fn whole_events(bytes: &[u8], len: usize) -> usize {
    let mut r = CaptureReader::from_bytes(bytes[..len].to_vec()).expect("header");
    let mut n = 0;
    while let Ok(Some(_)) = r.next_event() {
        n += 1;
    }
    n
}

/// The writer sends the capture in three parts cut inside blocks and waits after each: the
/// reader tells `Waiting` once it holds every whole event of what was sent, before it waits,
/// and every event arrives.
#[test]
fn waiting_is_told_when_the_writer_is_behind() {
    waiting_is_told(false);
}

/// The same with the capture read on a thread of its own: the wait after a part comes after
/// exactly that part's events (a wait told from inside a part may come late, never early).
#[test]
fn waiting_is_told_when_read_ahead() {
    waiting_is_told(true);
}

fn waiting_is_told(read_ahead: bool) {
    use scap_format::reader::Next;
    use std::ops::ControlFlow;
    use std::sync::mpsc;
    use std::time::Duration;

    let file = common::shared().join("captures/vm/vm_kmod0.23.2_triggers.scap");
    let bytes = std::fs::read(&file).expect("read capture");
    let cuts = [bytes.len() / 3 + 1, 2 * bytes.len() / 3 + 3];
    let want: Vec<usize> = cuts.iter().map(|&c| whole_events(&bytes, c)).collect();
    let total = whole_events(&bytes, bytes.len());
    assert!(0 < want[0] && want[0] < want[1] && want[1] < total);

    let dir = std::env::temp_dir().join(format!("scap-wait-{read_ahead}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (sent_tx, sent_rx) = mpsc::channel::<usize>();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let (fifo, writer) = fifo_writer(&dir, move |mut w| {
        let mut from = 0;
        let mut stalled = 0;
        for (k, &cut) in cuts.iter().enumerate() {
            w.write_all(&bytes[from..cut]).expect("write fifo");
            from = cut;
            // Said once the reader has taken every byte out of the FIFO, so that its next
            // `Waiting` comes after it handed out what it could.
            while rustix::io::ioctl_fionread(&w).expect("FIONREAD") > 0 {
                std::thread::sleep(Duration::from_millis(1));
            }
            sent_tx.send(k).expect("tell the reader");
            // A reader that never says it waits would wait here forever: go on after a while.
            if go_rx.recv_timeout(Duration::from_secs(30)).is_err() {
                stalled += 1;
            }
        }
        w.write_all(&bytes[from..]).expect("write fifo");
        stalled
    });
    let mut r = CaptureReader::open(&fifo).expect("open fifo");
    let mut n = 0;
    let mut told = Vec::new();
    let mut pending = None;
    let on_next = |next: Next<'_, '_>| {
        match next {
            Next::Event(_) => n += 1,
            // A wait while a part is being written is fine; once a part is written and read
            // out of the FIFO, the reader's wait comes after every whole event before the cut.
            // A read-ahead reader goes on reading while this thread is still behind, so a wait
            // it told from the middle of a part can come here after the part was sent: the
            // part stays pending until a wait comes with at least its events.
            Next::Waiting => {
                if pending.is_none() {
                    pending = sent_rx.recv_timeout(Duration::from_millis(200)).ok();
                }
                if let Some(k) = pending {
                    if !read_ahead || n >= want[k] {
                        told.push((k, n));
                        pending = None;
                        go_tx.send(()).expect("tell the writer");
                    }
                }
            }
        }
        ControlFlow::<()>::Continue(())
    };
    let end = if read_ahead {
        r.for_each_event_read_ahead(on_next)
    } else {
        r.for_each_event_or_wait(on_next)
    };
    assert!(matches!(end, Ok(None)), "{end:?}");
    let stalled = writer.join().expect("writer");
    std::fs::remove_dir_all(&dir).expect("clean up");
    assert_eq!(stalled, 0, "the reader waited without saying so");
    assert_eq!(told, vec![(0, want[0]), (1, want[1])]);
    assert_eq!(n, total);
}
