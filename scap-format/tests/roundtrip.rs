//! Read -> write -> read gives the same events and metadata, for every real capture.

mod common;

use scap_format::{CaptureReader, writer::CaptureWriter};

#[test]
fn read_write_read_is_identical_for_every_capture() {
    for (path, _) in common::captures() {
        let mut first = CaptureReader::open(&path).expect("open");
        let mut w = CaptureWriter::new(Vec::new(), first.metadata()).expect("writer");
        let mut events: Vec<(Vec<u8>, u16, u32)> = Vec::new();
        while let Some(ev) = first
            .next_event()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        {
            w.write_event(&ev).expect("write");
            events.push((ev.as_bytes().to_vec(), ev.cpu(), ev.dump_flags()));
        }
        let bytes = w.finish().expect("finish");
        let mut second = CaptureReader::from_bytes(bytes).expect("reopen");
        let (m1, m2) = (first.metadata(), second.metadata());
        assert_eq!(m1.threads, m2.threads, "{}: threads", path.display());
        assert_eq!(m1.fds, m2.fds, "{}: fds", path.display());
        assert_eq!(m1.machine, m2.machine, "{}: machine", path.display());
        assert_eq!(m1.users, m2.users, "{}: users", path.display());
        assert_eq!(
            m1.interfaces,
            m2.interfaces,
            "{}: interfaces",
            path.display()
        );
        let mut i = 0;
        while let Some(ev) = second.next_event().expect("reread") {
            let (bytes, cpu, flags) = &events[i];
            assert_eq!(ev.as_bytes(), &bytes[..], "{}: event {i}", path.display());
            assert_eq!(
                (ev.cpu(), ev.dump_flags()),
                (*cpu, *flags),
                "{}: event {i}",
                path.display()
            );
            i += 1;
        }
        assert_eq!(i, events.len(), "{}: event count", path.display());
        assert_eq!(
            second.stats().converted,
            0,
            "a written capture needs no conversion"
        );
    }
}
