//! A zero-copy view of one event: header fields and parameters borrowed from the read buffer.

use crate::abi::events::{EVENT_MAX, EVENT_TABLE};
use crate::abi::header::{self, EVENT_HEADER_LEN, EventHeader, MAX_EVENT_PARAMS};
use crate::abi::types::{EventInfo, ParamInfo};
use crate::error::EventError;
use crate::param::ParamValue;

/// A validated event borrowing its bytes.
///
/// Three machine words with no padding: the header fields are read from the bytes when asked
/// (they are in cache then), and the capture origin is packed in one word. Events are handed
/// out by value on every read, and a wider struct with small fields and padding cost a
/// store-forwarding stall per event when the compiler copied it.
///
/// # Invariants
/// `bytes.len() == header.len >= EVENT_HEADER_LEN`, `nparams <= MAX_EVENT_PARAMS`, the length
/// array fits in `bytes`, and the parameters it describes, laid end to end after it, lie
/// within `bytes`.
#[derive(Clone, Copy, Debug)]
pub struct EventRef<'a> {
    bytes: &'a [u8],
    /// Bits 0-15: the CPU; bit 16: parameter lengths are 32-bit; bits 32-63: the capture
    /// flags (`SCAP_DF_*`).
    origin: u64,
}

const LARGE_BIT: u64 = 1 << 16;

impl<'a> EventRef<'a> {
    /// Validates the event at the start of `buf` (current layout) and returns a view of it.
    ///
    /// `buf` may be longer than the event; the view covers `len` bytes.
    #[inline]
    pub fn parse(buf: &'a [u8]) -> Result<Self, EventError> {
        let (header, large) = Self::validate(buf)?;
        Ok(Self::from_validated(buf, header, large))
    }

    /// Checks the event at the start of `buf` as [`EventRef::parse`] does and returns its
    /// header and whether its parameter lengths are 32-bit, borrowing nothing (so a reader
    /// can decide before it commits to the event).
    #[inline(always)]
    pub(crate) fn validate(buf: &[u8]) -> Result<(EventHeader, bool), EventError> {
        let header = EventHeader::read(buf).ok_or(EventError::ShortHeader { avail: buf.len() })?;
        let len = header.len as usize;
        if len < EVENT_HEADER_LEN {
            return Err(EventError::LenTooSmall { len: header.len });
        }
        if len > buf.len() {
            return Err(EventError::LenPastEnd {
                len: header.len,
                avail: buf.len(),
            });
        }
        let nparams = header.nparams as usize;
        if nparams > MAX_EVENT_PARAMS {
            return Err(EventError::TooManyParams {
                nparams: header.nparams,
            });
        }
        let large = large_payload(header.ty);
        let lsize = if large { 4 } else { 2 };
        let bytes = &buf[..len];
        let off = EVENT_HEADER_LEN + nparams * lsize;
        if off > len {
            return Err(EventError::LengthsPastEnd {
                nparams: header.nparams,
                len: header.len,
            });
        }
        // The lengths are summed in one pass over the length array (at most 32 lengths of at
        // most 2^32 - 1: the sum cannot overflow a u64); the parameter that ends past the
        // event is looked for only when the sum says one does.
        let lens = &bytes[EVENT_HEADER_LEN..off];
        let total: u64 = if large {
            sum_lens32(lens)
        } else {
            sum_lens16(lens)
        };
        if total > (len - off) as u64 {
            return Err(Self::param_past_end(bytes, &header, large, off));
        }
        Ok((header, large))
    }

    /// The first parameter of an event whose lengths add up past its end, as an error (`off`:
    /// where the parameters start).
    #[cold]
    fn param_past_end(
        bytes: &[u8],
        header: &EventHeader,
        large: bool,
        mut off: usize,
    ) -> EventError {
        let len = header.len as usize;
        for i in 0..header.nparams as usize {
            let pl = len_at(bytes, large, i);
            if pl > len - off {
                return EventError::ParamPastEnd {
                    index: i as u32,
                    param_len: pl as u32,
                    len: header.len,
                };
            }
            off += pl;
        }
        // Unreachable when called as `validate` does: the lengths' sum exceeded the room.
        EventError::LengthsPastEnd {
            nparams: header.nparams,
            len: header.len,
        }
    }

