//! Who the speakers are: one speaker per real person or group across the article.
//! Surname and role coreference ("Park", "the harbor spokesperson" -> Park Min-seo),
//! pronouns (he, she, they -> the nearest compatible speaker, of the same gender where an
//! honorific, role or given name tells it), and anonymous sources kept
//! apart ("a ministry official", "another government official" are two).

mod described;
mod named_later;

use super::antecedent::{self, Subject};
use super::mention::{
    LOCATIVES, Mention, NAME_PARTICLES, ends_ratio, is_determiner, is_determiner_word,
    is_name_word, is_number, is_possessive, is_pronoun, lower, postmodifier_at,
};
use crate::lexicon::{FastMap, FastSet, Gender, lexicon};
use crate::span::{Span, floor_boundary};
use crate::text::normalise::{fold_word_into, key, lowercase, with_lowercase};
use crate::text::tokens::{Token, tokens};
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Named,
    Institution,
    Anonymous,
    Vague,
}

#[derive(Clone, Debug)]
pub struct Speaker {
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub mentions: Vec<Span>,
    /// Its mentions' distinct wordings, folded for comparison (see [`key`]).
    mention_keys: Vec<String>,
    /// Lower-case words of the name, for surname coreference.
    name_words: Vec<String>,
    plural: bool,
    /// A woman or a man, as an honorific, a role, a given name or a pronoun has told.
    gender: Option<Gender>,
    /// An anonymity clause made it an unnamed source ("a scientist, who asked that her name
    /// not be used"), as its head may ("an official"); "a reporter" is none.
    anonymity_clause: bool,
}

/// What a mention says about who is speaking, before coreference.
struct Reading {
    kind: SpeakerKind,
    name: String,
    name_words: Vec<String>,
    role: Option<String>,
    affiliation: Option<String>,
    plural: bool,
    indefinite: bool,
    pronoun: bool,
    has_name: bool,
    gender: Option<Gender>,
    anonymity_clause: bool,
}

/// Whether two genders may be one person's: the same, or one of them untold.
fn agree(a: Option<Gender>, b: Option<Gender>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The gender a mention's words tell: the pronoun it is, or the first honorific, gendered
/// noun or given name in it ("Mrs. Lee", "the mother of", "Ann Lee"; not the "her" of "her
/// spokesman", which is someone else's).
fn gender_of(toks: &[Token], pronoun: bool) -> Option<Gender> {
    if pronoun {
        return match &*toks.first().map(lower).unwrap_or_default() {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
    }
    let genders = &lexicon().genders;
    toks.iter().find_map(|t| genders.get(&*lower(t)).copied())
}

const INDEFINITE: &[&str] = &["a", "an", "one", "another"];
/// Who an institution reaches, not who speaks for it ("CNN viewers", "Twitter users").
const AUDIENCES: &[&str] = &[
    "users",
    "viewers",
    "readers",
    "listeners",
    "followers",
    "subscribers",
    "customers",
    "fans",
];
/// Words that open a vague crowd, wherever it is ("some on Twitter", "many in Congress").
/// Records whose word is a surname as well.
const SURNAME_RECORDS: &[&str] = &["post", "brief", "book", "letter", "release", "message"];
const CROWD_OPENERS: &[&str] = &["some", "many", "most", "others", "those", "all"];
/// Words that make a title another one: "deputy mayor", "assistant secretary".
const RANKS: &[&str] = &[
    "deputy",
    "vice",
    "assistant",
    "associate",
    "acting",
    "interim",
    "lieutenant",
    "under",
];
/// Words of standing or tenure before a title, which name no employer: "a former Acme
/// official", "a senior State Department official".
const STANDINGS: &[&str] = &[
    "former",
    "senior",
    "top",
    "retired",
    "longtime",
    "veteran",
    "current",
    "junior",
    "high-ranking",
];
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "miss", "sir", "mr", "mrs", "ms", "dr",
];

/// A capitalised common noun ("Critics", "Analysts" at a sentence's start) is not a name.
fn is_common_noun(token: &Token) -> bool {
    let lex = lexicon();
    let low = lower(token);
    lex.vague.contains(&*low)
        || lex.anonymous_heads.contains(&*low)
        || (lex.speaker_nouns.contains(&*low) && !lex.institution_heads.contains(token.text))
}

/// The longest title that starts at `index`, as a count of tokens; `phrase` is scratch.
fn title_at(toks: &[Token], index: usize, phrase: &mut String) -> usize {
    let lex = lexicon();
    (1..=3.min(toks.len() - index))
        .rev()
        .find(|&n| {
            phrase.clear();
            for (i, token) in toks[index..index + n].iter().enumerate() {
                if i > 0 {
                    phrase.push(' ');
                }
                fold_word_into(token.text, phrase);
            }
            lex.titles.contains(phrase.as_str())
        })
        .unwrap_or(0)
}

fn join(toks: &[Token]) -> String {
    toks.iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
}

fn is_institution(text: &str, toks: &[Token]) -> bool {
    let lex = lexicon();
    let folded = key(text);
    // The name alone, or as the phrase's first or last words ("the Cheong Wa Dae", "Yonhap
    // reporters"); not its audience ("CNN viewers").
    let names = &lex.institution_names;
    let audience = folded
        .rsplit(' ')
        .next()
        .is_some_and(|last| AUDIENCES.contains(&last));
    // Not the last words after a given name ("Michael Bloomberg") or a place ("supporters in
    // Congress", "critics in Estmark's parliament"): there the name is a surname, or where
    // the speakers work.
    let owns_last_words = |at: usize| {
        let mut words = folded[..at].rsplit(' ');
        let before = words.next().unwrap_or("");
        let owned = before.ends_with("'s") || before.ends_with("’s");
        let place = if owned {
            words.next().unwrap_or("")
        } else {
            before
        };
        !LOCATIVES.contains(&place) && lex.genders.get(before).is_none_or(|_| at != before.len())
    };
    let named = names.contains(&folded)
        || folded.match_indices(' ').any(|(at, _)| {
            names.contains(&folded[..at]) && !audience
                || names.contains(&folded[at + 1..]) && owns_last_words(at)
        })
        || lex
            .countries
            .contains(folded.strip_prefix("the ").unwrap_or(&folded));
    let before_of = toks
        .iter()
        .position(|t| matches!(t.text, "of" | "on" | "for"))
        .and_then(|i| i.checked_sub(1))
        .map(|i| &toks[i]);
    let is_head = |t: &Token| {
        lex.institution_heads.contains(t.text)
            || lex.institution_heads.contains(&*lowercase(t.text))
    };
    // An office its holder's title names: "the secretary of state's office" (not "the
    // head of China's delegation").
    let holders_office = toks.len() >= 3
        && is_possessive(&toks[toks.len() - 2])
        && toks.last().is_some_and(is_head)
        && {
            let holder = &toks[usize::from(lower(&toks[0]) == "the")..toks.len() - 1];
            let title = join(holder).to_lowercase();
            let title = title.strip_suffix("'s").or(title.strip_suffix("’s"));
            title.is_some_and(|t| lex.titles.contains(t))
        };
    // "Democrats on the Judiciary Committee": a place or topic after the head is not it.
    let last = toks
        .iter()
        .position(|t| LOCATIVES.contains(&t.text))
        .filter(|&at| at > 0)
        .map_or(toks.last(), |at| toks.get(at - 1));
    // "Leaders of the organization": people of an institution are not the institution.
    let people_of = before_of.is_some_and(|t| {
        let low = lower(t);
        low.ends_with('s') && lex.speaker_nouns.contains(&*low) && !is_head(t)
    });
    // "The chairman of the committee": the one holder of an office is a person.
    let office_holder = toks.first().is_some_and(|t| lower(t) == "the")
        && !holders_office
        && before_of.is_some_and(|t| {
            let low = lower(t);
            !is_head(t) && (lex.titles.contains(&*low) || matches!(&*low, "head" | "leader"))
        });
    named
        || (!people_of && !office_holder && last.is_some_and(is_head))
        || before_of.is_some_and(|t| t.is_capitalised() && is_head(t))
}

/// Reads a mention: its kind, name, role and affiliation.
/// The gender a relative clause after the mention tells of its speaker: "an official, who
/// asked that her name not be used", "who spoke on condition that he not be named".
fn clause_gender(source: &str, mention: &Mention) -> Option<Gender> {
    let clause = mention.appositive?;
    if !clause.text(source).starts_with("who ") {
        return None;
    }
    tokens(source, clause).iter().find_map(|t| match t.text {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    })
}

/// Words a bare count may open with: "at least 40", "all but two".
const COUNT_APPROXIMATIONS: &[&str] = &[
    "at", "least", "more", "fewer", "less", "than", "about", "nearly", "almost", "roughly", "just",
    "only", "some", "all", "but", "over", "under",
];

fn read(source: &str, mention: &Mention, anonymity: bool) -> Reading {
    let lex = lexicon();
    let text = mention.span.text(source);
    let toks: Vec<Token> = tokens(source, mention.span)
        .into_iter()
        .filter(|t| t.is_word() || t.text == "&")
        .collect();
    let first = toks.first().map(lower).unwrap_or_default();
    // "Democrats on the city council", "the Board of Elections": the head stands before the
    // preposition (not the "in" of a share: "four in 10").
    // "An aide to Lee", "Aides to Lee": "to" after a common noun names whom the speaker
    // serves (not after a title: "Ambassador to Japan Ann Lee").
    let serves = |at: usize| {
        let before = &toks[at - 1];
        toks[at].text == "to"
            && (!before.is_capitalised() || at == 1 && !lex.titles.contains(&*lower(before)))
    };
    // A relative clause ends the head as well: "sources who have seen the letters"; so
    // does a participle's agent: "emails reviewed by the Ledger".
    let of_at = (1..toks.len()).find(|&at| {
        let t = toks[at].text;
        // "four in 10" is a share, "a survey of 900 parents" a record.
        let ratio = matches!(t, "in" | "of")
            && toks.get(at + 1).is_some_and(|n| is_number(&lower(n)))
            && !lex.documents.contains(&*lower(&toks[at - 1]));
        (matches!(t, "of" | "for") || LOCATIVES.contains(&t) || serves(at)) && !ratio
            || matches!(t, "who" | "whose" | "which")
            || t.ends_with("ed") && toks.get(at + 1).is_some_and(|n| n.text == "by")
            // "A study by researchers at the university": a record's author.
            || t == "by" && lex.documents.contains(&*lower(&toks[at - 1]))
    });
    let head_token = toks[..of_at.unwrap_or(toks.len())].last();
    let head = head_token.map(lower).unwrap_or_default();
    // A share of a poll or crowd: "42 percent", "Three-fourths", "one in five", "Majorities
    // in all five states".
    // A count alone is one too: "More than 2,000", "all but two"; not "the two" of a
    // pair named before, nor "a mother of three".
    let number = |low: &str| {
        low.starts_with(|c: char| c.is_ascii_digit())
            && low.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || is_number(low)
    };
    let count = head != "one"
        && number(&head)
        && toks.iter().all(|t| {
            let low = lower(t);
            number(&low) || COUNT_APPROXIMATIONS.contains(&&*low)
        });
    let share = lex.is_share(&head)
        || (of_at == Some(1) && lex.is_share(&first))
        || (of_at.is_none() && !toks.is_empty() && (ends_ratio(&toks, toks.len() - 1) || count));
    let indefinite = INDEFINITE.contains(&&*first);
    // A capitalised head is a name ("Jones"), unless it is a known plural that opens the
    // sentence ("Leaders of the group").
    // "analysis", "census", "virus": singular; "rabbis" plural.
    let common_plural = toks.len() == 1 && common_plural_at_start(source, &toks[0]);
    let plural = head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("sis")
        && !head.ends_with("us")
        && (!head_token.is_some_and(Token::is_capitalised)
            || lex.speaker_nouns.contains(&*head)
            || common_plural)
        || matches!(
            &*first,
            "multiple" | "several" | "some" | "many" | "two" | "three" | "they"
        )
        || head == "people"
        || common_plural;
    let mut reading = Reading {
        kind: SpeakerKind::Named,
        name: text.to_string(),
        name_words: Vec::new(),
        role: None,
        affiliation: None,
        plural,
        indefinite,
        pronoun: is_pronoun(text),
        has_name: false,
        gender: gender_of(&toks, is_pronoun(text)).or_else(|| clause_gender(source, mention)),
        anonymity_clause: false,
    };
    if reading.pronoun {
        reading.plural = matches!(&*first, "they" | "we");
        // "it" is never a person: an organisation or a record.
        if first == "it" {
            reading.kind = SpeakerKind::Institution;
        }
        return reading;
    }
    // Title and name: "Harbor Authority spokesperson Park Min-seo", "President Dana Whitfield";
    // not the title of the person served ("aides to Gov. Ann Lee").
    let mut title_span: Option<(usize, usize)> = None;
    let mut index = 0;
    let mut phrase = String::new();
    // Nor after "for" or "of" that a common noun opens: "a spokesman for House Speaker Ann
    // Lee" is not Ann Lee ("Secretary of State Ann Lee" is).
    let titled = of_at
        .filter(|&at| {
            toks[at].text == "to"
                || matches!(toks[at].text, "for" | "of") && !toks[at - 1].is_capitalised()
        })
        .unwrap_or(toks.len());
    while index < titled {
        let n = title_at(&toks, index, &mut phrase);
        if n > 0 {
            // "the deputy mayor" holds another role than "the mayor".
            let ranked = index > 0 && RANKS.contains(&&*lower(&toks[index - 1]));
            title_span = Some((index - usize::from(ranked), index + n));
            index += n;
        } else {
            index += 1;
        }
    }
    // "Lena Ortiz of the Institute": the name ends at the preposition; in "the Council on
    // Trade Director Nihad Awad" the preposition belongs to the affiliation before the title.
    let title_end = title_span.map(|(_, end)| end);
    // A record's preposition is its own when no name follows the title: "results from the
    // secretary of state's office" (not "a memo from Secretary of State Ann Lee").
    let of_at = of_at.filter(|&at| {
        title_end.is_none_or(|end| {
            end <= at
                || lex.documents.contains(&*lower(&toks[at - 1]))
                    && !toks[end..].iter().any(is_name_word)
        })
    });
    let name_start = title_end.filter(|&end| end < of_at.unwrap_or(toks.len()));
    let (name_start, name_end) = (name_start.unwrap_or(0), of_at.unwrap_or(toks.len()));
    let in_name = &toks[name_start..name_end];
    // "Clinton ally James Carville": a lower-case word between names ends an affiliation;
    // the name is what follows it.
    let in_name = match in_name.iter().rposition(|t| {
        t.text.starts_with(char::is_lowercase)
            && !NAME_PARTICLES.contains(&t.text)
            && !matches!(t.text, "and" | "or")
    }) {
        Some(at) if at > 0 && in_name[..at].iter().any(is_name_word) => {
            let rest = &in_name[at + 1..];
            let names = |t: &Token| is_name_word(t) && !lexicon().titles.contains(&*lower(t));
            if !rest.is_empty() && rest.iter().all(names) {
                rest
            } else {
                in_name
            }
        }
        _ => in_name,
    };
    let name_toks: Vec<Token> = in_name
        .iter()
        .enumerate()
        .filter(|&(at, t)| {
            let named = |t: &Token| {
                is_name_word(t)
                    && !HONORIFICS.contains(&&*lower(t))
                    && !is_determiner(t)
                    && !is_common_noun(t)
            };
            // "Bill de Blasio": a particle between two of the name's words.
            named(t)
                || (NAME_PARTICLES.contains(&t.text)
                    && at > 0
                    && named(&in_name[at - 1])
                    && in_name.get(at + 1).is_some_and(named))
        })
        .map(|(_, t)| *t)
        .collect();
    let name_text = name_toks
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    let title_ends_name = title_span.is_some_and(|(_, e)| e == toks.len());
    let ends_in_name = name_end > 0 && is_name_word(&toks[name_end - 1]);
    // After a possessive a person's name has two words or more ("WHRB's Dana Cole"); one
    // is part of what is owned ("South Korea's Joint Chiefs of Staff").
    let after_possessive = name_toks
        .iter()
        .rposition(is_possessive)
        .map(|at| name_toks.len() - at - 1);
    // "a New Hampshire Republican", "Mexicans": a capitalised common noun is no name.
    // "A New Poll", "the Rivers Consult Poll": a record's title-cased name; not a surname
    // that names a record too ("Emily Post", "Joe Brief").
    let record_name = |word: &str| lex.documents.contains(word) && !SURNAME_RECORDS.contains(&word);
    let looks_personal = ends_in_name
        && !record_name(&lower(&toks[name_end - 1]))
        && !lex.demonyms.contains(&*lower(&toks[name_end - 1]))
        && !name_toks.is_empty()
        && !title_ends_name
        && after_possessive.is_none_or(|n| n >= 2)
        && !share
        && !common_plural
        && !is_institution(&name_text, &name_toks);
    if let Some((title_start, title_end)) = title_span {
        let title = join(&toks[title_start..title_end]);
        if !HONORIFICS.contains(&title.to_lowercase().as_str()) {
            reading.role = Some(title);
        }
        // "his lawyer": a possessive pronoun names no employer.
        let affiliation: Vec<Token> = toks[..title_start]
            .iter()
            .filter(|t| {
                let low = lower(t);
                !INDEFINITE.contains(&&*low)
                    && !STANDINGS.contains(&&*low)
                    && !matches!(
                        &*low,
                        "the" | "his" | "her" | "its" | "their" | "our" | "my"
                    )
            })
            .copied()
            .collect();
        if !affiliation.is_empty() {
            reading.affiliation = Some(join(&affiliation));
        }
    }
    // "of", "for", "at", "from", "to" name whom a speaker works for; "on", "in", "with" a topic
    // or place.
    let affiliated =
        of_at.filter(|&at| matches!(toks[at].text, "of" | "for" | "at" | "from" | "to" | "by"));
    if let Some(of) = affiliated {
        // "one of them": a pronoun is no one's employer.
        let owner_pronoun = toks.len() == of + 2
            && matches!(
                &*lower(&toks[of + 1]),
                "them" | "us" | "you" | "him" | "her" | "it"
            );
        if of + 1 < toks.len() && !owner_pronoun {
            reading.affiliation = Some(join(&toks[of + 1..]));
        }
    }
    if let Some(appositive) = mention.appositive {
        let text = appositive.text(source);
        // Past an age: "27, a Tinder user in New York".
        let text = text
            .split_once(", ")
            .filter(|(age, _)| !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit()))
            .map_or(text, |(_, rest)| rest);
        let stripped = text
            .trim_start_matches(|c: char| c.is_alphabetic())
            .trim_start();
        let first_word = text.split_whitespace().next().unwrap_or("").to_lowercase();
        let role = if matches!(first_word.as_str(), "a" | "an" | "the") {
            stripped
        } else {
            text
        };
        // A relative clause ("who left", "which Lee conceded") is no role, nor an age, a
        // hometown or a state's abbreviation ("41, of Salem, Ore.", "N.C.").
        let relative = first_word.starts_with("who") || first_word == "which";
        let whence = text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(first_word.as_str(), "of" | "from" | "aged")
            || text.len() <= 5 && text.ends_with('.');
        if reading.role.is_none() && !relative && !whence && role.len() < 80 {
            reading.role = Some(role.to_string());
        }
    }
    let folded = key(text);
    let head_phrase = &toks[..of_at.unwrap_or(toks.len())];
    // Who owns a record or words: a person ("his report", "Lee's claim", "an email from Ann
    // Lee") or an organisation ("CNN's poll").
    let record_owner = || {
        if matches!(&*first, "his" | "her")
            || personal_owner(source, &toks)
            || affiliated.is_some_and(|of| {
                let owner = Span::new(toks[of].span.end, mention.span.end);
                of + 1 < toks.len() && personal_name(source, owner).is_some()
            })
        {
            Some(SpeakerKind::Named)
        } else if toks.first().is_some_and(is_possessive)
            || first == "its"
            // "results from the secretary of state's office", "figures from the bank".
            || affiliated.is_some_and(|of| {
                let owner = &toks[of + 1..];
                matches!(toks[of].text, "from" | "by" | "of")
                    && !owner.is_empty()
                    && is_institution(
                        &source[owner[0].span.start..mention.span.end],
                        owner,
                    )
            })
        {
            Some(SpeakerKind::Institution)
        } else {
            None
        }
    };
    // "the chief executive" is one person, whom the role names; "an executive" is not.
    let chief = head_phrase.len() >= 2 && lower(&head_phrase[head_phrase.len() - 2]) == "chief";
    let anonymous_head = !chief
        && (lex.anonymous_heads.contains(&*head) || lex.anonymous_heads.contains(&with_s(&head)));
    // "A lawyer for one of the bidders, Lumen Marine, said": the appositive names the one
    // the speaker works for, unless it opens with a given name ("The owner of one of the
    // cafes, Ann Lee").
    let names_the_one = mention.appositive.filter(|&a| {
        let first = a.text(source).split(' ').next().unwrap_or("");
        ends_in_one_of(&toks) && with_lowercase(first, |w| !lex.genders.contains_key(w))
    });
    if let Some(appositive) = names_the_one {
        reading.affiliation = Some(appositive.text(source).to_string());
    }
    // "His campaign manager, Jeff Wong, said": the name stands in the appositive.
    let appositive_name = mention
        .appositive
        .filter(|_| !looks_personal && !anonymity && names_the_one.is_none())
        .map(|a| before_relative_clause(source, a))
        .and_then(|a| personal_name(source, a).or_else(|| before_affiliation(source, a)));
    // "The terminal's operator, Lumen Logistics, said": the organisation named beside a
    // description of no person.
    let appositive_institution = mention
        .appositive
        .filter(|_| !looks_personal && !anonymity && appositive_name.is_none())
        .filter(|&a| names_the_one.is_none() && names_institution(source, a));
    if let Some(institution) = appositive_institution {
        reading.kind = SpeakerKind::Institution;
        reading.role = Some(join(&toks));
        reading.has_name = true;
        reading.name = institution.text(source).to_string();
        reading.name_words = Vec::new();
        reading.plural = true;
        return reading;
    }
    // "Lumen Marine, the company that would do the work, said": a name its appositive
    // calls an organisation.
    let called_organisation = mention
        .appositive
        .filter(|_| !anonymity && appositive_name.is_none())
        .is_some_and(|a| describes_organisation(a.text(source)));
    // The name is capitalised words alone: not "Officials at Homeland Security, a division".
    let only_a_name = toks.iter().all(Token::is_capitalised);
    if called_organisation && only_a_name {
        reading.kind = SpeakerKind::Institution;
        reading.plural = true;
        return reading;
    }
    if let Some(name_toks) = appositive_name {
        reading.kind = SpeakerKind::Named;
        reading.has_name = true;
        reading.name = join(&name_toks);
        reading.name_words = name_words(&name_toks);
        let role: Vec<Token> = toks.iter().filter(|t| !is_determiner(t)).copied().collect();
        reading.role = Some(join(&role));
        reading.plural = false;
        return reading;
    }
    // "Ryan and Trump": two people speaking together, not one named "Ryan Trump"; no later
    // surname stands for both.
    let coordinated = in_name
        .windows(3)
        .any(|w| w[1].text == "and" && is_name_word(&w[0]) && is_name_word(&w[2]));
    // A full name ("Ann Lee", "Mr. Lee") is on the record whatever follows it: "Lee, a
    // lawyer involved in the case", "said Ann Lee, who is close to the mayor"; an anonymity
    // clause later in the sentence is another source's ("..., said an official who spoke
    // anonymously"). Not so "one Democrat, who spoke on condition of anonymity".
    let full_name = !indefinite && (name_toks.len() >= 2 || title_span.is_some());
    let looks_personal = looks_personal && (full_name || !anonymity);
    if looks_personal && coordinated {
        reading.kind = SpeakerKind::Named;
        reading.plural = true;
    } else if looks_personal
        && (definite_organisation(&toks, title_span, &name_toks)
            || short_form_of_institution(source, &name_toks, title_span.is_some())
            || kind_of_organisation_before(&toks, &name_toks))
    {
        reading.kind = SpeakerKind::Institution;
        reading.plural = true;
    } else if looks_personal {
        reading.kind = SpeakerKind::Named;
        reading.has_name = true;
        reading.name = name_text;
        reading.name_words = name_words(&name_toks);
        reading.plural = false;
    } else if let Some(lead) = leading_name(&toks) {
        // "Trump and his attorneys", "Hawkins and others": the one named speaks on the record.
        let lead_span = Span::new(lead[0].span.start, lead[lead.len() - 1].span.end);
        reading.kind = if is_institution(lead_span.text(source), lead) {
            SpeakerKind::Institution
        } else {
            SpeakerKind::Named
        };
        reading.plural = true;
    } else if anonymity || anonymous_head {
        // "Some say, citing officials who spoke on condition of anonymity": a vague source
        // stays vague, unless the post-modifier is its own ("people close to Lee").
        reading.kind = if lex.vague.contains(&folded) && !postmodifier_at(source, mention.span.end)
        {
            SpeakerKind::Vague
        } else {
            SpeakerKind::Anonymous
        };
    } else if document_head(head_phrase)
        && (!plural || records_owned(head_phrase) || record_owner().is_some())
        || words_said(head_phrase) && record_owner().is_some()
    {
        // "a CBS poll released Monday", "the lawsuit": a record speaks for whoever made it,
        // an organisation unless a person owns it ("Lee's memo", "his report", "a memo from
        // Ann Lee").
        reading.kind = record_owner().unwrap_or(SpeakerKind::Institution);
        // "an analysis by Ann Lee": the author named is the speaker.
        let author = affiliated
            .filter(|&by| toks[by].text == "by" && by + 1 < toks.len())
            .and_then(|by| personal_name(source, Span::new(toks[by].span.end, mention.span.end)));
        if let Some(author) = author {
            reading.has_name = true;
            reading.name = join(&author);
            reading.name_words = name_words(&author);
        }
    } else if is_institution(text, &toks) && !CROWD_OPENERS.contains(&&*first) && first != "former"
    {
        reading.kind = SpeakerKind::Institution;
        reading.plural = true;
    } else if share
        || lex.vague.contains(&folded)
        || lex.vague.contains(&*head)
        || (!head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()))
        || CROWD_OPENERS.contains(&&*first)
    {
        reading.kind = SpeakerKind::Vague;
    } else if reading.role.is_some() && !plural {
        // "A former Lee spokesman" speaks for no one now.
        let former = toks
            .iter()
            .any(|t| matches!(&*lower(t), "former" | "retired"));
        reading.kind = if speaks_for_institution(&reading, indefinite) && !former {
            // "A Treasury spokesman said": the institution's word, as "a spokesman for
            // the Treasury" is.
            SpeakerKind::Institution
        } else if indefinite {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Named
        };
    } else if plural && first == "the" && role_holders_of_name(&toks, affiliated) {
        // "The leaders of Norland and Estmark": particular people, on the record.
        reading.kind = SpeakerKind::Named;
    } else {
        // "another commenter", "Romney's associates": unnamed but particular people.
        let particular = (indefinite && !plural)
            || toks.first().is_some_and(is_possessive)
            || one_of_group(&toks);
        reading.kind = if particular {
            SpeakerKind::Anonymous
        } else if indefinite || plural {
            SpeakerKind::Vague
        } else {
            SpeakerKind::Named
        };
    }
    reading.anonymity_clause = reading.kind == SpeakerKind::Anonymous && anonymity;
    reading
}

