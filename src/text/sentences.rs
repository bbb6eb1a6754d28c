//! Sentence boundaries inside a paragraph: a rule-based splitter with an abbreviation pass
//! ("U.S.", "Mr.", "Sept.", "No. 2", initials). It looks only at `.`, `!`, `?` and `…`,
//! so it costs little more than a byte scan.

use super::normalise::{is_dash, is_quote, with_lowercase};
use super::scan::ByteSet;
use crate::lexicon::lexicon;
use crate::span::{Span, ceil_boundary, floor_boundary};
use regex::Regex;
use std::sync::LazyLock;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // A place in capitals ("SEOUL, March 3 (Yonhap) --"), or in any case with its agency
    // ("Washington (AFP) –").
    Regex::new(r"^(?:[A-Z][A-Z .'-]{2,40}(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\))?|[A-Z][A-Za-z .'-]{2,40}(?:,[^\n]{0,40}?)?\([A-Z][A-Za-z ]{1,20}\))\s*(?:--|—|–|―|-)\s+")
        .expect("valid regex")
});

/// A live report's time stamp ("9:15 a.m.:", "14:30 GMT -"), which opens its paragraph.
static TIME_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,4}\s*)?(?::|--|—|–|-)\s+")
        .expect("valid regex")
});

/// Abbreviations that stand before a name and so never end a sentence.
const NAME_PREFIXES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "st", "prof", "rev", "hon", "pres", "vs", "v",
];

/// No sentence runs longer than this: text without sentence ends is cut into pieces of at
/// most this many bytes (at a space where there is one), so that the work done per sentence
/// stays bounded however the input is written. News sentences run to a few hundred bytes.
pub const MAX_SENTENCE: usize = 4096;

/// How far around a period the abbreviation test looks for its word.
const WORD_REACH: usize = 64;

/// Splits the paragraph `para` of `source` into sentence spans.
pub fn sentences(source: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(source, para, &mut out);
    out
}

/// [`sentences`], appended to `out`.
pub fn sentences_into(source: &str, para: Span, out: &mut Vec<Span>) {
    // A wire dateline ("SEOUL, March 3 (Yonhap) --") opens the paragraph but is no sentence.
    let para = match DATELINE.find(para.text(source)) {
        Some(found) => Span::new(para.start + found.end(), para.end),
        None => para,
    };
    // And so does a live report's time stamp.
    let text = para.text(source);
    let stamp = text
        .starts_with(|c: char| c.is_ascii_digit())
        .then(|| TIME_STAMP.find(text))
        .flatten();
    let para = stamp.map_or(para, |found| Span::new(para.start + found.end(), para.end));
    let mut start = para.start;
    for end in terminators(source, para) {
        cut_long(source, Span::new(start, end).trim(source), out);
        start = end;
    }
    cut_long(source, Span::new(start, para.end).trim(source), out);
}

/// Cuts `span` into pieces of at most `MAX_SENTENCE` bytes.
fn cut_long(source: &str, mut span: Span, out: &mut Vec<Span>) {
    while span.len() > MAX_SENTENCE {
        let mut cut = floor_boundary(source, span.start + MAX_SENTENCE);
        let head = &source[span.start..cut];
        if let Some(space) = head.rfind(char::is_whitespace).filter(|&at| at > 0) {
            cut = span.start + space;
        }
        let piece = Span::new(span.start, cut).trim(source);
        if !piece.is_empty() {
            out.push(piece);
        }
        span = Span::new(cut, span.end).trim(source);
    }
    if !span.is_empty() {
        out.push(span);
    }
}

