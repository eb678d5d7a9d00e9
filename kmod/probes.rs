// SPDX-License-Identifier: GPL-2.0

//! Tracepoint probes: they find the current CPU's ring and record events in it.
//!
//! `sys_exit` produces each captured syscall's exit event, with every parameter where the
//! syscall has a filler and as the generic event (`GENERIC_X`: ppm_sc code and native number)
//! otherwise; `sys_enter` the enter events of open, openat, openat2, creat and connect;
//! `sched_process_exit` `PROCEXIT_1_E`; `sched_process_fork` the new task's clone exit and
//! `sched_process_exec` a successful execve's exit (the syscall exits are then skipped).
//!
//! Syscall tracepoints are faultable (preemptible) on this kernel: a probe first looks up
//! what may sleep, then writes with local interrupts off, so the CPU and its ring stay fixed
//! for the write. The ring's writer flag catches any nesting, counted as a preemption drop.

use core::ffi::{c_long, c_void};
use core::ptr::null_mut;

use kernel::bindings;
use kernel::cpu::CpuId;
use kernel::error::to_result;
use kernel::prelude::*;

use crate::abi::events::code;
use crate::abi::native;
use crate::abi::ring::tp;
use crate::abi::syscalls::{SYSCALL_TABLE_SIZE, X86_64_SYSCALL_TABLE};
use crate::fillers::{self, Args};
use crate::ring::DropCategory;
use crate::consumer::Settings;
use crate::state::State;
use crate::task::Task;
use crate::writer::{EventWriter, IrqOff};

