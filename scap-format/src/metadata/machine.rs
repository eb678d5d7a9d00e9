//! Machine info block (`MI`): the packed `scap_machine_info` structure.
//!
//! Layout (little-endian, packed, 180 bytes): `u32 num_cpus; u64 memory_size_bytes; u64 max_pid;
//! char hostname[128]; u64 boot_ts_epoch; u64 flags; u64 reserved3; u64 reserved4`. Older
//! writers called `boot_ts_epoch` and `flags` `reserved1` and `reserved2` (always zero there).
//! libscap copies the structure whole; this parser also accepts a shorter body (fields past its
//! end read as 0) and ignores bytes past the structure (fields added by a newer writer).

use super::{Ctx, Cursor, MetaError};

/// Size of the hostname array.
pub const HOSTNAME_LEN: usize = 128;
/// Size of the body [`MachineInfo::write_body`] writes.
pub const BODY_LEN: usize = 4 + 8 + 8 + HOSTNAME_LEN + 8 * 4;

/// The machine a capture was taken on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct MachineInfo {
    /// Number of processors.
    pub num_cpus: u32,
    /// Physical memory size in bytes.
    pub memory_size_bytes: u64,
    /// Highest pid number on the machine.
    pub max_pid: u64,
    /// Host name: the bytes of the 128-byte array up to the first NUL.
    pub hostname: Vec<u8>,
    /// Host boot time, nanoseconds since the epoch (0 when the writer did not know it).
    pub boot_ts_epoch: u64,
    /// Flags.
    pub flags: u64,
    /// Reserved.
    pub reserved3: u64,
    /// Reserved.
    pub reserved4: u64,
}

/// Parses a machine info block body.
///
/// Fields that lie wholly past the end of a short body are 0. A field cut in the middle is an
/// error, unless fewer than 4 bytes of it are present (block padding).
pub fn parse(body: &[u8]) -> Result<MachineInfo, MetaError> {
    let ctx = Ctx::block("machine info");
    let mut c = Cursor::new(body);
    let mut mi = MachineInfo::default();
    let le32 = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or_default());
    let le64 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    macro_rules! field {
        ($n:expr, $name:literal) => {
            match take_field(&mut c, &ctx, $n, $name)? {
                Some(b) => b,
                None => return Ok(mi),
            }
        };
    }
    let b = field!(4, "num_cpus");
    mi.num_cpus = le32(b);
    let b = field!(8, "memory_size_bytes");
    mi.memory_size_bytes = le64(b);
    let b = field!(8, "max_pid");
    mi.max_pid = le64(b);
    let b = field!(HOSTNAME_LEN, "hostname");
    let n = b.iter().position(|&x| x == 0).unwrap_or(b.len());
    mi.hostname = b[..n].to_vec();
    let b = field!(8, "boot_ts_epoch");
    mi.boot_ts_epoch = le64(b);
    let b = field!(8, "flags");
    mi.flags = le64(b);
    let b = field!(8, "reserved3");
    mi.reserved3 = le64(b);
    let b = field!(8, "reserved4");
    mi.reserved4 = le64(b);
    Ok(mi)
}

/// Takes the next `n`-byte field, or `None` when fewer than 4 bytes (padding) are left.
fn take_field<'a>(
    c: &mut Cursor<'a>,
    ctx: &Ctx<'_>,
    n: usize,
    name: &'static str,
) -> Result<Option<&'a [u8]>, MetaError> {
    if c.remaining() < n && c.remaining() < 4 {
        return Ok(None);
    }
    c.bytes(n, ctx, name).map(Some)
}

impl MachineInfo {
    /// Parses a machine info block body (see [`parse`]).
    pub fn parse(body: &[u8]) -> Result<Self, MetaError> {
        parse(body)
    }

