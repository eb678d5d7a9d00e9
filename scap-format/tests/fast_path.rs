//! The reader's in-memory fast path (current-format event blocks handed out without the
//! general block loop) gives exactly what the general path gives: the same events with the
//! same origin, the same counters, and the same point of failure on damaged input.
//!
//! A capture read from a stream never takes the fast path; the same bytes in memory take it
//! for nearly every event. Both, `for_each_event` on memory, and the read-ahead loop (the
//! reading on a thread of its own) on memory and on a stream are compared event by event.

mod common;

use std::io::Cursor;
use std::ops::ControlFlow;

use scap_format::reader::Next;
use scap_format::{CaptureReader, EventRef};

/// What identifies one event as a consumer sees it.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    ts: u64,
    tid: u64,
    ty: u16,
    cpu: u16,
    flags: u32,
    nparams: usize,
    bytes: u64,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn seen(ev: &EventRef<'_>) -> Seen {
    Seen {
        ts: ev.ts(),
        tid: ev.tid(),
        ty: ev.ty(),
        cpu: ev.cpu(),
        flags: ev.dump_flags(),
        nparams: ev.nparams(),
        bytes: fnv1a(ev.as_bytes()),
    }
}

/// Events until the end or the first error, whether it ended in an error, and the counters.
type Run = (Vec<Seen>, bool, String);

fn by_next_event(mut r: CaptureReader) -> Run {
    let mut out = Vec::new();
    let failed = loop {
        match r.next_event() {
            Ok(Some(ev)) => out.push(seen(&ev)),
            Ok(None) => break false,
            Err(_) => break true,
        }
    };
    (out, failed, format!("{:?}", r.stats()))
}

fn by_for_each(mut r: CaptureReader) -> Run {
    let mut out = Vec::new();
    let failed = r
        .for_each_event(|ev| {
            out.push(seen(ev));
            ControlFlow::<()>::Continue(())
        })
        .is_err();
    (out, failed, format!("{:?}", r.stats()))
}

/// The reading thread's events, as the thread that uses them sees them.
fn by_read_ahead(mut r: CaptureReader) -> Run {
    let mut out = Vec::new();
    let failed = r
        .for_each_event_read_ahead(|next| {
            if let Next::Event(ev) = next {
                out.push(seen(ev));
            }
            ControlFlow::<()>::Continue(())
        })
        .is_err();
    (out, failed, format!("{:?}", r.stats()))
}

fn compare(what: &str, data: &[u8]) {
    let streamed = CaptureReader::from_reader(Cursor::new(data.to_vec()));
    let in_memory = CaptureReader::from_bytes(data.to_vec());
    let (streamed, in_memory) = match (streamed, in_memory) {
        (Ok(s), Ok(m)) => (s, m),
        (Err(_), Err(_)) => return,
        (s, m) => panic!(
            "{what}: opening differs: stream {:?}, memory {:?}",
            s.err(),
            m.err()
        ),
    };
    let reference = by_next_event(streamed);
    for (name, got) in [
        (
            "next_event",
            by_next_event(CaptureReader::from_bytes(data.to_vec()).expect("opened once already")),
        ),
        ("for_each_event", by_for_each(in_memory)),
        (
            "for_each_event_read_ahead",
            by_read_ahead(CaptureReader::from_bytes(data.to_vec()).expect("opened once already")),
        ),
        (
            "for_each_event_read_ahead from a stream",
            by_read_ahead(
                CaptureReader::from_reader(Cursor::new(data.to_vec()))
                    .expect("opened once already"),
            ),
        ),
    ] {
        assert_eq!(
            got.0.len(),
            reference.0.len(),
            "{what}: {name} in memory gave {} events, the stream {}",
            got.0.len(),
            reference.0.len()
        );
        if let Some(i) = (0..got.0.len()).find(|&i| got.0[i] != reference.0[i]) {
            panic!(
                "{what}: event {i} differs ({name} in memory vs stream): {:?} vs {:?}",
                got.0[i], reference.0[i]
            );
        }
        assert_eq!(got.1, reference.1, "{what}: {name}: failure differs");
        if !got.1 {
            assert_eq!(got.2, reference.2, "{what}: {name}: counters differ");
        }
    }
}

#[test]
fn memory_and_stream_give_the_same_events() {
    for (path, _) in common::captures() {
        let data = common::load(&path);
        compare(&path.display().to_string(), &data);
    }
}

#[test]
fn damaged_captures_fail_at_the_same_event() {
    for path in common::small_captures() {
        let data = common::load(&path);
        // Cuts and flipped bytes spread over the file (block headers, lengths, trailers).
        for k in 1..40 {
            let at = data.len() * k / 40;
            compare(&format!("{} cut at {at}", path.display()), &data[..at]);
            let mut flipped = data.clone();
            flipped[at] ^= 0xa5;
            compare(&format!("{} byte {at} flipped", path.display()), &flipped);
        }
    }
}
