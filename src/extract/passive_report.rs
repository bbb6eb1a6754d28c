//! `passive_report`: news made known in the passive with no agent: "The deal was announced
//! on Monday", "Lee was declared the winner". The subject is the claim (with the verdict a
//! declaration names); no source is named. With "by" it is `reported_by`'s.

use super::claim::mode_of;
use super::reported_by::subject_before;
use super::{Attribution, Context, Extractor, Pattern, Taken};
use crate::resolve::mention::is_determiner_word;
use crate::span::Span;
use std::sync::LazyLock;

pub struct PassiveReport;

pub(super) static PASSIVE_NEWS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?:announced|declared|confirmed|revealed|disclosed)",
        r"(?i)(?-u:\b)(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|officially|formally|publicly|later|also)\s+)?(?P<verb>announced|declared|confirmed|revealed|disclosed)(?-u:\b)",
    )
});

impl Extractor for PassiveReport {
    fn id(&self) -> &'static str {
        "passive_report"
    }

    fn description(&self) -> &'static str {
        "news made known in the passive with no agent: \"The deal was announced Monday\""
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, matched) in cx.pattern_matches(&PASSIVE_NEWS) {
            let sentence = cx.sentence_span(index);
            let rest = source[matched.end..sentence.end].trim_start();
            // "by" names the source (`reported_by`); "that" and "to" open a clause other
            // rules read ("It was announced that ...", "was confirmed to be ...").
            let next = rest.split_whitespace().next().unwrap_or("");
            if matches!(next, "by" | "that" | "to" | "as") {
                continue;
            }
            if taken.near(matched, 0).any(|a| a.claim.overlaps(matched)) {
                continue;
            }
            let Some(subject) = subject_before(source, sentence.start, matched.start) else {
                continue;
            };
            if matches!(subject.text(source), "It" | "it") {
                continue;
            }
            let verb = PASSIVE_NEWS
                .captures(matched.text(source))
                .and_then(|c| c.name("verb"))
                .map_or("", |m| m.as_str());
            // "was declared the winner in Ohio": the verdict goes with its subject.
            let verdict = verb
                .eq_ignore_ascii_case("declared")
                .then(|| verdict_after(source, matched.end, sentence.end))
                .flatten();
            let claim = verdict.map_or(subject, |v| subject.cover(v));
            let statement =
                Attribution::patterned(self.id(), matched, index, claim, mode_of(cx, claim));
            found.push(match verdict {
                Some(v) => statement.in_parts(&[subject, v]),
                None => statement,
            });
        }
        found
    }
}

/// The verdict a declaration names, from `from` to the end of its clause: "the winner in
/// Maryland", a phrase that opens with a determiner (not "declared on Monday").
fn verdict_after(source: &str, from: usize, to: usize) -> Option<Span> {
    let text = &source[from..to];
    let start = from + (text.len() - text.trim_start().len());
    let first = source[start..to].split_whitespace().next()?;
    if !is_determiner_word(first) {
        return None;
    }
    let end = source[start..to]
        .find([',', ';', '.', '—'])
        .map_or(to, |at| start + at);
    Some(Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn the_gate_holds() {
        use crate::extract::test_support::gate_holds;
        gate_holds(&PASSIVE_NEWS, "the deal was announced on Monday");
        gate_holds(&PASSIVE_NEWS, "Lee was declared the winner");
    }

    #[test]
    fn fires_on_news_in_the_passive() {
        let found = run(&PassiveReport, "The ferry deal was announced on Monday.");
        assert_eq!(found, [("The ferry deal".into(), None)]);
        let found = run(
            &PassiveReport,
            "Once the polls closed, Lee was declared the winner in Dover.",
        );
        assert_eq!(found[0].0, "Lee was declared the winner in Dover");
        // A subordinate clause's subject, past its opening word.
        let found = run(
            &PassiveReport,
            "When her diagnosis was confirmed, Lee left.",
        );
        assert_eq!(found, [("her diagnosis".into(), None)]);
    }

    #[test]
    fn does_not_fire_with_an_agent_a_clause_or_a_long_subject() {
        for text in [
            "The deal was announced by the mayor on Monday.",
            "It was announced that the pier would close.",
            "The pier was declared to be unsafe.",
            "After the vote on Tuesday night the board and the three members who had \
             stayed on for the count were announced.",
        ] {
            assert!(run(&PassiveReport, text).is_empty(), "{text}");
        }
    }
}
