//! `q_and_a`: a Q&A's answers, "A: No, it has not.", as said by the person its introduction
//! names first, before the first "Q:". Unlike a transcript's line, an answer keeps what is
//! said inside it as statements of their own ("I said when I announced ..."): the rule
//! runs last and holds them.

use super::transcript::{Label, said};
use super::{Attribution, Context, Extractor, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention::{Mention, is_determiner_word, is_name_word, lower};
use crate::span::Span;
use crate::text::tokens::tokens;

pub struct QAndA;

impl Extractor for QAndA {
    fn id(&self) -> &'static str {
        "q_and_a"
    }

    fn description(&self) -> &'static str {
        "a Q&A's answers, said by the person the introduction names: Q: ... / A: ..."
    }

    fn holds_others(&self) -> bool {
        true
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let lines = cx.labelled_lines();
        let answers = lines.iter().filter(|l| l.kind == Label::Answer).count();
        let Some(question) = lines.iter().find(|l| l.kind == Label::Question) else {
            return Vec::new();
        };
        let body = cx.doc.title.map_or(0, |t| t.end);
        let Some(interviewee) = (answers >= 2)
            .then(|| first_name(cx.source(), body, question.label.start))
            .flatten()
        else {
            return Vec::new();
        };
        (0..lines.len())
            .filter(|&at| lines[at].kind == Label::Answer)
            .filter_map(|at| said(cx, self.id(), lines, at, Mention::bare(interviewee)))
            .collect()
    }
}

/// The first full name between `from` and `to`: two or more name words, past the titles
/// they open with ("Mayor Ann Okafor" gives "Ann Okafor").
fn first_name(source: &str, from: usize, to: usize) -> Option<Span> {
    let toks = tokens(source, Span::new(from, to));
    let titles = &lexicon().titles;
    let mut at = 0;
    while at < toks.len() {
        let run = toks[at..]
            .iter()
            .take_while(|t| is_name_word(t) && !is_determiner_word(t.text))
            .count();
        let name = &toks[at..at + run];
        let untitled = name
            .iter()
            .position(|t| !titles.contains(&*lower(t)))
            .unwrap_or(run);
        if run - untitled >= 2 {
            return Some(name[untitled].span.cover(name[run - 1].span));
        }
        at += run.max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::{all_claims, run};

    #[test]
    fn a_q_and_a_s_answers_are_the_person_the_introduction_names() {
        let text = "Q&A with the mayor\n\nMayor Ann Okafor spoke to us on Monday.\n\n\
                    Q: Has the plan stalled?\n\nA: No, it has not.\n\n\
                    Q: Why the delay?\n\nA: The union contract.\n";
        let found = run(&QAndA, text);
        assert_eq!(
            found,
            [
                ("No, it has not.".into(), Some("Ann Okafor".into())),
                ("The union contract.".into(), Some("Ann Okafor".into())),
            ]
        );
        // With no one named before the first question, the answers are no one's.
        let text = "Q&A\n\nQ: Why?\n\nA: Money.\n\nQ: When?\n\nA: Soon.\n";
        assert!(run(&QAndA, text).is_empty());
    }

    #[test]
    fn what_is_said_inside_an_answer_stays_its_own_statement() {
        let text = "Q&A\n\nMayor Ann Okafor spoke to us.\n\nQ: Why?\n\n\
                    A: Money. I said the pier would close.\n\nQ: When?\n\nA: Soon.\n";
        assert_eq!(
            all_claims(text),
            [
                "Money. I said the pier would close.",
                "the pier would close",
                "Soon."
            ]
        );
    }
}