/// "utility company Pacific Valley Power", "the retailer Northwind Outfitters": a name right
/// after a common noun for a kind of organisation is an organisation's.
fn kind_of_organisation_before(toks: &[Token], name: &[Token]) -> bool {
    let Some(first) = name.first() else {
        return false;
    };
    let at = toks.iter().position(|t| t.span == first.span).unwrap_or(0);
    at > 0 && {
        let before = lower(&toks[at - 1]);
        before.starts_with(|c: char| c.is_ascii_lowercase())
            && lexicon().institution_heads.contains(&*before)
    }
}

/// "Forecasters warned", "Mourners recalled": one capitalised plural that opens its
/// sentence, and that the article capitalises nowhere else but at a sentence's start, is a
/// common noun. A surname is written mid-sentence or after a first name somewhere ("Ann
/// Rivers", "said Rivers").
fn common_plural_at_start(source: &str, word: &Token) -> bool {
    let text = word.text;
    let bytes = text.as_bytes();
    let plural_form = bytes.len() >= 4
        && bytes[0].is_ascii_uppercase()
        && bytes[1..]
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b == b'-')
        && (text.ends_with('s') && !text.ends_with("ss") && !text.ends_with("us")
            // "Fishermen", "Businesswomen": not "Carmen" nor "Yemen".
            || text.ends_with("men") && text.len() >= 8);
    let opens_sentence = |at: usize| {
        let before = source[..at].trim_end_matches([' ', '\t']);
        let before = before.trim_end_matches(['"', '”', '’', '\'']);
        before.is_empty() || before.ends_with(['\n', '.', '!', '?'])
    };
    // A capitalised word before it: "Ann Rivers", "Dana J. Rivers", "Sen. Rivers";
    // not a sentence's last word ("... in Ohio. Mourners").
    let after_capitalised = |at: usize| {
        let before = source[..at].trim_end_matches(' ');
        let last = before.rsplit([' ', '\n']).next().unwrap_or("");
        before.len() < at
            && last.starts_with(|c: char| c.is_uppercase())
            && (!last.ends_with(['.', '!', '?']) || last.len() <= 4)
    };
    // Its own place is one of those searched.
    plural_form
        && memchr::memmem::find_iter(source.as_bytes(), bytes).all(|at| {
            let end = at + bytes.len();
            let whole = !source[..at].ends_with(|c: char| c.is_alphanumeric())
                && !source[end..].starts_with(|c: char| c.is_alphanumeric());
            !whole || opens_sentence(at) && !after_capitalised(at)
        })
}

/// "Calloway denied" after "Calloway Pharmaceuticals": one word that the article gives
/// before a capitalised institution's head ("Pharmaceuticals", "Group") and never after
/// another capitalised word but a function word ("Ann Calloway", "Sen. Calloway"), so not
/// "Trump" after "Trump Organization" and "Donald Trump".
fn short_form_of_institution(source: &str, name: &[Token], titled: bool) -> bool {
    let [word] = name else {
        return false;
    };
    if titled || HONORIFICS.contains(&&*lower(word)) {
        return false;
    }
    let lex = lexicon();
    let mut heads = false;
    for (at, _) in source.match_indices(word.text) {
        // A whole word only: not "Cruz" in "Cruzado".
        let inside_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let rest = &source[at + word.text.len()..];
        if inside_word(source[..at].chars().next_back()) || inside_word(rest.chars().next()) {
            continue;
        }
        let next = rest.strip_prefix(' ').map(|rest| {
            rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '\''))
                .next()
                .unwrap_or("")
        });
        heads |= next.is_some_and(|n| {
            n.starts_with(char::is_uppercase) && lex.institution_heads.contains(n)
        });
        let before = source[..at].strip_suffix(' ').unwrap_or("");
        let previous = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if previous.starts_with(char::is_uppercase)
            && !lex.stopwords.contains(&*lowercase(previous))
        {
            return false;
        }
    }
    heads
}

/// "The Orlando Sentinel", "the NAACP", "the Museum of Modern Art": "the" before nothing
/// but capitalised words, with no title and no possessive, names an organisation; not a
/// family ("the Khans"), nor a person after a role ("the venture capitalist Ann Lee").
fn definite_organisation(toks: &[Token], title: Option<(usize, usize)>, name: &[Token]) -> bool {
    let family = |t: &Token| t.text.ends_with('s') && t.text.chars().any(char::is_lowercase);
    let capitalised = |t: &Token| t.is_capitalised() || matches!(t.text, "of" | "and" | "&");
    toks.first().is_some_and(|t| lower(t) == "the")
        && toks[1..].iter().all(capitalised)
        && title.is_none()
        && !name.iter().any(is_possessive)
        && !(name.len() == 1 && family(&name[0]))
}

/// Whether the phrase opens with a possessive that names no institution ("Ann Lee's memo",
/// not "CNN's poll" or "the agency's report").
fn personal_owner(source: &str, toks: &[Token]) -> bool {
    let Some(owner_end) = toks.iter().position(is_possessive) else {
        return false;
    };
    let owner = &toks[..=owner_end];
    let span = Span::new(owner[0].span.start, owner[owner_end].span.end);
    let text = span.text(source);
    let text = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|mark| text.strip_suffix(mark))
        .unwrap_or(text);
    owner.iter().all(Token::is_capitalised) && !is_institution(text, owner)
}

/// Records that a person writes as often as an organisation: their writer is not told.
const PERSONAL_RECORDS: &[&str] = &[
    "letter", "email", "emails", "tweet", "post", "message", "book",
];

/// Whether a phrase's head is a document, not a personal record: its last word ("the
/// lawsuit") or the word before a participle or relative clause ("a CBS poll released
/// Monday", "a poll that shows").
fn document_head(toks: &[Token]) -> bool {
    let documents = &lexicon().documents;
    toks.iter().enumerate().any(|(at, t)| {
        let word = lower(t);
        documents.contains(&*word)
            && !PERSONAL_RECORDS.contains(&&*word)
            && toks.get(at + 1).is_none_or(|next| {
                let next_word = lower(next);
                matches!(&*next_word, "that" | "which")
                    || next_word.ends_with("ed") && !next.is_capitalised()
            })
    })
}

/// The name that leads a phrase of one named and others unnamed: "Trump" in "Trump and
/// his attorneys", "the Pentagon" in "the Pentagon and its allies"; not "Democrats and
/// others".
fn leading_name<'t>(toks: &'t [Token<'t>]) -> Option<&'t [Token<'t>]> {
    let and = toks.iter().position(|t| t.text == "and")?;
    let others = toks.get(and + 1).map(lower)?;
    let lead = &toks[usize::from(lower(&toks[0]) == "the")..and];
    // "Democrats and others", "Officials and others": a crowd, named by none.
    let crowd_word = |t: &Token| {
        let word = lower(t);
        let lex = lexicon();
        lex.demonyms.contains(&*word) || word.ends_with('s') && lex.speaker_nouns.contains(&*word)
    };
    (matches!(
        &*others,
        "his" | "her" | "their" | "its" | "other" | "others"
    ) && !lead.is_empty()
        && lead.len() <= 4
        && lead.iter().all(is_name_word)
        && !lead.iter().any(crowd_word))
    .then_some(lead)
}

/// Whether `toks` end in "one of" a few words after a link: "A lawyer for one of the
/// bidders", "a friend of one of them".
fn ends_in_one_of(toks: &[Token]) -> bool {
    let Some(one) = toks.iter().rposition(|t| lower(t) == "one") else {
        return false;
    };
    let linked = one > 0 && matches!(toks[one - 1].text, "for" | "of" | "at" | "to");
    let rest = &toks[one + 1..];
    linked && rest.first().is_some_and(|t| t.text == "of") && rest.len() <= 4
}

/// "The other", "the second": one of a group named before, by its place alone, not by name.
fn one_of_group(toks: &[Token]) -> bool {
    matches!(toks, [the, place] if lower(the) == "the"
        && matches!(&*lower(place), "other" | "first" | "second" | "third" | "fourth"))
}

/// Whether a phrase's head is words a speaker says, or writes as a person does: they speak
/// for their owner once one is named ("Sanders's claim", "Rubio's response", "an email from
/// Ann Lee"), not when none is ("the claim", "a letter").
fn words_said(head_phrase: &[Token]) -> bool {
    head_phrase.last().is_some_and(|t| {
        let word = lower(t);
        lexicon().speech_nouns.iter().any(|noun| *noun == *word)
            || PERSONAL_RECORDS.contains(&&*word)
            || SPOKEN.contains(&&*word)
    })
}

/// What a speaker said or wrote, beyond the speech nouns and records.
const SPOKEN: &[&str] = &[
    "response",
    "account",
    "remarks",
    "words",
    "answer",
    "reply",
    "testimony",
    "memoir",
];

/// Modifiers that make plural records an organisation's: "company documents", "court
/// records", "state corporate records".
const ORGANISATION_MODIFIERS: &[&str] = &[
    "company",
    "court",
    "state",
    "government",
    "federal",
    "agency",
    "city",
    "county",
    "police",
    "party",
    "campaign",
    "congressional",
];

/// Whether plural records name whose they are before their head: a possessive ("its FEC
/// reports", "the state's records", "his documents"), an organisation's name ("F.A.A.
/// records", "Federal Election Commission filings") or kind ("company documents"), or
/// "the" before them ("the findings": records the article has met); not "polls", "exit
/// polls", "press reports" or "Recent polls" opening a sentence.
fn records_owned(toks: &[Token]) -> bool {
    let documents = &lexicon().documents;
    let head = toks
        .iter()
        .position(|t| documents.contains(&*lower(t)))
        .unwrap_or(toks.len());
    let modifiers = &toks[..head];
    let acronym = |t: &Token| t.text.chars().filter(char::is_ascii_uppercase).count() >= 2;
    modifiers.iter().enumerate().any(|(at, t)| {
        let word = lower(t);
        is_possessive(t)
            || at == 0 && word == "the"
            || matches!(&*word, "his" | "her" | "its" | "their")
            || ORGANISATION_MODIFIERS.contains(&&*word)
            || t.is_capitalised()
                && (at > 0
                    || acronym(t)
                    || modifiers.get(1).is_some_and(Token::is_capitalised)
                    || is_institution_word(t))
    })
}

/// Whether a capitalised word alone names an organisation, by name or as a lower-case head
/// ("Treasury", "Pentagon"; not "Press", a head only as a name's last word).
fn is_institution_word(token: &Token) -> bool {
    let lex = lexicon();
    let low = lower(token);
    lex.institution_names.contains(&*low) || lex.institution_heads.contains(&*low)
}

/// Whether a sentence in `text` after its first opens with a full name ("Ed Brook spoke
/// ..."): a person a later "he" may stand for, though no statement of theirs was read.
fn names_a_subject(text: &str) -> bool {
    text.split_inclusive(['.', '\n']).skip(1).any(|sentence| {
        let mut words = sentence.split_whitespace();
        let mut capitalised = || {
            words.next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && !is_determiner_word(w) && !is_pronoun(w)
            })
        };
        capitalised() && capitalised()
    })
}

