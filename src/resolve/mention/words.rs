//! Word classes for reading speaker phrases: determiners, pronouns, name words, heads,
//! modifiers, and the words that mark a clause.

use crate::lexicon::lexicon;
use crate::text::normalise::{Folded, folded_word, with_lowercase};
use crate::text::tokens::Token;

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "several", "many", "multiple", "two", "three",
    "four", "five", "six", "both", "all", "most", "few", "these", "those", "his", "her", "their",
    "its", "our", "my", "your", "any", "no", "each", "numerous", "various", "certain", "other",
    "this",
];
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// A token's words folded for comparison.
pub(crate) fn lower<'t>(token: &Token<'t>) -> Folded<'t> {
    folded_word(token.text)
}

pub fn is_determiner(token: &Token) -> bool {
    is_determiner_word(token.text)
}

/// A determiner or possessive pronoun ("the", "some", "her"), in any case.
pub fn is_determiner_word(word: &str) -> bool {
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

pub fn is_pronoun(text: &str) -> bool {
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(text))
}

pub fn is_day_or_month(token: &Token) -> bool {
    // Time words are letters and dots: a token with anything else is none.
    token
        .text
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b'.')
        && lexicon().time_words.contains(&*lower(token))
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

/// Lower-case particles inside a name: "Bill de Blasio", "Vincent van Gogh".
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "dos", "das", "bin",
    "al", "el", "le", "la",
];

/// Words whose "'s" is "is" or "has".
pub(super) const CONTRACTED: &[&str] = &["that", "there", "here", "what", "who", "where", "let"];

/// A word that can end a speaker phrase.
pub(super) fn is_head(token: &Token) -> bool {
    if is_name_word(token) {
        return true;
    }
    let low = lower(token);
    // "the 46-year-old": an age stands for a person.
    lexicon().speaker_nouns.contains(&*low) || low.ends_with("-year-old")
}

/// Endings of nouns for people by what they do ("designer", "actor", "novelist",
/// "employee", "librarian", "resident", "consultant").
const AGENT_ENDINGS: &[&str] = &["er", "or", "ist", "ee", "ian", "ent", "ant"];

/// Whether a word ends like a noun for a person by what they do, past a stem of three.
fn has_agent_ending(word: &str) -> bool {
    AGENT_ENDINGS
        .iter()
        .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
}

/// Whether a lower-case word looks like a noun for a person, or people, by what they do.
pub(super) fn is_agent_noun(low: &str) -> bool {
    has_agent_ending(low) || is_agent_plural(low)
}

/// A title or a noun that heads speaker phrases ("adviser", "aides"), lower-cased.
pub(super) fn is_role(low: &str) -> bool {
    lexicon().titles.contains(low) || lexicon().speaker_nouns.contains(low)
}

/// Whether "of" at `of` joins the words either side into a listed title: "chief of staff",
/// "secretary of state", "master of ceremonies".
pub(super) fn title_with_of(toks: &[Token], of: usize) -> bool {
    let (Some(before), Some(after)) = (of.checked_sub(1).map(|i| &toks[i]), toks.get(of + 1))
    else {
        return false;
    };
    let joined = toks.get(of).is_some_and(|t| t.text == "of");
    if !(joined && before.is_word() && after.is_word()) {
        return false;
    }
    let (before, after) = (lower(before), lower(after));
    lexicon()
        .titles_with_of
        .iter()
        .any(|(b, a)| *b == *before && *a == *after)
}

/// A lower-case word that may modify a head ("senior", "government", "presidential").
pub(super) fn is_modifier(token: &Token) -> bool {
    if !token.is_word() || token.is_capitalised() {
        return false;
    }
    let low = lower(token);
    let lex = lexicon();
    // "the 71-year-old diplomat": an age.
    if low.ends_with("-year-old") {
        return true;
    }
    low.len() > 2
        && low.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lex.stopwords.contains(&*low)
        && !lex.adverbs.contains(&*low)
        && lex.cue(&low).is_none()
        && !is_adverb(&low)
        && !PREPOSITIONS.contains(&&*low)
        && (!low.ends_with("ed") || ED_ADJECTIVES.contains(&&*low))
        && (!low.ends_with("ing") || ING_ADJECTIVES.contains(&&*low))
}