/// Where the sentences of `para` end: after each terminator that closes one, with the
/// closing marks that belong to it (more terminators, quotes, brackets).
fn terminators(source: &str, para: Span) -> impl Iterator<Item = usize> {
    let text = para.text(source);
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only terminators and the lead byte of '…' are looked at.
    const TERMINATORS: ByteSet<4> = ByteSet::new([b'.', b'!', b'?', 0xE2], false);
    std::iter::from_fn(move || {
        while let Some(found) = TERMINATORS.find(bytes, i) {
            i = found;
            let terminator_len = match bytes[i] {
                b'.' | b'!' | b'?' => 1,
                0xE2 if text[i..].starts_with('…') => '…'.len_utf8(),
                _ => {
                    i += 1;
                    continue;
                }
            };
            let mut end = i + terminator_len;
            while let Some(c) = text[end..].chars().next() {
                if matches!(c, '.' | '!' | '?' | ')' | ']' | '…') || is_quote(c) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let boundary = is_boundary(text, i, end);
            i = end;
            if boundary {
                return Some(para.start + end);
            }
        }
        None
    })
}

/// Whether the terminator at `at` (closing marks running to `end`) ends a sentence.
fn is_boundary(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[end..];
    let Some(first) = rest.chars().next() else {
        return false; // the paragraph's end closes the last sentence anyway
    };
    if !first.is_whitespace() {
        // Only closing quotation marks may stand between: `the cameras.”The fishermen`
        // (a straight mark may open the next sentence's quotation).
        return text.as_bytes()[at] == b'.'
            && text[at + 1..end].chars().all(|c| matches!(c, '”' | '’'))
            && space_left_out(text, at, end);
    }
    let next_word: &str = rest[..floor_boundary(rest, WORD_REACH)]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let Some(next) = next_word.chars().next() else {
        return false;
    };
    let opens_something = is_quote(next) || matches!(next, '(' | '[') || is_dash(next);
    if !(next.is_uppercase() || next.is_ascii_digit() || opens_something) {
        return false;
    }
    if text.as_bytes()[at] != b'.' {
        // "“Why now?” Kim asked." is one sentence: a question or exclamation closing a
        // quotation, its attribution right after.
        let closes_quote = text[at..end].chars().any(is_quote);
        return !(closes_quote && attribution_follows(rest));
    }
    let reach = ceil_boundary(text, at.saturating_sub(WORD_REACH));
    let word_start = text[reach..at]
        .rfind(|c: char| c.is_whitespace() || c == '(' || is_quote(c) || is_dash(c))
        .map_or(reach, |p| {
            reach + p + text[reach + p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..at];
    if word.is_empty() {
        return true;
    }
    if NAME_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        return false;
    }
    // "No. 2" numbers; "the mayor said no. Then ..." ends.
    if word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos") {
        return !next.is_ascii_digit();
    }
    // "after 10 p.m. Ruiz conceded" ends; "10 p.m. Monday" and "10 p.m. ET" go on.
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        let bare_next = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        let lex = lexicon();
        return !(TIME_ZONES.contains(&bare_next)
            || with_lowercase(bare_next, |w| lex.time_words.contains(w))
            || next.is_ascii_digit());
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S", "N.Y", "a.m"; not a number ("rose 0.3%. Compared ...").
    let dotted = word.contains('.')
        && word.len() <= 8
        && word.chars().all(|c| c.is_alphabetic() || c == '.');
    let lex = lexicon();
    if single_initial || dotted || lex.is_abbreviation(word) {
        let bare_next = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        // A quoted word in lower case goes on with the sentence: `the U.S. “clearly” needed`.
        let lower_quoted = is_quote(next) && bare_next.starts_with(char::is_lowercase);
        return lex.clause_openers.contains(bare_next) || (opens_something && !lower_quoted);
    }
    true
}

/// Whether the period at `at` (its closing marks running to `end`) ends a sentence whose
/// space after it was left out: a word in lower case before it, a capitalised one after
/// ("by the delay.And a second").
fn space_left_out(text: &str, at: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let before = bytes[..at]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let opens_word = at == before || bytes[at - before - 1] == b' ';
    let after = &bytes[end..];
    let tail = after[1.min(after.len())..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let closes_word = after
        .get(1 + tail)
        .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.');
    // "example.Com": a web address.
    let domain = ["com", "org", "net", "gov", "edu"]
        .iter()
        .any(|d| after[..(1 + tail).min(after.len())].eq_ignore_ascii_case(d.as_bytes()));
    before >= 3
        && !domain
        && opens_word
        && after.first().is_some_and(u8::is_ascii_uppercase)
        && tail >= 1
        && closes_word
}

/// Time zones that may follow "a.m." or "p.m." in the same sentence.
const TIME_ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC",
    "BST", "CET", "Eastern", "Central", "Mountain", "Pacific", "local",
];

/// Whether a cue verb stands among the first few words of `rest` ("Kim asked", "said the
/// mayor", "US Senator Jeff Sessions said").
fn attribution_follows(rest: &str) -> bool {
    let lex = lexicon();
    rest[..floor_boundary(rest, WORD_REACH * 2)]
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .any(|w| lex.cue(w).is_some() && w.chars().next().is_some_and(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn a_time_ends_a_sentence_unless_a_zone_or_a_day_follows() {
        assert_eq!(
            split("Lee won after 10 p.m. Ruiz conceded."),
            ["Lee won after 10 p.m.", "Ruiz conceded."]
        );
        for text in [
            "Lee won at 10 p.m. Monday in Dover.",
            "Lee won at 10 p.m. ET in Dover.",
            "Lee won at 10 a.m. Eastern time.",
        ] {
            assert_eq!(split(text), [text]);
        }
    }

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            split("Mr. Kim met U.S. officials in Sept. 2018 at No. 2 Main St. in S. Korea."),
            ["Mr. Kim met U.S. officials in Sept. 2018 at No. 2 Main St. in S. Korea."]
        );
        assert_eq!(split("John F. Kennedy spoke."), ["John F. Kennedy spoke."]);
        // Plural titles: "Sens. Ada Obi and Ben Hall".
        assert_eq!(
            split("Two rivals, Sens. Obi and Hall, and Reps. Lee and Kim spoke."),
            ["Two rivals, Sens. Obi and Hall, and Reps. Lee and Kim spoke."]
        );
        assert_eq!(
            split("Lee said the U.S. “clearly” needed more. It did."),
            ["Lee said the U.S. “clearly” needed more.", "It did."]
        );
    }

    #[test]
    fn no_ends_a_sentence_unless_a_number_follows() {
        assert_eq!(
            split("Asked again, Lee said no. Then she left. It was No. 2 on the list."),
            [
                "Asked again, Lee said no.",
                "Then she left.",
                "It was No. 2 on the list."
            ]
        );
    }

    #[test]
    fn abbreviation_can_end_a_sentence() {
        assert_eq!(
            split("He flew to the U.S. The trip was long."),
            ["He flew to the U.S.", "The trip was long."]
        );
        // A number with a decimal point is no abbreviation.
        assert_eq!(
            split("Prices rose 0.3%. Compared with May, they fell 1.5. Rents rose."),
            [
                "Prices rose 0.3%.",
                "Compared with May, they fell 1.5.",
                "Rents rose."
            ]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        assert_eq!(
            split("“It is over,” he said. “We won.” Then he left."),
            ["“It is over,” he said.", "“We won.”", "Then he left."]
        );
        assert_eq!(split("\"Why?\" he asked."), ["\"Why?\" he asked."]);
        assert_eq!(
            split("“Why now?” Kim asked. Then she left."),
            ["“Why now?” Kim asked.", "Then she left."]
        );
        assert_eq!(
            split("“Why now?” Nobody knew."),
            ["“Why now?”", "Nobody knew."]
        );
        assert_eq!(
            split("“We won!” US Senator Ann Lee said. Then she left."),
            ["“We won!” US Senator Ann Lee said.", "Then she left."]
        );
    }

    #[test]
    fn skips_wire_dateline() {
        assert_eq!(
            split("BUSAN, March 3 (Harbor Wire) -- Workers struck. Talks stalled."),
            ["Workers struck.", "Talks stalled."]
        );
        assert_eq!(split("WASHINGTON — Senators met."), ["Senators met."]);
        assert_eq!(split("Washington (AFP) – Senators met."), ["Senators met."]);
        // A place in any case needs its agency: this is a sentence.
        assert_eq!(
            split("Washington - the city - sleeps."),
            ["Washington - the city - sleeps."]
        );
    }

    #[test]
    fn skips_a_live_report_s_time_stamp() {
        assert_eq!(
            split("9:15 a.m.: Workers struck. Talks stalled."),
            ["Workers struck.", "Talks stalled."]
        );
        assert_eq!(split("14:30 GMT - Senators met."), ["Senators met."]);
        assert_eq!(split("10:05 AM ET: Senators met."), ["Senators met."]);
        // A time that opens a sentence is the sentence's.
        assert_eq!(split("9:15 was the hour."), ["9:15 was the hour."]);
        assert_eq!(split("3.5 - 2 is 1.5."), ["3.5 - 2 is 1.5."]);
    }

    #[test]
    fn cuts_text_without_sentence_ends() {
        let text = "word ".repeat(2000);
        let pieces = split(&text);
        assert_eq!(pieces.len(), 3);
        assert!(
            pieces
                .iter()
                .all(|p| p.len() <= MAX_SENTENCE && p.ends_with("word"))
        );
        let solid = "é".repeat(3000);
        assert!(split(&solid).iter().all(|p| p.len() <= MAX_SENTENCE));
        assert_eq!(split(&solid).concat(), solid);
    }

    #[test]
    fn a_period_with_no_space_after_a_word_ends_a_sentence() {
        assert_eq!(
            split("It was late.And then it rained."),
            ["It was late.", "And then it rained."]
        );
        assert_eq!(
            split("It was “a show.”The crowd left."),
            ["It was “a show.”", "The crowd left."]
        );
        for text in [
            "He left.“The end,” he said.",
            "See example.Com for more.",
            "It runs on ASP.NET now.",
            "Read the U.S.Army report.",
            "A file, notes.Txt.Bak, is gone.",
            "It was at.A one.",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }

    #[test]
    fn no_split_before_lowercase() {
        assert_eq!(
            split("It costs 3.5 percent. ok then"),
            ["It costs 3.5 percent. ok then"]
        );
    }
}