/// `word` with an "s" on.
fn with_s(word: &str) -> String {
    let mut plural = String::with_capacity(word.len() + 1);
    plural.push_str(word);
    plural.push('s');
    plural
}

/// A name's words, lower-cased, possessives off, for surname coreference.
fn name_words(name: &[Token]) -> Vec<String> {
    name.iter()
        .map(|t| lower(t).trim_end_matches("'s").to_string())
        .collect()
}

/// The tokens of `span` when they are a person's name: two to four capitalised words that
/// do not name an institution.
pub(super) fn personal_name(source: &str, span: Span) -> Option<Vec<Token<'_>>> {
    let mut toks: Vec<Token> = tokens(source, span)
        .into_iter()
        .filter(|t| !t.is('.'))
        .collect();
    // "former Secretary of State Ann Lee", "state Sen. Ann Lee": the name after a title.
    let qualified = toks
        .iter()
        .take_while(|t| matches!(&*lower(t), "former" | "then" | "acting" | "state"))
        .count();
    // "Ms. Lee": after an honorific, a surname alone is a name.
    let honorific = toks.len() > 1 && HONORIFICS.contains(&&*lower(&toks[0]));
    if honorific {
        toks.remove(0);
    } else if qualified < toks.len() {
        let title = title_at(&toks, qualified, &mut String::new());
        if title > 0 {
            toks.drain(..qualified + title);
        }
    }
    let all_names = toks
        .iter()
        .all(|t| is_name_word(t) && !HONORIFICS.contains(&&*lower(t)));
    let text = span.text(source);
    let words = if honorific { 1..=4 } else { 2..=4 };
    (words.contains(&toks.len()) && all_names && !is_institution(text, &toks)).then_some(toks)
}

/// The name before an affiliation in `span`: "Ann Lee of Harbor University", "Ann Lee at
/// the port"; not one of two ("Ann Lee of Ohio and Tom Reed of Iowa").
/// An appositive without the relative clause after its name: "Ann Ruiz" in "Ann Ruiz, who
/// has ridden the ferry for years".
fn before_relative_clause(source: &str, appositive: Span) -> Span {
    let text = appositive.text(source);
    [", who ", ", whose "]
        .iter()
        .filter_map(|r| text.find(r))
        .min()
        .map_or(appositive, |at| {
            Span::new(appositive.start, appositive.start + at)
        })
}

/// Nouns that call what they describe an organisation, and nothing else ("carrier" and
/// "service" may be a person's work).
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "corporation",
    "conglomerate",
    "agency",
    "organization",
    "organisation",
    "association",
    "nonprofit",
    "charity",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "manufacturer",
    "automaker",
    "carmaker",
    "chipmaker",
    "publisher",
    "utility",
    "operator",
    "startup",
    "foundation",
    "institute",
    "ministry",
    "department",
    "coalition",
];

/// Whether an appositive calls what it describes an organisation: its head noun, before
/// any preposition or relative clause, is one ("the company that would do the work", "a
/// Boston-based firm"; not "a lawyer at the firm", nor "a University of Ohio professor").
fn describes_organisation(appositive: &str) -> bool {
    let words: Vec<&str> = appositive.split_whitespace().collect();
    let determined = words
        .first()
        .is_some_and(|w| matches!(*w, "the" | "a" | "an" | "its" | "The" | "A" | "An"));
    // "of" inside a capitalised name ("University of Ohio") goes on with the phrase.
    let ends_phrase = |at: usize| {
        let word = words[at];
        let in_name = word == "of"
            && words[at - 1].starts_with(char::is_uppercase)
            && words
                .get(at + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        !in_name
            && matches!(
                word,
                "of" | "at"
                    | "for"
                    | "in"
                    | "on"
                    | "with"
                    | "from"
                    | "to"
                    | "by"
                    | "during"
                    | "under"
                    | "since"
                    | "and"
                    | "that"
                    | "which"
                    | "who"
                    | "whose"
                    | "based"
            )
    };
    let end = (1..words.len())
        .find(|&at| ends_phrase(at))
        .unwrap_or(words.len());
    let head = words[..end]
        .last()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    determined
        && end > 1
        && head.is_some_and(|w| with_lowercase(w, |w| ORGANISATION_NOUNS.contains(&w)))
}

/// Whether the words at `span` are an organisation's name, capitalised ("Lumen Logistics",
/// "the Harbor Authority"; not "a shipping company").
fn names_institution(source: &str, span: Span) -> bool {
    let toks = tokens(source, span);
    let named = toks
        .iter()
        .find(|t| !is_determiner(t))
        .is_some_and(|t| t.is_capitalised());
    named && is_institution(span.text(source), &toks)
}

fn before_affiliation(source: &str, span: Span) -> Option<Vec<Token<'_>>> {
    let text = span.text(source);
    if text.contains(" and ") {
        return None;
    }
    let at = [" of ", " at ", " from "]
        .iter()
        .filter_map(|link| text.find(link))
        .min()?;
    personal_name(source, Span::new(span.start, span.start + at))
}

/// Endings of nouns for people: "developer", "donor", "neurosurgeon", "activist".
const PERSON_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ess", "man", "woman", "an", "eon", "ent", "ant",
];

/// Whether a reading is an unnamed spokesperson who gives an institution's or a principal's
/// word: "a ministry spokesman", "A Rovers spokeswoman", "a spokesman for the mayor" (not
/// "a former Lee spokesman").
fn speaks_for_institution(reading: &Reading, indefinite: bool) -> bool {
    let spokes = reading
        .role
        .as_deref()
        .is_some_and(|role| role_head(role).starts_with("spokes"));
    spokes
        && reading.affiliation.as_deref().is_some_and(|body| {
            let toks = tokens(body, Span::new(0, body.len()));
            let principal = body.starts_with(char::is_uppercase) || body.starts_with("the ");
            indefinite && principal || is_institution(body, &toks)
        })
}

/// Whether `mention` names no one: a vague group ("some in the party") or an anonymous
/// source ("two officials").
pub fn names_no_one(source: &str, mention: &Mention) -> bool {
    matches!(
        read(source, mention, false).kind,
        SpeakerKind::Vague | SpeakerKind::Anonymous
    )
}

/// Whether a speaker may be a "he" or "she": a name, a role, a pronoun or a noun for a
/// person before any preposition ("the retired neurosurgeon", not "the available evidence",
/// "the letter" or "the pitch on Kickstarter").
fn is_someone(speaker: &Speaker) -> bool {
    if !speaker.name_words.is_empty() || speaker.role.is_some() || is_pronoun(&speaker.name) {
        return true;
    }
    let lex = lexicon();
    lowercase(&speaker.name)
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "on" | "for" | "at" | "in" | "from" | "with"))
        .any(|w| {
            let noun = !lex.documents.contains(w) && !w.ends_with("ment");
            lex.titles.contains(w)
                || noun
                    && (lex.speaker_nouns.contains(w)
                        || PERSON_ENDINGS.iter().any(|e| w.ends_with(e)))
        })
}

/// A spokesperson the mention names by the role alone.
const BARE_SPOKESPEOPLE: [&str; 3] = ["a spokesman", "a spokeswoman", "a spokesperson"];

/// Whether text between two mentions keeps them in one paragraph or the next.
fn next_paragraph_at_most(between: &str) -> bool {
    between.matches('\n').count() <= 2
}

/// The last word of a role, for matching "the presidential spokesperson" to "spokesperson".
fn role_head(role: &str) -> String {
    let head = role_word_head(role);
    match lexicon().role_synonyms.get(&head) {
        Some(same) => same.clone(),
        None => head,
    }
}

/// Whether the paragraph of `at`, before it, names someone other than `person` who may be
/// of `person`'s gender: "Trump was talking ... when he told" is about Trump, not the
/// person the lede opened with. Capitalised words after an article are an organisation's
/// ("with the Harbor Gazette").
fn other_named_before(source: &str, at: usize, person: &Reading) -> bool {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let toks = tokens(source, Span::new(start, at));
    let mut i = 0;
    while i < toks.len() {
        let run = toks[i..]
            .iter()
            .take_while(|t| is_name_word(t) && !is_pronoun(t.text))
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        let words = &toks[i..i + run];
        // Nor is a people's name ("Indian immigrants").
        let no_person = i > 0 && is_determiner(&toks[i - 1])
            || run == 1 && lexicon().demonyms.contains(&*lower(&words[0]));
        let theirs = words
            .iter()
            .all(|t| person.name_words.iter().any(|w| *w == *lower(t)));
        let gender = gender_of(words, false);
        if !no_person && !theirs && (gender.is_none() || gender == person.gender) {
            return true;
        }
        i += run;
    }
    false
}

/// The word that heads a role as written ("sen." of "state Sen.").
fn role_word_head(role: &str) -> String {
    if !role.contains(" of ") {
        return role.split_whitespace().last().unwrap_or("").to_lowercase();
    }
    let role = role.to_lowercase();
    // A title with "of" in it ("Secretary of State") is the secretary, not the state.
    let words: Vec<&str> = role.split_whitespace().collect();
    let titled = words.windows(3).find(|w| {
        w[1] == "of"
            && lexicon()
                .titles_with_of
                .iter()
                .any(|(before, after)| before == w[0] && after == w[2])
    });
    titled
        .map_or(words.last().copied(), |w| Some(w[0]))
        .unwrap_or("")
        .to_string()
}

/// A statement's speaker mention, with what its context tells about it.
#[derive(Clone, Copy, Debug)]
pub struct InContext {
    pub mention: Mention,
    /// An anonymity clause goes with it ("..., who asked not to be named").
    pub anonymity: bool,
    /// For a "he" or "she" opening a sentence, the name opening the sentence before (see
    /// `antecedent::prior_subject`).
    pub prior_subject: Option<Subject>,
    /// It stands inside a quotation: an "I" there is the quoted speaker; outside one, the
    /// writer, whom no one else quoted is.
    pub quoted: bool,
    /// Its statement is a question ("a reporter asked"): a "he" after it is whoever answers.
    pub asks: bool,
}

impl InContext {
    pub fn bare(mention: Mention) -> Self {
        InContext {
            mention,
            anonymity: false,
            prior_subject: None,
            quoted: false,
            asks: false,
        }
    }
}

/// Whether `toks` are the holders of a plural role of a named place or body, its "of" at
/// `of`: "the foreign ministers of Norland and Estmark" (not "the leaders of the group").
fn role_holders_of_name(toks: &[Token], of: Option<usize>) -> bool {
    let Some(of) = of.filter(|&of| of > 0 && toks[of].text == "of") else {
        return false;
    };
    let head = lower(&toks[of - 1]);
    let role = head
        .strip_suffix('s')
        .is_some_and(|one| lexicon().titles.contains(one));
    let owner = toks[of + 1..].iter().find(|t| !is_determiner(t));
    role && owner.is_some_and(|t| t.is_capitalised())
}

/// Resolves each statement's mention to a speaker; returns the speakers (in order of first
/// mention) and each mention's speaker index.
/// `body` is where the article's body starts, past its title.
pub fn resolve(
    source: &str,
    body: usize,
    mentions: &[Option<InContext>],
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    resolve_about(source, (body, None), mentions)
}

/// `resolve`, for an article about the person its lede opens with (`lede`, see
/// `antecedent::lede_subject`): a "he" or "she" that no speaker before fits is that person
/// ("Ann Rivers, who guided ships for four decades, died ... as she later told an
/// interviewer").
pub fn resolve_about(
    source: &str,
    (body, lede): (usize, Option<Subject>),
    mentions: &[Option<InContext>],
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    let mut found = Found::default();
    let mut assigned: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
    // A reading depends on the mention's words alone: "he" or "Kim" is read once.
    let mut readings: FastMap<(&str, Option<&str>, bool), (Reading, String)> = FastMap::default();
    for entry in mentions {
        let Some(InContext {
            mention,
            anonymity,
            prior_subject,
            quoted,
            asks,
        }) = entry
        else {
            assigned.push(None);
            continue;
        };
        let text = mention.span.text(source);
        let appositive = mention.appositive.map(|a| a.text(source));
        let (reading, text_key) = readings
            .entry((text, appositive, *anonymity))
            .or_insert_with(|| (read(source, mention, *anonymity), key(text)));
        let (reading, text_key) = (&*reading, text_key.clone());
        // "Reed did not speak to reporters. He has said ...": the person the sentence
        // before was about, as if named here.
        let subject = prior_subject
            .filter(|_| reading.pronoun)
            .and_then(|subject| match text_key.as_str() {
                "it" => institution_subject(source, subject),
                _ => found.subject(&assigned, source, subject, reading.gender),
            });
        let pronoun_gender = reading.gender;
        let subject_key;
        let (mut reading, mut at, mut lookup_key) = match &subject {
            Some((subject, span)) => {
                subject_key = key(span.text(source));
                (subject, *span, &subject_key)
            }
            None => (reading, mention.span, &text_key),
        };
        // "When I asked her office ...": the writer, outside every quotation.
        let writer = !quoted && text_key == "i";
        let mut earlier = if writer {
            found.writer
        } else {
            found.existing(&assigned, reading, lookup_key, (source, at))
        };
        // A "he" or "she" no speaker fits: the person the lede opens with, if named in full
        // with a name or title that tells a gender (the pronoun's, as `subject` sees to).
        let lede_person;
        let personal = matches!(text_key.as_str(), "he" | "she");
        if earlier.is_none() && subject.is_none() && personal {
            let person = lede
                .and_then(|lede| found.subject(&assigned, source, lede, pronoun_gender))
                .filter(|(person, _)| {
                    person.name_words.len() >= 2
                        && person.gender.is_some()
                        && !other_named_before(source, mention.span.start, person)
                });
            if let Some((person, span)) = person {
                lede_person = (person, key(span.text(source)));
                (reading, at, lookup_key) = (&lede_person.0, span, &lede_person.1);
                earlier = found.existing(&assigned, reading, lookup_key, (source, at));
            }
        }
        // Nor a speaker before at all: a role the sentence before opens with ("The mayor
        // unveiled a plan. She promised ..."), which may be anyone's epithet otherwise.
        let role_person;
        if earlier.is_none() && subject.is_none() && personal {
            let role = prior_subject.and_then(|s| role_subject(source, s, pronoun_gender));
            if let Some((role, span)) = role {
                role_person = (role, key(span.text(source)));
                (reading, at, lookup_key) = (&role_person.0, span, &role_person.1);
                earlier = found.existing(&assigned, reading, lookup_key, (source, at));
            }
        }
        let index = match earlier {
            Some(index) => {
                let speaker = &mut found.speakers[index];
                // "Lumen Systems" after a headline's "Lumen": the full name.
                let fuller_institution = speaker.kind == SpeakerKind::Institution
                    && reading.kind == SpeakerKind::Institution
                    && reading.name.starts_with(speaker.name.as_str())
                    && reading.name.len() > speaker.name.len()
                    && reading.name.as_bytes()[speaker.name.len()] == b' ';
                if fuller_institution {
                    speaker.name = reading.name.clone();
                }
                if reading.has_name && reading.name_words.len() > speaker.name_words.len() {
                    speaker.name = reading.name.clone();
                    speaker.name_words = reading.name_words.clone();
                    found.index_name(index);
                }
                let speaker = &mut found.speakers[index];
                speaker.gender = speaker.gender.or(reading.gender).or(pronoun_gender);
                if speaker.role.is_none() {
                    speaker.role = reading.role.clone();
                }
                if speaker.affiliation.is_none() {
                    speaker.affiliation = reading.affiliation.clone();
                }
                index
            }
            None => {
                // "Torres said", after "unveiled by Mayor Lucia Torres": the name in full.
                // "The governor said", after "Gov. Ellen Marsh": the one person so titled.
                let (name, name_words, gender) = full_name_before(source, body, reading, at)
                    .or_else(|| titled_name_before(source, body, reading, (at, lookup_key)))
                    .or_else(|| {
                        described_institution_before(source, body, reading, (at, &text_key))
                    })
                    .unwrap_or_else(|| {
                        let name = if reading.has_name {
                            reading.name.clone()
                        } else if let Some(described) =
                            described::described_source(source, reading, at)
                        {
                            described
                        } else {
                            // A pronoun for the role before it goes by the role's words.
                            at.text(source).to_string()
                        };
                        (name, reading.name_words.clone(), None)
                    });
                found.add(Speaker {
                    name,
                    kind: reading.kind,
                    role: reading.role.clone(),
                    affiliation: reading.affiliation.clone(),
                    mentions: Vec::new(),
                    mention_keys: Vec::new(),
                    name_words,
                    plural: reading.plural,
                    gender: reading.gender.or(gender).or(pronoun_gender),
                    anonymity_clause: reading.anonymity_clause,
                })
            }
        };
        if writer {
            found.writer = Some(index);
        }
        found.mention(index, mention.span, text_key);
        found.asked_last[index] = *asks;
        assigned.push(Some(index));
    }
    let mut speakers = found.speakers;
    named_later::merge_named_later(source, body, &mut speakers, &mut assigned);
    (speakers, assigned)
}

/// The one person in a role that `subject` is, unnamed ("The club's captain", "the
/// mayor"), when the role agrees with `gender`.
fn role_subject(source: &str, subject: Subject, gender: Option<Gender>) -> Option<(Reading, Span)> {
    let span = subject.written;
    let reading = read(source, &Mention::bare(span), false);
    let one = reading.kind == SpeakerKind::Named && reading.role.is_some();
    let fits = one && !reading.has_name && !reading.plural && agree(reading.gender, gender);
    fits.then_some((reading, span))
}

