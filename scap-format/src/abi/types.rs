//! Descriptions of events and their parameters: the vocabulary of the event table.
//!
//! These mirror the driver's schema facts (parameter types, print formats, event categories and
//! flags) with the same numeric values, so a table written with them describes the bytes that
//! Falco-compatible drivers and capture files carry.

/// Type of one event parameter (`PT_*`), with the numeric values of the driver schema.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamType {
    /// No type: an unused slot.
    None = 0,
    /// Signed 8-bit integer.
    Int8 = 1,
    /// Signed 16-bit integer.
    Int16 = 2,
    /// Signed 32-bit integer.
    Int32 = 3,
    /// Signed 64-bit integer.
    Int64 = 4,
    /// Unsigned 8-bit integer.
    Uint8 = 5,
    /// Unsigned 16-bit integer.
    Uint16 = 6,
    /// Unsigned 32-bit integer.
    Uint32 = 7,
    /// Unsigned 64-bit integer.
    Uint64 = 8,
    /// A NUL-terminated printable string.
    CharBuf = 9,
    /// Raw bytes, not meant for printing as is.
    ByteBuf = 10,
    /// A signed 64-bit return value read as an errno when negative.
    Errno = 11,
    /// A socket address: one family byte then family-specific data.
    SockAddr = 12,
    /// A socket tuple: one family byte then source and destination.
    SockTuple = 13,
    /// A file descriptor, 64-bit.
    Fd = 14,
    /// A process or thread id, 64-bit.
    Pid = 15,
    /// A list of fds: u16 count, then (u64 fd, u16 flags) pairs.
    FdList = 16,
    /// A NUL-terminated file system path.
    FsPath = 17,
    /// A 16-bit system call code (`ppm_sc`).
    SyscallId = 18,
    /// An 8-bit signal number.
    SigType = 19,
    /// A relative time in nanoseconds, 64-bit.
    RelTime = 20,
    /// An absolute time in nanoseconds since the epoch, 64-bit.
    AbsTime = 21,
    /// A TCP/UDP port, 16-bit.
    Port = 22,
    /// An IP protocol number, 8-bit.
    L4Proto = 23,
    /// A socket family, 8-bit.
    SockFamily = 24,
    /// A boolean stored in 4 bytes.
    Bool = 25,
    /// A raw IPv4 address, 4 bytes.
    Ipv4Addr = 26,
    /// A parameter whose type is chosen by its first byte (an index into a table).
    Dyn = 27,
    /// 8-bit flags.
    Flags8 = 28,
    /// 16-bit flags.
    Flags16 = 29,
    /// 32-bit flags.
    Flags32 = 30,
    /// A user id, 32-bit; `u32::MAX` means no value.
    Uid = 31,
    /// A group id, 32-bit; `u32::MAX` means no value.
    Gid = 32,
    /// A double precision float.
    Double = 33,
    /// The low 32 bits of a signal set.
    SigSet = 34,
    /// An array of strings (NUL-separated on the wire).
    CharBufArray = 35,
    /// An array of string pairs.
    CharBufPairArray = 36,
    /// An IPv4 network.
    Ipv4Net = 37,
    /// A raw IPv6 address, 16 bytes.
    Ipv6Addr = 38,
    /// An IPv6 network.
    Ipv6Net = 39,
    /// An IPv4 or IPv6 address, told apart by length.
    IpAddr = 40,
    /// An IPv4 or IPv6 network, told apart by length.
    IpNet = 41,
    /// A 32-bit file mode.
    Mode = 42,
    /// A path relative to the directory fd in another parameter.
    FsRelPath = 43,
    /// An 8-bit enumeration printed by name.
    EnumFlags8 = 44,
    /// A 16-bit enumeration printed by name.
    EnumFlags16 = 45,
    /// A 32-bit enumeration printed by name.
    EnumFlags32 = 46,
    /// A file descriptor, 32-bit.
    Fd32 = 47,
    /// A process or thread id, 32-bit.
    Pid32 = 48,
}

/// Number of parameter types (`PT_MAX`).
pub const PARAM_TYPE_MAX: u8 = 49;

