//! The extract stage: attributed statements, one extractor a file, each with a stable id.
//! Extractors run in priority order; a later one cannot take a cue or a claim that an
//! earlier one already took.

mod according_to;
mod as_clause;
mod asked;
mod block_quote;
mod claim;
mod colon_quote;
mod continuation;
mod cue_then_quote;
mod cue_words;
mod dash_credit;
mod indirect;
mod inverted;
mod issued_statement;
mod join;
mod opening_participle;
mod passive_report;
mod pattern;
mod q_and_a;
mod quote_then_cue;
mod reported_by;
mod second_hand;
mod speech_noun;
mod subject;
mod taken;
mod transcript;
mod unattributed;
mod vague;

pub use claim::trim_claim;
pub use join::join_follow_ons;
pub use pattern::Pattern;

use crate::lexicon::FastMap;
use crate::lexicon::{CueClass, lexicon};
use crate::resolve::mention::{self, Mention};
use crate::resolve::speakers;
use crate::span::Span;
use crate::span::floor_boundary;
use crate::text::Document;
use crate::text::normalise::{is_quote, with_lowercase};
use std::cell::{OnceCell, RefCell};
pub use taken::Taken;

/// How a statement reports its claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Quoted words.
    Direct,
    /// Paraphrase ("X said that ...").
    Indirect,
    /// Paraphrase with quoted fragments.
    Mixed,
    /// Nobody is named as its source ("reportedly", "concerns are rising that").
    Reported,
}

impl Mode {
    /// The name used in the JSON output and the gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Indirect => "indirect",
            Mode::Mixed => "mixed",
            Mode::Reported => "reported",
        }
    }
}

/// One attributed statement as an extractor found it.
#[derive(Clone, Debug)]
pub struct Attribution {
    pub extractor: &'static str,
    pub claim: Span,
    pub cue: Option<Span>,
    pub mention: Option<Mention>,
    pub mode: Mode,
    /// The pieces of a claim that its attribution interrupts (“A,” Lee said. “B.”), in
    /// order; empty when the claim is one piece. `claim` covers them all.
    pub parts: Vec<Span>,
    /// Heard through someone else ("reportedly told", "is said to").
    pub second_hand: bool,
    /// Goes on from the statement before it (a continuation quote).
    pub continues: bool,
    /// The sentence that holds the cue, or the claim when there is no cue.
    pub sentence: usize,
    pub cue_class: Option<CueClass>,
}

impl Attribution {
    /// A statement introduced by a cue word, with its speaker.
    pub fn cued(
        extractor: &'static str,
        hit: &CueHit,
        speaker: Mention,
        claim: Span,
        mode: Mode,
    ) -> Self {
        let found = Self::patterned(extractor, hit.span, hit.sentence, claim, mode).by(speaker);
        Attribution {
            cue_class: Some(hit.class),
            ..found
        }
    }

    /// `cued`, with its mode read from the quotation marks around `claim`.
    pub fn cued_in(
        cx: &Context,
        extractor: &'static str,
        hit: &CueHit,
        speaker: Mention,
        claim: Span,
    ) -> Self {
        Self::cued(extractor, hit, speaker, claim, claim::mode_of(cx, claim))
    }

    /// A statement introduced by a matched phrase ("is said to", "concerns are rising that"),
    /// with no speaker yet.
    pub fn patterned(
        extractor: &'static str,
        cue: Span,
        sentence: usize,
        claim: Span,
        mode: Mode,
    ) -> Self {
        Attribution {
            extractor,
            claim,
            cue: Some(cue),
            mention: None,
            mode,
            parts: Vec::new(),
            second_hand: false,
            continues: false,
            sentence,
            cue_class: None,
        }
    }

    pub fn by(self, speaker: Mention) -> Self {
        Attribution {
            mention: Some(speaker),
            ..self
        }
    }

    /// The claim's pieces: `parts`, or the whole claim when it is one piece.
    pub fn pieces(&self) -> &[Span] {
        if self.parts.is_empty() {
            std::slice::from_ref(&self.claim)
        } else {
            &self.parts
        }
    }

    /// The same statement with its claim in `parts` (in order), the claim covering them.
    pub fn in_parts(self, parts: &[Span]) -> Self {
        let claim = parts.iter().fold(parts[0], |all, p| all.cover(*p));
        Attribution {
            claim,
            parts: parts.to_vec(),
            ..self
        }
    }

    pub fn heard_second_hand(self, second_hand: bool) -> Self {
        Attribution {
            second_hand,
            ..self
        }
    }
}

/// A cue word found in the body text.
#[derive(Clone, Copy, Debug)]
pub struct CueHit {
    pub span: Span,
    pub class: CueClass,
    pub sentence: usize,
    /// "according to" rather than a verb.
    pub according_to: bool,
    /// A paraphrase after it needs "that" (see `Cue::needs_that`).
    pub needs_that: bool,
}

/// What every extractor sees: the document and its cue words.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub cues: Vec<CueHit>,
    /// Speaker phrases already read before a cue, by (where the search starts, cue): several
    /// rules ask for the same one.
    mentions: RefCell<FastMap<(usize, Span), Option<Mention>>>,
    /// For each phrase pattern, the sentences its gate hits, found on first use.
    gated: OnceCell<Vec<Vec<usize>>>,
    /// The paragraphs headed by a label and a colon, read once for `transcript` and
    /// `q_and_a`.
    labelled: OnceCell<Vec<transcript::Line>>,
}

