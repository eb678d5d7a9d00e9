//! Model check of the head/tail protocol with loom: a producer and a consumer on a ring of a few
//! bytes, every interleaving explored (run with `RUSTFLAGS="--cfg loom"`, see `make loom`).
//! The data bytes live in loom `UnsafeCell`s, so a missing Acquire/Release pairing shows up as
//! a data race.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::sync::atomic::AtomicU32;
use rfalco_ring::{Consumer, Producer};

const DIM: u32 = 8;

struct Shared {
    head: AtomicU32,
    tail: AtomicU32,
    data: [UnsafeCell<u8>; DIM as usize],
}

#[test]
fn records_arrive_whole_and_in_order_across_wraparound() {
    loom::model(|| {
        let s = Arc::new(Shared {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            data: std::array::from_fn(|_| UnsafeCell::new(0)),
        });
        // Records: [len, seq, seq...]; three of 3 bytes in an 8-byte ring forces a wrap.
        const RECORDS: u8 = 3;
        const LEN: u32 = 3;
        let p = s.clone();
        let producer = loom::thread::spawn(move || {
            let prod = Producer::new(&p.head, &p.tail, DIM);
            for seq in 0..RECORDS {
                let head = loop {
                    if let Some(h) = prod.reserve(LEN) {
                        break h;
                    }
                    loom::thread::yield_now();
                };
                for i in 0..LEN {
                    let v = if i == 0 { LEN as u8 } else { seq };
                    p.data[((head + i) % DIM) as usize].with_mut(|b| {
                        // SAFETY: reserved bytes are the producer's alone until published.
                        unsafe { *b = v }
                    });
                }
                prod.publish(LEN);
            }
        });
        let cons = Consumer::new(&s.head, &s.tail, DIM);
        let mut seq = 0u8;
        while seq < RECORDS {
            let r = cons.poll().expect("head in range");
            if r.len < LEN {
                loom::thread::yield_now();
                continue;
            }
            let read = |i: u32| {
                // SAFETY: published bytes are not written again until the tail passes them.
                s.data[((r.tail + i) % DIM) as usize].with(|b| unsafe { *b })
            };
            assert_eq!(read(0), LEN as u8);
            assert_eq!(read(1), seq);
            assert_eq!(read(2), seq);
            cons.release(LEN);
            seq += 1;
        }
        producer.join().expect("producer");
    });
}
