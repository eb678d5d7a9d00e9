//! memfd-backed rings for the tests: the consumer's read-only views and the producer's writable
//! ones over the same memory, and a producer writing events into them.
#![allow(dead_code, reason = "each test file uses some of these")]

use std::os::fd::{AsFd, OwnedFd};

use rfalco_ring::mapping::{DoubleMap, InfoMap};
use rfalco_ring::{Producer, Ring};
use rustix::fs::{MemfdFlags, ftruncate, memfd_create};
use scap_format::EventBuilder;
use scap_format::abi::events::code;

/// Data area size of the test rings: small, so that they wrap around often.
pub const DIM: usize = 4 * 4096;

/// A memfd of `len` zero bytes.
pub fn memfd(len: usize) -> OwnedFd {
    let fd = memfd_create("rfalco-ring-test", MemfdFlags::CLOEXEC).expect("memfd");
    ftruncate(&fd, len as u64).expect("ftruncate");
    fd
}

/// A ring over fresh memfds, with the producer's writable views.
pub struct TestRing {
    pub ring: Ring,
    pub info: InfoMap,
    pub data: DoubleMap,
}

/// A test ring of CPU `cpu`.
pub fn test_ring(cpu: u16) -> TestRing {
    let info_fd = memfd(4096);
    let data_fd = memfd(DIM);
    TestRing {
        ring: Ring::new(
            InfoMap::map(info_fd.as_fd()).expect("info"),
            DoubleMap::from_file_twice(data_fd.as_fd(), DIM, false).expect("ro"),
            cpu,
        ),
        info: InfoMap::map(info_fd.as_fd()).expect("info"),
        data: DoubleMap::from_file_twice(data_fd.as_fd(), DIM, true).expect("rw"),
    }
}

/// A generic-syscall event at `ts` of thread `tid` whose second parameter is `seq % 97` bytes
/// of padding (so sizes vary) and first parameter `seq`'s low 16 bits.
pub fn event(buf: &mut Vec<u8>, ts: u64, tid: u64, seq: u64) {
    buf.clear();
    let pad = vec![b'x'; (seq % 97) as usize];
    let mut b = EventBuilder::new(buf, ts, tid, code::GENERIC_X, 2);
    b.push(&(seq as u16).to_le_bytes());
    b.push(&pad);
    b.finish();
}

/// Writes `record` into the ring behind `info`/`data` if it fits now.
pub fn try_write(info: &InfoMap, data: &DoubleMap, record: &[u8]) -> bool {
    let p = Producer::new(info.head(), info.tail(), DIM as u32);
    let Some(head) = p.reserve(record.len() as u32) else {
        return false;
    };
    // SAFETY: the reserved bytes [head, head + len) are the producer's until published (the
    // consumer reads only below head), and the double mapping keeps them contiguous.
    unsafe {
        std::ptr::copy_nonoverlapping(
            record.as_ptr(),
            data.as_ptr().add(head as usize),
            record.len(),
        );
    }
    p.publish(record.len() as u32);
    true
}

/// Writes one small event at `ts` of thread `tid`; the ring must have room.
pub fn produce(t: &TestRing, ts: u64, tid: u64) {
    let mut buf = Vec::new();
    event(&mut buf, ts, tid, 0);
    assert!(try_write(&t.info, &t.data, &buf), "room in the ring");
}
