//! `vague`: attributions to nobody in particular that the speaker-first rule cannot parse:
//! "There are those who say ...", "Word is that ...", "Rumors have it that ...".

use super::claim::{claim_end, mode_of, trim_claim};
use super::{Attribution, Context, Extractor};
use crate::resolve::mention::Mention;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct Vague;

static VAGUE_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:there\s+(?:are|were)\s+(?P<who>those|people|some|many|others)\s+who\s+(?:\w+\s+)?(?:say|said|argue|argued|claim|claimed|insist|insisted|believe|believed)|(?P<word>word|rumou?r|talk)\s+(?:is|has\s+it))\b(?:\s+that\b)?",
    )
    .expect("valid regex")
});

impl Extractor for Vague {
    fn id(&self) -> &'static str {
        "vague"
    }

    fn description(&self) -> &'static str {
        "claims credited to nobody in particular: \"there are those who say\""
    }

    fn extract(&self, cx: &Context, _taken: &[Attribution]) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, sentence) in cx.doc.sentences.iter().enumerate() {
            let text = sentence.span.text(source);
            for caps in VAGUE_SOURCE.captures_iter(text) {
                let whole = caps.get(0).expect("match");
                let who = caps
                    .name("who")
                    .or(caps.name("word"))
                    .expect("one alternative matched");
                let at = |s: usize, e: usize| {
                    Span::new(sentence.span.start + s, sentence.span.start + e)
                };
                let cue = at(whole.start(), whole.end());
                let claim = trim_claim(source, Span::new(cue.end, claim_end(cx, index, cue.end)));
                if claim.text(source).split_whitespace().count() < 2 {
                    continue;
                }
                found.push(Attribution {
                    extractor: self.id(),
                    claim,
                    cue: Some(cue),
                    mention: Some(Mention {
                        span: at(who.start(), who.end()),
                        appositive: None,
                        hedge: None,
                    }),
                    mode: mode_of(cx, claim),
                    second_hand: false,
                    continues: false,
                    sentence: index,
                    cue_class: None,
                });
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

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
