//! Stance: is a claim asserted or denied, and is it hedged.

use super::ClaimFeatures;
use crate::lexicon::{CueClass, lexicon};
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Positive,
    Negative,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stance {
    pub polarity: Polarity,
    pub hedged: bool,
    pub hedges: Vec<String>,
}

/// Whether a word negates: "not", "never", and contractions ending in "n't".
pub fn is_negation(word: &str) -> bool {
    lexicon().negations.contains(word) || word.ends_with("n't")
}

/// The stance of `claim`; `cue` is the cue's class and `extra_hedge` a hedge standing by the
/// speaker ("X reportedly said").
pub fn stance(
    source: &str,
    claim: Span,
    cue: Option<CueClass>,
    extra_hedge: Option<&str>,
) -> Stance {
    stance_of_words(ClaimFeatures::of(source, claim).words(), cue, extra_hedge)
}

/// The stance of a claim given its lower-cased words.
pub fn stance_of_words<'w>(
    words: impl Iterator<Item = &'w str> + Clone,
    cue: Option<CueClass>,
    extra_hedge: Option<&str>,
) -> Stance {
    let lex = lexicon();
    let negations = words.clone().filter(|w| is_negation(w)).count();
    let denied = cue == Some(CueClass::Deny);
    // Any negation denies; a denial cue denies the claim unless the claim is itself negated once.
    let negative = if denied {
        negations % 2 == 0
    } else {
        negations > 0
    };
    let mut hedges: Vec<String> = Vec::new();
    for word in extra_hedge.into_iter().map(str::to_lowercase).chain(
        words
            .filter(|w| lex.hedges.contains(*w))
            .map(str::to_string),
    ) {
        if !hedges.contains(&word) {
            hedges.push(word);
        }
    }
    Stance {
        polarity: if negative {
            Polarity::Negative
        } else {
            Polarity::Positive
        },
        hedged: !hedges.is_empty(),
        hedges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, cue: Option<CueClass>) -> Stance {
        stance(text, Span::new(0, text.len()), cue, None)
    }

    #[test]
    fn negation_denies() {
        assert_eq!(
            of("reopening the pier is not a violation", None).polarity,
            Polarity::Negative
        );
        assert_eq!(of("it can’t work", None).polarity, Polarity::Negative);
        assert_eq!(of("the office is open", None).polarity, Polarity::Positive);
        assert_eq!(
            of("the office is open", Some(CueClass::Deny)).polarity,
            Polarity::Negative
        );
    }

    #[test]
    fn hedges_soften() {
        let found = of("it might violate the rules", None);
        assert!(found.hedged);
        assert_eq!(found.hedges, ["might"]);
        let found = stance("it works", Span::new(0, 8), None, Some("reportedly"));
        assert_eq!(found.hedges, ["reportedly"]);
        assert!(!of("it works", None).hedged);
    }
}
