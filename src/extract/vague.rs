//! `vague`: attributions to nobody in particular that the speaker-first rule cannot parse:
//! "There are those who say ...", "Word is that ...", "Rumors have it that ...".

use super::claim::{claim_end, mode_of, trim_claim};
use super::{Attribution, Context, Extractor, Pattern, Taken};
use crate::resolve::mention::Mention;
use crate::span::Span;
use std::sync::LazyLock;

pub struct Vague;

pub(super) static VAGUE_SOURCE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?:those|people|some|many|others)\s+who(?-u:\b)|(?:[Ww]ord|[Rr]umou?r|[Tt]alk)\s+(?:is|has)(?-u:\b)",
        r"(?i)(?-u:\b)(?:there\s+(?:are|were)\s+(?P<who>those|people|some|many|others)\s+who\s+(?:\w+\s+)?(?:say|said|argue|argued|claim|claimed|insist|insisted|believe|believed)|(?P<word>word|rumou?r|talk)\s+(?:is|has\s+it))(?-u:\b)(?:\s+that(?-u:\b))?",
    )
});

impl Extractor for Vague {
    fn id(&self) -> &'static str {
        "vague"
    }

    fn description(&self) -> &'static str {
        "claims credited to nobody in particular: \"there are those who say\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, cue) in cx.pattern_matches(&VAGUE_SOURCE) {
            let claim = trim_claim(source, Span::new(cue.end, claim_end(cx, index, cue.end)));
            if claim.text(source).split_whitespace().count() < 2 {
                continue;
            }
            // The source's own words ("those", "word") inside the matched phrase.
            let Some(who) = VAGUE_SOURCE
                .captures(cue.text(source))
                .and_then(|c| c.name("who").or(c.name("word")))
            else {
                continue;
            };
            let speaker = Mention::bare(Span::new(cue.start + who.start(), cue.start + who.end()));
            found.push(
                Attribution::patterned(self.id(), cue, index, claim, mode_of(cx, claim))
                    .by(speaker),
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
        gate_holds(&VAGUE_SOURCE, "there are many who argued that it failed");
        gate_holds(&VAGUE_SOURCE, "word is that the deal is off");
        gate_holds(&VAGUE_SOURCE, "rumor has it that he quit");
    }

    #[test]
    fn fires_on_those_who_say() {
        let found = run(&Vague, "There are those who say the deal is dead.");
        assert_eq!(found, [("the deal is dead".into(), Some("those".into()))]);
    }

    #[test]
    fn does_not_fire_on_named_speakers() {
        assert!(run(&Vague, "Kim says the deal is dead.").is_empty());
    }
}
