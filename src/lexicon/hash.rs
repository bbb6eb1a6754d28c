//! A fast hash for short lexicon keys (the Fx hash of rustc): word lookups are on the hot
//! path, and SipHash's protection against chosen keys buys nothing for a fixed word list.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct WordHasher {
    hash: u64,
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        // The last bytes without a copy: two overlapping loads, or three single bytes.
        let rest = chunks.remainder();
        let n = rest.len();
        let tail = match n {
            0 => 0,
            1..=3 => {
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
            }
            _ => {
                let low = u32::from_le_bytes(rest[..4].try_into().expect("four bytes"));
                let high = u32::from_le_bytes(rest[n - 4..].try_into().expect("four bytes"));
                u64::from(low) | u64::from(high) << 32
            }
        };
        self.add(tail ^ (n as u64) << 59);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;
/// A map or set of any small keys (offsets, spans) with the same fast hash.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;
