//! Version numbers of the contract.

/// Encodes a driver API or schema version as the driver does (`PPM_API_VERSION`):
/// major in 19 bits at 44, minor in 20 bits at 24, patch in 24 bits at 0.
pub const fn api_version(major: u64, minor: u64, patch: u64) -> u64 {
    ((major & 0x7_ffff) << 44) | ((minor & 0xf_ffff) << 24) | (patch & 0xff_ffff)
}

/// The event schema this table describes (libs driver `SCHEMA_VERSION`).
pub const SCHEMA_VERSION: (u64, u64, u64) = (4, 5, 1);
/// The driver API version the ring and ioctls follow (libs driver `API_VERSION`).
pub const API_VERSION: (u64, u64, u64) = (10, 1, 0);
/// The capture file format version written (major, minor).
pub const FILE_VERSION: (u16, u16) = (1, 2);
