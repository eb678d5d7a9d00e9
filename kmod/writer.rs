// SPDX-License-Identifier: GPL-2.0

//! Writing one event straight into a ring: parameters are appended in place (user memory is
//! copied from userspace directly into the ring), the header and length table are written last,
//! and the event becomes visible with the release-store of `head`. An event that cannot be
//! finished (ring full, user memory fault) leaves `head` untouched and is counted as dropped.

use core::ffi::c_void;
use core::marker::PhantomData;
use core::sync::atomic::Ordering;

use kernel::bindings;
use kernel::pr_warn_once;
use kernel::sync::atomic::{Acquire, Relaxed, Release};

use crate::abi::header::{EVENT_HEADER_LEN, EventHeader};
use crate::abi::ring::{info_offset, writable};
use crate::ring::{DropCategory, Ring};

/// Longest string copied from user memory (paths, names), NUL included: one page, as Falco's
/// driver copies.
pub(crate) const MAX_STR: usize = 4096;

/// Why an event was given up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Abort {
    /// No room left in the ring.
    Full,
    /// User memory could not be read without faulting.
    Fault,
}

/// An event being written into a ring; holds the ring's writer flag until dropped.
pub(crate) struct EventWriter<'a> {
    ring: &'a Ring,
    head: usize,
    room: usize,
    nparams: usize,
    idx: usize,
    /// Bytes used from `head`: header, length table and the parameters so far.
    len: usize,
    abort: Option<Abort>,
    cat: DropCategory,
    done: bool,
}

impl Ring {
    /// Starts an event of `nparams` parameters, counted in `n_evts`. `None` (counted as a
    /// preemption drop) when another writer holds the ring: a nested event.
    ///
    /// Callers run with local interrupts disabled, so the ring is the current CPU's for the
    /// whole write.
    pub(crate) fn begin(&self, nparams: usize, cat: DropCategory) -> Option<EventWriter<'_>> {
        self.bump(info_offset::N_EVTS);
        if self.busy.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.bump(info_offset::N_PREEMPTIONS);
            return None;
        }
        let dim = self.dim() as u32;
        // Relaxed: head is ours.
        let head = self.head().load(Relaxed);
        // Acquire: pairs with the consumer's Release store of tail; it is done with the bytes
        // before tail. The consumer is untrusted: a tail outside the ring means no room.
        let tail = self.tail().load(Acquire);
        let room = if tail >= dim || head >= dim { 0 } else { writable(head, tail, dim) as usize };
        let fixed = EVENT_HEADER_LEN + 2 * nparams;
        Some(EventWriter {
            ring: self,
            head: head as usize,
            room,
            nparams,
            idx: 0,
            len: fixed,
            abort: if fixed > room { Some(Abort::Full) } else { None },
            cat,
            done: false,
        })
    }
}

