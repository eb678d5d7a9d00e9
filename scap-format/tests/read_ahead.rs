//! The read-ahead loop stops cleanly: a callback that breaks gets its value back after exactly
//! the events before it, and one that panics unwinds out of the call; neither leaves the
//! reading thread behind. (That it gives the one-thread loop's events, counters and errors is
//! checked in `fast_path.rs`; its waits on a pipe in `pipe.rs`.)

mod common;

use std::ops::ControlFlow;

use scap_format::CaptureReader;
use scap_format::read_ahead::BATCH_EVENTS;
use scap_format::reader::Next;

fn bulk() -> Vec<u8> {
    common::load(&common::shared().join("captures/vm/vm_kmod0.23.2_bulk.scap.gz"))
}

#[test]
fn breaking_returns_after_exactly_the_events_before() {
    let data = bulk();
    // Inside the first batch, at a batch's edge, deep into the capture.
    let edge = BATCH_EVENTS as u64;
    for stop in [1, edge, edge + 1, 500_000] {
        let mut r = CaptureReader::from_bytes(data.clone()).expect("header");
        let mut n = 0u64;
        let mut last_ts = 0;
        let out = r.for_each_event_read_ahead(|next| {
            if let Next::Event(ev) = next {
                n += 1;
                last_ts = ev.ts();
                if n == stop {
                    return ControlFlow::Break(n);
                }
            }
            ControlFlow::Continue(())
        });
        assert_eq!(out.expect("read"), Some(stop));
        assert_eq!(n, stop);
        // The same event the one-thread loop gives at that place.
        let mut one = CaptureReader::from_bytes(data.clone()).expect("header");
        let mut k = 0u64;
        let want = one
            .for_each_event(|ev| {
                k += 1;
                if k == stop {
                    ControlFlow::Break(ev.ts())
                } else {
                    ControlFlow::Continue(())
                }
            })
            .expect("read");
        assert_eq!(Some(last_ts), want, "event {stop}");
        // The reader is still usable on this thread, after what the reading thread had
        // taken (how far it had read depends on timing).
        assert!(r.next_event().is_ok());
    }
}

#[test]
fn a_panicking_callback_unwinds_and_the_reading_thread_stops() {
    let data = bulk();
    let mut r = CaptureReader::from_bytes(data).expect("header");
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut n = 0;
        r.for_each_event_read_ahead(|_| {
            n += 1;
            assert!(n < 3000, "stop here");
            ControlFlow::<()>::Continue(())
        })
    }));
    assert!(caught.is_err());
}