/// A rule that finds statements of one shape.
pub trait Extractor: Sync {
    /// Stable id, used in tests and `--explain`.
    fn id(&self) -> &'static str;
    fn description(&self) -> &'static str;
    /// Statements of this shape; `taken` holds what earlier extractors found.
    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution>;
    /// Whether its statements hold others whole (a transcript's line holds what is said
    /// inside it), so that those are no conflict.
    fn holds_others(&self) -> bool {
        false
    }
}

/// Every extractor, in the order they run.
pub fn extractors() -> [&'static dyn Extractor; 21] {
    [
        &transcript::Transcript,
        &quote_then_cue::QuoteThenCue,
        &cue_then_quote::CueThenQuote,
        &block_quote::BlockQuote,
        &dash_credit::DashCredit,
        &issued_statement::IssuedStatement,
        &according_to::AccordingTo,
        &second_hand::SecondHand,
        &indirect::Indirect,
        &as_clause::AsClause,
        &opening_participle::OpeningParticiple,
        &vague::Vague,
        &inverted::Inverted,
        &colon_quote::ColonQuote,
        &continuation::Continuation,
        &asked::Asked,
        &speech_noun::SpeechNoun,
        &reported_by::ReportedBy,
        &passive_report::PassiveReport,
        &unattributed::Unattributed,
        &q_and_a::QAndA,
    ]
}

