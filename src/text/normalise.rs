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

pub fn is_quote(c: char) -> bool {
    is_double_quote(c) || is_single_quote(c)
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

/// One word lower-cased with curly apostrophes folded ("Can’t" -> "can't").
pub fn fold_word(word: &str) -> String {
    folded_word(word).into_owned()
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

/// `fold_word`, borrowed when the word already is folded (the common case).
pub fn folded_word(word: &str) -> Cow<'_, str> {
    if !lower_casing_changes(word, true) {
        return Cow::Borrowed(word);
    }
    let mut folded = String::with_capacity(word.len());
    fold_word_into(word, &mut folded);
    Cow::Owned(folded)
}

/// `f` of `word` folded as `folded_word` folds it: a short ASCII word on the stack, so a
/// look-up of a capitalised word costs no allocation.
pub fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    lower_on_stack(word, f, folded_word)
}

/// `f` of `word` lower-cased as `lowercase` lower-cases it, on the stack when short ASCII.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    lower_on_stack(word, f, lowercase)
}

/// `f` of a short ASCII `word` lower-cased in a stack buffer (where lower-casing and
/// folding agree), or of what `copy` makes of any other word.
fn lower_on_stack<'w, R>(
    word: &'w str,
    f: impl FnOnce(&str) -> R,
    copy: impl FnOnce(&'w str) -> Cow<'w, str>,
) -> R {
    const ROOM: usize = 24;
    if word.len() <= ROOM && word.is_ascii() {
        let mut room = [0u8; ROOM];
        let lower = &mut room[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII stays ASCII"));
    }
    f(&copy(word))
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
    fn folds_typography() {
        assert_eq!(fold("Kim’s\u{a0}office — “yes”"), "Kim's office - \"yes\"");
        assert!(matches!(fold("plain"), Cow::Borrowed(_)));
        assert_eq!(
            key("The\u{a0}Presidential  Spokesperson"),
            "the presidential spokesperson"
        );
        for word in ["“", "—", "né", "ΟΔΟΣ", "ǅ", "İ", "K"] {
            assert_eq!(folded_word(word), word.to_lowercase().replace('’', "'"));
            assert_eq!(lowercase(word), word.to_lowercase());
            assert_eq!(
                matches!(folded_word(word), Cow::Borrowed(_)),
                word.to_lowercase() == word
            );
        }
        for word in ["Kim", "MONDAY", "can’t", "Ökonom", &"Long".repeat(10)] {
            assert_eq!(with_folded(word, str::to_string), fold_word(word));
        }
    }

    #[test]
    fn quote_classes() {
        assert!(is_double_quote('“') && is_double_quote('"'));
        assert!(is_single_quote('’') && !is_double_quote('’'));
        assert_eq!(intrinsic_direction('“'), Some(true));
        assert_eq!(intrinsic_direction('"'), None);
    }
}
