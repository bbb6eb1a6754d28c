//! `speech_noun`: a claim credited through a noun of saying and its owner: "Lee's claim that
//! ...", "the council's repeated insistence that ...". The owner is the speaker.

use super::claim::{claim_end, mode_of, trim_claim};
use super::{Attribution, Context, Extractor, Pattern, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention;
use crate::span::Span;
use crate::text::normalise::with_lowercase;
use std::sync::LazyLock;

pub struct SpeechNoun;

/// A possessive, up to two modifiers, a noun of saying and "that".
static SPEECH_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    let nouns = lexicon().clause_nouns.join("|");
    Pattern::new(
        &format!(r"(?:{nouns})s? that"),
        &format!(
            r"(?i)(?P<mark>['’]s|s['’])(?-u:\s+(?:[a-z\-]+\s+){{0,2}}?)(?P<noun>{nouns})s? that(?-u:\b)"
        ),
    )
});

impl Extractor for SpeechNoun {
    fn id(&self) -> &'static str {
        "speech_noun"
    }

    fn description(&self) -> &'static str {
        "a claim credited through a noun of saying: \"Lee's claim that ...\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, matched) in cx.pattern_matches(&SPEECH_NOUN) {
            let Some(groups) = SPEECH_NOUN.captures(matched.text(source)) else {
                continue;
            };
            let (Some(mark), Some(noun)) = (groups.name("mark"), groups.name("noun")) else {
                continue;
            };
            // "voters'": the owner keeps its "s".
            let owner_end =
                matched.start + mark.start() + usize::from(mark.as_str().starts_with(['s', 'S']));
            let cue = Span::new(matched.start + noun.start(), matched.start + noun.end());
            let sentence_start = cx.sentence_span(index).start;
            let Some(owner) = mention::owner_before(source, sentence_start, owner_end) else {
                continue;
            };
            // The noun's clause sits inside a longer sentence: it ends at its first comma
            // ("Despite Lee's claim that A, the board ...").
            let end = claim_end(cx, index, matched.end);
            let end = source[matched.end..end]
                .find(',')
                .map_or(end, |at| matched.end + at);
            let claim = trim_claim(source, Span::new(matched.end, end));
            let mut words = claim.text(source).split_whitespace();
            // "Lee's argument that week": "that" a determiner of time, no clause after it.
            let timed = words
                .next()
                .is_some_and(|w| with_lowercase(w, |w| lexicon().time_words.contains(w)));
            if timed || words.count() < 2 {
                continue;
            }
            found.push(
                Attribution::patterned(self.id(), cue, index, claim, mode_of(cx, claim)).by(owner),
            );
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn the_gate_holds() {
        use crate::extract::test_support::gate_holds;
        gate_holds(&SPEECH_NOUN, "the mayor's claim that the pier is safe");
        gate_holds(&SPEECH_NOUN, "Lee’s repeated insistence that it worked");
        gate_holds(&SPEECH_NOUN, "the farmers' contention that prices fell");
    }

    #[test]
    fn fires_on_an_owner_and_a_noun_of_saying() {
        let found = run(
            &SpeechNoun,
            "Critics checked Mayor Ann Lee's claim that the pier had been repaired twice.",
        );
        assert_eq!(
            found,
            [(
                "the pier had been repaired twice".into(),
                Some("Mayor Ann Lee".into())
            )]
        );
        let found = run(
            &SpeechNoun,
            "The video contradicts the port authority’s earlier assertion that no crane fell.",
        );
        assert_eq!(found[0].1.as_deref(), Some("the port authority"));
    }

    #[test]
    fn does_not_fire_without_an_owner_or_a_clause() {
        // No possessive: whose claim it is goes unsaid.
        assert!(run(&SpeechNoun, "The claim that the pier is safe was checked.").is_empty());
        // "that" as a determiner: no clause follows.
        assert!(run(&SpeechNoun, "Lee's argument that week was short.").is_empty());
    }
}
