//! Where a speaker phrase starts, read backwards from its head: names and titles,
//! determined nouns, shares of a group, quantities.

use super::words::*;
use crate::lexicon::lexicon;
use crate::text::normalise::with_lowercase;
use crate::text::tokens::Token;

/// Where a phrase "determiner (modifier ...) noun" ending at `head` starts, if it is one:
/// at most three words after a determiner or possessive; `as_subject`: only where a clause opens.
pub(super) fn determined_phrase(toks: &[Token], head: usize, as_subject: bool) -> Option<usize> {
    let is_lower_word = |t: &Token| t.is_word() && !t.is_capitalised();
    let head_low = lower(&toks[head]);
    let past_form = head_low.len() > 4 && head_low.ends_with("ed");
    // "Both said": a standalone determiner may open its sentence capitalised, and "all"
    // and "both" are not read as adverbs there.
    let standalone = STANDALONE.contains(&&*head_low) && toks[head].is_word();
    let plain_word =
        !standalone && (!is_lower_word(&toks[head]) || lexicon().adverbs.contains(&*head_low));
    if plain_word
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
    let opens_clause = |phrase: usize| !as_subject || opens_its_clause(toks, phrase);
    // A bare plural needs no determiner: "Security specialists say", "Lee supporters told".
    let plural = head_low.len() > 3 && head_low.ends_with('s') && !head_low.ends_with("ss");
    let mut start = head;
    let mut bare_plural_ok = true;
    while start > 0 && head - start < 4 {
        let token = &toks[start - 1];
        // "520 superdelegates", "about 200 protesters": a count determines the phrase.
        if counts(toks, start - 1, head) {
            let phrase = quantity_start(toks, start - 1);
            return opens_clause(phrase).then_some(phrase);
        }
        if is_determiner(token) || is_possessive(token) {
            // A possessive may be a name's: "Romney's associates".
            let phrase = if is_possessive(token) {
                phrase_start(toks, start - 1)
            } else {
                start - 1
            };
            let phrase = joined_to_name(toks, partitive_start(toks, phrase));
            return opens_clause(phrase).then_some(phrase);
        }
        // Capitalised modifiers too: "One Green Party hopeful", "Lee supporters".
        // Not an auxiliary or "to": "these are key", "her aides haven't".
        let low = lower(token);
        // "Teachers and traders say": two bare plurals of people joined.
        if low == "and" && plural && start >= 2 && is_group_word(&lower(&toks[start - 2])) {
            start -= 2;
            continue;
        }
        if CLAUSE_LINKS.contains(&&*low) {
            // "But aides said": the phrase starts after a link that opens its clause; a
            // link inside one ("Experts on ecology and fisheries") is read by other rules.
            bare_plural_ok &= start == 1 || !toks[start - 2].is_word();
            break;
        }
        let modifier = token.is_word()
            && !CLAUSE_WORDS.contains(&&*low)
            && low != "to"
            && !low.ends_with("n't");
        if !modifier || is_pronoun(token.text) {
            break;
        }
        // Without a determiner, only adjective-like words may modify a bare plural (an
        // "-ing" word only where it opens the clause: "But polling experts"), and a name
        // only a known speaker noun ("Lee supporters", not "Lee believes").
        bare_plural_ok &= is_modifier(token)
            || (is_ing_form(token) && participle_opens(toks, start - 1))
            || (token.is_capitalised()
                && (lexicon().speaker_nouns.contains(&*head_low) || is_agent_plural(&head_low)));
        start -= 1;
    }
    (plural && bare_plural_ok && opens_clause(start)).then_some(start)
}

/// Whether the count at `at` counts a common noun at `head`: not "$1 million", not a list's
/// number before a headline ("4 Gina Lee").
fn counts(toks: &[Token], at: usize, head: usize) -> bool {
    let head = &toks[head];
    is_count(&toks[at])
        && !head.is_capitalised()
        && !is_number(&lower(head))
        && (at == 0 || toks[at - 1].text != "$")
}

