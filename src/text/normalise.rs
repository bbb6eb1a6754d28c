//! Character classes for Unicode punctuation, and folding text for comparison.
//! Spans always point into the input as read; folding only builds comparison keys.

use crate::text::scan::has_capital_or_non_ascii;
use std::borrow::Cow;

/// Marks that open or close a double quotation.
pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '〝' | '〞' | '＂'
    )
}

/// Marks that open or close a single quotation (also apostrophes).
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›' | '‛')
}

/// Whether an apostrophe between `before` and `after` is a plural's possessive: after an
/// "s" and before the next word ("the teachers' union"), not a quotation's close.
pub fn is_plural_possessive(before: &str, after: &str) -> bool {
    before.ends_with(['s', 'S'])
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_alphabetic))
}

pub fn is_quote(c: char) -> bool {
    is_double_quote(c) || is_single_quote(c)
}

/// Whether `text` holds a quotation mark: a double one, or a single one that opens a word.
/// An apostrophe ("the state's records", "isn't") is none.
pub fn has_quotation_mark(text: &str) -> bool {
    let mut before = ' ';
    text.chars().any(|c| {
        let mark = is_double_quote(c) || (is_single_quote(c) && before.is_whitespace());
        before = c;
        mark
    })
}

/// Which way a mark faces by its shape alone, if it has one.
pub fn intrinsic_direction(c: char) -> Option<bool> {
    match c {
        '“' | '„' | '«' | '‘' | '‚' | '‹' | '‟' | '‛' | '〝' => Some(true),
        '”' | '»' | '’' | '›' | '〞' => Some(false),
        _ => None,
    }
}

/// Dashes that separate clauses.
pub fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒')
}

/// `text` without the clause dash it ends with ("—", "–", "--", " -"), if it ends with one.
pub fn strip_clause_dash(text: &str) -> Option<&str> {
    text.strip_suffix("--")
        .or_else(|| text.strip_suffix(is_dash))
        // A spaced hyphen stands for a dash: "the pier - and the ferry"; "pre-" does not.
        .or_else(|| text.ends_with(" -").then(|| &text[..text.len() - 1]))
}

/// Folds typographic variants to ASCII for comparing words: curly apostrophes, non-breaking
/// spaces and dashes. Borrowed when there is nothing to fold (the ASCII fast path).
pub fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '’' | '‘' | '‛' | '′' => '\'',
                '“' | '”' | '„' | '″' => '"',
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' => ' ',
                '—' | '–' | '―' | '‒' | '‐' | '‑' => '-',
                other => other,
            })
            .collect(),
    )
}

/// No-break spaces as two ASCII spaces, one per byte: every byte offset stays where it was,
/// so spans found in the copy hold in `text`. Borrowed when there is none.
pub fn ascii_spaces(text: &str) -> Cow<'_, str> {
    if text.contains('\u{a0}') {
        Cow::Owned(text.replace('\u{a0}', "  "))
    } else {
        Cow::Borrowed(text)
    }
}

/// One word lower-cased with curly apostrophes folded ("Can’t" -> "can't").
pub fn fold_word(word: &str) -> String {
    folded_word(word).to_string()
}

/// Whether lower-casing changes `text` (and, with `apostrophes`, whether it holds a curly
/// apostrophe to straighten): most words and every mark ("“", "—") are left as they are,
/// and then need no copy.
fn lower_casing_changes(text: &str, apostrophes: bool) -> bool {
    has_capital_or_non_ascii(text)
        && text.chars().any(|c| match c {
            '’' => apostrophes,
            c if c.is_ascii() => c.is_ascii_uppercase(),
            // General punctuation (dashes, quotation marks, spaces) has no case.
            '\u{2000}'..='\u{206f}' => false,
            c => {
                let mut lower = c.to_lowercase();
                !(lower.next() == Some(c) && lower.next().is_none())
            }
        })
}

/// How long an ASCII word may be to be folded on the stack.
const ROOM: usize = 22;

/// A word folded for comparison, with no copy on the heap for a short word: borrowed when
/// folding leaves it as it is (most words), on the stack when it is short ASCII.
#[derive(Clone, Debug, Default)]
pub struct Folded<'a>(Form<'a>);

#[derive(Clone, Debug)]
enum Form<'a> {
    Borrowed(&'a str),
    /// ASCII bytes and their length: only `folded_word` makes this form.
    Stack([u8; ROOM], u8),
    Owned(String),
}

