//! Key terms of a claim: content words, crudely stemmed, for telling what it is about.

use super::stance::words;
use crate::lexicon::lexicon;
use crate::span::Span;

/// Stem length: "violation" and "violate" share "viola", "opposed" and "opposition" "oppos".
const STEM: usize = 5;

pub fn stem(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .take(STEM)
        .collect()
}

/// The distinct key terms of a span, in order.
pub fn key_terms(source: &str, span: Span) -> Vec<String> {
    let lex = lexicon();
    let mut terms: Vec<String> = Vec::new();
    for word in words(source, span) {
        let word = word.trim_end_matches("'s").to_string();
        if word.len() < 3
            || lex.stopwords.contains(&word)
            || lex.hedges.contains(&word)
            || word.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let stemmed = stem(&word);
        if !terms.contains(&stemmed) {
            terms.push(stemmed);
        }
    }
    terms
}

/// How many terms two sorted-or-not term lists share.
pub fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|t| b.contains(t)).count()
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
}
