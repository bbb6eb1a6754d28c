//! The relate stage: stance, propositions and contradictions.

pub mod contradictions;
pub mod propositions;
pub mod stance;
pub mod terms;

use crate::span::Span;
use crate::text::normalise::fold_word;
use crate::text::tokens::tokens;
use contradictions::AntonymHit;
use terms::{TermSet, key_term};

/// What the relate stage reads of one claim, computed once per statement.
#[derive(Clone, Debug)]
pub struct ClaimFeatures {
    /// The claim as written.
    pub text: String,
    /// The claim's words, lower-cased, in order.
    pub words: Vec<String>,
    /// Where each word stands in `text`.
    pub word_spans: Vec<Span>,
    /// Its key terms, for comparison.
    pub terms: TermSet,
    /// The key terms of its lower-case words: what it says about its subjects, not their names.
    pub content: TermSet,
    /// Where its words meet the antonym lexicon.
    pub antonyms: Vec<AntonymHit>,
}

impl ClaimFeatures {
    /// Reads the claim at `span` of `source`, tokenising it once.
    pub fn of(source: &str, span: Span) -> Self {
        let text = span.text(source).to_string();
        let word_tokens: Vec<_> = tokens(&text, Span::new(0, text.len()))
            .into_iter()
            .filter(|t| t.is_word())
            .collect();
        let words: Vec<String> = word_tokens.iter().map(|t| fold_word(t.text)).collect();
        let word_spans = word_tokens.iter().map(|t| t.span).collect();
        let mut terms = Vec::with_capacity(words.len());
        let mut content = Vec::with_capacity(words.len());
        for (token, word) in word_tokens.iter().zip(&words) {
            if let Some(term) = key_term(word) {
                terms.push(term);
                if !token.is_capitalised() {
                    content.push(term);
                }
            }
        }
        let antonyms = contradictions::antonym_hits(&words);
        ClaimFeatures {
            text,
            words,
            word_spans,
            terms: TermSet::new(terms),
            content: TermSet::new(content),
            antonyms,
        }
    }

    /// A few words of the claim, as written, around word `at`.
    pub fn excerpt(&self, at: usize) -> &str {
        let first = self.word_spans[at.saturating_sub(4)];
        let last = self.word_spans[(at + 5).min(self.word_spans.len() - 1)];
        &self.text[first.start..last.end]
    }
}
