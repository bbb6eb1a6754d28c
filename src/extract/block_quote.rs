//! `block_quote`: an attribution that ends its paragraph with a colon introduces the next
//! paragraph as what was said: "The governor added:" / "It's typical of her. ...".

use super::claim::quote_claim;
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::span::Span;
use crate::text::normalise::is_quote;

pub struct BlockQuote;

/// How many bytes may stand between the cue and its colon ("Stated Stone:", "released the
/// following statement:").
const LEAD_OUT: usize = 60;

impl Extractor for BlockQuote {
    fn id(&self) -> &'static str {
        "block_quote"
    }

    fn description(&self) -> &'static str {
        "a paragraph introduced by an attribution ending in a colon: X said: / ..."
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in cx.free_cues(taken) {
            let sentence = &cx.doc.sentences[hit.sentence];
            let paragraph = cx.doc.paragraphs[sentence.paragraph].span;
            let rest = source[hit.span.end..paragraph.end].trim_end();
            if !rest.ends_with(':') || rest.len() > LEAD_OUT || rest.contains(['.', '!', '?']) {
                continue;
            }
            let Some(claim) = next_paragraph_claim(cx, sentence.paragraph) else {
                continue;
            };
            let colon = hit.span.end + rest.len() - 1;
            let Some(speaker) = cx.introducer(hit, colon) else {
                continue;
            };
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

/// The paragraph after `paragraph` as what a colon ending it introduces: its words as
/// written, as a quotation's are (its own punctuation stays); three words at least.
pub(super) fn next_paragraph_claim(cx: &Context, paragraph: usize) -> Option<Span> {
    let source = cx.source();
    let next = cx
        .doc
        .paragraphs
        .get(paragraph + 1)
        .filter(|p| p.furniture.is_none())?;
    let words = next
        .span
        .trim_matches(source, |c| is_quote(c) || c.is_whitespace());
    let claim = quote_claim(source, words);
    (claim.text(source).split_whitespace().count() >= 3).then_some(claim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn fires_on_a_paragraph_after_said_colon() {
        let found = run(
            &BlockQuote,
            "The mayor spoke at length.\n\nThe governor added:\n\nIt is typical of the council. It never listens to us.\n",
        );
        assert_eq!(
            found,
            [(
                "It is typical of the council. It never listens to us.".into(),
                Some("The governor".into())
            )]
        );
        let found = run(
            &BlockQuote,
            "Intro line here.\n\nStated Lee:\n\n\"The stakes are high this time.\"\n",
        );
        assert_eq!(
            found[0],
            ("The stakes are high this time.".into(), Some("Lee".into()))
        );
    }

    #[test]
    fn does_not_fire_inside_a_paragraph_or_without_a_colon() {
        assert!(run(&BlockQuote, "Intro.\n\nLee said: the pier is safe.\n").is_empty());
        assert!(
            run(
                &BlockQuote,
                "Intro.\n\nLee said.\n\nThe pier is safe now.\n"
            )
            .is_empty()
        );
    }
}
