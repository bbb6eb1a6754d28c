//! The person a sentence-opening "he" or "she" stands for when the sentence before is about
//! someone with no statement there: in "Dale Reed, 58, did not speak to reporters. He has
//! said the charges are false.", "He" is Reed, not the last man quoted.

use super::mention::{Mention, is_determiner_word, is_name_word, is_possessive, is_pronoun, lower};
use super::speakers::personal_name;
use crate::lexicon::lexicon;
use crate::span::Span;
use crate::text::Document;
use crate::text::normalise::{is_quote, with_lowercase};
use crate::text::tokens::{Token, tokens};
use memchr::memmem;

/// How far into a sentence its subject's name is looked for.
const SUBJECT_REACH: usize = 80;

/// How many tokens an opening phrase before a sentence's subject may run to.
const OPENING_WORDS: usize = 12;

/// How many words into a sentence the head of its opening role is looked for.
const ROLE_WORDS: usize = 6;

/// Relative pronouns whose clause a speaking pronoun may stand in ("..., which she called").
const RELATIVES: &[&str] = &[" which", " whom"];

/// Words that may open a sentence before its pronoun subject ("But he ...").
const LINKS: &[&str] = &["but", "and", "still", "yet"];

/// How many quoted sentences with no speaker are passed over to the sentence before them.
const QUOTED_SENTENCES: usize = 4;

/// Conjunctions that open a clause of time, cause or concession before or after a main
/// clause: "When the mayor unveiled it, she promised ...", "Lee erred when she said ...".
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "as", "while", "since", "once", "although", "though", "because",
    "until",
];

/// How many words a fronted clause may run to before its comma.
const FRONTED_WORDS: usize = 16;

/// Where the clause a subordinator opens `lead` with begins past it, when `lead` is that
/// clause and its comma: "When the mayor unveiled her plan," (not "When asked,", a clause
/// with no subject of its own, nor one that holds a quotation or another comma).
fn fronted_clause(lead: &str) -> Option<usize> {
    let clause = lead.strip_suffix(',')?;
    let (first, rest) = clause.split_once(' ')?;
    let opens = with_lowercase(first, |w| SUBORDINATORS.contains(&w));
    let plain = !clause.contains([',', ';']) && !clause.contains(is_quote);
    (opens && plain && rest.split_whitespace().count() < FRONTED_WORDS).then(|| first.len() + 1)
}

/// The person a sentence opens with, as written there ("Reed") and, for a surname alone,
/// as the article's body first named them in full ("Dale Reed"), if it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subject {
    pub written: Span,
    pub full_name: Option<Span>,
    /// Read past an opening phrase ("For the town, Elm Park was ..."): a name there may
    /// be a place or an event's, so only someone who has spoken is taken for it.
    pub past_opening: bool,
}

/// The name that opens the sentence before `mention`'s, when `mention` is a "he" or "she"
/// opening its own sentence (number `sentence`) and no statement in that sentence before
/// has a speaker; when one has, the subject of a clause after it ("A source said X, but
/// Cole declined to comment."). `spoken` tells, per sentence, where its last statement
/// with a speaker ends, if it has one.
pub fn prior_subject(
    doc: &Document,
    mention: &Mention,
    sentence: usize,
    spoken: &[Option<usize>],
) -> Option<Subject> {
    prior_subject_within(doc, mention, sentence, spoken, PRONOUN_CHAIN)
}

/// How many sentences that open with the same pronoun are passed back through: "Lars Holm
/// pushes off. He has done this for years. “...,” he says".
const PRONOUN_CHAIN: usize = 3;

