//! Speaker mention boundaries around a cue: the noun phrase before it ("Harbor Authority
//! spokesperson Park Min-seo said"), after it ("said the presidential spokesperson"),
//! appositives ("Hugh Hill, a doctor, said") and relative clauses ("Kim, who ... , said").

mod phrase;
mod segments;
mod words;

use crate::lexicon::lexicon;
use crate::span::{Span, ceil_boundary, floor_boundary};
use crate::text::normalise::{is_dash, is_quote, with_lowercase};
use crate::text::tokens::{Token, tokens};
use phrase::*;
use regex::Regex;
use segments::*;
use std::sync::LazyLock;
pub(crate) use words::lower;
use words::*;
pub use words::{
    IRREGULAR_PAST, LOCATIVES, NAME_PARTICLES, PRONOUNS, ends_ratio, is_day_or_month,
    is_determiner, is_determiner_word, is_ing_word, is_name_word, is_number, is_past_participle,
    is_possessive, is_pronoun,
};

/// A speaker phrase as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// An appositive that describes the speaker, without its commas ("a doctor").
    pub appositive: Option<Span>,
    /// A hedge that stood between the speaker and the cue ("reportedly").
    pub hedge: Option<Span>,
    /// The relative pronoun that stands for the phrase at the cue ("Lee, who said").
    pub relative: Option<Span>,
}

impl Mention {
    /// A mention that is just its words, with no appositive or hedge.
    pub fn bare(span: Span) -> Self {
        Mention {
            span,
            appositive: None,
            hedge: None,
            relative: None,
        }
    }

    /// The words that name the speaker nearest the cue: the relative pronoun if there is
    /// one ("who"), else the phrase.
    pub fn at_cue(&self) -> Span {
        self.relative.unwrap_or(self.span)
    }

    /// Whether its hedge tells that its words were heard from others ("Lee reportedly
    /// told"), not that they were guessed at ("Lee would not say").
    pub fn is_reported(&self, source: &str) -> bool {
        self.hedge
            .is_some_and(|h| with_lowercase(h.text(source), |h| lexicon().reportative.contains(h)))
    }
}

/// How many bytes from its cue a speaker phrase may reach, appositives and all: enough
/// for any real one, and a bound on the work per cue however long the sentence.
pub const REACH: usize = 400;

