//! Paragraphs: runs of text between blank lines (or lines, when a text has no blank line).

use crate::span::Span;
use crate::text::scan::ByteSet;

const NEWLINE: ByteSet<1> = ByteSet::new([b'\n'], false);

/// The blank lines of `text`, in order and without overlap: a line break, spaces, tabs,
/// carriage returns or no-break spaces, and a line break (`\n[ \t\r\u{a0}]*\n`).
fn blank_lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = NEWLINE.find(bytes, at)?;
            let mut end = start + 1;
            loop {
                match &bytes[end..] {
                    [b' ' | b'\t' | b'\r', ..] => end += 1,
                    [0xc2, 0xa0, ..] => end += 2,
                    _ => break,
                }
            }
            if bytes.get(end) == Some(&b'\n') {
                at = end + 1;
                return Some((start, end + 1));
            }
            // The run held no line break: the next one starts the next candidate.
            at = end;
        }
    })
}

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
    if blank_lines(body).next().is_some() {
        let mut start = 0;
        for (gap_start, gap_end) in blank_lines(body) {
            push(start, gap_start);
            start = gap_end;
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

    #[test]
    fn blank_lines_are_what_the_pattern_finds() {
        let pattern = regex::Regex::new(r"\n[ \t\r\u{a0}]*\n").unwrap();
        let pieces = ["\n", " ", "\t", "\r", "\u{a0}", "a", "é", "\u{2028}"];
        let mut next = crate::text::draws(0x2545_f491_4f6c_dd1d);
        for _ in 0..50_000 {
            let text: String = (0..next(12)).map(|_| pieces[next(pieces.len())]).collect();
            let expected: Vec<_> = pattern
                .find_iter(&text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(blank_lines(&text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
