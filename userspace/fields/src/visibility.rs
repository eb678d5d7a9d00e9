//! Which events a user sees in printed output, as sysdig shows them.
//!
//! Every event the reader hands out is numbered (`evt.num`), but some only feed state: events
//! the libraries generate for themselves (`EC_INTERNAL`, e.g. `procinfo`), enter events kept
//! only to complete their exit (the TOCTOU enters and execve's fallback enter), and events a
//! capture marks as state-only.

use scap_format::EventRef;
use scap_format::abi::events::code;
use scap_format::abi::types::EC_INTERNAL;
use scap_format::block::DF_STATE_ONLY;

/// Whether `ev` is printed (it still counts in `evt.num` either way).
pub fn shown_to_user(ev: &EventRef<'_>) -> bool {
    if ev.dump_flags() & DF_STATE_ONLY != 0 {
        return false;
    }
    if ev.info().is_none_or(|i| i.category & EC_INTERNAL != 0) {
        return false;
    }
    !matches!(
        ev.ty(),
        code::SYSCALL_OPEN_E
            | code::SYSCALL_OPENAT_2_E
            | code::SYSCALL_OPENAT2_E
            | code::SYSCALL_CREAT_E
            | code::SOCKET_CONNECT_E
            | code::SYSCALL_EXECVE_19_E
            | code::SYSCALL_EXECVEAT_E
    )
}
