//! The capture converter: upgrades old event shapes to the current exit-only schema on read.
//!
//! # Why
//!
//! Drivers used to emit every system call as two events, an *enter* carrying the arguments and an
//! *exit* carrying the result, and over the years many events gained parameters or were replaced
//! by new versions with a different layout. The current schema keeps only exit events, each
//! carrying everything (arguments included), at their newest version. Captures recorded by older
//! drivers are still everywhere, so, like current Falco's libscap, we upgrade them while reading:
//! consumers then only ever see the current schema.
//!
//! # How
//!
//! Every event read from a capture first goes through a cheap eligibility check on its schema
//! flags (see [`Converter::convert`]):
//!
//! 1. events of unused codes are dropped;
//! 2. events the converter does not manage are let through when they are current, dropped when
//!    they are old enter versions (and an old exit version it does not manage is an error);
//! 3. managed enter events always go through the conversion table;
//! 4. managed exit events go through it when they are an old version or carry fewer parameters
//!    than the schema (more is an error);
//! 5. everything else passes untouched.
//!
//! Events that need work are looked up in the [conversion table](table) by `(code, nparams)`;
//! a missing entry is an error. A rule either stores the event (an enter whose arguments its exit
//! will need), lets it pass, appends parameters to it, or rebuilds it as another type. Each new
//! parameter comes from the event itself, from the stored enter event of the same thread, from a
//! callback, or is the type's default value or an empty (zero-length) parameter. After each step
//! the eligibility check runs again on the result, so an event climbs version by version (an old
//! `execve` walks through more than ten steps), at most [`MAX_CONVERSION_STEPS`] of them.
//!
//! # Enter storage
//!
//! Stored enter events are keyed by **thread id only**, one slot per thread, like libscap: a new
//! enter of the same thread replaces the previous one (that syscall is over), and the slot is
//! emptied once an exit has taken parameters from it. An exit whose rule wants enter parameters
//! but finds no stored enter for its thread (the enter was lost, or the capture started inside
//! the syscall) gets fallback values. An exit that finds a stored enter *of another type* is an
//! error, as in libscap, unless [`Converter::set_lenient`] is on: then that stale enter is
//! discarded and the exit gets fallback values. Slots are never shared between threads.
//!
//! # Example
//!
//! ```
//! use scap_format::abi::events::code;
//! use scap_format::convert::{Conversion, Converter, DropReason};
//! use scap_format::{EventBuilder, EventRef};
//!
//! // An old close: the enter carries the fd, the exit only the result.
//! let (mut enter, mut exit) = (Vec::new(), Vec::new());
//! let mut b = EventBuilder::new(&mut enter, 1, 42, code::SYSCALL_CLOSE_E, 1);
//! b.push(&7i64.to_le_bytes());
//! b.finish();
//! let mut b = EventBuilder::new(&mut exit, 2, 42, code::SYSCALL_CLOSE_X, 1);
//! b.push(&0i64.to_le_bytes());
//! b.finish();
//!
//! let mut conv = Converter::new();
//! let mut out = Vec::new();
//! let ev = EventRef::parse(&enter)?;
//! assert_eq!(conv.convert(&ev, &mut out)?, Conversion::Drop(DropReason::StoredEnter));
//! let ev = EventRef::parse(&exit)?;
//! assert_eq!(conv.convert(&ev, &mut out)?, Conversion::Converted);
//! let close = EventRef::parse(&out)?;
//! assert_eq!(close.nparams(), 2); // res, then the fd taken from the enter
//! assert_eq!(close.param(1), Some(&7i64.to_le_bytes()[..]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Where we differ from libscap
//!
//! Only on inputs where libscap misbehaves: bytes after the last parameter of an event (which
//! libscap copies along, shifting every appended parameter) are not carried over; a container
//! type shorter than 4 bytes reads as zero-extended (libscap reads uninitialised memory);
//! codes outside the schema pass (libscap indexes its table out of bounds); and table/schema
//! inconsistencies that would throw in libscap are [`ConvertError::Schema`] errors.
//!
//! # Limits
//!
//! As in libscap, an event that needs conversion must not exceed [`MAX_EVENT_SIZE`] bytes, and
//! neither may any converted event. Steady state is allocation-free: the step buffers, the
//! callback buffer and the per-thread enter copies all reuse their capacity.

pub mod table;
#[cfg(test)]
mod tests;

use rustc_hash::FxHashMap;
use std::fmt;
use std::io::Write as _;

