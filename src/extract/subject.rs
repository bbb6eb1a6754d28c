//! Who speaks through a cue that names no speaker of its own: a participle or a verb after
//! "and" ("..., saying", "... and said") speaks for the sentence's subject, or for the
//! attribution right before it ("..., Ortiz said, adding").

use super::claim::{CLAUSE_SUBORDINATORS, OCCASION_NOUNS, OPENING_PREPOSITIONS};
use super::inverted::is_short_occasion;
use super::{Attribution, Context, CueHit, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention::{self, Mention};
use crate::span::Span;
use crate::text::normalise::{is_quote, strip_clause_dash, with_lowercase};
use crate::text::sentences::MAX_SENTENCE;

/// `text` without the adverbs and auxiliaries it ends with ("... but has also").
fn without_adverbs(text: &str) -> &str {
    let mut text = text.trim_end();
    while let Some((rest, last)) = text.rsplit_once(' ') {
        if !with_lowercase(last, |last| lexicon().adverbs.contains(last)) {
            break;
        }
        text = rest.trim_end();
    }
    text
}

/// The speaker of a cue that `speaks_for_subject`: that of the sentence's last statement
/// before it (in `own`, this rule's finds so far, or `taken`), else the sentence's subject.
pub fn subject_speaker<'a>(
    cx: &Context,
    hit: &CueHit,
    own: impl Iterator<Item = &'a Attribution>,
    taken: &'a Taken,
) -> Option<Mention> {
    let source = cx.source();
    let sentence = cx.sentence_span(hit.sentence);
    // Not a speaker inside a relative clause ("paying a contractor who said ..., saying
    // ..."): the participle goes with the main clause.
    // Nor one whose claim holds its speaker ("on what he said were failures, saying ...").
    let same_sentence = |a: &&Attribution| {
        a.sentence == hit.sentence
            && a.cue.is_some_and(|c| {
                c.end <= hit.span.start
                    && !mention::ends_with_words(source[..c.start].trim_end(), "who")
            })
            && a.mention.is_none_or(|m| !a.claim.contains(m.span))
    };
    if let Some(subject) = absolute_subject(cx, hit) {
        return Some(subject);
    }

    let last = own
        .chain(taken.near(sentence, MAX_SENTENCE))
        .filter(same_sentence)
        .max_by_key(|a| a.cue.map(|c| c.start));
    // "Lee said ..., but he refuses ..., aside from saying": a new clause's pronoun since.
    let since = last.and_then(|a| a.cue).map_or(sentence.start, |c| c.end);
    if let Some(pronoun) = clause_pronoun_between(source, since, hit.span.start) {
        return Some(pronoun);
    }
    if let Some(antecedent) = relative_antecedent(source, since, hit) {
        return Some(antecedent);
    }
    last.and_then(|a| a.mention)
        .or_else(|| attribution_before(cx, hit))
        .or_else(|| opening_subject(source, sentence, hit.span.start))
}

/// `mention`, the phrase right before a participle cue, or the sentence's subject when the
/// phrase is a channel it issued or the audience it addressed ("The town released a
/// statement saying ...", "emailed supporters saying ...").
pub fn past_channel<'a>(
    cx: &Context,
    hit: &CueHit,
    mention: Mention,
    own: impl Iterator<Item = &'a Attribution>,
    taken: &'a Taken,
) -> Option<Mention> {
    let sentence_start = cx.sentence_span(hit.sentence).start;
    if issued_channel(cx.source(), sentence_start, hit, &mention) {
        subject_speaker(cx, hit, own, taken)
    } else {
        Some(mention)
    }
}

