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

/// Offsets to cut a capture at that stand for every byte offset. The reader takes a block
/// whole or refuses it by the length in its header, so the offsets of one block fall in five
/// classes: its first byte (the previous block ends cleanly), inside its 8-byte header (two
/// representatives: 1 and 7 bytes of it), the header alone, and anywhere in its body or trailer
/// (three representatives: the first body byte, the middle, the last byte); past a block that
/// does not parse, one class.
fn cut_classes(data: &[u8]) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut pos = 0usize;
    while pos < data.len() {
        let total = data
            .get(pos + 4..pos + 8)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
        cuts.extend([pos, pos + 1, pos + 7, pos + 8, pos + 9]);
        if total < 12 || pos + total > data.len() {
            break;
        }
        cuts.extend([pos + total / 2, pos + total - 1]);
        pos += total;
    }
    cuts.push(data.len());
    cuts.retain(|&c| c <= data.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// Every shared capture up to 64 KB (14 of the 20), cut at every class of byte offset (see
/// [`cut_classes`]), read to its end: events then a clean end or a typed error at a byte offset
/// inside the prefix, and never more events than the whole file. (Each cut reads its whole
/// prefix again, metadata included: the cost is quadratic, over a minute with the 130 and 140
/// KB captures; the larger ones get the strided and random cuts of the other tests.)
#[test]
fn every_byte_offset_class_truncation_of_the_small_captures() {
    let files: Vec<(String, Vec<u8>)> = common::captures()
        .into_iter()
        .filter(|(_, len)| *len <= 64 << 10)
        .map(|(p, _)| (p.display().to_string(), common::load(&p)))
        .collect();
    assert!(files.len() >= 14, "the small shared captures are missing");
    let check = |name: &str, data: &[u8]| {
        let full = drain(data.to_vec());
        let cuts = cut_classes(data);
        assert!(cuts.len() > 9, "{name}: no blocks found");
        for cut in cuts {
            let mut events = 0;
            let end = match CaptureReader::from_bytes(data[..cut].to_vec()) {
                Err(e) => Some(e),
                Ok(mut r) => loop {
                    match r.next_event() {
                        Ok(Some(_)) => events += 1,
                        Ok(None) => break None,
                        Err(e) => break Some(e),
                    }
                },
            };
            assert!(
                events <= full,
                "{name} cut at {cut}: {events} events, whole file {full}"
            );
            if let Some(e) = end {
                assert!(
                    e.offset <= cut as u64,
                    "{name} cut at {cut}: error at offset {} past the end: {e}",
                    e.offset
                );
            }
        }
    };
    // Two threads taking the next file in turn, largest first.
    let mut files = files;
    files.sort_by_key(|(_, d)| std::cmp::Reverse(d.len()));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        while let Some((n, d)) = files.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
        {
            check(n, d);
        }
    };
    std::thread::scope(|s| {
        s.spawn(work);
        s.spawn(work);
    });
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

/// A hand-made event in the current layout: header, 16-bit lengths, then `payload` bytes.
fn raw_event(lens: &[u16], payload: usize) -> Vec<u8> {
    let len = 26 + 2 * lens.len() + payload;
    let mut b = Vec::with_capacity(len);
    b.extend_from_slice(&1u64.to_le_bytes()); // timestamp
    b.extend_from_slice(&7u64.to_le_bytes()); // thread id
    b.extend_from_slice(&(len as u32).to_le_bytes());
    b.extend_from_slice(&0u16.to_le_bytes()); // type: generic enter, 16-bit lengths
    b.extend_from_slice(&(lens.len() as u32).to_le_bytes());
    for l in lens {
        b.extend_from_slice(&l.to_le_bytes());
    }
    b.resize(len, 0xaa);
    b
}

#[test]
fn parameter_lengths_past_the_event_name_the_first_parameter_that_overruns() {
    use scap_format::{EventError, EventRef};
    // Exactly filled: valid, and the parameters are where the lengths say.
    let ok = raw_event(&[4, 10, 0], 14);
    let ev = EventRef::parse(&ok).expect("lengths that add up to the payload");
    assert_eq!(ev.param(1).map(<[u8]>::len), Some(10));
    // One byte short: the second parameter (index 1) ends past the event.
    let short = raw_event(&[4, 10, 0], 13);
    assert_eq!(
        EventRef::parse(&short).err(),
        Some(EventError::ParamPastEnd {
            index: 1,
            param_len: 10,
            len: 26 + 6 + 13,
        })
    );
    // The largest lengths a 16-bit array can hold, none fitting: the first one is named.
    let huge = raw_event(&[u16::MAX; 32], 3);
    assert!(matches!(
        EventRef::parse(&huge),
        Err(EventError::ParamPastEnd { index: 0, .. })
    ));
}