/// Where a rank whose number is at `at` starts: "No 10", "No. 2", "Number 10".
pub(super) fn rank_start(toks: &[Token], at: usize) -> Option<usize> {
    let word = at.checked_sub(1)?;
    let rank = toks[at].text.bytes().all(|b| b.is_ascii_digit())
        && matches!(toks[word].text, "No" | "No." | "Number");
    rank.then_some(word)
}

/// Where a count standing alone as its clause's subject starts: "More than 2,000 said",
/// "all but two said", "Of those polled, 12 said"; not a year, a sum ("$5") or a date's day
/// ("on May 3 said"), nor "one", read as a person elsewhere.
pub(super) fn bare_count_start(toks: &[Token], head: usize) -> Option<usize> {
    let token = &toks[head];
    let count = is_count(token)
        || token.text.starts_with(char::is_alphabetic)
            && with_lowercase(token.text, |w| w != "one" && is_number(w));
    if !count {
        return None;
    }
    let mut start = quantity_start(toks, head);
    let before = |start: usize, words: [&str; 2]| {
        start >= 2 && (0..2).all(|i| toks[start - 2 + i].text.eq_ignore_ascii_case(words[i]))
    };
    if before(start, ["all", "but"]) || before(start, ["at", "least"]) {
        start -= 2;
    }
    let opens = start == 0 || {
        let previous = &toks[start - 1];
        if previous.is_word() {
            CLAUSE_LINKS.contains(&&*lower(previous))
        } else {
            !matches!(previous.text, "$" | "£" | "€" | "#" | "-" | "/" | ".")
        }
    };
    opens.then_some(start)
}

/// Where a quantity ending at `last` starts: "four in 10", "more than 4 in 10", "nine out
/// of 10", "about two-thirds", "42 %", "the majority".
pub(super) fn quantity_start(toks: &[Token], last: usize) -> usize {
    let mut start = last;
    while start > 0 && last - start < 5 {
        let low = lower(&toks[start - 1]);
        let part = matches!(
            &*low,
            "in" | "of"
                | "out"
                | "than"
                | "more"
                | "fewer"
                | "less"
                | "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "just"
                | "some"
        ) || is_number(&low);
        if !part {
            break;
        }
        start -= 1;
    }
    // Not from a preposition ("shy of half"); with its article ("a third", "the majority").
    while start < last && matches!(&*lower(&toks[start]), "in" | "of" | "out" | "than") {
        start += 1;
    }
    if start > 0 && matches!(&*lower(&toks[start - 1]), "a" | "the") {
        start -= 1;
    } else if start == last && start > 1 {
        // With an adjective between: "a slim majority", "the same number".
        let adjective = toks[start - 1].text.bytes().all(|b| b.is_ascii_lowercase());
        if adjective && matches!(&*lower(&toks[start - 2]), "a" | "an" | "the") {
            start -= 2;
        }
    }
    start
}

/// The first of the capitalised words that end at `head`.
fn first_name_word(toks: &[Token], head: usize) -> usize {
    let run = toks[..=head]
        .iter()
        .rev()
        .take_while(|t| is_name_word(t))
        .count();
    head + 1 - run.max(1)
}

