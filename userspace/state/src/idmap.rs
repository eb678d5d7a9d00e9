//! Hash maps keyed by thread, process and fd numbers.
//!
//! The std map hashes with SipHash, built to resist keys chosen to collide; here the keys are
//! numbers the kernel hands out (tids, pids) or small fd numbers, and one event costs three to
//! five lookups, so SipHash was a quarter of the state update's time (perf, bulk capture). A
//! multiplicative hash (FxHash's: one multiply, the high bits spread by a rotate) is enough for
//! such keys.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from an id (tid, pid, fd number) to `V`, hashed with [`IdHasher`].
pub type IdMap<V> = HashMap<i64, V, BuildHasherDefault<IdHasher>>;

/// FxHash-style hasher for integer keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(K);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;

    #[test]
    fn behaves_as_a_map() {
        let mut m: IdMap<u32> = IdMap::default();
        for i in -1000..1000 {
            m.insert(i, i as u32);
        }
        assert_eq!(m.len(), 2000);
        assert!((-1000..1000).all(|i| m.get(&i) == Some(&(i as u32))));
    }
}