    /// The view of an event [`EventRef::validate`] accepted with this header.
    #[inline(always)]
    pub(crate) fn from_validated(buf: &'a [u8], header: EventHeader, large: bool) -> Self {
        // INVARIANT: `validate` checked that `len` bytes fit in `buf` and that every
        // parameter lies within them.
        Self {
            bytes: buf.get(..header.len as usize).unwrap_or(buf),
            origin: if large { LARGE_BIT } else { 0 },
        }
    }

    /// An event that `validate` checked, copied elsewhere whole, with the origin word it
    /// had (`EventRef::origin`).
    #[inline]
    pub(crate) fn from_copy(buf: &'a [u8], origin: u64) -> Self {
        // INVARIANT: `buf` holds exactly the bytes of a validated event, so its parameters
        // lie within them as before.
        Self { bytes: buf, origin }
    }

    /// The packed CPU, capture flags and length width, for [`EventRef::from_copy`].
    #[inline]
    pub(crate) fn origin(&self) -> u64 {
        self.origin
    }

    /// Sets the CPU the event was captured on and its capture flags (`SCAP_DF_*`).
    #[inline]
    pub fn with_origin(mut self, cpu: u16, dump_flags: u32) -> Self {
        self.origin = (self.origin & LARGE_BIT) | u64::from(cpu) | (u64::from(dump_flags) << 32);
        self
    }