/// The institution an "it" stands for: its sentence's subject, read as one ("Lumen
/// Systems" in "Lumen Systems unveiled a tablet it says will last").
fn institution_subject(source: &str, subject: Subject) -> Option<(Reading, Span)> {
    let span = subject.written;
    let mut reading = read(source, &Mention::bare(span), false);
    // A single name that tells no person ("Acme unveiled a phone it says ...").
    let impersonal = reading.kind == SpeakerKind::Named
        && reading.name_words.len() == 1
        && reading.gender.is_none()
        && reading.role.is_none();
    if impersonal {
        reading.kind = SpeakerKind::Institution;
    }
    (reading.kind == SpeakerKind::Institution).then_some((reading, span))
}

/// The one person ("Ellen Marsh") that the article's body titles, before `at`, with the role
/// that a definite mention names alone ("the governor": "Gov. Ellen Marsh", "Governor
/// Ellen Marsh"), as `full_name_before` gives it.
/// How far back the institution that "the group" stands for is looked for.
const INSTITUTION_REACH: usize = 600;

/// "the group" after "The National Coffee Association, an industry group," or "the
/// authority" after "the Harbor Authority": a definite head noun alone, no speaker yet, is
/// the last institution met before it (in its paragraph or the one before) that the
/// appositive calls so or whose name ends in it.
fn described_institution_before(
    source: &str,
    body: usize,
    reading: &Reading,
    (at, text_key): (Span, &str),
) -> Option<(String, Vec<String>, Option<Gender>)> {
    let head = text_key.strip_prefix("the ")?;
    let lex = lexicon();
    if reading.kind != SpeakerKind::Institution || !lex.institution_heads.contains(head) {
        return None;
    }
    // A mention in the title stands before the body: nothing is looked for there.
    let start = floor_boundary(source, at.start.saturating_sub(INSTITUTION_REACH))
        .max(body)
        .min(at.start);
    let mut region = &source[start..at.start];
    // In its paragraph or the one before.
    if let Some(cut) = region.rmatch_indices("\n\n").nth(1).map(|(i, _)| i) {
        region = &region[cut..];
    }
    let toks = tokens(region, Span::new(0, region.len()));
    let is_head = |t: &Token| t.text.eq_ignore_ascii_case(head);
    // One word will do before an appositive ("Lumen, a software company,"), unless it opens
    // a phrase of time or place ("Yesterday, a group").
    let name_before = |end: usize, least: usize| {
        let words = toks[..end]
            .iter()
            .rev()
            .take_while(|t| is_name_word(t) || matches!(t.text, "of" | "for" | "and"))
            .count();
        let first = toks[end - words..end]
            .iter()
            .position(|t| is_name_word(t) && !is_determiner_word(t.text))?;
        let name = &toks[end - words + first..end];
        let opener = |t: &Token| {
            let word = lower(t);
            lex.time_words.contains(&*word) || lex.adverbial_openers.contains(&*word)
        };
        let one_opener = name.len() == 1 && opener(&name[0]);
        let whole = name.last().is_some_and(is_name_word);
        (name.len() >= least && whole && !one_opener).then_some(name)
    };
    let found = (1..toks.len()).rev().find_map(|k| {
        if !is_head(&toks[k]) {
            return None;
        }
        // "Harbor Authority": a name that ends in the head.
        if toks[k].is_capitalised() {
            return name_before(k + 1, 2);
        }
        // "..., an industry group,": the name before the appositive's comma.
        let comma = (k.saturating_sub(5)..k).rev().find(|&c| toks[c].is(','))?;
        let opens = toks
            .get(comma + 1)
            .is_some_and(|t| INDEFINITE.contains(&&*lower(t)));
        (opens && toks[comma + 2..k].iter().all(|t| t.is_word())).then(|| name_before(comma, 1))?
    })?;
    let name = join(found);
    Some((name, name_words(found), None))
}

fn titled_name_before(
    source: &str,
    body: usize,
    reading: &Reading,
    (at, text_key): (Span, &str),
) -> Option<(String, Vec<String>, Option<Gender>)> {
    let definite = text_key.starts_with("the ") && !reading.plural && !reading.indefinite;
    if reading.has_name || !definite || reading.kind != SpeakerKind::Named {
        return None;
    }
    let role = role_head(reading.role.as_deref().unwrap_or(text_key));
    let lex = lexicon();
    if !lex.titles.contains(&role) {
        return None;
    }
    let places = capitalised_modifiers(at.text(source));
    let forms = lex
        .role_synonyms
        .iter()
        .filter(|(_, same)| **same == role)
        .map(|(form, _)| form.as_str())
        .chain([role.as_str()]);
    let start = body.min(at.start);
    let region = &source[start..at.start];
    let mut found: Option<(String, Vec<String>, Option<Gender>)> = None;
    for form in forms {
        let mut titled = form.to_string();
        if let Some(first) = titled.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        titled.push(' ');
        for (i, _) in region.match_indices(&titled) {
            let open = region[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            // Not another title ("Vice President Joe Ruiz") nor an organisation's ("Harbor
            // Bank President Ann Lee").
            let previous = region[..i]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            let other = with_lowercase(previous, |p| {
                lex.titles.contains(&format!("{p} {form}")) || lex.institution_heads.contains(p)
            });
            let reach = floor_boundary(source, (start + i + titled.len() + 48).min(at.start));
            let after = tokens(source, Span::new(start + i + titled.len(), reach));
            let names = after.iter().take(4).take_while(|t| is_name_word(t)).count();
            if !open || other || names < 2 {
                continue;
            }
            // "Governor Ann Lee's plan": the name without its possessive.
            let last = after[names - 1].text;
            let owned = ["'s", "’s"]
                .iter()
                .find(|s| last.ends_with(*s))
                .map_or(0, |s| s.len());
            let span = Span::new(start + i, after[names - 1].span.end - owned);
            let Some(name) = personal_name(source, span) else {
                continue;
            };
            // "the Florida senator" is not "Sen. Dana Cole" of Iowa.
            let surname = name[name.len() - 1].text;
            if !places
                .iter()
                .all(|p| described_near(source, at.start, surname, p))
            {
                continue;
            }
            let gender = gender_of(&name, false);
            if !agree(gender, reading.gender) {
                continue;
            }
            let joined = join(&name);
            match &found {
                None => found = Some((joined, name_words(&name), gender)),
                Some((known, _, _)) if *known != joined => return None,
                Some(_) => {}
            }
        }
    }
    found
}

/// The one full name ("Ann Torres") that the article's body gives before `at` for a person
/// `reading` names by surname alone ("Torres", "Ms. Torres"), as (name, name words, the
/// gender its given name tells), when all the full names there share one given name.
fn full_name_before(
    source: &str,
    body: usize,
    reading: &Reading,
    at: Span,
) -> Option<(String, Vec<String>, Option<Gender>)> {
    let [surname] = &reading.name_words[..] else {
        return None;
    };
    if !reading.has_name || reading.kind != SpeakerKind::Named {
        return None;
    }
    let toks = tokens(source, at);
    let written = toks.iter().rev().find(|t| t.is_word())?.text;
    let written = written.strip_suffix("'s").unwrap_or(written);
    let mut full: Option<(String, Vec<String>, Option<Gender>)> = None;
    // The names already read: an article repeats a name many times.
    let mut seen: Vec<&str> = Vec::new();
    for span in antecedent::name_candidates(source, written, body.min(at.start), at.start) {
        let text = span.text(source);
        if seen.contains(&text) {
            continue;
        }
        seen.push(text);
        // "Mr. Torres" is no full name.
        let Some(name) = personal_name(source, span).filter(|name| name.len() >= 2) else {
            continue;
        };
        let words = name_words(&name);
        let gender = gender_of(&name, false);
        if words.last() != Some(surname) || !agree(gender, reading.gender) {
            continue;
        }
        match &full {
            None => full = Some((join(&name), words, gender)),
            // "Bill Clinton" and "Hillary Clinton": which one is not told.
            Some((_, known, _)) if known[0] != words[0] => return None,
            Some(_) => {}
        }
    }
    full
}

/// How many of the latest attributed statements role and pronoun coreference look back on.
const RECENT: usize = 64;

/// The speakers found so far, indexed for the look-ups coreference makes.
#[derive(Default)]
struct Found {
    speakers: Vec<Speaker>,
    /// Each folded wording -> the first speaker mentioned so.
    by_key: FastMap<String, usize>,
    /// Each name word -> the speakers whose names hold it.
    by_name_word: FastMap<String, Vec<usize>>,
    /// (speaker, mention) pairs recorded.
    seen: FastSet<(usize, Span)>,
    /// The writer: an "I" outside quotations.
    writer: Option<usize>,
    /// Per speaker, whether their latest statement was a question.
    asked_last: Vec<bool>,
}

impl Found {
    fn add(&mut self, speaker: Speaker) -> usize {
        self.speakers.push(speaker);
        self.asked_last.push(false);
        let index = self.speakers.len() - 1;
        self.index_name(index);
        index
    }

    fn index_name(&mut self, index: usize) {
        for word in &self.speakers[index].name_words {
            let list = self.by_name_word.entry(word.clone()).or_default();
            if !list.contains(&index) {
                list.push(index);
            }
        }
    }

    fn mention(&mut self, index: usize, span: Span, text_key: String) {
        if !self.seen.insert((index, span)) {
            return;
        }
        let speaker = &mut self.speakers[index];
        speaker.mentions.push(span);
        if !speaker.mention_keys.contains(&text_key) {
            speaker.mention_keys.push(text_key.clone());
        }
        self.by_key.entry(text_key).or_insert(index);
    }

    /// How the person a sentence opened with reads, and where: by their full name, unless
    /// a speaker other than its bearer bears the name as written; none for a surname never
    /// named in full that no speaker bears, or for a person not of the pronoun's `gender`.
    fn subject(
        &self,
        assigned: &[Option<usize>],
        source: &str,
        subject: Subject,
        gender: Option<Gender>,
    ) -> Option<(Reading, Span)> {
        // Read as a name, with the speaker that bears it, if one does.
        let named = |span: Span| {
            let reading = read(source, &Mention::bare(span), false);
            if !reading.has_name || reading.kind != SpeakerKind::Named {
                return None;
            }
            let bearer = self.existing(assigned, &reading, &key(span.text(source)), (source, span));
            Some((reading, span, bearer))
        };
        // The bearer's gender if there is one, else the name's.
        let fits = |(reading, _, bearer): &(Reading, Span, Option<usize>)| {
            let known = bearer.and_then(|i| self.speakers[i].gender);
            agree(known.or(reading.gender), gender)
        };
        let full = subject.full_name.and_then(named).filter(fits);
        // "The club's captain was ...": one person in a role someone holds ("Reed's
        // lawyer"). An epithet ("The Vermont senator") may be any speaker's before it.
        let role = || {
            let owned = tokens(source, subject.written).iter().any(is_possessive);
            role_subject(source, subject, gender).filter(|_| owned)
        };
        let Some(written) = named(subject.written).filter(|w| w.2.is_some()) else {
            // Past an opening phrase, a name that tells the pronoun's gender ("Tom Reed",
            // not "Elm Park").
            if subject.past_opening {
                return full
                    .filter(|(reading, ..)| reading.gender.is_some())
                    .map(|(reading, span, _)| (reading, span));
            }
            // A given name alone that tells the pronoun's gender: "Ann left. She said".
            let given = || {
                named(subject.written)
                    .filter(|w| w.0.name_words.len() == 1 && w.0.gender.is_some() && fits(w))
                    .map(|(reading, span, _)| (reading, span))
            };
            return full
                .map(|(reading, span, _)| (reading, span))
                .or_else(role)
                .or_else(given);
        };
        if !fits(&written) {
            return None;
        }
        let chosen = match full {
            Some(full) if full.2 == written.2 => full,
            _ => written,
        };
        Some((chosen.0, chosen.1))
    }

    /// The speaker an earlier mention made that `reading`, at `at` in `source`, is.
    fn existing(
        &self,
        assigned: &[Option<usize>],
        reading: &Reading,
        text_key: &str,
        (source, at): (&str, Span),
    ) -> Option<usize> {
        let speakers = &self.speakers;
        // The writer is no one the article quotes.
        let recent = || {
            let writer = self.writer;
            assigned
                .iter()
                .rev()
                .flatten()
                .copied()
                .take(RECENT)
                .filter(move |&i| Some(i) != writer)
        };
        if reading.pronoun {
            return if reading.plural {
                // Not an "it" no one was found for: a thing, never "they".
                recent().find(|&i| {
                    let speaker = &speakers[i];
                    speaker.plural
                        || speaker.kind != SpeakerKind::Named
                            && !speaker.name.eq_ignore_ascii_case("it")
                })
            } else if text_key == "it" {
                recent().find(|&i| speakers[i].kind == SpeakerKind::Institution)
            } else {
                let person = |i: &usize| {
                    let speaker = &speakers[*i];
                    is_someone(speaker) && !speaker.plural && agree(speaker.gender, reading.gender)
                };
                // "An official said ... He added": the unnamed source of the statement just
                // before goes on, in its paragraph or the next.
                let unnamed_source = recent().next().filter(person).filter(|&i| {
                    let speaker = &speakers[i];
                    let near = |m: &Span| {
                        source.get(m.end..at.start).is_some_and(|between| {
                            next_paragraph_at_most(between) && !names_a_subject(between)
                        })
                    };
                    let head = role_head(speaker.role.as_deref().unwrap_or(&speaker.name));
                    // Any other unnamed person goes on in their own paragraph, unless they
                    // asked a question: "he replied" is the one asked.
                    let in_paragraph = |m: &Span| {
                        !self.asked_last[i]
                            && source
                                .get(m.end..at.start)
                                .is_some_and(|b| !b.contains('\n'))
                    };
                    // So does an institution's unnamed spokeswoman: "She said ..." after her.
                    let unnamed = match speaker.kind {
                        SpeakerKind::Anonymous => {
                            speaker.anonymity_clause
                                || lexicon().anonymous_heads.contains(&*head)
                                || speaker.mentions.last().is_some_and(in_paragraph)
                        }
                        SpeakerKind::Institution => head.starts_with("spokes"),
                        _ => false,
                    };
                    unnamed && speaker.mentions.last().is_some_and(near)
                });
                unnamed_source.or_else(|| {
                    recent().find(|i| speakers[*i].kind == SpeakerKind::Named && person(i))
                })
            };
        }
        // The same words again ("officials" ... "officials") are the same speaker, unless the
        // words introduce someone new ("a ministry official", "another government official").
        if !reading.indefinite {
            if let Some(&same_text) = self.by_key.get(text_key) {
                return Some(same_text);
            }
            // An institution's name with or without its article: "White House" in a
            // headline, "The White House" in the body.
            if reading.kind == SpeakerKind::Institution {
                let other = match text_key.strip_prefix("the ") {
                    Some(bare) => bare.to_string(),
                    None => format!("the {text_key}"),
                };
                if let Some(&same_name) = self.by_key.get(other.as_str()) {
                    return Some(same_name);
                }
            }
        }
        match reading.kind {
            SpeakerKind::Named if reading.has_name => {
                // Only speakers that share a name word can match; the first of them wins.
                let candidates = reading
                    .name_words
                    .iter()
                    .filter_map(|w| self.by_name_word.get(w))
                    .flatten()
                    .copied();
                candidates
                    .filter(|&i| {
                        let s = &speakers[i];
                        s.kind == SpeakerKind::Named
                            && !s.name_words.is_empty()
                            && agree(s.gender, reading.gender)
                            && (reading.name_words.iter().all(|w| s.name_words.contains(w))
                                || s.name_words.iter().all(|w| reading.name_words.contains(w)))
                    })
                    .min()
            }
            // "The ministry declined to comment. A spokesman said ...": a bare spokesperson
            // speaks for the institution just before, in its paragraph or the next.
            _ if reading.indefinite && BARE_SPOKESPEOPLE.contains(&text_key) => {
                recent().next().filter(|&i| {
                    let speaker = &speakers[i];
                    speaker.kind == SpeakerKind::Institution
                        && speaker.mentions.last().is_some_and(|m| {
                            source
                                .get(m.end..at.start)
                                .is_some_and(next_paragraph_at_most)
                        })
                })
            }
            // "Two diplomats said ... “...,” one of them said": a member speaks for the
            // group just before, in its paragraph or the next.
            _ if MEMBERS_OF_THEM.contains(&text_key) => recent().next().filter(|&i| {
                speakers[i].plural
                    && matches!(
                        speakers[i].kind,
                        SpeakerKind::Anonymous | SpeakerKind::Vague
                    )
                    && speakers[i].mentions.last().is_some_and(|m| {
                        source
                            .get(m.end..at.start)
                            .is_some_and(next_paragraph_at_most)
                    })
            }),
            _ if reading.indefinite => None,
            SpeakerKind::Institution if STATEMENTS.contains(&text_key) => {
                statement_issuer(speakers, recent().next()?, (source, at))
            }
            SpeakerKind::Institution => {
                institution_named_before(speakers, recent(), text_key)
                    .filter(|&i| {
                        // Met in this paragraph or the one before: a live blog's next entry
                        // may be about another campaign.
                        speakers[i].mentions.last().is_some_and(|m| {
                            source
                                .get(m.end..at.start)
                                .is_some_and(next_paragraph_at_most)
                        })
                    })
                    .or_else(|| short_form_of(speakers, &reading.name))
            }
            SpeakerKind::Named | SpeakerKind::Anonymous | SpeakerKind::Vague => {
                // "The mayor said ... The 58-year-old Democrat added": an age with no name
                // stands for the person who spoke just before, in that paragraph or the next.
                let aged = text_key.starts_with("the ") && text_key.contains("-year-old");
                if aged && !reading.plural {
                    let last = recent().next().filter(|&i| {
                        let speaker = &speakers[i];
                        speaker.kind == SpeakerKind::Named
                            && is_someone(speaker)
                            && !speaker.plural
                            && agree(speaker.gender, reading.gender)
                            && speaker.mentions.last().is_some_and(|m| {
                                source
                                    .get(m.end..at.start)
                                    .is_some_and(next_paragraph_at_most)
                            })
                    });
                    if last.is_some() {
                        return last;
                    }
                }
                let role = reading
                    .role
                    .as_deref()
                    .map(role_head)
                    .or_else(|| text_key.split_whitespace().last().map(role_head))?;
                // "three people familiar with the talks" ... "the people": a definite
                // plural is the unnamed group met before under that noun.
                let group = reading.plural && text_key.starts_with("the ");
                let vague = reading.kind == SpeakerKind::Vague;
                // "the Florida senator": a capitalised word before the role must describe
                // the speaker ("Sen. Ann Lee of Florida"); of several, one will do.
                let places = capitalised_modifiers(at.text(source));
                let placed = |speaker: &Speaker| {
                    places.is_empty()
                        || places
                            .iter()
                            .any(|place| described_as(source, at.start, speaker, place))
                };
                // "the foreign minister" is not "Prime Minister Ann Lee".
                let title = compound_title(reading.role.as_deref().unwrap_or(text_key));
                let same_title = |speaker: &Speaker| {
                    let other = speaker.role.as_deref().and_then(compound_title);
                    title.is_none() || other.is_none() || title == other
                };
                recent().find(|&i| {
                    let speaker = &speakers[i];
                    let same_role = speaker.role.as_deref().map(role_head).as_deref()
                        == Some(role.as_str())
                        && same_title(speaker);
                    // "a western diplomat in beijing": the head before its place.
                    let named_so = |k: &String| {
                        let head = k
                            .split(' ')
                            .take_while(|w| !LOCATIVES.contains(w))
                            .last()
                            .unwrap_or("");
                        k.ends_with(&role)
                            || head == role
                            || lexicon().role_synonyms.get(head) == Some(&role)
                            || (group && k.split(' ').any(|w| w == role))
                    };
                    let same_source = speaker.kind == SpeakerKind::Anonymous
                        && speaker.mention_keys.iter().any(named_so)
                        && if group {
                            speaker.plural
                        } else {
                            !reading.plural
                        };
                    // A vague crowd ("two-thirds of insiders") is none of them but a group.
                    (same_role || same_source) && (!vague || group) && placed(speaker)
                })
            }
        }
    }
}

/// One of a group the article has just met, by a pronoun.
const MEMBERS_OF_THEM: &[&str] = &[
    "one of them",
    "one of those",
    "another of them",
    "one",
    "another",
];

/// A statement named again by its noun alone.
const STATEMENTS: &[&str] = &[
    "the statement",
    "the joint statement",
    "the written statement",
];

/// How far after its issuer's mention a statement is looked for: "The ministry on Tuesday
/// issued a statement", "Lee said in a written statement".
const ISSUED_WITHIN: usize = 60;

/// "The ministry issued a statement ... “...,” the statement said": the statement is the
/// word of the speaker just read (`last`) with a statement right after their mention, in
/// this paragraph or the one before.
fn statement_issuer(
    speakers: &[Speaker],
    last: usize,
    (source, at): (&str, Span),
) -> Option<usize> {
    let mention = speakers[last].mentions.last()?;
    let after = source.get(mention.end..floor_boundary(source, mention.end + ISSUED_WITHIN))?;
    let (between, _) = after.split_once(" statement")?;
    // "said in a statement", "on Tuesday issued a statement"; not "said Cook provided a
    // statement", someone else's.
    let lex = lexicon();
    let own = between.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            || with_lowercase(w, |w| lex.time_words.contains(w))
    });
    let near = source
        .get(mention.end..at.start)
        .is_some_and(next_paragraph_at_most);
    (near && own && !between.contains(['.', '!', '?', ';'])).then_some(last)
}

