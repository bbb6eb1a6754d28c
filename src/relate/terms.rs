//! Key terms of a claim: content words, crudely stemmed, for telling what it is about.

use crate::lexicon::{ClaimWord, lexicon};

/// Stem length: "violation" and "violate" share "viola", "opposed" and "opposition" "oppos".
const STEM: usize = 5;

/// A key term: a word's stem packed into a number, so comparing two is one instruction.
/// An ASCII stem is its bytes; any other is hashed, with the top bit set.
pub type Term = u64;

fn pack(stem: &[u8]) -> Term {
    stem.iter().fold(0, |acc, &b| (acc << 8) | u64::from(b))
}

/// A word without its inflection, so that "warned", "warning" and "warns" all keep "warn":
/// a plural "-s" (not "-ss", "-us", "-is"), then "-ment", then "-ing" or "-ed", then a final "-e", each
/// leaving four letters or more; and a doubled consonant ("stopped", "planned").
fn root(word: &str) -> &str {
    let strip = |word: &'_ str, suffix: &str, keep: usize| -> Option<usize> {
        (word.len() >= suffix.len() + keep && word.ends_with(suffix))
            .then(|| word.len() - suffix.len())
    };
    let mut word = match word.strip_suffix('s') {
        Some(single) if word.len() >= 4 && !single.ends_with(['s', 'u', 'i']) => single,
        _ => word,
    };
    // "agreement" is "agree", "settlement" "settle".
    if let Some(end) = strip(word, "ment", 4) {
        word = &word[..end];
    }
    let inflected = strip(word, "ing", 4).or_else(|| strip(word, "ed", 4));
    if let Some(end) = inflected {
        word = &word[..end];
    }
    if let Some(end) = strip(word, "e", 4) {
        word = &word[..end];
    }
    let bytes = word.as_bytes();
    let doubled = inflected.is_some()
        && bytes.len() >= 4
        && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
        && b"bdgmnprt".contains(&bytes[bytes.len() - 1]);
    if doubled {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// The term a word stands for: the first letters of its root.
pub fn term(word: &str) -> Term {
    let word = root(word);
    let head = &word.as_bytes()[..word.len().min(STEM)];
    if head.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        // The ASCII fast path: the first five bytes are the first five kept characters.
        return pack(head);
    }
    let stem: String = word
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .take(STEM)
        .collect();
    if stem.is_ascii() {
        return pack(stem.as_bytes());
    }
    let hash = stem.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    hash | 1 << 63
}

/// The key term a lower-cased word stands for, if it is one (not a stop word, hedge or number).
pub fn key_term(word: &str) -> Option<Term> {
    key_term_of(word, lexicon().claim_word(word))
}

/// `key_term`, with what the lexicon says of `word` already looked up.
pub fn key_term_of(word: &str, entry: ClaimWord) -> Option<Term> {
    let mut stem = word;
    while let Some(shorter) = stem.strip_suffix("'s") {
        stem = shorter;
    }
    let non_term = if stem.len() == word.len() {
        entry.non_term
    } else {
        lexicon().claim_word(stem).non_term
    };
    let key = stem.len() >= 3 && !stem.bytes().all(|b| b.is_ascii_digit()) && !non_term;
    key.then(|| term(stem))
}

/// Key terms sorted for comparison: membership and overlap in time linear in their size,
/// and a 256-bit signature that tells most sets with nothing in common apart at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermSet(Vec<Term>, [u64; 4]);

impl TermSet {
    pub fn new(mut terms: Vec<Term>) -> Self {
        terms.sort_unstable();
        terms.dedup();
        let mut signature = [0u64; 4];
        for term in &terms {
            let bit = term.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56;
            signature[(bit >> 6) as usize] |= 1 << (bit & 63);
        }
        TermSet(terms, signature)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, term: Term) -> bool {
        self.0.binary_search(&term).is_ok()
    }

    /// How many terms the two sets share.
    pub fn shared(&self, other: &TermSet) -> usize {
        if self.1.iter().zip(&other.1).all(|(a, b)| a & b == 0) {
            return 0;
        }
        let (mut i, mut j, mut count) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            i += usize::from(a <= b);
            j += usize::from(b <= a);
            count += usize::from(a == b);
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::ClaimFeatures;
    use crate::span::Span;

    #[test]
    fn stems_group_word_forms() {
        let text = "The United States opposed the violation; opposition to violations.";
        let claim = ClaimFeatures::of(text, Span::new(0, text.len()));
        let terms: Vec<Term> = claim.words().filter_map(key_term).collect();
        let expected: Vec<Term> = [
            "united",
            "states",
            "opposed",
            "violation",
            "opposed",
            "violation",
        ]
        .map(term)
        .into();
        assert_eq!(terms, expected);
        assert_eq!(term("violations"), term("violate"));
        assert_eq!(term("plans"), term("plan"));
        // Not a word whose "s" is its own: "focus" is "focused", "basis" no "basi".
        assert_eq!(term("focus"), term("focused"));
        assert_ne!(term("press"), term("pres"));
        // Inflections share a root however short: "warn", "stop", "agre", "lee".
        for forms in [
            ["warned", "warning", "warns"],
            ["stopped", "stopping", "stop"],
            ["planned", "plans", "planning"],
            ["agreed", "agrees", "agree"],
            ["agreement", "agreeing", "agree"],
            ["settlement", "settled", "settle"],
            ["raised", "raising", "raise"],
            ["Lee’s", "Lee", "Lee"],
        ] {
            assert!(forms.iter().all(|w| term(w) == term(forms[0])), "{forms:?}");
        }
        // Not a doubled letter of the word's own, nor a short word's ending.
        assert_ne!(term("called"), term("cal"));
        assert_ne!(term("longer"), term("long"));
        assert_eq!(term("comment"), term("comments"));
        assert_ne!(term("speed"), term("sp"));
        assert_ne!(term("Ökonom"), term("oekonom"));
    }

    #[test]
    fn function_adverbs_are_no_key_terms() {
        // "it won't even be close" and "even as he says" speak of nothing in common.
        for word in ["even", "still", "yet", "already", "really"] {
            assert_eq!(key_term(word), None, "{word}");
        }
        assert!(key_term("evening").is_some());
        // Nor do "for years" and "by the end of the year".
        assert_eq!(key_term("years"), None);
    }

    #[test]
    fn term_sets_compare_in_any_order() {
        let a = TermSet::new(["violation", "opposed", "united"].map(term).into());
        let b = TermSet::new(["united", "sanctions", "violation"].map(term).into());
        assert_eq!(a.shared(&b), 2);
        assert!(a.contains(term("opposed")) && !a.contains(term("sanctions")));
    }
}