    /// The event's raw bytes (header, lengths and values).
    #[inline]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The 26 header bytes (validated present).
    #[inline(always)]
    fn head(&self) -> &'a [u8; EVENT_HEADER_LEN] {
        self.bytes.first_chunk().unwrap_or(&[0; EVENT_HEADER_LEN])
    }

    /// The decoded header.
    pub fn header(&self) -> EventHeader {
        EventHeader::read(self.head()).unwrap_or(EventHeader {
            ts: 0,
            tid: 0,
            len: 0,
            ty: 0,
            nparams: 0,
        })
    }

    /// Timestamp in nanoseconds since the epoch.
    #[inline]
    pub fn ts(&self) -> u64 {
        let h = self.head();
        u64::from_le_bytes([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]])
    }

    /// Thread id.
    #[inline]
    pub fn tid(&self) -> u64 {
        let h = self.head();
        u64::from_le_bytes([h[8], h[9], h[10], h[11], h[12], h[13], h[14], h[15]])
    }

    /// Event type code.
    #[inline]
    pub fn ty(&self) -> u16 {
        let h = self.head();
        u16::from_le_bytes([h[20], h[21]])
    }

    /// Number of parameters.
    #[inline]
    pub fn nparams(&self) -> usize {
        let h = self.head();
        u32::from_le_bytes([h[22], h[23], h[24], h[25]]) as usize
    }

    /// Whether parameter lengths are 32-bit.
    #[inline]
    fn large(&self) -> bool {
        self.origin & LARGE_BIT != 0
    }

    /// CPU the event was captured on.
    #[inline]
    pub fn cpu(&self) -> u16 {
        self.origin as u16
    }

    /// Capture flags (`SCAP_DF_*`) of the block that carried it.
    #[inline]
    pub fn dump_flags(&self) -> u32 {
        (self.origin >> 32) as u32
    }

    /// The schema entry of this event type, if the type is known.
    pub fn info(&self) -> Option<&'static EventInfo> {
        EVENT_TABLE.get(self.ty() as usize)
    }

    /// Event name (syscall name for syscall events), or `"unknown"`.
    pub fn name(&self) -> &'static str {
        self.info().map_or("unknown", |i| i.name)
    }

    /// Whether this is an enter event (even code).
    pub fn is_enter(&self) -> bool {
        self.ty() % 2 == 0
    }

    /// Raw bytes of parameter `i`, or `None` when the event has fewer parameters.
    #[inline]
    pub fn param(&self, i: usize) -> Option<&'a [u8]> {
        let n = self.nparams();
        if i >= n {
            return None;
        }
        let b = self.bytes;
        // One bounds check for the length array, then the lengths before `i` summed.
        let (start, len) = if self.large() {
            let lens = b.get(EVENT_HEADER_LEN..EVENT_HEADER_LEN + 4 * n)?;
            let (before, at) = lens.split_at_checked(4 * i)?;
            let skip = sum_lens32(before) as usize;
            let at = at.first_chunk::<4>()?;
            (
                EVENT_HEADER_LEN + 4 * n + skip,
                u32::from_le_bytes(*at) as usize,
            )
        } else {
            let lens = b.get(EVENT_HEADER_LEN..EVENT_HEADER_LEN + 2 * n)?;
            let (before, at) = lens.split_at_checked(2 * i)?;
            let skip = sum_lens16(before) as usize;
            let at = at.first_chunk::<2>()?;
            (
                EVENT_HEADER_LEN + 2 * n + skip,
                usize::from(u16::from_le_bytes(*at)),
            )
        };
        b.get(start..start + len)
    }

    /// The schema description of parameter `i`, if known.
    pub fn param_info(&self, i: usize) -> Option<&'static ParamInfo> {
        self.info().and_then(|e| e.params.get(i))
    }

    /// Parameter `i` decoded according to the schema.
    pub fn value(&self, i: usize) -> Result<ParamValue<'a>, EventError> {
        let raw = self
            .param(i)
            .ok_or(EventError::NoSuchParam { index: i as u32 })?;
        let info = self
            .param_info(i)
            .ok_or(EventError::NoSuchParam { index: i as u32 })?;
        ParamValue::decode(info, raw).map_err(|reason| EventError::BadParam {
            index: i as u32,
            name: info.name,
            reason,
        })
    }

    /// Index of the parameter named `name` in the schema, if any.
    pub fn param_index(&self, name: &str) -> Option<usize> {
        self.info()?.params.iter().position(|p| p.name == name)
    }

    /// Iterates over the raw parameters.
    pub fn params(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        (0..self.nparams()).filter_map(move |i| self.param(i))
    }
}

/// Length of parameter `i` from the length array of `ev` (0 if out of range, which the
/// validation in [`EventRef::parse`] rules out).
#[inline(always)]
fn len_at(ev: &[u8], large: bool, i: usize) -> usize {
    if large {
        header::read_u32(ev, EVENT_HEADER_LEN + i * 4).unwrap_or(0) as usize
    } else {
        usize::from(header::read_u16(ev, EVENT_HEADER_LEN + i * 2).unwrap_or(0))
    }
}

/// The sum of little-endian 16-bit lengths (`lens` holds whole ones; at most 32 of them in an
/// event, so the sum fits easily). Four at a time, added within one 64-bit word: this runs for
/// every event and most parameter reads, on arrays of one to a few lengths.
#[inline]
fn sum_lens16(lens: &[u8]) -> u64 {
    const LO: u64 = 0x0000_ffff_0000_ffff;
    let mut words = lens.chunks_exact(8);
    let mut total = 0;
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // Lanes 0+1 and 2+3 into two 32-bit halves (each at most 2 x 65,535), then both.
        let pairs = (w & LO) + ((w >> 16) & LO);
        total += (pairs & 0xffff_ffff) + (pairs >> 32);
    }
    for l in words.remainder().chunks_exact(2) {
        total += u64::from(u16::from_le_bytes([l[0], l[1]]));
    }
    total
}

