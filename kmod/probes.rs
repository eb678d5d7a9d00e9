// SPDX-License-Identifier: GPL-2.0

//! Tracepoint probes: they find the current CPU's ring and record events in it.
//!
//! `sys_exit` produces a generic syscall exit event (`GENERIC_X`: ppm_sc code and native number)
//! for every captured syscall; `sched_process_exit` produces `PROCEXIT_1_E`. Both run with
//! preemption possibly enabled (syscall tracepoints are faultable on this kernel): the ring's
//! busy flag, not the CPU, guards the write, and a writer that finds it taken counts a drop.

use core::ffi::{c_long, c_void};
use core::ptr::null_mut;

use kernel::bindings;
use kernel::cpu::CpuId;
use kernel::error::to_result;
use kernel::prelude::*;

use crate::abi::events::code;
use crate::abi::ring::tp;
use crate::abi::syscalls::{SYSCALL_TABLE_SIZE, X86_64_SYSCALL_TABLE};
use crate::ring::DropCategory;
use crate::state::State;

fn now_ns() -> u64 {
    let mut ts = bindings::timespec64 { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: writes the current wall-clock time into `ts`, a valid local.
    unsafe { bindings::ktime_get_real_ts64(&mut ts) };
    (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64)
}

fn current_tid() -> u64 {
    // SAFETY: `get_current` returns the running task, valid for the duration of the probe.
    unsafe { (*bindings::get_current()).pid as u64 }
}

/// The `sys_exit` probe.
///
/// # Safety
/// Called by the tracepoint only, with the exiting syscall's live `regs`.
unsafe extern "C" fn probe_sys_exit(_data: *mut c_void, regs: *mut bindings::pt_regs, ret: c_long) {
    let Some(state) = State::get() else { return };
    if !state.tp_enabled(tp::SYS_EXIT) {
        return;
    }
    // SAFETY: the tracepoint passes the syscall's live register frame.
    let nr = unsafe { (*regs).orig_ax } as usize;
    if nr >= SYSCALL_TABLE_SIZE || !state.syscall_enabled(nr) {
        return;
    }
    if ret < 0 && state.drop_failed.load(core::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let Some(ring) = state.ring(CpuId::current().as_u32() as usize) else { return };
    let sc = X86_64_SYSCALL_TABLE[nr].ppm_sc;
    ring.record(
        now_ns(),
        current_tid(),
        code::GENERIC_X,
        &[&sc.to_le_bytes(), &(nr as u16).to_le_bytes()],
        DropCategory::OtherInterestExit,
    );
}

/// The `sched_process_exit` probe.
///
/// # Safety
/// Called by the tracepoint only, with the exiting task `p`, alive during the call.
unsafe extern "C" fn probe_sched_process_exit(
    _data: *mut c_void,
    p: *mut bindings::task_struct,
    _group_dead: bool,
) {
    let Some(state) = State::get() else { return };
    if !state.tp_enabled(tp::SCHED_PROC_EXIT) {
        return;
    }
    // SAFETY: the tracepoint passes the exiting task, alive for the duration of the probe.
    let (tid, exit_code, flags) = unsafe { ((*p).pid as u64, (*p).exit_code, (*p).flags) };
    // Kernel threads are not reported (as Falco does).
    if flags & bindings::PF_KTHREAD != 0 {
        return;
    }
    let Some(ring) = state.ring(CpuId::current().as_u32() as usize) else { return };
    let status = i64::from(exit_code);
    let ret = i64::from((exit_code >> 8) & 0xff);
    let sig = (exit_code & 0x7f) as u8;
    let core = u8::from(exit_code & 0x80 != 0);
    ring.record(
        now_ns(),
        tid,
        code::PROCEXIT_1_E,
        &[&status.to_le_bytes(), &ret.to_le_bytes(), &[sig], &[core], &0i64.to_le_bytes()],
        DropCategory::ProcExit,
    );
}

/// The tracepoints found by name.
struct Found {
    sys_exit: *mut bindings::tracepoint,
    proc_exit: *mut bindings::tracepoint,
}

/// `for_each_kernel_tracepoint` callback recording the tracepoints we attach to.
///
/// # Safety
/// `t` is a kernel tracepoint and `data` points to a live `Found`.
unsafe extern "C" fn match_tp(t: *mut bindings::tracepoint, data: *mut c_void) {
    // SAFETY: `data` is the `Found` passed to `for_each_kernel_tracepoint` below.
    let found = unsafe { &mut *data.cast::<Found>() };
    // SAFETY: built-in tracepoints have static NUL-terminated names.
    let name = unsafe { CStr::from_ptr((*t).name.cast()) };
    if name == c"sys_exit" {
        found.sys_exit = t;
    } else if name == c"sched_process_exit" {
        found.proc_exit = t;
    }
}

fn sys_exit_fn() -> *mut c_void {
    probe_sys_exit as *const () as *mut c_void
}

fn proc_exit_fn() -> *mut c_void {
    probe_sched_process_exit as *const () as *mut c_void
}

/// Waits until no probe runs any more (the C `tracepoint_synchronize_unregister` is inline).
fn synchronize() {
    // SAFETY: statically initialised, exported kernel srcu structures.
    unsafe {
        bindings::synchronize_srcu(&raw mut bindings::rcu_tasks_trace_srcu_struct);
        bindings::synchronize_srcu(&raw mut bindings::tracepoint_srcu);
    }
}

/// Registered probes; dropping unregisters them and waits for running ones.
pub(crate) struct Probes {
    sys_exit: *mut bindings::tracepoint,
    proc_exit: *mut bindings::tracepoint,
}

// SAFETY: the pointers name static kernel tracepoints.
unsafe impl Send for Probes {}
// SAFETY: as above.
unsafe impl Sync for Probes {}

impl Probes {
    /// Attaches the probes. They read the published state, so `_state` must outlive them.
    pub(crate) fn register(_state: &State) -> Result<Self> {
        let mut found = Found { sys_exit: null_mut(), proc_exit: null_mut() };
        // SAFETY: the callback matches the expected prototype; `found` outlives the call.
        unsafe { bindings::for_each_kernel_tracepoint(Some(match_tp), (&raw mut found).cast()) };
        if found.sys_exit.is_null() || found.proc_exit.is_null() {
            pr_err!("falco: sys_exit or sched_process_exit tracepoint not found\n");
            return Err(ENOENT);
        }
        // SAFETY: a valid tracepoint and a probe with its prototype.
        to_result(unsafe { bindings::tracepoint_probe_register(found.sys_exit, sys_exit_fn(), null_mut()) })?;
        // SAFETY: as above.
        if let Err(e) = to_result(unsafe {
            bindings::tracepoint_probe_register(found.proc_exit, proc_exit_fn(), null_mut())
        }) {
            // SAFETY: registered just above.
            unsafe { bindings::tracepoint_probe_unregister(found.sys_exit, sys_exit_fn(), null_mut()) };
            synchronize();
            return Err(e);
        }
        Ok(Self { sys_exit: found.sys_exit, proc_exit: found.proc_exit })
    }
}

impl Drop for Probes {
    fn drop(&mut self) {
        // SAFETY: both were registered in `register` with these functions and data.
        unsafe {
            bindings::tracepoint_probe_unregister(self.sys_exit, sys_exit_fn(), null_mut());
            bindings::tracepoint_probe_unregister(self.proc_exit, proc_exit_fn(), null_mut());
        }
        synchronize();
    }
}
