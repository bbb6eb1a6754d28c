//! Finding the few bytes that matter (terminators, quotation marks) eight bytes at a time:
//! most of an article is letters and spaces, and a word-wide test skips them.

/// Finds the bytes of a small set, and optionally every non-ASCII byte.
#[derive(Clone, Copy, Debug)]
pub struct ByteSet<const N: usize> {
    needles: [u8; N],
    non_ascii: bool,
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

impl<const N: usize> ByteSet<N> {
    /// `needles` are any bytes; `non_ascii` adds every byte of a non-ASCII character.
    pub const fn new(needles: [u8; N], non_ascii: bool) -> Self {
        ByteSet { needles, non_ascii }
    }

    fn holds(&self, b: u8) -> bool {
        (self.non_ascii && b >= 0x80) || self.needles.contains(&b)
    }

    /// Whether any of the eight bytes of `word` may be in the set (never a false "no").
    fn may_hold(&self, word: u64) -> bool {
        let mut found = if self.non_ascii { word & HIGH } else { 0 };
        for needle in self.needles {
            let x = word ^ (LOW * u64::from(needle));
            found |= x.wrapping_sub(LOW) & !x & HIGH;
        }
        found != 0
    }

    /// The first position at or after `from` whose byte is in the set.
    pub fn find(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        while at + 8 <= bytes.len() {
            let word = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
            if self.may_hold(word) {
                if let Some(p) = bytes[at..at + 8].iter().position(|&b| self.holds(b)) {
                    return Some(at + p);
                }
            }
            at += 8;
        }
        bytes[at.min(bytes.len())..]
            .iter()
            .position(|&b| self.holds(b))
            .map(|p| at + p)
    }
}

/// The lanes of `x` (every byte below 0x80) that are at least `c`, as their top bits.
const fn at_least(x: u64, c: u8) -> u64 {
    ((x | HIGH) - LOW * c as u64) & HIGH
}

/// Up to eight bytes of `bytes` from `at` as one little-endian word, zero-padded.
#[inline]
fn load(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
        None => tail(&bytes[at..]),
    }
}

/// Fewer than eight bytes as one little-endian word, zero-padded, with no call to `memcpy`:
/// two loads that overlap, or three single bytes (a byte loaded twice lands in its own lane
/// both times).
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    match n {
        0 => 0,
        1..=3 => {
            let byte = |i: usize| u64::from(rest[i]) << (8 * i);
            byte(0) | byte(n / 2) | byte(n - 1)
        }
        _ => {
            let low = u32::from_le_bytes(rest[..4].try_into().expect("four bytes"));
            let high = u32::from_le_bytes(rest[n - 4..n].try_into().expect("four bytes"));
            u64::from(low) | u64::from(high) << (8 * (n - 4))
        }
    }
}

/// Up to 15 bytes as one number: the bytes in its low bytes and their count in its top
/// byte, so two byte strings pack alike just when they are equal. Longer ones do not pack.
#[inline]
pub fn packed(bytes: &[u8]) -> Option<u128> {
    let n = bytes.len();
    let data = match n {
        0..=8 => u128::from(load(bytes, 0)),
        9..=15 => u128::from(load(bytes, 0)) | u128::from(load(bytes, n - 8)) << (8 * (n - 8)),
        _ => return None,
    };
    Some(data | (n as u128) << 120)
}

/// The lanes of `word` that hold ASCII capitals, as their top bits.
#[inline]
fn capitals(word: u64) -> u64 {
    let low = word & !HIGH;
    at_least(low, b'A') & !at_least(low, b'Z' + 1) & !word
}

/// Whether `text` has a capital or any byte beyond ASCII: whether lower-casing it may
/// change it. Eight bytes at a time, with no branch per byte.
#[inline]
pub fn has_capital_or_non_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).step_by(8).any(|at| {
        let word = load(bytes, at);
        (word & HIGH) | capitals(word) != 0
    })
}

