// SPDX-License-Identifier: GPL-2.0

//! The device ioctls (magic `'s'`, Falco's numbers). Every argument comes from an untrusted
//! process: values are range-checked, pointers go through checked user copies.


use kernel::prelude::*;
use kernel::uaccess::{UserPtr, UserSlice};

use crate::abi::ring::{SNAPLEN_MAX, ioctl, tp};
use crate::abi::version::{API_VERSION, SCHEMA_VERSION, api_version};
use crate::consumer::Settings;

/// Tracepoints this module can produce events for.
const SUPPORTED_TPS: u32 = (1 << tp::SYS_ENTER)
    | (1 << tp::SYS_EXIT)
    | (1 << tp::SCHED_PROC_EXIT)
    | (1 << tp::SCHED_PROC_FORK)
    | (1 << tp::SCHED_PROC_EXEC);

/// Runs one ioctl.
pub(crate) fn handle(settings: &Settings, cmd: u32, arg: usize) -> Result<isize> {
    match cmd {
        ioctl::GET_API_VERSION => put_u64(arg, api_version(API_VERSION.0, API_VERSION.1, API_VERSION.2)),
        ioctl::GET_SCHEMA_VERSION => {
            put_u64(arg, api_version(SCHEMA_VERSION.0, SCHEMA_VERSION.1, SCHEMA_VERSION.2))
        }
        ioctl::SET_SNAPLEN => {
            let v = u32::try_from(arg).map_err(|_| EINVAL)?;
            if v > SNAPLEN_MAX {
                return Err(EINVAL);
            }
            settings.set_snaplen(v);
            Ok(0)
        }
        ioctl::ENABLE_SYSCALL | ioctl::DISABLE_SYSCALL => {
            settings.set_syscall(arg, cmd == ioctl::ENABLE_SYSCALL)?;
            Ok(0)
        }
        ioctl::ENABLE_TP | ioctl::DISABLE_TP => {
            let idx = u32::try_from(arg).map_err(|_| EINVAL)?;
            if idx >= tp::MAX {
                return Err(EINVAL);
            }
            let bit = 1u32 << idx;
            if cmd == ioctl::ENABLE_TP {
                // Tracepoints this module does not attach are accepted and stay silent.
                settings.set_tps(bit & SUPPORTED_TPS, true);
            } else {
                settings.set_tps(bit, false);
            }
            Ok(0)
        }
        ioctl::ENABLE_DROPFAILED | ioctl::DISABLE_DROPFAILED => {
            settings.set_drop_failed(cmd == ioctl::ENABLE_DROPFAILED);
            Ok(0)
        }
        _ => Err(EINVAL),
    }
}

/// Writes a u64 to the user address `arg` (EFAULT when it is not writable).
fn put_u64(arg: usize, v: u64) -> Result<isize> {
    let mut w = UserSlice::new(UserPtr::from_addr(arg), 8).writer();
    w.write_slice(&v.to_ne_bytes())?;
    Ok(0)
}