impl ParamType {
    /// The type for a numeric `PT_*` value, if it is one.
    pub const fn from_u8(v: u8) -> Option<Self> {
        use ParamType::*;
        const ALL: [ParamType; PARAM_TYPE_MAX as usize] = [
            None,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            CharBuf,
            ByteBuf,
            Errno,
            SockAddr,
            SockTuple,
            Fd,
            Pid,
            FdList,
            FsPath,
            SyscallId,
            SigType,
            RelTime,
            AbsTime,
            Port,
            L4Proto,
            SockFamily,
            Bool,
            Ipv4Addr,
            Dyn,
            Flags8,
            Flags16,
            Flags32,
            Uid,
            Gid,
            Double,
            SigSet,
            CharBufArray,
            CharBufPairArray,
            Ipv4Net,
            Ipv6Addr,
            Ipv6Net,
            IpAddr,
            IpNet,
            Mode,
            FsRelPath,
            EnumFlags8,
            EnumFlags16,
            EnumFlags32,
            Fd32,
            Pid32,
        ];
        if (v as usize) < ALL.len() {
            Some(ALL[v as usize])
        } else {
            Option::None
        }
    }

    /// Size in bytes of a fixed-size value of this type, or `None` for variable-size types.
    pub const fn fixed_size(self) -> Option<usize> {
        use ParamType::*;
        match self {
            Int8 | Uint8 | Flags8 | EnumFlags8 | SigType | L4Proto | SockFamily => Some(1),
            Int16 | Uint16 | Flags16 | EnumFlags16 | Port | SyscallId => Some(2),
            Int32 | Uint32 | Flags32 | EnumFlags32 | Uid | Gid | Bool | Ipv4Addr | SigSet
            | Mode | Fd32 | Pid32 => Some(4),
            Int64 | Uint64 | Errno | Fd | Pid | RelTime | AbsTime | Double => Some(8),
            Ipv6Addr => Some(16),
            _ => Option::None,
        }
    }
}

/// How a numeric parameter is rendered (`PF_*`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintFormat {
    /// Not applicable.
    Na = 0,
    /// Decimal.
    Dec = 1,
    /// Hexadecimal.
    Hex = 2,
    /// Decimal padded to 10 digits.
    PaddedDec = 3,
    /// An identifier (printed in decimal).
    Id = 4,
    /// A direction.
    Dir = 5,
    /// Octal.
    Oct = 6,
}

/// A named value of a flags or enumeration parameter (`ppm_name_value`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameValue {
    /// Symbolic name, e.g. `O_RDONLY`.
    pub name: &'static str,
    /// Numeric value in the driver's (architecture-independent) encoding.
    pub value: u32,
}

/// What else a parameter's description refers to (`ppm_param_info.info`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamExtra {
    /// Nothing.
    None,
    /// The names of a flags or enumeration parameter.
    Names(&'static [NameValue]),
    /// For `FsRelPath`: index of the parameter holding the directory fd.
    DirFd(u8),
    /// For `Dyn`: the candidate descriptions, chosen by the parameter's first byte.
    Dynamic(&'static [ParamInfo]),
}

/// Description of one event parameter (`ppm_param_info`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamInfo {
    /// Parameter name, e.g. `fd`.
    pub name: &'static str,
    /// Its type.
    pub ty: ParamType,
    /// Its print format.
    pub fmt: PrintFormat,
    /// Flag names, dirfd reference or dynamic table.
    pub extra: ParamExtra,
}

impl ParamInfo {
    /// A parameter with no extra information.
    pub const fn new(name: &'static str, ty: ParamType, fmt: PrintFormat) -> Self {
        Self {
            name,
            ty,
            fmt,
            extra: ParamExtra::None,
        }
    }

    /// A parameter with extra information.
    pub const fn with(
        name: &'static str,
        ty: ParamType,
        fmt: PrintFormat,
        extra: ParamExtra,
    ) -> Self {
        Self {
            name,
            ty,
            fmt,
            extra,
        }
    }
}

/// Description of one event type (`ppm_event_info`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventInfo {
    /// Event name (the syscall name for syscall events), `NA` for unused codes.
    pub name: &'static str,
    /// Category bits (`EC_*`).
    pub category: u32,
    /// Flag bits (`EF_*`).
    pub flags: u32,
    /// Parameters, in wire order.
    pub params: &'static [ParamInfo],
}

