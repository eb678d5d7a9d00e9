//! Mapping a ring's memory: the info page, and the data area twice back to back.

use std::os::fd::BorrowedFd;
use std::ptr::NonNull;

use rustix::mm::{MapFlags, ProtFlags};

use crate::sync::{AtomicU32, AtomicU64, Ordering};
use scap_format::abi::ring::{RING_INFO_LEN, info_offset};

/// Why a mapping failed.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    /// The size is not usable (zero, not page-aligned, too large).
    #[error("invalid ring size {0} bytes: must be a non-zero multiple of the page size")]
    BadSize(usize),
    /// The kernel refused the mapping.
    #[error("mmap of {len} bytes failed: {source}")]
    Mmap {
        /// Bytes asked for.
        len: usize,
        /// The error.
        source: rustix::io::Errno,
    },
}

/// A data area of `dim` bytes visible twice in a row (`2 * dim` bytes of address space), so a
/// record starting near the end continues, contiguously, at the start.
///
/// # Invariants
/// `base` points to `2 * dim` bytes mapped readable (and writable if `writable`) for the
/// lifetime of the value, and byte `i + dim` is the same memory as byte `i`.
#[derive(Debug)]
pub struct DoubleMap {
    base: NonNull<u8>,
    dim: usize,
}

// SAFETY: the mapping is plain shared memory; access to its bytes is coordinated by the ring
// protocol, not by thread affinity.
unsafe impl Send for DoubleMap {}
// SAFETY: as above; `DoubleMap` hands out no `&mut` to the memory.
unsafe impl Sync for DoubleMap {}

fn page_size() -> usize {
    rustix::param::page_size()
}

/// The address a successful mmap returned (never null in practice; checked all the same).
fn non_null(p: *mut core::ffi::c_void, len: usize) -> Result<NonNull<u8>, MapError> {
    NonNull::new(p.cast::<u8>()).ok_or(MapError::Mmap {
        len,
        source: rustix::io::Errno::NOMEM,
    })
}

fn check_size(dim: usize) -> Result<(), MapError> {
    if dim == 0 || dim % page_size() != 0 || dim > (1 << 30) {
        return Err(MapError::BadSize(dim));
    }
    Ok(())
}

impl DoubleMap {
    /// Maps the data area of a falco device: the device maps its pages twice itself when asked
    /// for `2 * dim` bytes at offset 0, read-only.
    pub fn from_device(fd: BorrowedFd<'_>, dim: usize) -> Result<Self, MapError> {
        check_size(dim)?;
        let len = 2 * dim;
        // SAFETY: a fresh mapping at an address the kernel chooses; nothing else is affected.
        let p = unsafe {
            rustix::mm::mmap(
                std::ptr::null_mut(),
                len,
                ProtFlags::READ,
                MapFlags::SHARED,
                fd,
                0,
            )
        }
        .map_err(|source| MapError::Mmap { len, source })?;
        let base = non_null(p, len)?;
        // INVARIANT: the device maps its `dim` data pages twice over these `2 * dim` bytes.
        Ok(Self { base, dim })
    }

    /// Maps the first `dim` bytes of a file (e.g. a memfd) twice back to back: how tests and
    /// fake producers get the same layout without a kernel module.
    pub fn from_file_twice(
        fd: BorrowedFd<'_>,
        dim: usize,
        writable: bool,
    ) -> Result<Self, MapError> {
        check_size(dim)?;
        let len = 2 * dim;
        let prot = if writable {
            ProtFlags::READ | ProtFlags::WRITE
        } else {
            ProtFlags::READ
        };
        // SAFETY: reserves fresh address space (no access) at an address the kernel chooses.
        let reserve = unsafe {
            rustix::mm::mmap_anonymous(
                std::ptr::null_mut(),
                len,
                ProtFlags::empty(),
                MapFlags::PRIVATE,
            )
        }
        .map_err(|source| MapError::Mmap { len, source })?;
        for half in 0..2 {
            // SAFETY: `reserve + half * dim` lies inside the reservation made above, which this
            // function owns; MAP_FIXED replaces only that part of it.
            let at = unsafe { reserve.cast::<u8>().add(half * dim) };
            // SAFETY: as above: the fixed address is inside our own reservation.
            let r = unsafe {
                rustix::mm::mmap(
                    at.cast(),
                    dim,
                    prot,
                    MapFlags::SHARED | MapFlags::FIXED,
                    fd,
                    0,
                )
            };
            if let Err(source) = r {
                // SAFETY: unmapping our own reservation, of the length we reserved.
                let _ = unsafe { rustix::mm::munmap(reserve, len) };
                return Err(MapError::Mmap { len: dim, source });
            }
        }
        let base = non_null(reserve, len)?;
        // INVARIANT: both halves map the same `dim` bytes of the file.
        Ok(Self { base, dim })
    }