/// Whether the belief at `cue` is an unnamed group's or source's ("Some believe ...", "many
/// strategists think"), with a clause or an object after it: not "I think", "one thinks",
/// "think tanks", "fear for their safety" or "what people think of him".
fn held_unnamed(doc: &Document, sentence_start: usize, cue: Span) -> bool {
    let next = doc.source[cue.end..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    if matches!(next, "tank" | "tanks" | "for" | "of" | "about" | "so") {
        return false;
    }
    // "I think", "you believe": a pronoun's, read no further.
    let before = doc.source[sentence_start..cue.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    if mention::is_pronoun(before) {
        return false;
    }
    mention::before(doc.source, sentence_start, cue).is_some_and(|m| {
        !m.span.text(doc.source).eq_ignore_ascii_case("one")
            && speakers::names_no_one(doc.source, &m)
    })
}

/// How many words before a finding a record or finder is looked for.
const RECORD_WORDS_BEFORE: usize = 40;

/// Words for a number of records, which find what the records do ("a batch of emails").
const RECORD_BATCHES: &[&str] = &["batch", "copy", "copies", "series", "set", "trove", "cache"];

/// Whether the finding at `cue` is a record's or a finder's ("The study, which followed
/// 400 adults, found", "a poll by the Post shows", "researchers found"): the head of the
/// phrase before it, up to a preposition or a participle, is one.
fn found_by_record(doc: &Document, sentence_start: usize, cue: Span) -> bool {
    let lex = lexicon();
    let finds = |word: &str| {
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        with_lowercase(word, |w| {
            lex.documents.contains(w) || lex.finders.contains(w)
        })
    };
    let is_link = |w: &&str| matches!(*w, "of" | "by" | "from" | "for" | "in" | "on" | "at");
    // Most findings are no record's ("found himself"): a look at the words just before
    // spares reading the phrase.
    let lead = &doc.source[sentence_start..cue.start];
    if !lead
        .split_whitespace()
        .rev()
        .take(RECORD_WORDS_BEFORE)
        .any(finds)
    {
        return false;
    }
    mention::before(doc.source, sentence_start, cue).is_some_and(|m| {
        let mut words = m
            .span
            .text(doc.source)
            .split_whitespace()
            .take_while(|w| !mention::is_past_participle(w));
        let mut head = words.by_ref().take_while(|w| !is_link(w)).last();
        // "A new batch of emails released this week showed": the record a batch holds.
        if head.is_some_and(|h| RECORD_BATCHES.contains(&h)) {
            head = words.take_while(|w| !is_link(w)).last();
        }
        // "An audit of the fund found": the phrase read is the object of "of".
        let mut lead = doc.source[sentence_start..m.span.start]
            .split_whitespace()
            .rev();
        let owner = lead.next().filter(is_link).and_then(|_| lead.next());
        head.is_some_and(finds) || owner.is_some_and(finds)
    })
}

/// Whether a modal stands just before `cue`: "bank records would show ..." foretells a
/// finding, in the words of whoever says so.
fn after_modal(source: &str, cue: Span) -> bool {
    let before = source[..cue.start].trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    with_lowercase(word, |w| {
        matches!(
            w,
            "would" | "will" | "could" | "may" | "might" | "should" | "can"
        )
    })
}

/// Whether "that", a colon or a quotation follows a cue that needs one, or the cue ends its
/// clause (", records show."): a cheap look before a finding's phrase is read.
fn that_or_end_follows(after: &str) -> bool {
    let next = after.trim_start_matches([' ', '\t']);
    next.is_empty()
        || next.starts_with(['.', ',', ';', ':', '\n', '\r', ')'])
        || next.starts_with(is_quote)
        || next
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("that "))
}

/// Finds the cue words of the document's body sentences.
pub fn find_cues(doc: &Document) -> Vec<CueHit> {
    let lex = lexicon();
    let mut hits = Vec::new();
    // One search over the whole text; hits come in order, so the sentence holding each
    // is found by walking on from the last one's.
    let mut index = 0;
    let tag_opens: Vec<usize> = doc.source.match_indices('<').map(|(at, _)| at).collect();
    for span in cue_words::cue_words().find_iter(doc.source) {
        while doc
            .sentences
            .get(index)
            .is_some_and(|s| s.span.end <= span.start)
        {
            index += 1;
        }
        let Some(sentence) = doc.sentences.get(index) else {
            break;
        };
        // The last part of a compound modifier, "tax-writing panel", is no verb ("a
        // self-described centrist" still describes).
        let compound = doc.source[..span.start]
            .strip_suffix('-')
            .is_some_and(|lead| {
                let lead = lead.as_bytes();
                !lead[lead.len().saturating_sub(4)..].eq_ignore_ascii_case(b"self")
            });
        if !sentence.span.contains(span) || compound {
            continue;
        }
        let word = span.text(doc.source);
        let according_to = word.eq_ignore_ascii_case("according to");
        let (class, needs_that) = if according_to {
            (CueClass::Report, false)
        } else {
            match lex.cue(word) {
                Some(cue) => (cue.class, cue.needs_that),
                None => continue,
            }
        };
        if class == CueClass::Finding
            && (after_modal(doc.source, span)
                || needs_that && !that_or_end_follows(&doc.source[span.end..])
                || !found_by_record(doc, sentence.span.start, span))
        {
            continue;
        }
        // A headline capitalises its verbs: "Lee Says The Office Will Open"; so does a
        // subhead in the body ("7 / Lee Asked Voters To Stay Home").
        let headline = doc.paragraphs.get(sentence.paragraph).is_some_and(|p| {
            p.furniture == Some(crate::text::Furniture::Title)
                || (is_capitalised(word)
                    && (is_title_cased(p.span.text(doc.source))
                        || is_title_cased(line_from(doc.source, span.start))))
        });
        if inside_markup_tag(doc.source, &tag_opens, span)
            || !according_to
                && (!looks_like_verb(doc.source, sentence.span.start, span, headline)
                    || opens_anonymity_clause(doc.source, span))
        {
            continue;
        }
        if class == CueClass::Belief && !held_unnamed(doc, sentence.span.start, span) {
            continue;
        }
        hits.push(CueHit {
            span,
            class,
            sentence: index,
            according_to,
            needs_that,
        });
    }
    hits
}

/// How far around a cue a markup tag's brackets are looked for.
const TAG_REACH: usize = 160;

/// `<tweet tweet-author="@lee">`: a cue word inside a markup tag that scraping left in the
/// text names the tag or its attributes, not an act of saying. `opens` holds where the
/// text's "<" marks stand, in order.
/// Whether the source after "according to" (to its comma) is people left unnamed: "two
/// people who were present", "officials familiar with the talks", "an aide"; not
/// a name, an outlet or a document ("Lee", "CNN", "a transcript", "court records").
/// With `crowds` false, only sources count: "citing the many Americans who ..." cites
/// evidence, not someone heard, but "citing people familiar with the talks" does.
fn unnamed_people(after: &str, crowds: bool) -> bool {
    let source = after.split([',', ';', '.', '(']).next().unwrap_or(after);
    let lex = lexicon();
    let opens_lower = source.trim_start().starts_with(char::is_lowercase);
    let sources = crowds
        || lex
            .source_postmodifiers
            .iter()
            .any(|phrase| source.contains(phrase.as_str()));
    let (mut people, mut document) = (false, false);
    for word in source.split_whitespace().take(8) {
        with_lowercase(word.trim_end_matches(['\'', '’']), |w| {
            people |= lex.anonymous_heads.contains(w) || sources && lex.vague.contains(w);
            document |= lex.documents.contains(w);
        });
    }
    opens_lower && people && !document
}

fn inside_markup_tag(source: &str, opens: &[usize], cue: Span) -> bool {
    let at = opens.partition_point(|&o| o < cue.start);
    let Some(&open) = at.checked_sub(1).map(|i| &opens[i]) else {
        return false;
    };
    let bytes = source.as_bytes();
    let closes = |b: &u8| matches!(b, b'>' | b'\n');
    let opens_tag = cue.start - open <= TAG_REACH
        && (bytes[open + 1].is_ascii_alphabetic() || bytes[open + 1] == b'/')
        && !bytes[open..cue.start].iter().any(closes);
    // A tag may break its line inside an attribute: `tweet-date="May 1\n">`.
    let after = &bytes[cue.end..(cue.end + TAG_REACH).min(bytes.len())];
    opens_tag
        && after
            .iter()
            .find(|&&b| matches!(b, b'<' | b'>'))
            .is_some_and(|&b| b == b'>')
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The text from `at` to the end of its line: a heading glued to a scraped line ends there
/// ("...10:35PMLee Says The Pier Will Open").
fn line_from(source: &str, at: usize) -> &str {
    let rest = &source[at..];
    &rest[..rest.find('\n').unwrap_or(rest.len())]
}

/// Most words a subhead may have.
const SUBHEAD_WORDS: usize = 20;

/// Whether a paragraph is a short line in title case: four words or more, nearly all of
/// them capitalised (short links such as "to" and "of" aside).
fn is_title_cased(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_alphabetic))
        .take(SUBHEAD_WORDS + 1);
    let (count, lower) = words.fold((0, 0), |(count, lower), w| {
        (
            count + 1,
            lower + usize::from(!is_capitalised(w) && w.len() > 3),
        )
    });
    (4..=SUBHEAD_WORDS).contains(&count) && lower == 0
}

