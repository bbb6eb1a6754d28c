//! Stance: is a claim asserted or denied, and is it hedged.

use super::ClaimFeatures;
use crate::lexicon::CueClass;
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

/// The stance of `claim`; `cue` is the cue's class and `extra_hedge` a hedge standing by the
/// speaker ("X reportedly said").
pub fn stance(
    source: &str,
    claim: Span,
    cue: Option<CueClass>,
    extra_hedge: Option<&str>,
) -> Stance {
    stance_of(&ClaimFeatures::of(source, claim), cue, extra_hedge)
}

/// The stance of a claim read into its features.
pub fn stance_of(
    claim: &ClaimFeatures,
    cue: Option<CueClass>,
    extra_hedge: Option<&str>,
) -> Stance {
    let negations = claim.negations();
    let denied = cue == Some(CueClass::Deny);
    // Any negation denies; a denial cue denies the claim unless the claim is itself negated once.
    let negative = if denied {
        negations % 2 == 0
    } else {
        negations > 0
    };
    let mut hedges: Vec<String> = Vec::new();
    for word in extra_hedge
        .into_iter()
        .map(str::to_lowercase)
        .chain(claim.hedges().map(str::to_string))
    {
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
