//! Speaker mention boundaries around a cue: the noun phrase before it ("Harbor Authority
//! spokesperson Park Min-seo said"), after it ("said the presidential spokesperson"),
//! appositives ("Hugh Hill, a doctor, said") and relative clauses ("Kim, who ... , said").

use crate::lexicon::lexicon;
use crate::span::{Span, ceil_boundary, floor_boundary};
use crate::text::normalise::{folded_word, is_dash};
use crate::text::tokens::{Token, tokens};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A speaker phrase as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// An appositive that describes the speaker, without its commas ("a doctor").
    pub appositive: Option<Span>,
    /// A hedge that stood between the speaker and the cue ("reportedly").
    pub hedge: Option<Span>,
}

impl Mention {
    /// A mention that is just its words, with no appositive or hedge.
    pub fn bare(span: Span) -> Self {
        Mention {
            span,
            appositive: None,
            hedge: None,
        }
    }
}

/// How many bytes from its cue a speaker phrase may reach, appositives and all: enough
/// for any real one, and a bound on the work per cue however long the sentence.
pub const REACH: usize = 400;

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "several", "many", "multiple", "two", "three",
    "four", "five", "six", "both", "all", "most", "few", "these", "those", "his", "her", "their",
    "its", "our", "my", "your", "any", "no", "each", "numerous", "various", "certain", "other",
];
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Words that open a parenthetical between speaker and cue (", speaking in Ohio,").
const PARENTHETICAL_OPENERS: &[&str] = &[
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

fn lower<'t>(token: &Token<'t>) -> Cow<'t, str> {
    folded_word(token.text)
}

pub fn is_determiner(token: &Token) -> bool {
    DETERMINERS.contains(&&*lower(token))
}

pub fn is_pronoun(text: &str) -> bool {
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(text))
}

fn is_day_or_month(token: &Token) -> bool {
    lexicon().time_words.contains(&*lower(token))
}

/// A capitalised word that can be part of a name ("Park", "Min-seo", "U.S.", "Wa").
pub fn is_name_word(token: &Token) -> bool {
    token.is_capitalised()
        && !lexicon().clause_openers.contains(token.text)
        && !is_day_or_month(token)
}

pub fn is_possessive(token: &Token) -> bool {
    let text = token.text;
    let apostrophe_s = text.ends_with("'s") || text.ends_with("’s");
    // "He's", "that's", "there's": a pronoun's "is" or "has", not a possessive.
    let contraction = apostrophe_s && {
        let stem = &text[..text.len() - if text.ends_with("'s") { 2 } else { 4 }];
        is_pronoun(stem) || CONTRACTED.iter().any(|w| w.eq_ignore_ascii_case(stem))
    };
    (apostrophe_s && !contraction)
        || (text.len() > 2 && (text.ends_with("s'") || text.ends_with("s’")))
}

/// Words whose "'s" is "is" or "has".
const CONTRACTED: &[&str] = &["that", "there", "here", "what", "who", "where", "let"];

/// A word that can end a speaker phrase.
fn is_head(token: &Token) -> bool {
    if is_name_word(token) {
        return true;
    }
    let low = lower(token);
    lexicon().speaker_nouns.contains(&*low)
}

/// A lower-case word that may modify a head ("senior", "government", "presidential").
fn is_modifier(token: &Token) -> bool {
    let low = lower(token);
    let lex = lexicon();
    token.is_word()
        && !token.is_capitalised()
        && low.len() > 2
        && low.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lex.stopwords.contains(&*low)
        && !lex.adverbs.contains(&*low)
        && lex.cue(&low).is_none()
        && !low.ends_with("ly")
        && !low.ends_with("ed")
        && !low.ends_with("ing")
}

/// Determiners that can stand alone as a speaker.
const STANDALONE: &[&str] = &[
    "another", "others", "some", "many", "most", "few", "several", "both", "one",
];