/// The title of two or three words that ends a role ("prime minister" of "Poland's prime
/// minister", "press secretary"), lower-cased; none for a one-word title or a title with
/// "of".
fn compound_title(role: &str) -> Option<String> {
    if role.contains(" of ") {
        return None;
    }
    let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
    (2..=3.min(words.len()))
        .rev()
        .map(|n| words[words.len() - n..].join(" "))
        .find(|title| lexicon().titles.contains(title.as_str()))
}

/// "the ministry" after "South Korea's Foreign Ministry", "the company" after "Lumen
/// Systems": a definite head noun alone stands for the institution just met that it heads,
/// or, for a business, one whose name ends in a business's word.
fn institution_named_before(
    speakers: &[Speaker],
    mut recent: impl Iterator<Item = usize>,
    text_key: &str,
) -> Option<usize> {
    let lex = lexicon();
    let head = text_key.strip_prefix("the ")?;
    if head.contains(' ') || !lex.institution_heads.contains(head) {
        return None;
    }
    let business = lex.company_heads.contains(head);
    // "the study" after "A new study by researchers at the university": a record's head
    // stands anywhere in its phrase.
    let record = lex.documents.contains(head);
    recent.find(|&i| {
        let speaker = &speakers[i];
        let last = speaker.name.rsplit(' ').next().unwrap_or("");
        // A name or a described head, not a bare one: "Lumen Systems", "The state
        // environment agency", not "The firm".
        let words: Vec<&str> = speaker
            .name
            .split(' ')
            .filter(|w| !matches!(*w, "The" | "the" | "A" | "a" | "An" | "an"))
            .collect();
        let named = words.len() >= 2 || words.iter().any(|w| w.starts_with(char::is_uppercase));
        speaker.kind == SpeakerKind::Institution
            && named
            && (last.eq_ignore_ascii_case(head)
                || business && lex.company_heads.contains(last)
                || record
                    && speaker
                        .name
                        .split(' ')
                        .any(|w| w.eq_ignore_ascii_case(head)))
    })
}

/// The institution that `name` is the full or the short form of, by its first word:
/// "Lumen" and "Lumen Systems" (not two names of two words or more, "Bayside Capital" and
/// "Bayside Research").
fn short_form_of(speakers: &[Speaker], name: &str) -> Option<usize> {
    fn words(name: &str) -> (&str, bool) {
        let name = name.strip_prefix("The ").unwrap_or(name);
        (name.split(' ').next().unwrap_or(""), name.contains(' '))
    }
    let (first, longer) = words(name);
    if !first.starts_with(char::is_uppercase) || first.len() < 3 {
        return None;
    }
    speakers.iter().position(|s| {
        let (other, other_longer) = words(&s.name);
        s.kind == SpeakerKind::Institution && other == first && longer != other_longer
    })
}

/// The capitalised words of a role's mention after its first ("Florida" of "the Florida
/// senator"), and a first one that owns the role ("Hungary's"), without a possessive's "'s".
fn capitalised_modifiers(mention: &str) -> Vec<&str> {
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    mention
        .split_whitespace()
        .enumerate()
        .filter(|&(at, w)| at > 0 || possessive(w))
        .map(|(_, w)| w)
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w)
        })
        .collect()
}

/// How far from a surname the words that describe its bearer may stand: "Ohio Gov. Joe
/// Ruiz", "Sen. Ann Lee of Florida".
const DESCRIBED_WITHIN: usize = 40;

/// Whether `word` describes `speaker` before `end`: it is in one of the speaker's mentions,
/// or near its surname in the text.
fn described_as(source: &str, end: usize, speaker: &Speaker, word: &str) -> bool {
    // "the HB official" after "a Harbor Board official".
    let acronym = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    let spelled_out = |text: &str| {
        let initials: String = text
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
            .collect();
        initials.contains(word)
    };
    if speaker
        .mentions
        .iter()
        .any(|m| has_word(m.text(source), word) || acronym && spelled_out(m.text(source)))
    {
        return true;
    }
    speaker
        .name
        .split_whitespace()
        .last()
        .filter(|_| !speaker.name_words.is_empty())
        .is_some_and(|surname| described_near(source, end, surname, word))
}

/// Whether `word` describes the bearer of `surname` somewhere before `end`.
fn described_near(source: &str, end: usize, surname: &str, word: &str) -> bool {
    // An appositive right after the name: "Joe Ruiz, the port commissioner".
    let lead = source[..end].trim_end();
    if lead.strip_suffix(',').is_some_and(|l| l.ends_with(surname)) {
        return true;
    }
    // Before the name in its own phrase ("Ohio Gov. Joe Ruiz", not "Ohio Gov. Joe Ruiz
    // and Sen. Ann Lee"), or after it with "of" ("Ann Lee of Texas").
    source[..end].match_indices(surname).any(|(at, _)| {
        let start = floor_boundary(source, at.saturating_sub(DESCRIBED_WITHIN));
        let before = &source[start..at];
        // A sentence's end, not an abbreviation's point ("Gov.", "R."): after a word in
        // lower case or of five letters or more.
        let sentence_end = before.rmatch_indices(". ").find(|(i, _)| {
            let word = before[..*i].rsplit(' ').next().unwrap_or("");
            word.starts_with(char::is_lowercase) || word.len() > 4
        });
        let phrase = [",", ";", " and ", "("]
            .iter()
            .filter_map(|stop| before.rfind(stop).map(|i| i + stop.len()))
            .chain(sentence_end.map(|(i, _)| i + 2))
            .max()
            .map_or(before, |i| &before[i..]);
        let stop = floor_boundary(source, (at + surname.len() + DESCRIBED_WITHIN).min(end));
        let after = source[at + surname.len()..stop]
            .split([',', ';', '('])
            .next();
        has_word(phrase, word)
            || after
                .and_then(|a| a.strip_prefix(" of "))
                .is_some_and(|a| has_word(a, word))
    })
}

/// Whether `text` has `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

/// The lexicon's phrases as one case-blind pattern, any white space between their words
/// and whole words only ("close to", not "disclose to"): one pass over the text instead of
/// a search per phrase.
fn phrase_pattern<'a>(phrases: impl Iterator<Item = &'a String>) -> String {
    let phrases: Vec<String> = phrases
        .map(|phrase| {
            let words: Vec<String> = phrase.split_whitespace().map(regex::escape).collect();
            words.join(r"\s+")
        })
        .collect();
    format!(r"(?:{})(?-u:\b)", phrases.join("|"))
}

/// The anonymity clauses ("on condition of anonymity"): they mark a source anonymous
/// wherever they follow it in its sentence.
static ANONYMITY_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    let clauses = phrase_pattern(lexicon().anonymity_clauses.iter());
    Regex::new(&format!(r"(?i)(?-u:\b){clauses}")).expect("valid anonymity pattern")
});

/// A source's post-modifier ("close to", "familiar with") right after it, or after "who
/// is" ("an aide, who was briefed on the talks"): later in the sentence it describes
/// something else ("the firm was involved in the fraud").
static LEADING_POSTMODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    let postmodifiers = phrase_pattern(lexicon().source_postmodifiers.iter());
    let relative = r"(?:who\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?";
    Regex::new(&format!(r"(?i)\A,?\s+{relative}{postmodifiers}"))
        .expect("valid postmodifier pattern")
});

/// Either kind of anonymity phrase, anywhere.
static ANONYMITY_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    let lex = lexicon();
    let phrases = phrase_pattern(
        lex.anonymity_clauses
            .iter()
            .chain(&lex.source_postmodifiers),
    );
    Regex::new(&format!(r"(?i)(?-u:\b){phrases}")).expect("valid anonymity pattern")
});

/// Whether the text after a mention (in its sentence) marks it anonymous.
pub fn anonymity_follows(text_after: &str) -> bool {
    LEADING_POSTMODIFIER.is_match(text_after) || ANONYMITY_CLAUSE.is_match(text_after)
}

/// Whether `text` (what follows a comma) opens with an anonymity clause, past a relative
/// pronoun and its verb at most: "speaking on condition of anonymity", "who spoke on
/// condition of anonymity".
pub fn anonymity_clause_opens(text: &str) -> bool {
    let head = &text[..floor_boundary(text, text.len().min(72))];
    ANONYMITY_CLAUSE.find(head).is_some_and(|found| {
        head[..found.start()]
            .split_whitespace()
            .all(|w| matches!(w, "who" | "spoke" | "speaking" | "was" | "were" | "and"))
    })
}

