//! Which system calls falco.ko traces in a live session, as Falco's `base_syscalls` decides:
//! the system calls the enabled rules look at, plus those the state engine needs (or
//! `custom_set` in their place, with `!name` removing one, and `repair` adding the state set
//! back), or every one with `all` (`-A`). Fewer system calls traced is fewer events to carry.

use std::collections::BTreeSet;

use rfalco_config::BaseSyscalls;
use rfalco_rules::Rule;
use scap_format::abi::syscalls::{UF_USED, X86_64_SYSCALL_TABLE, ppm_sc_name};

/// The selection: native x86_64 system call numbers to enable, or every one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every traced system call.
    All,
    /// These names (for messages) and numbers.
    Only {
        /// System call names.
        names: BTreeSet<String>,
        /// Native numbers.
        numbers: BTreeSet<usize>,
    },
}

/// Computes the selection for the enabled rules.
pub fn select<'a>(rules: impl IntoIterator<Item = &'a Rule>, base: &BaseSyscalls) -> Selection {
    if base.all {
        return Selection::All;
    }
    let mut names: BTreeSet<String> = BTreeSet::new();
    for r in rules {
        match &r.event_types {
            // A rule not restricted to event types sees every event.
            None => return Selection::All,
            Some(types) => names.extend(types.iter().cloned()),
        }
    }
    let state = || rfalco_state::state_event_names().map(str::to_owned);
    let (mut adds, mut removes) = (Vec::new(), Vec::new());
    for n in &base.custom_set {
        match n.strip_prefix('!') {
            Some(r) => removes.push(r.to_owned()),
            None => adds.push(n.clone()),
        }
    }
    if adds.is_empty() && removes.is_empty() || base.repair {
        names.extend(state());
    }
    names.extend(adds);
    for r in &removes {
        names.remove(r);
    }
    let numbers = X86_64_SYSCALL_TABLE
        .iter()
        .enumerate()
        .filter(|(_, e)| e.flags & UF_USED != 0)
        .filter(|(_, e)| ppm_sc_name(e.ppm_sc).is_some_and(|n| names.contains(n)))
        .map(|(nr, _)| nr)
        .collect();
    Selection::Only { names, numbers }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<Rule> {
        let loaded = rfalco_rules::load([("r.yaml", text)]);
        loaded.ruleset.expect("loads").rules
    }

    fn nr(name: &str) -> usize {
        X86_64_SYSCALL_TABLE
            .iter()
            .position(|e| e.flags & UF_USED != 0 && ppm_sc_name(e.ppm_sc) == Some(name))
            .expect("a traced system call")
    }

    const OPEN_RULE: &str = "- rule: r\n  desc: d\n  condition: evt.type = openat and fd.name = /x\n  output: o\n  priority: INFO\n";

    #[test]
    fn rules_and_the_state_set() {
        let Selection::Only { names, numbers } =
            select(&rules(OPEN_RULE), &BaseSyscalls::default())
        else {
            panic!("restricted rules give a restricted set");
        };
        assert!(names.contains("openat") && names.contains("execve") && names.contains("close"));
        assert!(numbers.contains(&nr("openat")) && numbers.contains(&nr("clone")));
        assert!(
            !numbers.contains(&nr("read")),
            "read is neither in the rule nor in the state set"
        );
    }

    #[test]
    fn custom_set_repair_and_all() {
        let custom = BaseSyscalls {
            custom_set: vec!["read".into(), "!close".into()],
            repair: false,
            all: false,
        };
        let Selection::Only { numbers, .. } = select(&rules(OPEN_RULE), &custom) else {
            panic!("restricted");
        };
        assert!(numbers.contains(&nr("read")) && numbers.contains(&nr("openat")));
        assert!(!numbers.contains(&nr("close")) && !numbers.contains(&nr("execve")));
        let repair = BaseSyscalls {
            repair: true,
            ..custom
        };
        let Selection::Only { numbers, .. } = select(&rules(OPEN_RULE), &repair) else {
            panic!("restricted");
        };
        assert!(numbers.contains(&nr("execve")) && !numbers.contains(&nr("close")));
        let all = BaseSyscalls {
            all: true,
            ..BaseSyscalls::default()
        };
        assert_eq!(select(&rules(OPEN_RULE), &all), Selection::All);
        let unrestricted =
            "- rule: r\n  desc: d\n  condition: proc.name = x\n  output: o\n  priority: INFO\n";
        assert_eq!(
            select(&rules(unrestricted), &BaseSyscalls::default()),
            Selection::All
        );
    }
}
