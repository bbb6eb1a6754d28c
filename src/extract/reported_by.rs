//! `reported_by`: a report in the passive, its source after "by": "The meeting was first
//! reported by the Herald." The subject is what was reported.

use super::claim::{CLAUSE_SUBORDINATORS, mode_of};
use super::{Attribution, Context, Extractor, Pattern, Taken};
use crate::resolve::mention::{self, is_determiner_word};
use crate::span::Span;
use crate::text::normalise::with_lowercase;
use std::sync::LazyLock;

pub struct ReportedBy;

pub(super) static PASSIVE_REPORT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?:reported|disclosed|revealed) by",
        r"(?i)(?-u:\b)(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|originally|initially|previously|also)\s+)?(?:reported|disclosed|revealed)\s+(?P<by>by)(?-u:\b)",
    )
});

/// The most words a reported subject has.
const SUBJECT_WORDS: usize = 12;

impl Extractor for ReportedBy {
    fn id(&self) -> &'static str {
        "reported_by"
    }

    fn description(&self) -> &'static str {
        "a report in the passive: \"The meeting was first reported by the Herald\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, matched) in cx.pattern_matches(&PASSIVE_REPORT) {
            let sentence = cx.sentence_span(index);
            let Some(by) = PASSIVE_REPORT
                .captures(matched.text(source))
                .and_then(|c| c.name("by"))
            else {
                continue;
            };
            let by = Span::new(matched.start + by.start(), matched.start + by.end());
            let Some(source_mention) = mention::after(source, by, sentence.end) else {
                continue;
            };
            let Some(subject) = subject_before(source, sentence.start, matched.start) else {
                continue;
            };
            let cue = Span::new(matched.start, by.end);
            found.push(
                Attribution::patterned(self.id(), cue, index, subject, mode_of(cx, subject))
                    .by(source_mention),
            );
        }
        found
    }
}

/// The subject of the passive verb at `verb`: its clause's words from the last comma or
/// semicolon (or the sentence start), a phrase opening with a capital, a determiner or a
/// relative pronoun ("which was first reported by").
pub(super) fn subject_before(source: &str, from: usize, verb: usize) -> Option<Span> {
    let lead = &source[from..verb];
    let after_mark = lead.rfind([',', ';', '—', '–']).map_or(0, |at| {
        at + lead[at..].chars().next().map_or(1, char::len_utf8)
    });
    let mut text = lead[after_mark..].trim();
    // Past the word that opens a subordinate clause ("When her diagnosis was confirmed").
    if let Some((first, rest)) = text.split_once(' ') {
        if with_lowercase(first, |w| CLAUSE_SUBORDINATORS.contains(&w)) {
            text = rest.trim_start();
        }
    }
    let first = text.split_whitespace().next()?;
    let opens = first.starts_with(char::is_uppercase)
        || is_determiner_word(first)
        || matches!(first, "which" | "that");
    let words = text.split_whitespace().count();
    (opens && words <= SUBJECT_WORDS).then(|| {
        let at = verb - (lead.len() - lead.trim_end().len()) - text.len();
        Span::new(at, at + text.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn the_gate_holds() {
        use crate::extract::test_support::gate_holds;
        gate_holds(&PASSIVE_REPORT, "the deal was first reported by the Herald");
        gate_holds(&PASSIVE_REPORT, "the loans were disclosed by the bank");
    }

    #[test]
    fn fires_on_a_passive_report() {
        let found = run(
            &ReportedBy,
            "The ferry deal was first reported by the Harbor Times.",
        );
        assert_eq!(
            found,
            [("The ferry deal".into(), Some("the Harbor Times".into()))]
        );
        let found = run(
            &ReportedBy,
            "Lee wrote in a letter, which was first reported by the Ledger.",
        );
        assert_eq!(found, [("which".into(), Some("the Ledger".into()))]);
    }

    #[test]
    fn does_not_fire_on_an_active_report_or_a_long_clause() {
        assert!(
            run(
                &ReportedBy,
                "The Herald reported by phone that the deal failed."
            )
            .is_empty()
        );
        let text = "After the vote on Tuesday night the board and the three members who had \
                    stayed on for the count were reported by the clerk.";
        assert!(run(&ReportedBy, text).is_empty());
    }
}
