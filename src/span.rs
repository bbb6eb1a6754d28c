//! Byte spans into the input exactly as read.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the article's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers.
    pub fn text(self, source: &str) -> &str {
        &source[self.start..self.end]
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shrinks the span past white space and the given characters at both ends.
    pub fn trim_matches(self, source: &str, junk: impl Fn(char) -> bool) -> Span {
        let text = self.text(source);
        let trimmed_start = text.trim_start_matches(|c: char| c.is_whitespace() || junk(c));
        let start = self.start + (text.len() - trimmed_start.len());
        let trimmed = trimmed_start.trim_end_matches(|c: char| c.is_whitespace() || junk(c));
        Span::new(start, start + trimmed.len())
    }

    /// Shrinks the span past white space at both ends.
    pub fn trim(self, source: &str) -> Span {
        self.trim_matches(source, |_| false)
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

/// The largest char boundary of `text` at or below `at`.
pub fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at`.
pub fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_char_boundaries() {
        let source = "\u{a0} “quoted” \u{a0}";
        let span = Span::new(0, source.len()).trim_matches(source, |c| c == '“' || c == '”');
        assert_eq!(span.text(source), "quoted");
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(!a.overlaps(Span::new(5, 6)));
    }
}