use crate::abi::events::event_info;
use crate::abi::header::MAX_EVENT_PARAMS;
use crate::abi::types::{EventInfo, ParamType};
use crate::error::EventError;
use crate::event::{EventBuilder, EventRef, large_payload};

use self::table::{Action, Callback, Fallback, Instr, Rule};

/// Most conversion steps one event may take (`MAX_CONVERSION_BOUNDARY` in libscap).
///
/// Reaching it is an error even when the last step completed, as in libscap.
pub const MAX_CONVERSION_STEPS: usize = 50;

/// Largest event, in bytes, that may enter or leave a conversion step (libscap's conversion
/// buffers are this size).
pub const MAX_EVENT_SIZE: usize = 64 * 1024;

/// Spare enter buffers kept for reuse once their thread's slot is emptied.
const MAX_SPARE_BUFFERS: usize = 64;

/// Why the converter dropped an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// The event code is an unused slot of the schema.
    Unused,
    /// An old enter version the converter does not manage: nothing needs it any more.
    OldEnter,
    /// An enter event kept for its exit, which will carry its parameters.
    StoredEnter,
}

/// What to do with an event after [`Converter::convert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// Use the event unchanged.
    Pass,
    /// Skip the event.
    Drop(DropReason),
    /// Use the upgraded event, which is the whole content of the output buffer.
    Converted,
}

/// Counters of what the converter did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConvertStats {
    /// Events let through unchanged.
    pub passed: u64,
    /// Events of a type outside the schema, let through unchanged (also counted in `passed`).
    pub unknown_type: u64,
    /// Events returned upgraded.
    pub converted: u64,
    /// Events dropped because their code is unused.
    pub dropped_unused: u64,
    /// Old enter versions dropped.
    pub dropped_old_enter: u64,
    /// Enter events dropped after being stored for their exit.
    pub dropped_stored_enter: u64,
    /// Enter events stored (dropped or passed).
    pub enters_stored: u64,
    /// Conversion steps that took parameters from a stored enter event.
    pub enters_used: u64,
    /// Conversion steps that wanted a stored enter event and found none (fallback values used).
    pub enters_missing: u64,
    /// Stored enter events of another type found by an exit and discarded (lenient mode only;
    /// also counted in `enters_missing`).
    pub enters_mismatched: u64,
    /// Callback-computed parameters replaced by their fallback.
    pub callback_fallbacks: u64,
    /// Conversion steps run.
    pub steps: u64,
    /// Events that could not be converted.
    pub errors: u64,
}

/// Identifies an event in an error: type name and code, parameter count, thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventId {
    /// Event name (`"unknown"` outside the schema).
    pub name: &'static str,
    /// Event code.
    pub ty: u16,
    /// Parameter count.
    pub nparams: u32,
    /// Thread id.
    pub tid: u64,
}

impl EventId {
    fn of(ev: &EventRef<'_>) -> Self {
        Self {
            name: event_info(ev.ty()).map_or("unknown", |i| i.name),
            ty: ev.ty(),
            nparams: ev.nparams() as u32,
            tid: ev.tid(),
        }
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dir = if self.ty % 2 == 0 { 'E' } else { 'X' };
        write!(
            f,
            "{}_{dir} (type {}, {} params, tid {})",
            self.name, self.ty, self.nparams, self.tid
        )
    }
}

