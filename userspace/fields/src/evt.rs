//! Decode-level fields: what an event answers by itself.

use std::fmt::Write;

use scap_format::EventRef;
use scap_format::abi::types::{EC_SYSCALL, EF_READS_FROM_FD, EF_WRITES_TO_FD};
use scap_format::display::{self, FdNames};

use crate::registry::is_state_field;
use crate::time;

/// A field a format or rule can name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldId {
    /// `evt.num`: the event's number in the stream, from 1.
    EvtNum,
    /// `evt.time`: `HH:MM:SS.nnnnnnnnn`.
    EvtTime,
    /// `evt.time.s`: `HH:MM:SS`.
    EvtTimeS,
    /// `evt.time.iso8601`.
    EvtTimeIso8601,
    /// `evt.datetime`.
    EvtDatetime,
    /// `evt.datetime.s`.
    EvtDatetimeS,
    /// `evt.rawtime`: ns since the epoch.
    EvtRawtime,
    /// `evt.rawtime.s`.
    EvtRawtimeS,
    /// `evt.rawtime.ns`.
    EvtRawtimeNs,
    /// `evt.outputtime`: the time in sysdig's output form.
    EvtOutputtime,
    /// `evt.cpu`.
    EvtCpu,
    /// `evt.dir`: `>` enter, `<` exit.
    EvtDir,
    /// `evt.type` (also `syscall.type` for syscall events).
    EvtType,
    /// `syscall.type`: defined for syscall events only.
    SyscallType,
    /// `evt.source`: always `syscall` here.
    EvtSource,
    /// `evt.args` and `evt.info`: the rendered parameters.
    EvtArgs,
    /// `evt.arg.NAME` / `evt.arg[N]`: one rendered parameter.
    EvtArg(ArgRef),
    /// `evt.rawarg.NAME`: one parameter's raw value.
    EvtRawArg(ArgRef),
    /// `evt.res`: `SUCCESS` or the error.
    EvtRes,
    /// `evt.rawres`: the return value.
    EvtRawres,
    /// `evt.failed`.
    EvtFailed,
    /// `evt.is_io`.
    EvtIsIo,
    /// `evt.is_open_read`: an open family exit whose flags ask for reading.
    EvtIsOpenRead,
    /// `evt.is_open_write`: an open family exit whose flags ask for writing.
    EvtIsOpenWrite,
    /// `evt.is_open_exec`: an open family exit creating a file with an execute bit in its mode.
    EvtIsOpenExec,
    /// `evt.is_open_create`: an open family exit that created the file.
    EvtIsOpenCreate,
    /// `evt.buffer`: the `data` parameter of I/O events, rendered.
    EvtBuffer,
    /// `thread.tid`.
    ThreadTid,
    /// A field answered by process/fd/user state, with its argument.
    State(String, Option<String>),
}

/// Which parameter `evt.arg` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// By name.
    Name(String),
    /// By position.
    Index(usize),
}

/// Why a field name is not usable.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// No such field.
    #[error("unknown field '{0}'")]
    Unknown(String),
    /// A field that needs an argument got none, or a bad one.
    #[error("field '{field}': {reason}")]
    BadArg {
        /// The field.
        field: String,
        /// What is wrong.
        reason: &'static str,
    },
    /// A known field not implemented in this version.
    #[error("field '{0}' is not supported yet")]
    Unsupported(String),
}

