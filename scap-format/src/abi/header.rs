//! The on-wire event header, shared by ring buffers and capture files.
//!
//! An event is a packed little-endian header, then one length per parameter (u16, or u32 for
//! large-payload events), then the parameter values back to back.

/// Size of the current event header (`ppm_evt_hdr`): ts u64, tid u64, len u32, type u16, nparams u32.
pub const EVENT_HEADER_LEN: usize = 26;
/// Size of the header of version-1 capture event blocks, which lack `nparams`.
pub const EVENT_HEADER_V1_LEN: usize = 22;
/// Largest number of parameters an event can have (`PPM_MAX_EVENT_PARAMS`).
pub const MAX_EVENT_PARAMS: usize = 32;
/// Largest size of one parameter the driver writes (`PPM_MAX_ARG_SIZE`).
pub const MAX_ARG_SIZE: usize = 65000;

/// Offsets of the header fields.
pub mod offset {
    /// Timestamp, ns since the epoch.
    pub const TS: usize = 0;
    /// Thread id.
    pub const TID: usize = 8;
    /// Total event length including the header.
    pub const LEN: usize = 16;
    /// Event type code.
    pub const TYPE: usize = 20;
    /// Number of parameters.
    pub const NPARAMS: usize = 22;
}

/// The decoded fields of an event header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventHeader {
    /// Timestamp in nanoseconds since the epoch.
    pub ts: u64,
    /// Thread id (host namespace).
    pub tid: u64,
    /// Total event length including the header.
    pub len: u32,
    /// Event type code.
    pub ty: u16,
    /// Number of parameters.
    pub nparams: u32,
}

impl EventHeader {
    /// Decodes a current (26-byte) header from the start of `b`.
    pub fn read(b: &[u8]) -> Option<Self> {
        if b.len() < EVENT_HEADER_LEN {
            return None;
        }
        Some(Self {
            ts: read_u64(b, offset::TS)?,
            tid: read_u64(b, offset::TID)?,
            len: read_u32(b, offset::LEN)?,
            ty: read_u16(b, offset::TYPE)?,
            nparams: read_u32(b, offset::NPARAMS)?,
        })
    }

    /// Encodes this header into the first 26 bytes of `out`.
    pub fn write(&self, out: &mut [u8; EVENT_HEADER_LEN]) {
        out[0..8].copy_from_slice(&self.ts.to_le_bytes());
        out[8..16].copy_from_slice(&self.tid.to_le_bytes());
        out[16..20].copy_from_slice(&self.len.to_le_bytes());
        out[20..22].copy_from_slice(&self.ty.to_le_bytes());
        out[22..26].copy_from_slice(&self.nparams.to_le_bytes());
    }
}

/// Reads a little-endian u16 at `off`.
#[inline]
pub fn read_u16(b: &[u8], off: usize) -> Option<u16> {
    let s = b.get(off..off.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

/// Reads a little-endian u32 at `off`.
#[inline]
pub fn read_u32(b: &[u8], off: usize) -> Option<u32> {
    let s = b.get(off..off.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Reads a little-endian u64 at `off`.
#[inline]
pub fn read_u64(b: &[u8], off: usize) -> Option<u64> {
    let s = b.get(off..off.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}
