//! The ring protocol and the in-place event decoder on a heap buffer: a producer thread writes
//! real events (built with scap-format's `EventBuilder`) into a small ring, wrapping around
//! many times; the consumer polls, reads the published bytes, decodes them with `Batch` and
//! gives them back. Every event arrives whole, once and in order.
//!
//! The buffer is plain memory, not a kernel mapping, so the same test runs under Miri
//! (`make miri`: undefined behaviour, data races between the producer's writes and the
//! consumer's reads, misaligned loads in the decoder) and under ThreadSanitizer (`make tsan`).
//! A real ring is mapped twice so a record that wraps reads as contiguous bytes; here the
//! consumer copies the readable span out (with its wrap) before decoding, as a reader of a
//! single mapping would.
#![cfg(not(loom))]

use std::cell::UnsafeCell;
use std::sync::atomic::AtomicU32;

use rfalco_ring::{Batch, Consumer, Producer};
use scap_format::EventBuilder;
use scap_format::abi::events::code::{SYSCALL_CLOSE_X, SYSCALL_READ_X};

/// Ring size: small, so that the test wraps around often (and stays quick under Miri).
const DIM: u32 = 512;
/// Events the producer writes.
const EVENTS: u64 = if cfg!(miri) { 120 } else { 20_000 };

/// The ring's counters and data area, shared by the two threads.
struct HeapRing {
    head: AtomicU32,
    tail: AtomicU32,
    data: Box<[UnsafeCell<u8>]>,
}

// SAFETY: the head/tail protocol gives each byte of `data` one writer at a time: the producer
// writes only reserved bytes (between head and tail, not yet published) and the consumer reads
// only published ones (between tail and head) until it releases them; the Release/Acquire pairs
// of `Producer::publish`/`Consumer::poll` and `Consumer::release`/`Producer::reserve` order the
// accesses. That is the claim this test (under Miri and TSan) checks.
unsafe impl Sync for HeapRing {}

impl HeapRing {
    fn new() -> Self {
        Self {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            data: (0..DIM).map(|_| UnsafeCell::new(0)).collect(),
        }
    }

    /// Writes `bytes` at ring offset `at` (wrapping).
    ///
    /// # Safety
    /// The bytes `at..at + bytes.len()` (mod `DIM`) must be reserved by the producer and not
    /// yet published.
    unsafe fn write(&self, at: u32, bytes: &[u8]) {
        for (i, b) in bytes.iter().enumerate() {
            let cell = &self.data[(at as usize + i) % DIM as usize];
            // SAFETY: the caller reserved these bytes: no other access until they are
            // published.
            unsafe { *cell.get() = *b };
        }
    }

    /// Copies `len` published bytes from ring offset `at` (wrapping) into `out`.
    ///
    /// # Safety
    /// The bytes must be published and not yet released by the consumer.
    unsafe fn read(&self, at: u32, len: u32, out: &mut Vec<u8>) {
        out.clear();
        for i in 0..len as usize {
            let cell = &self.data[(at as usize + i) % DIM as usize];
            // SAFETY: published bytes are not written until the consumer releases them.
            out.push(unsafe { *cell.get() });
        }
    }
}

/// Event `n`: a `close` exit (res, fd) or a `read` exit with `n % 50` bytes of data, so that
/// records have different sizes and straddle the wrap at many offsets.
fn event(n: u64, out: &mut Vec<u8>) {
    out.clear();
    if n % 3 == 0 {
        let mut b = EventBuilder::new(out, 1_000 + n, 4_000 + n % 7, SYSCALL_CLOSE_X, 1);
        b.push(&(n as i64).to_le_bytes());
        b.finish();
    } else {
        let data: Vec<u8> = (0..(n % 50) as u8).collect();
        let mut b = EventBuilder::new(out, 1_000 + n, 4_000 + n % 7, SYSCALL_READ_X, 2);
        b.push(&((n % 50) as i64).to_le_bytes()).push(&data);
        b.finish();
    }
}

#[test]
fn events_cross_the_heap_ring_whole_and_in_order() {
    let ring = HeapRing::new();
    std::thread::scope(|s| {
        s.spawn(|| {
            let prod = Producer::new(&ring.head, &ring.tail, DIM);
            let mut buf = Vec::new();
            for n in 0..EVENTS {
                event(n, &mut buf);
                let len = buf.len() as u32;
                let at = loop {
                    if let Some(at) = prod.reserve(len) {
                        break at;
                    }
                    std::thread::yield_now();
                };
                // SAFETY: `reserve` handed these bytes to the producer; published below.
                unsafe { ring.write(at, &buf) };
                prod.publish(len);
            }
        });
        let cons = Consumer::new(&ring.head, &ring.tail, DIM);
        let (mut span, mut want) = (Vec::new(), Vec::new());
        let mut next = 0u64;
        while next < EVENTS {
            let r = cons.poll().expect("head inside the ring");
            if r.len == 0 {
                std::thread::yield_now();
                continue;
            }
            // SAFETY: `poll` reported these bytes published; released after decoding.
            unsafe { ring.read(r.tail, r.len, &mut span) };
            let mut batch = Batch::new(&span, 3);
            while let Some(ev) = batch.next_event() {
                let ev = ev.expect("the producer writes whole, valid events");
                event(next, &mut want);
                assert_eq!(ev.as_bytes(), &want[..], "event {next}");
                assert_eq!(ev.cpu(), 3);
                next += 1;
            }
            cons.release(batch.consumed() as u32);
        }
        assert_eq!(cons.poll().expect("head").len, 0, "nothing left over");
    });
}