impl FieldId {
    /// Resolves a field name (and its `[arg]`, if given).
    pub fn parse(name: &str, arg: Option<&str>) -> Result<Self, FieldError> {
        use FieldId::*;
        let no_arg = |f: FieldId| -> Result<FieldId, FieldError> {
            match arg {
                None => Ok(f),
                Some(_) => Err(FieldError::BadArg {
                    field: name.to_owned(),
                    reason: "takes no argument",
                }),
            }
        };
        if let Some(pname) = name.strip_prefix("evt.arg.") {
            return Ok(EvtArg(ArgRef::Name(pname.to_owned())));
        }
        if let Some(pname) = name.strip_prefix("evt.rawarg.") {
            return Ok(EvtRawArg(ArgRef::Name(pname.to_owned())));
        }
        match name {
            "evt.num" => no_arg(EvtNum),
            "evt.time" => no_arg(EvtTime),
            "evt.time.s" => no_arg(EvtTimeS),
            "evt.time.iso8601" => no_arg(EvtTimeIso8601),
            "evt.datetime" => no_arg(EvtDatetime),
            "evt.datetime.s" => no_arg(EvtDatetimeS),
            "evt.rawtime" => no_arg(EvtRawtime),
            "evt.rawtime.s" => no_arg(EvtRawtimeS),
            "evt.rawtime.ns" => no_arg(EvtRawtimeNs),
            "evt.outputtime" => no_arg(EvtOutputtime),
            "evt.cpu" => no_arg(EvtCpu),
            "evt.dir" => no_arg(EvtDir),
            "evt.type" => no_arg(EvtType),
            "syscall.type" => no_arg(SyscallType),
            "evt.source" => no_arg(EvtSource),
            "evt.args" | "evt.info" => no_arg(EvtArgs),
            "evt.res" => no_arg(EvtRes),
            "evt.rawres" => no_arg(EvtRawres),
            "evt.failed" => no_arg(EvtFailed),
            "evt.is_io" => no_arg(EvtIsIo),
            "evt.is_open_read" => no_arg(EvtIsOpenRead),
            "evt.is_open_write" => no_arg(EvtIsOpenWrite),
            "evt.is_open_exec" => no_arg(EvtIsOpenExec),
            "evt.is_open_create" => no_arg(EvtIsOpenCreate),
            "evt.buffer" => no_arg(EvtBuffer),
            "thread.tid" => no_arg(ThreadTid),
            // Resolved against the thread's cwd and fds: answered by the state engine.
            "evt.abspath" | "evt.abspath.src" | "evt.abspath.dst" => {
                no_arg(State(name.to_owned(), None))
            }
            "evt.arg" | "evt.rawarg" => {
                let a = arg.ok_or_else(|| FieldError::BadArg {
                    field: name.to_owned(),
                    reason: "needs an argument: a parameter name or index",
                })?;
                let r = match a.parse::<usize>() {
                    Ok(i) => ArgRef::Index(i),
                    Err(_) => ArgRef::Name(a.to_owned()),
                };
                Ok(if name == "evt.arg" {
                    EvtArg(r)
                } else {
                    EvtRawArg(r)
                })
            }
            n if is_state_field(n) => Ok(State(n.to_owned(), arg.map(str::to_owned))),
            n if n.starts_with("evt.") && crate::registry::is_event_field(n) => {
                Err(FieldError::Unsupported(n.to_owned()))
            }
            n => Err(FieldError::Unknown(n.to_owned())),
        }
    }
}

/// Answers state fields; the state engine implements it. The default answers nothing.
pub trait StateFields {
    /// Appends the value of state field `name[arg]` for `ev`; `false` when undefined.
    fn write_field(
        &self,
        name: &str,
        arg: Option<&str>,
        ev: &EventRef<'_>,
        out: &mut String,
    ) -> bool;

    /// Names of fds, for rendering fd parameters as `3(<f>/etc/passwd)`.
    fn fd_names(&self) -> &dyn FdNames;
}

/// No state: every state field is undefined, fds print as bare numbers.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoState;

impl StateFields for NoState {
    fn write_field(&self, _: &str, _: Option<&str>, _: &EventRef<'_>, _: &mut String) -> bool {
        false
    }
    fn fd_names(&self) -> &dyn FdNames {
        &display::NoFdNames
    }
}

/// What a field is evaluated against.
#[derive(Clone, Copy)]
pub struct EventContext<'a, 'e> {
    /// The event's number in the stream.
    pub num: u64,
    /// The event.
    pub ev: &'a EventRef<'e>,
    /// State, for state fields.
    pub state: &'a dyn StateFields,
}

impl std::fmt::Debug for EventContext<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventContext")
            .field("num", &self.num)
            .finish_non_exhaustive()
    }
}

/// The name an event is known by (`evt.type`): the syscall name for generic syscall events.
pub fn event_type_name(ev: &EventRef<'_>) -> String {
    let mut s = String::new();
    display::write_type(ev, &mut s);
    s
}

fn find_arg(ev: &EventRef<'_>, r: &ArgRef) -> Option<usize> {
    match r {
        ArgRef::Index(i) => (*i < ev.nparams()).then_some(*i),
        ArgRef::Name(n) => ev.param_index(n).filter(|&i| i < ev.nparams()),
    }
}

