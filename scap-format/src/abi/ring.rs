//! The per-CPU ring buffer contract between the kernel module and its consumer, and the ioctl
//! numbers of the devices (`/dev/falcoN`).
//!
//! Each ring has an info page and a data area of `dim` bytes (a power of two). The consumer maps
//! the info page read-write (it owns `tail`) and the data area twice back to back, read-only, so
//! a record that wraps around the end reads as contiguous memory. The producer owns `head`.

/// Layout of the shared ring info (`ppm_ring_buffer_info`): 128 bytes, all fields naturally
/// aligned, little-endian.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RingInfo {
    /// Next byte the producer writes (offset into the data area). Owned by the producer.
    pub head: u32,
    /// Next byte the consumer reads. Owned by the consumer, untrusted by the producer.
    pub tail: u32,
    /// Events the producer tried to record, dropped ones included.
    pub n_evts: u64,
    /// Events dropped because the ring was full (all categories).
    pub n_drops_buffer: u64,
    /// Full-ring drops of clone/fork/exit events.
    pub n_drops_buffer_clone_fork_exit: u64,
    /// Full-ring drops of execve exits.
    pub n_drops_buffer_execve_exit: u64,
    /// Full-ring drops of connect enters.
    pub n_drops_buffer_connect_enter: u64,
    /// Full-ring drops of connect exits.
    pub n_drops_buffer_connect_exit: u64,
    /// Full-ring drops of open enters.
    pub n_drops_buffer_open_enter: u64,
    /// Full-ring drops of open exits.
    pub n_drops_buffer_open_exit: u64,
    /// Full-ring drops of directory/file operation exits.
    pub n_drops_buffer_dir_file_exit: u64,
    /// Full-ring drops of other interesting exits.
    pub n_drops_buffer_other_interest_exit: u64,
    /// Full-ring drops of close exits.
    pub n_drops_buffer_close_exit: u64,
    /// Full-ring drops of process exits.
    pub n_drops_buffer_proc_exit: u64,
    /// Events dropped because user memory could not be read.
    pub n_drops_pf: u64,
    /// Nested (re-entrant) probe invocations, dropped.
    pub n_preemptions: u64,
    /// Context switches seen.
    pub n_context_switches: u64,
}

/// Size of [`RingInfo`].
pub const RING_INFO_LEN: usize = 128;
const _: () = assert!(core::mem::size_of::<RingInfo>() == RING_INFO_LEN);

/// Byte offsets of the [`RingInfo`] fields the protocol touches.
pub mod info_offset {
    /// `head`.
    pub const HEAD: usize = 0;
    /// `tail`.
    pub const TAIL: usize = 4;
    /// `n_evts`.
    pub const N_EVTS: usize = 8;
    /// `n_drops_buffer`.
    pub const N_DROPS_BUFFER: usize = 16;
    /// `n_drops_pf`.
    pub const N_DROPS_PF: usize = 104;
    /// `n_preemptions`.
    pub const N_PREEMPTIONS: usize = 112;
}
const _: () = assert!(core::mem::offset_of!(RingInfo, tail) == info_offset::TAIL);
const _: () = assert!(core::mem::offset_of!(RingInfo, n_evts) == info_offset::N_EVTS);
const _: () = assert!(core::mem::offset_of!(RingInfo, n_drops_pf) == info_offset::N_DROPS_PF);
const _: () = assert!(core::mem::offset_of!(RingInfo, n_preemptions) == info_offset::N_PREEMPTIONS);

/// Default data area size per CPU (8 MiB).
pub const DEFAULT_BUFFER_BYTES_DIM: u64 = 8 * 1024 * 1024;

/// Whether `dim` is a valid data area size: a power of two, a multiple of `page_size`, larger
/// than two pages.
pub const fn valid_buffer_bytes_dim(dim: u64, page_size: u64) -> bool {
    dim.is_power_of_two() && dim % page_size == 0 && dim > 2 * page_size
}

/// Bytes the consumer may read: from `tail` up to `head`, wrapping at `dim`.
pub const fn readable(head: u32, tail: u32, dim: u32) -> u32 {
    if tail > head {
        dim - tail + head
    } else {
        head - tail
    }
}

