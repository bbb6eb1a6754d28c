//! `asked`: a question put to someone: "Asked whether the plan would
//! survive, she said ...", "when asked about the delay", "Lee said, asked about it",
//! "He was asked to name one vote", "when questioned about the delay".
//! The claim is the question's content; its speaker is the asker when "by" names one
//! ("asked by a reporter whether ..."), else it has none.

use super::claim::{
    CLAUSE_SUBORDINATORS, before_mark, claim_end, mode_of, past_time_words, trim_claim,
};
use super::{Attribution, Context, Extractor, Taken};
use crate::lexicon::CueClass;
use crate::resolve::mention::{self, Mention};
use crate::span::Span;
use crate::text::normalise::folded_word;

pub struct Asked;

/// Words before "asked" that make it a question put to the subject, not by it.
const PASSIVE_LEAD: &[&str] = &[
    "when", "whenever", "while", "after", "before", "if", "once", "upon", "was", "were", "been",
    "being", "is", "are", "be", "got", "get", "gets", "getting",
];

/// Words after "asked" that make it a question when a comma stands before it
/// ("Lee said, asked about the pier"; not "Lee smiled, asked Kim ...").
const QUESTION_OPENERS: &[&str] = &["about", "whether", "if", "why", "how", "what"];

/// Words after "asked" that the claim starts past ("asked about the delay").
const TOPIC_MARKERS: &[&str] = &["about", "on", "over", "for"];

impl Extractor for Asked {
    fn id(&self) -> &'static str {
        "asked"
    }

    fn description(&self) -> &'static str {
        "questions put to someone, by an asker named after \"by\" or unnamed: \"asked whether ...\""
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        // "when questioned about the delay" puts a question as "asked" does.
        let questions = cx.cues.iter().filter(|h| {
            let verb = h.span.text(source);
            (verb.eq_ignore_ascii_case("asked") && h.class == CueClass::Ask
                || verb.eq_ignore_ascii_case("questioned"))
                && !taken.has_cue(h.span)
        });
        for hit in questions {
            let sentence = cx.sentence_span(hit.sentence);
            let rest = &source[hit.span.end..sentence.end];
            let after = rest.trim_start();
            let next = folded_word(after.split_whitespace().next().unwrap_or(""));
            if hit.class != CueClass::Ask && next != "about" {
                continue;
            }
            let lead = source[sentence.start..hit.span.start].trim_end();
            let previous = lead.rsplit(char::is_whitespace).next().unwrap_or("");
            let opens_sentence = lead.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
            let after_comma = previous.ends_with(',') && QUESTION_OPENERS.contains(&&*next);
            if !opens_sentence && !after_comma && !PASSIVE_LEAD.contains(&&*folded_word(previous)) {
                continue;
            }
            // "Anyone with information is asked to call ...": a standing request, no question.
            if matches!(&*folded_word(previous), "is" | "are") && next == "to" {
                continue;
            }
            let mut start = hit.span.end + (rest.len() - after.len());
            // "asked by host Ann Lee on Sunday whether ...": the asker is named.
            let asker = after
                .strip_prefix("by ")
                .and_then(|_| asker_after(source, Span::new(start, start + 2), sentence.end));
            if let Some((_, past)) = asker {
                start = past;
            }
            let first = source[start..sentence.end]
                .split_whitespace()
                .next()
                .unwrap_or("");
            if TOPIC_MARKERS.contains(&&*folded_word(first)) {
                start += first.len();
            }
            let claim = trim_claim(source, Span::new(start, claim_end(cx, hit.sentence, start)));
            // "Asked about it at a forum, she ...", "Lee, when asked about it, said ...": the
            // question's clause ends at its comma ("He was asked ..." is the main clause).
            // "When he was asked about it, ..." is a subordinate clause again.
            let first_word = lead.split_whitespace().next().unwrap_or("");
            let subordinate = CLAUSE_SUBORDINATORS.contains(&&*folded_word(first_word));
            let main_clause = !opens_sentence
                && !subordinate
                && matches!(
                    &*folded_word(previous),
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                );
            let claim = if !main_clause {
                before_mark(source, claim, ',')
            } else {
                claim
            };
            if claim.text(source).split_whitespace().count() < 2 {
                continue;
            }
            let question = Attribution {
                cue_class: Some(hit.class),
                ..Attribution::patterned(
                    self.id(),
                    hit.span,
                    hit.sentence,
                    claim,
                    mode_of(cx, claim),
                )
            };
            found.push(match asker {
                Some((asker, _)) => question.by(asker),
                None => question,
            });
        }
        found
    }
}

