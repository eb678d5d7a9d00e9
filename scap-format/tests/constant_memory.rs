//! The 1.03 M-event bulk capture (87 MB uncompressed) streams through the reader in constant
//! memory: the peak resident set grows by far less than the capture's size.
//!
//! This test is alone in its binary so that no other test's allocations count.

mod common;

use scap_format::CaptureReader;

fn vm_hwm_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("procfs");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM line")
}

#[test]
fn bulk_capture_reads_in_constant_memory() {
    let path = common::shared().join("captures/vm/vm_kmod0.23.2_bulk.scap.gz");
    let before = vm_hwm_kib();
    let mut r = CaptureReader::open(&path).expect("open");
    let mut n = 0u64;
    while r.next_event().expect("read").is_some() {
        n += 1;
    }
    let grown_mib = (vm_hwm_kib() - before) / 1024;
    assert!(n > 1_000_000, "{n} events");
    assert!(
        grown_mib < 48,
        "peak RSS grew by {grown_mib} MiB reading an 87 MB capture"
    );
}