/// The speaker phrase that ends right before `cue`, looking no further back than `from`.
pub fn before(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let from = from.max(ceil_boundary(source, cue.start.saturating_sub(REACH)));
    // "Pence went on to say": the speaker stands before the bridge.
    let lead = source[from..cue.start].trim_end();
    let cue = match lexicon()
        .cue_bridges_ending(last_word(lead).unwrap_or(""))
        .iter()
        .find(|b| ends_with_words(lead, b))
    {
        Some(bridge) => {
            let at = from + lead.len() - bridge.len();
            Span::new(at, at)
        }
        None => cue,
    };
    // "The ruling led residents to say": the object speaks, read up to its "to".
    let (from, cue) = match prompted_object(lead) {
        Some((object, to)) => (from + object, Span::new(from + to, from + to)),
        None => (from, cue),
    };
    let found = before_cue(source, from, cue);
    // "Experts on river ecology said": the speaker is the noun before the preposition.
    let placed = |m: &Mention| {
        let lead = source[from..m.span.start].trim_end();
        last_word(lead).is_some_and(|w| LOCATIVES.iter().any(|p| p.eq_ignore_ascii_case(w)))
            || serves(lead)
    };
    // "Officials who spoke with the Post said": the phrase is the object in a relative
    // clause; the speaker is what the clause describes.
    let in_relative_clause = |m: &Mention| {
        let lead = source[from..m.span.start].trim_end();
        let clause = lead
            .rfind([',', ';', ':'])
            .map_or(lead, |at| &lead[at + 1..]);
        m.relative.is_none() && (clause.contains(" who ") || clause.contains(" whose "))
    };
    // "A report released by the agency said": the phrase is the object of a participle
    // that modifies the speaker.
    let participle_object = |m: &Mention| {
        let mut words = source[from..m.span.start].trim_end().rsplit(' ');
        let preposition = words.next().unwrap_or("");
        // "filed Monday in county court": time words may stand before the preposition.
        let time = |w: &&str| with_lowercase(w, |w| lexicon().time_words.contains(w));
        (preposition == "by" || LOCATIVES.contains(&preposition))
            && words.find(|w| !time(w)).is_some_and(is_past_participle)
    };
    // "People close to Clinton said": the name is the object of a source's post-modifier;
    // the speaker is the phrase it modifies.
    let postmodifier_object = |m: &Mention| {
        let lead = &source[from..m.span.start];
        POSTMODIFIERS
            .find_iter(lead)
            .last()
            .is_some_and(|p| p.end() == lead.len())
    };
    // "One pastor supporting Mr. Cruz, Ann Lee, said": the phrase is an object; the
    // name after it is the speaker's.
    let object_before_name = |m: &Mention| {
        let lead = source[from..m.span.start].trim_end();
        let named = m
            .appositive
            .is_some_and(|a| a.text(source).starts_with(char::is_uppercase));
        named
            && last_word(lead).is_some_and(|w| {
                is_ing_word(w) || matches!(w, "of" | "for" | "with" | "to" | "about" | "against")
            })
    };
    // "At the rally the mayor of Dover said", "A survey of 900 parents found": a role or
    // a record and its "of" phrase are one speaker.
    let role_of = |m: &Mention| {
        let lead = source[from..m.span.start].trim_end();
        // "A poll of likely voters": an adjective in -ly is left off the phrase read.
        let lead = match lead.rsplit_once(' ') {
            Some((rest, word)) if word.ends_with("ly") && rest.ends_with(" of") => rest,
            _ => lead,
        };
        let before_of = lead.strip_suffix(" of")?.trim_end();
        let end = from + before_of.len();
        let role = before_cue(source, from, Span::new(end, end))?;
        let head = last_word(role.span.text(source))?;
        // "The foreign ministers of Norland and Estmark": a plural role too.
        let lex = lexicon();
        let is_title = with_lowercase(head, |w| {
            lex.titles.contains(w)
                || w.strip_suffix('s')
                    .is_some_and(|one| lex.titles.contains(one))
        });
        // A record, not the act of releasing one ("the release of the Ledger report") nor
        // the object of a verb read into the phrase ("The ad uses footage of Lee").
        let is_record = || {
            // A verb follows a word of its own subject, not a determiner ("The ethics panel").
            let words: Vec<&str> = role.span.text(source).split(' ').collect();
            let verb_inside = (1..words.len().saturating_sub(1)).any(|i| {
                let w = words[i];
                w.ends_with('s')
                    && !w.ends_with("ss")
                    && w.starts_with(char::is_lowercase)
                    && !is_determiner_word(words[i - 1])
            });
            !verb_inside
                && with_lowercase(head, |w| {
                    lex.documents.contains(w) && !w.starts_with("release")
                        || FINDING_BODIES.contains(&w)
                })
        };
        let is_role = is_title || is_record();
        (is_role && role.span.end == end && role.appositive.is_none()).then(|| Mention {
            span: role.span.cover(m.span),
            ..*m
        })
    };
    if let Some(whole) = found.as_ref().and_then(role_of) {
        return Some(whole);
    }
    match found {
        Some(m) if object_before_name(&m) => m.appositive.map(|name| Mention {
            span: name,
            appositive: None,
            ..m
        }),
        Some(m) if in_relative_clause(&m) || participle_object(&m) || postmodifier_object(&m) => {
            postmodified_head(source, from, cue).or(found)
        }
        // "Parents interviewed outside a pharmacy on Elm Street said": a participle's place.
        Some(m) if placed(&m) => head_before_preposition(source, from, cue)
            .or_else(|| {
                m.relative
                    .is_none()
                    .then(|| postmodified_head(source, from, cue))
                    .flatten()
            })
            .or(found),
        Some(_) => found,
        None => postmodified_head(source, from, cue)
            .or_else(|| head_before_preposition(source, from, cue))
            .or_else(|| described_before_aside(source, from, cue))
            .or_else(|| {
                // "Insiders in two states — Ohio and Utah — said": the phrase before the aside.
                let at = aside_start(&source[from..cue.start])?;
                let end = Span::new(from + at, from + at);
                let aside = Span::new(from + at, cue.start);
                head_before_preposition(source, from, end).map(|m| Mention {
                    appositive: Some(
                        aside.trim_matches(source, |c| is_dash(c) || "()".contains(c)),
                    ),
                    ..m
                })
            }),
    }
}

/// "A diplomat based in the capital, who asked not to be named, said": the phrase before an
/// aside set off by commas that describes it, read as if the cue stood at its comma.
fn described_before_aside(source: &str, from: usize, cue: Span) -> Option<Mention> {
    let lead = source[from..cue.start].trim_end().strip_suffix(',')?;
    let comma = from + lead.rfind(',')?;
    let aside = Span::new(comma + 1, from + lead.len()).trim(source);
    if !describes_source(source, aside) {
        return None;
    }
    let found = before(source, from, Span::new(comma, comma))?;
    Some(Mention {
        appositive: found.appositive.or(Some(aside)),
        ..found
    })
}

