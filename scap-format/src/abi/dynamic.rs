// Generated from the falcosecurity/libs driver tables (schema 4.5.1); regenerate rather than edit.
//! Candidate descriptions of dynamic (`Dyn`) parameters: the first byte of the value is an
//! index into one of these tables, telling the type of the rest.

use super::types::*;

/// Index constants for [`SOCKOPT_DYNAMIC_PARAM`].
pub mod sockopt_idx {
    /// `PPM_SOCKOPT_IDX_UNKNOWN`.
    pub const UNKNOWN: u8 = 0;
    /// `PPM_SOCKOPT_IDX_ERRNO`.
    pub const ERRNO: u8 = 1;
    /// `PPM_SOCKOPT_IDX_UINT32`.
    pub const UINT32: u8 = 2;
    /// `PPM_SOCKOPT_IDX_UINT64`.
    pub const UINT64: u8 = 3;
    /// `PPM_SOCKOPT_IDX_TIMEVAL`.
    pub const TIMEVAL: u8 = 4;
    /// Number of entries (`PPM_SOCKOPT_IDX_MAX`).
    pub const MAX: u8 = 5;
}

/// Table `sockopt_dynamic_param`, used by `setsockopt`, `getsockopt`.
pub static SOCKOPT_DYNAMIC_PARAM: &[ParamInfo] = &[
    ParamInfo::new("", ParamType::ByteBuf, PrintFormat::Hex),
    ParamInfo::new("", ParamType::Errno, PrintFormat::Dec),
    ParamInfo::new("", ParamType::Uint32, PrintFormat::Dec),
    ParamInfo::new("", ParamType::Uint64, PrintFormat::Dec),
    ParamInfo::new("", ParamType::RelTime, PrintFormat::Dec),
];

/// Index constants for [`PTRACE_DYNAMIC_PARAM`].
pub mod ptrace_idx {
    /// `PPM_PTRACE_IDX_UINT64`.
    pub const UINT64: u8 = 0;
    /// `PPM_PTRACE_IDX_SIGTYPE`.
    pub const SIGTYPE: u8 = 1;
    /// Number of entries (`PPM_PTRACE_IDX_MAX`).
    pub const MAX: u8 = 2;
}

/// Table `ptrace_dynamic_param`, used by `ptrace`.
pub static PTRACE_DYNAMIC_PARAM: &[ParamInfo] = &[
    ParamInfo::new("", ParamType::Uint64, PrintFormat::Hex),
    ParamInfo::new("", ParamType::SigType, PrintFormat::Dec),
];

/// Index constants for [`BPF_DYNAMIC_PARAM`].
pub mod bpf_idx {
    /// `PPM_BPF_IDX_FD`.
    pub const FD: u8 = 0;
    /// `PPM_BPF_IDX_RES`.
    pub const RES: u8 = 1;
    /// Number of entries (`PPM_BPF_IDX_MAX`).
    pub const MAX: u8 = 2;
}

/// Table `bpf_dynamic_param`, used by `bpf`.
pub static BPF_DYNAMIC_PARAM: &[ParamInfo] = &[
    ParamInfo::new("", ParamType::Fd, PrintFormat::Dec),
    ParamInfo::new("", ParamType::Errno, PrintFormat::Dec),
];

/// Index constants for [`KEYCTL_DYNAMIC_PARAM`].
pub mod keyctl_idx {
    /// `PPM_KEYCTL_IDX_INT64`.
    pub const INT64: u8 = 0;
    /// `PPM_KEYCTL_IDX_CHARBUF`.
    pub const CHARBUF: u8 = 1;
    /// Number of entries (`PPM_KEYCTL_IDX_MAX`).
    pub const MAX: u8 = 2;
}

/// Table `keyctl_dynamic_param`, used by `keyctl`.
pub static KEYCTL_DYNAMIC_PARAM: &[ParamInfo] = &[
    ParamInfo::new("", ParamType::Int64, PrintFormat::Dec),
    ParamInfo::new("", ParamType::CharBuf, PrintFormat::Na),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        assert_eq!(SOCKOPT_DYNAMIC_PARAM.len(), sockopt_idx::MAX as usize);
        assert_eq!(PTRACE_DYNAMIC_PARAM.len(), ptrace_idx::MAX as usize);
        assert_eq!(BPF_DYNAMIC_PARAM.len(), bpf_idx::MAX as usize);
        assert_eq!(KEYCTL_DYNAMIC_PARAM.len(), keyctl_idx::MAX as usize);
        for t in [
            SOCKOPT_DYNAMIC_PARAM,
            PTRACE_DYNAMIC_PARAM,
            BPF_DYNAMIC_PARAM,
            KEYCTL_DYNAMIC_PARAM,
        ] {
            for p in t {
                assert_ne!(p.ty, ParamType::None);
                assert_ne!(p.ty, ParamType::Dyn);
                assert_eq!(p.extra, ParamExtra::None);
            }
        }
    }
}
