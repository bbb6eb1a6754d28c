//! Comma-enclosed segments and asides between a speaker and the cue: appositives
//! ("a doctor"), parentheticals ("speaking in Ohio"), bracketed and dashed asides.

use super::phrase::phrase_start;
use super::words::*;
use crate::lexicon::lexicon;
use crate::span::Span;
use crate::text::normalise::is_dash;
use crate::text::tokens::Token;

/// Words that open a parenthetical between speaker and cue (", speaking in Ohio,").
pub(super) const PARENTHETICAL_OPENERS: &[&str] = &[
    "however",
    "though",
    "too",
    "meanwhile",
    "moreover",
    "instead",
    "nonetheless",
    "nevertheless",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "speaking",
    "asked",
    "writing",
    "appearing",
    "for",
    "with",
    "like",
    "about",
    "citing",
    "referring",
    "responding",
    "echoing",
    "as",
    "when",
    "while",
    "then",
    "once",
    "unlike",
    "addressing",
    "according",
    "if",
    "by",
    "via",
    "through",
    "also",
    "in turn",
    "for his part",
    "for her part",
    "at the time",
    "pressed",
    "interviewed",
];

/// Whether a comma-enclosed segment describes the speaker ("a doctor", "41", "of Salem").
pub(super) fn is_appositive(segment: &[Token]) -> bool {
    let Some(first) = segment.first() else {
        return false;
    };
    let low = lower(first);
    !attributes(segment)
        && (is_determiner(first)
            || matches!(
                &*low,
                "who" | "whose" | "whom" | "which" | "of" | "from" | "himself" | "herself" | "aged"
            )
            || first.text.chars().all(|c| c.is_ascii_digit())
            || (first.text.len() >= 3
                && ["R-", "D-", "I-"].iter().any(|p| first.text.starts_with(p)))
            || (segment.len() <= 2
                && first.is_capitalised()
                && segment.iter().any(|t| t.text.ends_with('.')))
            || is_possessive(first)
            || describes_a_role(segment)
            || is_name_like(segment))
}

/// Whether a segment is an attribution of its own, not a description: "Kyodo, citing
/// unnamed sources,", "the Herald, quoting two aides,".
pub(super) fn attributes(segment: &[Token]) -> bool {
    segment.first().is_some_and(|first| {
        let low = lower(first);
        matches!(
            &*low,
            "citing" | "quoting" | "speaking" | "according" | "referring"
        ) || lexicon().is_participle_cue(&low)
    })
}

/// A segment that names a role or title among its first words ("vice president and general
/// counsel for the company", "Peru's ambassador").
pub(super) fn describes_a_role(segment: &[Token]) -> bool {
    segment.iter().take(6).any(|t| is_role(&lower(t)))
}

/// A short run of capitalised words: a name ("Jeff Wong") or a place ("Texas"), either
/// perhaps placed ("Tom Reed of Ohio"); or two joined ("Ana Ruiz and Tom Reed of Ohio").
pub(super) fn is_name_like(segment: &[Token]) -> bool {
    let one_name = |part: &[Token]| {
        let words = part.iter().filter(|t| t.is_word()).count();
        (1..=4).contains(&words)
            && part
                .iter()
                .all(|t| (t.is_word() && is_name_word(t)) || t.is('.') || t.is('-'))
    };
    let name = |part: &[Token]| one_name(part) || placed_name(part, one_name);
    match segment.iter().position(|t| t.text == "and") {
        Some(and) => name(&segment[..and]) && name(&segment[and + 1..]),
        None => name(segment),
    }
}

/// A name and where it is from: "Jane Doe of Des Moines", "Ann Lee from the Ohio Farm
/// Bureau in Marion"; every part after a place preposition a name.
fn placed_name(segment: &[Token], one_name: impl Fn(&[Token]) -> bool) -> bool {
    let is_place_word = |t: &Token| matches!(t.text, "of" | "from" | "in" | "at");
    let mut parts = segment.split(is_place_word);
    let name = parts.next().unwrap_or_default();
    segment.iter().any(is_place_word)
        && one_name(name)
        && parts.all(|part| {
            let part = match part.first() {
                Some(t) if t.text == "the" => &part[1..],
                _ => part,
            };
            one_name(part)
        })
}