/// "asked not to be named": the cue word is part of what keeps a source anonymous.
fn opens_anonymity_clause(source: &str, cue: Span) -> bool {
    let lex = lexicon();
    if !with_lowercase(cue.text(source), |w| lex.anonymity_openers.contains(w)) {
        return false;
    }
    let rest = &source.as_bytes()[cue.start..floor_boundary(source, cue.start + 48)];
    let mut phrases = lex
        .anonymity_clauses
        .iter()
        .chain(&lex.source_postmodifiers);
    phrases.any(|clause| {
        rest.get(..clause.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(clause.as_bytes()))
    })
}

/// Cue forms that are only ever verbs.
const VERB_ONLY: &[&str] = &[
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds",
];

/// Words before a cue form that make it a noun ("the claims", "his tweets").
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "our", "my", "your",
    "whose", "new", "recent", "no", "any", "false", "similar", "many", "several",
];

/// Cue forms that are nouns as well ("the report", "a claim").
const NOUN_FORMS: &[&str] = &[
    "report", "claim", "note", "promise", "comment", "tweet", "post",
];

/// Prepositions that make a noun of a cue form in `NOUN_FORMS` ("for comment"); not "to".
const NOUN_PREPOSITIONS: &[&str] = &[
    "for", "without", "with", "of", "after", "by", "from", "amid", "in", "about", "under", "on",
    "at",
];

/// Words before a cue form in "-s" that make it a plural noun.
const PLURAL_NOUN_LEADS: &[&str] = &[
    "of", "to", "at", "in", "about", "with", "for", "on", "by", "from", "into", "amid", "over",
    "after", "despite", "against", "among", "face", "faces", "faced", "raise", "raises", "raised",
    "answer", "answers", "answered", "field", "fielded", "dodge", "dodged", "pose", "posed",
    "have", "has", "had",
];

/// Rejects noun uses of cue forms ("the claims", "United States", "his tweets"); in a
/// `headline`, a capitalised form may be the verb.
fn looks_like_verb(source: &str, sentence_start: usize, cue: Span, headline: bool) -> bool {
    let word = cue.text(source);
    if word.chars().next().is_some_and(char::is_uppercase)
        && cue.start != sentence_start
        && !headline
    {
        return false;
    }
    let before = source[sentence_start..cue.start].trim_end();
    let previous = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    // A possessive ("Kim's", "KIM’S") or a marker in any case. The markers are ASCII
    // without a "k", so no other character lower-cases into one.
    // "He's said" is "he has said".
    let possessive = ["'s", "'S", "’s", "’S"].iter().any(|s| {
        previous
            .strip_suffix(s)
            .is_some_and(|stem| !mention::is_pronoun(stem))
    });
    // A form that is only ever a verb stays one: "Several said", "Many told".
    let verb_only = VERB_ONLY.iter().any(|v| v.eq_ignore_ascii_case(word));
    let is_marker = |w: &str| NOUN_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w));
    // "close to her say": after a preposition "her" is an object, not a possessive.
    let word_before_previous = before[..before.len() - previous.len()]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    // A past form or a noun form after it stays the possessive's: "for her repeated
    // comments", "to her report".
    let noun_form = NOUN_FORMS.iter().any(|n| n.eq_ignore_ascii_case(word));
    let object_her = previous.eq_ignore_ascii_case("her")
        && OBJECT_LEADS.contains(&word_before_previous)
        && !word.ends_with("ed")
        && !noun_form;
    let marker = !verb_only && !object_her && is_marker(previous);
    // "a scathing report", "the annual report", "a 1996 report": an adjective or a year
    // between a marker and a form that is a noun too.
    let modifier = (previous.starts_with(char::is_lowercase)
        && ADJECTIVE_ENDINGS.iter().any(|e| previous.ends_with(e)))
        || (!previous.is_empty() && previous.bytes().all(|b| b.is_ascii_digit()));
    // "a newspaper report": after "a", any noun; a verb would agree with it.
    let article = matches!(word_before_previous, "a" | "an" | "A" | "An");
    let modified_noun = noun_form
        && (modifier || article && previous.starts_with(char::is_lowercase))
        && is_marker(word_before_previous);
    // A form in "-s" after a preposition or a verb that takes questions and claims is a
    // plural noun: "about claims", "face questions"; a verb in "-s" follows neither.
    // Before "that" the noun still reports: "on reports that he quit". After a word in
    // "-ing" the form is a noun too: "fundraising reports", "making claims".
    let gerund = mention::is_ing_word(previous);
    let plural = !verb_only
        && word.ends_with('s')
        && !source[cue.end..].starts_with(" that ")
        && (gerund
            || PLURAL_NOUN_LEADS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(previous)));
    // "requests for comment", "left without comment": after a preposition, a noun.
    let object = noun_form
        && NOUN_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(previous));
    // A base form before an auxiliary or a verb-only cue is its subject, a noun: "the jobs
    // report has cleared", "the committee report was finalized", "a Pew report said".
    let subject = noun_form
        && source[cue.end..]
            .split_whitespace()
            .next()
            .is_some_and(|next| {
                claim::AUXILIARIES
                    .iter()
                    .chain(VERB_ONLY)
                    .any(|a| a.eq_ignore_ascii_case(next))
            });
    // A form in "-s" before a plural's auxiliary is a noun: "Benefit claims have risen";
    // a verb in "-s" takes no "have" or "are" after it.
    let plural_subject = !verb_only
        && word.ends_with('s')
        && source[cue.end..]
            .split_whitespace()
            .next()
            .is_some_and(|next| {
                ["have", "are", "were", "haven't", "aren't", "weren't"]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(next))
            });
    // "add up to", "adding to deficits": "add" with a particle is arithmetic, not speech
    // ("added to reporters", "added to the Post" address someone).
    let sums = ["add", "adds", "added", "adding"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
        && {
            let mut next = source[cue.end..].split_whitespace();
            match next.next() {
                Some("up") => true,
                Some("to") => next.find(|w| *w != "the").is_some_and(|w| {
                    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                    !w.starts_with(char::is_uppercase) && !lexicon().addressees.contains(w)
                }),
                _ => false,
            }
        };
    // "despite repeated warnings": a past form right after a preposition is an adjective;
    // "All told, ..." is a total.
    let adjective = word.ends_with("ed")
        && ADJECTIVE_LEADS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(previous));
    let total = word.eq_ignore_ascii_case("told")
        && previous.eq_ignore_ascii_case("all")
        && source[cue.end..].starts_with(',');
    !(possessive
        || marker
        || modified_noun
        || plural
        || object
        || subject
        || plural_subject
        || sums
        || adjective
        || total)
}

