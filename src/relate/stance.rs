//! Stance: is a claim asserted or denied, and is it hedged.

use super::ClaimFeatures;
use crate::lexicon::CueClass;
use crate::span::Span;
use crate::text::normalise::with_lowercase;
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

/// The stance of `claim`; `cue` is the cue's class, `cue_negated` whether the cue is ("Lee
/// never said"), and `extra_hedge` a hedge standing by the speaker ("X reportedly said").
pub fn stance(
    source: &str,
    claim: Span,
    cue: Option<CueClass>,
    cue_negated: bool,
    extra_hedge: Option<&str>,
) -> Stance {
    stance_of(
        &ClaimFeatures::of(source, claim),
        cue,
        cue_negated,
        extra_hedge,
    )
}

/// Whether the words between a speaker and the cue negate it: "did not say", "never
/// suggested", "hasn't said", "declined to confirm", "refused to say" (the last few words,
/// past any aside: not "Lee, who is not a lawyer, said").
pub fn negates_cue(between: &str) -> bool {
    let after_aside = between
        .rsplit([',', ')', '—', '–'])
        .next()
        .unwrap_or(between);
    after_aside.split_whitespace().rev().take(3).any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’');
        word.eq_ignore_ascii_case("not")
            || word.eq_ignore_ascii_case("never")
            || word.eq_ignore_ascii_case("neither")
            || word.ends_with("n't")
            || word.ends_with("n’t")
            || with_lowercase(word, |w| WITHHOLDING.contains(&w))
    })
}

/// Verbs by which a speaker withholds what the cue after them would say: "declined to
/// confirm", "refused to say".
const WITHHOLDING: &[&str] = &[
    "declined",
    "declines",
    "declining",
    "refused",
    "refuses",
    "refusing",
    "failed",
    "fails",
];

/// Whether a paraphrase's cue is in the past ("said", "told", "has warned"): then its
/// "would" is the speaker's "will" moved back a tense ("Lee said the levy would pass"),
/// not a hedge.
pub fn backshifts(cue: &str) -> bool {
    let last = cue.rsplit(' ').next().unwrap_or(cue).to_ascii_lowercase();
    last.ends_with("ed") || matches!(&*last, "said" | "told" | "wrote" | "thought" | "felt")
}

impl Stance {
    /// The stance without "would" among its hedges: see `backshifts`.
    pub fn without_backshifted_would(mut self) -> Self {
        self.hedges.retain(|h| h != "would");
        self.hedged = !self.hedges.is_empty();
        self
    }
}

/// The stance of a claim read into its features.
pub fn stance_of(
    claim: &ClaimFeatures,
    cue: Option<CueClass>,
    cue_negated: bool,
    extra_hedge: Option<&str>,
) -> Stance {
    let negations = claim.negations();
    // "Lee denied ..." and "Lee did not say ..." both leave the claim unasserted; "Lee did
    // not deny ..." does not.
    let denied = (cue == Some(CueClass::Deny)) != cue_negated;
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
        stance(text, Span::new(0, text.len()), cue, false, None)
    }

    #[test]
    fn negation_denies() {
        assert_eq!(
            of("reopening the pier is not a violation", None).polarity,
            Polarity::Negative
        );
        assert_eq!(of("it can’t work", None).polarity, Polarity::Negative);
        assert_eq!(
            of("members cannot absorb another cost", None).polarity,
            Polarity::Negative
        );
        assert_eq!(of("the office is open", None).polarity, Polarity::Positive);
        // An alternative is no denial, nor a contrast after a comma.
        for text in [
            "the pier will open whether or not it rains",
            "like it or not, it opens",
            "the fees fund repairs, not salaries",
        ] {
            assert_eq!(of(text, None).polarity, Polarity::Positive, "{text}");
        }
        for text in [
            "nice try, not true",
            "the fees rose, not one rider complained",
        ] {
            assert_eq!(of(text, None).polarity, Polarity::Negative, "{text}");
        }
        assert_eq!(
            of("the office is open", Some(CueClass::Deny)).polarity,
            Polarity::Negative
        );
    }

    #[test]
    fn more_conditions_and_open_questions_deny_nothing() {
        for text in [
            "the pier is not only safe but busy",
            "not just the mayor backs the pier",
            "the pier closes if the funding is not approved",
            "the pier will close if it does not pass inspection",
            "the board will decide whether the pier is not safe",
            "he saw a truck, although it was not clear who drove it",
            "the pier will open unless the council does not pay",
            "seals are back in numbers not seen in decades",
        ] {
            assert_eq!(of(text, None).polarity, Polarity::Positive, "{text}");
        }
        // A condition ends at its clause mark; the clause after it may deny.
        for text in [
            "if elected, he would not raise fees",
            "if the funding is not approved, the pier will not open",
            "the pier closes if it rains. It will not reopen",
            "the pier is not safe",
            "she had not seen the report",
            "we've not seen the report",
        ] {
            assert_eq!(of(text, None).polarity, Polarity::Negative, "{text}");
        }
    }

    #[test]
    fn a_negated_cue_leaves_its_claim_unasserted() {
        for between in [
            " did not ",
            " never ",
            " hasn't ",
            " has not yet ",
            " didn’t ",
            " declined to ",
            " would neither ",
            " has refused to ",
        ] {
            assert!(negates_cue(between), "{between}");
        }
        for between in [
            " ",
            " repeatedly ",
            " has ",
            " notably ",
            ", who is not a lawyer, ",
            ", who declined to run, ",
        ] {
            assert!(!negates_cue(between), "{between}");
        }
        let negated = |cue| stance("the pier is open", Span::new(0, 16), cue, true, None);
        assert_eq!(negated(None).polarity, Polarity::Negative);
        assert_eq!(negated(Some(CueClass::Deny)).polarity, Polarity::Positive);
    }

    #[test]
    fn a_past_cue_turns_will_into_would_without_a_hedge() {
        assert!(backshifts("said") && backshifts("has warned") && backshifts("told"));
        assert!(!backshifts("says") && !backshifts("tells"));
        let found = of("the levy would pass", None);
        assert!(found.hedged);
        assert!(!found.without_backshifted_would().hedged);
        let found = of("the levy would probably pass", None).without_backshifted_would();
        assert_eq!(found.hedges, ["probably"]);
    }

    #[test]
    fn hedges_soften() {
        let found = of("it might violate the rules", None);
        assert!(found.hedged);
        assert_eq!(found.hedges, ["might"]);
        let found = stance("it works", Span::new(0, 8), None, false, Some("reportedly"));
        assert_eq!(found.hedges, ["reportedly"]);
        assert!(!of("it works", None).hedged);
        // The month is no modal.
        assert!(!of("the pier opens in May", None).hedged);
        assert!(of("May it open soon", None).hedged);
        // Showing up is no seeming.
        assert!(!of("his name appeared on the forms", None).hedged);
        assert!(!of("she appears in court on Monday", None).hedged);
        assert!(of("the pier appears unsafe", None).hedged);
        assert!(of("the pier appeared to sway", None).hedged);
        // A comparison of rates is no hedge.
        assert!(!of("nurses were 30 percent more likely to fall ill", None).hedged);
        assert!(of("nurses are likely to fall ill", None).hedged);
        assert!(of("the vote will most likely fail", None).hedged);
    }
}