/// Why an event could not be converted. Every variant names the event being converted at the
/// failing step (`at`), which may be an intermediate version of the event read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    /// The event needs a conversion but the table has no rule for its parameter count.
    #[error("cannot convert {at}: no conversion rule for this parameter count")]
    NoRule {
        /// The event.
        at: EventId,
    },
    /// An exit event with more parameters than its schema.
    #[error("cannot convert {at}: more parameters than the {expected} of the schema")]
    TooManyParams {
        /// The event.
        at: EventId,
        /// Parameter count of the schema.
        expected: u32,
    },
    /// An old exit version not flagged as managed by the converter (a schema table bug).
    #[error("cannot convert {at}: old exit version not managed by the converter")]
    UnmanagedOldExit {
        /// The event.
        at: EventId,
    },
    /// The thread's stored enter event is not the enter of this exit.
    #[error("cannot convert {at}: the stored enter event of the thread is {found}")]
    EnterMismatch {
        /// The event.
        at: EventId,
        /// The stored enter event.
        found: EventId,
    },
    /// The stored enter event lacks a parameter the rule takes from it.
    #[error("cannot convert {at}: parameter {index} wanted from enter event {enter}")]
    NoEnterParam {
        /// The event.
        at: EventId,
        /// Wanted parameter.
        index: u8,
        /// The stored enter event.
        enter: EventId,
    },
    /// The event lacks a parameter the rule takes from it.
    #[error("cannot convert {at}: it has no parameter {index}")]
    NoOldParam {
        /// The event.
        at: EventId,
        /// Wanted parameter.
        index: u8,
    },
    /// The event is larger than [`MAX_EVENT_SIZE`].
    #[error("cannot convert {at}: its {len} bytes exceed the {MAX_EVENT_SIZE}-byte limit")]
    TooLarge {
        /// The event.
        at: EventId,
        /// Its length.
        len: usize,
    },
    /// The converted event would be larger than [`MAX_EVENT_SIZE`].
    #[error(
        "cannot convert {at}: the result of {len} bytes exceeds the {MAX_EVENT_SIZE}-byte limit"
    )]
    ResultTooLarge {
        /// The event.
        at: EventId,
        /// Length of the result.
        len: usize,
    },
    /// A callback produced a parameter whose length is outside its type's bounds.
    #[error(
        "cannot convert {at}: computed parameter {index} has {len} bytes, allowed {min}..={max}"
    )]
    CallbackLength {
        /// The event.
        at: EventId,
        /// Index of the parameter in the result.
        index: usize,
        /// Length produced.
        len: usize,
        /// Minimum allowed.
        min: u32,
        /// Maximum allowed.
        max: u32,
    },
    /// The rule and the schema of the result disagree (a table bug): the result type lacks a
    /// parameter, has a parameter type without known size bounds, or too many parameters.
    #[error("cannot convert {at}: target type {target} parameter {index}: {what}")]
    Schema {
        /// The event.
        at: EventId,
        /// Result event code.
        target: u16,
        /// Index of the parameter in the result.
        index: usize,
        /// What is wrong.
        what: &'static str,
    },
    /// The event kept converting past [`MAX_CONVERSION_STEPS`].
    #[error("cannot convert {at}: reached {steps} conversion steps")]
    TooManySteps {
        /// The event after the last step.
        at: EventId,
        /// Steps taken.
        steps: usize,
    },
    /// An intermediate or stored event failed validation (should not happen).
    #[error("cannot convert {at}: invalid intermediate event: {error}")]
    Invalid {
        /// The event.
        at: EventId,
        /// The validation error.
        error: EventError,
    },
}

impl ConvertError {
    /// The event being converted when the error happened.
    pub fn event(&self) -> &EventId {
        match self {
            Self::NoRule { at }
            | Self::TooManyParams { at, .. }
            | Self::UnmanagedOldExit { at }
            | Self::EnterMismatch { at, .. }
            | Self::NoEnterParam { at, .. }
            | Self::NoOldParam { at, .. }
            | Self::TooLarge { at, .. }
            | Self::ResultTooLarge { at, .. }
            | Self::CallbackLength { at, .. }
            | Self::Schema { at, .. }
            | Self::TooManySteps { at, .. }
            | Self::Invalid { at, .. } => at,
        }
    }
}

/// Outcome of the eligibility check.
enum Verdict {
    Pass,
    Drop(DropReason),
    Convert,
}

/// The eligibility check (libscap's `test_event_convertibility`) on an event's type and
/// parameter count; `tid` only names the event in errors.
#[inline]
fn verdict(ty: u16, nparams: usize, tid: u64, info: &EventInfo) -> Result<Verdict, ConvertError> {
    if info.is_unused() {
        return Ok(Verdict::Drop(DropReason::Unused));
    }
    let at = || EventId {
        name: info.name,
        ty,
        nparams: nparams as u32,
        tid,
    };
    let enter = ty % 2 == 0;
    if !info.is_converter_managed() {
        return if !info.is_old_version() {
            Ok(Verdict::Pass)
        } else if enter {
            Ok(Verdict::Drop(DropReason::OldEnter))
        } else {
            Err(ConvertError::UnmanagedOldExit { at: at() })
        };
    }
    if enter {
        return Ok(Verdict::Convert);
    }
    let expected = info.params.len();
    if nparams > expected {
        return Err(ConvertError::TooManyParams {
            at: at(),
            expected: expected as u32,
        });
    }
    if info.is_old_version() || nparams != expected {
        Ok(Verdict::Convert)
    } else {
        Ok(Verdict::Pass)
    }
}

