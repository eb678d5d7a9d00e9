//! The type of each field, which decides how its values compare and how they appear in JSON.
//!
//! Falco types every field (`PT_CHARBUF`, `PT_INT64`, `PT_BOOL`, `PT_IPADDR`, `PT_IPNET`, ...);
//! a numeric field compares numerically (`proc.pid < 100`), an address field compares as an
//! address (`fd.sip = ::1`), a network field checks that the address lies in the network
//! (`fd.snet in (10.0.0.0/8)`), and JSON alerts carry numbers and booleans as such.

/// How a field's values compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Text (paths, names, rendered flags).
    Str,
    /// A signed or unsigned integer.
    Num,
    /// An absolute time in nanoseconds since the epoch; rendered as text, numeric in JSON.
    AbsTime,
    /// `true`/`false`.
    Bool,
    /// An IPv4 or IPv6 address.
    Ip,
    /// An address compared against networks (`fd.net`, `fd.snet`, ...).
    IpNet,
    /// A parameter whose type depends on the event (`evt.rawarg.*`): numeric when both sides
    /// are numbers, text otherwise.
    Dynamic,
}

impl FieldType {
    /// Falco's name for the type, as its error messages print it.
    pub fn falco_name(self) -> &'static str {
        match self {
            FieldType::Str => "string",
            FieldType::Num => "number",
            FieldType::AbsTime => "absolute time",
            FieldType::Bool => "bool",
            FieldType::Ip => "ipaddr",
            FieldType::IpNet => "ipnet",
            FieldType::Dynamic => "dynamic",
        }
    }
}

/// Numeric fields (Falco's `PT_INT*`, `PT_UINT*`, `PT_PORT`, `PT_RELTIME`, `PT_FD`, `PT_PID`...).
const NUM_FIELDS: &[&str] = &[
    "evt.buflen",
    "evt.buflen.in",
    "evt.buflen.out",
    "evt.count",
    "evt.count.error",
    "evt.count.error.file",
    "evt.count.error.memory",
    "evt.count.error.net",
    "evt.count.error.other",
    "evt.count.exit",
    "evt.cpu",
    "evt.deltatime",
    "evt.deltatime.ns",
    "evt.deltatime.s",
    "evt.latency",
    "evt.latency.ns",
    "evt.latency.s",
    "evt.num",
    "evt.rawres",
    "evt.rawtime.ns",
    "evt.rawtime.s",
    "evt.reltime",
    "evt.reltime.ns",
    "evt.reltime.s",
    "evt.wait_latency",
    "fd.cport",
    "fd.dev",
    "fd.dev.major",
    "fd.dev.minor",
    "fd.ino",
    "fd.lport",
    "fd.num",
    "fd.port",
    "fd.rport",
    "fd.sport",
    "fd.uid",
    "group.gid",
    "proc.apid",
    "proc.cmdlenargs",
    "proc.cmdnargs",
    "proc.duration",
    "proc.exe_ino",
    "proc.exe_ino.ctime_duration_pidns_start",
    "proc.exe_ino.ctime_duration_proc_start",
    "proc.fdlimit",
    "proc.fdopencount",
    "proc.fdusage",
    "proc.loginshellid",
    "proc.nchilds",
    "proc.nthreads",
    "proc.pgid",
    "proc.pid",
    "proc.ppid",
    "proc.ppid.duration",
    "proc.pvpid",
    "proc.sid",
    "proc.tty",
    "proc.vmrss",
    "proc.vmsize",
    "proc.vmswap",
    "proc.vpgid",
    "proc.vpid",
    "thread.cpu",
    "thread.cpu.system",
    "thread.cpu.user",
    "thread.exectime",
    "thread.pfmajor",
    "thread.pfminor",
    "thread.tid",
    "thread.totexectime",
    "thread.vmrss",
    "thread.vmsize",
    "thread.vtid",
    "user.loginuid",
    "user.uid",
];

/// Absolute times (`PT_ABSTIME`).
const TIME_FIELDS: &[&str] = &[
    "container.start_ts",
    "evt.datetime",
    "evt.datetime.s",
    "evt.rawtime",
    "evt.time",
    "evt.time.iso8601",
    "evt.time.s",
    "proc.exe_ino.ctime",
    "proc.exe_ino.mtime",
    "proc.pid.ts",
    "proc.pidns_init_start_ts",
    "proc.ppid.ts",
];

/// Booleans (`PT_BOOL`).
const BOOL_FIELDS: &[&str] = &[
    "container.host_ipc",
    "container.host_network",
    "container.host_pid",
    "container.privileged",
    "evt.failed",
    "evt.is_async",
    "evt.is_io",
    "evt.is_io_read",
    "evt.is_io_write",
    "evt.is_open_create",
    "evt.is_open_exec",
    "evt.is_open_read",
    "evt.is_open_write",
    "evt.is_syslog",
    "evt.is_wait",
    "fd.connected",
    "fd.is_lower_layer",
    "fd.is_server",
    "fd.is_upper_layer",
    "fd.name_changed",
    "proc.is_container_healthcheck",
    "proc.is_container_liveness_probe",
    "proc.is_container_readiness_probe",
    "proc.is_exe_from_memfd",
    "proc.is_exe_lower_layer",
    "proc.is_exe_upper_layer",
    "proc.is_exe_writable",
    "proc.is_pgid_leader",
    "proc.is_sid_leader",
    "proc.is_vpgid_leader",
    "thread.ismain",
];

/// Addresses (`PT_IPADDR`).
const IP_FIELDS: &[&str] = &["fd.cip", "fd.ip", "fd.lip", "fd.rip", "fd.sip"];

/// Addresses compared against networks (`PT_IPNET`).
const NET_FIELDS: &[&str] = &["fd.cnet", "fd.lnet", "fd.net", "fd.rnet", "fd.snet"];

/// The type of field `name` (without its `[arg]`).
pub fn field_type(name: &str) -> FieldType {
    if name.starts_with("evt.rawarg") {
        return FieldType::Dynamic;
    }
    let has = |set: &[&str]| set.binary_search(&name).is_ok();
    if has(NUM_FIELDS) {
        FieldType::Num
    } else if has(TIME_FIELDS) {
        FieldType::AbsTime
    } else if has(BOOL_FIELDS) {
        FieldType::Bool
    } else if has(IP_FIELDS) {
        FieldType::Ip
    } else if has(NET_FIELDS) {
        FieldType::IpNet
    } else {
        FieldType::Str
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [NUM_FIELDS, TIME_FIELDS, BOOL_FIELDS, IP_FIELDS, NET_FIELDS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
        }
    }

    #[test]
    fn types_of_common_fields() {
        assert_eq!(field_type("proc.pid"), FieldType::Num);
        assert_eq!(field_type("user.loginuid"), FieldType::Num);
        assert_eq!(field_type("evt.time"), FieldType::AbsTime);
        assert_eq!(field_type("fd.is_server"), FieldType::Bool);
        assert_eq!(field_type("fd.sip"), FieldType::Ip);
        assert_eq!(field_type("fd.snet"), FieldType::IpNet);
        assert_eq!(field_type("evt.rawarg.flags"), FieldType::Dynamic);
        assert_eq!(field_type("proc.name"), FieldType::Str);
    }
}