impl FieldId {
    /// Appends the field's value for `ctx` to `out`; `false` when the field is undefined.
    pub fn write(&self, ctx: &EventContext<'_, '_>, out: &mut String) -> bool {
        use FieldId::*;
        let ev = ctx.ev;
        let ts = ev.ts();
        match self {
            EvtNum => push_num(out, ctx.num),
            EvtTime | EvtOutputtime => time::write_time(out, ts),
            EvtTimeS => {
                let mut s = String::with_capacity(18);
                time::write_time(&mut s, ts);
                out.push_str(&s[..8]);
            }
            EvtTimeIso8601 => time::write_iso8601_offset(out, ts),
            EvtDatetime => time::write_datetime(out, ts),
            EvtDatetimeS => {
                let mut s = String::with_capacity(30);
                time::write_datetime(&mut s, ts);
                out.push_str(&s[..19]);
            }
            EvtRawtime => push_num(out, ts),
            EvtRawtimeS => push_num(out, ts / 1_000_000_000),
            EvtRawtimeNs => push_num(out, ts % 1_000_000_000),
            EvtCpu => push_num(out, u64::from(ev.cpu())),
            EvtDir => out.push(display::dir_char(ev)),
            EvtType => display::write_type(ev, out),
            SyscallType => {
                if ev.info().is_none_or(|i| i.category & EC_SYSCALL == 0) {
                    return false;
                }
                display::write_type(ev, out);
            }
            EvtSource => out.push_str("syscall"),
            EvtArgs => display::write_args(ev, ctx.state.fd_names(), out),
            EvtArg(r) => {
                let Some(i) = find_arg(ev, r) else {
                    return false;
                };
                return display::write_arg(
                    ev,
                    i,
                    ctx.state.fd_names(),
                    display::Options::SYSDIG,
                    out,
                );
            }
            EvtRawArg(r) => {
                let Some(i) = find_arg(ev, r) else {
                    return false;
                };
                let Ok(v) = ev.value(i) else { return false };
                match v {
                    scap_format::ParamValue::Signed(n) => {
                        push_int(out, n);
                    }
                    scap_format::ParamValue::Unsigned(n) => push_num(out, n),
                    scap_format::ParamValue::Str(s) | scap_format::ParamValue::Bytes(s) => {
                        crate::escape::push_escaped(out, s);
                    }
                    _ => display::write_param(ev, i, &display::NoFdNames, out),
                }
            }
            EvtRes => {
                let Some(r) = display::raw_res(ev) else {
                    return false;
                };
                // libsinsp: `SUCCESS`, or the error's name alone (`ENOENT`), or the number
                // when the name is unknown.
                if r >= 0 {
                    out.push_str("SUCCESS");
                } else {
                    match u32::try_from(r.unsigned_abs())
                        .ok()
                        .and_then(display::errno_name)
                    {
                        Some(name) => out.push_str(name),
                        None => {
                            let _ = write!(out, "{r}");
                        }
                    }
                }
            }
            EvtRawres => {
                let Some(r) = display::raw_res(ev) else {
                    return false;
                };
                push_int(out, r);
            }
            EvtFailed => {
                let Some(r) = display::raw_res(ev) else {
                    return false;
                };
                out.push_str(if r < 0 { "true" } else { "false" });
            }
            EvtIsIo => {
                let io = ev
                    .info()
                    .is_some_and(|i| i.flags & (EF_READS_FROM_FD | EF_WRITES_TO_FD) != 0);
                out.push_str(if io { "true" } else { "false" });
            }
            EvtIsOpenRead | EvtIsOpenWrite | EvtIsOpenExec | EvtIsOpenCreate => {
                let yes = is_open(self, ev);
                out.push_str(if yes { "true" } else { "false" });
            }
            EvtBuffer => {
                let Some(i) = ev.param_index("data").filter(|&i| i < ev.nparams()) else {
                    return false;
                };
                return display::write_arg(
                    ev,
                    i,
                    ctx.state.fd_names(),
                    display::Options::SYSDIG,
                    out,
                );
            }
            ThreadTid => {
                push_int(out, ev.tid() as i64);
            }
            State(name, arg) => return ctx.state.write_field(name, arg.as_deref(), ev, out),
        }
        true
    }
}

/// `evt.is_open_{read,write,exec,create}` as libsinsp answers them: defined for every event,
/// true only for exits of `open`, `openat`, `openat2`, `open_by_handle_at` (and `creat` for
/// exec) whose flags (and, for exec, creation mode) say so.
fn is_open(f: &FieldId, ev: &EventRef<'_>) -> bool {
    use scap_format::abi::native::ppm_o;
    if ev.is_enter() {
        return false;
    }
    let param = |name: &str| {
        ev.param_index(name)
            .filter(|&i| i < ev.nparams())
            .and_then(|i| ev.value(i).ok())
            .and_then(|v| v.as_u64())
            .map_or(0, |v| v as u32)
    };
    // Any of S_IXUSR, S_IXGRP, S_IXOTH in the creation mode.
    const EXEC_MASK: u32 = 0o111;
    let name = ev.name();
    if name == "creat" {
        return *f == FieldId::EvtIsOpenExec && param("mode") & EXEC_MASK != 0;
    }
    if !matches!(name, "open" | "openat" | "openat2" | "open_by_handle_at") {
        return false;
    }
    let flags = param("flags");
    match f {
        FieldId::EvtIsOpenRead => flags & ppm_o::RDONLY != 0,
        FieldId::EvtIsOpenWrite => flags & ppm_o::WRONLY != 0,
        FieldId::EvtIsOpenCreate => {
            flags & ppm_o::F_CREATED != 0
                || (flags & ppm_o::TMPFILE != 0 && display::raw_res(ev).is_some_and(|r| r >= 0))
        }
        FieldId::EvtIsOpenExec => {
            flags & (ppm_o::TMPFILE | ppm_o::CREAT) != 0
                && name != "open_by_handle_at"
                && param("mode") & EXEC_MASK != 0
        }
        _ => false,
    }
}

fn push_num(out: &mut String, n: u64) {
    push_int(out, n);
}

/// An integer in decimal, as `Display` writes it (without going through `core::fmt`).
fn push_int<T: itoa::Integer>(out: &mut String, n: T) {
    out.push_str(itoa::Buffer::new().format(n));
}