/// The sum of little-endian 32-bit lengths (`lens` holds whole ones; at most 32).
#[inline]
fn sum_lens32(lens: &[u8]) -> u64 {
    lens.chunks_exact(4)
        .map(|w| u64::from(u32::from_le_bytes([w[0], w[1], w[2], w[3]])))
        .sum()
}

/// Whether events of type `ty` use 32-bit parameter lengths.
#[inline]
pub fn large_payload(ty: u16) -> bool {
    (ty as usize) < EVENT_MAX && EVENT_TABLE[ty as usize].is_large()
}

/// Builds one event in the current layout into a caller-owned buffer (reused across events).
#[derive(Debug)]
pub struct EventBuilder<'b> {
    out: &'b mut Vec<u8>,
    start: usize,
    large: bool,
    nparams: usize,
    max_params: usize,
}

impl<'b> EventBuilder<'b> {
    /// Starts an event of type `ty` with room for `nparams` parameters, appended to `out`.
    pub fn new(out: &'b mut Vec<u8>, ts: u64, tid: u64, ty: u16, nparams: usize) -> Self {
        let large = large_payload(ty);
        let start = out.len();
        let lsize = if large { 4 } else { 2 };
        let mut hdr = [0u8; EVENT_HEADER_LEN];
        EventHeader {
            ts,
            tid,
            len: 0,
            ty,
            nparams: nparams as u32,
        }
        .write(&mut hdr);
        out.extend_from_slice(&hdr);
        out.resize(start + EVENT_HEADER_LEN + nparams * lsize, 0);
        Self {
            out,
            start,
            large,
            nparams: 0,
            max_params: nparams,
        }
    }

    /// Appends the next parameter's bytes.
    ///
    /// # Panics
    /// When more parameters are pushed than announced, or a non-large parameter exceeds 65535
    /// bytes: both are programming errors of the caller, not input errors.
    pub fn push(&mut self, value: &[u8]) -> &mut Self {
        assert!(
            self.nparams < self.max_params,
            "more parameters than announced"
        );
        let lpos = self.start + EVENT_HEADER_LEN + self.nparams * if self.large { 4 } else { 2 };
        if self.large {
            let l = u32::try_from(value.len()).expect("parameter larger than 4 GiB");
            self.out[lpos..lpos + 4].copy_from_slice(&l.to_le_bytes());
        } else {
            let l = u16::try_from(value.len()).expect("parameter larger than 64 KiB");
            self.out[lpos..lpos + 2].copy_from_slice(&l.to_le_bytes());
        }
        self.out.extend_from_slice(value);
        self.nparams += 1;
        self
    }

    /// Finishes the event: fixes `len` and returns the event's byte range in the buffer.
    ///
    /// # Panics
    /// When fewer parameters were pushed than announced.
    pub fn finish(self) -> core::ops::Range<usize> {
        assert_eq!(
            self.nparams, self.max_params,
            "fewer parameters than announced"
        );
        let len = (self.out.len() - self.start) as u32;
        self.out[self.start + 16..self.start + 20].copy_from_slice(&len.to_le_bytes());
        self.start..self.out.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive16(lens: &[u8]) -> u64 {
        lens.chunks_exact(2)
            .map(|w| u64::from(u16::from_le_bytes([w[0], w[1]])))
            .sum()
    }

    #[test]
    fn sums_of_largest_lengths() {
        for n in 0..=MAX_EVENT_PARAMS {
            let lens = vec![0xff; 2 * n];
            assert_eq!(sum_lens16(&lens), 65_535 * n as u64, "{n} lengths");
        }
    }

    proptest! {
        #[test]
        fn the_word_sum_is_the_sum(lens in proptest::collection::vec(any::<u16>(), 0..=MAX_EVENT_PARAMS)) {
            let bytes: Vec<u8> = lens.iter().flat_map(|l| l.to_le_bytes()).collect();
            prop_assert_eq!(sum_lens16(&bytes), naive16(&bytes));
        }
    }
}