/// `prior_subject`, passing back through at most `chain` sentences that open with the
/// same pronoun.
fn prior_subject_within(
    doc: &Document,
    mention: &Mention,
    sentence: usize,
    spoken: &[Option<usize>],
    chain: usize,
) -> Option<Subject> {
    let source = doc.source;
    let pronoun = mention.span.text(source);
    if pronoun == "it" {
        return own_subject(doc, mention, sentence);
    }
    if !matches!(pronoun, "he" | "He" | "she" | "She") {
        return None;
    }
    // “It opened. It is safe,” he said: the sentence opens where its quotation does.
    let sentence = quotation_opening(doc, sentence, mention.span.start).unwrap_or(sentence);
    let own = doc.sentences.get(sentence)?;
    // The mention may stand in another sentence than its statement's.
    let raw_lead = source.get(own.span.start..mention.span.start)?;
    let lead = raw_lead.trim();
    let lead_start = mention.span.start - raw_lead.trim_start().len();
    // "Rosa Lee called for a review, which she described as slow": the sentence's own
    // subject, when no one speaks before the relative pronoun.
    let relative = RELATIVES.iter().any(|r| lead.ends_with(r)) && !lead.contains(is_quote);
    // "Clinton erred when she claimed ...": the main clause's subject, likewise, unless a
    // relative clause or a list of asides brings others in ("..., a man named Ruiz, who
    // ran, as he promised").
    let subordinate = lead
        .rsplit(' ')
        .next()
        .is_some_and(|last| SUBORDINATORS.contains(&last))
        && lead.matches(',').count() <= 1
        && !lead
            .split_whitespace()
            .any(|w| matches!(w, "who" | "whom" | "whose"));
    if (relative || subordinate && lead.contains(' ')) && mention.span.start < own.span.end {
        return subject_of(doc, own.span, mention.span.start);
    }
    // "When the mayor unveiled her plan, she promised": the fronted clause's subject; when
    // that is the pronoun again ("When she arrived, she said"), the sentence before's.
    let fronted = fronted_clause(lead);
    if let Some(past) = fronted {
        let clause = Span::new(lead_start + past, own.span.end);
        if let Some(subject) = subject_of(doc, clause, mention.span.start) {
            return Some(subject);
        }
    }
    // "“Let's wait,” he said." opens with its quotation.
    let quoted = lead.starts_with(is_quote) && lead.ends_with(is_quote);
    // "Recently she announced": one adverb that opens a sentence, with no comma ("Then he
    // said" goes on with whoever acted last).
    let adverb = !lead.contains(' ')
        && with_lowercase(lead, |w| {
            w != "then" && lexicon().adverbial_openers.contains(w)
        });
    let linked = LINKS.iter().any(|o| lead.eq_ignore_ascii_case(o)) || adverb;
    // "She knows every buoy, she says": the sentence opens with the same pronoun.
    let opened_so = lead
        .split_whitespace()
        .next()
        .is_some_and(|first| first.eq_ignore_ascii_case(pronoun))
        && !lead.contains(is_quote);
    // "The closure, he says, is temporary": a pronoun set off inside its sentence's
    // opening phrase.
    let aside = source
        .get(mention.span.end..own.span.end)
        .and_then(|rest| rest.split_once(','))
        .is_some_and(|(cue, _)| !cue.trim().contains(' '))
        && is_subject_phrase(lead);
    if !(lead.is_empty()
        || quoted
        || linked
        || opened_so
        || aside
        || fronted.is_some()
        || is_adverbial_lead(lead)
        || is_question_or_participle_lead(lead))
    {
        return None;
    }
    let before = unquoted_before(doc, sentence, spoken)?;
    let prior = doc.sentences.get(before)?;
    // "Was Lee satisfied? ..." asks; it does not tell who.
    let asks = prior
        .span
        .text(source)
        .trim_end_matches(is_quote)
        .trim_end()
        .ends_with('?');
    if own.paragraph > prior.paragraph + 1 || asks {
        return None;
    }
    match spoken.get(before)? {
        None => subject_of(doc, prior.span, prior.span.end).or_else(|| {
            // The sentence before opens with the same pronoun: the one before that.
            let opening = prior.span.trim(source);
            let same = source[opening.start..opening.end]
                .split_whitespace()
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(pronoun));
            let again = Mention::bare(Span::new(opening.start, opening.start + pronoun.len()));
            (same && chain > 0)
                .then(|| prior_subject_within(doc, &again, before, spoken, chain - 1))
                .flatten()
        }),
        Some(end) => trailing_subject(doc, prior.span, *end),
    }
}

/// The subject of the clause that a sentence goes on with right after its last statement
/// (ending at `spoken_end`): ", but Cole declined to discuss a motive".
fn trailing_subject(doc: &Document, sentence: Span, spoken_end: usize) -> Option<Subject> {
    let rest = doc.source.get(spoken_end..sentence.end)?;
    let rest_start = spoken_end + (rest.len() - rest.trim_start_matches(is_quote).len());
    let clause = [", but ", ", and ", ", while ", "; "]
        .iter()
        .find_map(|link| doc.source[rest_start..sentence.end].strip_prefix(link))?;
    let start = sentence.end - clause.len();
    subject_of(doc, Span::new(start, sentence.end), sentence.end)
}