/// Endings of adjectives: "scathing", "annual", "detailed", "previous", "damning".
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ing", "al", "ed", "ous", "ive", "ful", "ic", "ent", "ant", "ary", "ible", "able",
];

/// Prepositions whose object a "her" before a cue form is: "people close to her say".
const OBJECT_LEADS: &[&str] = &[
    "to",
    "with",
    "around",
    "near",
    "behind",
    "beside",
    "alongside",
];

/// Prepositions before which a past form is an adjective: "despite repeated warnings".
const ADJECTIVE_LEADS: &[&str] = &[
    "despite", "with", "without", "amid", "after", "of", "for", "against", "from",
];

/// Runs every extractor and returns the statements in document order. A statement that
/// conflicts with one taken before it (see `Taken::conflicts`) is dropped.
pub fn extract(doc: &Document) -> Vec<Attribution> {
    let cx = Context::new(doc);
    let mut taken = Taken::default();
    for extractor in extractors() {
        let mut round = Taken::default();
        let holds = extractor.holds_others();
        for found in extractor.extract(&cx, &taken) {
            // A claim of no words ("said little about ?") claims nothing.
            let wordless = !found.claim.text(doc.source).contains(char::is_alphanumeric);
            if wordless {
                continue;
            }
            if !taken.conflicts_holding(&found, holds) && !round.conflicts(&found) {
                round.insert(found);
            }
        }
        taken.merge(round);
    }
    let mut found = taken.into_vec();
    mark_relayed(&cx, &mut found);
    found
}

