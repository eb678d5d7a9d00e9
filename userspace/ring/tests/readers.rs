//! Reader threads end to end without a kernel: producers write into small memfd rings while
//! `Readers` drains them on their own threads and merges them on this one; nothing is lost,
//! reordered within a ring or torn, each pass comes out in timestamp order, corrupt records and
//! bogus heads are reported, and a consumer that falls behind stalls its readers, not the
//! producers' accounting.
#![cfg(not(loom))]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rfalco_ring::Readers;
use rfalco_ring::merge::DrainError;

mod common;
use common::{DIM, event, test_ring, try_write};

/// Events each producer writes: many times what a 16 KiB ring holds.
const EVENTS: u64 = 30_000;

/// Drains, handing each event (timestamp, cpu, tid, padding parameter) and `seen` to
/// `on_event`, until `done(seen)` or 30 seconds pass (a failure: a hang, not a slow machine);
/// returns the corrupt records.
fn drain_until<S>(
    readers: &mut Readers,
    seen: &mut S,
    mut on_event: impl FnMut(&mut S, u64, u16, u64, &[u8]),
    done: impl Fn(&S) -> bool,
) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut corrupt = 0;
    while !done(seen) {
        assert!(Instant::now() < deadline, "drain did not finish in time");
        let mut last_ts = 0;
        let d = readers
            .drain_merged(|ev| {
                assert!(ev.ts() >= last_ts, "one pass comes out in timestamp order");
                last_ts = ev.ts();
                on_event(
                    seen,
                    ev.ts(),
                    ev.cpu(),
                    ev.tid(),
                    ev.param(1).unwrap_or(&[]),
                );
            })
            .expect("drain");
        corrupt += d.corrupt;
        readers.wait(Duration::from_millis(1));
    }
    corrupt
}

#[test]
fn two_rings_drained_by_readers_lose_nothing() {
    two_rings(rfalco_ring::readers::QUEUE_PLACES);
}

#[test]
fn tiny_queues_stall_the_readers_and_lose_nothing() {
    two_rings(3);
}

/// Two producers, two rings, queues of `places`: every event arrives once, whole, in its
/// ring's order.
fn two_rings(places: usize) {
    let rings = [test_ring(0), test_ring(1)];
    let (mut consumers, mut writers) = (Vec::new(), Vec::new());
    for t in rings {
        consumers.push(t.ring);
        writers.push((t.info, t.data));
    }
    let allowed: Vec<usize> = Vec::new();
    let mut readers = Readers::with_queues(consumers, &allowed, places).expect("start");
    assert_eq!(
        readers.groups().len(),
        1,
        "no CPUs known: one unpinned reader"
    );

    let met_full = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = writers
        .into_iter()
        .enumerate()
        .map(|(cpu, (info, data))| {
            let met_full = met_full.clone();
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                for seq in 0..EVENTS {
                    // Interleaved timestamps: ring 0 even, ring 1 odd.
                    event(&mut buf, seq * 2 + cpu as u64, 100 + cpu as u64, seq);
                    while !try_write(&info, &data, &buf) {
                        met_full.store(true, Ordering::Release);
                        std::thread::yield_now();
                    }
                }
            })
        })
        .collect();

    let mut next = [0u64; 2];
    let corrupt = drain_until(
        &mut readers,
        &mut next,
        |next, ts, cpu, tid, pad| {
            let c = usize::from(cpu);
            let seq = next[c];
            assert_eq!(tid, 100 + u64::from(cpu), "the ring's own events");
            assert_eq!(ts, seq * 2 + u64::from(cpu), "in the ring's order");
            assert_eq!(pad.len(), (seq % 97) as usize, "not torn");
            assert!(pad.iter().all(|&b| b == b'x'), "not torn");
            next[c] += 1;
        },
        |next| *next == [EVENTS, EVENTS],
    );
    for t in threads {
        t.join().expect("producer");
    }
    assert_eq!(corrupt, 0);
    assert!(
        met_full.load(Ordering::Acquire),
        "the producers should have met a full ring"
    );
    // Everything was given back.
    for r in readers.rings() {
        let i = r.info();
        assert_eq!(
            i.tail().load(Ordering::Acquire),
            i.head().load(Ordering::Acquire)
        );
    }
}

#[test]
fn readers_are_pinned_to_the_rings_cpus() {
    let allowed: Vec<usize> = {
        use rustix::thread::{CpuSet, sched_getaffinity};
        let set = sched_getaffinity(None).expect("affinity");
        (0..CpuSet::MAX_CPU).filter(|&i| set.is_set(i)).collect()
    };
    let t = test_ring(allowed[0] as u16);
    let readers = Readers::start(vec![t.ring], &allowed).expect("start");
    let groups = readers.groups();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].cpu, Some(allowed[0]));
    assert!(readers.warnings().is_empty(), "{:?}", readers.warnings());
}