/// The name its own sentence opens with, for an "it" inside the sentence with no
/// quotation before it: "Lumen Systems unveiled a tablet it says will last".
fn own_subject(doc: &Document, mention: &Mention, sentence: usize) -> Option<Subject> {
    let own = doc.sentences.get(sentence)?;
    let lead = doc.source.get(own.span.start..mention.span.start)?;
    if lead.trim().is_empty() || lead.contains(is_quote) || mention.span.start > own.span.end {
        return None;
    }
    subject_of(doc, own.span, mention.span.start).or_else(|| {
        // "The Port Ellis Authority approved a plan it says ...": a name after "The".
        let reach = floor_boundary(
            doc.source,
            (own.span.start + SUBJECT_REACH).min(mention.span.start),
        );
        let toks = tokens(doc.source, Span::new(own.span.start, reach));
        let words = toks
            .get(1..)?
            .iter()
            .take_while(|t| is_name_word(t))
            .count();
        let follows = toks
            .get(1 + words)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()));
        (words > 0 && follows && toks[0].text == "The").then(|| Subject {
            written: toks[0].span.cover(toks[words].span),
            full_name: None,
            past_opening: false,
        })
    })
}

/// Whether `lead` is a short adverbial phrase and its comma, which a subject may follow:
/// "Hours later,", "On Monday,", "Later that day,"; not "Lee," or "When Lee left,".
fn is_adverbial_lead(lead: &str) -> bool {
    let Some(phrase) = lead.strip_suffix(',') else {
        return false;
    };
    let lex = lexicon();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let is_time = |w: &str| with_lowercase(w, |w| lex.time_words.contains(w));
    let opens = words.first().is_some_and(|first| {
        is_time(first) || with_lowercase(first, |w| lex.adverbial_openers.contains(w))
    }) || words
        .last()
        .is_some_and(|w| matches!(*w, "later" | "earlier" | "ago"));
    let plain = words.iter().skip(1).all(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()) || is_time(w)
    });
    (1..=5).contains(&words.len())
        && opens
        && plain
        && !phrase.contains([',', ';'])
        && !phrase.contains(is_quote)
}

/// Whether `lead` is a short phrase of common words and its comma that a sentence opens
/// with: "The closure,", "This year's catch," (not "Lee," or "When it rained,").
fn is_subject_phrase(lead: &str) -> bool {
    let Some(phrase) = lead.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower_after_first = words
        .iter()
        .skip(1)
        .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    (2..=4).contains(&words.len())
        && lower_after_first
        && is_determiner_word(words[0])
        && !phrase.contains(is_quote)
}

/// Whether `lead` is a question put to the subject, or a participle telling what the
/// subject did, and its comma: "Asked about the pier,", "When pressed on the budget,",
/// "Speaking after the meeting,".
fn is_question_or_participle_lead(lead: &str) -> bool {
    let question = lead.strip_prefix("When ").unwrap_or(lead);
    let verb = question.split(' ').next().unwrap_or("");
    let put = with_lowercase(verb, |w| matches!(w, "asked" | "pressed" | "questioned"));
    let participle =
        verb.len() > 5 && verb.ends_with("ing") && verb.starts_with(char::is_uppercase);
    (put || participle)
        && lead.ends_with(',')
        && !lead.contains(is_quote)
        && !lead[..lead.len() - 1].contains(',')
}

/// The sentence before `sentence`, past those of its paragraph that lie wholly inside a
/// quotation no one is credited with (a quoted post the sentence before introduced).
fn unquoted_before(doc: &Document, sentence: usize, spoken: &[Option<usize>]) -> Option<usize> {
    let paragraph = doc.sentences.get(sentence)?.paragraph;
    let mut before = sentence.checked_sub(1)?;
    for _ in 0..QUOTED_SENTENCES {
        let prior = &doc.sentences[before];
        let opened = doc
            .quotes
            .partition_point(|q| q.outer.start <= prior.span.start);
        let quoted = opened > 0
            && doc.quotes[opened - 1]
                .outer
                .contains(prior.span.trim(doc.source));
        let unspoken = spoken.get(before).is_some_and(Option::is_none);
        if !(quoted && unspoken && prior.paragraph + 1 >= paragraph && before > 0) {
            break;
        }
        before -= 1;
    }
    Some(before)
}