/// Words after which a new clause, and so a new subject, begins.
const CLAUSE_LINKS: &[&str] = &[
    "and", "but", "while", "though", "although", "because", "that", "since", "whereas", "yet", "so",
];

/// A plural that names people by what they do ("operators", "economists", "residents"),
/// never a verb's third person.
fn is_agent_plural(word: &str) -> bool {
    ["ers", "ors", "ists", "ians", "ents", "ants", "ees"]
        .iter()
        .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

/// Where a phrase "determiner (modifier ...) noun" ending at `head` starts, if it is one:
/// at most three words after a determiner or possessive; `as_subject`: only where a clause opens.
fn determined_phrase(toks: &[Token], head: usize, as_subject: bool) -> Option<usize> {
    let is_lower_word = |t: &Token| t.is_word() && !t.is_capitalised();
    let head_low = lower(&toks[head]);
    let past_form = head_low.len() > 4 && head_low.ends_with("ed");
    if !is_lower_word(&toks[head])
        || lexicon().adverbs.contains(&*head_low)
        || (lexicon().stopwords.contains(&*head_low)
            && !STANDALONE.contains(&&*head_low)
            && !NUMBER_WORDS.contains(&&*head_low)
            && head_low != "whom")
        || past_form
    {
        return None;
    }
    // "Yet another said", "Others said": a determiner standing alone as the subject.
    if STANDALONE.contains(&&*head_low) {
        let opens = head == 0 || {
            let before = lower(&toks[head - 1]);
            !toks[head - 1].is_word() || CLAUSE_LINKS.contains(&&*before) || before == "yet"
        };
        return opens.then_some(head);
    }
    // Only as the subject of its clause, not inside a phrase ("in a series of posts").
    let opens_clause = |phrase: usize| {
        !as_subject || phrase == 0 || {
            let before = &toks[phrase - 1];
            !before.is_word() || CLAUSE_LINKS.contains(&&*lower(before))
        }
    };
    // A bare plural needs no determiner: "Security specialists say", "Sanders fans told".
    let plural = head_low.len() > 3 && head_low.ends_with('s') && !head_low.ends_with("ss");
    let mut start = head;
    let mut bare_plural_ok = true;
    while start > 0 && head - start < 4 {
        let token = &toks[start - 1];
        if is_determiner(token) || is_possessive(token) {
            // A possessive may be a name's: "Romney's associates".
            let phrase = if is_possessive(token) {
                phrase_start(toks, start - 1)
            } else {
                start - 1
            };
            let phrase = partitive_start(toks, phrase);
            return opens_clause(phrase).then_some(phrase);
        }
        // Capitalised modifiers too: "One Republican presidential hopeful", "Sanders fans".
        // Not an auxiliary or "to": "these are important", "his aides haven't".
        let low = lower(token);
        let modifier = token.is_word()
            && !CLAUSE_WORDS.contains(&&*low)
            && low != "to"
            && !low.ends_with("n't");
        if !modifier || is_pronoun(token.text) {
            break;
        }
        // Without a determiner, only adjective-like words may modify a bare plural, and a
        // name only a known speaker noun ("Sanders fans", not "Clinton believes").
        bare_plural_ok &= is_modifier(token)
            || (token.is_capitalised()
                && (lexicon().speaker_nouns.contains(&*head_low) || is_agent_plural(&head_low)));
        start -= 1;
    }
    (plural && bare_plural_ok && opens_clause(start)).then_some(start)
}

/// Where a quantity ending in a number starts: "four in 10", "more than 4 in 10".
fn quantity_start(toks: &[Token], last: usize) -> usize {
    let mut start = last;
    while start > 0 && last - start < 5 {
        let low = lower(&toks[start - 1]);
        let part = matches!(
            &*low,
            "in" | "of" | "than" | "more" | "fewer" | "about" | "nearly"
        ) || low.bytes().all(|b| b.is_ascii_digit())
            || NUMBER_WORDS.contains(&&*low);
        if !part {
            break;
        }
        start -= 1;
    }
    start
}

/// Number words that begin a share ("four in 10").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Finds where a speaker phrase ending at token `head` starts (backwards).
fn phrase_start(toks: &[Token], head: usize) -> usize {
    let lex = lexicon();
    let mut start = head;
    let mut modifiers = 0;
    while start > 0 && head - start < 12 {
        let token = &toks[start - 1];
        let low = lower(token);
        if is_determiner(token) {
            start -= 1;
            // Determiners chain: "two other aides", "all the".
            while start > 0 && is_determiner(&toks[start - 1]) {
                start -= 1;
            }
            break;
        }
        // "Kim and Park", "he and Mr. Allen", "Commission on Presidential Debates".
        let joins_names = |t: &str| {
            (low == t)
                && start >= 2
                && (toks[start - 2].is_capitalised() || is_pronoun(toks[start - 2].text))
                && toks[start].is_capitalised()
        };
        let accept = is_name_word(token)
            || lex.speaker_nouns.contains(&*low)
            || lex.titles.contains(&*low)
            || is_possessive(token)
            || ["of", "and", "for", "on"].into_iter().any(joins_names)
            || token.text == "&"
            // "to placate nervous voters": a word after "to" is a verb.
            || (is_modifier(token)
                && modifiers < 3
                && (start < 2 || lower(&toks[start - 2]) != "to")
                && {
                modifiers += 1;
                true
            });
        if !accept {
            break;
        }
        start -= 1;
    }
    // A phrase does not start with a joining word or a bare modifier run.
    while start < head && matches!(&*lower(&toks[start]), "of" | "and" | "for" | "on" | "&") {
        start += 1;
    }
    partitive_start(toks, start)
}

/// Words that take a share of a group: "one of the officials", "some of them".
const PARTITIVES: &[&str] = &[
    "one", "two", "three", "some", "many", "several", "most", "all", "both", "each", "none", "few",
    "any", "either", "neither", "another",
];

/// Where a phrase starting at `start` starts once a share before it is counted in ("one of
/// the officials").
fn partitive_start(toks: &[Token], start: usize) -> usize {
    let share = start >= 2
        && lower(&toks[start - 1]) == "of"
        && PARTITIVES.contains(&&*lower(&toks[start - 2]));
    if share { start - 2 } else { start }
}

/// Whether a comma-enclosed segment describes the speaker ("a doctor", "41", "of Salem").
fn is_appositive(segment: &[Token]) -> bool {
    let Some(first) = segment.first() else {
        return false;
    };
    let low = lower(first);
    is_determiner(first)
        || matches!(
            &*low,
            "who" | "whose" | "whom" | "which" | "of" | "from" | "himself" | "herself" | "aged"
        )
        || first.text.chars().all(|c| c.is_ascii_digit())
        || (first.text.len() >= 3 && ["R-", "D-", "I-"].iter().any(|p| first.text.starts_with(p)))
        || (segment.len() <= 2
            && first.is_capitalised()
            && segment.iter().any(|t| t.text.ends_with('.')))
        || is_possessive(first)
        || describes_a_role(segment)
        || is_name_like(segment)
}

/// A segment that names a role or title among its first words ("vice president and general
/// counsel for the company", "Peru's ambassador").
fn describes_a_role(segment: &[Token]) -> bool {
    let lex = lexicon();
    segment.iter().take(6).any(|t| {
        let low = lower(t);
        lex.titles.contains(&*low) || lex.speaker_nouns.contains(&*low)
    })
}

/// A short run of capitalised words: a name ("Jeff Wong") or a place ("Texas").
fn is_name_like(segment: &[Token]) -> bool {
    let words = segment.iter().filter(|t| t.is_word()).count();
    (1..=4).contains(&words)
        && segment
            .iter()
            .all(|t| (t.is_word() && is_name_word(t)) || t.is('.') || t.is('-'))
}

fn is_parenthetical(segment: &[Token]) -> bool {
    let Some(first) = segment.first() else {
        return false;
    };
    let low = lower(first);
    PARENTHETICAL_OPENERS.contains(&&*low)
        || (segment.len() == 1 && (low.ends_with("ly") || low == "too"))
        || low.ends_with("ing")
}

/// The speaker phrase that ends right before `cue`, looking no further back than `from`.
pub fn before(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let from = from.max(ceil_boundary(source, cue.start.saturating_sub(REACH)));
    // "Pence went on to say": the speaker stands before the bridge.
    let lead = source[from..cue.start].trim_end();
    let cue = match lexicon()
        .cue_bridges
        .iter()
        .find(|b| ends_with_words(lead, b))
    {
        Some(bridge) => {
            let at = from + lead.len() - bridge.len();
            Span::new(at, at)
        }
        None => cue,
    };
    let found = before_cue(source, from, cue);
    // "Experts on North Korea said": the speaker is the noun before the preposition.
    let after_preposition = |m: &Mention| {
        let lead = source[from..m.span.start].trim_end();
        LOCATIVES.iter().any(|p| ends_with_words(lead, p))
    };
    match found {
        Some(m) if after_preposition(&m) => head_before_preposition(source, from, cue).or(found),
        Some(_) => found,
        None => postmodified_head(source, from, cue)
            .or_else(|| head_before_preposition(source, from, cue)),
    }
}

/// The source post-modifiers of the lexicon, with the spaces around them.
static POSTMODIFIERS: LazyLock<Regex> = LazyLock::new(|| {
    let phrases: Vec<String> = lexicon()
        .source_postmodifiers
        .iter()
        .map(|m| regex::escape(m))
        .collect();
    Regex::new(&format!(" (?:{}) ", phrases.join("|"))).expect("valid postmodifier regex")
});

/// A speaker phrase whose head a post-modifier, relative clause, participle or infinitive
/// phrase separates from the cue.
fn postmodified_head(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let region = &source[from..cue.start];
    // A source's post-modifier ("an aide familiar with the talks") or relative clause
    // ("officials who spoke on condition of anonymity") ends the phrase early.
    let postmodifier = POSTMODIFIERS
        .find_iter(region)
        .last()
        .map(|m| m.start())
        .filter(|&at| region.len() - at <= 80);
    let relative = [" who ", " that ", " which "]
        .iter()
        .filter_map(|r| region.rfind(r))
        .min()
        .filter(|&at| region.len() - at <= 160 && !region[at..].contains([',', ';']));
    if let Some(at) = postmodifier.into_iter().chain(relative).max() {
        let head_end = from + at;
        return before_cue(source, from, Span::new(head_end, head_end));
    }
    // A participle or infinitive phrase after the head: "activists clamoring to block him
    // say", "the last man to mount a race says". The first such word that leaves a speaker.
    let window = ceil_boundary(region, region.len().saturating_sub(160));
    if region[window..].contains([',', ';']) {
        return None;
    }
    region[window..]
        .match_indices(' ')
        .map(|(at, _)| window + at)
        .filter(|&at| {
            let word = region[at + 1..].split(' ').next().unwrap_or("");
            word == "to" || (word.len() > 4 && word.ends_with("ing"))
        })
        .filter(|&at| region.len() - at > 12)
        .take(3)
        .find_map(|at| before_cue(source, from, Span::new(from + at, from + at)))
}

/// Prepositions after which a name is a place or topic, not the speaker.
pub const LOCATIVES: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "across",
    "around",
    "among",
    "throughout",
    "within",
    "with",
];