/// Where the aside between dashes or in brackets that ends `lead` opens, the space before
/// it left out.
fn aside_start(lead: &str) -> Option<usize> {
    let lead = lead.trim_end();
    let close = lead.chars().next_back()?;
    let open = match close {
        ')' => '(',
        '—' | '–' => close,
        _ => return None,
    };
    let at = lead[..lead.len() - close.len_utf8()].rfind(open)?;
    Some(lead[..at].trim_end().len())
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

/// Whether `aside`, set off by commas after a source, describes the source rather than
/// opening what it claims: a relative clause ("who spoke on condition of anonymity") or a
/// determined phrase naming a role, with no verb, that ends on a role or a name ("a
/// spokeswoman for the mayor", "an analyst at Wedbush").
pub fn describes_source(source: &str, aside: Span) -> bool {
    let toks = tokens(source, aside);
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    let verb = toks
        .iter()
        .any(|t| is_past_form(t) || is_auxiliary(&lower(t)));
    let ends_described = last.is_capitalised() || is_role(&lower(last));
    matches!(&*lower(first), "who" | "whose" | "which")
        || (is_determiner(first) && describes_a_role(&toks) && ends_described && !verb)
}

/// Whether a source's post-modifier ("close to", "familiar with") opens the text at `at`.
pub fn postmodifier_at(source: &str, at: usize) -> bool {
    let end = ceil_boundary(source, (at + 48).min(source.len()));
    POSTMODIFIERS
        .find(&source[at.min(end)..end])
        .is_some_and(|m| m.start() == 0)
}

/// The full name that a description at `start` stands beside as its appositive, past an
/// age: "Tom Reed, 64," before "a retired machinist" or "the union leader" (not a place
/// after its preposition: "In Port Ellis, the mayor who said").
fn named_before_appositive(toks: &[Token], start: usize) -> Option<Span> {
    if !matches!(lower(&toks[start]).as_ref(), "a" | "an" | "the")
        || start < 3
        || !toks[start - 1].is(',')
    {
        return None;
    }
    let mut end = start - 1;
    let age = |t: &Token| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit());
    if end >= 3 && age(&toks[end - 1]) && toks[end - 2].is(',') {
        end -= 2;
    }
    let first = (0..end)
        .rev()
        .take_while(|&k| is_name_word(&toks[k]))
        .last()?;
    let placed = first > 0 && PLACE_PREPOSITIONS.contains(&&*lower(&toks[first - 1]));
    (end - first >= 2 && !placed).then(|| toks[first].span.cover(toks[end - 1].span))
}

/// Prepositions that make a name before a comma a place or time, not a person.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "across",
    "near",
    "inside",
    "outside",
    "around",
    "throughout",
];

/// A speaker phrase whose head a post-modifier, relative clause, participle or infinitive
/// phrase separates from the cue.
fn postmodified_head(source: &str, from: usize, cue: Span) -> Option<Mention> {
    // "Judges who ruled on it, for instance, said": past the parentheticals, a phrase that
    // opens its clause (not "for Lee" in "..., forcing her out, said").
    let end = parenthetical_start(source, from, cue.start);
    if end < cue.start {
        return postmodified_head_before(source, from, end)
            .filter(|m| opens_clause_at(source, from, m.span.start));
    }
    postmodified_head_before(source, from, cue.start)
}

fn postmodified_head_before(source: &str, from: usize, end: usize) -> Option<Mention> {
    let region = &source[from..end];
    // A source's post-modifier ("an aide familiar with the talks") or relative clause
    // ("officials who spoke on condition of anonymity") ends the phrase early.
    let postmodifier = POSTMODIFIERS
        .find_iter(region)
        .last()
        .map(|m| m.start())
        .filter(|&at| region.len() - at <= 80);
    let relative = [" who ", " whose ", " that ", " which "]
        .iter()
        .filter_map(|r| region.rfind(r))
        .min()
        .filter(|&at| region.len() - at <= 160 && !region[at..].contains([',', ';']));
    if let Some(at) = postmodifier.into_iter().chain(relative).max() {
        // "Officials — whose party ... —": an opening dash is not the head's.
        let head_end = from + region[..at].trim_end_matches([' ', '—', '–']).len();
        return before_cue(source, from, Span::new(head_end, head_end)).or_else(|| {
            // "those" says nothing without its post-modifier: "those close to her".
            let those = those_ending(source, from, head_end)?;
            let phrase = region[at..].trim_end();
            let plain = !phrase.contains([',', ';', '—', '–', '(']);
            Some(if plain {
                Mention::bare(Span::new(those.span.start, from + at + phrase.len()))
            } else {
                those
            })
        });
    }
    // A participle or infinitive phrase after the head: "activists clamoring to block him
    // say", "the last man to mount a race says", "a lawsuit filed Monday says". The first
    // such word that leaves a speaker.
    let mut window = ceil_boundary(region, region.len().saturating_sub(160));
    // Past a comma only in a new clause: ", and text messages found on his phone suggest";
    // there one lower-case word may be its verb (", but refuses to explain").
    let mut new_clause = false;
    if let Some(mark) = region[window..].rfind([',', ';']).map(|at| window + at) {
        let link = region[mark + 1..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(' ').next())
            .filter(|w| matches!(*w, "and" | "but" | "while" | "yet"))?;
        window = mark + 2 + link.len();
        new_clause = true;
    }
    let one_lower_word = |m: &Mention| {
        let text = m.span.text(source);
        !text.contains(' ') && text.starts_with(char::is_lowercase)
    };
    region[window..]
        .match_indices(' ')
        .map(|(at, _)| window + at)
        .filter(|&at| {
            let word = region[at + 1..].split(' ').next().unwrap_or("");
            // A participle after "be" or "have" is a verb: "I'm thrilled", "had filed".
            let passive = || {
                let before = &region[..at];
                is_auxiliary(last_word(before).unwrap_or(before))
            };
            // "two producing countries", "the leading candidate": a modifier, no participle.
            let modifies = || {
                let before = last_word(&region[..at]).unwrap_or("");
                is_determiner_word(before) || is_number(&before.to_lowercase())
            };
            word == "to"
                || (word.len() > 4 && word.ends_with("ing") && !modifies())
                || (is_past_participle(word) && !passive())
        })
        .filter(|&at| region.len() - at > 12)
        .take(3)
        .find_map(|at| {
            let head_end = Span::new(from + at, from + at);
            // "Organizers of the push to end the war": the head may have its own phrase,
            // when it names people.
            // "A poll from Harbor Law School released Monday": the phrase read after a
            // preposition is its object; the head is before it.
            let object = |m: &Mention| {
                let lead = source[from..m.span.start].trim_end();
                last_word(lead).is_some_and(|w| LOCATIVES.contains(&w) || w == "of")
            };
            before_cue(source, from, head_end)
                .map(|m| {
                    if object(&m) {
                        head_before_preposition(source, from, head_end).unwrap_or(m)
                    } else {
                        m
                    }
                })
                .or_else(|| {
                    head_before_preposition(source, from, head_end)
                        .filter(|m| names_people(m.span.text(source)))
                })
                .filter(|m| !(new_clause && one_lower_word(m)))
        })
}