impl Default for Form<'_> {
    fn default() -> Self {
        Form::Borrowed("")
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Form::Borrowed(word) => word,
            // SAFETY: the stack form holds ASCII only (see `folded_word`), and its type is
            // private to this module.
            Form::Stack(bytes, len) => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            Form::Owned(word) => word,
        }
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

/// `fold_word`, without a copy on the heap for a word that is folded already or short.
pub fn folded_word(word: &str) -> Folded<'_> {
    if !lower_casing_changes(word, true) {
        return Folded(Form::Borrowed(word));
    }
    if word.len() <= ROOM && word.is_ascii() {
        let mut bytes = [0u8; ROOM];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        bytes[..word.len()].make_ascii_lowercase();
        let len = u8::try_from(word.len()).expect("ROOM fits in a byte");
        return Folded(Form::Stack(bytes, len));
    }
    let mut folded = String::with_capacity(word.len());
    fold_word_into(word, &mut folded);
    Folded(Form::Owned(folded))
}

/// `f` of `word` lower-cased as `lowercase` lower-cases it, on the stack when short ASCII
/// (where lower-casing and folding agree).
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        return f(&folded_word(word));
    }
    f(&lowercase(word))
}

/// `fold_word`, appended to `out`.
pub fn fold_word_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    let lower = word.to_lowercase();
    out.extend(lower.chars().map(|c| if c == '’' { '\'' } else { c }));
}

/// `text` lower-cased, borrowed when it already is (no copy for most words).
pub fn lowercase(text: &str) -> Cow<'_, str> {
    if lower_casing_changes(text, false) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Lower-cased and folded, for lexicon look-ups.
pub fn key(text: &str) -> String {
    let folded = fold(text);
    let mut key = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        // `fold` has already turned curly apostrophes straight.
        fold_word_into(word, &mut key);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_are_no_quotation_marks() {
        for text in ["the state's records", "isn't", "the states' records"] {
            assert!(!has_quotation_mark(text), "{text}");
        }
        for text in ["“no”", "said 'no'", "\"no\"", "'Tis"] {
            assert!(has_quotation_mark(text), "{text}");
        }
    }

    #[test]
    fn a_clause_dash_is_stripped_from_the_end() {
        for (text, head) in [
            ("a —", "a "),
            ("a –", "a "),
            ("a --", "a "),
            ("a―", "a"),
            // A spaced hyphen stands for a dash in much wire and archive copy.
            ("a -", "a "),
        ] {
            assert_eq!(strip_clause_dash(text), Some(head), "{text}");
        }
        // A hyphen against its word joins words; it is no clause dash.
        for text in ["well-", "pre-", "a — b", "-"] {
            assert_eq!(strip_clause_dash(text), None, "{text}");
        }
    }

    #[test]
    fn no_break_spaces_become_two_ascii_ones() {
        let text = "Lee said it,\u{a0}but 5\u{a0}km";
        let spaced = ascii_spaces(text);
        assert_eq!(spaced, "Lee said it,  but 5  km");
        assert_eq!(spaced.len(), text.len());
        assert!(matches!(ascii_spaces("Kim’s office"), Cow::Borrowed(_)));
    }

    #[test]
    fn folds_typography() {
        assert_eq!(fold("Kim’s\u{a0}office — “yes”"), "Kim's office - \"yes\"");
        assert!(matches!(fold("plain"), Cow::Borrowed(_)));
        assert_eq!(
            key("The\u{a0}Presidential  Spokesperson"),
            "the presidential spokesperson"
        );
        let long = "Long".repeat(10);
        for word in [
            "“", "—", "né", "ΟΔΟΣ", "ǅ", "İ", "K", "Kim", "MONDAY", "can’t", &long,
        ] {
            let folded = word.to_lowercase().replace('’', "'");
            assert_eq!(&*folded_word(word), folded);
            assert_eq!(lowercase(word), word.to_lowercase());
            assert_eq!(with_lowercase(word, str::to_string), word.to_lowercase());
            assert_eq!(
                matches!(folded_word(word).0, Form::Borrowed(_)),
                folded == word
            );
        }
        // Short ASCII words are folded without a copy on the heap.
        assert!(matches!(folded_word("MONDAY").0, Form::Stack(..)));
        assert!(matches!(folded_word(&long).0, Form::Owned(_)));
    }

    #[test]
    fn quote_classes() {
        assert!(is_double_quote('“') && is_double_quote('"'));
        assert!(is_single_quote('’') && !is_double_quote('’'));
        assert_eq!(intrinsic_direction('“'), Some(true));
        assert_eq!(intrinsic_direction('"'), None);
    }
}
