//! Article furniture: lines that frame an article but say nothing in it (navigation,
//! a headline printed twice, "Posted ... / Updated ..." lines, language links, bylines,
//! e-mail lines). Furniture is never read for statements; title and date are kept.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    Navigation,
    Title,
    RepeatedTitle,
    Dateline,
    LanguageLinks,
    Byline,
    Section,
}

static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(go to (main )?contents?|skip to (main )?content|skip navigation|menu|search|share( this)?( article| story)?|print|e-?mail|advertisement|read more|related (articles|stories)|follow us.*|sign (in|up)|subscribe|home|top|back to top|close)\.?$",
    )
    .expect("valid regex")
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(posted|updated|published|last updated|first published|modified)\s*(on|at)?\s*:?\s*(?P<date>.+?)[\s,\u{a0}|·]*$")
        .expect("valid regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(By|BY|Written by|Reporting by|Editing by|Contributing:|\(Reporting by|Additional reporting by)\s")
        .expect("valid regex")
});
static EMAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\w.+-]+@[\w-]+(\.[\w-]+)+[\s,;·|/\u{a0}]*)+$").expect("valid regex")
});
static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(ABSTRACT|FULL TEXT|Advertisement|Related|Photo|Video|Graphic)\.?$")
        .expect("valid regex")
});

/// What the paragraphs read so far tell about the next one.
#[derive(Clone, Copy, Debug, Default)]
pub struct Seen<'a> {
    /// The title's text, once one is found.
    pub title: Option<&'a str>,
    /// A paragraph that is not furniture has been read.
    pub in_body: bool,
}

impl<'a> Seen<'a> {
    /// Takes in a paragraph and what it was found to be.
    pub fn push(&mut self, text: &'a str, furniture: Option<Furniture>) {
        match furniture {
            Some(Furniture::Title) => self.title = Some(text.trim()),
            None => self.in_body = true,
            _ => {}
        }
    }
}

/// Classifies one paragraph, knowing what came before it (for repeats and the title).
pub fn classify(text: &str, seen: Seen) -> Option<Furniture> {
    let line = text.trim();
    if line.len() > 400 || line.contains('\n') {
        return None;
    }
    // Each pattern runs only where a byte test shows it could match: most paragraphs are
    // body text, and a regex call costs more than the test.
    let first = line.bytes().next().unwrap_or(0);
    // Navigation entries are a few words, or open "follow us" (the one open-ended entry);
    // 64 bytes hold any of them even with three-byte case variants ("K" for "k").
    if (line.len() <= 64 || first.eq_ignore_ascii_case(&b'f')) && NAVIGATION.is_match(line) {
        return Some(Furniture::Navigation);
    }
    if line.len() <= "Advertisement.".len() && SECTION.is_match(line) {
        return Some(Furniture::Section);
    }
    if published(line, Span::new(0, line.len())).is_some() {
        return Some(Furniture::Dateline);
    }
    let emails = line.contains('@') && EMAILS.is_match(line);
    let byline = b"BWREC(A".contains(&first) && BYLINE.is_match(line);
    if emails || (byline && line.split_whitespace().count() <= 12 && names_only(line)) {
        return Some(Furniture::Byline);
    }
    if !line.chars().any(|c| c.is_ascii_alphabetic()) && line.chars().count() <= 40 {
        return Some(Furniture::LanguageLinks);
    }
    if seen.title == Some(line) {
        return Some(Furniture::RepeatedTitle);
    }
    if !seen.in_body && seen.title.is_none() && line.split_whitespace().count() <= 25 {
        return Some(Furniture::Title);
    }
    None
}

/// Lower-case words a byline may hold between its names ("By a staff writer", "Reporting
/// by Ann Lee in Seoul; editing by Tom Reed").
const BYLINE_WORDS: &[&str] = &[
    "a",
    "and",
    "of",
    "the",
    "for",
    "in",
    "at",
    "by",
    "from",
    "with",
    "to",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "editing",
    "reporting",
    "additional",
    "contributed",
    "contributing",
    "special",
    "senior",
    "chief",
    "news",
    "report",
];

/// Whether a line that opens like a byline goes on with names, not a sentence ("By
/// Monday, officials said ...").
fn names_only(line: &str) -> bool {
    line.split_whitespace().all(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        !word.starts_with(|c: char| c.is_lowercase())
            || BYLINE_WORDS.contains(&&*word.to_lowercase())
    })
}

/// The date as written in a "Posted ..." line.
pub fn published(text: &str, span: Span) -> Option<Span> {
    // The line opens with one of DATE_LINE's words ("Posted", "updated", ...).
    let first = text.bytes().next().unwrap_or(0).to_ascii_lowercase();
    if !b"pulfm".contains(&first) {
        return None;
    }
    let caps = DATE_LINE.captures(text)?;
    let date = caps.name("date")?;
    let looks_like_date =
        date.as_str().len() <= 60 && date.as_str().chars().any(|c| c.is_ascii_digit());
    if !looks_like_date {
        return None;
    }
    Some(Span::new(
        span.start + date.start(),
        span.start + date.end(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_furniture_lines() {
        assert_eq!(
            classify("Go to contents", Seen::default()),
            Some(Furniture::Navigation)
        );
        assert_eq!(
            classify("Posted March. 3, 2025 09:10,\u{a0} \u{a0}", Seen::default()),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("desk@example.com · news@example.org", Seen::default()),
            Some(Furniture::Byline)
        );
        assert_eq!(
            classify("By Jane Doe", Seen::default()),
            Some(Furniture::Byline)
        );
        assert_eq!(
            classify("한국어", Seen::default()),
            Some(Furniture::LanguageLinks)
        );
        assert_eq!(
            classify("FULL TEXT.", Seen::default()),
            Some(Furniture::Section)
        );
    }

    #[test]
    fn title_once_then_repeat() {
        let title = "Will it work?";
        let mut seen = Seen::default();
        assert_eq!(classify(title, seen), Some(Furniture::Title));
        seen.push(title, Some(Furniture::Title));
        assert_eq!(classify(title, seen), Some(Furniture::RepeatedTitle));
    }

    #[test]
    fn body_text_is_not_furniture() {
        let mut earlier = Seen::default();
        earlier.push("Headline", Some(Furniture::Title));
        earlier.push("Body.", None);
        assert_eq!(classify("Kim said the office is open.", earlier), None);
        assert_eq!(
            classify("Posting the letter was a mistake, he said.", earlier),
            None
        );
        // A sentence may open like a byline.
        assert_eq!(
            classify(
                "By Monday, two officials said the pier would close.",
                earlier
            ),
            None
        );
        for byline in [
            "By a staff writer",
            "Reporting by Ann Lee in Seoul; editing by Tom Reed",
        ] {
            assert_eq!(
                classify(byline, earlier),
                Some(Furniture::Byline),
                "{byline}"
            );
        }
    }

    #[test]
    fn date_is_taken_as_written() {
        let line = "Posted March. 3, 2025 09:10,\u{a0} \u{a0}";
        let span = published(line, Span::new(0, line.len())).unwrap();
        assert_eq!(span.text(line), "March. 3, 2025 09:10");
    }
}
