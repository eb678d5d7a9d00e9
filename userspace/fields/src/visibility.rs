//! Which events a user sees in printed output, as sysdig shows them.
//!
//! Every event the reader hands out is numbered (`evt.num`), but some only feed state:
//! - the user, group, container and async events at the very start of a capture, which the
//!   libraries consume as initial state before the first event reaches the user;
//! - events the libraries generate for themselves (category `EC_INTERNAL`, e.g. `procinfo`);
//! - enter events kept only to complete their exit (the TOCTOU enters and execve's enter);
//! - events a capture marks as state-only.

use scap_format::EventRef;
use scap_format::abi::events::code;
use scap_format::abi::types::EC_INTERNAL;
use scap_format::block::DF_STATE_ONLY;

/// Decides, event by event in stream order, which events are printed.
#[derive(Clone, Debug)]
pub struct OutputFilter {
    initial_state: bool,
}

impl Default for OutputFilter {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether events of this type, at the start of a capture, are initial state.
fn is_initial_state(ty: u16) -> bool {
    matches!(
        ty,
        code::CONTAINER_JSON_2_E
            | code::USER_ADDED_E
            | code::USER_DELETED_E
            | code::GROUP_ADDED_E
            | code::GROUP_DELETED_E
            | code::ASYNCEVENT_E
    )
}

impl OutputFilter {
    /// A filter for a stream that starts now.
    pub fn new() -> Self {
        Self { initial_state: true }
    }

    /// Whether `ev`, the next event of the stream, is printed (it counts in `evt.num` either way).
    pub fn shown(&mut self, ev: &EventRef<'_>) -> bool {
        if self.initial_state {
            if is_initial_state(ev.ty()) {
                return false;
            }
            self.initial_state = false;
        }
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
}
