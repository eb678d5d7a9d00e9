//! The ring protocol end to end without a kernel: a producer thread writes Falco-format events
//! into a small memfd-backed ring mapped twice back to back, the consumer reads them in place
//! through many wrap-arounds, and nothing is lost, reordered or torn.

use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rfalco_ring::Ring;
use rfalco_ring::mapping::{DoubleMap, InfoMap};

mod common;
use common::{DIM, event, memfd, produce, test_ring, try_write};

const EVENTS: u64 = 50_000;

#[test]
fn events_survive_wraparound_in_order() {
    let info_fd = memfd(4096);
    let data_fd = memfd(DIM);
    let producer_info = InfoMap::map(info_fd.as_fd()).expect("info");
    let producer_data = DoubleMap::from_file_twice(data_fd.as_fd(), DIM, true).expect("data rw");
    let mut ring = Ring::new(
        InfoMap::map(info_fd.as_fd()).expect("info"),
        DoubleMap::from_file_twice(data_fd.as_fd(), DIM, false).expect("data ro"),
        3,
    );

    // The consumer starts reading only once the producer has met a full ring (50,000 events
    // are many times the ring's 16 KiB), so the full-ring path is exercised on every run
    // however the threads are scheduled; it is then drained through many wrap-arounds.
    let met_full = Arc::new(AtomicBool::new(false));
    let producer_met_full = met_full.clone();
    let writer = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut full = 0u64;
        for seq in 0..EVENTS {
            event(&mut buf, seq * 10, seq, seq);
            while !try_write(&producer_info, &producer_data, &buf) {
                full += 1;
                producer_met_full.store(true, Ordering::Release);
                std::thread::yield_now();
            }
        }
        full
    });

    while !met_full.load(Ordering::Acquire) {
        std::thread::yield_now();
    }
    let mut next = 0u64;
    while next < EVENTS {
        let mut batch = ring.read().expect("head in range");
        while let Some(ev) = batch.next_event() {
            let ev = ev.expect("valid event");
            assert_eq!(ev.tid(), next, "events in order");
            assert_eq!(ev.ts(), next * 10);
            assert_eq!(ev.cpu(), 3);
            assert_eq!(
                ev.param(1).map(<[u8]>::len),
                Some((next % 97) as usize),
                "not torn"
            );
            next += 1;
        }
        drop(batch);
        std::thread::yield_now();
    }
    let full = writer.join().expect("producer");
    assert_eq!(ring.corrupt_batches(), 0);
    assert!(
        full > 0,
        "the producer should have met a full ring at least once"
    );
    let r = ring.read().expect("read");
    assert_eq!(r.consumed(), 0);
}

#[test]
fn a_bogus_head_is_reported_not_followed() {
    let info_fd = memfd(4096);
    let data_fd = memfd(DIM);
    let info = InfoMap::map(info_fd.as_fd()).expect("info");
    info.head()
        .store(DIM as u32 + 8, std::sync::atomic::Ordering::Release);
    let mut ring = Ring::new(
        info,
        DoubleMap::from_file_twice(data_fd.as_fd(), DIM, false).expect("data"),
        0,
    );
    let err = ring.read().expect_err("bogus head");
    assert!(err.to_string().contains("outside"), "{err}");
}

#[test]
fn garbage_in_the_ring_is_counted_and_skipped() {
    let info_fd = memfd(4096);
    let data_fd = memfd(DIM);
    let w = DoubleMap::from_file_twice(data_fd.as_fd(), DIM, true).expect("rw");
    // SAFETY: no reader exists yet; 64 bytes inside the data area.
    unsafe { std::ptr::write_bytes(w.as_ptr(), 0xee, 64) };
    let info = InfoMap::map(info_fd.as_fd()).expect("info");
    info.head().store(64, std::sync::atomic::Ordering::Release);
    let mut ring = Ring::new(
        info,
        DoubleMap::from_file_twice(data_fd.as_fd(), DIM, false).expect("ro"),
        0,
    );
    {
        let mut b = ring.read().expect("read");
        assert!(b.next_event().expect("something").is_err());
        assert!(b.next_event().is_none());
    }
    assert_eq!(ring.corrupt_batches(), 1);
    assert_eq!(
        ring.info()
            .tail()
            .load(std::sync::atomic::Ordering::Acquire),
        64
    );
}

#[test]
fn cpus_merge_in_timestamp_order() {
    let a = test_ring(0);
    let b = test_ring(1);
    for ts in [1, 4, 5, 9] {
        produce(&a, ts, 100);
    }
    for ts in [2, 3, 6, 7, 8] {
        produce(&b, ts, 200);
    }
    let mut rings = vec![a.ring, b.ring];
    let mut seen = Vec::new();
    let d = rfalco_ring::merge::drain_merged(&mut rings, |ev| seen.push((ev.ts(), ev.cpu())))
        .expect("drain");
    assert_eq!(d.events, 9);
    assert_eq!(
        seen.iter().map(|s| s.0).collect::<Vec<_>>(),
        (1..=9).collect::<Vec<u64>>()
    );
    assert_eq!(seen[1], (2, 1));
    // Everything was given back.
    let again = rfalco_ring::merge::drain_merged(&mut rings, |_| ()).expect("drain");
    assert_eq!(again.events, 0);
    drop((a.info, a.data, b.info, b.data));
}
