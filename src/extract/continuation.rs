//! `continuation`: a quotation with no attribution of its own that goes on from the same
//! speaker's quoted statement just before it (same paragraph, or a quote running over
//! several paragraphs).

use super::claim::quote_claim;
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::span::Span;
use crate::text::quotes::Quote;

pub struct Continuation;

impl Extractor for Continuation {
    fn id(&self) -> &'static str {
        "continuation"
    }

    fn description(&self) -> &'static str {
        "an unattributed quotation that continues the previous speaker's quote"
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found: Vec<Attribution> = Vec::new();
        let quotes = &cx.doc.quotes;
        for (index, quote) in quotes.iter().enumerate() {
            let covered = taken
                .near(quote.inner, 0)
                .any(|a| a.claim.overlaps(quote.inner));
            // An early piece of a quote over several paragraphs takes the attribution that
            // comes with a later piece.
            if !covered && !quote.closed {
                let chain = quotes[index + 1..].iter().take_while(|q| q.continues);
                let attributed = chain
                    .filter_map(|q| {
                        taken
                            .near(q.inner, 0)
                            .find(|a| a.claim.overlaps(q.inner) && a.mention.is_some())
                    })
                    .next();
                if let Some(later) = attributed {
                    let sentence = cx
                        .doc
                        .sentence_at(quote.inner.start)
                        .unwrap_or(later.sentence);
                    found.push(self.follow_on(later, quote_claim(source, quote.inner), sentence));
                    continue;
                }
            }
            let Some(sentence) = cx.doc.sentence_at(quote.inner.start) else {
                continue;
            };
            let sentence_span = cx.sentence_span(sentence);
            // Only a quote that makes up its sentence(s), not a fragment inside one.
            let starts_sentence = source
                .get(sentence_span.start..quote.outer.start)
                .is_none_or(|before| before.trim().is_empty());
            if covered
                || !starts_sentence
                || attributed_after(cx, quote)
                || quote.inner.text(source).split_whitespace().count() < 2
            {
                continue;
            }
            let at = quote.outer.start;
            let previous = [
                found.iter().rev().find(|a| a.claim.end <= at),
                taken.last_ending_by(at),
            ]
            .into_iter()
            .flatten()
            .max_by_key(|a| a.claim.start);
            let Some(previous) = previous else { continue };
            let previous_paragraph = cx.doc.sentences[previous.sentence].paragraph;
            let next_paragraph = previous_paragraph + 1 == quote.paragraph;
            let near = previous_paragraph == quote.paragraph
                || (next_paragraph
                    && (quote.continues || follows_closing_statement(cx, previous, quote)));
            let quoted = matches!(previous.mode, Mode::Direct | Mode::Mixed);
            if !near || !quoted || previous.mention.is_none() {
                continue;
            }
            // No other cue may stand between them.
            let after = previous.claim.end.max(previous.cue.map_or(0, |c| c.end));
            let next_cue = cx.cues.partition_point(|h| h.span.start <= after);
            let between_cues = cx
                .cues
                .get(next_cue)
                .is_some_and(|h| h.span.end <= quote.outer.start);
            // Nor another subject: `“...,” Lee said, and her husband cut in. “...”`.
            let attribution_end = previous.mention.map_or(after, |m| {
                let described = m.appositive.map_or(m.span.end, |a| a.end.max(m.span.end));
                after.max(described)
            });
            // Nor a quotation with an attribution of its own: `“...,” he mocks.`
            let first_between = quotes.partition_point(|q| q.outer.start < after);
            let attributed_between = quotes
                .get(first_between..index)
                .is_some_and(|between| between.iter().any(|q| attributed_after(cx, q)));
            if between_cues
                || attributed_between
                || another_subject(&source[attribution_end.min(at)..at])
            {
                continue;
            }
            let follow_on = self.follow_on(previous, quote_claim(source, quote.inner), sentence);
            found.push(follow_on);
        }
        found
    }
}

/// `“...,” an angry Lee retorted.`: a comma before more words hands the quote to an
/// attribution of its own, even one with a verb no lexicon lists.
fn attributed_after(cx: &Context, quote: &Quote) -> bool {
    let source = cx.source();
    let Some(sentence) = cx.doc.sentence_at(quote.inner.start) else {
        return false;
    };
    let end = cx.sentence_span(sentence).end;
    quote.inner.text(source).trim_end().ends_with(',')
        && quote.outer.end < end
        && !source[quote.outer.end..end].trim().is_empty()
}