/// Irregular past tenses the writer narrates with (", but he gave ...", "and she went on").
pub const IRREGULAR_PAST: &[&str] = &[
    "gave", "took", "went", "came", "made", "got", "held", "sent", "saw", "brought", "left",
    "kept", "began", "found", "led", "paid", "put", "ran", "spent", "stood", "won", "lost",
];

/// Prepositions the stop words leave out, since they tell where a claim is ("troops near
/// the border"): none modifies a name ("stood beside Meles's successor").
const PREPOSITIONS: &[&str] = &[
    "beside",
    "behind",
    "alongside",
    "against",
    "among",
    "toward",
    "towards",
    "without",
    "within",
    "despite",
    "across",
    "along",
    "around",
    "near",
    "beyond",
    "upon",
    "onto",
    "between",
    "beneath",
    "amid",
];

/// Words in "-ed" that stand before a noun as adjectives ("a retired general").
const ED_ADJECTIVES: &[&str] = &[
    "retired",
    "elected",
    "appointed",
    "unnamed",
    "embattled",
    "indicted",
    "disgraced",
    "registered",
    "self-described",
    "self-proclaimed",
    "undecided",
    "unaffiliated",
    "uncommitted",
    "concerned",
    "frustrated",
    "disaffected",
    "disillusioned",
];

/// An adverb: listed, or a word in "-ly" that is none of the nouns so spelt ("rally").
pub(super) fn is_adverb(low: &str) -> bool {
    lexicon().adverbs.contains(low) || (low.ends_with("ly") && !LY_NOUNS.contains(&low))
}

/// Nouns and adjectives in "-ly".
const LY_NOUNS: &[&str] = &[
    "ally", "rally", "family", "assembly", "supply", "anomaly", "monopoly", "bully", "folly",
    "reply", "july", "italy", "fly", "belly", "lily", "holy", "jelly", "homily", "elderly",
];

/// Words in "-ing" that stand before a noun as adjectives ("the ruling party", "a
/// high-ranking official"), and gerunds that do ("the polling director").
const ING_ADJECTIVES: &[&str] = &[
    "ruling",
    "governing",
    "leading",
    "outgoing",
    "incoming",
    "sitting",
    "acting",
    "founding",
    "presiding",
    "visiting",
    "ranking",
    "opposing",
    "remaining",
    "serving",
    "retiring",
    "dissenting",
    "high-ranking",
    "top-ranking",
    "low-ranking",
    "long-serving",
    "longest-serving",
    "senior-ranking",
    "growing",
    "increasing",
    // Gerunds that name a field in a title ("policy planning director").
    "planning",
    "marketing",
    "polling",
    "fundraising",
    "housing",
    "banking",
    "accounting",
    "engineering",
    "publishing",
    "broadcasting",
    "advertising",
    "lobbying",
    "organizing",
    "training",
    "nursing",
    "manufacturing",
];

/// Determiners that can stand alone as a speaker.
pub(super) const STANDALONE: &[&str] = &[
    "another", "others", "some", "many", "most", "few", "several", "both", "one", "someone",
    "somebody", "all", "each",
];

/// Words after which a new clause, and so a new subject, begins.
pub(super) const CLAUSE_LINKS: &[&str] = &[
    "and", "but", "while", "though", "although", "because", "that", "since", "whereas", "yet",
    "so", "then",
];

/// Conjunctions that open a subordinate clause, after which a determined phrase may be its
/// subject ("when a member of the family suggested"). Not "as", which is as often a
/// preposition ("to run as an independent says").
const SUBORDINATE_LINKS: &[&str] = &["when", "after", "before", "if", "unless", "until", "where"];

/// Whether a phrase starting at `at` opens its clause: first, or after punctuation, a
/// link ("But aides said", "as the writers said") or a focusing adverb that opens the
/// clause ("Even the organizer").
pub(super) fn opens_its_clause(toks: &[Token], at: usize) -> bool {
    let opens = |i: usize| i == 0 || !toks[i - 1].is_word();
    opens(at) || {
        let before = lower(&toks[at - 1]);
        CLAUSE_LINKS.contains(&&*before)
            || SUBORDINATE_LINKS.contains(&&*before)
            || (FOCUSING.contains(&&*before) && opens(at - 1))
    }
}