/// The lanes of `word` that hold an ASCII letter, digit or `_`, as their top bits.
#[inline]
fn word_lanes(word: u64) -> u64 {
    let low = word & !HIGH;
    let folded = low | (LOW * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    let underscore = at_least(low, b'_') & !at_least(low, b'_' + 1);
    (letter | digit | underscore) & !word
}

/// Which of the 64 bytes from `at` are ASCII letters, digits or `_`: bit i for byte
/// `at + i`, and no bit past the end.
#[inline]
pub fn word_mask(bytes: &[u8], at: usize) -> u64 {
    if let Some(block) = bytes.get(at..at + 64) {
        return block.chunks_exact(8).rev().fold(0, |mask, chunk| {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            mask << 8 | gathered(word_lanes(word))
        });
    }
    (0..8).fold(0, |mask, lane| {
        let from = at + 8 * lane;
        if from >= bytes.len() {
            return mask;
        }
        mask | gathered(word_lanes(load(bytes, from))) << (8 * lane)
    })
}

/// The top bits of the eight lanes of `lanes`, as the low eight bits: one multiplication
/// moves them all into the top byte.
#[inline]
fn gathered(lanes: u64) -> u64 {
    ((lanes >> 7) & LOW).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The first position at or after `from` whose byte is not an ASCII letter, digit or `_`
/// (or the end): eight bytes at a time, with no branch per byte. The zeros that pad the
/// last chunk are no word bytes, so they stop a run at the end.
#[inline]
pub fn word_run_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < bytes.len() {
        let stop = !word_lanes(load(bytes, at)) & HIGH;
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_byte_loop_finds() {
        let set = ByteSet::new([b'.', b'?'], true);
        let text = "Plain words for a while, then a stop. And “more” here? End";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let expected = (from..bytes.len()).find(|&i| set.holds(bytes[i]));
            assert_eq!(set.find(bytes, from), expected, "from {from}");
        }
        assert_eq!(
            ByteSet::new([b'!'], false).find(b"no bang in this long text", 0),
            None
        );
    }

    /// Whether `b` is an ASCII letter, digit or `_`: what `word_run_end` runs over.
    fn is_word_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b == b'_'
    }

    /// `count` random byte strings of up to `longest` bytes drawn from `alphabet`.
    fn random_strings(seed: u64, count: usize, longest: usize, alphabet: &[u8]) -> Vec<Vec<u8>> {
        let mut next = crate::text::draws(seed);
        (0..count)
            .map(|_| {
                (0..next(longest))
                    .map(|_| alphabet[next(alphabet.len())])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn word_runs_end_where_a_byte_loop_ends_them() {
        // Mostly word bytes, so runs cross eight-byte chunks; every boundary byte of the
        // classes (`@`, `[`, `` ` ``, `{`, `/`, `:`) and bytes beyond ASCII between them.
        const BYTES: &[u8] = b"aAzZ09_mQ5aAzZ09_mQ5 .@[`{/:^\xc3\xa9\x80\xff";
        for bytes in random_strings(0x9e37_79b9_7f4a_7c15, 20_000, 40, BYTES) {
            for from in 0..=bytes.len() {
                let expected = (from..bytes.len())
                    .find(|&i| !is_word_byte(bytes[i]))
                    .unwrap_or(bytes.len());
                assert_eq!(
                    word_run_end(&bytes, from),
                    expected,
                    "{bytes:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn short_tails_load_as_padded_copies() {
        let bytes = b"\x01\x02\x03\x04\x05\x06\x07\x80\xff";
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let rest = &bytes[start..end];
                let mut padded = [0u8; 8];
                padded[..rest.len().min(8)].copy_from_slice(&rest[..rest.len().min(8)]);
                assert_eq!(load(rest, 0), u64::from_le_bytes(padded), "{rest:?}");
            }
        }
    }

    #[test]
    fn byte_strings_pack_alike_just_when_equal() {
        let words: Vec<&[u8]> = vec![
            b"",
            b"a",
            b"a\0",
            b"\0",
            b"said",
            b"Said",
            b"eightchr",
            b"eightchr\0",
            b"ninechars",
            b"fifteen_bytes!!",
            b"fifteen_bytes!?",
            b"fifteen_bytes!!x",
        ];
        for a in &words {
            for b in &words {
                let (pa, pb) = (packed(a), packed(b));
                if a.len() > 15 || b.len() > 15 {
                    assert!(pa.is_none() || pb.is_none());
                } else {
                    assert_eq!(pa == pb, a == b, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn word_masks_mark_what_a_byte_loop_marks() {
        const BYTES: &[u8] = b"aAzZ09_mQ5 .@[`{/:^\xc3\xa9\x80\xff";
        for bytes in random_strings(0x2545_f491_4f6c_dd1d, 5_000, 150, BYTES) {
            for at in (0..bytes.len()).step_by(7) {
                let expected = (0..64)
                    .filter(|i| bytes.get(at + i).is_some_and(|&b| is_word_byte(b)))
                    .fold(0u64, |mask, i| mask | 1 << i);
                assert_eq!(word_mask(&bytes, at), expected, "{bytes:?} at {at}");
            }
        }
    }

    #[test]
    fn capitals_are_found_as_a_byte_loop_finds_them() {
        for text in [
            "",
            "a",
            "Kim",
            "KIM-SEO",
            "lower case words",
            "Ünïcode",
            "x@[`{Z",
            "abcdefgHijk",
        ] {
            let expected = text
                .bytes()
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii());
            assert_eq!(has_capital_or_non_ascii(text), expected, "{text}");
        }
        for b in 0..=127u8 {
            for n in [1, 8, 9] {
                let text = String::from(char::from(b)).repeat(n);
                assert_eq!(has_capital_or_non_ascii(&text), b.is_ascii_uppercase());
            }
        }
    }
}
