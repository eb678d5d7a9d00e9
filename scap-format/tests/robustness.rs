//! Hostile input: truncated and bit-flipped real captures give events or typed errors, never a
//! panic or an endless loop.

mod common;

use proptest::prelude::*;
use scap_format::CaptureReader;

/// Reads everything; returns the number of events before the end or the first error.
fn drain(data: Vec<u8>) -> usize {
    let Ok(mut r) = CaptureReader::from_bytes(data) else {
        return 0;
    };
    let mut n = 0;
    loop {
        match r.next_event() {
            Ok(Some(ev)) => {
                for i in 0..ev.nparams() {
                    let _ = ev.value(i);
                }
                n += 1;
            }
            Ok(None) | Err(_) => return n,
        }
    }
}

fn corpus() -> Vec<Vec<u8>> {
    common::small_captures()
        .iter()
        .map(|p| common::load(p))
        .collect()
}

#[test]
fn every_block_boundary_truncation_is_an_error_or_a_clean_end() {
    for data in corpus() {
        let full = drain(data.clone());
        // Cut at a stride of offsets through the whole file, plus the last 64 bytes one by one.
        let stride = (data.len() / 512).max(1);
        let tail = data.len().saturating_sub(64);
        for cut in (0..data.len()).step_by(stride).chain(tail..data.len()) {
            let n = drain(data[..cut].to_vec());
            assert!(n <= full);
        }
    }
}

#[test]
fn truncated_event_names_offset_and_block() {
    let data = common::load(&common::shared().join("captures/falco/cat_write.scap"));
    let cut = data.len() - 10;
    let mut r = CaptureReader::from_bytes(data[..cut].to_vec()).expect("metadata is intact");
    let err = loop {
        match r.next_event() {
            Ok(Some(_)) => {}
            Ok(None) => panic!("a truncated capture must not end cleanly"),
            Err(e) => break e,
        }
    };
    let msg = err.to_string();
    assert!(msg.contains("byte offset"), "{msg}");
    assert!(msg.contains("truncated"), "{msg}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn bit_flips_never_panic(seed in any::<u64>(), flips in 1usize..16) {
        let corpus = corpus();
        let data = &corpus[(seed % corpus.len() as u64) as usize];
        let mut d = data.clone();
        let mut x = seed | 1;
        for _ in 0..flips {
            // xorshift: positions spread over the file.
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            let pos = (x % d.len() as u64) as usize;
            d[pos] ^= 1 << (x % 8);
        }
        drain(d);
    }

    #[test]
    fn random_truncation_never_panics(seed in any::<u64>(), frac in 0.0f64..1.0) {
        let corpus = corpus();
        let data = &corpus[(seed % corpus.len() as u64) as usize];
        let cut = (data.len() as f64 * frac) as usize;
        drain(data[..cut].to_vec());
    }
}
