//! `as_clause`: an attribution in an "as" clause, before or after its claim: "As the Post
//! reported, the talks stalled." / "The talks stalled, as the Post reported." / "As reported
//! by the Post, ..."

use super::claim::{is_time_or_adverb, trim_claim};
use super::{Attribution, Context, Extractor, Taken};
use crate::resolve::mention;
use crate::span::{Span, ceil_boundary};
use crate::text::normalise::strip_clause_dash;

pub struct AsClause;

/// Prepositions that open a phrase of when, where or how something was said after an "as"
/// clause's cue ("as Lee said on the radio").
pub(super) const OCCASION_LEADS: &[&str] = &["in", "on", "at", "during", "via"];

/// A short phrase of where or how it was said: "in an op-ed Thursday", "on Twitter",
/// "with a chart".
fn is_occasion(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let first = words.next().unwrap_or("");
    (OCCASION_LEADS.contains(&first) || first == "with") && words.count() < 6
}

/// Whether what follows the cue of a trailing "as" clause closes the sentence with, at most,
/// when, where or how it was said: "on Monday", "in April while promoting a film".
fn ends_with_occasion(rest: &str) -> bool {
    let rest = rest.trim_end_matches(['.', '!', '?']).trim();
    let first = rest.split_whitespace().next().unwrap_or("");
    rest.is_empty()
        || (!rest.contains([',', ';', ':', '“', '"'])
            && (OCCASION_LEADS.contains(&first) || is_time_or_adverb(first)))
}

