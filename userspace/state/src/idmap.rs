//! Hash maps keyed by thread, process and fd numbers.
//!
//! The std map hashes with SipHash, built to resist keys chosen to collide; here the keys are
//! numbers the kernel hands out (tids, pids) or small fd numbers, and one event costs three to
//! five lookups, so SipHash was a quarter of the state update's time (perf, bulk capture). FxHash
//! (`rustc-hash`: one add and one multiply per word, the high bits rotated down) is enough for
//! such keys.

use std::collections::HashMap;

/// A map from an id (tid, pid, fd number) to `V`, hashed with `rustc_hash`'s FxHash.
pub type IdMap<V> = HashMap<i64, V, rustc_hash::FxBuildHasher>;

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
