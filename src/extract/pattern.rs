//! Phrase patterns ("was quoted as saying", "people who say"), each with a gate: a fast,
//! case-sensitive regex that every match of the full (usually case-insensitive) pattern
//! contains, written for lower-case and capitalised text (an article in capitals
//! throughout passes a gate only by chance). One pass over the text serves every gate; the
//! full patterns read only the sentences their gate hits.

use super::{
    issued_statement, passive_report, reported_by, second_hand, speech_noun, unattributed, vague,
};
use crate::text::Document;
use regex::Regex;
use std::sync::LazyLock;

pub struct Pattern {
    /// The gate as written (it starts with no look-behind such as `\b`).
    gate: String,
    /// The gate anchored where it is asked to match.
    gate_here: Regex,
    pub(super) full: Regex,
}

impl Pattern {
    pub fn new(gate: &str, full: &str) -> Self {
        Pattern {
            gate: gate.to_string(),
            gate_here: Regex::new(&format!("^(?:{gate})")).expect("valid gate regex"),
            full: Regex::new(full).expect("valid pattern regex"),
        }
    }

    /// The full pattern's groups in `text`.
    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.full.captures(text)
    }
}

/// Every pattern; a pattern's place here is its place in `gated_sentences`.
fn patterns() -> [&'static Pattern; 8] {
    [
        &vague::VAGUE_SOURCE,
        &second_hand::QUOTED_AS_SAYING,
        &second_hand::SAID_TO,
        &reported_by::PASSIVE_REPORT,
        &speech_noun::SPEECH_NOUN,
        &passive_report::PASSIVE_NEWS,
        &unattributed::REPORTED,
        &issued_statement::ISSUED_STATEMENT,
    ]
}

/// Any pattern's gate.
static ANY_GATE: LazyLock<Regex> = LazyLock::new(|| {
    let gates: Vec<String> = patterns()
        .iter()
        .map(|p| format!("(?:{})", p.gate))
        .collect();
    Regex::new(&gates.join("|")).expect("valid gate regexes")
});

/// The place of `pattern` in `gated_sentences`.
pub fn index_of(pattern: &Pattern) -> usize {
    patterns()
        .iter()
        .position(|p| std::ptr::eq(*p, pattern))
        .expect("every pattern is listed in `patterns`")
}

/// For each pattern, the body sentences its gate matches in, in order: one pass finds each
/// place where any gate matches, overlapping places too, and then which gates match there.
pub fn gated_sentences(doc: &Document) -> Vec<Vec<usize>> {
    let source = doc.source;
    let all = patterns();
    let mut gated = vec![Vec::new(); all.len()];
    let mut at = 0;
    while let Some(found) = ANY_GATE.find_at(source, at) {
        let start = found.start();
        if let Some(sentence) = doc.sentence_at(start) {
            for (pattern, sentences) in all.iter().zip(&mut gated) {
                if sentences.last() != Some(&sentence)
                    && pattern.gate_here.is_match(&source[start..])
                {
                    sentences.push(sentence);
                }
            }
        }
        at = start + source[start..].chars().next().map_or(1, char::len_utf8);
    }
    gated
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences each gate matches in, found with one pass of that gate alone.
    fn gated_one_by_one(doc: &Document) -> Vec<Vec<usize>> {
        patterns()
            .iter()
            .map(|pattern| {
                let gate = Regex::new(&pattern.gate).unwrap();
                let mut sentences: Vec<usize> = gate
                    .find_iter(doc.source)
                    .filter_map(|m| doc.sentence_at(m.start()))
                    .collect();
                sentences.dedup();
                sentences
            })
            .collect()
    }

    #[test]
    fn one_pass_finds_the_sentences_of_every_gate() {
        let mut texts: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|e| e == "txt"))
                .map(|path| std::fs::read_to_string(path).unwrap())
                .collect();
        // Gates that overlap at one place, and one inside another's match.
        texts.push(
            "A title\n\nHe is said to be ill, it was reported that he was said that way. \
             Lee was quoted as saying so, people who say it was reported by the Post."
                .to_string(),
        );
        for text in &texts {
            let doc = Document::parse(text);
            assert_eq!(gated_sentences(&doc), gated_one_by_one(&doc));
        }
        let doc = Document::parse(&texts[texts.len() - 1]);
        assert!(
            gated_sentences(&doc)
                .iter()
                .filter(|s| !s.is_empty())
                .count()
                >= 4
        );
    }

    #[test]
    fn every_pattern_has_its_place() {
        for (place, pattern) in patterns().into_iter().enumerate() {
            assert_eq!(index_of(pattern), place);
        }
    }
}