/// Whether `mention`, right before a participle cue, is a channel that the sentence's
/// subject issued ("released a statement saying", "sent a letter urging") or those it
/// addressed ("emailed supporters saying", "a text message to supporters saying").
fn issued_channel(source: &str, sentence_start: usize, hit: &CueHit, mention: &Mention) -> bool {
    if !hit.span.text(source).ends_with("ing") {
        return false;
    }
    let text = mention.span.text(source);
    let head = text.rsplit(' ').next().unwrap_or(text);
    let before = source[sentence_start..mention.span.start].trim_end();
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("");
    let occasion = |w: &str| with_lowercase(w, |w| OCCASION_NOUNS.contains(&w));
    let addressed = with_lowercase(last, |w| ADDRESSING_VERBS.contains(&w))
        || (last == "to" && words.next().is_some_and(occasion));
    (occasion(head) || addressed) && !before.is_empty() && !before.ends_with([',', ';', ':'])
}

/// Verbs of sending a message whose object is its audience: "emailed supporters saying".
const ADDRESSING_VERBS: &[&str] = &[
    "emailed", "e-mailed", "texted", "messaged", "mailed", "wrote",
];

/// The subject of the sentence at `sentence` that stands before `to`: at its start, or
/// after an opening phrase ("In a statement, the governor blasted ... and said").
pub fn opening_subject(source: &str, sentence: Span, to: usize) -> Option<Mention> {
    let lead = &source[sentence.start..to];
    let clause_starts = std::iter::once(past_sentence_adverbs(lead))
        .chain(lead.match_indices(", ").map(|(at, _)| at + 2))
        .take(5);
    // "When Lee took the stage and said": the subject of a subordinate clause the
    // cue is still inside.
    let subordinate = subordinate_subject_start(lead).map(|at| sentence.start + at);
    let mut candidates = subordinate
        .into_iter()
        .chain(clause_starts.map(|at| sentence.start + at))
        .filter_map(|at| mention::after(source, Span::new(at, at), to))
        .filter(|m| !opens_with_participle(source, m.span))
        // "Inside the hall, Lee ...": a capitalised preposition names nobody.
        .filter(|m| !with_lowercase(m.span.text(source), |w| OPENING_PREPOSITIONS.contains(&w)))
        .filter_map(|m| past_time_phrase(source, m, to));
    // The first phrase a verb follows; else the first ("The mayor, a Democrat, ...").
    let first = candidates.next()?;
    let followed_by_verb = |m: &Mention| verb_follows(source, m.span, sentence.end);
    if followed_by_verb(&first) {
        return Some(first);
    }
    let next = candidates.next();
    // "The other candidate on the stage, Ann Lee, drew ...": a name set off by commas
    // right after the subject's phrase is its appositive.
    let named_appositive = next.filter(|name| {
        if name.span.start < first.span.end {
            return false;
        }
        let between = &source[first.span.end..name.span.start];
        let after = source[name.span.end..sentence.end].strip_prefix(", ");
        first.appositive.is_none()
            && !is_named(first.span.text(source))
            && between.trim_end().ends_with(',')
            && between.split_whitespace().count() <= 5
            && is_named(name.span.text(source))
            && after.is_some_and(|a| a.starts_with(char::is_lowercase))
    });
    if let Some(name) = named_appositive {
        return Some(Mention {
            appositive: Some(name.span),
            ..first
        });
    }
    let found = next.into_iter().chain(candidates).find(followed_by_verb);
    Some(found.unwrap_or(first))
}

/// Whether a phrase ends in a name: two capitalised words or more, the last one among them
/// ("former Secretary of State Ann Lee").
fn is_named(phrase: &str) -> bool {
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    phrase
        .split_whitespace()
        .last()
        .is_some_and(|w| capitalised(&w))
        && phrase.split_whitespace().filter(capitalised).count() >= 2
}

