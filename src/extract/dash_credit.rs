//! `dash_credit`: a paragraph that is one quotation credited after a dash, as pull quotes
//! and "what they said" boxes are: `“This deal secures jobs.” — Mayor Ann Lee`,
//! `"We will fight it." -- Joe Ruiz, president of the union`. The dash is the cue.

use super::claim::quote_claim;
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::resolve::mention;
use crate::span::Span;
use crate::text::normalise::is_dash;

pub struct DashCredit;

/// How many words a credit may run to ("Joe Ruiz, president of the dockworkers' union").
const CREDIT_WORDS: usize = 12;

impl Extractor for DashCredit {
    fn id(&self) -> &'static str {
        "dash_credit"
    }

    fn description(&self) -> &'static str {
        "a quotation alone in its paragraph, credited after a dash: “...” — Ann Lee"
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for quote in cx.doc.quotes.iter().filter(|q| q.closed && !q.continues) {
            let paragraph = cx.doc.paragraphs[quote.paragraph].span;
            let opens = source[paragraph.start..quote.outer.start].trim().is_empty();
            if !opens {
                continue;
            }
            let Some(dash) = credit_dash(source, quote.outer.end, paragraph.end) else {
                continue;
            };
            let credit = source[dash.end..paragraph.end].trim();
            if !is_credit(credit) {
                continue;
            }
            let Some(speaker) = mention::after(source, dash, paragraph.end) else {
                continue;
            };
            let Some(sentence) = cx.doc.sentence_at(quote.inner.start) else {
                continue;
            };
            let claim = quote_claim(source, quote.inner);
            found.push(
                Attribution::patterned(self.id(), dash, sentence, claim, Mode::Direct).by(speaker),
            );
        }
        found
    }
}

/// The dash right after a quotation's closing mark ("” — ", `" -- `), with only spaces
/// between.
fn credit_dash(source: &str, quote_end: usize, paragraph_end: usize) -> Option<Span> {
    let after = &source[quote_end..paragraph_end];
    let gap = after.len() - after.trim_start().len();
    let rest = &after[gap..];
    let width = if rest.starts_with("--") {
        2
    } else {
        rest.chars().next().filter(|&c| is_dash(c))?.len_utf8()
    };
    let start = quote_end + gap;
    Some(Span::new(start, start + width))
}

/// Whether `credit` may name someone and nothing more: a phrase of a few words and its
/// appositive, no question, exclamation or quotation.
fn is_credit(credit: &str) -> bool {
    let words = credit.split_whitespace().count();
    (1..=CREDIT_WORDS).contains(&words) && !credit.contains(['“', '"', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn fires_on_a_quotation_credited_after_a_dash() {
        let text = "Port deal\n\n“This deal secures jobs for a generation.” — Mayor Ann Lee\n\n\
                    \"We were not consulted.\" -- Joe Ruiz, president of the union\n";
        let found = run(&DashCredit, text);
        assert_eq!(
            found,
            [
                (
                    "This deal secures jobs for a generation.".into(),
                    Some("Mayor Ann Lee".into())
                ),
                ("We were not consulted.".into(), Some("Joe Ruiz".into())),
            ]
        );
        let text = "Port deal\n\n“It is a good deal.” — a city official\n";
        assert_eq!(
            run(&DashCredit, text)[0].1.as_deref(),
            Some("a city official")
        );
    }

    #[test]
    fn not_a_quotation_inside_prose_nor_a_dash_before_a_sentence() {
        for text in [
            "Port deal\n\nLee called it “a good deal” — Ann Lee disagreed.\n",
            "Port deal\n\n“It is a good deal.” — and then the mayor left the hall for good.\n",
            "Port deal\n\n“It is a good deal.” — Lee says so? Not quite!\n",
            "Port deal\n\n“It is a good deal.” — Lee said so to the council on Monday night \
             in the town hall by the pier.\n",
            "Port deal\n\n“It is a good deal.”\n",
        ] {
            assert!(run(&DashCredit, text).is_empty(), "{text}");
        }
    }
}