    /// Appends the current packed layout ([`BODY_LEN`] bytes). The hostname is cut to 127
    /// bytes so that the array always holds a terminating NUL.
    pub fn write_body(&self, out: &mut Vec<u8>) {
        out.reserve(BODY_LEN);
        out.extend_from_slice(&self.num_cpus.to_le_bytes());
        out.extend_from_slice(&self.memory_size_bytes.to_le_bytes());
        out.extend_from_slice(&self.max_pid.to_le_bytes());
        let mut host = [0u8; HOSTNAME_LEN];
        let n = self.hostname.len().min(HOSTNAME_LEN - 1);
        host[..n].copy_from_slice(&self.hostname[..n]);
        out.extend_from_slice(&host);
        out.extend_from_slice(&self.boot_ts_epoch.to_le_bytes());
        out.extend_from_slice(&self.flags.to_le_bytes());
        out.extend_from_slice(&self.reserved3.to_le_bytes());
        out.extend_from_slice(&self.reserved4.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> MachineInfo {
        MachineInfo {
            num_cpus: 8,
            memory_size_bytes: 16 << 30,
            max_pid: 4_194_304,
            hostname: b"falco-host".to_vec(),
            boot_ts_epoch: 1_700_000_000_000_000_000,
            flags: 3,
            reserved3: 0,
            reserved4: 7,
        }
    }

    #[test]
    fn round_trip() {
        let mi = sample();
        let mut body = Vec::new();
        mi.write_body(&mut body);
        assert_eq!(body.len(), BODY_LEN);
        assert_eq!(BODY_LEN, 180);
        assert_eq!(parse(&body).expect("parse"), mi);
        // Hostname sits after 20 bytes, NUL-padded.
        assert_eq!(&body[20..30], b"falco-host");
        assert!(body[30..148].iter().all(|&b| b == 0));
    }

    #[test]
    fn long_hostname_is_cut_to_127() {
        let mi = MachineInfo {
            hostname: vec![b'h'; 200],
            ..sample()
        };
        let mut body = Vec::new();
        mi.write_body(&mut body);
        assert_eq!(body.len(), BODY_LEN);
        assert_eq!(parse(&body).expect("parse").hostname, vec![b'h'; 127]);
    }

    #[test]
    fn older_short_body_defaults_to_zero() {
        // A body without the four trailing u64 fields (writer with a 148-byte structure).
        let mi = sample();
        let mut body = Vec::new();
        mi.write_body(&mut body);
        body.truncate(148);
        let got = parse(&body).expect("short body");
        assert_eq!(
            got,
            MachineInfo {
                boot_ts_epoch: 0,
                flags: 0,
                reserved3: 0,
                reserved4: 0,
                ..mi.clone()
            }
        );
        // With 3 bytes of padding after a complete field.
        body.truncate(20);
        body.extend_from_slice(&[0, 0, 0]);
        let got = parse(&body).expect("padded");
        assert_eq!(got.max_pid, mi.max_pid);
        assert!(got.hostname.is_empty());
        assert_eq!(parse(&[]).expect("empty"), MachineInfo::default());
    }

    #[test]
    fn longer_body_ignores_extra() {
        let mi = sample();
        let mut body = Vec::new();
        mi.write_body(&mut body);
        body.extend_from_slice(&[0xAA; 12]);
        assert_eq!(parse(&body).expect("longer"), mi);
    }

    #[test]
    fn every_truncation_is_ok_or_err_without_panic() {
        let mut body = Vec::new();
        sample().write_body(&mut body);
        let boundaries = [0usize, 4, 12, 20, 148, 156, 164, 172, 180];
        for n in 0..=body.len() {
            let r = parse(&body[..n]);
            let after_field = boundaries.iter().any(|&b| n >= b && n - b < 4);
            assert_eq!(r.is_ok(), after_field, "length {n}: {r:?}");
        }
    }

    proptest! {
        #[test]
        fn prop_round_trip(num_cpus: u32, mem: u64, max_pid: u64,
                           host in proptest::collection::vec(1u8..=255, 0..128),
                           boot: u64, flags: u64, r3: u64, r4: u64) {
            let mi = MachineInfo {
                num_cpus, memory_size_bytes: mem, max_pid, hostname: host.clone(),
                boot_ts_epoch: boot, flags, reserved3: r3, reserved4: r4,
            };
            let mut body = Vec::new();
            mi.write_body(&mut body);
            let mut want = mi.clone();
            want.hostname.truncate(127);
            prop_assert_eq!(parse(&body).expect("parse"), want);
        }

        #[test]
        fn prop_no_panic(body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(&body);
        }
    }
}
