//! The text stage: paragraphs, furniture, sentences and quotation pairs of an article,
//! every position a byte [`Span`] into the input as read.

pub mod furniture;
pub mod normalise;
pub mod paragraphs;
pub mod quotes;
pub mod scan;
pub mod sentences;
pub mod tokens;

use crate::span::Span;
pub use furniture::Furniture;
pub use quotes::Quote;

#[derive(Clone, Copy, Debug)]
pub struct Paragraph {
    pub span: Span,
    pub furniture: Option<Furniture>,
}

impl Paragraph {
    /// Whether statements are looked for here: the body, and the headline ("Kim says the
    /// office will open"); never navigation, bylines or other furniture.
    pub fn is_read(&self) -> bool {
        matches!(self.furniture, None | Some(Furniture::Title))
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// A warning about the text, with where it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub message: String,
    pub span: Span,
}

/// Warnings kept per article; the rest are counted in one last warning.
pub const MAX_WARNINGS: usize = 20;

/// Numbers below a bound for the random tests: a xorshift generator, so every machine draws
/// the same cases.
#[cfg(test)]
pub(crate) fn draws(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |below| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    }
}

/// An article split into its parts.
/// How many quotations back one that holds a later one is looked for.
const NESTING: usize = 8;

pub struct Document<'a> {
    pub source: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub title: Option<Span>,
    pub published: Option<Span>,
    pub warnings: Vec<Warning>,
}

impl<'a> Document<'a> {
    pub fn parse(source: &'a str) -> Self {
        let from = if source.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        let mut title = None;
        let mut published = None;
        let mut seen = furniture::Seen::default();
        for span in paragraphs::paragraphs(source, from) {
            let text = span.text(source);
            let furniture = furniture::classify(text, seen);
            match furniture {
                Some(Furniture::Title) => title = Some(span),
                Some(Furniture::Dateline) if published.is_none() => {
                    published = furniture::published(text, span)
                }
                _ => {}
            }
            seen.push(text, furniture);
            paragraphs.push(Paragraph { span, furniture });
        }
        // A lone short paragraph is the article, not its title.
        if paragraphs.iter().all(|p| p.furniture.is_some()) {
            for paragraph in &mut paragraphs {
                if paragraph.furniture == Some(Furniture::Title) {
                    paragraph.furniture = None;
                    title = None;
                }
            }
        }
        let body: Vec<Span> = paragraphs
            .iter()
            .map(|p| {
                if p.is_read() {
                    p.span
                } else {
                    Span::new(p.span.start, p.span.start)
                }
            })
            .collect();
        let mut raw_warnings = Vec::new();
        let quotes = quotes::quotes(source, &body, &mut raw_warnings);
        let mut sentences = Vec::new();
        let mut spans = Vec::new();
        for (index, paragraph) in paragraphs.iter().enumerate() {
            if paragraph.is_read() {
                spans.clear();
                sentences::sentences_into(source, paragraph.span, &mut spans);
                sentences.extend(spans.iter().map(|&span| Sentence {
                    span,
                    paragraph: index,
                }));
            }
        }
        let dropped = raw_warnings.len().saturating_sub(MAX_WARNINGS);
        raw_warnings.truncate(MAX_WARNINGS);
        let mut warnings: Vec<Warning> = raw_warnings
            .into_iter()
            .map(|(message, span)| Warning {
                message: format!("{message} at byte {}", span.start),
                span,
            })
            .collect();
        if dropped > 0 {
            warnings.push(Warning {
                message: format!("{dropped} more warnings like these"),
                span: Span::new(source.len(), source.len()),
            });
        }
        Document {
            source,
            paragraphs,
            sentences,
            quotes,
            title,
            published,
            warnings,
        }
    }

    /// The index of the sentence holding byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|s| s.span.end <= at);
        (index < self.sentences.len() && self.sentences[index].span.start <= at).then_some(index)
    }

    /// Whether byte `at` stands inside a quotation's words: in the latest quotation opened
    /// before it, or in one of the few before that which nest it.
    pub fn in_quotation(&self, at: usize) -> bool {
        let opened = self.quotes.partition_point(|q| q.inner.start <= at);
        self.quotes[..opened]
            .iter()
            .rev()
            .take(NESTING)
            .any(|q| at < q.inner.end)
    }

    pub fn text(&self, span: Span) -> &'a str {
        span.text(self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_what_stands_inside_a_quotation() {
        let source = "A title\n\n“I said ‘no’ and I left,” Lee said. I asked.\n";
        let doc = Document::parse(source);
        let inside = |word: &str, nth: usize| {
            let at = source.match_indices(word).nth(nth).unwrap().0;
            doc.in_quotation(at)
        };
        assert!(inside("I", 0));
        assert!(inside("no", 0));
        // After the nested quotation closes, the outer one still holds "I left".
        assert!(inside("I", 1));
        assert!(!inside("Lee", 0));
        assert!(!inside("I", 2));
    }

    #[test]
    fn parses_furniture_title_and_body() {
        let source = "Go to contents\n\nBig news today\n\nBig news today\n\nPosted Aug. 2, 2020 10:00\n\n“It is done,” he said. It was.\n\nme@example.com";
        let doc = Document::parse(source);
        assert_eq!(doc.text(doc.title.unwrap()), "Big news today");
        assert_eq!(doc.text(doc.published.unwrap()), "Aug. 2, 2020 10:00");
        let body: Vec<&str> = doc.sentences.iter().map(|s| doc.text(s.span)).collect();
        // The headline is read too; the repeated headline, date and byline are not.
        assert_eq!(
            body,
            ["Big news today", "“It is done,” he said.", "It was."]
        );
        assert_eq!(doc.quotes.len(), 1);
        assert_eq!(doc.sentence_at(source.find("It was").unwrap()), Some(2));
    }

    #[test]
    fn one_short_paragraph_is_body() {
        let doc = Document::parse("Kim said it is over.");
        assert!(doc.title.is_none());
        assert_eq!(doc.sentences.len(), 1);
    }

    #[test]
    fn empty_and_bom_inputs() {
        assert!(Document::parse("").sentences.is_empty());
        let doc = Document::parse("\u{feff}Kim said so.");
        assert_eq!(doc.text(doc.sentences[0].span), "Kim said so.");
    }
}
