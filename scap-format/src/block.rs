//! Block types of the capture container (pcapng-style: type, total length, body, length).

/// Section header block.
pub const SHB: u32 = 0x0A0D_0D0A;
/// Section header magic (little-endian byte order).
pub const SHB_MAGIC: u32 = 0x1A2B_3C4D;
/// Machine info.
pub const MI: u32 = 0x201;
/// Machine info, pre-release number.
pub const MI_INT: u32 = 0x8002_ABCD;
/// Process list, version 1.
pub const PL_V1: u32 = 0x202;
/// Process list, version 1, pre-release number.
pub const PL_V1_INT: u32 = 0x8000_ABCD;
/// Process list, version 2.
pub const PL_V2: u32 = 0x207;
/// Process list, version 2, pre-release number.
pub const PL_V2_INT: u32 = 0x8013_ABCD;
/// Process list, version 3.
pub const PL_V3: u32 = 0x209;
/// Process list, version 3, pre-release number.
pub const PL_V3_INT: u32 = 0x8014_ABCD;
/// Process list, version 4.
pub const PL_V4: u32 = 0x210;
/// Process list, version 5.
pub const PL_V5: u32 = 0x211;
/// Process list, version 6.
pub const PL_V6: u32 = 0x212;
/// Process list, version 7.
pub const PL_V7: u32 = 0x213;
/// Process list, version 8.
pub const PL_V8: u32 = 0x214;
/// Process list, version 9 (written).
pub const PL_V9: u32 = 0x215;
/// Fd list, version 1.
pub const FDL: u32 = 0x203;
/// Fd list, pre-release number.
pub const FDL_INT: u32 = 0x8001_ABCD;
/// Fd list, version 2 (written).
pub const FDL_V2: u32 = 0x218;
/// Event, version 1 (header without nparams).
pub const EV: u32 = 0x204;
/// Event, version 1, pre-release number.
pub const EV_INT: u32 = 0x8010_ABCD;
/// Event, version 2.
pub const EV_V2: u32 = 0x216;
/// Event, version 2, large payload.
pub const EV_V2_LARGE: u32 = 0x221;
/// Interface list, version 1.
pub const IL: u32 = 0x205;
/// Interface list, pre-release number.
pub const IL_INT: u32 = 0x8011_ABCD;
/// Interface list, version 2 (written).
pub const IL_V2: u32 = 0x219;
/// User list, version 1.
pub const UL: u32 = 0x206;
/// User list, pre-release number.
pub const UL_INT: u32 = 0x8012_ABCD;
/// User list, version 2 (written).
pub const UL_V2: u32 = 0x220;
/// Event with flags, version 1.
pub const EVF: u32 = 0x208;
/// Event with flags, version 2.
pub const EVF_V2: u32 = 0x217;
/// Event with flags, version 2, large payload.
pub const EVF_V2_LARGE: u32 = 0x222;

/// Size of the block header (type + total length).
pub const BLOCK_HEADER_LEN: usize = 8;
/// Size of the trailing total length.
pub const BLOCK_TRAILER_LEN: usize = 4;
/// Largest non-large event block the reference reader accepts (its read buffer).
pub const MAX_SMALL_EVENT_BLOCK: usize = 65536;
/// Largest block this reader accepts at all: bounds memory on hostile lengths.
pub const MAX_BLOCK_LEN: usize = 256 << 20;

/// Capture flag: event only meant to rebuild state, not to be shown.
pub const DF_STATE_ONLY: u32 = 1;
/// Capture flag: event needs a large block (stripped before writing).
pub const DF_LARGE: u32 = 4;

/// What kind of block a type number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Section header.
    SectionHeader,
    /// Machine info.
    MachineInfo,
    /// Process list, with its version (1-9).
    ProcessList(u8),
    /// Fd list, with its version (1-2).
    FdList(u8),
    /// Event block: version (1-2), with flags, large.
    Event {
        /// Block version (1 or 2).
        version: u8,
        /// Carries 32 bits of flags after the cpu id.
        flags: bool,
        /// Large-payload variant.
        large: bool,
    },
    /// Interface list, with its version.
    InterfaceList(u8),
    /// User list, with its version.
    UserList(u8),
    /// Unknown type.
    Unknown(u32),
}

impl BlockKind {
    /// Classifies a block type number.
    pub fn of(ty: u32) -> Self {
        use BlockKind::*;
        match ty {
            SHB => SectionHeader,
            MI | MI_INT => MachineInfo,
            PL_V1 | PL_V1_INT => ProcessList(1),
            PL_V2 | PL_V2_INT => ProcessList(2),
            PL_V3 | PL_V3_INT => ProcessList(3),
            PL_V4 => ProcessList(4),
            PL_V5 => ProcessList(5),
            PL_V6 => ProcessList(6),
            PL_V7 => ProcessList(7),
            PL_V8 => ProcessList(8),
            PL_V9 => ProcessList(9),
            FDL | FDL_INT => FdList(1),
            FDL_V2 => FdList(2),
            EV | EV_INT => Event {
                version: 1,
                flags: false,
                large: false,
            },
            EV_V2 => Event {
                version: 2,
                flags: false,
                large: false,
            },
            EV_V2_LARGE => Event {
                version: 2,
                flags: false,
                large: true,
            },
            EVF => Event {
                version: 1,
                flags: true,
                large: false,
            },
            EVF_V2 => Event {
                version: 2,
                flags: true,
                large: false,
            },
            EVF_V2_LARGE => Event {
                version: 2,
                flags: true,
                large: true,
            },
            IL | IL_INT => InterfaceList(1),
            IL_V2 => InterfaceList(2),
            UL | UL_INT => UserList(1),
            UL_V2 => UserList(2),
            other => Unknown(other),
        }
    }

    /// Whether this is an event block.
    pub fn is_event(self) -> bool {
        matches!(self, BlockKind::Event { .. })
    }
}

impl core::fmt::Display for BlockKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use BlockKind::*;
        match *self {
            SectionHeader => write!(f, "section header"),
            MachineInfo => write!(f, "machine info"),
            ProcessList(v) => write!(f, "process list v{v}"),
            FdList(v) => write!(f, "fd list v{v}"),
            Event {
                version,
                flags,
                large,
            } => write!(
                f,
                "event{} v{version}{}",
                if flags { " with flags" } else { "" },
                if large { " large" } else { "" }
            ),
            InterfaceList(v) => write!(f, "interface list v{v}"),
            UserList(v) => write!(f, "user list v{v}"),
            Unknown(t) => write!(f, "unknown block 0x{t:x}"),
        }
    }
}