/// Whether a lower-case word that may be a verb follows `phrase` in its sentence (ending at
/// `end`): "Lee called", not "Lee and Park" or "Lee of the port".
pub fn verb_follows(source: &str, phrase: Span, end: usize) -> bool {
    let next = source[phrase.end..end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    next.starts_with(char::is_lowercase)
        && !matches!(next, "and" | "or" | "of" | "who" | "in" | "on" | "at")
}

/// Words that may open a sentence before its subject ("And then Lee ...", "But Lee ...").
const SENTENCE_ADVERBS: &[&str] = &[
    "and",
    "but",
    "so",
    "yet",
    "or",
    "nor",
    "then",
    "still",
    "also",
    "meanwhile",
    "however",
    "instead",
    "now",
    "later",
    "earlier",
    "even",
    "indeed",
    "thus",
    "separately",
    "eventually",
];

/// Where the subject of a sentence that starts `lead` begins: past its opening adverbs.
fn past_sentence_adverbs(lead: &str) -> usize {
    let mut at = 0;
    for word in lead.split(' ') {
        let bare = word.trim_end_matches(',');
        if !with_lowercase(bare, |w| SENTENCE_ADVERBS.contains(&w)) {
            break;
        }
        at += word.len() + 1;
    }
    at.min(lead.len())
}

/// Where the subject of a subordinate clause starts, when `lead` (the sentence up to the
/// cue) is still inside that clause: "When Lee took the stage and", "The crowd cheered when
/// Lee spotted a sign and".
fn subordinate_subject_start(lead: &str) -> Option<usize> {
    let mut at = 0;
    let mut found = None;
    for word in lead.split(' ') {
        at += word.len() + 1;
        if word.contains([',', ';']) {
            found = None;
        } else if with_lowercase(word, |w| CLAUSE_SUBORDINATORS.contains(&w)) {
            found = Some(at);
        }
    }
    found.filter(|&start| start < lead.len())
}

/// The subject pronoun of the last clause that a conjunction, semicolon or dash opens
/// between `from` and `to` (", but he refuses to ...", "- he called her weak and said").
fn clause_pronoun_between(source: &str, from: usize, to: usize) -> Option<Mention> {
    let text = &source[from..to];
    [", but ", ", and ", "; ", " - ", " — ", " – "]
        .iter()
        .filter_map(|link| text.rfind(link).map(|at| at + link.len()))
        .max()
        .filter(|&at| {
            let mut words = text[at..].split(' ');
            matches!(words.next(), Some("he" | "she" | "they" | "we" | "I"))
                && words
                    .next()
                    .is_some_and(|w| w.ends_with('s') || w.ends_with("ed"))
        })
        .and_then(|at| mention::after(source, Span::new(from + at, from + at), to))
}

/// "..., with Lee telling reporters": the phrase before a participle after "with" is its
/// subject.
fn absolute_subject(cx: &Context, hit: &CueHit) -> Option<Mention> {
    let source = cx.source();
    let sentence = cx.sentence_span(hit.sentence);
    let participle = hit.span.text(source).ends_with("ing");
    if !participle || !source[sentence.start..hit.span.start].contains("with ") {
        return None;
    }
    let speaker = cx.mention_before(sentence.start, hit.span)?;
    let lead = source[sentence.start..speaker.span.start].trim_end();
    mention::ends_with_words(lead, "with").then_some(speaker)
}

/// `phrase`, or when it names a time ("A few minutes later they ...") the subject after it.
fn past_time_phrase(source: &str, phrase: Mention, to: usize) -> Option<Mention> {
    if !is_time_phrase(source, phrase.span) {
        return Some(phrase);
    }
    let mut at = phrase.span.end;
    let rest = &source[at..to];
    let next = rest.split_whitespace().next().unwrap_or("");
    if matches!(next, "later" | "earlier" | "ago" | "before" | "after") {
        at += rest.find(next).unwrap_or(0) + next.len();
    }
    mention::after(source, Span::new(at, at), to)
}

/// Whether `phrase` names a time ("a few days later"), not a subject.
fn is_time_phrase(source: &str, phrase: Span) -> bool {
    const SPANS_OF_TIME: &[&str] = &["day", "hour", "minute", "moment", "decade"];
    let last = phrase.text(source).rsplit(' ').next().unwrap_or("");
    with_lowercase(last, |w| {
        let single = w.strip_suffix('s').unwrap_or(w);
        lexicon().time_words.contains(single) || SPANS_OF_TIME.contains(&single)
    })
}

/// "the League, which released a statement questioning ...", "the bank, which manages the
/// debt and says ...": a cue in a relative clause still open (no comma since its pronoun)
/// speaks for the clause's antecedent.
fn relative_antecedent(source: &str, from: usize, hit: &CueHit) -> Option<Mention> {
    let lead = &source[from..hit.span.start];
    let at = [", which ", ", who "]
        .iter()
        .filter_map(|pronoun| {
            let at = lead.rfind(pronoun)?;
            let inside = &lead[at + pronoun.len()..];
            (!inside.contains([',', ';', ':'])).then_some(at)
        })
        .max()?;
    // The pronoun stands nearest the cue, as in "X, who said".
    let pronoun = Span::new(from + at + 2, from + at + 2 + lead[at + 2..].find(' ')?);
    mention::owner_before(source, from, from + at).map(|m| Mention {
        relative: Some(pronoun),
        ..m
    })
}

/// Whether `span` is a capitalised participle that opens a phrase, not a name: "Facing
/// sharp questions, Lee ...", but not "Manning said", "Ebeling talked" nor "King".
fn opens_with_participle(source: &str, span: Span) -> bool {
    let word = span.text(source);
    let next = source[span.end..].split_whitespace().next().unwrap_or("");
    if word.contains(' ') || word.len() <= 4 || !word.ends_with("ing") {
        return false;
    }
    if !next.starts_with(char::is_lowercase) {
        return false;
    }
    // A name's past-tense verb; "Having said", "Being asked" are still participles.
    let past_verb = next.ends_with("ed") || lexicon().cue(next).is_some();
    !past_verb || with_lowercase(word, |w| PARTICIPLE_AUXILIARIES.contains(&w))
}

/// Participles that take a past participle after them ("Having said that, ...").
const PARTICIPLE_AUXILIARIES: &[&str] = &["having", "being", "getting", "becoming"];

/// The speaker of an attribution that ends right before a participle cue: "..., Ortiz
/// said, adding", "..., said Ortiz, adding".
fn attribution_before(cx: &Context, hit: &CueHit) -> Option<Mention> {
    let source = cx.source();
    let cue = cx
        .cues_in(hit.sentence)
        .take_while(|c| c.span.end <= hit.span.start)
        .last()?;
    let start = participle_start(source, cx.sentence_span(hit.sentence).start, hit);
    let between = source[cue.span.end..start].trim();
    let speaker_before = || cx.mention_before(cx.sentence_span(hit.sentence).start, cue.span);
    // "..., the spokeswoman said (Friday), but did not say why": the speaker goes on.
    let goes_on = between.split_once(',').is_some_and(|(occasion, rest)| {
        let mut words = rest.split_whitespace();
        (occasion.is_empty() || is_short_occasion(occasion))
            && matches!(words.next(), Some("but" | "and"))
            && words.all(|w| {
                GOING_ON_AUXILIARIES.contains(&w)
                    || GOING_ON_ADVERBS.contains(&w)
                    || matches!(w, "not" | "never")
            })
    });
    if between == "," || goes_on {
        speaker_before()
    } else if let Some(occasion) = between.strip_suffix(',') {
        mention::after(source, cue.span, hit.span.start)
            .filter(|m| source[m.span.end..hit.span.start].trim() == ",")
            // "..., Lee said Tuesday in Paris, noting": past the occasion.
            .or_else(|| is_short_occasion(occasion).then(speaker_before).flatten())
    } else {
        None
    }
}

/// Auxiliaries a negation follows between "but" or "and" and the speaker's next act: "but
/// did not say", "but would never confirm".
pub(super) const GOING_ON_AUXILIARIES: &[&str] =
    &["did", "does", "would", "could", "will", "has", "had"];

/// Adverbs that may stand before the speaker's next act: "and then added".
pub(super) const GOING_ON_ADVERBS: &[&str] = &["then", "also", "later"];

/// `lead` without a short phrase of time it ends with after "and" or "but" ("... and on
/// Monday", "but last week"), so that the link is seen.
fn without_time_phrase(lead: &str) -> &str {
    let is_time = |w: &str| with_lowercase(w, |w| lexicon().time_words.contains(w));
    // Most leads end in no time word: they are left as they are at once.
    if !lead.rsplit(' ').next().is_some_and(is_time) {
        return lead;
    }
    let Some(at) = lead.rfind(" and ").max(lead.rfind(" but ")) else {
        return lead;
    };
    // Both links are three letters long.
    let link_end = at + " and".len();
    let phrase = &lead[link_end..];
    let words = phrase.split_whitespace().count();
    let timed = phrase.split_whitespace().all(|w| {
        is_time(w)
            || matches!(
                w,
                "on" | "last" | "this" | "past" | "early" | "late" | "that"
            )
    });
    if (1..=4).contains(&words) && timed {
        &lead[..link_end]
    } else {
        lead
    }
}

/// Where a bridge in "-ing" before the cue starts ("..., going on to say"), else the cue.
fn participle_start(source: &str, sentence_start: usize, hit: &CueHit) -> usize {
    // Every bridge in "-ing" ends with "to" ("going on to").
    let lead = source[sentence_start..hit.span.start].trim_end();
    if !lead.ends_with(" to") {
        return hit.span.start;
    }
    let last = lead.rsplit(' ').next().unwrap_or("");
    lexicon()
        .cue_bridges_ending(last)
        .iter()
        .find(|b| {
            b.split(' ').next().is_some_and(|w| w.ends_with("ing"))
                && mention::ends_with_words(lead, b)
        })
        .map_or(hit.span.start, |b| sentence_start + lead.len() - b.len())
}

/// Words before a participle cue that leave its speaker the sentence's subject.
pub(super) const PARTICIPLE_LEADS: &[&str] = &[
    "by",
    "while",
    "before",
    "after",
    "when",
    "in",
    "aside from",
    "apart from",
    "besides",
    "beyond",
];

/// Words that lead a subject's second verb to a cue: "... but went on to say".
pub(super) const GOES_ON: &[&str] = &[" went on to", " goes on to", " go on to", " going on to"];

/// Whether the cue's speaker is its sentence's subject, named before another verb:
/// "..., saying", "— saying", "by saying", "while adding", "... and said", "... but said".
pub fn speaks_for_subject(source: &str, sentence_start: usize, hit: &CueHit) -> bool {
    let start = participle_start(source, sentence_start, hit);
    let lead = source[sentence_start..start].trim_end();
    // Adverbs may stand between: ", while also saying", ", again saying".
    let bare = without_adverbs(lead);
    // A comma inside a closing quotation mark ("called it “fantastic,” saying") sets it off too.
    let bare = bare.trim_end_matches(is_quote);
    let set_off = bare.ends_with(',') || strip_clause_dash(bare).is_some();
    let participle = (start < hit.span.start || hit.span.text(source).ends_with("ing"))
        && (set_off
            || PARTICIPLE_LEADS
                .iter()
                .any(|w| mention::ends_with_words(bare, w)));
    // "..., then said": "then" is an adverb too, so it is looked for before they go.
    participle || lead.ends_with(", then") || {
        let lead = without_time_phrase(without_adverbs(lead));
        let lead = GOES_ON
            .iter()
            .find_map(|l| lead.strip_suffix(l))
            .unwrap_or(lead);
        [" and", " but", " then"].iter().any(|w| lead.ends_with(w))
    }
}