/// Whether the text after an attribution goes straight on with a clause of another
/// subject: ", and her husband cut in", ", but the mayor objected" (not ", and then added",
/// ", and he went on", nor ", and a Republican who ...").
fn another_subject(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix(',') else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let (Some(link), Some(subject)) = (words.next(), words.next()) else {
        return false;
    };
    // ", and a Republican who headed ...": a second description of the speaker.
    let clause = rest.split('.').next().unwrap_or(rest);
    let described = [" who ", " whose ", " which "]
        .iter()
        .any(|w| clause.contains(w));
    matches!(link, "and" | "but" | "while")
        && (matches!(subject, "the" | "a" | "an" | "his" | "her" | "their")
            || subject.starts_with(char::is_uppercase) && subject != "I")
        && !described
}

/// Whether `quote` makes up its whole paragraph and `previous` closes the paragraph before:
/// `“...,” Lee said.` then a paragraph of `“...”` alone.
fn follows_closing_statement(cx: &Context, previous: &Attribution, quote: &Quote) -> bool {
    let source = cx.source();
    let paragraphs = &cx.doc.paragraphs;
    let whole = paragraphs
        .get(quote.paragraph)
        .is_some_and(|p| p.span.trim(source) == quote.outer);
    let closing = cx
        .doc
        .sentences
        .get(previous.sentence + 1)
        .is_none_or(|next| next.paragraph != cx.doc.sentences[previous.sentence].paragraph);
    whole && quote.closed && closing && previous.mode == Mode::Direct
}

impl Continuation {
    /// The same speaker's statement again, for another piece of quotation.
    fn follow_on(&self, of: &Attribution, claim: Span, sentence: usize) -> Attribution {
        Attribution {
            extractor: self.id(),
            claim,
            parts: Vec::new(),
            mode: Mode::Direct,
            continues: true,
            sentence,
            ..of.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Context, Taken, quote_then_cue::QuoteThenCue};
    use crate::text::Document;

    fn continued(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        let cx = Context::new(&doc);
        let taken = Taken::from_sorted(QuoteThenCue.extract(&cx, &Taken::default()));
        Continuation
            .extract(&cx, &taken)
            .into_iter()
            .map(|a| a.claim.text(text).to_string())
            .collect()
    }

    #[test]
    fn fires_on_following_quote() {
        assert_eq!(
            continued(
                "“It is over,” a union official said. “The operators are reluctant to move.”"
            ),
            ["The operators are reluctant to move."]
        );
    }

    #[test]
    fn another_subject_after_the_attribution_takes_the_next_quote() {
        let text = "“It is over,” Lee said, and her brother cut in. “Not yet.”";
        assert!(continued(text).is_empty());
        // A second description of the speaker is no other subject.
        let text = "“It is over,” said Lee, a welder, and a member who quit. “Not yet.”";
        assert_eq!(continued(text), ["Not yet."]);
        let text = "“It is over,” Lee said, and he smiled. “Not yet.”";
        assert_eq!(continued(text), ["Not yet."]);
    }

    #[test]
    fn a_quote_with_an_attribution_after_its_comma_is_no_follow_on() {
        let text = "“It is over,” he said. “It is never over,” an angry Lee retaliated.";
        assert!(continued(text).is_empty());
        // Nor is a quote after it.
        let text = "“It is over,” he said. “It is done,” she mocks. “Not yet.”";
        assert!(continued(text).is_empty());
        // A quote that runs on past its first sentence is read without a slip.
        let text = "“It is over,” he said. “It is never over. Not ever,” and so on.";
        assert_eq!(continued(text), ["It is never over. Not ever"]);
    }

    #[test]
    fn early_pieces_of_a_long_quote_take_its_attribution() {
        let text = "Coach retires\n\n“First we tried hard.\n\n“Then we won,” Dunmore said.";
        assert_eq!(continued(text), ["First we tried hard."]);
    }

    #[test]
    fn does_not_fire_on_a_fragment_or_a_paragraph_after_narration() {
        assert!(
            continued("“It is over,” he said. She left.\n\n“Another speaker entirely here.”")
                .is_empty()
        );
        assert!(
            continued("“It is over,” he said. Critics called it “a sad day for all.”").is_empty()
        );
    }
}