/// The person named in full that the article's first body sentence opens with: whom an
/// obituary or a profile is about ("Ann Rivers, who guided ships ..., died on Saturday").
pub fn lede_subject(doc: &Document) -> Option<Subject> {
    let body = doc.title.map_or(0, |t| t.end);
    let lede = doc.sentences.iter().find(|s| s.span.start >= body)?;
    subject_of(doc, lede.span, lede.span.end).filter(|s| s.full_name.is_some())
}

/// The person that the sentence at `sentence` opens with, looked for before `to`.
fn subject_of(doc: &Document, sentence: Span, to: usize) -> Option<Subject> {
    let source = doc.source;
    let reach = floor_boundary(source, (sentence.start + SUBJECT_REACH).min(to));
    let toks = tokens(source, Span::new(sentence.start, reach));
    let named = |toks: &'_ [Token<'_>]| {
        opening_name(toks)
            .or_else(|| appositive_name(toks))
            .or_else(|| named_after_role(toks))
            .or_else(|| opening_role(toks))
            .map(|name| name[0].span.cover(name[name.len() - 1].span))
    };
    // "Down the pier, Tom Reed is ...": the subject after an opening phrase.
    let past_opening = || {
        let opener = lexicon().clause_openers.contains(toks.first()?.text);
        let comma = toks.iter().take(OPENING_WORDS).position(|t| t.is(','))?;
        // The comma may stand inside a closing quotation mark: `billed as “Hats Off,” Reed`.
        let closing = toks[comma + 1..]
            .iter()
            .take_while(|t| t.text.chars().all(is_quote))
            .count();
        named(&toks[comma + 1 + closing..]).filter(|_| opener)
    };
    let (written, past_opening) = match named(&toks) {
        Some(written) => (written, false),
        None => (past_opening()?, true),
    };
    let name = tokens(source, written);
    let full_name = match name[..] {
        // The headline's words may be anything ("Will Reed run?").
        [surname] => {
            let body = doc.title.map_or(0, |t| t.end);
            full_name_between(source, surname.text, body, sentence.start)
        }
        _ => personal_name(source, written).map(|_| written),
    };
    Some(Subject {
        written,
        full_name,
        past_opening,
    })
}

/// The sentence where a closed quotation opens, when sentence number `sentence` starts
/// inside it and it ends before `at`.
fn quotation_opening(doc: &Document, sentence: usize, at: usize) -> Option<usize> {
    let start = doc.sentences.get(sentence)?.span.start;
    let after = doc.quotes.partition_point(|q| q.outer.start < start);
    let quote = doc.quotes[..after].last()?;
    (quote.closed && start < quote.outer.end && quote.outer.end <= at)
        .then(|| doc.sentence_at(quote.outer.start))
        .flatten()
}

