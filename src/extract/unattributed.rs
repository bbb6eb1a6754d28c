//! `unattributed`: reported claims that name no source: "... reportedly could not ...",
//! "Concerns are rising that ...", "It is believed that ...".

use super::claim::{claim_end, trim_claim};
use super::{Attribution, Context, Extractor, Mode, Pattern, Taken};
use crate::resolve::mention::{REACH, is_determiner_word};
use crate::span::Span;
use crate::text::sentences::MAX_SENTENCE;
use std::sync::LazyLock;

pub struct Unattributed;

pub(super) static REPORTED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"[Rr]eportedly|[Aa]llegedly|(?:rising|growing|mounting|swirling|circulating|emerging|spreading|increasing|concerns?|fears?|reports?|rumou?rs?|speculation|signs?|indications?|suspicions?|allegations?|said|reported|believed|understood|alleged|rumou?red|claimed|thought|expected|suggested|speculated)\s+that|(?:believed|understood|thought)\s+[a-zA-Z0-9]",
        r"(?ix)
        (?-u:\b)(?:reportedly|allegedly)(?-u:\b)
        | (?-u:\b)(?:concerns?|fears?|worries|speculation|rumou?rs?|suspicions?|expectations?|indications?|signs?|allegations?|reports?)
          \s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:rising|growing|mounting|swirling|circulating|emerging|spreading|increasing)\s+that(?-u:\b)
        | (?-u:\b)there\s+(?:are|were|is|was)\s+(?:growing\s+|mounting\s+|widespread\s+)?(?:concerns?|fears?|reports?|rumou?rs?|speculation|signs?|indications?|suspicions?|allegations?)\s+that(?-u:\b)
        | (?-u:\b)it\s+(?:is|was|has\s+been)\s+(?:widely\s+|generally\s+)?(?:said|reported|believed|understood|alleged|rumou?red|claimed|thought|expected|suggested|speculated)
          (?:\s+(?:in|among|within|across|at)(?:\s+[a-z][a-z'’-]*){1,4}?)?\s+that(?-u:\b)
        | (?-u:\b)it\s+(?:is|was)\s+(?:widely\s+|generally\s+)?(?:believed|understood|thought)(?-u:\b)",
    )
});

impl Extractor for Unattributed {
    fn id(&self) -> &'static str {
        "unattributed"
    }

    fn description(&self) -> &'static str {
        "reported claims with no named source"
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, cue) in cx.pattern_matches(&REPORTED) {
            let used = |a: &Attribution| {
                a.claim.contains(cue)
                    || a.cue.is_some_and(|c| c.overlaps(cue))
                    || a.mention.is_some_and(|s| s.hedge == Some(cue))
            };
            // A statement's cue and mention stand within a sentence of its claim.
            if taken.near(cue, MAX_SENTENCE + REACH).any(used) {
                continue;
            }
            // A cue verb right after "reportedly" belongs to a speaker-first statement.
            let sentence_end = cx.sentence_span(index).end;
            let after = source[cue.end..sentence_end].trim_start();
            let next_word = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if crate::lexicon::lexicon().cue(next_word).is_some() {
                continue;
            }
            // "It is understood the club ...": with no "that", a clause's subject must
            // follow (not "It is believed to be ...").
            let last = cue.text(source).rsplit(' ').next().unwrap_or("");
            let without_that = matches!(last, "believed" | "understood" | "thought");
            if without_that && !opens_clause(next_word, after) {
                continue;
            }
            let claim = trim_claim(source, Span::new(cue.end, claim_end(cx, index, cue.end)));
            if claim.text(source).split_whitespace().count() >= 3 {
                found.push(Attribution::patterned(
                    self.id(),
                    cue,
                    index,
                    claim,
                    Mode::Reported,
                ));
            }
        }
        found
    }
}

/// Whether `word`, the first of `after`, may open a clause's subject: a determiner, a
/// pronoun, a number or a name ("the club", "he", "2 clubs", "at least two", "Rovers").
fn opens_clause(word: &str, after: &str) -> bool {
    is_determiner_word(word)
        || matches!(word, "he" | "she" | "they" | "we" | "it" | "there")
        || word.starts_with(char::is_uppercase)
        || after.starts_with(|c: char| c.is_ascii_digit())
        || after.starts_with("at least ")
        || after.starts_with("more than ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::claims;

    #[test]
    fn the_gate_holds() {
        use crate::extract::test_support::gate_holds;
        for text in [
            "reportedly the ministry agreed",
            "concerns are growing that the plan will fail",
            "there are mounting fears that the bank will close",
            "it is widely believed that he will run",
            "it is widely believed in Dover that he will run",
            "allegedly the money went missing",
            "it is understood the club rejected the bid",
        ] {
            gate_holds(&REPORTED, text);
        }
    }

    #[test]
    fn a_place_or_circle_may_stand_before_that() {
        assert_eq!(
            claims(
                &Unattributed,
                "It is widely believed in Dover that the mayor will not run again."
            ),
            ["the mayor will not run again"]
        );
        // Not past a clause mark: the "that" is another clause's.
        assert!(
            claims(
                &Unattributed,
                "It is widely believed in Dover, though few admit that the mayor will not run."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_suggestion_no_one_made_is_reported() {
        assert_eq!(
            claims(
                &Unattributed,
                "It has been suggested that the mayor could end the deadlock."
            ),
            ["the mayor could end the deadlock"]
        );
    }

    #[test]
    fn a_belief_without_that_needs_a_subject_after_it() {
        for (text, claim) in [
            (
                "It is understood the club rejected the bid.",
                "the club rejected the bid",
            ),
            (
                "It is believed Rovers rejected the bid.",
                "Rovers rejected the bid",
            ),
            (
                "It is thought he will stay at the club.",
                "he will stay at the club",
            ),
            (
                "It is understood at least two clubs have asked.",
                "at least two clubs have asked",
            ),
            ("It is believed 2 clubs made offers.", "2 clubs made offers"),
        ] {
            assert_eq!(claims(&Unattributed, text), [claim], "{text}");
        }
        for text in [
            "It was thought best to wait for the board.",
            "It is understood by all who work at the pier.",
        ] {
            assert!(claims(&Unattributed, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn fires_on_reportedly_and_concerns() {
        assert_eq!(
            claims(
                &Unattributed,
                "The union reportedly could not reach the operators before the deadline."
            ),
            ["could not reach the operators before the deadline"]
        );
        assert_eq!(
            claims(
                &Unattributed,
                "Concerns are rising that the strike could spread to other ports."
            ),
            ["the strike could spread to other ports"]
        );
    }

    #[test]
    fn does_not_fire_before_a_cue_verb() {
        assert!(
            claims(
                &Unattributed,
                "The administration reportedly told Seoul it objects."
            )
            .is_empty()
        );
    }
}