    /// Size of the data area (half the mapping).
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// Pointer to byte `off` of the mapping (`off < 2 * dim`), for writers.
    pub fn as_ptr(&self) -> *mut u8 {
        self.base.as_ptr()
    }

    /// The `len` bytes starting at `off` (`off < dim`, `len <= dim`), contiguous even across the
    /// end of the data area.
    ///
    /// # Safety
    /// No one may write these bytes while the returned slice lives: for a consumer, they must
    /// lie between the ring's tail and a head it loaded with Acquire, and the tail must not be
    /// released past them before the slice is dropped.
    pub unsafe fn bytes(&self, off: usize, len: usize) -> &[u8] {
        assert!(
            off < self.dim && len <= self.dim,
            "range outside the data area"
        );
        // SAFETY: by the type invariant `off + len <= 2 * dim` bytes are mapped readable; the
        // caller guarantees nobody writes them while the slice lives.
        unsafe { std::slice::from_raw_parts(self.base.as_ptr().add(off), len) }
    }
}

impl Drop for DoubleMap {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the `2 * dim` bytes this value mapped; no slice into them can
        // outlive `self` (they borrow it).
        let _ = unsafe { rustix::mm::munmap(self.base.as_ptr().cast(), 2 * self.dim) };
    }
}

/// A ring's info page, mapped read-write (the consumer stores `tail` into it).
///
/// # Invariants
/// `base` points to at least [`RING_INFO_LEN`] mapped, writable, page-aligned bytes for the
/// lifetime of the value.
#[derive(Debug)]
pub struct InfoMap {
    base: NonNull<u8>,
    len: usize,
}

// SAFETY: shared memory accessed only through atomics.
unsafe impl Send for InfoMap {}
// SAFETY: as above.
unsafe impl Sync for InfoMap {}

impl InfoMap {
    /// Maps the info page of a falco device (a mapping of at most one page at offset 0), or of
    /// any file holding one.
    pub fn map(fd: BorrowedFd<'_>) -> Result<Self, MapError> {
        let len = page_size();
        // SAFETY: a fresh shared mapping at an address the kernel chooses.
        let p = unsafe {
            rustix::mm::mmap(
                std::ptr::null_mut(),
                len,
                ProtFlags::READ | ProtFlags::WRITE,
                MapFlags::SHARED,
                fd,
                0,
            )
        }
        .map_err(|source| MapError::Mmap { len, source })?;
        let base = non_null(p, len)?;
        // INVARIANT: one page, page-aligned, read-write.
        Ok(Self { base, len })
    }

    fn u32_at(&self, off: usize) -> &AtomicU32 {
        debug_assert!(off + 4 <= RING_INFO_LEN && off % 4 == 0);
        // SAFETY: `off` is one of the aligned field offsets inside the first RING_INFO_LEN
        // bytes, which are mapped for our lifetime (type invariant); the memory is only ever
        // accessed atomically by both sides, which is what AtomicU32 requires. This holds for
        // std's `AtomicU32` only: built with `--cfg loom`, `crate::sync::AtomicU32` is loom's,
        // which is not a plain 4-byte atomic, so `InfoMap` must not be used in loom builds
        // (tests/loom.rs drives `Producer`/`Consumer` over loom atomics of its own).
        unsafe { &*self.base.as_ptr().add(off).cast::<AtomicU32>() }
    }

    /// The producer's `head`.
    pub fn head(&self) -> &AtomicU32 {
        self.u32_at(info_offset::HEAD)
    }

    /// The consumer's `tail`.
    pub fn tail(&self) -> &AtomicU32 {
        self.u32_at(info_offset::TAIL)
    }

    /// A snapshot of a 64-bit counter at `off` (one of [`info_offset`]'s).
    pub fn counter(&self, off: usize) -> u64 {
        assert!(
            off + 8 <= RING_INFO_LEN && off % 8 == 0,
            "not a counter offset"
        );
        // SAFETY: aligned and in bounds (checked above), mapped for our lifetime (type
        // invariant), and only ever accessed atomically by both sides.
        let counter = unsafe { &*self.base.as_ptr().add(off).cast::<AtomicU64>() };
        // Relaxed: a statistic; it orders nothing else.
        counter.load(Ordering::Relaxed)
    }
}

impl Drop for InfoMap {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly what `map` mapped; references into it borrow `self`.
        let _ = unsafe { rustix::mm::munmap(self.base.as_ptr().cast(), self.len) };
    }
}