/// Whether a phrase at `at` opens its clause: nothing but a link or a mark before it.
fn opens_clause_at(source: &str, from: usize, at: usize) -> bool {
    let lead = source[from..at].trim_end();
    match last_word(lead).or((!lead.is_empty()).then_some(lead)) {
        None => true,
        Some(word) => {
            !word.ends_with(char::is_alphanumeric)
                || with_lowercase(word, |w| CLAUSE_LINKS.contains(&w) || FOCUSING.contains(&w))
        }
    }
}

/// Where the parentheticals between commas that end at `end` begin: "Judges who ruled
/// on it, for instance, said" has the phrase end before ", for instance,".
fn parenthetical_start(source: &str, from: usize, end: usize) -> usize {
    let mut end = end;
    for _ in 0..2 {
        let lead = source[from..end].trim_end();
        let Some(close) = lead.strip_suffix(',') else {
            break;
        };
        let Some(open) = close.rfind([',', ';']) else {
            break;
        };
        let segment = tokens(source, Span::new(from + open + 1, from + close.len()));
        if !is_parenthetical(&segment) || segment.len() > 12 {
            break;
        }
        end = from + open;
    }
    end
}

/// A clause-opening noun phrase followed by a prepositional phrase up to the cue: "Experts
/// on river ecology and fisheries said", "Analysts in Lagos say". The mention
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
    // "But", "Even": a link or a focusing adverb that opens the clause.
    let opener = words
        .iter()
        .take_while(|t| {
            let low = lower(t);
            CLAUSE_LINKS.contains(&&*low) || FOCUSING.contains(&&*low)
        })
        .count();
    // "Nearly half of voters in Ohio", "At least 40 percent of ...": a share's
    // approximation before its head.
    let word = |i: usize| words.get(opener + i).map(|t| lower(t));
    let approximation = match (word(0).as_deref(), word(1).as_deref()) {
        (Some("at"), Some("least")) | (Some("more" | "fewer" | "less"), Some("than")) => 2,
        (Some("nearly" | "almost" | "about" | "roughly" | "only" | "just"), _) => 1,
        _ => 0,
    };
    let clause_start = words.get(opener).map(|t| t.span.start);
    let words = &words[(opener + approximation).min(words.len())..];
    // Auxiliaries and adverbs before the cue are not the phrase's: "... nomination have said".
    let between = words
        .iter()
        .rev()
        .take_while(|t| lexicon().adverbs.contains(&*lower(t)))
        .count();
    let words = &words[..words.len() - between];
    let at = words.iter().enumerate().position(|(i, t)| {
        let low = lower(t);
        LOCATIVES.contains(&&*low)
            || low == "of"
            || low == "for"
            || (low == "to" && i > 0 && is_role(&lower(words[i - 1])))
            // "A study by researchers at the university": a record's author.
            || (low == "by" && i > 0 && lexicon().documents.contains(&*lower(words[i - 1])))
    })?;
    if at == 0 || at > 8 || words.len() - at > 14 {
        return None;
    }
    let adverb = |t: &Token| is_adverb(&lower(t));
    // A past form before the head noun is an adjective ("elected officials from ..."); a
    // cue form a determiner marks is a noun ("An earlier report in the Post").
    let adjective = |i: usize| i + 1 < at && (i == 0 || is_determiner(words[i - 1]));
    let determined = |i: usize| {
        i < at
            && (1..=2)
                .filter_map(|back| i.checked_sub(back))
                .any(|d| is_determiner(words[d]))
            && !CLAUSE_WORDS.contains(&&*lower(words[i]))
    };
    // A past form two words after a determiner is the verb: "the affidavit cited". A
    // plural first has no subject before it to be the verb of: "Reports in Spain said".
    let verb = |(i, t): (usize, &&Token)| {
        i != at
            && !(i == 0 && t.text.ends_with('s'))
            && is_verb_like(t)
            && !(adjective(i) && is_past_form(t))
            && (!determined(i) || is_past_form(t))
    };
    // After a determiner an adverb's form is an adjective: "An earlier report".
    let adverb_before_head =
        (0..at).any(|i| adverb(words[i]) && !(i > 0 && is_determiner(words[i - 1])));
    if words.iter().enumerate().any(verb) || adverb_before_head {
        return None;
    }
    let head_end = words[at].span.start;
    let mention = before_cue(source, from + clause, Span::new(head_end, head_end))
        .or_else(|| those_ending(source, from + clause, head_end))?;
    if mention.span.start != words[0].span.start && Some(mention.span.start) != clause_start {
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

/// Whether the head of `phrase`, the word before its first preposition, names people:
/// "Organizers of the push", not "The opening question of the debate".
fn names_people(phrase: &str) -> bool {
    let head = phrase
        .split(' ')
        .take_while(|w| !with_lowercase(w, |w| w == "of" || w == "for" || LOCATIVES.contains(&w)))
        .last()
        .unwrap_or("");
    head.starts_with(char::is_uppercase)
        || with_lowercase(head, |w| is_role(w) || is_agent_plural(w))
}

/// Whether `lead` ends with a role and "to" or "for": "an adviser to", "a spokesman for".
fn serves(lead: &str) -> bool {
    let Some(rest) = lead
        .strip_suffix(" to")
        .or_else(|| lead.strip_suffix(" for"))
    else {
        return false;
    };
    let role = rest.rsplit(' ').next().unwrap_or(rest);
    with_lowercase(role, is_role)
}

/// The last word of `text`, if another stands before it.
fn last_word(text: &str) -> Option<&str> {
    text.rsplit_once(char::is_whitespace).map(|(_, word)| word)
}

/// "those" as the head of a phrase that opens its clause ("..., those close to him say"),
/// ending at `end`.
fn those_ending(source: &str, from: usize, end: usize) -> Option<Mention> {
    let lead = source[from..end].trim_end();
    if !(ends_with_words(lead, "those") || lead.eq_ignore_ascii_case("those")) {
        return None;
    }
    let start = from + lead.len() - "those".len();
    let opens = source[from..start].trim_end();
    (opens.is_empty() || opens.ends_with([',', ';', ':', '.']))
        .then(|| Mention::bare(Span::new(start, start + "those".len())))
}

/// Whether `text` ends with the words `phrase` (lower case), whole words only.
pub fn ends_with_words(text: &str, phrase: &str) -> bool {
    let n = phrase.len();
    text.len() > n
        && text.is_char_boundary(text.len() - n)
        && text[text.len() - n..].eq_ignore_ascii_case(phrase)
        && text[..text.len() - n].ends_with(char::is_whitespace)
}

/// The owner of a possessive whose "'s" stands at `end` ("the port authority" of "the port
/// authority's claim"): a phrase that ends right there.
pub fn owner_before(source: &str, from: usize, end: usize) -> Option<Mention> {
    let mut owner = before_cue(source, from, Span::new(end, end)).filter(|m| m.span.end == end)?;
    // "changes amid Lee": a name after a lower-case word other than a link is the owner.
    let toks = tokens(source, owner.span);
    if let Some(name) = toks.windows(2).rposition(|pair| {
        let low = lower(&pair[0]);
        pair[0].is_word()
            && !pair[0].is_capitalised()
            && !matches!(&*low, "of" | "and" | "for" | "the")
            && !NAME_PARTICLES.contains(&&*low)
            && pair[1].is_capitalised()
    }) {
        owner.span = Span::new(toks[name + 1].span.start, end);
    }
    Some(owner)
}

/// Where the object of a prompting verb a few words before the "to" that `lead` ends with
/// starts, and where that "to" starts: "led many residents to", not "was prompted to".
fn prompted_object(lead: &str) -> Option<(usize, usize)> {
    let object_end = lead.strip_suffix(" to")?.len();
    let mut end = object_end;
    for _ in 0..5 {
        let start = lead[..end].rfind(' ').map_or(0, |at| at + 1);
        let word = &lead[start..end];
        if word.ends_with([',', ';', ':']) {
            return None;
        }
        if end < object_end && with_lowercase(word, |w| lexicon().prompting_verbs.contains(w)) {
            return Some((end + 1, object_end + 1));
        }
        end = start.checked_sub(1)?;
    }
    None
}

/// Phrases of time that may stand between a speaker and the cue.
const TIME_PHRASES: &[&[&str]] = &[
    &["in", "the", "past"],
    &["in", "recent", "days"],
    &["in", "recent", "weeks"],
    &["in", "recent", "months"],
    &["in", "recent", "years"],
    &["for", "years"],
    &["for", "months"],
    &["over", "the", "years"],
    &["at", "times"],
];

/// Finders that are one inquiry or body, read with their "of" phrase ("An audit of the
/// fund"); not "an average of 10 percent".
const FINDING_BODIES: &[&str] = &[
    "audit",
    "review",
    "inquiry",
    "investigation",
    "probe",
    "panel",
];

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
        // "this past week": "past" stands between "this" and the time word.
        let before_time_word = toks
            .get(end)
            .is_some_and(|t| is_day_or_month(t) || t.text == "past");
        // "in 2010": a year and its preposition.
        let year = low.len() == 4
            && low.bytes().all(|b| b.is_ascii_digit())
            && end >= 2
            && matches!(&*lower(&toks[end - 2]), "in" | "since");
        // "on May 3": a date's day after its month.
        let day = low.len() <= 2
            && low.bytes().all(|b| b.is_ascii_digit())
            && end >= 2
            && is_day_or_month(&toks[end - 2]);
        if year || day {
            end -= if year { 2 } else { 1 };
            continue;
        }
        // "have in the past said", "has for years argued": a phrase of time.
        let phrase = TIME_PHRASES.iter().find(|words| {
            end >= words.len()
                && toks[end - words.len()..end]
                    .iter()
                    .zip(words.iter())
                    .all(|(t, w)| t.text.eq_ignore_ascii_case(w))
        });
        if let Some(words) = phrase {
            end -= words.len();
            continue;
        }
        // "Theresa May said": a capitalised "May" after a name is the surname, not the
        // modal (a headline's capitals, "Lee May Quit", are no name).
        let surname = token.text == "May"
            && source[cue.start..].starts_with(char::is_lowercase)
            && end >= 2
            && is_name_word(&toks[end - 2]);
        // "Both said", "and all agreed": where it opens its clause, "all" is the subject,
        // not an adverb as in "they all said" or "Lee (D-Ohio) and Kim — both said".
        let opens_clause = || {
            end == 1 || {
                let before = &toks[end - 2];
                before.is(',') || CLAUSE_LINKS.contains(&&*lower(before))
            }
        };
        if surname || (matches!(&*low, "all" | "both") && opens_clause()) {
            break;
        }
        // Listed adverbs, and manner adverbs in "-ly" ("boldly said").
        let manner = low.ends_with("ly") && is_adverb(&low) && !token.is_capitalised();
        if lex.adverbs.contains(&*low)
            || manner
            || low.ends_with("n't")
            || is_day_or_month(token)
            || low == "last"
            || (matches!(&*low, "on" | "this" | "past") && before_time_word)
        {
            if lex.hedges.contains(&*low) {
                hedge = Some(token.span);
            }
            end -= 1;
        } else {
            break;
        }
    }
    // "I’ve said", "she'd told": the pronoun of a contraction speaks.
    if let Some(token) = end.checked_sub(1).map(|at| &toks[at]) {
        if let Some(pronoun) = contracted_pronoun(token.text) {
            return Some(Mention::bare(Span::new(
                token.span.start,
                token.span.start + pronoun.len(),
            )));
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
    // a speaker wins ("And on Tuesday, Ann Lee, chair of ..., said": not "Tuesday").
    let mut ends = vec![(end, appositive)];
    // The comma may stand inside a closing quotation mark: "host of “Today,” said".
    // Two marks may close it: `region,'' said`.
    let comma_before = |end: usize| {
        let quotes = toks[..end]
            .iter()
            .rev()
            .take(2)
            .take_while(|t| t.text.chars().all(is_quote))
            .count();
        let at = end.checked_sub(1 + quotes)?;
        toks[at].is(',').then_some(at)
    };
    while ends.len() <= 4 && end > 0 {
        let Some(close) = comma_before(end) else {
            break;
        };
        let Some(open) = segment_open(&toks[..close]) else {
            break;
        };
        // A quotation's closing mark after the comma belongs to the title before it:
        // `co-author of "Going Viral," about ...`.
        let words = toks[open + 1..close]
            .iter()
            .take_while(|t| t.text.chars().all(is_quote))
            .count();
        let segment = &toks[open + 1 + words..close];
        // A name after the closed title opens the clause: `on “MSNBC Live,” Ann Lee, ...`,
        // `on “Live,” Rep. Ann Lee (D-Ohio), ...`.
        let name = match aside_before(segment) {
            Some((open, _)) => &segment[..open],
            None => segment,
        };
        let name_after_title = words > 0 && is_name_like(name);
        if segment.is_empty() || segment.len() > 30 || !toks[open].is(',') || name_after_title {
            break;
        }
        let described = || {
            opens_with_name(&toks[..open])
                && !segment.iter().any(is_verb_like)
                && !attributes(segment)
        };
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
    // Past a segment, a phrase after a preposition is an opening adverbial, not the speaker
    // ("In a statement, one of the lawyers, Ann Lee, said").
    ends.into_iter()
        .enumerate()
        .rev()
        .filter(|&(_, (end, _))| end > 0 && !toks[end - 1].is(','))
        .find_map(|(taken, (end, appositive))| {
            let found = phrase_ending(&toks, end, appositive, hedge);
            if taken == 0 || found.is_some_and(|f| !after_preposition(&toks, f.span.start)) {
                return found;
            }
            // "Officials at the port authority, a division of ..., said", "Proponents of
            // the bill, however, say": the head before the preposition.
            let at = found.map_or(toks[end - 1].span.end, |f| f.span.end);
            head_before_preposition(source, from, Span::new(at, at))
                .map(|m| Mention { appositive, ..m })
                .or_else(|| named_appositive(source, taken, appositive))
        })
}

/// Where the comma segment ending at `toks`' end opens: the comma, bracket or semicolon
/// before it, past any bracketed aside inside it ("..., whose ... (ROTC) program, said").
fn segment_open(toks: &[Token]) -> Option<usize> {
    let mut depth = 0usize;
    for (at, t) in toks.iter().enumerate().rev() {
        if t.is(')') {
            depth += 1;
        } else if t.is('(') && depth > 0 {
            depth -= 1;
        } else if depth == 0 && (t.is(',') || t.is('(') || t.is(';')) {
            return Some(at);
        }
    }
    None
}

/// "One delegate not on the slate, Kelly Moss, told": when the phrase before one comma
/// segment reads as no speaker, the name between the commas is (not the state of "a woman
/// in Salem, Oregon, told").
fn named_appositive(source: &str, taken: usize, appositive: Option<Span>) -> Option<Mention> {
    let name = appositive.filter(|_| taken == 1)?;
    let lead = source[..name.start].trim_end().strip_suffix(',')?;
    let after_common_noun = lead.ends_with(|c: char| c.is_lowercase());
    (after_common_noun && is_name_like(&tokens(source, name))).then(|| Mention::bare(name))
}

/// The pronoun of a contraction with an auxiliary: "I’ve", "she'd", "they'll".
fn contracted_pronoun(text: &str) -> Option<&str> {
    let (pronoun, rest) = text.split_once(['\'', '’'])?;
    let auxiliary = matches!(rest, "ve" | "d" | "ll" | "s" | "re" | "m");
    (auxiliary && is_pronoun(pronoun)).then_some(pronoun)
}

/// Whether the token before the one starting at `start` is a preposition.
fn after_preposition(toks: &[Token], start: usize) -> bool {
    let at = toks.partition_point(|t| t.span.start < start);
    at > 0 && {
        let low = lower(&toks[at - 1]);
        LOCATIVES.contains(&&*low) || matches!(&*low, "of" | "for" | "by" | "to" | "about")
    }
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
    // "X, who ... said" / "people who said" / "the Times, which reported": the speaker is
    // the phrase before the relative pronoun ("who’ve said" too).
    let (pronoun, auxiliary) = head_low.split_once(['\'', '’']).unwrap_or((&head_low, ""));
    let relative = matches!(
        (pronoun, auxiliary),
        ("who" | "which", "") | ("who", "ve" | "d")
    );
    if relative && head > 0 {
        // Set off by a comma or a dash ("the study -- which notes ... -- should").
        let before = &toks[head - 1];
        let antecedent_end = if before.is(',') || before.text.chars().all(is_dash) {
            head - 1
        } else if head >= 2 && before.is('-') && toks[head - 2].is('-') {
            head - 2
        } else {
            head
        };
        if antecedent_end == 0 {
            return None;
        }
        let last = antecedent_end - 1;
        // "officials who said", "voters who say", "four in 10 who said".
        let last_low = lower(&toks[last]);
        let digits = last_low.bytes().all(|b| b.is_ascii_digit());
        let start = if lex.is_share(&last_low) || digits || ends_ratio(toks, last) {
            Some(quantity_start(toks, last))
        } else if is_head(&toks[last]) || lex.vague.contains(&*last_low) {
            Some(phrase_start(toks, last))
        } else if last_low == "those" {
            // "those who said", "a majority of those who said".
            Some(partitive_start(toks, last))
        } else {
            // Before "who" the phrase may be an object: "not paying a contractor who said".
            determined_phrase(toks, last, false)
        };
        let relative = Some(Span::new(
            head_token.span.start,
            head_token.span.start + pronoun.len(),
        ));
        let start = start?;
        let antecedent = toks[start].span.cover(toks[last].span);
        // "said Tom Reed, 64, a retired machinist who said": the person the description
        // is an appositive of.
        if let Some(name) = named_before_appositive(toks, start) {
            return Some(Mention {
                span: name,
                appositive: Some(antecedent),
                hedge,
                relative,
            });
        }
        // "who’ve": the pronoun, without its auxiliary.
        return Some(Mention {
            span: antecedent,
            appositive,
            hedge,
            relative,
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
            relative: None,
        });
    }
    // "Having said that, ...": a perfect participle, no one's name.
    if matches!(&*head_low, "having" | "being") {
        return None;
    }
    if is_pronoun(head_token.text) {
        let object_position = head > 0 && lex.cue(&lower(&toks[head - 1])).is_some();
        return (!object_position).then_some(Mention {
            span: head_token.span,
            appositive,
            hedge,
            relative: None,
        });
    }
    let start = if let Some(start) = bare_count_start(toks, head) {
        start
    } else if lex.is_share(&head_low) || ends_ratio(toks, head) {
        // A share of those polled: "42 %", "about two-thirds", "more than 4 in 10 said",
        // "nine out of 10".
        quantity_start(toks, head)
    } else if is_head(head_token)
        || lex.vague.contains(&*head_low)
        || rank_start(toks, head).is_some()
    {
        phrase_start(toks, head)
    } else {
        // Any noun its determiner marks as a phrase: "another commenter", "Romney's aides".
        determined_phrase(toks, head, true)?
    };
    let span = toks[start].span.cover(head_token.span);
    Some(Mention {
        span,
        appositive,
        hedge,
        relative: None,
    })
}

/// The speaker phrase that starts right after `cue` ("said Park Min-seo during ...").
pub fn after(source: &str, cue: Span, to: usize) -> Option<Mention> {
    let to = to.min(floor_boundary(source, cue.end + REACH));
    let toks = tokens(source, Span::new(cue.end, to));
    let first = toks.first()?;
    // "said it" names no speaker; "It attacked him, saying" has "it" for its subject.
    if is_pronoun(first.text) && (cue.is_empty() || !first.text.eq_ignore_ascii_case("it")) {
        // "said he does not": a verb makes the pronoun its clause's subject, the claim's.
        let verb = toks.get(1).is_some_and(|t| {
            let low = lower(t);
            !cue.is_empty()
                && !t.is_capitalised()
                && (is_auxiliary(&low)
                    || CLAUSE_WORDS.contains(&&*low)
                    || low.ends_with("n't")
                    || low.ends_with("ed"))
        });
        return (!verb).then(|| Mention::bare(first.span));
    }
    // "“It is over,” said one.": one of the people the article speaks of, alone.
    let alone = toks
        .get(1)
        .is_none_or(|t| t.is('.') || t.is(',') || t.is(';'));
    if !cue.is_empty() && matches!(&*lower(first), "one" | "another") && alone {
        return Some(Mention::bare(first.span));
    }
    let lex = lexicon();
    let mut index = usize::from(is_determiner(first));
    // A partitive opens the phrase: "said one of those advisers", "a handful of Democrats".
    let of_at = |i: usize| toks.get(i).is_some_and(|t| t.text == "of");
    let counted = toks.get(index).is_some_and(|t| {
        let low = lower(t);
        COLLECTIVES.contains(&&*low) || lex.is_share(&low)
    });
    let of = if index == 1 && of_at(1) {
        Some(1)
    } else {
        (counted && of_at(index + 1)).then_some(index + 1)
    };
    if let Some(of) = of {
        index = of + 1 + usize::from(toks.get(of + 1).is_some_and(is_determiner));
    }
    let mut last_head = None;
    let mut modifiers = 0;
    // Modifiers read since the last head: "Lee spoke of the board" joins no "of" phrase.
    let mut since_head = 0;
    while index < toks.len() && index < 14 {
        let token = &toks[index];
        let low = lower(token);
        // "said Lee and the mayor", "said Doyle and others".
        let next_is_name = toks
            .get(index + 1)
            .is_some_and(|t| is_name_word(t) || t.text == "the" || t.text == "others");
        // After a head, an irregular past is its verb: "The senator sent supporters".
        if last_head.is_some() && IRREGULAR_PAST.contains(&&*low) {
            break;
        }
        if is_head(token) || lex.titles.contains(&*low) {
            last_head = Some(index);
            since_head = 0;
        } else if low == "of" && title_with_of(&toks, index) {
            // "said chief of staff Ann Lee", "said master of ceremonies Ann Lee".
            last_head = Some(index + 1);
            index += 1;
        } else if !(is_possessive(token)
            || ((low == "of" || low == "and" || low == "for" || NAME_PARTICLES.contains(&&*low))
                && next_is_name
                && last_head.is_some()
                && since_head == 0)
            || (low == "the"
                && last_head.is_some()
                && index > 0
                && matches!(&*lower(&toks[index - 1]), "of" | "for"))
            // Right after a cue, before any head, a past form is an adjective: "said retired
            // general Dana Cole" (after a head it is a verb: "Lee attacked Park").
            || ((is_modifier(token)
                || (is_past_form(token) && last_head.is_none() && !cue.is_empty()))
                && modifiers < 4
                && {
                modifiers += 1;
                since_head += 1;
                true
            }))
        {
            break;
        }
        index += 1;
    }
    // A subject read from where its clause starts (no cue before it) may be a determined
    // common noun: "His ex-wife agreed".
    let determined = is_determiner(first) && cue.is_empty() && index > 1;
    // After a cue, a determined noun for a person that the phrase ends on: "said the
    // designer, who ...", "said a retired welder."
    let agent = (is_determiner(first) || of.is_some())
        && !cue.is_empty()
        && index > 1
        && is_agent_noun(&lower(&toks[index - 1]))
        && toks
            .get(index)
            .is_none_or(|t| t.is(',') || t.is('.') || t.is(';') || t.text == "who");
    let head = last_head.or_else(|| (determined || agent).then(|| index - 1))?;
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
        relative: None,
    })
}

#[cfg(test)]
mod tests;
