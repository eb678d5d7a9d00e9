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

fn through_fifo(file: &Path, dir: &Path) -> (u64, u64) {
    let fifo = dir.join("capture.fifo");
    let st = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(st.success(), "mkfifo failed");
    let bytes = std::fs::read(file).expect("read capture");
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        let mut w = std::fs::OpenOptions::new()
            .write(true)
            .open(&writer_path)
            .expect("open fifo for writing");
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