/// Finds where a speaker phrase ending at token `head` starts (backwards).
pub(super) fn phrase_start(toks: &[Token], head: usize) -> usize {
    let lex = lexicon();
    let mut start = rank_start(toks, head).unwrap_or(head);
    let mut modifiers = 0;
    while start > 0 && head - start < 12 {
        let token = &toks[start - 1];
        let low = lower(token);
        // "A No 10 spokesperson", "the No. 2 Senate Republican": a rank is a modifier.
        if let Some(rank) = rank_start(toks, start - 1) {
            start = rank;
            modifiers += 1;
            continue;
        }
        if counts(toks, start - 1, head) {
            start = quantity_start(toks, start - 1);
            break;
        }
        if is_determiner(token) {
            start -= 1;
            // Determiners chain: "two other aides", "all the".
            while start > 0 && is_determiner(&toks[start - 1]) {
                start -= 1;
            }
            // "Lee Hae-chan of the ruling party": a name owns the phrase after "of the".
            let owned = start >= 2
                && lower(&toks[start - 1]) == "of"
                && is_name_word(&toks[start - 2])
                && !is_determiner(&toks[start - 2]);
            if owned {
                start -= 1;
                continue;
            }
            start = joined_to_name(toks, start);
            break;
        }
        // "Kim and Park", "he and Mr. Allen", "Commission on Coastal Safety".
        let joins_names = |t: &str| {
            (low == t)
                && start >= 2
                && (toks[start - 2].is_capitalised() || is_pronoun(toks[start - 2].text))
                && toks[start].is_capitalised()
        };
        // "Current and former officials": two modifiers joined where the phrase opens.
        let joins_modifiers = matches!(&*low, "and" | "or")
            && start >= 2
            && modifiers > 0
            && (is_modifier(&toks[start - 2]) || toks[start - 2].is_capitalised())
            && opens_phrase(toks, start - 2);
        // "An earlier report", "the 2015 report": an adverb's form or a year after a
        // determiner is an adjective.
        let year = low.len() == 4 && low.bytes().all(|b| b.is_ascii_digit());
        let adjective = (year || matches!(&*low, "earlier" | "later" | "first" | "only" | "then"))
            && start >= 2
            && is_determiner(&toks[start - 2]);
        // "teachers and union officials": two groups of people joined.
        // The sentence's first word is capitalised whatever it is: "Teachers and traders".
        let first_group = start == 2 && is_group_word(&lower(&toks[0]));
        let joins_groups = low == "and"
            && start >= 2
            && modifiers == 0
            && (is_group(&toks[start - 2]) || first_group)
            && is_group(&toks[head]);
        // The first group may have modifiers of its own: "union members and leaders".
        if joins_groups && !opens_phrase(toks, start - 2) {
            let first = phrase_start(toks, start - 2);
            if first < start - 2 && opens_phrase(toks, first) {
                start = first;
            }
            break;
        }
        // "The front-runner and former secretary of state": one person's two roles.
        let joins_roles = low == "and"
            && start >= 2
            && is_singular_role(&toks[start - 2])
            && is_singular_role(&toks[head]);
        // "a point Lee acknowledged": after "a", a noun before the name opens a clause whose
        // subject the name is (the "that" left out), not a modifier of it.
        let noun_before_name = start >= 2
            && lex.speech_nouns.iter().any(|n| *n == *low)
            && is_name_word(&toks[head])
            && start == first_name_word(toks, head)
            && matches!(&*lower(&toks[start - 2]), "a" | "an");
        if noun_before_name {
            break;
        }
        // "chief of staff Ann Lee": a title with "of" in it.
        if low == "of" && title_with_of(toks, start - 1) {
            start -= 2;
            continue;
        }
        let accept = is_name_word(token)
            || joins_modifiers
            || joins_groups
            || joins_roles
            || adjective
            || lex.speaker_nouns.contains(&*low)
            || lex.titles.contains(&*low)
            || is_possessive(token)
            || ["of", "and", "for", "on"].into_iter().any(joins_names)
            || NAME_PARTICLES.iter().any(|p| joins_names(p))
            || token.text == "&"
            // "to placate nervous voters": a word after "to" is a verb; a past form only
            // modifies a common noun ("elected officials", not "Lee attacked Park").
            || ((is_modifier(token) || participle_opens(toks, start - 1))
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
    // "Doyle and others": a group or vague head with no determiner may be joined too.
    if !is_determiner(&toks[start])
        && (is_group(&toks[head]) || lex.vague.contains(&*lower(&toks[head])))
    {
        start = joined_to_name(toks, start);
    }
    partitive_start(toks, start)
}

/// Where a phrase at `start` starts when another speaker's phrase is joined to it: "George
/// Bush and his rivals", "The campaign and the DNC", "Doyle and others".
fn joined_to_name(toks: &[Token], start: usize) -> usize {
    if start < 2 || lower(&toks[start - 1]) != "and" || !is_head(&toks[start - 2]) {
        return start;
    }
    if matches!(toks[start].text, "his" | "her" | "their") && is_name_word(&toks[start - 2]) {
        return phrase_start(toks, start - 2);
    }
    // A name or a determined phrase before, which opens the clause ("Doyle and others",
    // "Lee and two other aides"; "Lee met the mayor and the council" joins no speakers).
    let first = phrase_start(toks, start - 2);
    let determined = first < start - 2 && is_determiner(&toks[first]);
    let named = is_name_word(&toks[start - 2]);
    // Before a name only names and determiners ("One reason Democrats and ..." is a clause).
    let plain_name = !named
        || toks[first..start - 2]
            .iter()
            .all(|t| t.is_capitalised() || is_determiner(t));
    if (determined || named) && plain_name && opens_phrase(toks, first) {
        first
    } else {
        start
    }
}

/// A lower-case title or singular noun for a person: "senator", "candidate".
fn is_singular_role(token: &Token) -> bool {
    let low = lower(token);
    !token.is_capitalised() && !low.ends_with('s') && is_role(&low)
}

/// A lower-case plural that names people: "officials", "teachers".
fn is_group(token: &Token) -> bool {
    !token.is_capitalised() && is_group_word(&lower(token))
}

/// A plural that names people, lower-cased: "officials", "teachers".
fn is_group_word(low: &str) -> bool {
    low.ends_with('s') && (lexicon().speaker_nouns.contains(low) || is_agent_plural(low))
}

/// Whether the participle at `at` opens a phrase as a modifier ("the elected officials",
/// "But polling experts"), not a verb after its subject ("Lee praised local officials",
/// "Lee quoting local officials").
fn participle_opens(toks: &[Token], at: usize) -> bool {
    // After a comma a past form is the verb of a subject set off before it: "Ann Rivers, who
    // is running again, emailed supporters".
    let after_comma = at > 0 && toks[at - 1].is(',');
    ((is_past_form(&toks[at]) && !after_comma) || is_ing_form(&toks[at]))
        && !toks[at + 1].is_capitalised()
        && opens_phrase(toks, at)
}

/// Whether a phrase may start at `at`: first, or after punctuation, a determiner or a link.
fn opens_phrase(toks: &[Token], at: usize) -> bool {
    at == 0 || {
        let before = &toks[at - 1];
        !before.is_word() || is_determiner(before) || CLAUSE_LINKS.contains(&&*lower(before))
    }
}

/// Words that take a share of a group: "one of the officials", "some of them".
pub(super) const PARTITIVES: &[&str] = &[
    "one", "two", "three", "some", "many", "several", "most", "all", "both", "each", "none", "few",
    "any", "either", "neither", "another",
];

/// Where a phrase starting at `start` starts once a share before it is counted in ("one of
/// the officials", "a third of the respondents", "nearly half of voters").
pub(super) fn partitive_start(toks: &[Token], start: usize) -> usize {
    if start < 2 || lower(&toks[start - 1]) != "of" {
        return start;
    }
    let share = lower(&toks[start - 2]);
    if PARTITIVES.contains(&&*share) {
        start - 2
    } else if lexicon().is_share(&share) {
        quantity_start(toks, start - 2)
    } else if COLLECTIVES.contains(&&*share) {
        collective_start(toks, start - 2)
    } else {
        start
    }
}

/// Nouns that count a group: "a number of economists", "dozens of protesters".
pub(super) const COLLECTIVES: &[&str] = &[
    "number",
    "group",
    "handful",
    "couple",
    "dozen",
    "dozens",
    "host",
    "array",
    "series",
    "range",
    "variety",
    "chorus",
    "slew",
    "bunch",
    "pair",
    "hundreds",
    "thousands",
    "millions",
    "scores",
];

/// Where a group counted by the collective at `at` starts: with its article and up to two
/// adjectives ("a wide array of", "a growing number of").
fn collective_start(toks: &[Token], at: usize) -> usize {
    let article = (1..=3)
        .filter_map(|back| at.checked_sub(back))
        .take_while(|&i| toks[i].is_word())
        .find(|&i| matches!(&*lower(&toks[i]), "a" | "an" | "the"));
    match article {
        Some(i) if (i + 1..at).all(|j| is_modifier(&toks[j])) => i,
        _ => at,
    }
}