impl EventInfo {
    /// Whether the event carries 32-bit parameter lengths.
    pub const fn is_large(&self) -> bool {
        self.flags & EF_LARGE_PAYLOAD != 0
    }
    /// Whether the code is an unused slot.
    pub const fn is_unused(&self) -> bool {
        self.flags & EF_UNUSED != 0
    }
    /// Whether this is an old event version kept for reading captures.
    pub const fn is_old_version(&self) -> bool {
        self.flags & EF_OLD_VERSION != 0
    }
    /// Whether the capture converter knows how to upgrade this event.
    pub const fn is_converter_managed(&self) -> bool {
        self.flags & EF_CONVERTER_MANAGED != 0
    }
}

// Event categories (`ppm_event_category`).
/// Unknown category (unused slots).
pub const EC_UNKNOWN: u32 = 0;
/// No specific category.
pub const EC_OTHER: u32 = 1;
/// File operations.
pub const EC_FILE: u32 = 2;
/// Network operations.
pub const EC_NET: u32 = 3;
/// IPC operations.
pub const EC_IPC: u32 = 4;
/// Memory operations.
pub const EC_MEMORY: u32 = 5;
/// Process operations.
pub const EC_PROCESS: u32 = 6;
/// Sleeping.
pub const EC_SLEEP: u32 = 7;
/// System operations.
pub const EC_SYSTEM: u32 = 8;
/// Signals.
pub const EC_SIGNAL: u32 = 9;
/// User operations.
pub const EC_USER: u32 = 10;
/// Time operations.
pub const EC_TIME: u32 = 11;
/// User-level processing.
pub const EC_PROCESSING: u32 = 12;
/// Base of the I/O categories.
pub const EC_IO_BASE: u32 = 32;
/// I/O read.
pub const EC_IO_READ: u32 = 32;
/// I/O write.
pub const EC_IO_WRITE: u32 = 33;
/// Other I/O.
pub const EC_IO_OTHER: u32 = 34;
/// Waiting.
pub const EC_WAIT: u32 = 1 << 6;
/// Scheduler.
pub const EC_SCHEDULER: u32 = 1 << 7;
/// Generated by the libraries, not by a driver.
pub const EC_INTERNAL: u32 = 1 << 8;
/// Generated by a syscall.
pub const EC_SYSCALL: u32 = 1 << 9;
/// Generated by a tracepoint.
pub const EC_TRACEPOINT: u32 = 1 << 10;
/// Generated by a plugin.
pub const EC_PLUGIN: u32 = 1 << 11;
/// A meta event.
pub const EC_METAEVENT: u32 = 1 << 12;
/// Generated by a kernel iterator.
pub const EC_ITER: u32 = 1 << 13;

// Event flags (`ppm_event_flags`).
/// Creates an fd.
pub const EF_CREATES_FD: u32 = 1 << 0;
/// Destroys an fd.
pub const EF_DESTROYS_FD: u32 = 1 << 1;
/// Operates on an fd.
pub const EF_USES_FD: u32 = 1 << 2;
/// Reads from an fd.
pub const EF_READS_FROM_FD: u32 = 1 << 3;
/// Writes to an fd.
pub const EF_WRITES_TO_FD: u32 = 1 << 4;
/// Changes the machine state: never dropped by filters.
pub const EF_MODIFIES_STATE: u32 = 1 << 5;
/// Unused code.
pub const EF_UNUSED: u32 = 1 << 6;
/// Waits.
pub const EF_WAITS: u32 = 1 << 7;
/// Does not reset the parser's last-event tracker.
pub const EF_SKIPPARSERESET: u32 = 1 << 8;
/// Old version kept for backward compatibility.
pub const EF_OLD_VERSION: u32 = 1 << 9;
/// Parameter lengths are 32-bit.
pub const EF_LARGE_PAYLOAD: u32 = 1 << 11;
/// Managed by the capture converter.
pub const EF_CONVERTER_MANAGED: u32 = 1 << 12;