impl Extractor for AsClause {
    fn id(&self) -> &'static str {
        "as_clause"
    }

    fn description(&self) -> &'static str {
        "an attribution in an \"as\" clause: \"as the Post reported\""
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in cx.free_cues(taken) {
            let sentence = cx.sentence_span(hit.sentence);
            let lead = &source[sentence.start..hit.span.start];
            // The "as" that opens the clause, within 60 bytes before the cue.
            let window = ceil_boundary(lead, lead.len().saturating_sub(60));
            let Some(as_at) = lead[window..]
                .to_ascii_lowercase()
                .rmatch_indices("as ")
                .map(|(at, _)| window + at)
                .find(|&at| at == 0 || lead[..at].ends_with([' ', '(']))
            else {
                continue;
            };
            let as_start = sentence.start + as_at;
            // "as X reported", or in the passive "as (first) reported by X".
            let adverbs_only = source[as_start + 3..hit.span.start]
                .split_whitespace()
                .all(is_time_or_adverb);
            let by = source[hit.span.end..sentence.end]
                .strip_prefix(" by ")
                .filter(|_| adverbs_only)
                .map(|_| Span::new(hit.span.end + 1, hit.span.end + 3));
            let speaker = match by {
                Some(by) => mention::after(source, by, sentence.end),
                None => cx
                    .mention_before(as_start + 3, hit.span)
                    .filter(|m| m.span.start == as_start + 3),
            };
            let Some(speaker) = speaker else {
                continue;
            };
            let said_end = if by.is_some() {
                speaker.span.end
            } else {
                hit.span.end
            };
            let rest_start = sentence.end - source[said_end..sentence.end].trim_start().len();
            // "(As the Post reported, ...)": an aside in brackets reads as a sentence.
            let bracketed = lead[..as_at].trim_end().ends_with('(');
            let rest_end = if bracketed {
                rest_start
                    + source[rest_start..sentence.end]
                        .trim_end_matches(['.', ')'])
                        .len()
            } else {
                sentence.end
            };
            let rest = &source[rest_start..rest_end];
            let opening = lead[..as_at]
                .trim()
                .trim_end_matches(',')
                .trim_end_matches('(');
            // "But as X noted, ...", or a clause before it: "..., and as X noted, ...".
            let last_word = opening.rsplit([' ', ',']).next().unwrap_or("");
            let fronted = opening.is_empty()
                || ["but", "and", "yet", "so", "still"]
                    .iter()
                    .any(|w| last_word.eq_ignore_ascii_case(w));
            let claim = if fronted {
                // Fronted: "As X reported, CLAIM.", "But as X noted, CLAIM.", "As X
                // reported just today, CLAIM."
                let Some((when, comma)) = rest.split_once(',') else {
                    continue;
                };
                if !when.split_whitespace().all(is_time_or_adverb) && !is_occasion(when) {
                    continue;
                }
                Span::new(rest_end - comma.len(), rest_end)
            } else if lead[..as_at].trim_end().ends_with(',') && ends_with_occasion(rest) {
                // Trailing: "CLAIM, as X reported.", "CLAIM, as X said on the radio.", or
                // after a dash: "In the city - CLAIM, as X said -".
                let before = lead[..as_at].trim_end();
                let start = before
                    .char_indices()
                    .rev()
                    .find(|&(at, c)| strip_clause_dash(&before[..at + c.len_utf8()]).is_some())
                    .map(|(at, c)| at + c.len_utf8())
                    // Not a dash inside a quotation the claim closes.
                    .filter(|&at| !before[at..].contains(['"', '“', '”']))
                    .unwrap_or(0);
                Span::new(sentence.start + start, sentence.start + before.len() - 1)
            } else {
                continue;
            };
            let claim = trim_claim(source, claim);
            if claim.text(source).split_whitespace().count() < 3 {
                continue;
            }
            found.push(Attribution::cued_in(cx, self.id(), hit, speaker, claim));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn fires_before_and_after_the_claim() {
        assert_eq!(
            run(
                &AsClause,
                "As The Harbor Post reported, the talks stalled on Friday."
            ),
            [(
                "the talks stalled on Friday".into(),
                Some("The Harbor Post".into())
            )]
        );
        assert_eq!(
            run(
                &AsClause,
                "The pier is no local matter, as its owner has argued."
            ),
            [(
                "The pier is no local matter".into(),
                Some("its owner".into())
            )]
        );
    }

    #[test]
    fn a_trailing_clause_may_say_when_and_where() {
        assert_eq!(
            run(
                &AsClause,
                "The race is tied, as Cruz said on the radio program on Monday."
            ),
            [("The race is tied".into(), Some("Cruz".into()))]
        );
        // A dash before the claim opens it.
        assert_eq!(
            run(
                &AsClause,
                "In the city - her father grew up here, as she said at the outset - all was calm."
            ),
            [("her father grew up here".into(), Some("she".into()))]
        );
        // Not a clause of its own after the speaker.
        assert_eq!(
            run(
                &AsClause,
                "The race is tied, as Cruz said the polls would show."
            ),
            []
        );
    }

    #[test]
    fn as_someone_put_it() {
        assert_eq!(
            run(
                &AsClause,
                "As one ferry captain put it, the pier is a monument to waste."
            ),
            [(
                "the pier is a monument to waste".into(),
                Some("one ferry captain".into())
            )]
        );
        // Not "put it" with an object of its own.
        let text = "The mayor will put it aside for now.";
        assert!(run(&crate::extract::indirect::Indirect, text).is_empty());
    }

    #[test]
    fn fires_after_a_clause_and_its_conjunction_and_past_an_occasion() {
        assert_eq!(
            run(
                &AsClause,
                "Crews may strike, and as Lee noted, the pier could close for weeks."
            ),
            [("the pier could close for weeks".into(), Some("Lee".into()))]
        );
        assert_eq!(
            run(
                &AsClause,
                "But as the Harbor Post noted in an editorial Monday, the pier is costly."
            ),
            [("the pier is costly".into(), Some("the Harbor Post".into()))]
        );
        assert_eq!(
            run(
                &AsClause,
                "As one reader pointed out with a chart, the two plans are far apart."
            )[0]
            .0,
            "the two plans are far apart"
        );
        // A longer phrase after the cue is no occasion.
        assert!(
            run(
                &AsClause,
                "As Lee noted in a long talk to the dock workers of the east side, the pier is costly."
            )
            .is_empty()
        );
        // Nor is a clause before "as" with no conjunction a fronted one.
        assert!(
            run(
                &AsClause,
                "Crews may strike as Lee noted, the pier could close."
            )
            .is_empty()
        );
    }

    #[test]
    fn fires_on_the_passive_with_its_source_after_by() {
        assert_eq!(
            run(
                &AsClause,
                "As reported by the Harbor Post, the talks stalled on Friday."
            ),
            [(
                "the talks stalled on Friday".into(),
                Some("the Harbor Post".into())
            )]
        );
        assert_eq!(
            run(
                &AsClause,
                "The talks stalled on Friday, as noted by the Harbor Post."
            ),
            [(
                "The talks stalled on Friday".into(),
                Some("the Harbor Post".into())
            )]
        );
    }

    #[test]
    fn adverbs_before_a_passive_cue_and_an_aside_in_brackets() {
        assert_eq!(
            run(
                &AsClause,
                "The talks stalled on Friday, as first reported by the Harbor Post."
            ),
            [(
                "The talks stalled on Friday".into(),
                Some("the Harbor Post".into())
            )]
        );
        let text =
            "Lee denies it. (As the Harbor Post first reported, he backed the plan in 2002.)";
        assert_eq!(
            run(&AsClause, text),
            [(
                "he backed the plan in 2002".into(),
                Some("the Harbor Post".into())
            )]
        );
    }

    #[test]
    fn time_words_may_stand_between_the_cue_and_its_comma() {
        assert_eq!(
            run(
                &AsClause,
                "As the Harbor Post reported just today, the talks stalled."
            ),
            [("the talks stalled".into(), Some("the Harbor Post".into()))]
        );
    }

    #[test]
    fn a_conjunction_may_open_the_sentence_before_as() {
        assert_eq!(
            run(
                &AsClause,
                "But as Lee noted, the voters will give the mayor a second look."
            ),
            [(
                "the voters will give the mayor a second look".into(),
                Some("Lee".into())
            )]
        );
    }

    #[test]
    fn does_not_fire_on_comparisons_or_plain_clauses() {
        assert!(run(&AsClause, "She spoke as quietly as he said she would.").is_empty());
        assert!(run(&AsClause, "As the talks stalled, the mayor said little.").is_empty());
    }
}
