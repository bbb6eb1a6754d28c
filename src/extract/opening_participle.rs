//! `opening_participle`: a participle cue that opens its sentence, its claim set off by a
//! comma before the speaker: "Noting that the pier is old, Lee called for repairs."

use super::claim::{claim_start, trim_claim};
use super::subject::verb_follows;
use super::{Attribution, Context, Extractor, Taken};
use crate::resolve::mention;
use crate::span::Span;
use crate::text::normalise::{is_quote, with_lowercase};

pub struct OpeningParticiple;

/// How many commas on the main clause's subject is looked for.
const MAX_COMMAS: usize = 6;

/// Words that may stand before the participle: "But noting that ...".
const LEADS: &[&str] = &["and", "but", "yet", "still", "while", "after", "before"];

impl Extractor for OpeningParticiple {
    fn id(&self) -> &'static str {
        "opening_participle"
    }

    fn description(&self) -> &'static str {
        "a participle cue opening its sentence: \"Noting that ..., X said\""
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in &cx.cues {
            let sentence = cx.sentence_span(hit.sentence);
            let lead = source[sentence.start..hit.span.start].trim();
            // "Having announced that ...": the perfect participle opens the sentence too.
            let (lead, perfect) = match lead.strip_suffix("Having").or(lead.strip_suffix("having"))
            {
                Some(before) => (before.trim_end(), true),
                None => (lead, false),
            };
            if !perfect && !hit.span.text(source).ends_with("ing") {
                continue;
            }
            let opens = lead.is_empty() || with_lowercase(lead, |w| LEADS.contains(&w));
            if !opens || !cx.is_free(hit, taken) {
                continue;
            }
            let Some(start) = claim_start(cx, hit) else {
                continue;
            };
            // "Citing local reports, ...": a verb that needs "that" has an object, no claim.
            if hit.needs_that && !source[hit.span.end..start].trim_end().ends_with("that") {
                continue;
            }
            // The subject of the main clause stands right after one of the commas, with a
            // verb after it ("..., Lee called"), not a list's next item ("..., Lee and Park").
            let mut commas = source[start..sentence.end]
                .match_indices(',')
                .map(|(at, _)| start + at)
                .take(MAX_COMMAS);
            let subject = commas.find_map(|comma| {
                // The comma may stand inside a closing quotation mark: `shoe on,” she was`.
                let rest = &source[comma + 1..sentence.end];
                let at = sentence.end - rest.trim_start_matches(is_quote).len();
                let speaker = mention::after(source, Span::new(at, at), sentence.end)?;
                let gap = source[at..speaker.span.start].trim();
                (gap.is_empty() && verb_follows(source, speaker.span, sentence.end))
                    .then_some((at, speaker))
            });
            let Some((comma, speaker)) = subject else {
                continue;
            };
            let claim = trim_claim(source, Span::new(start, comma));
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
    fn the_main_clause_may_start_after_a_closing_quotation_mark() {
        let text = "After saying the pier was “too old to save,” she called for a vote.";
        assert_eq!(
            run(&OpeningParticiple, text),
            [("the pier was “too old to save,”".into(), Some("she".into()))]
        );
    }

    #[test]
    fn a_perfect_participle_opens_the_sentence_too() {
        let text = "Having announced that the pier would close, Mayor Ana Ruiz left the hall.";
        assert_eq!(
            run(&OpeningParticiple, text),
            [("the pier would close".into(), Some("Mayor Ana Ruiz".into()))]
        );
        // "Having said that" is a link, no statement.
        let text = "Having said that, the mayor left the hall.";
        assert!(run(&OpeningParticiple, text).is_empty());
        assert!(
            run(&crate::extract::indirect::Indirect, text)
                .iter()
                .all(|(_, speaker)| speaker.as_deref() != Some("Having"))
        );
    }

    #[test]
    fn a_participle_that_needs_that_has_an_object_not_a_claim() {
        let text = "Citing local news outlets, the agency reported that the jet was lost.";
        assert!(run(&OpeningParticiple, text).is_empty());
    }

    #[test]
    fn the_main_clause_s_subject_speaks() {
        assert_eq!(
            run(
                &OpeningParticiple,
                "Noting that the pier is older than the port, Mayor Ana Ruiz called for repairs."
            ),
            [(
                "the pier is older than the port".into(),
                Some("Mayor Ana Ruiz".into())
            )]
        );
        assert_eq!(
            run(
                &OpeningParticiple,
                "But noting he had studied law, Lee said he would wait."
            ),
            [("he had studied law".into(), Some("Lee".into()))]
        );
        // A list inside the claim is passed over.
        assert_eq!(
            run(
                &OpeningParticiple,
                "Noting that fares, tolls and fees rose, the council voted no."
            ),
            [(
                "fares, tolls and fees rose".into(),
                Some("the council".into())
            )]
        );
    }

    #[test]
    fn no_participle_or_no_subject_no_statement() {
        for text in [
            "Speaking at a rally, Lee said the pier would open.",
            "Lee was noting that the pier is old, and it is.",
            "Noting the date, the pier opened.",
            "The mayor, noting that the pier is old, called for repairs.",
        ] {
            assert!(run(&OpeningParticiple, text).is_empty(), "{text}");
        }
    }
}