/// The capitalised words a sentence opens with, when a verb or a comma follows them: a
/// subject ("Reed, 58, did not", "Ann Reed left"), not "The Reed family" or "In Ohio".
fn opening_name<'t>(toks: &'t [Token<'t>]) -> Option<&'t [Token<'t>]> {
    let honorific = usize::from(
        toks.first()
            .is_some_and(|t| matches!(&*lower(t), "mr." | "mrs." | "ms." | "dr.")),
    );
    let words = toks[honorific..]
        .iter()
        .take_while(|t| is_name_word(t) && !is_determiner_word(t.text) && !is_pronoun(t.text))
        .count();
    let end = honorific + words;
    // "Reed's lawyer left": the subject is not Reed ("Fox News' Bret Baier" is a name).
    if toks[..end].last().is_some_and(is_possessive) {
        return None;
    }
    let next = toks.get(end)?;
    // "Councilwoman Rosa Reed", "Sen. Ann Reed": the name after a title it opens with.
    let titles = &lexicon().titles;
    let titled = toks[honorific..end]
        .iter()
        .take_while(|t| titles.contains(lower(t).trim_end_matches('.')))
        .count();
    if titled > 0 && words - titled >= 2 {
        return opening_name(&toks[honorific + titled..]);
    }
    // "Former Ohio governor Ann Reed", "Lee spokeswoman Ann Reed": the name after the title.
    if words > 0 && lexicon().titles.contains(&*lower(next)) {
        return opening_name(&toks[end + 1..]).filter(|name| name.len() >= 2);
    }
    // A verb or an appositive's comma; not "Reed and Lee", two people.
    let follows = next.is(',')
        || (next.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(next.text, "and" | "or"));
    ((1..=4).contains(&words) && follows).then(|| &toks[..end])
}

/// The full name after a determined role a sentence opens with: "Her colleague Joe Ruiz
/// disagreed", "The council's newest member Ann Reed left".
fn named_after_role<'t>(toks: &'t [Token<'t>]) -> Option<&'t [Token<'t>]> {
    let first = toks.first()?;
    if !(is_determiner_word(first.text) || is_possessive(first)) {
        return None;
    }
    let role = 1 + toks[1..]
        .iter()
        .take(ROLE_WORDS)
        .take_while(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()) || is_possessive(t))
        .count();
    // A noun for a person right before the name: not "The lawsuit against Joe Ruiz".
    let lex = lexicon();
    let noun = lower(&toks[role - 1]);
    let person = lex.titles.contains(&*noun) || lex.speaker_nouns.contains(&*noun);
    let name = opening_name(&toks[role..]).filter(|name| name.len() >= 2)?;
    (role > 1 && person).then_some(name)
}

/// A determined role a sentence opens with, when a verb follows it: "The club's captain
/// was less forgiving", "Reed's lawyer left" (not "The Reed family left", "The secretary
/// of state").
fn opening_role<'t>(toks: &'t [Token<'t>]) -> Option<&'t [Token<'t>]> {
    // "The", or a name's possessive: "Reed's", "Ann Reed's".
    let owner = toks.iter().take(4).position(is_possessive);
    let owned = owner.is_some_and(|at| toks[..at].iter().all(is_name_word));
    // A clause after the sentence's opening has it lower case: "When the mayor left,".
    if !(matches!(toks.first()?.text, "The" | "the") || owned) {
        return None;
    }
    let lex = lexicon();
    let head = toks
        .iter()
        .take(ROLE_WORDS)
        .position(|t| lex.titles.contains(&*lower(t)))?;
    let next = toks.get(head + 1)?;
    let verb = next.text.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            next.text,
            "and" | "or" | "of" | "for" | "to" | "at" | "in" | "on" | "with" | "who" | "whose"
        );
    // Modifiers only before the head: not "Reed's term as chief".
    let modifiers = toks[..head]
        .iter()
        .skip(1)
        .all(|t| t.is_word() && !lex.stopwords.contains(&*lower(t)));
    (verb && modifiers).then(|| &toks[..=head])
}

/// The name of a sentence's opening appositive, between commas after a determined role:
/// "The shadow chancellor, Mel Stride, visited" (not "In the end, Reed left").
fn appositive_name<'t>(toks: &'t [Token<'t>]) -> Option<&'t [Token<'t>]> {
    let comma = toks.iter().take(8).position(|t| t.is(','))?;
    let first = toks.first()?;
    let determined = is_determiner_word(first.text) || toks[..comma].iter().any(is_possessive);
    if comma < 2 || !determined || !toks[..comma].iter().all(Token::is_word) {
        return None;
    }
    let name = &toks[comma + 1..];
    let words = name.iter().take_while(|t| is_name_word(t)).count();
    let closed = name.get(words).is_some_and(|t| t.is(','));
    // "His daughter, Ann, runs the shop": a given name alone after a kin or person noun.
    let lex = lexicon();
    let person = lex.genders.contains_key(&*lower(&toks[comma - 1]));
    let given = words == 1 && person && lex.genders.contains_key(&*lower(&name[0]));
    (((2..=4).contains(&words) || given) && closed).then(|| &name[..words])
}

/// The first full name in `source` between `from` and `to` that ends in `surname` ("Dale
/// Reed" for "Reed").
pub(super) fn full_name_between(
    source: &str,
    surname: &str,
    from: usize,
    to: usize,
) -> Option<Span> {
    name_candidates(source, surname, from, to).find(|&span| personal_name(source, span).is_some())
}

/// Each capitalised word (past any middle initial) and `surname` after it, as a whole word,
/// between `from` and `to`: the spans that may be a full name ("Dale Reed", "Dale J. Reed").
pub(super) fn name_candidates<'s>(
    source: &'s str,
    surname: &'s str,
    from: usize,
    to: usize,
) -> impl Iterator<Item = Span> + 's {
    let text = &source[..to];
    // The title may end past the sentence: none of the body comes before it then.
    let mut from = from.min(to);
    let finder = memmem::Finder::new(surname.as_bytes());
    std::iter::from_fn(move || {
        while let Some(at) = finder.find(&text.as_bytes()[from..]).map(|at| from + at) {
            from = at + surname.len();
            let whole = !text[from..].starts_with(char::is_alphanumeric);
            let lead = text[..at].strip_suffix(' ').unwrap_or("");
            let mut given = lead.rsplit([' ', '\n']).next().unwrap_or("");
            if !whole || !given.starts_with(char::is_uppercase) {
                continue;
            }
            // "Donald J. Trump": past a middle initial to the given name.
            let mut start = at - 1 - given.len();
            while is_initial(given) {
                let lead = text[..start].strip_suffix(' ').unwrap_or("");
                given = lead.rsplit([' ', '\n']).next().unwrap_or("");
                if given.is_empty() {
                    break;
                }
                start -= 1 + given.len();
            }
            return Some(Span::new(start, from));
        }
        None
    })
}