/// Length bounds of a parameter type, for 16-bit (`large == false`) or 32-bit lengths; `None` for
/// the types the converter has no bounds for (as libscap's `ppm_param_{min,max}_len_from_type`).
fn len_bounds(ty: ParamType, large: bool) -> Option<(u32, u32)> {
    use ParamType::*;
    let fixed = match ty {
        Int8 | Uint8 | Flags8 | EnumFlags8 | SigType => 1,
        Int16 | Uint16 | Flags16 | EnumFlags16 | SyscallId | Port => 2,
        Int32 | Uint32 | Flags32 | EnumFlags32 | Uid | Gid | Mode | SigSet | Fd32 | Pid32
        | Ipv4Addr => 4,
        Int64 | Uint64 | RelTime | AbsTime | Errno | Fd | Pid => 8,
        Ipv6Addr => 16,
        ByteBuf | CharBuf | SockTuple | FdList | FsPath | CharBufArray | CharBufPairArray
        | FsRelPath | Dyn | SockAddr => {
            return Some((0, if large { u32::MAX } else { u32::from(u16::MAX) }));
        }
        None | Bool | Double | L4Proto | SockFamily | Ipv4Net | Ipv6Net | IpAddr | IpNet => {
            return Option::None;
        }
    };
    Some((fixed, fixed))
}

/// Bytes of the default value of a parameter type: its minimum length, all zero except uid and
/// gid, whose default is `u32::MAX` ("no value").
fn default_value(ty: ParamType) -> Option<&'static [u8]> {
    const ZEROS: [u8; 16] = [0; 16];
    const NO_ID: [u8; 4] = u32::MAX.to_le_bytes();
    let (min, _) = len_bounds(ty, false)?;
    match ty {
        ParamType::Uid | ParamType::Gid => Some(&NO_ID),
        _ => ZEROS.get(..min as usize),
    }
}

/// Builds `CONTAINER_JSON_E`'s JSON from `CONTAINER_E`'s id, type, name and image into `out`
/// (NUL-terminated), exactly as libscap writes it. `Err` makes the caller use the fallback.
///
/// Like libscap: each string parameter loses its last byte (its NUL) and must fit in `max`
/// bytes, is not JSON-escaped, and an empty one fails; the type must fit in 4 bytes.
fn container_json(ev: &EventRef<'_>, max: u32, out: &mut Vec<u8>) -> Result<(), ()> {
    let string = |i: usize| -> Result<&[u8], ()> {
        let p = ev.param(i).ok_or(())?;
        if p.len() > max as usize {
            return Err(());
        }
        p.split_last().map(|(_, s)| s).ok_or(())
    };
    let id = string(0)?;
    let ty_raw = ev.param(1).ok_or(())?;
    let mut ty = [0u8; 4];
    ty.get_mut(..ty_raw.len())
        .ok_or(())?
        .copy_from_slice(ty_raw);
    let ty = u32::from_le_bytes(ty);
    let name = string(2)?;
    let image = string(3)?;
    out.clear();
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(id);
    out.extend_from_slice(b"\",\"type\":");
    write!(out, "{ty}").map_err(|_| ())?;
    out.extend_from_slice(b",\"name\":\"");
    out.extend_from_slice(name);
    out.extend_from_slice(b"\",\"image\":\"");
    out.extend_from_slice(image);
    out.extend_from_slice(b"\"}\0");
    Ok(())
}

/// Upgrades events of old captures to the current schema; see the [module docs](self).
///
/// One converter serves one capture, read in order: it keeps the enter events whose parameters
/// the matching exits will need.
#[derive(Debug, Default)]
pub struct Converter {
    /// Stored enter event of each thread (non-empty), keyed by thread id (FxHash: one store
    /// and one removal per system call of an old capture; SipHash was a visible share).
    enters: FxHashMap<u64, Vec<u8>>,
    /// Emptied enter buffers kept for reuse.
    spare: Vec<Vec<u8>>,
    /// The other step buffer (the current one is the caller's output buffer).
    scratch: Vec<u8>,
    /// Callback output.
    computed: Vec<u8>,
    /// Treat a stored enter of another type as missing instead of failing.
    lenient: bool,
    stats: ConvertStats,
}