/// The asker named after "by" (`by`), and where the question starts past the asker and
/// any time words.
fn asker_after(source: &str, by: Span, end: usize) -> Option<(Mention, usize)> {
    let asker = mention::after(source, by, end)?;
    let past = asker
        .appositive
        .map_or(asker.span.end, |a| a.end.max(asker.span.end));
    let past =
        past + source[past..end].len() - source[past..end].trim_start_matches([',', ' ']).len();
    Some((asker, past_time_words(source, past, end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::claims;

    #[test]
    fn fires_on_questions_put_to_the_subject() {
        assert_eq!(
            claims(
                &Asked,
                "Asked whether the bridge would reopen, the mayor said it would."
            ),
            ["whether the bridge would reopen"]
        );
        assert_eq!(
            claims(
                &Asked,
                "She smiled when asked about the council's vote on parking."
            ),
            ["the council's vote on parking"]
        );
        assert_eq!(
            claims(
                &Asked,
                "The senator was asked to name one bill he had written."
            ),
            ["to name one bill he had written"]
        );
    }

    #[test]
    fn a_standing_request_is_no_question() {
        assert!(
            claims(
                &Asked,
                "Anyone with information is asked to call the tip line."
            )
            .is_empty()
        );
        assert_eq!(
            claims(&Asked, "He was asked to name one vote."),
            ["to name one vote"]
        );
    }

    #[test]
    fn an_asker_after_by_is_the_speaker() {
        let text = "Asked by host Ann Lee on Sunday whether the pier would reopen, Kim said no.";
        let found = crate::extract::test_support::run(&Asked, text);
        assert_eq!(
            found,
            [(
                "whether the pier would reopen".into(),
                Some("host Ann Lee".into())
            )]
        );
        assert_eq!(
            claims(
                &Asked,
                "He was asked by a reporter about the vote on parking."
            ),
            ["the vote on parking"]
        );
    }

    #[test]
    fn a_question_s_clause_ends_at_its_comma() {
        assert_eq!(
            claims(
                &Asked,
                "Lee, when asked about the pier, often talks about the ferry instead."
            ),
            ["the pier"]
        );
        // The comma may stand inside a closing quotation mark before the next attribution.
        assert_eq!(
            claims(
                &Asked,
                "Asked if Lee is “fit to serve,” most voters said yes."
            ),
            ["if Lee is “fit to serve,”"]
        );
        // In the main clause the question runs on.
        assert_eq!(
            claims(
                &Asked,
                "He was asked about the pier, the ferry and the port."
            ),
            ["the pier, the ferry and the port"]
        );
    }

    #[test]
    fn fires_after_a_comma_a_subordinator_and_on_questioned_about() {
        for (text, claim) in [
            (
                "“It is late,” Lee said, asked about the pier in an interview.",
                "the pier in an interview",
            ),
            (
                "Whenever asked about the ferry, aides change the subject.",
                "the ferry",
            ),
            (
                "When the mayor was questioned about the audit on radio, her answer was short.",
                "the audit on radio",
            ),
        ] {
            assert_eq!(claims(&Asked, text), [claim], "{text}");
        }
    }

    #[test]
    fn does_not_fire_on_askers() {
        // Not after a comma without a question, nor on "questioned" without "about".
        assert!(claims(&Asked, "Lee smiled, asked Kim to leave and went home.").is_empty());
        assert!(claims(&Asked, "When the mayor questioned the audit, aides left.").is_empty());
        assert!(claims(&Asked, "A reporter asked whether the bridge would reopen.").is_empty());
        assert!(claims(&Asked, "The mayor asked.").is_empty());
    }
}