/// "J.": a capital and a period.
fn is_initial(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.'
}

/// `at`, or the nearest char boundary before it.
fn floor_boundary(source: &str, mut at: usize) -> usize {
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject before `pronoun_at`'s first word, as (written, full name).
    fn subject(source: &str, pronoun_at: &str) -> Option<(String, Option<String>)> {
        let doc = Document::parse(source);
        let start = source.find(pronoun_at).unwrap();
        let span = Span::new(start, start + pronoun_at.split(' ').next().unwrap().len());
        let sentence = doc.sentences.iter().position(|s| s.span.contains(span))?;
        let spoken = vec![None; doc.sentences.len()];
        let subject = prior_subject(&doc, &Mention::bare(span), sentence, &spoken)?;
        let text = |s: Span| s.text(source).to_string();
        Some((text(subject.written), subject.full_name.map(text)))
    }

    fn full_name(source: &str, pronoun_at: &str) -> Option<String> {
        subject(source, pronoun_at).and_then(|(_, full)| full)
    }

    #[test]
    fn a_pronoun_opening_a_sentence_takes_the_name_opening_the_one_before() {
        let source = "A title\n\nThe trial of Dale Reed opened. Lee spoke for him. \
                      Reed, 58, did not speak to reporters. He has said the charges are false.\n";
        assert_eq!(full_name(source, "He has").as_deref(), Some("Dale Reed"));
        let source = "A title\n\nDale J. Reed left. Reed spoke. He has said no.\n";
        assert_eq!(full_name(source, "He has").as_deref(), Some("Dale J. Reed"));
        let source = "A title\n\nAnn Reed left the hall early. She has said she will run.\n";
        assert_eq!(full_name(source, "She has").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. “No,” she said.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. “No. Never,” she said.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nTom Reed did not back down. Speaking after the meeting, he \
                      said no.\n";
        assert_eq!(full_name(source, "he said").as_deref(), Some("Tom Reed"));
        // Past an opening phrase, and for a pronoun set off in its sentence's subject.
        let source = "A title\n\nIn the end, Ann Reed, 58, left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nDown the pier, Tom Reed is calm. The closure, he says, is \
                      brief.\n";
        assert_eq!(full_name(source, "he says").as_deref(), Some("Tom Reed"));
        // A longer opening phrase, whose comma stands inside a closing quotation mark.
        let source = "A title\n\nAt an event billed as “Hats Off for Ann,” Ann Reed unveiled \
                      a plan. “It is time,” she said.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. Recently she said she will run.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. But she has said she will run.\n";
        assert_eq!(full_name(source, "she has").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. She knows the pier, she says.\n";
        assert_eq!(full_name(source, "she says").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nAnn Reed left early. Hours later, she said no.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        // Past a quoted post no one is credited with.
        let source = "A title\n\nAnn Reed posted a note. “Woke up early. It is grim.”\n\n\
                      On Monday, she said no.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        // A surname's bearer is named in the body, not in a headline's question.
        let source = "Will Reed run?\n\nDale Reed left. Reed spoke. He has said no.\n";
        assert_eq!(full_name(source, "He has").as_deref(), Some("Dale Reed"));
        // A surname never named in full is only as written: a speaker must bear it.
        let source = "A title\n\nReed, 58, did not speak. He has said no.\n";
        assert_eq!(subject(source, "He has"), Some(("Reed".into(), None)));
    }

    #[test]
    fn an_it_inside_its_sentence_takes_the_name_the_sentence_opens_with() {
        let written = |source: &str, at: &str| subject(source, at).map(|(w, _)| w);
        let source = "A title\n\nLumen Systems unveiled a tablet it says will last.\n";
        assert_eq!(written(source, "it says").as_deref(), Some("Lumen Systems"));
        let source = "A title\n\nThe Port Ellis Authority approved a plan it says works.\n";
        assert_eq!(
            written(source, "it says").as_deref(),
            Some("The Port Ellis Authority")
        );
        // Not after a quotation, nor opening the sentence.
        let source = "A title\n\nLumen Systems said “soon,” as it says often.\n";
        assert_eq!(written(source, "it says"), None);
        let source = "A title\n\nLumen Systems left. It says the tablet will last.\n";
        assert_eq!(written(source, "It says"), None);
    }

    #[test]
    fn a_pronoun_after_a_relative_pronoun_takes_its_own_sentence_s_subject() {
        let source = "A title\n\nAnn Reed left. Councilwoman Rosa Lee called for a review, \
                      which she described as slow.\n";
        assert_eq!(
            full_name(source, "she described").as_deref(),
            Some("Rosa Lee")
        );
        // Not past a quotation, whose speaker may be anyone.
        let source = "A title\n\nRosa Lee said “the review, which she described as slow.”\n";
        assert_eq!(subject(source, "she described"), None);
    }

    #[test]
    fn an_opening_appositive_names_the_subject() {
        let source = "A title\n\nThe shadow chancellor, Mel Stride, left. He said no.\n";
        assert_eq!(full_name(source, "He said").as_deref(), Some("Mel Stride"));
        let source = "A title\n\nAge UK's director, Ann Reed, left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nFox News' Ann Reed left. She said no.\n";
        assert_eq!(
            subject(source, "She said").map(|s| s.0).as_deref(),
            Some("Fox News' Ann Reed")
        );
    }

    #[test]
    fn a_determined_role_opening_the_sentence_before_is_the_subject() {
        for (source, role) in [
            (
                "A title\n\nThe club's captain was less forgiving. He said no.\n",
                "The club's captain",
            ),
            (
                "A title\n\nReed's lawyer left early. He said no.\n",
                "Reed's lawyer",
            ),
            (
                "A title\n\nAnn Reed's aide left. He said no.\n",
                "Ann Reed's aide",
            ),
            (
                "A title\n\nThe port chief stayed. Asked about the pier, he said no.\n",
                "The port chief",
            ),
        ] {
            let pronoun = if source.contains("he said") {
                "he said"
            } else {
                "He said"
            };
            let found = subject(source, pronoun).map(|s| s.0);
            assert_eq!(found.as_deref(), Some(role), "{source}");
        }
        for source in [
            "A title\n\nThe Reed family left. He said no.\n",
            "A title\n\nThe captain of the ferry left. He said no.\n",
            "A title\n\nThe captain and Lee left. He said no.\n",
            "A title\n\nA captain left. He said no.\n",
            "A title\n\nReed's term as chief ended. He said no.\n",
        ] {
            assert_eq!(subject(source, "He said"), None, "{source}");
        }
    }

    #[test]
    fn a_full_name_after_an_opening_role_is_the_subject() {
        let source = "A title\n\nHer colleague Joe Ruiz disagreed. He said no.\n";
        assert_eq!(full_name(source, "He said").as_deref(), Some("Joe Ruiz"));
        let source = "A title\n\nThe council's newest member Ann Reed left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
        // Not a lone surname after the role, nor a name after a preposition.
        for source in [
            "A title\n\nHer aide Dover left. He said no.\n",
            "A title\n\nThe lawsuit against Joe Ruiz ended. He said no.\n",
        ] {
            assert_eq!(subject(source, "He said"), None, "{source}");
        }
    }

    #[test]
    fn a_title_before_the_name_is_passed_over() {
        let source = "A title\n\nCouncilwoman Ann Reed left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nFormer Ohio governor Ann Reed left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
        let source = "A title\n\nLee spokeswoman Ann Reed left. She said no.\n";
        assert_eq!(full_name(source, "She said").as_deref(), Some("Ann Reed"));
    }

    #[test]
    fn no_name_opens_the_sentence_before_or_the_pronoun_is_inside_its_own() {
        for (source, pronoun) in [
            (
                "A title\n\nThe Reed family left. He has said no.\n",
                "He has",
            ),
            ("A title\n\nAnn Reed left. Then he said no.\n", "he said"),
            (
                "A title\n\nAnn Reed left.\n\nIt rained.\n\nHe said no.\n",
                "He said",
            ),
            ("A title\n\nAnn Reed and Lee left. He said no.\n", "He said"),
            ("A title\n\nWas Reed right? He said no.\n", "He said"),
            (
                "A title\n\nLee spokeswoman Reed left. She said no.\n",
                "She said",
            ),
        ] {
            assert_eq!(subject(source, pronoun), None, "{source}");
        }
        // A sentence with a statement of its own leaves the pronoun to the speakers.
        assert_eq!(
            after_statement("A title\n\nAnn Reed said no. She left.\n", "no"),
            None
        );
    }

    #[test]
    fn a_sentence_opening_with_the_same_pronoun_is_passed_back_through() {
        let source = "A title\n\nAnn Reed left the hall. She had spoken for an hour. \
                      “No,” she said.\n";
        assert_eq!(full_name(source, "she said").as_deref(), Some("Ann Reed"));
        // Not past another pronoun, nor past three such sentences.
        let source = "A title\n\nAnn Reed left. He had spoken. “No,” she said.\n";
        assert_eq!(full_name(source, "she said"), None);
        let source = "A title\n\nAnn Reed left. She sat. She ate. She read. She slept. \
                      “No,” she said.\n";
        assert_eq!(full_name(source, "she said"), None);
    }

    #[test]
    fn a_clause_of_time_or_cause_tells_whom_its_pronoun_stands_for() {
        let written = |source: &str, pronoun: &str| subject(source, pronoun).map(|s| s.0);
        // A fronted clause's subject, a name or a role.
        let source = "A title\n\nAnn Reed left. When Joe Lee came, he said no.\n";
        assert_eq!(written(source, "he said").as_deref(), Some("Joe Lee"));
        let source = "A title\n\nWhen the mayor unveiled her plan, she promised a lot.\n";
        assert_eq!(
            written(source, "she promised").as_deref(),
            Some("the mayor")
        );
        // The pronoun again: the sentence before's.
        for source in [
            "A title\n\nAnn Reed left. When she came back, she said no.\n",
            "A title\n\nAnn Reed left. Although she was late, she said no.\n",
            "A title\n\nAnn Reed left. When she met Joe Lee, she said no.\n",
        ] {
            assert_eq!(written(source, "she said").as_deref(), Some("Ann Reed"));
        }
        // A clause after the main one: the main clause's subject.
        let source = "A title\n\nAnn Reed erred on Monday, when she said the pier was safe.\n";
        assert_eq!(written(source, "she said").as_deref(), Some("Ann Reed"));
        // Not past a relative clause that brings someone else in.
        for source in [
            "A title\n\nThe senator backed Joe Lee, who ran, as he promised.\n",
            "A title\n\nThe senator backed Joe Lee, a rancher, a veteran, as he promised.\n",
        ] {
            assert_eq!(written(source, "he promised"), None);
        }
        // Nor when the clause holds a quotation or is no clause ("When asked,").
        let source = "A title\n\nAnn Reed left. When “it” came, he said no.\n";
        assert_eq!(written(source, "he said"), None);
    }

    /// The subject for the "She" after a sentence whose statement ends after `claim_end`.
    fn after_statement(source: &str, claim_end: &str) -> Option<String> {
        let doc = Document::parse(source);
        let start = source.find("She").unwrap();
        let span = Span::new(start, start + 3);
        let sentence = doc.sentences.iter().position(|s| s.span.contains(span))?;
        let end = source.find(claim_end).unwrap() + claim_end.len();
        let spoken = vec![Some(end); doc.sentences.len()];
        let subject = prior_subject(&doc, &Mention::bare(span), sentence, &spoken)?;
        Some(subject.written.text(source).to_string())
    }

    #[test]
    fn a_clause_after_the_sentence_s_statement_gives_its_subject() {
        let source = "A title\n\nA source said it was arson, but Ann Reed declined to \
                      comment. She said the inquiry goes on.\n";
        assert_eq!(
            after_statement(source, "arson").as_deref(),
            Some("Ann Reed")
        );
        let source = "A title\n\nA source said “it was arson”; Reed left. She said no.\n";
        assert_eq!(after_statement(source, "arson").as_deref(), Some("Reed"));
        // The clause is part of the claim, or a later one, or has no person for subject.
        for (source, claim_end) in [
            (
                "A title\n\nA source said it was arson, but Reed left. She said no.\n",
                "Reed left",
            ),
            (
                "A title\n\nA source said it was arson on Monday, but Reed left. She said no.\n",
                "arson",
            ),
            (
                "A title\n\nA source said it was arson, but the fire spread. She said no.\n",
                "arson",
            ),
        ] {
            assert_eq!(after_statement(source, claim_end), None, "{source}");
        }
    }
}