/// Whether a mention's own words, or its appositive, mark it anonymous ("a source familiar
/// with the talks"); of a sentence, whether any mention in it may be.
pub fn anonymity_within(text: &str) -> bool {
    ANONYMITY_PHRASE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How `phrase`, where it first stands in `source`, reads.
    fn read_phrase(source: &str, phrase: &str, anonymity: bool) -> Reading {
        let at = source.find(phrase).unwrap();
        read(
            source,
            &Mention::bare(Span::new(at, at + phrase.len())),
            anonymity,
        )
    }

    /// `resolve_all` with an anonymity clause after phrase `clause` (each phrase's first
    /// place in `source`).
    fn resolve_with_clause(
        source: &str,
        phrases: &[&str],
        clause: usize,
    ) -> (Vec<Speaker>, Vec<Option<usize>>) {
        let mentions: Vec<_> = phrases
            .iter()
            .enumerate()
            .map(|(n, p)| {
                let at = source.find(p).unwrap();
                Some(InContext {
                    anonymity: n == clause,
                    ..InContext::bare(Mention::bare(Span::new(at, at + p.len())))
                })
            })
            .collect();
        resolve(source, 0, &mentions)
    }

    #[test]
    fn a_relative_clause_tells_its_speakers_gender() {
        let source = "Ann Park said. An aide, who asked that he not be named, said. She said.";
        let span_of = |phrase: &str| {
            let at = source.find(phrase).unwrap();
            Span::new(at, at + phrase.len())
        };
        let aide = Mention {
            appositive: Some(span_of("who asked that he not be named")),
            ..Mention::bare(span_of("An aide"))
        };
        let mentions: Vec<_> = [
            Mention::bare(span_of("Ann Park")),
            aide,
            Mention::bare(span_of("She")),
        ]
        .into_iter()
        .map(|m| Some(InContext::bare(m)))
        .collect();
        let (_, assigned) = resolve(source, 0, &mentions);
        assert_eq!(assigned, [Some(0), Some(1), Some(0)]);
        // With no clause, the nearest speaker takes "she".
        let source = "Ann Park said. An aide said. She said.";
        let (_, assigned) = resolve_all(source, &["Ann Park", "An aide", "She"]);
        assert_eq!(assigned[2], Some(1));
    }

    #[test]
    fn a_surname_takes_the_one_full_name_the_body_gave_before_it() {
        let source = "Mayor Ann Torres unveiled it. Torres said. He said.";
        let mentions: Vec<_> = [(30, 36), (43, 45)]
            .map(|(start, end)| Some(InContext::bare(Mention::bare(Span::new(start, end)))))
            .into();
        let (speakers, assigned) = resolve(source, 0, &mentions);
        assert_eq!(speakers[0].name, "Ann Torres");
        // "Ann" tells a woman: "he" is someone else.
        assert_eq!(assigned, [Some(0), Some(1)]);
        // Two full names for one surname: neither is taken.
        let source = "Bill Lee left. Ann Lee stayed. Lee said.";
        let at = source.rfind("Lee").unwrap();
        let mention = Some(InContext::bare(Mention::bare(Span::new(at, at + 3))));
        assert_eq!(resolve(source, 0, &[mention]).0[0].name, "Lee");
        // Nor one in the title, before the body.
        let source = "Will Reed run?\n\nReed said.";
        let at = source.rfind("Reed").unwrap();
        let mention = Some(InContext::bare(Mention::bare(Span::new(at, at + 4))));
        assert_eq!(resolve(source, 15, &[mention]).0[0].name, "Reed");
        assert_eq!(resolve(source, 0, &[mention]).0[0].name, "Will Reed");
    }

    #[test]
    fn a_title_with_of_is_headed_by_its_first_word() {
        let source = "Secretary of State Ann Lee said. The secretary said. The state said.";
        let phrases = ["Secretary of State Ann Lee", "The secretary", "The state"];
        let (_, assigned) = resolve_all(source, &phrases);
        assert_eq!(assigned, [Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn a_rank_before_a_title_is_part_of_the_role() {
        let role = |phrase: &str| read_phrase(phrase, phrase, false).role;
        assert_eq!(role("the deputy mayor").as_deref(), Some("deputy mayor"));
        // Titles of occupation and of a team.
        assert_eq!(role("Teammate Tom Reed").as_deref(), Some("Teammate"));
        assert_eq!(
            role("Chief financial officer Dana Cole").as_deref(),
            Some("Chief financial officer")
        );
        assert_eq!(
            role("Assistant Secretary Ann Lee").as_deref(),
            Some("Assistant Secretary")
        );
        let harbor = read_phrase("the harbor mayor", "the harbor mayor", false);
        assert_eq!(harbor.role.as_deref(), Some("mayor"));
        assert_eq!(harbor.affiliation.as_deref(), Some("harbor"));
        // A possessive pronoun is no affiliation.
        let agent = read_phrase("his agent", "his agent", false);
        assert_eq!(agent.role.as_deref(), Some("agent"));
        assert_eq!(agent.affiliation, None);
        // An appositive's age, hometown or state is no role; its description is.
        for (appositive, role) in [
            ("41, of Salem, Ore.", None),
            ("N.C.", None),
            ("a retired welder", Some("retired welder")),
            ("64, a retired welder", Some("retired welder")),
        ] {
            let source = format!("Ann Lee, {appositive}, said so.");
            let at = source.find(appositive).unwrap();
            let mention = Mention {
                appositive: Some(Span::new(at, at + appositive.len())),
                ..Mention::bare(Span::new(0, "Ann Lee".len()))
            };
            assert_eq!(read(&source, &mention, false).role.as_deref(), role);
        }
        // Nor is a word of standing.
        let phrase = "a former Acme scientist";
        let former = read_phrase(phrase, phrase, false);
        assert_eq!(former.role.as_deref(), Some("scientist"));
        assert_eq!(former.affiliation.as_deref(), Some("Acme"));
    }

    #[test]
    fn a_name_its_appositive_calls_an_organisation_is_one() {
        let kind_with = |name: &str, appositive: &str| {
            let source = format!("{name}, {appositive}, said so.");
            let at = source.find(appositive).unwrap();
            let mention = Mention {
                appositive: Some(Span::new(at, at + appositive.len())),
                ..Mention::bare(Span::new(0, name.len()))
            };
            read(&source, &mention, false).kind
        };
        for appositive in [
            "the company that would do the work",
            "a Boston-based firm",
            "the Canadian mining company",
            "a University of Ohio research institute",
        ] {
            assert_eq!(
                kind_with("Lumen Marine", appositive),
                SpeakerKind::Institution
            );
        }
        // A person's description, a person's given name, or a phrase with a person in it.
        for (name, appositive) in [
            ("Reed", "a lawyer at the firm"),
            ("Verdery", "the company's founder"),
            (
                "Verdery",
                "a senior official during the Lumen administration",
            ),
            (
                "Oldendick",
                "a University of Ohio political science professor",
            ),
            ("Reed", "a retired Postal Service letter carrier"),
            (
                "Officials at Harbor Security",
                "the agency that runs the port",
            ),
        ] {
            assert_ne!(
                kind_with(name, appositive),
                SpeakerKind::Institution,
                "{name}"
            );
        }
    }

    #[test]
    fn an_abbreviated_title_is_its_role() {
        for (source, first, role) in [
            (
                "Sen. Ann Lee said. The senator said.",
                "Sen. Ann Lee",
                "The senator",
            ),
            (
                "Gov. Ann Lee said. The governor said.",
                "Gov. Ann Lee",
                "The governor",
            ),
            (
                "Rep. Joe Ruiz said. The congressman said.",
                "Rep. Joe Ruiz",
                "The congressman",
            ),
        ] {
            let (_, assigned) = resolve_all(source, &[first, role]);
            assert_eq!(assigned, [Some(0), Some(0)], "{source}");
        }
    }

    #[test]
    fn a_role_s_capitalised_word_must_describe_the_speaker() {
        let resolve_third = |source: &str, phrases: &[&str]| resolve_all(source, phrases).1[2];
        // "the Ohio governor" is not the Texas governor quoted last.
        let phrases = [
            "Ohio Gov. Ann Lee",
            "Texas Gov. Joe Ruiz",
            "The Ohio governor",
        ];
        let source = "Ohio Gov. Ann Lee said. Texas Gov. Joe Ruiz said. The Ohio governor said.";
        assert_eq!(resolve_third(source, &phrases), Some(0));
        // Nor is a senator named beside an Ohio one.
        let phrases = ["Sen. Ann Lee", "Sen. Joe Ruiz", "The Ohio senator"];
        let source = "Ohio Sen. Ann Lee and Sen. Joe Ruiz said. The Ohio senator said.";
        assert_eq!(resolve_third(source, &phrases), Some(0));
        // "of Ohio" after the name, or an appositive, describes it too.
        let source = "Sen. Ann Lee of Ohio said. Sen. Joe Ruiz said. The Ohio senator said.";
        let phrases = ["Sen. Ann Lee", "Sen. Joe Ruiz", "The Ohio senator"];
        assert_eq!(resolve_third(source, &phrases), Some(0));
        let source = "Sen. Ann Lee said. Sen. Joe Ruiz said. Ann Lee, the Ohio senator, said.";
        let phrases = ["Sen. Ann Lee", "Sen. Joe Ruiz", "the Ohio senator"];
        assert_eq!(resolve_third(source, &phrases), Some(0));
        // An acronym stands for the words it is made of.
        let source =
            "A Harbor Board official said. A Port Trust official said. The HB official said.";
        let phrases = [
            "A Harbor Board official",
            "A Port Trust official",
            "The HB official",
        ];
        assert_eq!(resolve_third(source, &phrases), Some(0));
    }

    #[test]
    fn a_role_s_owner_and_compound_title_must_fit_the_speaker() {
        let resolve_second = |source: &str, phrases: &[&str]| resolve_all(source, phrases).1[1];
        // Another country's minister, or another minister, is someone else.
        for (source, role) in [
            (
                "Prime Minister Ann Lee said. Hungary's prime minister said.",
                "Hungary's prime minister",
            ),
            (
                "Prime Minister Ann Lee said. The foreign minister said.",
                "The foreign minister",
            ),
        ] {
            assert_eq!(
                resolve_second(source, &["Prime Minister Ann Lee", role]),
                Some(1),
                "{source}"
            );
        }
        // The same title, or the bare role, is the minister met before.
        for (source, role) in [
            (
                "Prime Minister Ann Lee said. The prime minister said.",
                "The prime minister",
            ),
            (
                "Prime Minister Ann Lee said. The minister said.",
                "The minister",
            ),
        ] {
            assert_eq!(
                resolve_second(source, &["Prime Minister Ann Lee", role]),
                Some(0),
                "{source}"
            );
        }
    }

    #[test]
    fn a_definite_role_is_the_one_person_the_body_titled_so() {
        let name_of = |source: &str, phrase: &str| {
            let at = source.rfind(phrase).unwrap();
            let mention = Some(InContext::bare(Mention::bare(Span::new(
                at,
                at + phrase.len(),
            ))));
            resolve(source, 0, &[mention]).0[0].name.clone()
        };
        for (source, phrase, name) in [
            (
                "Gov. Ellen Marsh was not charged. The governor said.",
                "The governor",
                "Ellen Marsh",
            ),
            (
                "It hit Governor Ann Lee's plan. The governor said.",
                "The governor",
                "Ann Lee",
            ),
            // Another title, or an organisation's, is not the role.
            (
                "Vice President Joe Ruiz left. The president said.",
                "The president",
                "The president",
            ),
            (
                "World Bank President Joe Ruiz left. The president said.",
                "The president",
                "The president",
            ),
            // Two people so titled: which one is not told.
            (
                "Gov. Ann Lee met Gov. Joe Ruiz. The governor said.",
                "The governor",
                "The governor",
            ),
            // The role's place must describe the person.
            (
                "Iowa Sen. Dana Cole spoke. The Florida senator said.",
                "The Florida senator",
                "The Florida senator",
            ),
            (
                "Florida Sen. Ann Lee spoke. The Florida senator said.",
                "The Florida senator",
                "Ann Lee",
            ),
            // Not a role the lexicon titles.
            (
                "Republican Sen. Ann Lee spoke. The Republican said.",
                "The Republican",
                "The Republican",
            ),
        ] {
            assert_eq!(name_of(source, phrase), name, "{source}");
        }
    }

    #[test]
    fn a_relative_clause_is_no_role() {
        let source = "The board, which met on Monday, said.";
        let mention = Mention {
            appositive: Some(Span::new(11, 30)),
            ..Mention::bare(Span::new(0, 9))
        };
        let (speakers, _) = resolve(source, 0, &[Some(InContext::bare(mention))]);
        assert_eq!(speakers[0].role, None);
    }

    #[test]
    fn a_bare_spokesman_speaks_for_the_institution_just_before() {
        let source = "The Treasury said no. A spokesman said no.";
        let (speakers, assigned) = resolve_all(source, &["The Treasury", "A spokesman"]);
        assert_eq!(assigned, [Some(0), Some(0)]);
        assert_eq!(speakers[0].kind, SpeakerKind::Institution);
        // A person's spokesman is someone else; so is one two paragraphs on.
        for (source, first) in [
            ("Ann Lee said no. A spokesman said no.", "Ann Lee"),
            (
                "The Treasury said no.\n\nA pier.\n\nA spokesman said no.",
                "The Treasury",
            ),
        ] {
            let (speakers, assigned) = resolve_all(source, &[first, "A spokesman"]);
            assert_eq!(assigned, [Some(0), Some(1)], "{source}");
            assert_eq!(speakers[1].kind, SpeakerKind::Anonymous, "{source}");
        }
        // "A spokesman for Lee" is not bare.
        let source = "The Treasury said no. A spokesman for Lee said no.";
        let (_, assigned) = resolve_all(source, &["The Treasury", "A spokesman for Lee"]);
        assert_eq!(assigned, [Some(0), Some(1)]);
    }

    #[test]
    fn an_i_outside_quotations_is_the_writer_and_no_one_quoted() {
        // Ann Lee; the writer's "I"; an "I" inside a quotation; the writer again; "she".
        let source = "Ann Lee said no. I asked. “I told him,” she said. I asked. She said.";
        let phrases = [
            ("Ann Lee", false),
            ("I", false),
            ("I", true),
            ("I", false),
            ("She", false),
        ];
        let mut from = 0;
        let mentions: Vec<Option<InContext>> = phrases
            .iter()
            .map(|&(p, quoted)| {
                let at = from + source[from..].find(p).unwrap();
                from = at + p.len();
                Some(InContext {
                    quoted,
                    ..InContext::bare(Mention::bare(Span::new(at, at + p.len())))
                })
            })
            .collect();
        let (speakers, assigned) = resolve(source, 0, &mentions);
        assert_eq!(assigned, [Some(0), Some(1), Some(0), Some(1), Some(0)]);
        assert_eq!(speakers[1].name, "I");
    }

    pub(super) fn resolve_all(
        source: &str,
        phrases: &[&str],
    ) -> (Vec<Speaker>, Vec<Option<usize>>) {
        resolve(source, 0, &bare_mentions(source, phrases))
    }

    /// Each phrase as a bare mention, where it stands in `source` after the one before.
    pub(super) fn bare_mentions(source: &str, phrases: &[&str]) -> Vec<Option<InContext>> {
        let mut from = 0;
        phrases
            .iter()
            .map(|p| {
                let at = from + source[from..].find(p).unwrap();
                from = at + p.len();
                Some(InContext::bare(Mention::bare(Span::new(at, at + p.len()))))
            })
            .collect()
    }

    #[test]
    fn a_definite_head_noun_stands_for_the_institution_it_heads() {
        let same = |source: &str, phrases: &[&str]| {
            let (_, assigned) = resolve_all(source, phrases);
            assigned[0] == assigned[1]
        };
        for (source, phrases) in [
            (
                "The Harbor Ministry said so. The ministry said it again.",
                ["The Harbor Ministry", "The ministry"],
            ),
            (
                "Lumen Systems said so. The company said it again.",
                ["Lumen Systems", "The company"],
            ),
            (
                "Lumen Marine said so. The company said it again.",
                ["Lumen Marine", "The company"],
            ),
            // A head its words describe stands too.
            (
                "The state harbor agency said so. The agency said it again.",
                ["The state harbor agency", "The agency"],
            ),
            // A name with or without its article, as a headline writes it.
            (
                "Harbor Board said so. The Harbor Board said it again.",
                ["Harbor Board", "The Harbor Board"],
            ),
            // A record by its noun.
            (
                "A new study by researchers at Rivers College found so. The study said it.",
                ["A new study by researchers at Rivers College", "The study"],
            ),
        ] {
            assert!(same(source, &phrases), "{source}");
        }
        for (source, phrases) in [
            // Another kind of institution, or one met paragraphs before.
            (
                "The Harbor Agency said so. The ministry said it again.",
                ["The Harbor Agency", "The ministry"],
            ),
            (
                "The Harbor Ministry said so.\n\nA.\n\nB.\n\nThe ministry said it again.",
                ["The Harbor Ministry", "The ministry"],
            ),
            // Nor one the article never named.
            (
                "The firm said so. The company said it again.",
                ["The firm", "The company"],
            ),
        ] {
            assert!(!same(source, &phrases), "{source}");
        }
    }

    #[test]
    fn a_definite_head_is_the_institution_an_appositive_or_a_name_gave_it() {
        let name = |source: &str, phrase: &str| resolve_all(source, &[phrase]).0[0].name.clone();
        let source = "The Harbor Trade Association, an industry group, left. The group said.";
        assert_eq!(name(source, "The group"), "Harbor Trade Association");
        let source = "Lumen, a software company, laid off workers. The company said.";
        assert_eq!(name(source, "The company"), "Lumen");
        let source = "The Harbor Authority raised fees. In a letter, the authority said.";
        assert_eq!(name(source, "the authority"), "Harbor Authority");
        // Not a phrase of time, nor an institution two paragraphs back.
        let source = "Yesterday, a group of residents met. The group said.";
        assert_eq!(name(source, "The group"), "The group");
        let source = "The Harbor Authority met.\n\nIt rained.\n\nThe authority said.";
        assert_eq!(name(source, "The authority"), "The authority");
        // No determiner opens the name.
        // A mention before the body (the title) finds none.
        let source = "The group says no\n\nThe Harbor Trade Association, an industry group, left.";
        let (speakers, _) = resolve(
            source,
            20,
            &[Some(InContext::bare(Mention::bare(Span::new(0, 9))))],
        );
        assert_eq!(speakers[0].name, "The group");
        let source = "One Treasury insider spoke. The Treasury said.";
        assert_eq!(name(source, "The Treasury"), "The Treasury");
        let source = "One Harbor Authority aide spoke. The authority said.";
        assert_eq!(name(source, "The authority"), "Harbor Authority");
    }

    #[test]
    fn a_statement_named_again_is_its_issuers_word() {
        let issued = "The ministry issued a statement on Monday: it regrets the delay.";
        let source = format!("{issued} “We regret it,” the statement said.");
        let (_, assigned) = resolve_all(&source, &["The ministry", "the statement"]);
        assert_eq!(assigned, [Some(0), Some(0)]);
        // Not when the speaker just read issued none, nor two paragraphs on.
        let source =
            "The ministry said Lee issued a statement. “We regret it,” the statement said.";
        let (_, assigned) = resolve_all(source, &["The ministry", "the statement"]);
        assert_eq!(assigned, [Some(0), Some(1)]);
        let source = format!("{issued}\n\nIt rained.\n\nIt rained.\n\n“No,” the statement said.");
        let (_, assigned) = resolve_all(&source, &["The ministry", "the statement"]);
        assert_eq!(assigned, [Some(0), Some(1)]);
    }

    #[test]
    fn unnamed_particular_people_are_anonymous_crowds_vague() {
        let kind = |phrase: &str| {
            let source = format!("{phrase} said so.");
            resolve_all(&source, &[phrase]).0[0].kind
        };
        assert_eq!(kind("Another commenter"), SpeakerKind::Anonymous);
        assert_eq!(kind("Romney's associates"), SpeakerKind::Anonymous);
        // Officials from somewhere are unnamed officials; "four in 10" is a share.
        assert_eq!(kind("Officials from two countries"), SpeakerKind::Anonymous);
        assert_eq!(kind("Four in 10 voters"), SpeakerKind::Vague);
        // Prosecutors speak for their office; former ones for no one.
        assert_eq!(kind("Federal prosecutors"), SpeakerKind::Institution);
        assert_eq!(kind("A federal jury"), SpeakerKind::Institution);
        assert_eq!(kind("Former prosecutors"), SpeakerKind::Vague);
        // A record's title-cased name is no person's.
        assert_eq!(kind("A New Poll"), SpeakerKind::Institution);
        assert_eq!(
            kind("a presentation posted on its website"),
            SpeakerKind::Institution
        );
        assert_eq!(kind("The Rivers Consult Poll"), SpeakerKind::Institution);
        assert_eq!(kind("Joe Brief"), SpeakerKind::Named);
        // One of a group by its place: "The other said".
        assert_eq!(kind("The other"), SpeakerKind::Anonymous);
        assert_eq!(kind("the second"), SpeakerKind::Anonymous);
        // Whom they serve does not name them; a title before "to" is a named post's.
        assert_eq!(kind("An aide to Lee"), SpeakerKind::Anonymous);
        assert_eq!(kind("Aides to Gov. Ann Lee"), SpeakerKind::Anonymous);
        assert_eq!(kind("Ambassador to Japan Ann Lee"), SpeakerKind::Named);
        // An unnamed spokesman gives the word of an institution or of whoever is named;
        // a former one gives no one's.
        assert_eq!(kind("A Treasury spokesman"), SpeakerKind::Institution);
        assert_eq!(
            kind("A port authority spokeswoman"),
            SpeakerKind::Institution
        );
        assert_eq!(kind("A Lee spokesman"), SpeakerKind::Institution);
        assert_eq!(kind("A Rovers spokeswoman"), SpeakerKind::Institution);
        assert_eq!(kind("A spokesman for the mayor"), SpeakerKind::Institution);
        assert_eq!(kind("A former Lee spokesman"), SpeakerKind::Anonymous);
        assert_eq!(kind("A spokesman"), SpeakerKind::Anonymous);
        // The spokesman of one named is that one's own.
        assert_eq!(kind("Lee's spokesman"), SpeakerKind::Named);
        assert_eq!(kind("A senior Treasury official"), SpeakerKind::Anonymous);
        // A country speaks for its government, as the whole phrase only.
        assert_eq!(kind("North Korea"), SpeakerKind::Institution);
        assert_eq!(kind("The United States"), SpeakerKind::Institution);
        // An organisation by its kind: a club, a league, a hospital.
        for body in [
            "The club",
            "the Premier League",
            "The hospital",
            "the Supporters' Trust",
            // Plural heads and an "and" inside the name: no crowd.
            "the Centers for Disease Control and Prevention",
            "the Port Ellis Institutes of Marine Science",
            "Human Rights Watch",
            // A party known by one name.
            "Labour",
            "The SNP",
        ] {
            assert_eq!(kind(body), SpeakerKind::Institution, "{body}");
        }
        assert_eq!(kind("Rep. Ann Israel"), SpeakerKind::Named);
        assert_ne!(
            kind("Critics in the United States"),
            SpeakerKind::Institution
        );
        assert_eq!(kind("Many analysts"), SpeakerKind::Vague);
        assert_eq!(kind("Nearly a third"), SpeakerKind::Vague);
        assert_eq!(kind("The same number"), SpeakerKind::Vague);
        assert_eq!(kind("A similar share"), SpeakerKind::Vague);
        assert_eq!(kind("A survey of 900 parents"), SpeakerKind::Institution);
        assert_eq!(kind("Voters"), SpeakerKind::Vague);
        assert_eq!(kind("four in 10"), SpeakerKind::Vague);
        // Shares are vague even capitalised at a sentence's start.
        for share in [
            "Three-fourths",
            "About one in five",
            "Nearly nine out of 10",
            "Majorities in all five states",
            "Twelve percent",
            "More than 2,000",
            "all but two",
            "At least 40",
        ] {
            assert_eq!(kind(share), SpeakerKind::Vague, "{share}");
        }
        for pair_or_person in ["the two", "the mother of three"] {
            assert_ne!(kind(pair_or_person), SpeakerKind::Vague, "{pair_or_person}");
        }
        assert_eq!(kind("Eight"), SpeakerKind::Vague);
        assert_eq!(kind("Mother of Three"), SpeakerKind::Named);
        assert_eq!(
            kind("Korea's Joint Chiefs of Staff"),
            SpeakerKind::Institution
        );
        assert_eq!(kind("WHRB's Dana Cole"), SpeakerKind::Named);
        assert_eq!(kind("Democrats on the city council"), SpeakerKind::Vague);
        assert_eq!(kind("Witnesses"), SpeakerKind::Vague);
        assert_eq!(kind("Leaders of the organization"), SpeakerKind::Vague);
        assert_eq!(kind("Critics in Estmark's parliament"), SpeakerKind::Vague);
        assert_eq!(kind("The leaders of the group"), SpeakerKind::Vague);
        // The holders of a role of a named place or body are particular people.
        assert_eq!(kind("the mayors of Dover and Salem"), SpeakerKind::Named);
        assert_eq!(kind("The foreign ministers of Norland"), SpeakerKind::Named);
        assert_eq!(
            kind("a 1991 profile in the Harbor Gazette"),
            SpeakerKind::Institution
        );
        assert_eq!(kind("The 2019 paper"), SpeakerKind::Institution);
        assert_eq!(kind("the affidavit"), SpeakerKind::Institution);
        assert_eq!(
            kind("Rep. Lee Hae-chan of the ruling party"),
            SpeakerKind::Named
        );
        assert_eq!(
            kind("the Science Directorate of the Department"),
            SpeakerKind::Institution
        );
    }

    #[test]
    fn two_names_joined_by_and_are_a_pair_not_one_person() {
        let source = "Ann Lee and Tom Park said so. Lee said it again.";
        let (speakers, of) = resolve_all(source, &["Ann Lee and Tom Park", "Lee"]);
        assert_eq!(speakers[0].name, "Ann Lee and Tom Park");
        assert_ne!(of[0], of[1], "{speakers:?}");
    }

    #[test]
    fn an_appositive_names_the_speaker_past_its_title() {
        let source = "His deputy, former Secretary of State Ana Ruiz, said so.";
        let span = |p: &str| {
            let at = source.find(p).unwrap();
            Span::new(at, at + p.len())
        };
        let mention = Mention {
            appositive: Some(span("former Secretary of State Ana Ruiz")),
            ..Mention::bare(span("His deputy"))
        };
        let (speakers, _) = resolve(source, 0, &[Some(InContext::bare(mention))]);
        assert_eq!(speakers[0].name, "Ana Ruiz");
        assert_eq!(speakers[0].kind, SpeakerKind::Named);
        // After a state title, or an honorific with a surname alone; before an affiliation.
        for (appositive, name) in [
            ("state Sen. Ana Ruiz", "Ana Ruiz"),
            ("Ms. Ruiz", "Ruiz"),
            ("Dr. Ana Ruiz of Harbor University", "Ana Ruiz"),
        ] {
            let source = format!("One of them, {appositive}, said so.");
            let at = source.find(appositive).unwrap();
            let mention = Mention {
                appositive: Some(Span::new(at, at + appositive.len())),
                ..Mention::bare(Span::new(0, "One of them".len()))
            };
            let (speakers, _) = resolve(&source, 0, &[Some(InContext::bare(mention))]);
            assert_eq!(speakers[0].name, name, "{appositive}");
            assert_eq!(speakers[0].kind, SpeakerKind::Named, "{appositive}");
        }
        // A relative clause after the name is no part of it.
        let source = "His wife, Ann Ruiz, who has ridden the ferry for years, said so.";
        let at = source.find("Ann").unwrap();
        let mention = Mention {
            appositive: Some(Span::new(at, source.find(", said").unwrap())),
            ..Mention::bare(Span::new(0, "His wife".len()))
        };
        let (speakers, _) = resolve(source, 0, &[Some(InContext::bare(mention))]);
        assert_eq!(speakers[0].name, "Ann Ruiz");
        // Not one of two names, each with its place.
        let source = "His rivals, Sens. Ana Ruiz of Ohio and Tom Reed of Iowa, said so.";
        let at = source.find("Sens.").unwrap();
        let mention = Mention {
            appositive: Some(Span::new(at, source.find(", said").unwrap())),
            ..Mention::bare(Span::new(0, "His rivals".len()))
        };
        let (speakers, _) = resolve(source, 0, &[Some(InContext::bare(mention))]);
        assert_eq!(speakers[0].name, "His rivals");
    }

    #[test]
    fn an_appositive_may_name_an_organisation() {
        // The one speaker of "HEAD, APPOSITIVE, said so.".
        let speaker = |head: &str, appositive: &str| {
            let source = format!("{head}, {appositive}, said so.");
            let at = head.len() + 2;
            let mention = Mention {
                appositive: Some(Span::new(at, at + appositive.len())),
                ..Mention::bare(Span::new(0, head.len()))
            };
            resolve(&source, 0, &[Some(InContext::bare(mention))])
                .0
                .remove(0)
        };
        for (head, appositive) in [
            ("The pier's operator", "Lumen Logistics"),
            ("The port's owner", "the Harbor Authority"),
        ] {
            let found = speaker(head, appositive);
            assert_eq!(found.name, appositive, "{head}");
            assert_eq!(found.kind, SpeakerKind::Institution, "{head}");
        }
        // After "one of the ...", the appositive names the one the speaker works for.
        let found = speaker("A lawyer for one of the bidders", "Lumen Marine");
        assert_eq!(found.name, "A lawyer for one of the bidders");
        assert_eq!(found.affiliation.as_deref(), Some("Lumen Marine"));
        // A given name is the speaker's, as is a name after a long "one of" phrase.
        for (head, appositive) in [
            ("The owner of one of the cafes", "Ann Lee"),
            (
                "A lawyer for one of the two largest firms in town",
                "Dale Ochs",
            ),
        ] {
            assert_eq!(speaker(head, appositive).name, appositive, "{head}");
        }
        // A common noun names no one.
        for appositive in ["a shipping company", "a state agency"] {
            let found = speaker("The port's owner", appositive);
            assert_eq!(found.name, "The port's owner", "{appositive}");
        }
    }

    #[test]
    fn a_name_after_a_lower_case_word_is_the_speaker_s_own() {
        let source = "Lee said. Lee ally Ana Ruiz said. Ruiz said. Ann and Bo Lee said.";
        let (speakers, assigned) = resolve_all(
            source,
            &["Lee", "Lee ally Ana Ruiz", "Ruiz", "Ann and Bo Lee"],
        );
        assert_eq!(speakers[1].name, "Ana Ruiz");
        assert_eq!(assigned[..3], [Some(0), Some(1), Some(1)]);
        // "and" joins two names; it ends no affiliation.
        assert_eq!(speakers[assigned[3].unwrap()].name, "Ann and Bo Lee");
    }

    #[test]
    fn a_name_keeps_its_particles() {
        let source = "Mayor Ana de Souza said. De Souza said. The de facto head said.";
        let (speakers, _) = resolve_all(source, &["Mayor Ana de Souza", "De Souza"]);
        assert_eq!(speakers.len(), 1);
        assert_eq!(speakers[0].name, "Ana de Souza");
    }

    #[test]
    fn a_pronoun_resolves_to_the_nearest_speaker_of_its_gender() {
        let source = "Mr. Lee said. Ann Park said. He said. She said. Jo Moss said. He said.";
        let (speakers, assigned) = resolve_all(
            source,
            &["Mr. Lee", "Ann Park", "He", "She", "Jo Moss", "He"],
        );
        assert_eq!(speakers.len(), 3);
        // "Jo Moss" tells no gender: the nearest speaker takes "he", and is a man from then on.
        assert_eq!(
            assigned,
            [Some(0), Some(1), Some(0), Some(1), Some(2), Some(2)]
        );
        // A possessive tells the gender of someone else.
        let source = "Ann Park said. Her spokesman said. She said.";
        let (_, assigned) = resolve_all(source, &["Ann Park", "Her spokesman", "She"]);
        assert_eq!(assigned, [Some(0), Some(1), Some(0)]);
        // A thing is no "he": not a document, nor a noun for no person.
        let source = "Mr. Lee said. The letter said. He said. The new evidence shows. He said.";
        let phrases = ["Mr. Lee", "The letter", "He", "The new evidence", "He"];
        let (_, assigned) = resolve_all(source, &phrases);
        assert_eq!(assigned, [Some(0), Some(1), Some(0), Some(2), Some(0)]);
        // A noun for a person is a "he".
        let source = "Mr. Lee said. The retired surgeon said. He said.";
        let (_, assigned) = resolve_all(source, &["Mr. Lee", "The retired surgeon", "He"]);
        assert_eq!(assigned[2], Some(1));
        // A surname goes with the speaker whose honorific agrees.
        let source = "Bill Lee said. Mrs. Lee said.";
        let (speakers, _) = resolve_all(source, &["Bill Lee", "Mrs. Lee"]);
        assert_eq!(speakers.len(), 2);
    }

    /// `resolve_about` over `source` with the lede subject its text gives.
    fn resolve_lede(source: &str, phrases: &[&str]) -> (Vec<Speaker>, Vec<Option<usize>>) {
        let doc = crate::text::Document::parse(source);
        let lede = antecedent::lede_subject(&doc);
        resolve_about(source, (0, lede), &bare_mentions(source, phrases))
    }

    #[test]
    fn a_pronoun_no_speaker_fits_is_the_person_the_lede_opens_with() {
        let lede = "Harbor pilot dies at 88\n\n\
                    Ann Rivers, who guided ships for decades, died on Saturday.\n\n\
                    Her son, Tom Rivers, said the cause was heart failure.\n\n";
        let name_of = |rest: &str, phrases: &[&str]| {
            let source = format!("{lede}{rest}");
            let (speakers, assigned) = resolve_lede(&source, phrases);
            speakers[assigned[phrases.len() - 1].unwrap()].name.clone()
        };
        let later = "In a 1995 interview with the Harbor Gazette, she said she loved it.";
        assert_eq!(name_of(later, &["Tom Rivers", "she"]), "Ann Rivers");
        // Not a pronoun of the other gender, nor one a speaker before fits.
        assert_eq!(
            name_of("Later, he said it again.", &["Tom Rivers", "he"]),
            "Tom Rivers"
        );
        assert_eq!(name_of("Later, he said it again.", &["he"]), "he");
        let okafor = "Mara Okafor said so.\n\nIn an interview, she said it again.";
        assert_eq!(
            name_of(okafor, &["Tom Rivers", "Mara Okafor", "she"]),
            "Mara Okafor"
        );
        // Nor for a person whose name tells no gender.
        let source = "Harbor pilot dies\n\nPat Lane, a harbor pilot, died.\n\nLater, she said so.";
        let (speakers, _) = resolve_lede(source, &["she"]);
        assert_eq!(speakers[0].name, "she");
        // Nor after another person named in the pronoun's paragraph.
        let other = "During an interview, Lee was talking when she told a reporter so.";
        assert_eq!(name_of(other, &["Tom Rivers", "she"]), "she");
    }

    #[test]
    fn a_pronoun_goes_on_from_the_unnamed_source_just_before() {
        let phrases = ["Mr. Lee", "A port official close to the talks", "He"];
        let source = "Mr. Lee said. A port official close to the talks said.\n\nHe said.";
        let (speakers, assigned) = resolve_all(source, &phrases);
        assert_eq!(assigned[2], Some(1));
        assert_eq!(speakers[1].kind, SpeakerKind::Anonymous);
        // Not past a named person a sentence brings in, nor paragraphs away.
        for source in [
            "Mr. Lee said. A port official close to the talks said. Ed Brook spoke. He said.",
            "Mr. Lee said. A port official close to the talks said.\n\nThen news.\n\nHe said.",
        ] {
            assert_eq!(resolve_all(source, &phrases).1[2], Some(0), "{source}");
        }
        // Nor from a crowd that is no source: "a passer-by".
        let source = "Mr. Lee said. A passer-by said. He said.";
        let (_, assigned) = resolve_all(source, &["Mr. Lee", "A passer-by", "He"]);
        assert_eq!(assigned[2], Some(0));
        // Unless an anonymity clause makes it one: "a scientist, who asked that her name
        // not be used".
        let source = "Ms. Lee said. A scientist said. She said.";
        let (_, assigned) = resolve_with_clause(source, &["Ms. Lee", "A scientist", "She"], 1);
        assert_eq!(assigned[2], Some(1));
        // An institution's unnamed spokeswoman goes on as "she", not as "he".
        let source = "Ms. Lee said. A council spokeswoman said. She said. He said.";
        let phrases = ["Ms. Lee", "A council spokeswoman", "She", "He"];
        let (speakers, assigned) = resolve_all(source, &phrases);
        assert_eq!(speakers[1].kind, SpeakerKind::Institution);
        assert_eq!(assigned[2], Some(1));
        assert_ne!(assigned[3], Some(1));
    }

    #[test]
    fn any_unnamed_person_goes_on_in_their_paragraph_unless_they_asked() {
        let phrases = ["Ms. Lee", "A nurse", "she"];
        let source = "Ms. Lee said so. A nurse said beds were full, though she added more.";
        assert_eq!(resolve_all(source, &phrases).1[2], Some(1));
        let source = "Ms. Lee said so. A nurse said beds were full. Later she added more.";
        assert_eq!(resolve_all(source, &phrases).1[2], Some(1));
        // Not in the next paragraph, where a named source may be meant.
        let source = "Ms. Lee said so. A nurse said beds were full.\n\nLater she added more.";
        assert_eq!(resolve_all(source, &phrases).1[2], Some(0));
        // Nor after a question: "she replied" is the one asked.
        let source = "Ms. Lee spoke. A nurse asked if beds were full, and she replied no.";
        let mut mentions = bare_mentions(source, &phrases);
        mentions[1].as_mut().unwrap().asks = true;
        assert_eq!(resolve(source, 0, &mentions).1[2], Some(0));
        mentions[1].as_mut().unwrap().asks = false;
        assert_eq!(resolve(source, 0, &mentions).1[2], Some(1));
    }

    /// The first `len` bytes of `phrase`, where it first stands in `source`.
    fn first_bytes(source: &str, phrase: &str, len: usize) -> Span {
        let at = source.find(phrase).unwrap();
        Span::new(at, at + len)
    }

    /// A bare mention with the subject its sentence before (or its own) opens with.
    fn entry(mention: Span, prior_subject: Option<Subject>) -> Option<InContext> {
        Some(InContext {
            prior_subject,
            ..InContext::bare(Mention::bare(mention))
        })
    }

    #[test]
    fn a_pronoun_after_a_subject_with_no_statement_is_that_person() {
        let source = "Ann Reed said so. Dale Lee, 58, left. He said no. Mr. Lee said no. \
                      Reed spoke. Lee left. She said yes.";
        let at = |phrase: &str, len: usize| first_bytes(source, phrase, len);
        let mentions = [
            entry(at("Ann Reed", 8), None),
            entry(
                at("He said", 2),
                Some(Subject {
                    written: at("Dale Lee", 8),
                    full_name: Some(at("Dale Lee", 8)),
                    past_opening: false,
                }),
            ),
            entry(at("Mr. Lee", 7), None),
            // A speaker bears "Lee", but he is a man: "she" is not him.
            entry(
                at("She said", 3),
                Some(Subject {
                    written: at("Lee left", 3),
                    full_name: None,
                    past_opening: false,
                }),
            ),
        ];
        let (speakers, assigned) = resolve(source, 0, &mentions);
        let names: Vec<_> = assigned
            .iter()
            .map(|i| speakers[i.unwrap()].name.as_str())
            .collect();
        assert_eq!(names, ["Ann Reed", "Dale Lee", "Dale Lee", "Ann Reed"]);
        // Past an opening phrase, only a name someone who spoke bears.
        let source = "Ann Reed said so. For the town, Elm Park was a turning point. He said no.";
        let past_opening = |source: &str, name: &str, len: usize| {
            let at = |phrase: &str, len: usize| first_bytes(source, phrase, len);
            entry(
                at("He said", 2),
                Some(Subject {
                    written: at(name, len),
                    full_name: Some(at(name, len)),
                    past_opening: true,
                }),
            )
        };
        let mentions = [
            entry(first_bytes(source, "Ann Reed", 8), None),
            past_opening(source, "Elm Park", 8),
        ];
        let (speakers, assigned) = resolve(source, 0, &mentions);
        assert_ne!(speakers[assigned[1].unwrap()].name, "Elm Park");
        let source = "Ann Reed said so. Down the pier, Tom Hook was calm. He said no.";
        let mentions = [
            entry(first_bytes(source, "Ann Reed", 8), None),
            past_opening(source, "Tom Hook", 8),
        ];
        let (speakers, assigned) = resolve(source, 0, &mentions);
        assert_eq!(speakers[assigned[1].unwrap()].name, "Tom Hook");
    }

    #[test]
    fn an_it_is_the_organisation_its_sentence_opens_with_and_never_a_person() {
        let source = "Acme unveiled a phone it says works. Ann Reed unveiled one it says works. \
                      It said no. They said yes.";
        let at = |phrase: &str, len: usize| first_bytes(source, phrase, len);
        let opens = |name: &str| {
            Some(Subject {
                written: at(name, name.len()),
                full_name: None,
                past_opening: false,
            })
        };
        let mentions = [
            entry(at("it says", 2), opens("Acme")),
            // A person's name is no antecedent of "it".
            entry(at("it says works. It", 2), opens("Ann Reed")),
            entry(at("It said", 2), None),
            entry(at("They", 4), None),
        ];
        let (speakers, assigned) = resolve(source, 0, &mentions);
        let speaker = |k: usize| &speakers[assigned[k].unwrap()];
        assert_eq!(speaker(0).name, "Acme");
        assert_eq!(speaker(0).kind, SpeakerKind::Institution);
        // With no person's name, "it" is the organisation met last.
        assert_eq!(speaker(1).name, "Acme");
        assert_eq!(speaker(2).name, "Acme");
        // "they" does not go on from an "it" no one was found for.
        let mentions = [entry(at("It said", 2), None), entry(at("They", 4), None)];
        let (speakers, assigned) = resolve(source, 0, &mentions);
        assert_eq!(speakers[0].kind, SpeakerKind::Institution);
        assert_ne!(assigned[0], assigned[1]);
    }

    #[test]
    fn an_unnamed_source_named_again_by_its_head_is_the_same_source() {
        let source = "A Western diplomat in Geneva said so. The diplomat said. A diplomat said.";
        let (_, assigned) = resolve_all(
            source,
            &["A Western diplomat in Geneva", "The diplomat", "A diplomat"],
        );
        assert_eq!(assigned, [Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn an_institution_s_first_word_is_its_short_form_either_way() {
        let source = "Lumen warns. Lumen Systems said. Lumen said. Bayside Capital said. \
                      Bayside Bank said.";
        let (speakers, assigned) = resolve_all(
            source,
            &[
                "Lumen",
                "Lumen Systems",
                "Lumen",
                "Bayside Capital",
                "Bayside Bank",
            ],
        );
        assert_eq!(assigned, [Some(0), Some(0), Some(0), Some(1), Some(2)]);
        assert_eq!(speakers[0].name, "Lumen Systems");
    }

    #[test]
    fn surname_role_and_pronoun_coreference() {
        let source = "Harbor Authority spokesperson Park Min-seo said. Park said. He said. the harbor spokesperson said.";
        let (speakers, assigned) = resolve_all(
            source,
            &[
                "Harbor Authority spokesperson Park Min-seo",
                "Park",
                "He",
                "the harbor spokesperson",
            ],
        );
        assert_eq!(speakers.len(), 1);
        assert_eq!(speakers[0].name, "Park Min-seo");
        assert_eq!(speakers[0].role.as_deref(), Some("spokesperson"));
        assert_eq!(speakers[0].affiliation.as_deref(), Some("Harbor Authority"));
        assert_eq!(assigned, [Some(0), Some(0), Some(0), Some(0)]);
        // British titles: "Labour MP", "Councillor"; a two-word title: "Majority Leader".
        let source = "Labour MP Jane Stott said. Councillor Tom Price said. Senate Majority Leader Al Ng said.";
        let phrases = [
            "Labour MP Jane Stott",
            "Councillor Tom Price",
            "Senate Majority Leader Al Ng",
        ];
        let (speakers, _) = resolve_all(source, &phrases);
        let read: Vec<_> = speakers
            .iter()
            .map(|s| (s.name.as_str(), s.role.as_deref(), s.affiliation.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                ("Jane Stott", Some("MP"), Some("Labour")),
                ("Tom Price", Some("Councillor"), None),
                ("Al Ng", Some("Majority Leader"), Some("Senate")),
            ]
        );
    }

    #[test]
    fn anonymous_officials_stay_apart() {
        let source = "Several ministry officials say. They say. a ministry official said. one ministry official said. another ministry official said.";
        let (speakers, assigned) = resolve_all(
            source,
            &[
                "Several ministry officials",
                "They",
                "a ministry official",
                "one ministry official",
                "another ministry official",
            ],
        );
        assert_eq!(speakers.len(), 4);
        assert!(speakers.iter().all(|s| s.kind == SpeakerKind::Anonymous));
        assert_eq!(assigned[1], Some(0));
    }

    #[test]
    fn one_of_them_is_the_group_just_met() {
        let source =
            "Two diplomats said so. One of them said more. Harbor News said. one of them said.";
        let phrases = ["Two diplomats", "One of them", "Harbor News", "one of them"];
        let (speakers, assigned) = resolve_all(source, &phrases);
        assert_eq!(assigned[..2], [Some(0), Some(0)]);
        // Not an institution: a member of no group met.
        assert_eq!(assigned[3], Some(2));
        assert_eq!(speakers[2].name, "one of them");
        assert_eq!(speakers[2].affiliation, None);
        // "“...,” said one.": one alone, likewise.
        let source = "Two diplomats said so. One said more. Another said less.";
        let (_, assigned) = resolve_all(source, &["Two diplomats", "One", "Another"]);
        assert_eq!(assigned, [Some(0), Some(0), Some(0)]);
    }

    #[test]
    fn a_definite_plural_is_the_unnamed_group_met_before() {
        let source = "So said three people familiar with the talks. The people said. \
                      Two officials said. The officials said. Most people said.";
        let phrases = [
            "three people familiar with the talks",
            "The people",
            "Two officials",
            "The officials",
            "Most people",
        ];
        // The first is anonymous by the clause after it, as the analysis reads it.
        let (speakers, assigned) = resolve_with_clause(source, &phrases, 0);
        assert_eq!(assigned[..4], [Some(0), Some(0), Some(1), Some(1)]);
        assert_eq!(speakers[0].kind, SpeakerKind::Anonymous);
        // A crowd that is not definite is a speaker of its own.
        assert_eq!(assigned[4], Some(2));
    }

    #[test]
    fn a_role_s_other_word_is_the_same_role() {
        // "the insider" is the source met before, and "the source" the insider.
        let source = "A source close to the team said so. The insider said more. \
                      An insider said so. The source said more.";
        let phrases = ["A source", "The insider", "An insider", "The source"];
        let (_, assigned) = resolve_all(source, &phrases);
        assert_eq!(assigned, [Some(0), Some(0), Some(1), Some(1)]);
        // A role's abbreviation with no title's period: "the rep".
        let source = "The representative said so. The rep said more.";
        let (_, assigned) = resolve_all(source, &["The representative", "The rep"]);
        assert_eq!(assigned, [Some(0), Some(0)]);
    }

    #[test]
    fn anonymity_clauses_are_whole_words() {
        for text in [
            ", who spoke on condition of anonymity,",
            " who asked not to be NAMED",
            " close to the talks",
            " familiar with\nthe plan",
            ", who was briefed on the talks,",
            ", who asked that her name not be used because she feared retaliation,",
        ] {
            assert!(anonymity_follows(text), "{text:?}");
        }
        for text in [
            " has kept in close touch with supporters",
            ", who would not disclose to reporters the date,",
            " was unnamed",
            " who is uninvolved in it",
            // Later in the sentence a post-modifier describes something else.
            " said the firm was involved in the fraud",
        ] {
            assert!(!anonymity_follows(text), "{text:?}");
        }
    }

    #[test]
    fn a_vague_head_with_its_own_anonymity_post_modifier_is_anonymous() {
        let source = "People close to the mayor said. People said, citing aides close to him.";
        let kind_at = |at: usize| read(source, &Mention::bare(Span::new(at, at + 6)), true).kind;
        assert_eq!(kind_at(0), SpeakerKind::Anonymous);
        assert_eq!(kind_at(source.rfind("People").unwrap()), SpeakerKind::Vague);
    }

    #[test]
    fn a_personal_name_stays_named_whatever_follows_it() {
        let source = "said Ann Lee, a lawyer involved in the case. Mr. Lee said. Aides to Lee \
                      said. One Democrat, who spoke on condition of anonymity, said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, true).kind;
        assert_eq!(kind_of("Ann Lee"), SpeakerKind::Named);
        assert_eq!(kind_of("Mr. Lee"), SpeakerKind::Named);
        assert_eq!(kind_of("Aides to Lee"), SpeakerKind::Anonymous);
        assert_eq!(kind_of("One Democrat"), SpeakerKind::Anonymous);
    }

    #[test]
    fn a_name_after_a_kind_of_organisation_is_an_organisation() {
        let source = "Utility company Harbor Valley Power said. The retailer Northwind \
                      Outfitters said. Harbor spokesman Joe Ruiz said. Police Chief Ann Lee said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        assert_eq!(
            kind_of("Utility company Harbor Valley Power"),
            SpeakerKind::Institution
        );
        assert_eq!(
            kind_of("The retailer Northwind Outfitters"),
            SpeakerKind::Institution
        );
        // A title before the name is a person's: "spokesman", "Chief".
        assert_eq!(kind_of("Harbor spokesman Joe Ruiz"), SpeakerKind::Named);
        assert_eq!(kind_of("Police Chief Ann Lee"), SpeakerKind::Named);
    }

    #[test]
    fn a_capitalised_plural_that_only_opens_sentences_is_a_common_noun() {
        let source = "Forecasters warned of gusts. Ann Rivers spoke. Rivers said so. \
                      Judge Ann J. Fields ruled. Fields said so. Mourners said so. In Ohio. \
                      Mourners wept. Fishermen say so. Carmen said so.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        assert_eq!(kind_of("Forecasters"), SpeakerKind::Vague);
        assert_eq!(kind_of("Mourners"), SpeakerKind::Vague);
        // A plural in "-men"; not a name that ends so.
        assert_eq!(kind_of("Fishermen"), SpeakerKind::Vague);
        assert_eq!(kind_of("Carmen"), SpeakerKind::Named);
        // A surname is written after a first name, or mid-sentence, somewhere.
        assert_eq!(kind_of("Rivers"), SpeakerKind::Named);
        assert_eq!(kind_of("Fields"), SpeakerKind::Named);
        // Not one that opens no sentence: "said Mourners".
        let mid = "Lee said Mourners would know.";
        assert_ne!(read_phrase(mid, "Mourners", false).kind, SpeakerKind::Vague);
    }

    #[test]
    fn a_document_speaks_for_an_organisation_unless_a_person_owns_it() {
        let source = "A Harbor poll released Monday said. The lawsuit says. A poll that \
                      shows it said. Ann Lee's memo said. His report said. A letter said. \
                      Reuters's poll said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        for phrase in [
            "A Harbor poll released Monday",
            "The lawsuit",
            "A poll that shows it",
        ] {
            assert_eq!(kind_of(phrase), SpeakerKind::Institution, "{phrase}");
        }
        assert_eq!(kind_of("Ann Lee's memo"), SpeakerKind::Named);
        assert_eq!(kind_of("Reuters's poll"), SpeakerKind::Institution);
        assert_eq!(kind_of("His report"), SpeakerKind::Named);
        assert_eq!(kind_of("A letter"), SpeakerKind::Anonymous);
        // A record by its author: an organisation's, or the person's named.
        let by = "A study by researchers at Port Ellis University found. An analysis by Ann \
                  Lee found.";
        let study = read_phrase(by, "A study by researchers at Port Ellis University", false);
        assert_eq!(study.kind, SpeakerKind::Institution);
        let analysis = read_phrase(by, "An analysis by Ann Lee", false);
        assert_eq!(
            (analysis.kind, analysis.name.as_str()),
            (SpeakerKind::Named, "Ann Lee")
        );
        // Plural records speak for the organisation that made them.
        let kind_in = |source: &str, phrase: &str| read_phrase(source, phrase, false).kind;
        for phrase in [
            "unofficial results from the secretary of state's office",
            "Treasury estimates",
            "statistics from the Port Ellis Harbor Board",
            "The secretary of state's office",
        ] {
            let source = format!("Sales fell, according to {phrase}.");
            assert_eq!(
                kind_in(&source, phrase),
                SpeakerKind::Institution,
                "{phrase}"
            );
        }
        let head = "The deputy head of China's delegation";
        assert_eq!(kind_in(&format!("{head} said."), head), SpeakerKind::Named);
        let memo = "A memo from Secretary of State Ann Lee said.";
        let memo = read_phrase(memo, "A memo from Secretary of State Ann Lee", false);
        assert_eq!(
            (memo.kind, memo.name.as_str()),
            (SpeakerKind::Named, "Ann Lee")
        );
    }

    /// Asserts the kind each phrase of `source` is read as.
    fn assert_kinds(source: &str, expected: &[(&str, SpeakerKind)]) {
        for &(phrase, kind) in expected {
            assert_eq!(read_phrase(source, phrase, false).kind, kind, "{phrase}");
        }
    }

    #[test]
    fn a_word_the_article_gives_before_an_institution_s_head_is_its_short_form() {
        use SpeakerKind::{Institution, Named};
        let source = "Calloway Group said. At Calloway Group, all is well. Ann Callowayson \
                      spoke. Calloway said. \
                      Donald Lee said. The Lee Foundation said. Lee said. Reed campaign said. \
                      Reed said.";
        assert_kinds(
            source,
            &[("Calloway", Institution), ("Lee", Named), ("Reed", Named)],
        );
    }

    #[test]
    fn a_chief_is_one_person_an_executive_anyone() {
        use SpeakerKind::{Anonymous, Named};
        let source = "Harbor's chief executive said. The chief executive said. An executive \
                      said. The executive said. A chief executive said.";
        assert_kinds(
            source,
            &[
                ("Harbor's chief executive", Named),
                ("The chief executive", Named),
                ("An executive", Anonymous),
                ("The executive", Anonymous),
                ("A chief executive", Anonymous),
            ],
        );
        // The holder of an office of an institution is a person; its spokesman speaks for it.
        use SpeakerKind::Institution;
        let source = "The chairman of the port authority said. The head of Acme Holdings \
                      said. A spokesman for the port authority said.";
        assert_kinds(
            source,
            &[
                ("The chairman of the port authority", Named),
                ("The head of Acme Holdings", Named),
                ("A spokesman for the port authority", Institution),
            ],
        );
    }

    #[test]
    fn owned_words_speak_for_their_owner() {
        use SpeakerKind::{Anonymous, Institution, Named};
        let source = "Ann Lee's claim said. His letter said. An email from Ann Lee said. \
                      Reuters's account said. Rubio's response said. A letter said.";
        assert_kinds(
            source,
            &[
                ("Ann Lee's claim", Named),
                ("His letter", Named),
                ("An email from Ann Lee", Named),
                ("Rubio's response", Named),
                ("Reuters's account", Institution),
                ("A letter", Anonymous),
            ],
        );
    }

    #[test]
    fn one_named_among_others_is_on_the_record() {
        use SpeakerKind::{Anonymous, Institution, Named, Vague};
        let source = "Ann Lee and her lawyers said. Mr. Kim and other leaders said. The Harbor \
                      Authority and its allies said. Democrats and others said. The Democrats \
                      and their allies said. Current and former officials said.";
        assert_kinds(
            source,
            &[
                ("Ann Lee and her lawyers", Named),
                ("Mr. Kim and other leaders", Named),
                ("The Harbor Authority and its allies", Institution),
                ("Democrats and others", Vague),
                ("The Democrats and their allies", Vague),
                ("Current and former officials", Anonymous),
            ],
        );
    }

    #[test]
    fn plural_records_speak_for_the_owner_they_name() {
        use SpeakerKind::{Institution, Named, Vague};
        let source = "H.P.A. records show. Harbor Port Authority filings show. The port's \
                      records show. Its ferry reports show. Company documents show. His \
                      expense documents show. Polls show. Exit polls show. Press reports \
                      show. An analysis of port filings shows.";
        assert_kinds(
            source,
            &[
                ("H.P.A. records", Institution),
                ("Harbor Port Authority filings", Institution),
                ("The port's records", Institution),
                ("Its ferry reports", Institution),
                ("Company documents", Institution),
                // "analysis" is one record, not many.
                ("An analysis of port filings", Institution),
                ("His expense documents", Named),
                ("Polls", Vague),
                ("Exit polls", Vague),
                ("Press reports", Vague),
            ],
        );
        // "The findings": records the article has met, one study's or one firm's.
        assert_kinds("The findings show.", &[("The findings", Institution)]);
    }

    #[test]
    fn a_party_or_nation_noun_is_no_name() {
        let source = "A New Hampshire Republican said. Mexicans say. The Iowa Republican said. \
                      North American Harbor Lines said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        assert_eq!(
            kind_of("A New Hampshire Republican"),
            SpeakerKind::Anonymous
        );
        assert_eq!(kind_of("Mexicans"), SpeakerKind::Vague);
        // The one the article has named already.
        assert_eq!(kind_of("The Iowa Republican"), SpeakerKind::Named);
        assert_ne!(kind_of("North American Harbor Lines"), SpeakerKind::Vague);
    }

    #[test]
    fn an_institution_name_after_a_given_name_or_a_place_is_none() {
        use SpeakerKind::{Institution, Named, Vague};
        let source = "Ann Bloomberg said. Mr. Bloomberg said. Bloomberg said. Voters in \
                      Congress said. Yonhap reporters said.";
        assert_kinds(
            source,
            &[
                ("Ann Bloomberg", Named),
                ("Mr. Bloomberg", Named),
                ("Bloomberg", Institution),
                ("Voters in Congress", Vague),
                ("Yonhap reporters", Institution),
            ],
        );
    }

    #[test]
    fn a_seat_of_government_and_a_company_by_its_ending_are_institutions() {
        use SpeakerKind::{Institution, Named};
        let source = "Downing Street said. Meridian Systems said. Dana Systems said. Lee said.";
        assert_kinds(
            source,
            &[
                ("Downing Street", Institution),
                ("Meridian Systems", Institution),
                ("Dana Systems", Institution),
                ("Lee", Named),
            ],
        );
    }

    #[test]
    fn crowds_are_vague_and_a_giant_is_a_company() {
        use SpeakerKind::{Institution, Named, Vague};
        let source = "Most of the Harbor Party senators said. Hispanics say. Caucus-goers said. \
                      The shipping giant said. Mark Cuban said.";
        assert_kinds(
            source,
            &[
                ("Most of the Harbor Party senators", Vague),
                ("Hispanics", Vague),
                ("Caucus-goers", Vague),
                ("The shipping giant", Institution),
                // A nation noun that is also a surname is left out of the list.
                ("Mark Cuban", Named),
            ],
        );
    }

    #[test]
    fn the_before_capitalised_words_names_an_organisation() {
        let source = "The Harbor Sentinel said. The NAACP said. The Museum of Modern Art said. \
                      The venture capitalist Ann Lee said. The Khans said. The Rev. Ann Lee said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        for phrase in [
            "The Harbor Sentinel",
            "The NAACP",
            "The Museum of Modern Art",
        ] {
            assert_eq!(kind_of(phrase), SpeakerKind::Institution, "{phrase}");
        }
        for phrase in [
            "The venture capitalist Ann Lee",
            "The Khans",
            "The Rev. Ann Lee",
        ] {
            assert_eq!(kind_of(phrase), SpeakerKind::Named, "{phrase}");
        }
    }

    #[test]
    fn organisations_by_kind_and_company_endings_are_institutions() {
        let source = "The port authority said. The regulator said. The airline said. The tribunal \
                      said. Acme Holdings said. Norsk Fisk ASA said. The developer said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        for phrase in [
            "The port authority",
            "The regulator",
            "The airline",
            "The tribunal",
            "Acme Holdings",
            "Norsk Fisk ASA",
        ] {
            assert_eq!(kind_of(phrase), SpeakerKind::Institution, "{phrase}");
        }
        // A newspaper named without its "The" still is one.
        for phrase in [
            "a memo obtained by The Kansas City Star",
            "a poll by The Boston Globe",
        ] {
            let source = format!("{phrase} said.");
            assert_eq!(
                read_phrase(&source, phrase, false).kind,
                SpeakerKind::Institution,
                "{phrase}"
            );
        }
        // A trade that may be one person's is left to the article.
        assert_ne!(kind_of("The developer"), SpeakerKind::Institution);
    }

    #[test]
    fn a_crowd_on_an_institution_is_vague() {
        let source = "Some on Twitter said. Many in Congress said. Twitter said. CNN viewers \
                      said. Yonhap reporters said. All said.";
        let kind_of = |phrase: &str| read_phrase(source, phrase, false).kind;
        assert_eq!(kind_of("Some on Twitter"), SpeakerKind::Vague);
        assert_eq!(kind_of("Many in Congress"), SpeakerKind::Vague);
        assert_eq!(kind_of("All"), SpeakerKind::Vague);
        assert_eq!(kind_of("CNN viewers"), SpeakerKind::Vague);
        assert_eq!(kind_of("Yonhap reporters"), SpeakerKind::Institution);
        assert_eq!(kind_of("Twitter"), SpeakerKind::Institution);
    }

    #[test]
    fn a_relative_clause_ends_the_head() {
        let source = "Two sources who have seen the harbor letters said.";
        let phrase = "Two sources who have seen the harbor letters";
        let reading = read(source, &Mention::bare(Span::new(0, phrase.len())), false);
        assert_eq!(reading.kind, SpeakerKind::Anonymous);
        // So does a participle's agent: the record is no name.
        let source = "A memo obtained by the Harbor Ledger said.";
        let reading = read_phrase(source, "A memo obtained by the Harbor Ledger", false);
        assert_eq!(reading.kind, SpeakerKind::Institution);
    }

    #[test]
    fn the_person_served_is_not_the_speaker() {
        let source = "A spokesman for House Speaker Ann Lee said. Secretary of State Bo Kim said.";
        let read_of = |phrase: &str| read_phrase(source, phrase, false);
        let spokesman = read_of("A spokesman for House Speaker Ann Lee");
        assert_eq!(spokesman.kind, SpeakerKind::Institution);
        assert!(!spokesman.has_name);
        let secretary = read_of("Secretary of State Bo Kim");
        assert_eq!(
            (secretary.kind, &*secretary.name),
            (SpeakerKind::Named, "Bo Kim")
        );
    }

    #[test]
    fn kinds_of_source() {
        let source = "The city administration said. Some say. The Harbor Authority said.";
        let (speakers, _) = resolve_all(
            source,
            &["The city administration", "Some", "The Harbor Authority"],
        );
        let kinds: Vec<SpeakerKind> = speakers.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SpeakerKind::Institution,
                SpeakerKind::Vague,
                SpeakerKind::Institution
            ]
        );
    }
}
