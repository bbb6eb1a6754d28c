//! Key terms of a claim: content words, crudely stemmed, for telling what it is about.

use super::stance::words;
use crate::lexicon::lexicon;
use crate::span::Span;

/// Stem length: "violation" and "violate" share "viola", "opposed" and "opposition" "oppos".
const STEM: usize = 5;

pub fn stem(word: &str) -> String {
    let head = &word.as_bytes()[..word.len().min(STEM)];
    if head.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        // The ASCII fast path: the first five bytes are the first five kept characters.
        return String::from_utf8(head.to_vec()).expect("ASCII");
    }
    word.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .take(STEM)
        .collect()
}

/// The distinct key terms of a span, in order.
pub fn key_terms(source: &str, span: Span) -> Vec<String> {
    terms_of(&words(source, span))
}

/// The distinct key terms of a claim's lower-cased words, in order.
pub fn terms_of(words: &[String]) -> Vec<String> {
    let lex = lexicon();
    let mut terms: Vec<String> = Vec::new();
    for word in words {
        let word = word.trim_end_matches("'s");
        if word.len() < 3
            || lex.stopwords.contains(word)
            || lex.hedges.contains(word)
            || word.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let stemmed = stem(word);
        if !terms.contains(&stemmed) {
            terms.push(stemmed);
        }
    }
    terms
}

/// Key terms sorted for comparison: membership and overlap in time linear in their size.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermSet(Vec<String>);

impl TermSet {
    pub fn new(mut terms: Vec<String>) -> Self {
        terms.sort_unstable();
        terms.dedup();
        TermSet(terms)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, term: &str) -> bool {
        self.0.binary_search_by(|t| t.as_str().cmp(term)).is_ok()
    }

    /// How many terms the two sets share.
    pub fn shared(&self, other: &TermSet) -> usize {
        let (mut i, mut j, mut count) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].cmp(&other.0[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    count += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_group_word_forms() {
        let text = "The United States opposed the violation; opposition to violations.";
        let terms = key_terms(text, Span::new(0, text.len()));
        assert_eq!(terms, ["unite", "state", "oppos", "viola"]);
    }

    #[test]
    fn term_sets_compare_in_any_order() {
        let a = TermSet::new(vec!["viola".into(), "oppos".into(), "unite".into()]);
        let b = TermSet::new(vec!["unite".into(), "sanct".into(), "viola".into()]);
        assert_eq!(a.shared(&b), 2);
        assert!(a.contains("oppos") && !a.contains("sanct"));
    }
}