fn now_ns() -> u64 {
    let mut ts = bindings::timespec64 { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: writes the current wall-clock time into `ts`, a valid local.
    unsafe { bindings::ktime_get_real_ts64(&mut ts) };
    (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64)
}

/// Writes one event into the current CPU's ring of every consumer that `wants` it, with
/// interrupts off: `fill` appends the parameters for that consumer's settings.
fn emit(
    state: &State,
    tid: u64,
    ty: u16,
    cat: DropCategory,
    wants: impl Fn(&Settings) -> bool,
    fill: impl Fn(&mut EventWriter<'_>, &mut [u8], &Settings),
) {
    let _irq = IrqOff::new();
    let cpu = CpuId::current().as_u32() as usize;
    // SAFETY: on CPU `cpu` with interrupts off until `_irq` drops, after the last use.
    let Some(scratch) = (unsafe { state.scratch(cpu) }) else { return };
    let ts = now_ns();
    for (c, ring) in state.rings_on(cpu) {
        if !wants(&c.settings) {
            continue;
        }
        let Some(mut w) = ring.begin(fillers::nparams(ty), cat) else { continue };
        fill(&mut w, scratch, &c.settings);
        w.finish(ts, tid, ty);
    }
}

/// The syscall's argument registers.
///
/// # Safety
/// `regs` is the live register frame of the current syscall.
unsafe fn args(regs: *const bindings::pt_regs, ret: i64) -> Args {
    // SAFETY: the caller's guarantee.
    let r = unsafe { &*regs };
    Args { a: [r.di, r.si, r.dx, r.r10, r.r8, r.r9].map(|v| v as u64), ret }
}

/// The `sys_enter` probe: the enter events of the calls whose arguments userspace could change
/// before the exit (open family, connect).
///
/// # Safety
/// Called by the tracepoint only, with the syscall's live `regs`.
unsafe extern "C" fn probe_sys_enter(_data: *mut c_void, regs: *mut bindings::pt_regs, id: c_long) {
    let Some(state) = State::get() else { return };
    if id < 0 || id as usize >= SYSCALL_TABLE_SIZE {
        return;
    }
    let nr = id as usize;
    let Some(ev) = fillers::enter_event(X86_64_SYSCALL_TABLE[nr].exit_event) else { return };
    let wants = |s: &Settings| s.tp_enabled(tp::SYS_ENTER) && s.syscall_enabled(nr);
    if !state.any(wants) {
        return;
    }
    // SAFETY: the tracepoint passes the syscall's live register frame.
    let a = unsafe { args(regs, 0) };
    emit(state, Task::current().tid(), ev, fillers::enter_category(ev), wants, |w, _, _| {
        fillers::fill_enter(w, ev, &a)
    });
}

/// The `sys_exit` probe.
///
/// # Safety
/// Called by the tracepoint only, with the exiting syscall's live `regs`.
unsafe extern "C" fn probe_sys_exit(_data: *mut c_void, regs: *mut bindings::pt_regs, ret: c_long) {
    let Some(state) = State::get() else { return };
    // SAFETY: the tracepoint passes the syscall's live register frame.
    let nr = unsafe { (*regs).orig_ax } as usize;
    if nr >= SYSCALL_TABLE_SIZE {
        return;
    }
    let ev = X86_64_SYSCALL_TABLE[nr].exit_event;
    let wants = |s: &Settings| {
        s.tp_enabled(tp::SYS_EXIT)
            && s.syscall_enabled(nr)
            && !(ret < 0 && s.drop_failed())
            // A successful execve is reported by sched_process_exec, a new task by
            // sched_process_fork, when those are enabled.
            && !(ret == 0
                && ((fillers::is_execve(ev) && s.tp_enabled(tp::SCHED_PROC_EXEC))
                    || (fillers::is_clone(ev) && s.tp_enabled(tp::SCHED_PROC_FORK))))
    };
    if !state.any(wants) {
        return;
    }
    let tid = Task::current().tid();
    if !fillers::has_exit_filler(ev) {
        let sc = X86_64_SYSCALL_TABLE[nr].ppm_sc;
        emit(state, tid, code::GENERIC_X, DropCategory::OtherInterestExit, wants, |w, _, _| {
            w.u16(sc);
            w.u16(nr as u16);
        });
        return;
    }
    // SAFETY: as above.
    let a = unsafe { args(regs, ret as i64) };
    // May sleep: before interrupts go off.
    let pre = fillers::prepare(ev, &a);
    emit(state, tid, ev, fillers::category(ev), wants, |w, scratch, s| {
        fillers::fill_exit(w, ev, &a, &pre, s.snaplen(), scratch)
    });
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
    let wants = |s: &Settings| s.tp_enabled(tp::SCHED_PROC_EXIT);
    if !state.any(wants) {
        return;
    }
    // SAFETY: the tracepoint passes the exiting task, alive for the duration of the probe.
    let (tid, exit_code, flags) = unsafe { ((*p).pid as u64, (*p).exit_code, (*p).flags) };
    // Kernel threads are not reported (as Falco does).
    if flags & bindings::PF_KTHREAD != 0 {
        return;
    }
    let status = i64::from(exit_code);
    let ret = i64::from((exit_code >> 8) & 0xff);
    let sig = (exit_code & 0x7f) as u8;
    let core = u8::from(exit_code & 0x80 != 0);
    emit(state, tid, code::PROCEXIT_1_E, DropCategory::ProcExit, wants, |w, _, _| {
        w.i64(status);
        w.i64(ret);
        w.u8(sig);
        w.u8(core);
        w.i64(0); // reaper: the kernel picks it after this point
    });
}

/// Whether a consumer captures new tasks from sched_process_fork.
fn wants_fork(s: &Settings) -> bool {
    s.tp_enabled(tp::SCHED_PROC_FORK) && [56, 57, 58, 435].iter().any(|&nr| s.syscall_enabled(nr))
}

/// Whether a consumer captures successful execve calls from sched_process_exec.
fn wants_exec(s: &Settings) -> bool {
    s.tp_enabled(tp::SCHED_PROC_EXEC) && (s.syscall_enabled(59) || s.syscall_enabled(322))
}

/// The `sched_process_fork` probe: the new task's clone exit, written in the parent's context.
///
/// # Safety
/// Called by the tracepoint only, with live `parent` and `child` tasks.
unsafe extern "C" fn probe_sched_process_fork(
    _data: *mut c_void,
    parent: *mut bindings::task_struct,
    child: *mut bindings::task_struct,
) {
    let Some(state) = State::get() else { return };
    if !state.any(wants_fork) {
        return;
    }
    // SAFETY: the tracepoint passes live tasks.
    let (pf, cf) = unsafe { (&*parent, &*child) };
    if cf.flags & bindings::PF_KTHREAD != 0 {
        return;
    }
    // The clone flags are not passed: derive those the child's sharing shows.
    let mut flags = 0;
    if cf.tgid == pf.tgid {
        flags |= native::clone_flags(0x10000 | 0x800); // CLONE_THREAD | CLONE_SIGHAND
    }
    if !cf.mm.is_null() && cf.mm == pf.mm {
        flags |= native::clone_flags(0x100); // CLONE_VM
    }
    if !cf.files.is_null() && cf.files == pf.files {
        flags |= native::clone_flags(0x400); // CLONE_FILES
    }
    if !cf.fs.is_null() && cf.fs == pf.fs {
        flags |= native::clone_flags(0x200); // CLONE_FS
    }
    // SAFETY: `child` is live for the probe's duration.
    let t = unsafe { Task::from_raw(child) };
    emit(state, t.tid(), code::SYSCALL_CLONE_20_X, DropCategory::CloneForkExit, wants_fork, |w, _, _| {
        fillers::clone_exit(w, &t, 0, flags)
    });
}

/// The `sched_process_exec` probe: a successful execve's exit, written by the new program.
///
/// # Safety
/// Called by the tracepoint only, with the live task `p` (the current one).
unsafe extern "C" fn probe_sched_process_exec(
    _data: *mut c_void,
    p: *mut bindings::task_struct,
    _old_pid: bindings::pid_t,
    _bprm: *mut c_void,
) {
    let Some(state) = State::get() else { return };
    if !state.any(wants_exec) {
        return;
    }
    // SAFETY: `p` is live for the probe's duration.
    let t = unsafe { Task::from_raw(p) };
    emit(state, t.tid(), code::SYSCALL_EXECVE_19_X, DropCategory::ExecveExit, wants_exec, |w, scratch, _| {
        fillers::execve_exit(w, &t, None, 0, true, scratch)
    });
}

/// The tracepoints attached to, by name, with their probes.
const TRACEPOINTS: [(&CStr, fn() -> *mut c_void); 5] = [
    (c"sys_enter", || probe_sys_enter as *const () as *mut c_void),
    (c"sys_exit", || probe_sys_exit as *const () as *mut c_void),
    (c"sched_process_exit", || probe_sched_process_exit as *const () as *mut c_void),
    (c"sched_process_fork", || probe_sched_process_fork as *const () as *mut c_void),
    (c"sched_process_exec", || probe_sched_process_exec as *const () as *mut c_void),
];

/// The tracepoints found by name, in [`TRACEPOINTS`] order.
struct Found([*mut bindings::tracepoint; 5]);

/// `for_each_kernel_tracepoint` callback recording the tracepoints we attach to.
///
/// # Safety
/// `t` is a kernel tracepoint and `data` points to a live `Found`.
unsafe extern "C" fn match_tp(t: *mut bindings::tracepoint, data: *mut c_void) {
    // SAFETY: `data` is the `Found` passed to `for_each_kernel_tracepoint` below.
    let found = unsafe { &mut *data.cast::<Found>() };
    // SAFETY: built-in tracepoints have static NUL-terminated names.
    let name = unsafe { CStr::from_ptr((*t).name.cast()) };
    for (i, (want, _)) in TRACEPOINTS.iter().enumerate() {
        if name == *want {
            found.0[i] = t;
        }
    }
}

/// Waits until no probe runs any more (the C `tracepoint_synchronize_unregister` is inline).
pub(crate) fn synchronize() {
    // SAFETY: statically initialised, exported kernel srcu structures.
    unsafe {
        bindings::synchronize_srcu(&raw mut bindings::rcu_tasks_trace_srcu_struct);
        bindings::synchronize_srcu(&raw mut bindings::tracepoint_srcu);
    }
}

/// Registered probes; dropping unregisters them and waits for running ones.
pub(crate) struct Probes {
    tps: [*mut bindings::tracepoint; 5],
    registered: usize,
}

// SAFETY: the pointers name static kernel tracepoints.
unsafe impl Send for Probes {}
// SAFETY: as above.
unsafe impl Sync for Probes {}

impl Probes {
    /// Attaches the probes. They read the published state, so `_state` must outlive them.
    pub(crate) fn register(_state: &State) -> Result<Self> {
        let mut found = Found([null_mut(); 5]);
        // SAFETY: the callback matches the expected prototype; `found` outlives the call.
        unsafe { bindings::for_each_kernel_tracepoint(Some(match_tp), (&raw mut found).cast()) };
        for (i, t) in found.0.iter().enumerate() {
            if t.is_null() {
                pr_err!("falco: tracepoint {:?} not found\n", TRACEPOINTS[i].0);
                return Err(ENOENT);
            }
        }
        let mut probes = Probes { tps: found.0, registered: 0 };
        for (i, t) in found.0.iter().enumerate() {
            // SAFETY: a valid tracepoint and a probe with its prototype.
            to_result(unsafe { bindings::tracepoint_probe_register(*t, TRACEPOINTS[i].1(), null_mut()) })?;
            // On error, dropping `probes` unregisters the ones before.
            probes.registered = i + 1;
        }
        Ok(probes)
    }
}

impl Drop for Probes {
    fn drop(&mut self) {
        for i in 0..self.registered {
            // SAFETY: registered in `register` with this function and data.
            unsafe { bindings::tracepoint_probe_unregister(self.tps[i], TRACEPOINTS[i].1(), null_mut()) };
        }
        synchronize();
    }
}
