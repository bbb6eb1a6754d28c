//! `cue_then_quote`: an attribution that introduces a quotation: X said: "..."; X said, "...";
//! X told reporters on Monday, "...".

use super::claim::quote_claim;
use super::subject::{past_channel, speaks_for_subject, subject_speaker};
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::text::normalise::has_quotation_mark;

pub struct CueThenQuote;

impl Extractor for CueThenQuote {
    fn id(&self) -> &'static str {
        "cue_then_quote"
    }

    fn description(&self) -> &'static str {
        "a speaker and cue verb followed by a colon or comma and a quotation"
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for quote in cx.doc.quotes.iter().filter(|q| !q.is_title(source)) {
            let Some(sentence) = cx.doc.sentence_at(quote.outer.start) else {
                continue;
            };
            let Some(hit) = cx
                .cues_in(sentence)
                .filter(|h| h.span.end <= quote.outer.start && !h.according_to)
                .last()
            else {
                continue;
            };
            let between = &source[hit.span.end..quote.outer.start];
            let introduces = between.trim_end().ends_with([':', ','])
                || between.trim().is_empty()
                || between.trim_end().ends_with("that");
            // A fragment the sentence goes on after ("said “a disaster” for workers") is
            // part of a paraphrase: `indirect` reads the whole. A whole utterance ends in a
            // mark (“That makes me smart,” when ...).
            let sentence_span = cx.sentence_span(sentence);
            let sentence_end = sentence_span.end;
            let embedded = !quote
                .inner
                .text(source)
                .trim_end()
                .ends_with([',', '.', '!', '?', ';', ':'])
                && source[quote.outer.end.min(sentence_end)..sentence_end]
                    .trim_start()
                    .starts_with(char::is_alphanumeric);
            if !introduces || embedded || between.len() > 80 || has_quotation_mark(between) {
                continue;
            }
            // "..., telling WLKV: “...”": the sentence's subject speaks, not WLKV.
            let speaker = if speaks_for_subject(source, sentence_span.start, hit) {
                subject_speaker(cx, hit, found.iter().rev(), taken)
            } else {
                cx.introducer(hit, quote.outer.start)
                    .and_then(|m| past_channel(cx, hit, m, found.iter().rev(), taken))
            };
            let Some(speaker) = speaker else {
                continue;
            };
            // "Okafor said the reports showed “...”": the cue is inside another's claim,
            // which `indirect` reads whole.
            let reported_within = cx.cues_in(sentence).any(|outer| {
                outer.span.end <= speaker.span.start
                    && outer.span.end <= hit.span.start
                    && !outer.according_to
                    && matches!(
                        source[outer.span.end..speaker.span.start].trim(),
                        "" | "that"
                    )
            });
            if reported_within {
                continue;
            }
            let claim = quote_claim(source, quote.inner);
            found.push(Attribution::cued(
                self.id(),
                hit,
                speaker,
                claim,
                Mode::Direct,
            ));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn fires_on_colon_and_comma() {
        let found = run(&CueThenQuote, "Kim said: “The office is open.”");
        assert_eq!(found, [("The office is open.".into(), Some("Kim".into()))]);
        let found = run(
            &CueThenQuote,
            "The minister told reporters on Monday, \"We will not yield.\"",
        );
        assert_eq!(
            found,
            [("We will not yield.".into(), Some("The minister".into()))]
        );
    }

    #[test]
    fn does_not_fire_on_embedded_fragment() {
        for text in [
            "Kim said the plan was “a disaster” for workers.",
            "Kim said “a disaster” awaits workers.",
        ] {
            assert!(run(&CueThenQuote, text).is_empty(), "{text}");
        }
        let found = run(&CueThenQuote, "Kim said, “That is smart,” when asked.");
        assert_eq!(found[0].0, "That is smart");
    }

    #[test]
    fn a_cue_inside_another_s_claim_is_left_to_it() {
        let text = "Okafor said the reports showed “a government at war with itself.”";
        assert!(run(&CueThenQuote, text).is_empty());
        assert_eq!(
            crate::extract::test_support::all_claims(text),
            ["the reports showed “a government at war with itself.”"]
        );
        // A cue that opens its sentence is no other's: "Said Lee, “...”".
        let found = run(&CueThenQuote, "It was over. Said Lee, “We lost.”");
        assert_eq!(found, [("We lost.".into(), Some("Lee".into()))]);
    }

    #[test]
    fn a_participle_quotes_the_sentence_subject_not_its_addressee() {
        let found = run(
            &CueThenQuote,
            "In 1999, Mr. Lee praised the plan, telling WLKV: “I wish I had written it.”",
        );
        assert_eq!(
            found,
            [("I wish I had written it.".into(), Some("Mr. Lee".into()))]
        );
        for text in [
            "The mayor emailed supporters saying: “The work goes on.”",
            "Before Lee spoke, the mayor sent a text message to supporters saying: “The work goes on.”",
        ] {
            let found = run(&CueThenQuote, text);
            assert!(
                found[0].1.as_deref().is_some_and(|s| s.ends_with("mayor")),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_standalone_and_bracketed_speakers() {
        let speaker = |text: &str| run(&CueThenQuote, text).first().and_then(|f| f.1.clone());
        assert_eq!(
            speaker("Yet another said, \"The vote is lost.\""),
            Some("another".into())
        );
        assert_eq!(
            speaker("Gov. Tom Reed (R-Ohio), said, \"The vote is lost.\""),
            Some("Gov. Tom Reed".into())
        );
    }
}