/// Marks as heard second-hand each statement that an "according to" or "citing" after it
/// in its sentence relays from unnamed people: in "Lee told aides the pier would close,
/// according to two people who were present", Lee did not say it on the record. A named source or an
/// outlet may have heard it in public, and a document is a record of it, so neither is
/// taken for a relay. `found` is in claim order.
fn mark_relayed(cx: &Context, found: &mut [Attribution]) {
    // "..., Yonhap reported, citing an unnamed official": "citing" relays as well.
    let relays = |h: &&CueHit| h.according_to || h.span.text(cx.source()) == "citing";
    for hit in cx.cues.iter().filter(relays) {
        let sentence = cx.sentence_span(hit.sentence);
        if !unnamed_people(&cx.source()[hit.span.end..sentence.end], hit.according_to) {
            continue;
        }
        let from = found.partition_point(|a| a.claim.start < sentence.start);
        let to = found
            .partition_point(|a| a.claim.start < sentence.end)
            .max(from);
        if found[from..to].iter().any(|a| a.cue == Some(hit.span)) {
            continue;
        }
        for a in &mut found[from..to] {
            // Before the relay, or between the cue and its claim: "reported, citing three
            // sources, that ...".
            let before = a.claim.end <= hit.span.start;
            let within = hit.span.end <= a.claim.start;
            let after_cue = a.cue.is_some_and(|cue| cue.end <= hit.span.start);
            // "Yonhap, citing an unnamed official, reported that ...": between the speaker
            // and the cue.
            let aside = a.mention.is_some_and(|m| m.span.end <= hit.span.start)
                && a.cue.is_some_and(|cue| hit.span.end <= cue.start);
            let relayed = a.sentence == hit.sentence
                && ((before || within) && after_cue || aside)
                && a.mention.is_some();
            a.second_hand |= relayed;
        }
    }
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>) -> Self {
        Context {
            doc,
            cues: find_cues(doc),
            mentions: RefCell::default(),
            gated: OnceCell::new(),
            labelled: OnceCell::new(),
        }
    }

    /// The paragraphs that open with a label and a colon ("Okafor: ...", "Q: ..."), in order.
    fn labelled_lines(&self) -> &[transcript::Line] {
        self.labelled.get_or_init(|| transcript::lines(self))
    }

    pub fn source(&self) -> &'a str {
        self.doc.source
    }

    /// The speaker phrase that ends right before `cue`, looking no further back than `from`
    /// (see `mention::before`), read once per place.
    pub fn mention_before(&self, from: usize, cue: Span) -> Option<Mention> {
        *self
            .mentions
            .borrow_mut()
            .entry((from, cue))
            .or_insert_with(|| mention::before(self.source(), from, cue))
    }

    /// The speaker of a cue that introduces what follows: before it ("Kim said:"), or else
    /// right after it, up to `to` ("said Kim:").
    pub fn introducer(&self, hit: &CueHit, to: usize) -> Option<Mention> {
        let sentence_start = self.sentence_span(hit.sentence).start;
        self.mention_before(sentence_start, hit.span)
            .or_else(|| mention::after(self.source(), hit.span, to))
    }

    /// The cue verbs no statement has used yet ("according to" aside), and not inside
    /// someone's quoted words ("“I said no,” Lee said": the first "said" is Lee's).
    pub fn free_cues<'s>(&'s self, taken: &'s Taken) -> impl Iterator<Item = &'s CueHit> + 's {
        self.cues.iter().filter(move |h| self.is_free(h, taken))
    }

    /// Whether `hit` is one of the `free_cues`.
    pub fn is_free(&self, hit: &CueHit, taken: &Taken) -> bool {
        !hit.according_to
            && !taken.has_cue(hit.span)
            && !taken
                .near(hit.span, 0)
                .any(|a| a.mode == Mode::Direct && a.claim.contains(hit.span))
            && !self.in_quotation(hit.span)
    }

    /// Whether `span` lies inside a quotation's words: a cue there is part of what the
    /// quoted speaker says ("“They told us we had no chance,” Lee said"). A mark left
    /// open, unless the quotation runs on into the next paragraph, encloses nothing.
    pub fn in_quotation(&self, span: Span) -> bool {
        let quotes = &self.doc.quotes;
        let at = quotes.partition_point(|q| q.inner.start <= span.start);
        at > 0 && {
            let quote = &quotes[at - 1];
            let runs_on = || quotes.get(at).is_some_and(|next| next.continues);
            quote.inner.contains(span) && (quote.closed || runs_on())
        }
    }

    /// Cue hits of one sentence.
    pub fn cues_in(&self, sentence: usize) -> impl Iterator<Item = &CueHit> {
        let start = self.cues.partition_point(|c| c.sentence < sentence);
        self.cues[start..]
            .iter()
            .take_while(move |c| c.sentence == sentence)
    }

    pub fn sentence_span(&self, index: usize) -> Span {
        self.doc.sentences[index].span
    }

    /// Whether sentence `index` is in the article's title.
    pub fn in_title(&self, index: usize) -> bool {
        let paragraph = self.doc.sentences[index].paragraph;
        self.doc
            .paragraphs
            .get(paragraph)
            .is_some_and(|p| p.furniture == Some(crate::text::Furniture::Title))
    }

    /// Every match of `pattern` inside a body sentence, with the sentence's index: the full
    /// pattern reads only the sentences its gate hits.
    pub fn pattern_matches<'s>(
        &'s self,
        pattern: &'s Pattern,
    ) -> impl Iterator<Item = (usize, Span)> + 's {
        let gated = self
            .gated
            .get_or_init(|| pattern::gated_sentences(self.doc));
        gated[pattern::index_of(pattern)]
            .iter()
            .flat_map(move |&index| {
                let sentence = self.sentence_span(index);
                pattern
                    .full
                    .find_iter(sentence.text(self.source()))
                    .map(move |m| {
                        let span = Span::new(sentence.start + m.start(), sentence.start + m.end());
                        (index, span)
                    })
            })
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// Runs one extractor alone over `text` and returns (claim, mention) texts.
    pub fn run(extractor: &dyn Extractor, text: &str) -> Vec<(String, Option<String>)> {
        let doc = Document::parse(text);
        let cx = Context::new(&doc);
        extractor
            .extract(&cx, &Taken::default())
            .into_iter()
            .map(|a| {
                (
                    a.claim.text(text).to_string(),
                    a.mention.map(|m| m.span.text(text).to_string()),
                )
            })
            .collect()
    }

    /// The claims every rule together finds in `text`, in order.
    pub fn all_claims(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        extract(&doc)
            .iter()
            .map(|a| a.claim.text(text).to_string())
            .collect()
    }

    pub fn claims(extractor: &dyn Extractor, text: &str) -> Vec<String> {
        run(extractor, text)
            .into_iter()
            .map(|(claim, _)| claim)
            .collect()
    }

    /// Asserts that the gate lets through every match of the full pattern in `text`, as
    /// written and capitalised.
    pub fn gate_holds(pattern: &Pattern, text: &str) {
        for text in [text.to_string(), capitalised(text)] {
            let doc = Document::parse(&text);
            let cx = Context::new(&doc);
            let gated: Vec<Span> = cx.pattern_matches(pattern).map(|(_, s)| s).collect();
            let full: Vec<Span> = pattern
                .full
                .find_iter(&text)
                .map(|m| Span::new(m.start(), m.end()))
                .collect();
            assert!(!full.is_empty(), "the pattern does not match {text:?}");
            assert_eq!(gated, full, "the gate misses a match in {text:?}");
        }
    }

    fn capitalised(text: &str) -> String {
        let mut chars = text.chars();
        chars
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue words `find_cues` keeps in `text`.
    fn cues(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        find_cues(&doc)
            .iter()
            .map(|c| c.span.text(text).to_string())
            .collect()
    }

    fn count_cues(text: &str) -> usize {
        cues(text).len()
    }

    #[test]
    fn an_according_to_of_unnamed_people_after_a_statement_relays_it() {
        let second_hand = |text: &str| {
            let text = format!("Pier news\n\n{text}");
            let doc = Document::parse(&text);
            extract(&doc)
                .iter()
                .map(|a| a.second_hand)
                .collect::<Vec<_>>()
        };
        let relayed =
            "Lee told aides the pier would close, according to two people who were present.";
        assert_eq!(second_hand(relayed), [true]);
        // "citing" relays an unnamed source, not the evidence it names.
        let cited = "The pier will close, the Herald reported, citing an unnamed official.";
        assert_eq!(second_hand(cited), [true]);
        let cited = "The Herald reported, citing two port sources, that the pier will close.";
        assert_eq!(second_hand(cited), [true]);
        let cited = "The Herald reported on Monday, citing port sources, that the pier will close.";
        assert_eq!(second_hand(cited), [true]);
        let cited = "The Herald reported earlier in the day, citing port sources, that it shut.";
        assert_eq!(second_hand(cited), [true]);
        let cited =
            "The Herald reported that the pier will close, citing people familiar with the plan.";
        assert_eq!(second_hand(cited), [true]);
        let cited = "The Herald, citing an unnamed official, reported that the pier will close.";
        assert_eq!(second_hand(cited), [true]);
        for text in [
            "Lee said the pier would close, according to a transcript released by officials.",
            "“The pier will close,” Lee said, according to an official translation.",
            "Lee said the pier would close, according to CNN.",
            "Lee said the pier would close, citing the many riders who had left.",
        ] {
            assert_eq!(second_hand(text), [false], "{text}");
        }
    }

    #[test]
    fn a_cue_inside_someone_s_quotation_is_theirs() {
        let text = "“I told him that we would win,” Lee said.";
        assert_eq!(found(text), [("I told him that we would win", "Lee")]);
    }

    /// (claim, mention) of each statement found in `text`.
    fn found(text: &str) -> Vec<(&str, &str)> {
        let doc = Document::parse(text);
        extract(&doc)
            .iter()
            .map(|a| {
                (
                    a.claim.text(text),
                    a.mention.map_or("", |m| m.span.text(text)),
                )
            })
            .collect()
    }

    #[test]
    fn a_cue_in_a_follow_on_quotation_is_the_quoted_speaker_s() {
        let text = "“We will win,” Lee said. “They told us we had no chance.”";
        assert_eq!(
            found(text),
            [
                ("We will win", "Lee"),
                ("They told us we had no chance.", "Lee")
            ]
        );
    }

    #[test]
    fn a_cue_inside_an_inverted_attribution_s_claim_is_part_of_it() {
        assert_eq!(
            found("The port agreed to host the boats, officials said."),
            [("The port agreed to host the boats", "officials")]
        );
        assert_eq!(
            found(
                "The port did not complain when fares rose, an aide said, adding that it was fair."
            ),
            [
                ("The port did not complain when fares rose", "an aide"),
                ("it was fair", "an aide")
            ]
        );
        // A claim that goes on past the comma is the cue's own.
        assert_eq!(
            found("Lee said the port would close, and officials said it was sold."),
            [
                ("the port would close", "Lee"),
                ("it was sold", "officials")
            ]
        );
    }

    #[test]
    fn a_verb_that_needs_that_and_goes_on_to_an_infinitive_inverts_nothing() {
        let text = "Even after the audit was published, Lee continued to say the books were clean.";
        assert_eq!(found(text), [("the books were clean", "Lee")]);
    }

    #[test]
    fn a_mark_left_open_encloses_no_cue() {
        let text =
            "The sign on the pier read \"closed for the season. Kim said the crews would strike.";
        assert_eq!(found(text), [("the crews would strike", "Kim")]);
    }

    #[test]
    fn a_subhead_in_title_case_capitalises_its_cue() {
        let text = "Ferry Talks Resume\n\nThe talks went on. Lee Says was a film.\n\n7 / Ana Ruiz Asked Riders To Stay Home.\n\nMore talks.";
        assert_eq!(cues(text), ["Asked"]);
        // A heading glued to the end of a scraped line is title-cased from its cue on.
        let text = "Blog\n\nLikeReply 5 pts 10:35PMAna Ruiz Says The Pier Will Open Soon\nShe spoke. The Harbor Chief Says Law passed.";
        assert_eq!(cues(text), ["Says"]);
    }

    #[test]
    fn a_cue_inside_a_markup_tag_is_no_cue() {
        let text = "Lee wrote on Friday.\n\n<tweet tweet-author=\"@lee\" tweet-date=\"May 2\">The pier will open.</tweet>\n\nKim said <b>the pier</b> would close.";
        assert_eq!(cues(text), ["wrote", "said"]);
        // A tag may break its line inside an attribute.
        let text = "Lee wrote.\n\n<tweet tweet-author=\"@lee\" tweet-date=\"May 2\n\">The pier.";
        assert_eq!(cues(text), ["wrote"]);
        // A comparison in running text is no tag.
        let text = "Lee said 3 < 4 and Kim said 5 > 4.";
        assert_eq!(count_cues(text), 2);
    }

    #[test]
    fn a_noun_form_before_an_auxiliary_is_a_subject() {
        assert!(cues("The harbor report was finalized on Monday.").is_empty());
        assert!(cues("The first claim has been withdrawn.").is_empty());
        // A form in "-s" before a plural's auxiliary is a plural noun.
        assert!(cues("Benefit claims have risen for six months.").is_empty());
        assert!(cues("The early reports were wrong.").is_empty());
        assert_eq!(cues("What he says are lies."), ["says"]);
        // As a verb it goes on to its claim; "say" is never the noun.
        assert_eq!(cues("Officials report that the pier is shut."), ["report"]);
        assert_eq!(cues("It is a plan that they say has failed."), ["say"]);
        // After a preposition "her" is the object, not the possessive of a noun.
        assert_eq!(cues("People close to her say that it failed."), ["say"]);
        assert!(cues("She had her say at the hearing.").is_empty());
        assert!(cues("She rose to her stated goal.").is_empty());
    }

    #[test]
    fn the_last_part_of_a_compound_is_no_cue() {
        assert_eq!(count_cues("She sits on the tax-writing panel."), 0);
        assert_eq!(count_cues("Lee, a self-described centrist, ran."), 1);
    }

    #[test]
    fn a_finding_is_a_cue_after_a_record_or_a_finder_only() {
        for text in [
            "The study, which followed 400 adults, found that coffee helps.",
            "A Rivers poll released Monday shows Lee ahead.",
            "An audit of the harbor fund found that $2 million was missing.",
            "A New Poll Shows Lee Ahead",
            "A new batch of harbor emails released this week showed that fees rose.",
            "Researchers at Port Ellis University found that dredging cut fish stocks.",
            "Court records show that the fund was raided.",
        ] {
            assert_eq!(count_cues(text), 1, "{text}");
        }
        for text in [
            "Police found a gun in the car.",
            "She found herself alone at the pier.",
            "Lee shows no sign of quitting.",
            "A series of storms showed up on the radar.",
            "Bank records would show that the fund was raided.",
        ] {
            assert_eq!(count_cues(text), 0, "{text}");
        }
    }

    #[test]
    fn a_plain_finding_form_needs_that() {
        let claims = super::test_support::all_claims;
        assert_eq!(
            claims("Court records show that the fund was raided."),
            ["the fund was raided"]
        );
        assert!(claims("Polls show Lee ahead in Ohio.").is_empty());
    }

    #[test]
    fn a_claim_of_no_words_is_no_statement() {
        let claims = super::test_support::all_claims;
        assert!(claims("Lee said little about ? ; then left.").is_empty());
        assert!(claims("Lee said: \"...\"").is_empty());
    }

    #[test]
    fn add_with_a_particle_is_arithmetic() {
        assert_eq!(count_cues("The fees add up to $4 million."), 0);
        assert_eq!(count_cues("The cuts are adding to deficits."), 0);
        // An audience after "to" is spoken to.
        assert_eq!(count_cues("“It works,” Lee added to reporters."), 1);
        assert_eq!(count_cues("“It works,” Lee added to the Herald."), 1);
    }

    #[test]
    fn a_past_form_after_a_preposition_and_all_told_are_no_cues() {
        assert!(cues("It opened despite repeated warnings from aides.").is_empty());
        assert!(cues("All told, 40 people came to the pier.").is_empty());
        assert_eq!(cues("All told the mayor it was late."), ["told"]);
        assert_eq!(cues("It was, as Lee repeated, late."), ["repeated"]);
    }

    #[test]
    fn a_form_that_is_a_noun_too_after_a_marker_and_an_adjective_is_a_noun() {
        assert!(cues("The inspector judged it worse in a scathing report in May.").is_empty());
        assert!(cues("Lee read the annual report aloud.").is_empty());
        assert!(cues("Lee read a 1996 report aloud.").is_empty());
        // After "a", any noun: a verb would agree with it ("the officials report").
        assert_eq!(
            cues("Lee denied a newspaper report that the pier is shut."),
            ["denied"]
        );
        assert_eq!(
            cues("The officials report that the pier is shut."),
            ["report"]
        );
        assert_eq!(cues("A Pew report said that fees are due."), ["said"]);
        // After a preposition: "requests for comment", not "declined to comment".
        assert!(cues("Aides referred requests for comment to the firm.").is_empty());
        assert_eq!(cues("Aides declined to comment."), ["comment"]);
        // Not after a plural subject, and not a form that is only a verb.
        assert_eq!(
            cues("The local officials report that the pier is safe."),
            ["report"]
        );
        assert_eq!(cues("The local official said the pier is safe."), ["said"]);
    }

    #[test]
    fn a_form_in_s_after_a_preposition_or_face_is_a_plural_noun() {
        assert!(cues("The mayors face questions about the budget.").is_empty());
        assert!(cues("He bristled at claims about his past.").is_empty());
        assert_eq!(cues("Lee questions the plan."), ["questions"]);
        assert_eq!(
            cues("The figure is according to polling reports filed today."),
            ["according to"]
        );
        assert_eq!(cues("Schilling describes it."), ["describes"]);
        // Before "that" the noun still reports; a verb-only form is always a verb.
        assert_eq!(cues("He spoke on reports that Lee quit."), ["reports"]);
        assert_eq!(cues("Most of them, Lee says, left."), ["says"]);
    }

    #[test]
    fn a_pronoun_s_contraction_is_no_possessive() {
        let text = "He's said it twice. Kim's said is no verb.";
        let doc = Document::parse(text);
        assert_eq!(cues(text), ["said"]);
        assert!(find_cues(&doc)[0].span.start < 10);
    }

    #[test]
    fn a_headline_capitalises_its_cue_and_a_body_sentence_does_not() {
        let text =
            "Harbor Chief Says The Pier Will Reopen\n\nThe Harbor Chief Says Law was read aloud.";
        let doc = Document::parse(text);
        assert_eq!(cues(text), ["Says"]);
        assert!(doc.title.is_some());
        assert!(find_cues(&doc)[0].span.end < doc.title.unwrap().end);
    }
}
