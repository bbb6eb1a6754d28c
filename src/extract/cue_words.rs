//! Finding cue words ("said", "according to") in a whole article. The search reads every
//! byte, so it works on runs of word bytes, 64 bytes at a time: a bitmap of (length, first
//! letter, last letter) turns away most words before a look-up, and a cue matches only as
//! a whole run of ASCII letters, in any case.

use crate::lexicon::{FastSet, lexicon};
use crate::span::Span;
use crate::text::scan::{packed, word_mask, word_run_end};
use std::sync::LazyLock;

/// The longest cue form, two words and the space between them included: as many bytes as
/// pack into one number.
const MAX_FORM: usize = 15;

/// The cue forms, held for finding them in text.
pub struct CueWords {
    /// Every form, packed: one word, or two joined by a space ("according to").
    forms: FastSet<u128>,
    /// First words of the two-word forms ("according", "pointed"), packed.
    leads: FastSet<u128>,
    /// Bit `key(word)` is set for each form's first word.
    filter: Vec<u64>,
}

static CUE_WORDS: LazyLock<CueWords> = LazyLock::new(|| {
    let mut forms = lexicon().cue_forms();
    forms.push("according to");
    CueWords::new(&forms)
});

/// The cue words built from the lexicon's cue verbs and "according to".
pub fn cue_words() -> &'static CueWords {
    &CUE_WORDS
}

/// The filter's bit for a word of `len` bytes from `first` to `last`; 0 for a word longer
/// than any form, which no form's bit is.
fn key(len: usize, first: u8, last: u8) -> usize {
    let len = if len <= MAX_FORM { len } else { 0 };
    len << 10 | usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// `bytes` packed (see `scan::packed`) with ASCII letters in lower case: two words of
/// letters, digits, `_` and spaces pack alike just when they are equal but for case.
fn packed_lower(bytes: &[u8]) -> Option<u128> {
    packed(bytes).map(|word| {
        let data = (1u128 << (8 * bytes.len())) - 1;
        word | data & 0x2020_2020_2020_2020_2020_2020_2020_2020
    })
}

impl CueWords {
    /// `forms` are ASCII words, or two words joined by one space, 15 bytes at most.
    pub fn new(forms: &[&str]) -> Self {
        let mut words = CueWords {
            forms: FastSet::default(),
            leads: FastSet::default(),
            filter: vec![0; ((MAX_FORM + 1) << 10) / 64],
        };
        for form in forms {
            let pack = |text: &str| {
                packed_lower(text.as_bytes())
                    .unwrap_or_else(|| panic!("cue form {form:?} is too long"))
            };
            let (first, second) = form.split_once(' ').unwrap_or((form, ""));
            let bytes = first.as_bytes();
            let bit = key(bytes.len(), bytes[0], bytes[bytes.len() - 1]);
            words.filter[bit / 64] |= 1 << (bit % 64);
            if !second.is_empty() {
                words.leads.insert(pack(first));
            }
            words.forms.insert(pack(form));
        }
        words
    }

    /// The cue words of `text`, in order, none overlapping: the matches of
    /// `(?i-u)\b(?:form|...)\b` with the two-word forms tried first.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Span> + 't {
        let bytes = text.as_bytes();
        let mut block = 0;
        // The block's word bytes, the word starts in it not yet read, where the last match
        // ended (a two-word form takes its second word's start).
        let (mut mask, mut starts, mut done_to) = (0u64, 0u64, 0);
        std::iter::from_fn(move || {
            loop {
                while starts == 0 {
                    if block >= bytes.len() {
                        return None;
                    }
                    let carry = mask >> 63;
                    mask = word_mask(bytes, block);
                    starts = mask & !(mask << 1 | carry);
                    block += 64;
                }
                let offset = starts.trailing_zeros();
                starts &= starts - 1;
                let start = block - 64 + offset as usize;
                if start < done_to {
                    continue;
                }
                // The run ends inside this block, or is read on byte by byte.
                let rest = !mask >> offset;
                let end = if rest != 0 {
                    start + rest.trailing_zeros() as usize
                } else {
                    word_run_end(bytes, block)
                };
                let bit = key(end - start, bytes[start], bytes[end - 1]);
                if self.filter[bit / 64] & 1 << (bit % 64) == 0 {
                    continue;
                }
                if let Some(found) = self.form_at(bytes, start, end) {
                    done_to = found.end;
                    return Some(found);
                }
            }
        })
    }

    /// The form that the word run `start..end` begins, if any.
    fn form_at(&self, bytes: &[u8], start: usize, end: usize) -> Option<Span> {
        let word = packed_lower(&bytes[start..end])?;
        if self.leads.contains(&word) && bytes.get(end) == Some(&b' ') {
            let second_end = word_run_end(bytes, end + 1);
            let pair = packed_lower(&bytes[start..second_end]);
            if second_end > end + 1 && pair.is_some_and(|pair| self.forms.contains(&pair)) {
                return Some(Span::new(start, second_end));
            }
        }
        self.forms.contains(&word).then(|| Span::new(start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn found(words: &CueWords, text: &str) -> Vec<(usize, usize)> {
        words
            .find_iter(text)
            .map(|span| (span.start, span.end))
            .collect()
    }

    #[test]
    fn finds_whole_words_in_any_case() {
        let words = CueWords::new(&["said", "says", "according to", "pointed out"]);
        let text = "SAID, said_ saidx Said-- it says; According to him, pointed outs, pointed out";
        let hits: Vec<&str> = words.find_iter(text).map(|span| span.text(text)).collect();
        assert_eq!(
            hits,
            ["SAID", "Said", "says", "According to", "pointed out"]
        );
    }

    /// The regex this scanner stands in for, over random text made of cue words, their
    /// near misses and every kind of separator, including bytes beyond ASCII.
    #[test]
    fn matches_what_the_regex_matches() {
        let forms = lexicon().cue_forms();
        let mut all: Vec<&str> = forms.clone();
        all.insert(0, "according to");
        let words = CueWords::new(&all);
        let escaped: Vec<String> = all.iter().map(|f| regex::escape(f)).collect();
        let regex = Regex::new(&format!(r"(?i-u)\b(?:{})\b", escaped.join("|"))).unwrap();
        let pieces = [
            "said",
            "Said",
            "SAYS",
            "told",
            "according",
            "to",
            "pointed",
            "out",
            "points",
            "acknowledged",
            "sai",
            "x",
            "_",
            "9",
            "saidsaid",
            "é",
            "’",
            " ",
            " ",
            " ",
            "  ",
            ",",
            "-",
            "\n",
            "“",
            "\u{a0}",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        let mut next = crate::text::draws(0x853c_49e6_748f_ea9b);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..next(60) {
                text.push_str(if next(3) == 0 {
                    forms[next(forms.len())]
                } else {
                    pieces[next(pieces.len())]
                });
            }
            let expected: Vec<(usize, usize)> = regex
                .find_iter(&text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(found(&words, &text), expected, "{text:?}");
        }
    }
}
