//! `second_hand`: words heard through someone else: "X was quoted as saying ...", "TASS
//! quoted X as saying ..." (X's words, relayed), "X is said to ...", "X is reported to ...".

use super::claim::{claim_end, mode_of, past_time_words, quote_claim, trim_claim};
use super::{Attribution, Context, Extractor, Mode, Pattern, Taken};
use crate::resolve::mention::Mention;
use crate::span::Span;
use std::sync::LazyLock;

pub struct SecondHand;

pub(super) static QUOTED_AS_SAYING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"[Qq]uoted|QUOTED",
        r"(?i)(?-u:\b)(?:(?:was|were|is|are|has been|have been)\s+(?:\w+\s+){0,4}?quoted\s+(?:\w+\s+){0,5}?|quoted\s+(?:[^\s,;:]+\s+){1,8}?)as\s+saying(?-u:\b)(?:\s+that(?-u:\b))?",
    )
});
pub(super) static SAID_TO: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?:said|reported|rumou?red|alleged|understood|believed)\s+to(?-u:\b)",
        r"(?i)(?-u:\b)(?:is|are|was|were)\s+(?:widely\s+)?(?:said|reported|rumou?red|alleged|understood|believed)\s+to(?-u:\b)",
    )
});

impl Extractor for SecondHand {
    fn id(&self) -> &'static str {
        "second_hand"
    }

    fn description(&self) -> &'static str {
        "second-hand reports: \"X was quoted as saying\", \"Y quoted X as saying\", \"X is said to\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, cue) in cx.pattern_matches(&QUOTED_AS_SAYING) {
            let sentence_start = cx.sentence_span(index).start;
            // "TASS quoted a senior officer as saying": the object is the speaker.
            let speaker = match quoted_object(source, cue) {
                Some(object) => Mention::bare(object),
                None => match cx.mention_before(sentence_start, cue) {
                    Some(speaker) => speaker,
                    None => continue,
                },
            };
            let end = claim_end(cx, index, cue.end);
            // "“...,” Interfax quoted the officer as saying on Tuesday": the quotation
            // before is the claim (`quote_then_cue`), not the time after.
            let mut claim = trim_claim(
                source,
                Span::new(past_time_words(source, cue.end, end), end),
            );
            // "The pier was unsafe, Lee was quoted as saying by the Ledger": the words
            // before the attribution are the claim; the agent after it, no claim.
            if claim.text(source).starts_with("by ") {
                let lead = source[sentence_start..speaker.span.start].trim_end();
                // “...,” Lee was quoted as saying by ...: the quotation.
                let quoted = cx.doc.quotes.iter().rev().find(|q| {
                    q.outer.start >= sentence_start
                        && source
                            .get(q.outer.end..speaker.span.start)
                            .is_some_and(|gap| gap.trim_matches([' ', ',']).is_empty())
                });
                claim = match (quoted, lead.strip_suffix(',')) {
                    (Some(quote), _) => quote_claim(source, quote.inner),
                    (None, Some(head)) => trim_claim(
                        source,
                        Span::new(sentence_start, sentence_start + head.len()),
                    ),
                    (None, None) => continue,
                };
            }
            if !claim.is_empty() {
                let mode = mode_of(cx, claim);
                found.push(
                    Attribution::patterned(self.id(), cue, index, claim, mode)
                        .by(speaker)
                        .heard_second_hand(true),
                );
            }
        }
        for (index, cue) in cx.pattern_matches(&SAID_TO) {
            let sentence_start = cx.sentence_span(index).start;
            let claim = trim_claim(
                source,
                Span::new(sentence_start, claim_end(cx, index, cue.end)),
            );
            found.push(
                Attribution::patterned(self.id(), cue, index, claim, Mode::Reported)
                    .heard_second_hand(true),
            );
        }
        found
    }
}

/// The object of an active "quoted ... as saying" that ends right before `end`: "a senior
/// officer" in "“...,” TASS quoted a senior officer as saying".
pub(super) fn quoted_object_before(source: &str, from: usize, end: usize) -> Option<Span> {
    let lead = source.get(from..end)?.trim_end();
    let lead = lead.strip_suffix(" as")?;
    let quoted = lead.rfind("quoted ")? + "quoted ".len();
    let object = Span::new(from + quoted, from + lead.len());
    let text = object.text(source);
    let plain = !text.is_empty() && !text.contains([',', ';']) && text.split(' ').count() <= 8;
    plain.then_some(object)
}

/// The object of an active "quoted ... as saying" matched at `cue`: "a senior officer".
fn quoted_object(source: &str, cue: Span) -> Option<Span> {
    let text = cue.text(source);
    let rest = text
        .get(..7)
        .filter(|w| w.eq_ignore_ascii_case("quoted "))?;
    let end = text.to_ascii_lowercase().rfind(" as saying")?;
    Some(Span::new(cue.start + rest.len(), cue.start + end)).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn an_agent_after_the_attribution_leaves_the_claim_before_it() {
        let found = run(
            &SecondHand,
            "The pier was unsafe, Lee was quoted as saying by the Ledger.",
        );
        assert_eq!(found, [("The pier was unsafe".into(), Some("Lee".into()))]);
        let found = run(
            &SecondHand,
            "“The pier is unsafe,” Lee was quoted as saying by the Ledger.",
        );
        assert_eq!(found, [("The pier is unsafe".into(), Some("Lee".into()))]);
    }

    #[test]
    fn fires_on_quoted_as_saying_and_said_to() {
        let found = run(
            &SecondHand,
            "Kim was quoted as saying that talks would resume.",
        );
        assert_eq!(found, [("talks would resume".into(), Some("Kim".into()))]);
        // The outlet that quoted someone relays the words of whom it quoted.
        let found = run(
            &SecondHand,
            "The agency quoted a senior officer as saying the drills were routine.",
        );
        assert_eq!(
            found,
            [(
                "the drills were routine".into(),
                Some("a senior officer".into())
            )]
        );
        let found = run(&SecondHand, "The envoy is said to have met Kim in secret.");
        assert_eq!(
            found,
            [("The envoy is said to have met Kim in secret".into(), None)]
        );
    }

    #[test]
    fn the_gates_hold() {
        use crate::extract::test_support::gate_holds;
        gate_holds(
            &QUOTED_AS_SAYING,
            "he was widely quoted in the press as saying that",
        );
        gate_holds(&SAID_TO, "the envoy is widely said to have left");
        gate_holds(&SAID_TO, "they were believed to be safe");
    }

    #[test]
    fn does_not_fire_on_plain_speech() {
        assert!(run(&SecondHand, "Kim said talks would resume.").is_empty());
    }
}
