//! Which field names and event type names conditions may use.
//!
//! Field names come from `rfalco-fields`' registry (the fields Falco 0.44 lists for the syscall
//! source, with its container plugin's) and the decoder's `FieldId`; event type names from the driver's event and system
//! call tables in `scap-format`.

use rfalco_fields::registry;
use scap_format::abi::events::EVENT_TABLE;
use scap_format::abi::syscalls::PPM_SC_NAMES;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Syscall-source fields Falco 0.44 knows that the registry does not list yet.
const EXTRA_FIELDS: &[&str] = &[
    "evt.dir",
    "evt.is_open_read",
    "evt.latency",
    "evt.latency.s",
    "evt.latency.ns",
    "evt.latency.human",
    "evt.rawres",
    "evt.res",
    "evt.type.is",
];

/// Whether `name` (without its `[arg]`) is a field of the syscall source.
pub fn is_known_field(name: &str) -> bool {
    if registry::is_state_field(name) || registry::is_event_field(name) {
        return true;
    }
    // The decoder knows some fields by name (evt.dir, evt.outputtime, evt.arg...): any answer
    // but "unknown" means the name exists (a missing argument is not a naming problem).
    if !matches!(
        rfalco_fields::FieldId::parse(name, None),
        Err(rfalco_fields::FieldError::Unknown(_))
    ) {
        return true;
    }
    if EXTRA_FIELDS.contains(&name) {
        return true;
    }
    // Parameters by name: `evt.arg.flags`, `evt.rawarg.res`.
    ["evt.arg.", "evt.rawarg."]
        .iter()
        .any(|p| name.strip_prefix(p).is_some_and(|rest| !rest.is_empty()))
}

/// Every event type name a condition may compare `evt.type` with.
pub fn event_type_names() -> &'static BTreeSet<&'static str> {
    static NAMES: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        EVENT_TABLE
            .iter()
            .map(|e| e.name)
            .chain(PPM_SC_NAMES.iter().copied())
            .filter(|n| !n.is_empty() && *n != "NA")
            .collect()
    })
}

/// Whether `name` is an event type name.
pub fn is_event_type(name: &str) -> bool {
    event_type_names().contains(name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn common_names() {
        assert!(super::is_known_field("proc.name"));
        assert!(super::is_known_field("evt.arg.flags"));
        assert!(!super::is_known_field("proc.nobody"));
        assert!(super::is_event_type("execve"));
        assert!(super::is_event_type("madvise"));
        assert!(!super::is_event_type("some_invalid_event"));
    }
}