/// Adverbs that stand before a noun phrase and focus it: "Even the organizer", "Only
/// two senators".
pub(super) const FOCUSING: &[&str] = &["even", "only", "also", "just", "not"];

/// A plural that names people by what they do ("operators", "economists", "residents"),
/// never a verb's third person.
pub(super) fn is_agent_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(has_agent_ending)
}

/// Number words that begin a share ("four in 10").
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Number words past ten, which name a count but never stand alone as a speaker.
const LARGER_NUMBER_WORDS: &[&str] = &[
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// Whether a lower-cased word is a number: digits or number words ("twenty-five").
pub fn is_number(low: &str) -> bool {
    (!low.is_empty() && low.bytes().all(|b| b.is_ascii_digit()))
        || low
            .split('-')
            .all(|w| NUMBER_WORDS.contains(&w) || LARGER_NUMBER_WORDS.contains(&w))
}

/// A count in digits that opens a noun phrase ("520 delegates", "1,409 teachers"), not a
/// year ("2016 voters" is "in 2016, voters").
pub fn is_count(token: &Token) -> bool {
    let text = token.text;
    let digits = text.starts_with(|c: char| c.is_ascii_digit())
        && text.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let year = text.len() == 4 && matches!(&text.as_bytes()[..2], b"18" | b"19" | b"20");
    digits && !year
}

/// Whether the number at `at` ends a ratio: "4 in 10", "nine out of 10".
pub fn ends_ratio(toks: &[Token], at: usize) -> bool {
    let number_at = |i: usize| is_number(&lower(&toks[i]));
    at >= 2
        && match toks[at - 1].text {
            "in" => number_at(at - 2),
            "of" => at >= 3 && toks[at - 2].text == "out" && number_at(at - 3),
            _ => false,
        }
        && number_at(at)
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
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "do", "does", "did", "be", "been", "that", "which", "who", "whom",
];

/// A word that makes a phrase a clause: an auxiliary, a relative, a cue, a past form.
/// A lower-case past form ("signed", "elected").
pub(super) fn is_past_form(token: &Token) -> bool {
    !token.is_capitalised() && is_regular_past(&lower(token))
}

/// A lower-case word in "-ing" long enough to be a participle or gerund ("writing", "making";
/// not "King" or "sing").
pub fn is_ing_word(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && word.starts_with(char::is_lowercase)
}

/// Past participles that post-modify a document or person ("filed", "released", "written").
pub fn is_past_participle(word: &str) -> bool {
    let regular = is_regular_past(word) && word.bytes().all(|b| b.is_ascii_lowercase());
    regular || IRREGULAR_PARTICIPLES.contains(&word)
}

/// A lower-case word in "-ed" long enough to be a past form ("filed", not "red").
fn is_regular_past(low: &str) -> bool {
    low.len() > 4 && low.ends_with("ed")
}

/// A form of "be" or "have", whole or contracted ("I'm", "she's").
pub(super) fn is_auxiliary(word: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got",
        "gets",
    ];
    with_lowercase(word, |low| {
        let contracted = ["'m", "'s", "'re", "'ve", "’m", "’s", "’re", "’ve"]
            .iter()
            .any(|c| low.ends_with(c));
        contracted || AUXILIARIES.contains(&low)
    })
}

const IRREGULAR_PARTICIPLES: &[&str] = &[
    "written", "taken", "given", "made", "held", "sent", "seen", "shown", "known", "brought",
    "put", "built", "led", "drawn", "chosen", "paid",
];

/// A lower-case word in "-ing" that is no cue ("polling", not "saying").
pub(super) fn is_ing_form(token: &Token) -> bool {
    !token.is_capitalised() && {
        let low = lower(token);
        low.len() > 5 && low.ends_with("ing") && lexicon().cue(&low).is_none()
    }
}

pub(super) fn is_verb_like(token: &Token) -> bool {
    let low = lower(token);
    CLAUSE_WORDS.contains(&&*low)
        || low == "to"
        || lexicon().cue(&low).is_some()
        || is_past_form(token)
}