/// Result of one conversion step.
enum Step {
    /// Done: the current event is final and must be let through.
    Pass,
    /// Done: the event is dropped.
    Drop(DropReason),
    /// A new event, of this type and parameter count, was built into the scratch buffer.
    Built {
        /// Its type.
        ty: u16,
        /// Its parameter count.
        nparams: usize,
    },
}

impl Converter {
    /// A converter with no stored enter events.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes an exit that finds a stored enter event *of another type* for its thread use its
    /// fallback values (and discard that stale enter) instead of failing.
    ///
    /// Off by default: libscap fails on such an exit, and so does the default converter. Real
    /// old captures do contain the case (an enter whose exit was lost, followed by another
    /// syscall of the same thread), and libscap-based readers stop there.
    pub fn set_lenient(&mut self, lenient: bool) {
        self.lenient = lenient;
    }

    /// What the converter did so far.
    pub fn stats(&self) -> &ConvertStats {
        &self.stats
    }

    /// Number of threads with a stored enter event.
    pub fn stored_enters(&self) -> usize {
        self.enters.len()
    }

    /// The stored enter event of thread `tid`, if any.
    pub fn stored_enter(&self, tid: u64) -> Option<EventRef<'_>> {
        self.enters.get(&tid).and_then(|b| EventRef::parse(b).ok())
    }

    /// Forgets every stored enter event (e.g. when seeking in a capture). Counters are kept.
    pub fn clear(&mut self) {
        for (_, b) in self.enters.drain() {
            if self.spare.len() < MAX_SPARE_BUFFERS {
                self.spare.push(b);
            }
        }
    }

    /// Converts one event read from a capture.
    ///
    /// - `Pass`: use `ev` unchanged (`out` is left alone).
    /// - `Drop`: skip it (an unused or old enter event, or an enter stored for its exit).
    /// - `Converted`: the upgraded event is the whole content of `out` (cleared first); read it
    ///   with [`EventRef::parse`].
    ///
    /// Events of a code outside the schema pass unchanged.
    #[inline]
    pub fn convert(
        &mut self,
        ev: &EventRef<'_>,
        out: &mut Vec<u8>,
    ) -> Result<Conversion, ConvertError> {
        let Some(info) = event_info(ev.ty()) else {
            self.stats.unknown_type += 1;
            self.stats.passed += 1;
            return Ok(Conversion::Pass);
        };
        let res = match verdict(ev.ty(), ev.nparams(), ev.tid(), info) {
            Ok(Verdict::Pass) => Ok(Conversion::Pass),
            Ok(Verdict::Drop(r)) => Ok(Conversion::Drop(r)),
            Ok(Verdict::Convert) => self.run(ev, out),
            Err(e) => Err(e),
        };
        match &res {
            Ok(Conversion::Pass) => self.stats.passed += 1,
            Ok(Conversion::Converted) => self.stats.converted += 1,
            Ok(Conversion::Drop(DropReason::Unused)) => self.stats.dropped_unused += 1,
            Ok(Conversion::Drop(DropReason::OldEnter)) => self.stats.dropped_old_enter += 1,
            Ok(Conversion::Drop(DropReason::StoredEnter)) => self.stats.dropped_stored_enter += 1,
            Err(_) => self.stats.errors += 1,
        }
        res
    }

    /// The conversion loop, for an event the eligibility check sent to the table.
    #[inline(never)]
    fn run(&mut self, ev: &EventRef<'_>, out: &mut Vec<u8>) -> Result<Conversion, ConvertError> {
        out.clear();
        // Whether `out` holds a converted version of `ev`.
        let mut converted = false;
        for step in 1..=MAX_CONVERSION_STEPS {
            let parsed;
            let cur = if converted {
                parsed = parse_out(ev, out)?;
                &parsed
            } else {
                ev
            };
            let outcome = match self.step(cur)? {
                Step::Pass if converted => Some(Conversion::Converted),
                Step::Pass => Some(Conversion::Pass),
                Step::Drop(r) => Some(Conversion::Drop(r)),
                Step::Built { ty, nparams } => {
                    std::mem::swap(out, &mut self.scratch);
                    converted = true;
                    // Built events always have a type of the schema.
                    match event_info(ty)
                        .map(|info| verdict(ty, nparams, ev.tid(), info))
                        .transpose()?
                    {
                        None | Some(Verdict::Pass) => Some(Conversion::Converted),
                        Some(Verdict::Drop(r)) => Some(Conversion::Drop(r)),
                        Some(Verdict::Convert) => None,
                    }
                }
            };
            // As in libscap, reaching the bound is an error even when the last step completed.
            if step == MAX_CONVERSION_STEPS {
                break;
            }
            if let Some(c) = outcome {
                return Ok(c);
            }
        }
        let at = if converted {
            EventId::of(&parse_out(ev, out)?)
        } else {
            EventId::of(ev)
        };
        Err(ConvertError::TooManySteps {
            at,
            steps: MAX_CONVERSION_STEPS,
        })
    }

    /// One conversion step on `cur` (libscap's `scap_convert_event`). A built event goes to
    /// `self.scratch`.
    fn step(&mut self, cur: &EventRef<'_>) -> Result<Step, ConvertError> {
        let len = cur.as_bytes().len();
        if len > MAX_EVENT_SIZE {
            return Err(ConvertError::TooLarge {
                at: EventId::of(cur),
                len,
            });
        }
        let rule =
            table::lookup(cur.ty(), cur.nparams() as u32).ok_or_else(|| ConvertError::NoRule {
                at: EventId::of(cur),
            })?;
        self.stats.steps += 1;
        match rule.action {
            Action::Pass => Ok(Step::Pass),
            Action::Store => {
                self.store(cur);
                Ok(Step::Drop(DropReason::StoredEnter))
            }
            Action::StoreAndPass => {
                self.store(cur);
                Ok(Step::Pass)
            }
            Action::AddParams | Action::ChangeType(_) => {
                self.scratch.clear();
                let (ty, nparams, enter) = build(
                    cur,
                    rule,
                    &self.enters,
                    self.lenient,
                    &mut self.computed,
                    &mut self.scratch,
                    &mut self.stats,
                )?;
                match enter {
                    EnterUse::None => {}
                    EnterUse::Used => {
                        self.stats.enters_used += 1;
                        self.release(cur.tid());
                    }
                    EnterUse::Stale => {
                        self.stats.enters_mismatched += 1;
                        self.release(cur.tid());
                    }
                }
                Ok(Step::Built { ty, nparams })
            }
        }
    }

    /// Stores a copy of enter event `ev` in its thread's slot, replacing any previous one.
    fn store(&mut self, ev: &EventRef<'_>) {
        self.stats.enters_stored += 1;
        let spare = &mut self.spare;
        let slot = self
            .enters
            .entry(ev.tid())
            .or_insert_with(|| spare.pop().unwrap_or_default());
        slot.clear();
        slot.extend_from_slice(ev.as_bytes());
    }

    /// Empties thread `tid`'s slot, keeping its buffer for reuse.
    fn release(&mut self, tid: u64) {
        if let Some(b) = self.enters.remove(&tid) {
            if self.spare.len() < MAX_SPARE_BUFFERS {
                self.spare.push(b);
            }
        }
    }
}

