//! `speech_noun`: a claim credited through a noun of saying and its owner: "Lee's claim that
//! ...", "the council's repeated insistence that ...", "warnings from her lawyer that ...".
//! The owner is the speaker.

use super::claim::{claim_end, is_finite_auxiliary, mode_of, trim_claim};
use super::{Attribution, Context, Extractor, Pattern, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention;
use crate::span::{Span, floor_boundary};
use crate::text::normalise::with_lowercase;
use std::sync::LazyLock;

pub struct SpeechNoun;

/// A possessive, up to two modifiers, a noun of saying and "that"; or the noun, its owner
/// after "from" or "by", and "that" ("warnings from his lawyer that ..."). One gate serves
/// both, as a pass over the text costs about as much as a rule.
pub(super) static SPEECH_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    let nouns = lexicon().clause_nouns.join("|");
    Pattern::new(
        &format!(r"(?:{nouns})s? "),
        &format!(
            r"(?i)(?P<mark>['’]s|s['’])(?-u:\s+(?:[a-z\-]+\s+){{0,2}}?)(?P<noun>{nouns})s? that(?-u:\b)|(?P<owned>{nouns})s? (?P<by>from|by) "
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
            let at =
                |m: regex::Match| Span::new(matched.start + m.start(), matched.start + m.end());
            let (cue, owner) = match (groups.name("mark"), groups.name("noun")) {
                (Some(mark), Some(noun)) => {
                    // "voters'": the owner keeps its "s".
                    let owner_end = matched.start
                        + mark.start()
                        + usize::from(mark.as_str().starts_with(['s', 'S']));
                    let sentence_start = cx.sentence_span(index).start;
                    let owner = mention::owner_before(source, sentence_start, owner_end);
                    (at(noun), owner.map(|o| (o, matched.end)))
                }
                _ => {
                    let (Some(noun), Some(by)) = (groups.name("owned"), groups.name("by")) else {
                        continue;
                    };
                    // The owner is one speaker phrase that runs up to "that".
                    let Some(that) = that_after_owner(source, matched.end) else {
                        continue;
                    };
                    let owner = mention::after(source, at(by), that)
                        .filter(|m| source[m.span.end..that].trim().is_empty());
                    (at(noun), owner.map(|o| (o, that + "that".len())))
                }
            };
            let Some((owner, from)) = owner else {
                continue;
            };
            let Some(claim) = clause_after(cx, index, from) else {
                continue;
            };
            found.push(
                Attribution::patterned(self.id(), cue, index, claim, mode_of(cx, claim)).by(owner),
            );
        }
        found
    }
}

/// Where the "that" after an owner phrase from `from` stands: within a few words, with no
/// mark of a clause's end before it.
fn that_after_owner(source: &str, from: usize) -> Option<usize> {
    let window = &source[from..floor_boundary(source, from + 70)];
    let at = window.find(" that ")? + 1;
    let owner = &window[..at];
    let ended = owner.contains(['.', ',', ';', ':', '!', '?', '"', '“', '”']);
    (!ended && owner.len() > 2).then_some(from + at)
}

/// The noun's clause from `from`, past its "that". It sits inside a longer sentence, so it
/// ends at its first comma ("Despite Lee's claim that A, the board ...").
fn clause_after(cx: &Context, index: usize, from: usize) -> Option<Span> {
    let source = cx.source();
    let end = claim_end(cx, index, from);
    let end = source[from..end].find(',').map_or(end, |at| from + at);
    let end = passive_main_verb(&source[from..end]).map_or(end, |at| from + at);
    let claim = trim_claim(source, Span::new(from, end));
    let mut words = claim.text(source).split_whitespace();
    // "Lee's argument that week": "that" a determiner of time, no clause after it.
    let timed = words
        .next()
        .is_some_and(|w| with_lowercase(w, |w| lexicon().time_words.contains(w)));
    (!timed && words.count() >= 2).then_some(claim)
}

/// Where the sentence's own verb, a passive with its agent, follows the noun's clause once
/// that clause has a verb of its own: "Lee's claim that the pier was safe (was disputed by
/// engineers)"; not "Lee's claim that the pier was closed by the storm".
fn passive_main_verb(clause: &str) -> Option<usize> {
    ["was", "were", "is", "are", "has been", "have been"]
        .iter()
        .filter_map(|auxiliary| {
            clause
                .match_indices(&format!(" {auxiliary} "))
                .find_map(|(at, found)| {
                    let mut rest = clause[at + found.len()..].split(' ');
                    let participle = rest.next()?;
                    let own_verb = clause[..at]
                        .split(' ')
                        .any(|w| with_lowercase(w, is_finite_auxiliary));
                    let passive = participle.len() > 4 && participle.ends_with("ed");
                    (own_verb && passive && rest.next() == Some("by")).then_some(at)
                })
        })
        .min()
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
        gate_holds(&SPEECH_NOUN, "the claims by the farmers that prices fell");
    }

    #[test]
    fn a_passive_main_verb_after_the_clause_is_not_the_claim_s() {
        let found = run(
            &SpeechNoun,
            "Lee's claim that the pier was safe was disputed by engineers.",
        );
        assert_eq!(found[0].0, "the pier was safe");
        // A passive that is the clause's own verb stays.
        let found = run(
            &SpeechNoun,
            "Lee's claim that the pier was closed by the storm.",
        );
        assert_eq!(found[0].0, "the pier was closed by the storm");
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
    fn fires_on_an_owner_after_from_or_by() {
        let found = run(
            &SpeechNoun,
            "Lee ignored repeated warnings from his lawyer that the pier would fail.",
        );
        assert_eq!(
            found,
            [("the pier would fail".into(), Some("his lawyer".into()))]
        );
        // Not a time or a phrase that runs on past the owner, nor a relative "that".
        for text in [
            "The pier drew warnings from the start of May that it was weak.",
            "It faced claims by rivals on the council that were false.",
        ] {
            assert!(run(&SpeechNoun, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn does_not_fire_without_an_owner_or_a_clause() {
        // No possessive: whose claim it is goes unsaid.
        assert!(run(&SpeechNoun, "The claim that the pier is safe was checked.").is_empty());
        // "that" as a determiner: no clause follows.
        assert!(run(&SpeechNoun, "Lee's argument that week was short.").is_empty());
    }
}