/// Bytes the producer may write without overtaking `tail` (one byte stays free, so that
/// `head == tail` always means empty).
pub const fn writable(head: u32, tail: u32, dim: u32) -> u32 {
    if tail > head {
        tail - head - 1
    } else {
        dim + tail - head - 1
    }
}

/// ioctl numbers (`_IO('s', n)`) of the devices.
pub mod ioctl {
    /// The ioctl magic.
    pub const MAGIC: u32 = b's' as u32;

    /// `_IO(MAGIC, nr)`.
    pub const fn io(nr: u32) -> u32 {
        (MAGIC << 8) | nr
    }

    /// Sampling off.
    pub const DISABLE_DROPPING_MODE: u32 = io(2);
    /// Sampling on (arg: ratio).
    pub const ENABLE_DROPPING_MODE: u32 = io(3);
    /// Bytes of data captured from I/O buffers (arg ≤ 65000).
    pub const SET_SNAPLEN: u32 = io(4);
    /// Per-CPU tracepoint hit counters.
    pub const GET_N_TRACEPOINT_HIT: u32 = io(20);
    /// Driver version string.
    pub const GET_DRIVER_VERSION: u32 = io(21);
    /// API version, encoded as [`crate::abi::version::api_version`].
    pub const GET_API_VERSION: u32 = io(24);
    /// Schema version, encoded likewise.
    pub const GET_SCHEMA_VERSION: u32 = io(25);
    /// Capture a syscall (arg: native number).
    pub const ENABLE_SYSCALL: u32 = io(29);
    /// Stop capturing a syscall (arg: native number).
    pub const DISABLE_SYSCALL: u32 = io(30);
    /// Attach a tracepoint (arg: [`super::tp`] index).
    pub const ENABLE_TP: u32 = io(31);
    /// Detach a tracepoint.
    pub const DISABLE_TP: u32 = io(32);
    /// Drop syscall exits with a negative return value in the kernel.
    pub const ENABLE_DROPFAILED: u32 = io(33);
    /// Keep failed syscall exits.
    pub const DISABLE_DROPFAILED: u32 = io(34);
}

/// Tracepoint indices for the tracepoint ioctls.
pub mod tp {
    /// `sys_enter`.
    pub const SYS_ENTER: u32 = 0;
    /// `sys_exit`.
    pub const SYS_EXIT: u32 = 1;
    /// `sched_process_exit`.
    pub const SCHED_PROC_EXIT: u32 = 2;
    /// `sched_switch`.
    pub const SCHED_SWITCH: u32 = 3;
    /// `page_fault_user`.
    pub const PAGE_FAULT_USER: u32 = 4;
    /// `page_fault_kernel`.
    pub const PAGE_FAULT_KERNEL: u32 = 5;
    /// `signal_deliver`.
    pub const SIGNAL_DELIVER: u32 = 6;
    /// `sched_process_fork`.
    pub const SCHED_PROC_FORK: u32 = 7;
    /// `sched_process_exec`.
    pub const SCHED_PROC_EXEC: u32 = 8;
    /// Number of tracepoints.
    pub const MAX: u32 = 9;
}

/// Largest snaplen (`SNAPLEN_MAX`).
pub const SNAPLEN_MAX: u32 = 65000;
/// Default snaplen.
pub const SNAPLEN_DEFAULT: u32 = 80;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_and_writable_partition_the_ring() {
        for (h, t) in [(0, 0), (10, 0), (0, 10), (4095, 4096 - 1), (100, 4000)] {
            assert_eq!(readable(h, t, 4096) + writable(h, t, 4096), 4095);
        }
        assert!(valid_buffer_bytes_dim(DEFAULT_BUFFER_BYTES_DIM, 4096));
        assert!(!valid_buffer_bytes_dim(3 * 4096, 4096));
        assert!(!valid_buffer_bytes_dim(8192, 4096));
        assert_eq!(ioctl::GET_API_VERSION, 0x7318);
    }
}