pub(super) fn is_parenthetical(segment: &[Token]) -> bool {
    let Some(first) = segment.first() else {
        return false;
    };
    let low = lower(first);
    PARENTHETICAL_OPENERS.contains(&&*low)
        || (segment.len() == 1 && (is_adverb(&low) || low == "too"))
        || low.ends_with("ing")
        || participle_phrase(segment)
        // ", later alleging ...,", ", again in a statement,": an adverb before one.
        || (segment.len() > 1 && is_adverb(&low) && is_parenthetical(&segment[1..]))
}

/// A past participle and its preposition or time that describe the speaker: ", clad in a
/// red coat,", ", run by a retired judge,", ", issued after the meeting,", ", dated March
/// 3,", ", released last week,".
fn participle_phrase(segment: &[Token]) -> bool {
    let [first, second, ..] = segment else {
        return false;
    };
    let participle = lower(first);
    let preposition = lower(second);
    (is_past_participle(&participle) || matches!(&*participle, "run" | "clad" | "born"))
        && (LOCATIVES.contains(&&*preposition)
            || is_day_or_month(second)
            || preposition == "last"
            || matches!(
                &*preposition,
                "by" | "as" | "for" | "after" | "before" | "during" | "following" | "with"
            ))
}

/// Whether `toks` are a clause's opening name ("But Megan Hester"): a comma-enclosed
/// phrase after them describes that person, however it is worded.
pub(super) fn opens_with_name(toks: &[Token]) -> bool {
    let Some(last) = toks.len().checked_sub(1) else {
        return false;
    };
    if !is_name_word(&toks[last]) {
        return false;
    }
    let start = phrase_start(toks, last);
    toks[..start].iter().all(|t| {
        !t.is_word()
            || CLAUSE_LINKS.contains(&&*lower(t))
            || lexicon().clause_openers.contains(t.text)
    })
}

/// The aside that `toks` end with, in brackets or between dashes and at most 12 tokens
/// long: where it opens, and its words.
pub(super) fn aside_before(toks: &[Token]) -> Option<(usize, Option<Span>)> {
    // A hyphen with space on both sides stands for a dash too: "Ann Lee - an aide - said".
    let spaced = |i: usize| {
        let gap = |a: &Token, b: &Token| a.span.end < b.span.start;
        i >= 1 && gap(&toks[i - 1], &toks[i]) && toks.get(i + 1).is_none_or(|n| gap(&toks[i], n))
    };
    let dash = |i: usize| {
        let t = &toks[i];
        t.text.chars().count() == 1 && (t.text.chars().all(is_dash) || t.is('-') && spaced(i))
    };
    // "--" stands for a dash in plain text: two hyphen tokens.
    let double_hyphen = |i: usize| i >= 1 && toks[i].is('-') && toks[i - 1].is('-');
    // "Gov. Tom Reed (R-Ohio), said": a comma may follow the aside.
    let toks = match toks.split_last() {
        Some((last, rest)) if last.is(',') && rest.last().is_some_and(|t| t.is(')')) => rest,
        _ => toks,
    };
    let last = toks.len().checked_sub(1)?;
    // (where the aside opens, its first word, its closing mark)
    let (open, first, close) = if toks[last].is(')') {
        let open = toks[..last].iter().rposition(|t| t.is('('))?;
        (open, open + 1, last)
    } else if dash(last) {
        let open = (0..last).rev().find(|&i| dash(i))?;
        (open, open + 1, last)
    } else if double_hyphen(last) {
        let open = (1..last - 1).rev().find(|&i| double_hyphen(i))?;
        (open - 1, open + 1, last - 1)
    } else {
        return None;
    };
    if open == 0 || close - first > 30 {
        return None;
    }
    let words = (first < close).then(|| toks[first].span.cover(toks[close - 1].span));
    Some((open, words))
}
