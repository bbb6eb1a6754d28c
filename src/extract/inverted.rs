//! `inverted`: the claim first and the attribution after it: ..., X said. / ..., said X. /
//! and the parenthetical ..., X said, ... .

use super::claim::{mode_of, trim_claim};
use super::indirect::is_passive;
use super::{Attribution, Context, Extractor, Taken};
use crate::resolve::mention;
use crate::span::Span;
use crate::text::normalise::is_double_quote;

pub struct Inverted;

impl Extractor for Inverted {
    fn id(&self) -> &'static str {
        "inverted"
    }

    fn description(&self) -> &'static str {
        "a claim followed by a comma and its attribution: ..., X said"
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in cx.free_cues(taken) {
            let sentence = cx.sentence_span(hit.sentence);
            if is_passive(source, sentence.start, hit.span) {
                continue;
            }
            // Speaker before the cue ("..., X said") or after it ("..., said X").
            let lead = source[sentence.start..hit.span.start].trim_end();
            let speaker_after = lead.ends_with(',');
            let (speaker, attribution) = if speaker_after {
                match mention::after(source, hit.span, sentence.end) {
                    Some(m) => (m, Span::new(hit.span.start, m.span.end)),
                    None => continue,
                }
            } else {
                match cx.mention_before(sentence.start, hit.span) {
                    Some(m) => (m, Span::new(m.span.start, hit.span.end)),
                    None => continue,
                }
            };
            let before = source[sentence.start..attribution.start].trim_end();
            let Some(claim_head) = before.strip_suffix(',') else {
                continue;
            };
            if claim_head.split_whitespace().count() < 2 {
                continue;
            }
            let rest = source[attribution.end..sentence.end].trim();
            let parenthetical = rest.starts_with(',')
                && rest.len() > 2
                && !is_descriptive_tail(&rest[1..], speaker_after);
            let tail_is_adverbial =
                rest.split_whitespace().count() <= 14 && !rest.chars().any(is_double_quote);
            let end = if parenthetical {
                sentence.end
            } else if tail_is_adverbial || rest.is_empty() {
                sentence.start + claim_head.len()
            } else {
                continue;
            };
            let claim = trim_claim(source, Span::new(sentence.start, end));
            let second_hand = speaker.hedge.is_some();
            found.push(
                Attribution::cued(self.id(), hit, speaker, claim, mode_of(cx, claim))
                    .heard_second_hand(second_hand),
            );
        }
        found
    }
}

/// What follows ", X said," describes the speaker or the occasion ("folding the tents",
/// "in a statement"; after "said X": ", a doctor at ...") rather than going on with the claim.
fn is_descriptive_tail(rest: &str, speaker_after: bool) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    let occasion = first.ends_with("ing")
        || matches!(
            first.as_str(),
            "as" | "in"
                | "at"
                | "on"
                | "during"
                | "after"
                | "before"
                | "when"
                | "while"
                | "according"
                | "who"
                | "whose"
        );
    let appositive = matches!(
        first.as_str(),
        "a" | "an" | "the" | "one" | "his" | "her" | "their"
    );
    occasion || (speaker_after && appositive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn fires_on_trailing_attribution() {
        let found = run(
            &Inverted,
            "Business was slow, she said, folding the last of the tents.",
        );
        assert_eq!(found[0].0, "Business was slow");
        let found = run(
            &Inverted,
            "The rain could last all week, said Nora Patel, the county's emergency director.",
        );
        assert_eq!(
            found,
            [(
                "The rain could last all week".into(),
                Some("Nora Patel".into())
            )]
        );
    }

    #[test]
    fn parenthetical_attribution_covers_both_sides() {
        let found = run(
            &Inverted,
            "The housing shortage, Mr. Alder often says, is the town's biggest problem.",
        );
        assert_eq!(
            found[0],
            (
                "The housing shortage, Mr. Alder often says, is the town's biggest problem".into(),
                Some("Mr. Alder".into())
            )
        );
    }

    #[test]
    fn does_not_fire_without_comma() {
        assert!(run(&Inverted, "Kim said the office is open.").is_empty());
    }
}