/// Words a prepositional phrase between a speaker and its cue cannot hold: they make it a
/// clause of its own ("The mayor in 2010 signed a law that officials say").
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "do", "does", "did", "be", "been", "that", "which", "who", "whom",
];

/// A word that makes a phrase a clause: an auxiliary, a relative, a cue, a past form.
fn is_verb_like(token: &Token) -> bool {
    let low = lower(token);
    CLAUSE_WORDS.contains(&&*low)
        || low == "to"
        || lexicon().cue(&low).is_some()
        || (!token.is_capitalised() && low.len() > 4 && low.ends_with("ed"))
}

/// Whether `toks` are a clause's opening name ("But Megan Hester"): a comma-enclosed
/// phrase after them describes that person, however it is worded.
fn opens_with_name(toks: &[Token]) -> bool {
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

/// A clause-opening noun phrase followed by a prepositional phrase up to the cue: "Experts
/// on North Korea and nuclear policy said", "Political observers in Ohio say". The mention
/// holds both; the head is the noun before the preposition.
fn head_before_preposition(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let region = &source[from..cue.start];
    let clause = region
        .rfind([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'])
        .map_or(0, |at| {
            at + region[at..].chars().next().map_or(1, char::len_utf8)
        });
    let toks = tokens(source, Span::new(from + clause, cue.start));
    let words: Vec<&Token> = toks.iter().filter(|t| t.is_word()).collect();
    let opener = words
        .iter()
        .take_while(|t| CLAUSE_LINKS.contains(&&*lower(t)))
        .count();
    let words = &words[opener..];
    let at = words.iter().position(|t| {
        let low = lower(t);
        LOCATIVES.contains(&&*low) || low == "of" || low == "for"
    })?;
    if at == 0 || at > 6 || words.len() - at > 14 {
        return None;
    }
    let adverb = |t: &Token| {
        let low = lower(t);
        low.ends_with("ly") || lexicon().adverbs.contains(&*low) || low == "however"
    };
    if words.iter().any(|t| is_verb_like(t)) || words[..at].iter().any(|t| adverb(t)) {
        return None;
    }
    let head_end = words[at].span.start;
    let mention = before_cue(source, from + clause, Span::new(head_end, head_end))?;
    if mention.span.start != words[0].span.start {
        return None;
    }
    // The phrase runs on to its last word before the cue that is not an adverb or time word.
    let end = words[at + 1..].iter().rev().find(|t| {
        let low = lower(t);
        !(adverb(t) || is_day_or_month(t) || LOCATIVES.contains(&&*low) || low == "last")
    })?;
    Some(Mention {
        span: mention.span.cover(end.span),
        ..mention
    })
}

/// The aside that `toks` end with, in brackets or between dashes and at most 12 tokens
/// long: where it opens, and its words.
fn aside_before(toks: &[Token]) -> Option<(usize, Option<Span>)> {
    let dash = |t: &Token| t.text.chars().count() == 1 && t.text.chars().all(is_dash);
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
    } else if dash(&toks[last]) {
        let open = toks[..last].iter().rposition(dash)?;
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

/// Whether `text` ends with the words `phrase` (lower case), whole words only.
pub fn ends_with_words(text: &str, phrase: &str) -> bool {
    let n = phrase.len();
    text.len() > n
        && text.is_char_boundary(text.len() - n)
        && text[text.len() - n..].eq_ignore_ascii_case(phrase)
        && text[..text.len() - n].ends_with(char::is_whitespace)
}

fn before_cue(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let region = Span::new(from, cue.start);
    let toks = tokens(source, region);
    let lex = lexicon();
    let mut end = toks.len();
    let mut hedge = None;
    // Adverbs, auxiliaries and time words between speaker and cue.
    while end > 0 {
        let token = &toks[end - 1];
        let low = lower(token);
        let before_time_word = toks.get(end).is_some_and(is_day_or_month);
        if lex.adverbs.contains(&*low)
            || is_day_or_month(token)
            || low == "last"
            || (matches!(&*low, "on" | "this") && before_time_word)
        {
            if lex.hedges.contains(&*low) {
                hedge = Some(token.span);
            }
            end -= 1;
        } else {
            break;
        }
    }
    let mut appositive = None;
    // A bracketed or dash-enclosed aside right before the cue: "Gov. Tom Reed (R-Ohio)
    // said", "Many speakers — teachers and nurses among them — said".
    if let Some((open, aside)) = aside_before(&toks[..end]) {
        appositive = aside;
        end = open;
    }
    // Comma-enclosed segments: parentheticals are skipped, appositives kept as description.
    // Each segment taken leaves a place the phrase may end; the furthest back that reads as
    // a speaker wins ("And on Tuesday, Kevin Brady, chairman of ..., said": not "Tuesday").
    let mut ends = vec![(end, appositive)];
    while ends.len() <= 4 && end > 0 && toks[end - 1].is(',') {
        let close = end - 1;
        let Some(open) = toks[..close]
            .iter()
            .rposition(|t| t.is(',') || t.is('(') || t.is(';'))
        else {
            break;
        };
        let segment = &toks[open + 1..close];
        if segment.is_empty() || segment.len() > 30 || !toks[open].is(',') {
            break;
        }
        let described = || opens_with_name(&toks[..open]) && !segment.iter().any(is_verb_like);
        if is_appositive(segment) || described() {
            let span = segment[0].span.cover(segment[segment.len() - 1].span);
            appositive = Some(appositive.map_or(span, |a: Span| span.cover(a)));
        } else if !is_parenthetical(segment) {
            break;
        }
        end = open;
        ends.push((end, appositive));
        end += 1;
    }
    ends.into_iter()
        .rev()
        .filter(|&(end, _)| end > 0 && !toks[end - 1].is(','))
        .find_map(|(end, appositive)| phrase_ending(&toks, end, appositive, hedge))
}

/// The speaker phrase whose last token is `toks[end - 1]`.
fn phrase_ending(
    toks: &[Token],
    end: usize,
    appositive: Option<Span>,
    hedge: Option<Span>,
) -> Option<Mention> {
    let lex = lexicon();
    // "Rep. Ann Lee (D-Ohio), chair of the panel, said": an aside before the appositive.
    let (end, appositive) = match aside_before(&toks[..end]) {
        Some((open, aside)) if open > 0 => (open, aside.or(appositive)),
        _ => (end, appositive),
    };
    let head = end - 1;
    let head_token = &toks[head];
    let head_low = lower(head_token);
    // "X, who ... said" / "people who said": the speaker is the phrase before "who".
    if head_low == "who" && head > 0 {
        let antecedent_end = if toks[head - 1].is(',') {
            head - 1
        } else {
            head
        };
        if antecedent_end == 0 {
            return None;
        }
        let last = antecedent_end - 1;
        // "officials who said", "voters who say", "four in 10 who said".
        let start = if is_head(&toks[last]) || lex.vague.contains(&*lower(&toks[last])) {
            Some(phrase_start(toks, last))
        } else if toks[last].text.bytes().all(|b| b.is_ascii_digit()) {
            Some(quantity_start(toks, last))
        } else {
            // Before "who" the phrase may be an object: "not paying an architect who said".
            determined_phrase(toks, last, false)
        };
        return start.map(|start| Mention {
            span: toks[start].span.cover(toks[last].span),
            appositive,
            hedge,
        });
    }
    // "one of them said", "some of us say".
    if matches!(&*head_low, "them" | "us") && partitive_start(toks, head) < head {
        return Some(Mention {
            span: toks[partitive_start(toks, head)]
                .span
                .cover(head_token.span),
            appositive,
            hedge,
        });
    }
    if is_pronoun(head_token.text) {
        let object_position = head > 0 && lex.cue(&lower(&toks[head - 1])).is_some();
        return (!object_position).then_some(Mention {
            span: head_token.span,
            appositive,
            hedge,
        });
    }
    let start = if is_head(head_token) || lex.vague.contains(&*head_low) {
        phrase_start(toks, head)
    } else if head_low.bytes().all(|b| b.is_ascii_digit())
        && head >= 2
        && lower(&toks[head - 1]) == "in"
    {
        // A share of those polled: "more than 4 in 10 said".
        quantity_start(toks, head)
    } else {
        // Any noun its determiner marks as a phrase: "another commenter", "Romney's aides".
        determined_phrase(toks, head, true)?
    };
    let span = toks[start].span.cover(head_token.span);
    Some(Mention {
        span,
        appositive,
        hedge,
    })
}

/// The speaker phrase that starts right after `cue` ("said Park Min-seo during ...").
pub fn after(source: &str, cue: Span, to: usize) -> Option<Mention> {
    let to = to.min(floor_boundary(source, cue.end + REACH));
    let toks = tokens(source, Span::new(cue.end, to));
    let first = toks.first()?;
    if is_pronoun(first.text) && !first.text.eq_ignore_ascii_case("it") {
        return Some(Mention::bare(first.span));
    }
    let lex = lexicon();
    let mut index = usize::from(is_determiner(first));
    let mut last_head = None;
    let mut modifiers = 0;
    while index < toks.len() && index < 14 {
        let token = &toks[index];
        let low = lower(token);
        let next_is_name = toks
            .get(index + 1)
            .is_some_and(|t| is_name_word(t) || t.text == "the");
        if is_head(token) || lex.titles.contains(&*low) {
            last_head = Some(index);
        } else if !(is_possessive(token)
            || ((low == "of" || low == "and" || low == "for")
                && next_is_name
                && last_head.is_some())
            || (low == "the"
                && last_head.is_some()
                && index > 0
                && matches!(&*lower(&toks[index - 1]), "of" | "for"))
            || (is_modifier(token) && modifiers < 3 && {
                modifiers += 1;
                true
            }))
        {
            break;
        }
        index += 1;
    }
    let head = last_head?;
    let span = first.span.cover(toks[head].span);
    let appositive = match toks.get(head + 1) {
        Some(comma) if comma.is(',') => {
            let rest = &toks[head + 2..];
            let stop = rest
                .iter()
                .position(|t| t.is(',') || t.is('.') || t.is(';'))
                .unwrap_or(rest.len());
            (stop > 0 && is_appositive(&rest[..stop]))
                .then(|| rest[0].span.cover(rest[stop - 1].span))
        }
        _ => None,
    };
    Some(Mention {
        span,
        appositive,
        hedge: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention_before(text: &str, cue: &str) -> Option<String> {
        let at = text.find(cue).unwrap();
        before(text, 0, Span::new(at, at + cue.len())).map(|m| m.span.text(text).to_string())
    }

    #[test]
    fn a_determined_noun_is_a_speaker_only_as_a_subject() {
        assert_eq!(
            mention_before("Another commenter said so.", "said").as_deref(),
            Some("Another commenter")
        );
        assert_eq!(
            mention_before("It rose, and the longtime tenants said so.", "said").as_deref(),
            Some("the longtime tenants")
        );
        assert_eq!(
            mention_before("Prices rose in a few markets said to", "said"),
            None
        );
    }

    fn mention_after(text: &str, cue: &str) -> Option<String> {
        let at = text.find(cue).unwrap();
        after(text, Span::new(at, at + cue.len()), text.len())
            .map(|m| m.span.text(text).to_string())
    }

    #[test]
    fn finds_title_and_name_before_cue() {
        assert_eq!(
            mention_before("Harbor Authority spokesperson Park Min-seo said", "said").as_deref(),
            Some("Harbor Authority spokesperson Park Min-seo")
        );
        assert_eq!(
            mention_before("Although the provincial labor office said", "said").as_deref(),
            Some("the provincial labor office")
        );
        assert_eq!(
            mention_before("The city administration reportedly told", "told").as_deref(),
            Some("The city administration")
        );
        assert_eq!(
            mention_before("Several ministry officials, however, say", "say").as_deref(),
            Some("Several ministry officials")
        );
        assert_eq!(
            mention_before("one government official said", "said").as_deref(),
            Some("one government official")
        );
    }

    #[test]
    fn appositives_and_relative_clauses() {
        let text = "Hugh Hill, a doctor, said";
        let at = text.find("said").unwrap();
        let m = before(text, 0, Span::new(at, at + 4)).unwrap();
        assert_eq!(m.span.text(text), "Hugh Hill");
        assert_eq!(m.appositive.unwrap().text(text), "a doctor");
        assert_eq!(
            mention_before("Dana Reyes, 41, of Salem, Ore., said", "said").as_deref(),
            Some("Dana Reyes")
        );
        assert_eq!(
            mention_before(
                "A senior official, who spoke on condition of anonymity, said",
                "said"
            )
            .as_deref(),
            Some("A senior official")
        );
    }

    #[test]
    fn a_prepositional_phrase_after_the_head_is_part_of_the_mention() {
        assert_eq!(
            mention_before("Experts on river ecology and fisheries said", "said").as_deref(),
            Some("Experts on river ecology and fisheries")
        );
        assert_eq!(
            mention_before("But analysts in Lagos on Monday said", "said").as_deref(),
            Some("analysts in Lagos")
        );
        assert_eq!(
            mention_before("The mayor in 2010 signed a law that officials say", "say").as_deref(),
            Some("officials")
        );
        assert_eq!(
            mention_before("Facebook primarily relies on users who say", "say"),
            None
        );
    }

    #[test]
    fn shares_of_a_group_and_agent_plurals() {
        assert_eq!(
            mention_before("“No,” one of the officials said", "said").as_deref(),
            Some("one of the officials")
        );
        assert_eq!(
            mention_before("Later some of them said", "said").as_deref(),
            Some("some of them")
        );
        assert_eq!(
            mention_before("Ferry operators, who lost money, say", "say").as_deref(),
            Some("Ferry operators")
        );
        assert_eq!(mention_before("Lee believes say", "say"), None);
    }

    #[test]
    fn any_description_after_a_clause_opening_name_is_an_appositive() {
        assert_eq!(
            mention_before("Senator Ana Ruiz, Democrat of Oregon, said", "said").as_deref(),
            Some("Senator Ana Ruiz")
        );
        assert_eq!(
            mention_before(
                "But Ann Lee, senior associate for outreach at the Pine Institute, said",
                "said"
            )
            .as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            mention_before("The bill, Lee argued, was flawed, said", "said"),
            None
        );
    }

    #[test]
    fn a_pronoun_s_is_no_possessive() {
        let token = |text| Token {
            span: Span::new(0, 0),
            text,
        };
        assert!(is_possessive(&token("Lee's")) && is_possessive(&token("voters’")));
        assert!(!is_possessive(&token("He’s")) && !is_possessive(&token("that's")));
    }

    #[test]
    fn pronouns_and_rejections() {
        assert_eq!(
            mention_before("On Monday he said", "said").as_deref(),
            Some("he")
        );
        assert_eq!(
            mention_before("Whitfield on Tuesday said", "said").as_deref(),
            Some("Whitfield")
        );
        assert_eq!(mention_before("the claims", "claims"), None);
        assert_eq!(mention_before("it is hard to say", "say"), None);
    }

    #[test]
    fn finds_speaker_after_cue() {
        assert_eq!(
            mention_after(
                "said Harbor Authority spokesperson Park Min-seo during a briefing",
                "said"
            )
            .as_deref(),
            Some("Harbor Authority spokesperson Park Min-seo")
        );
        assert_eq!(
            mention_after("said the presidential spokesperson.", "said").as_deref(),
            Some("the presidential spokesperson")
        );
        assert_eq!(
            mention_after(
                "said Lena Ortiz of the Harbor Institute, a think tank.",
                "said"
            )
            .as_deref(),
            Some("Lena Ortiz of the Harbor Institute")
        );
        assert_eq!(mention_after("said he.", "said").as_deref(), Some("he"));
        assert_eq!(mention_after("said Monday that it", "said"), None);
    }
}
