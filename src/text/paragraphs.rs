//! Paragraphs: runs of text between blank lines (or lines, when a text has no blank line).

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

static BLANK_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n[ \t\r\u{a0}]*\n").expect("valid regex"));

/// Byte spans of the paragraphs of `source`, trimmed, in order, none empty.
pub fn paragraphs(source: &str, from: usize) -> Vec<Span> {
    let body = &source[from..];
    let mut spans = Vec::new();
    let mut push = |start: usize, end: usize| {
        let span = Span::new(from + start, from + end).trim(source);
        if !span.is_empty() {
            spans.push(span);
        }
    };
    if BLANK_LINE.is_match(body) {
        let mut start = 0;
        for gap in BLANK_LINE.find_iter(body) {
            push(start, gap.start());
            start = gap.end();
        }
        push(start, body.len());
    } else {
        let mut start = 0;
        for (at, _) in body.match_indices('\n') {
            push(start, at);
            start = at + 1;
        }
        push(start, body.len());
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<&str> {
        paragraphs(source, 0)
            .into_iter()
            .map(|s| s.text(source))
            .collect()
    }

    #[test]
    fn splits_on_blank_lines() {
        assert_eq!(
            texts("One\nstill one.\n\n  Two.\r\n\r\nThree"),
            ["One\nstill one.", "Two.", "Three"]
        );
    }

    #[test]
    fn lines_when_no_blank_line() {
        assert_eq!(
            texts("Title\nBody one.\nBody two."),
            ["Title", "Body one.", "Body two."]
        );
    }

    #[test]
    fn empty_input_has_no_paragraphs() {
        assert!(texts("").is_empty());
        assert!(texts("\n\n \n").is_empty());
    }
}
