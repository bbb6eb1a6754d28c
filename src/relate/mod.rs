//! The relate stage: stance, propositions and contradictions.

pub mod contradictions;
pub mod propositions;
pub mod stance;
pub mod terms;

use contradictions::AntonymHit;
use terms::{TermSet, terms_of};

/// What the relate stage reads of one claim, computed once per statement.
#[derive(Clone, Debug)]
pub struct ClaimFeatures {
    /// The claim's words, lower-cased, in order.
    pub words: Vec<String>,
    /// Its key terms, for comparison.
    pub terms: TermSet,
    /// Where its words meet the antonym lexicon.
    pub antonyms: Vec<AntonymHit>,
}

impl ClaimFeatures {
    pub fn new(words: Vec<String>) -> Self {
        let terms = TermSet::new(&terms_of(&words));
        let antonyms = contradictions::antonym_hits(&words);
        ClaimFeatures {
            words,
            terms,
            antonyms,
        }
    }
}
