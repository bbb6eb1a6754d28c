//! Word tokens inside a small span: words keep inner hyphens, apostrophes and periods
//! ("Min-seo", "Alder's", "U.S."), every other mark is a token of its own.

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, punctuation: char) -> bool {
        self.text.len() == punctuation.len_utf8() && self.text.starts_with(punctuation)
    }
}

fn joins_words(piece: &str) -> bool {
    matches!(piece, "-" | "." | "'" | "’" | "‑" | "&")
}

/// Tokens of `source[span]`, white space dropped.
pub fn tokens(source: &str, span: Span) -> Vec<Token<'_>> {
    let text = span.text(source);
    let mut out: Vec<Token> = Vec::new();
    let mut glued = false; // the last token ended with a joining mark
    for (at, piece) in text.split_word_bound_indices() {
        if piece.chars().all(char::is_whitespace) {
            glued = false;
            continue;
        }
        let start = span.start + at;
        let is_word = piece.chars().next().is_some_and(char::is_alphanumeric);
        let extend = match out.last() {
            Some(last) if last.span.end == start => {
                (glued && is_word)
                    || (last.is_word() && joins_words(piece) && piece != "&"
                        || piece == "&" && last.is_capitalised())
            }
            _ => false,
        };
        if extend {
            let last = out.last_mut().expect("checked above");
            last.span.end = start + piece.len();
            last.text = last.span.text(source);
            glued = !is_word;
        } else {
            out.push(Token {
                span: Span::new(start, start + piece.len()),
                text: piece,
            });
            glued = false;
        }
    }
    // A joining mark left dangling at a word's end goes back to being its own token,
    // except the period of an abbreviation or initial ("U.S.", "J.").
    let mut fixed = Vec::with_capacity(out.len());
    for token in out {
        let last = token.text.chars().last().unwrap_or(' ');
        let stem = &token.text[..token.text.len() - last.len_utf8()];
        let abbreviation = last == '.'
            && (stem.contains('.')
                || stem.chars().count() == 1
                || crate::lexicon::lexicon()
                    .abbreviations
                    .contains(&stem.to_lowercase()));
        if token.text.len() > 1 && joins_words(&last.to_string()) && !abbreviation {
            let cut = token.span.end - last.len_utf8();
            fixed.push(Token {
                span: Span::new(token.span.start, cut),
                text: &source[token.span.start..cut],
            });
            fixed.push(Token {
                span: Span::new(cut, token.span.end),
                text: &source[cut..token.span.end],
            });
        } else {
            fixed.push(token);
        }
    }
    fixed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn keeps_names_and_abbreviations_whole() {
        assert_eq!(
            words("Park Min-seo’s U.S. trip."),
            ["Park", "Min-seo’s", "U.S.", "trip", "."]
        );
        assert_eq!(
            words("John F. Kennedy, 22, said:"),
            ["John", "F.", "Kennedy", ",", "22", ",", "said", ":"]
        );
        assert_eq!(
            words("Mr. Alder of Mich. left."),
            ["Mr.", "Alder", "of", "Mich.", "left", "."]
        );
    }

    #[test]
    fn spans_point_into_the_source() {
        let text = "“Yes,” said\u{a0}Kim.";
        for token in tokens(text, Span::new(0, text.len())) {
            assert_eq!(token.span.text(text), token.text);
        }
    }
}