impl EventWriter<'_> {
    /// Offset in the data area of byte `rel` of this event.
    fn off(&self, rel: usize) -> usize {
        // `dim` is a power of two.
        (self.head + rel) & (self.ring.dim() - 1)
    }

    /// Records that parameter `idx` is `n` bytes long and moves on.
    fn commit(&mut self, n: usize) {
        if self.abort.is_none() {
            let at = EVENT_HEADER_LEN + 2 * self.idx;
            self.ring.put(self.off(at), &(n as u16).to_le_bytes());
            self.len += n;
        }
        self.idx += 1;
    }

    /// Bytes still free for parameter data, at most `u16::MAX` for one parameter.
    fn free(&self) -> usize {
        self.room.saturating_sub(self.len).min(u16::MAX as usize)
    }

    /// Appends a parameter of raw bytes.
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        if self.abort.is_none() {
            if b.len() > self.free() {
                self.abort = Some(Abort::Full);
            } else {
                self.ring.put(self.off(self.len), b);
            }
        }
        self.commit(b.len());
    }

    /// Appends an empty parameter (undefined value for the consumer).
    pub(crate) fn empty(&mut self) {
        self.commit(0);
    }

    /// Appends a `u8` parameter.
    pub(crate) fn u8(&mut self, v: u8) {
        self.bytes(&[v]);
    }

    /// Appends a `u16` parameter.
    pub(crate) fn u16(&mut self, v: u16) {
        self.bytes(&v.to_le_bytes());
    }

    /// Appends a `u32` parameter.
    pub(crate) fn u32(&mut self, v: u32) {
        self.bytes(&v.to_le_bytes());
    }

    /// Appends a 64-bit parameter.
    pub(crate) fn u64(&mut self, v: u64) {
        self.bytes(&v.to_le_bytes());
    }

    /// Appends a 64-bit signed parameter.
    pub(crate) fn i64(&mut self, v: i64) {
        self.bytes(&v.to_le_bytes());
    }

    /// Copies `n` bytes of user memory at `ptr` to event byte `rel`, splitting at the end of the
    /// data area. `false` on a fault.
    fn copy_user(&self, rel: usize, ptr: usize, n: usize) -> bool {
        let dim = self.ring.dim();
        let at = self.off(rel);
        let first = n.min(dim - at);
        let mut ok = copy_nofault(self.ring.data_ptr(at), ptr, first);
        if ok && first < n {
            ok = copy_nofault(self.ring.data_ptr(0), ptr + first, n - first);
        }
        ok
    }

    /// Appends `n` bytes of user memory at `ptr` (`n` already capped by the caller's snaplen).
    /// A fault gives up the event, counted in `n_drops_pf`.
    pub(crate) fn user_bytes(&mut self, ptr: usize, n: usize) {
        if self.abort.is_none() && n > 0 {
            if n > self.free() {
                self.abort = Some(Abort::Full);
            } else if !self.copy_user(self.len, ptr, n) {
                self.abort = Some(Abort::Fault);
            }
        }
        self.commit(n);
    }

    /// Appends one parameter made of several user ranges `(address, length)`, back to back.
    pub(crate) fn user_parts(&mut self, parts: &[(usize, usize)]) {
        let total: usize = parts.iter().map(|p| p.1).sum();
        if self.abort.is_none() && total > 0 {
            if total > self.free() {
                self.abort = Some(Abort::Full);
            } else {
                let mut rel = self.len;
                for &(ptr, n) in parts {
                    if !self.copy_user(rel, ptr, n) {
                        self.abort = Some(Abort::Fault);
                        break;
                    }
                    rel += n;
                }
            }
        }
        self.commit(total);
    }

    /// Copies the NUL-terminated user string at `ptr` to event byte `rel`, at most `max` bytes
    /// NUL included (cut strings end with a NUL). Returns its length with the NUL, or `None`
    /// (and gives up the event) on a fault or a full ring.
    fn copy_user_str(&mut self, rel: usize, ptr: usize, max: usize) -> Option<usize> {
        let room = self.free().saturating_sub(rel - self.len);
        let limit = max.min(room);
        if limit == 0 {
            self.abort = Some(Abort::Full);
            return None;
        }
        let page = kernel::page::PAGE_SIZE;
        let dim = self.ring.dim();
        let mut done = 0;
        while done < limit {
            let src = ptr + done;
            let at = self.off(rel + done);
            // Chunks never cross a user page (the next one may be unmapped although the string
            // ended before it) nor the end of the data area.
            let n = (limit - done).min(page - (src & (page - 1))).min(dim - at).min(256);
            if !copy_nofault(self.ring.data_ptr(at), src, n) {
                self.abort = Some(Abort::Fault);
                return None;
            }
            // SAFETY: the `n` bytes at `at` were just written and lie inside the data area.
            let chunk = unsafe { core::slice::from_raw_parts(self.ring.data_ptr(at), n) };
            if let Some(z) = chunk.iter().position(|&c| c == 0) {
                return Some(done + z + 1);
            }
            done += n;
        }
        if limit < max {
            // The ring, not the string limit, ran out: never publish a string cut by lack of
            // room; the event is a full-ring drop.
            self.abort = Some(Abort::Full);
            return None;
        }
        // Cut at the limit: the last byte becomes the terminator.
        self.ring.put(self.off(rel + limit - 1), &[0]);
        Some(limit)
    }

    /// Appends the NUL-terminated user string at `ptr` (at most [`MAX_STR`] bytes); a null
    /// pointer gives an empty parameter.
    pub(crate) fn user_str(&mut self, ptr: usize) {
        if ptr == 0 || self.abort.is_some() {
            self.commit(0);
            return;
        }
        let n = self.copy_user_str(self.len, ptr, MAX_STR).unwrap_or(0);
        self.commit(n);
    }

    /// Appends the strings of a user `argv`-style array (null-terminated array of string
    /// pointers) from entry `skip` on, each with its NUL, at most `max` bytes in all.
    pub(crate) fn user_strv(&mut self, argv: usize, skip: usize, max: usize) {
        if argv == 0 || self.abort.is_some() {
            self.commit(0);
            return;
        }
        let mut total = 0;
        let mut i = skip;
        while total < max && i < 65536 {
            let mut p = [0u8; 8];
            if !copy_nofault(p.as_mut_ptr(), argv + 8 * i, 8) {
                self.abort = Some(Abort::Fault);
                break;
            }
            let s = usize::from_le_bytes(p);
            if s == 0 {
                break;
            }
            let rel = self.len + total;
            match self.copy_user_str(rel, s, max - total) {
                Some(n) => total += n,
                None => break,
            }
            i += 1;
        }
        self.commit(total);
    }

    /// Appends the first NUL-terminated string of the user range `[start, end)` and returns the
    /// bytes it took, for a range like a process's argument area.
    pub(crate) fn user_first_str(&mut self, start: usize, end: usize) -> usize {
        if start == 0 || end <= start || self.abort.is_some() {
            self.commit(0);
            return 0;
        }
        let n = self.copy_user_str(self.len, start, (end - start).min(MAX_STR)).unwrap_or(0);
        self.commit(n);
        n
    }

    /// Finishes the event: header, then the release-store of `head` that publishes it. An
    /// event given up on the way is counted in its drop counter instead.
    pub(crate) fn finish(mut self, ts: u64, tid: u64, ty: u16) {
        self.done = true;
        if self.idx != self.nparams && self.abort.is_none() {
            // A filler wrote the wrong number of parameters: never publish a malformed event.
            pr_warn_once!("falco: event type {} written with {} of {} parameters\n", ty, self.idx, self.nparams);
            self.abort = Some(Abort::Full);
        }
        match self.abort {
            None => {
                let mut hdr = [0u8; EVENT_HEADER_LEN];
                EventHeader { ts, tid, len: self.len as u32, ty, nparams: self.nparams as u32 }
                    .write(&mut hdr);
                self.ring.put(self.head, &hdr);
                let end = self.off(self.len);
                // Release: pairs with the consumer's Acquire load of head; the event bytes are
                // visible before the new head is.
                self.ring.head().store(end as u32, Release);
            }
            Some(why) => self.ring.count_drop(why == Abort::Fault, self.cat),
        }
    }
}