/// Views the converted version of `ev` held in `out`.
fn parse_out<'o>(ev: &EventRef<'_>, out: &'o [u8]) -> Result<EventRef<'o>, ConvertError> {
    EventRef::parse(out).map_err(|error| ConvertError::Invalid {
        at: EventId::of(ev),
        error,
    })
}

/// What a step did with the thread's stored enter event.
enum EnterUse {
    /// Nothing.
    None,
    /// Took parameters from it.
    Used,
    /// Found one of another type and ignored it (lenient mode).
    Stale,
}

/// Builds the event `rule` makes of `cur` into `dst` (empty). Returns its type, its parameter
/// count, and what it did with the thread's stored enter event.
#[allow(clippy::too_many_arguments)]
fn build(
    cur: &EventRef<'_>,
    rule: &Rule,
    enters: &FxHashMap<u64, Vec<u8>>,
    lenient: bool,
    computed: &mut Vec<u8>,
    dst: &mut Vec<u8>,
    stats: &mut ConvertStats,
) -> Result<(u16, usize, EnterUse), ConvertError> {
    let at = || EventId::of(cur);
    let (ty, kept) = match rule.action {
        Action::ChangeType(t) => (t, 0),
        _ => (cur.ty(), cur.nparams()),
    };
    let total = kept + rule.instrs.len();
    let schema_err = |index: usize, what: &'static str| ConvertError::Schema {
        at: EventId::of(cur),
        target: ty,
        index,
        what,
    };
    let target = event_info(ty).ok_or_else(|| schema_err(0, "type outside the schema"))?;
    if total > MAX_EVENT_PARAMS {
        return Err(schema_err(total, "too many parameters"));
    }
    let large = large_payload(ty);
    let max_param = if large {
        u32::MAX as usize
    } else {
        u16::MAX as usize
    };
    // The thread's stored enter event, looked up on first use: None = not yet, Some(None) = none.
    let mut enter: Option<Option<EventRef<'_>>> = None;
    let mut used_enter = false;
    let mut missing_enter = false;
    let mut stale_enter = false;

    let mut b = EventBuilder::new(dst, cur.ts(), cur.tid(), ty, total);
    for i in 0..kept {
        // Same type, so the same length width: every kept parameter fits.
        let p = cur.param(i).ok_or_else(|| ConvertError::NoOldParam {
            at: at(),
            index: i as u8,
        })?;
        if p.len() > max_param {
            return Err(schema_err(i, "kept parameter too long"));
        }
        b.push(p);
    }
    for (k, instr) in rule.instrs.iter().enumerate() {
        let index = kept + k;
        let pty = target
            .params
            .get(index)
            .map(|p| p.ty)
            .ok_or_else(|| schema_err(index, "no such parameter in the schema"))?;
        let (min, max) = len_bounds(pty, large)
            .ok_or_else(|| schema_err(index, "type without length bounds"))?;
        let fallback = |fb: Fallback| -> Result<&'static [u8], ConvertError> {
            match fb {
                Fallback::Empty => Ok(&[]),
                Fallback::Default => default_value(pty)
                    .ok_or_else(|| schema_err(index, "type without a default value")),
            }
        };
        // Copied parameters are truncated to the target type's maximum length.
        let capped = |p: &[u8]| p.len().min(max as usize);
        match *instr {
            Instr::Empty => {
                b.push(&[]);
            }
            Instr::Default => {
                b.push(fallback(Fallback::Default)?);
            }
            Instr::Old(n) => {
                let p = cur
                    .param(n as usize)
                    .ok_or_else(|| ConvertError::NoOldParam { at: at(), index: n })?;
                b.push(&p[..capped(p)]);
            }
            Instr::Enter(n, fb) => {
                let stored = match enter {
                    Some(e) => e,
                    None => {
                        let mut e = match enters.get(&cur.tid()) {
                            Some(bytes) => Some(
                                EventRef::parse(bytes)
                                    .map_err(|error| ConvertError::Invalid { at: at(), error })?,
                            ),
                            None => None,
                        };
                        if lenient && e.is_some_and(|e| !enter_matches(&e, cur)) {
                            stale_enter = true;
                            e = None;
                        }
                        enter = Some(e);
                        e
                    }
                };
                let Some(e) = stored else {
                    missing_enter = true;
                    b.push(fallback(fb)?);
                    continue;
                };
                if !enter_matches(&e, cur) {
                    return Err(ConvertError::EnterMismatch {
                        at: at(),
                        found: EventId::of(&e),
                    });
                }
                let p = e
                    .param(n as usize)
                    .ok_or_else(|| ConvertError::NoEnterParam {
                        at: at(),
                        index: n,
                        enter: EventId::of(&e),
                    })?;
                used_enter = true;
                b.push(&p[..capped(p)]);
            }
            Instr::Callback(cb, fb) => {
                let ok = match cb {
                    Callback::ContainerJson => container_json(cur, max, computed).is_ok(),
                };
                if !ok {
                    stats.callback_fallbacks += 1;
                    b.push(fallback(fb)?);
                    continue;
                }
                let len = computed.len();
                if len < min as usize || len > max as usize {
                    return Err(ConvertError::CallbackLength {
                        at: at(),
                        index,
                        len,
                        min,
                        max,
                    });
                }
                b.push(&computed[..]);
            }
        }
    }
    stats.enters_missing += u64::from(missing_enter);
    let range = b.finish();
    if range.len() > MAX_EVENT_SIZE {
        return Err(ConvertError::ResultTooLarge {
            at: at(),
            len: range.len(),
        });
    }
    let enter = if used_enter {
        EnterUse::Used
    } else if stale_enter {
        EnterUse::Stale
    } else {
        EnterUse::None
    };
    Ok((ty, total, enter))
}

/// Whether stored enter `e` is the enter of exit `x` (its code is the exit's minus one).
fn enter_matches(e: &EventRef<'_>, x: &EventRef<'_>) -> bool {
    u32::from(e.ty()) + 1 == u32::from(x.ty())
}