#[test]
fn a_corrupt_record_is_counted_and_reading_goes_on() {
    let t = test_ring(0);
    // SAFETY: no reader exists yet; 64 bytes inside the data area.
    unsafe { std::ptr::write_bytes(t.data.as_ptr(), 0xee, 64) };
    t.info.head().store(64, Ordering::Release);
    let mut readers = Readers::start(vec![t.ring], &[]).expect("start");
    let mut got = Vec::new();
    let corrupt = drain_until(
        &mut readers,
        &mut (),
        |_, _, _, _, _| (),
        |_| readers_tail(&t.info) == 64,
    );
    assert_eq!(corrupt, 1);
    assert_eq!(readers.corrupt(), &[1]);
    let mut buf = Vec::new();
    event(&mut buf, 7, 1, 0);
    assert!(try_write(&t.info, &t.data, &buf));
    drain_until(
        &mut readers,
        &mut got,
        |got, ts, _, _, _| got.push(ts),
        |got| !got.is_empty(),
    );
    assert_eq!(got, vec![7]);
}

#[test]
fn an_invalid_event_of_sound_length_is_skipped_alone() {
    let t = test_ring(0);
    let mut buf = Vec::new();
    for ts in [1, 2, 3] {
        event(&mut buf, ts, 1, ts);
        assert!(try_write(&t.info, &t.data, &buf));
    }
    // The second record claims 200 parameters: not an event, but its length is sound.
    let len = scap_format::abi::header::offset::LEN;
    let nparams = scap_format::abi::header::offset::NPARAMS;
    // SAFETY: no reader exists yet; the bytes read and written lie within the first two
    // records written above.
    unsafe {
        let mut first_len = [0u8; 4];
        std::ptr::copy_nonoverlapping(t.data.as_ptr().add(len), first_len.as_mut_ptr(), 4);
        let second = u32::from_le_bytes(first_len) as usize;
        *t.data.as_ptr().add(second + nparams) = 200;
        *t.data.as_ptr().add(second + nparams + 1) = 0;
    }
    let mut readers = Readers::start(vec![t.ring], &[]).expect("start");
    let mut got = Vec::new();
    let corrupt = drain_until(
        &mut readers,
        &mut got,
        |got, ts, _, _, _| got.push(ts),
        |got| got.len() == 2,
    );
    assert_eq!(got, vec![1, 3]);
    assert_eq!(corrupt, 1);
    assert_eq!(readers.corrupt(), &[1]);
}

fn readers_tail(info: &rfalco_ring::InfoMap) -> u32 {
    info.tail().load(Ordering::Acquire)
}

#[test]
fn a_bogus_head_stops_its_reader_and_is_reported() {
    let t = test_ring(5);
    t.info.head().store(DIM as u32 + 8, Ordering::Release);
    let mut readers = Readers::start(vec![t.ring], &[]).expect("start");
    let deadline = Instant::now() + Duration::from_secs(30);
    let err = loop {
        match readers.drain_merged(|_| ()) {
            Err(e) => break e,
            Ok(_) => {
                assert!(Instant::now() < deadline, "no error reported");
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    };
    assert!(matches!(err, DrainError::BadHead { cpu: 5, .. }), "{err}");
    assert!(err.to_string().contains("outside"), "{err}");
}

#[test]
fn a_consumer_behind_stalls_the_reader_and_the_ring_fills() {
    let t = test_ring(0);
    let mut readers = Readers::start(vec![t.ring], &[]).expect("start");
    // Fill the ring without draining: the reader queues what it finds, the producer then meets
    // a full ring (its drops are the module's to count), and nothing is given back yet.
    let mut buf = Vec::new();
    let mut written = 0u64;
    while {
        event(&mut buf, written, 1, written);
        try_write(&t.info, &t.data, &buf)
    } {
        written += 1;
    }
    assert!(written > 10);
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(
        readers_tail(&t.info),
        0,
        "nothing given back before a drain"
    );
    let mut seen = 0u64;
    drain_until(
        &mut readers,
        &mut seen,
        |seen, ts, _, _, _| {
            assert_eq!(ts, *seen);
            *seen += 1;
        },
        |seen| *seen == written,
    );
    // Room again.
    event(&mut buf, written, 1, written);
    assert!(try_write(&t.info, &t.data, &buf));
}