impl Drop for EventWriter<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.ring.count_drop(false, self.cat);
        }
        self.ring.release();
    }
}

/// Copies `n` bytes of user memory at `src` to kernel memory `dst` without sleeping and
/// without taking page faults. `false` on any fault or bad address.
///
/// A safe function over a raw destination: `dst` must be valid for `n` bytes of writes. Its
/// callers (in this file and `net.rs`) pass ring bytes inside the free space or local buffers
/// of at least `n` bytes; nothing else checks it.
pub(crate) fn copy_nofault(dst: *mut u8, src: usize, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    // SAFETY: `dst` is valid for `n` bytes (callers pass ring, stack or local memory of that
    // size); the source is an untrusted user address, checked and fault-handled by the callee.
    unsafe { bindings::copy_from_user_nofault(dst.cast(), src as *const c_void, n) == 0 }
}

/// Local interrupts off for the guard's life: the CPU (and its ring) cannot change under the
/// writer, and no interrupt on this CPU can interleave with it.
pub(crate) struct IrqOff(PhantomData<*mut ()>);

impl IrqOff {
    pub(crate) fn new() -> Self {
        // SAFETY: paired with the enable in `drop`; nesting is counted by the kernel.
        unsafe { bindings::local_interrupt_disable() };
        IrqOff(PhantomData)
    }
}

impl Drop for IrqOff {
    fn drop(&mut self) {
        // SAFETY: interrupts were disabled by `new` on this CPU; the guard is not `Send` (raw
        // pointer marker), so it is dropped on the same CPU.
        unsafe { bindings::local_interrupt_enable() };
    }
}
