//! Claim boundaries shared by the extractors: where a paraphrase starts after its cue,
//! where it ends, and how a claim's text is trimmed.

use super::inverted::narrating_participle;
use super::subject::{GOES_ON, PARTICIPLE_LEADS};
use super::{Context, CueHit, Mode};
use crate::lexicon::{CueClass, lexicon};
use crate::resolve::{mention, speakers};
use crate::span::{Span, floor_boundary};
use crate::text::normalise::{folded_word, is_dash, lowercase, strip_clause_dash, with_lowercase};
use crate::text::normalise::{has_quotation_mark, is_double_quote, is_quote, is_single_quote};
use crate::text::tokens::{Token, tokens};

/// Whether a "that" before `noun` and `verb` is the noun's determiner: "said that account
/// was wrong" (a singular noun for what was said, then its verb), not a complementizer.
fn determines_account(noun: &str, verb: &str) -> bool {
    lexicon().reference_nouns.contains(noun)
        && matches!(verb, "is" | "was" | "has" | "does" | "remains")
}

/// Trims white space, a leading "that" and trailing clause punctuation; a closing quotation
/// mark stays when its opening mark is inside the claim.
pub fn trim_claim(source: &str, span: Span) -> Span {
    let mut span = span.trim_matches(source, |c| matches!(c, ',' | ';' | ':' | '—' | '–' | '-'));
    let text = span.text(source);
    for lead in ["that ", "that\u{a0}"] {
        let mut words = text.get(lead.len()..).unwrap_or("").split(' ');
        let next_word = words.next().unwrap_or("");
        if text.len() > lead.len()
            && text
                .get(..lead.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(lead))
            && !is_finite_auxiliary(&folded_word(next_word))
            && !determines_account(next_word, words.next().unwrap_or(""))
        {
            span = Span::new(span.start + lead.len(), span.end).trim(source);
        }
    }
    let text = span.text(source);
    // An opening mark inside: a double one, or a single one after a space (not an apostrophe).
    let opens_inside = text.chars().any(is_double_quote)
        || text
            .char_indices()
            .any(|(at, c)| is_single_quote(c) && text[..at].ends_with(char::is_whitespace));
    // A sentence's closing period is the writer's once the claim's quotations have closed;
    // inside one ('."', "“grim. . . .") it is the speaker's and stays.
    let text = match text.trim_end().strip_suffix('.') {
        Some(head) if opens_inside && quotations_closed(head) => head,
        _ => text,
    };
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ',' | ';' | ':')
            || (c == '.' && !opens_inside)
            || (!opens_inside && is_quote(c))
    });
    // "ended at 10 p.m.", "held in the U.S.", "Ruiz Jr.": an abbreviation keeps its period
    // ("the answer was no." does not).
    let last_word = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let abbreviation = last_word.contains('.')
        || lexicon().is_abbreviation(last_word) && !last_word.eq_ignore_ascii_case("no");
    let abbreviated = abbreviation && text[trimmed.len()..].starts_with('.');
    Span::new(
        span.start,
        span.start + trimmed.len() + usize::from(abbreviated),
    )
}

/// Whether every double quotation `text` opens also closes in it: as many “ as ”, and an
/// even number of straight marks and of doubled apostrophes.
fn quotations_closed(text: &str) -> bool {
    let count = |mark: &str| text.matches(mark).count();
    count("“") == count("”") && count("\"") % 2 == 0 && count("''") % 2 == 0
}

/// A quote's words as a claim: without the marks and a trailing comma.
pub fn quote_claim(source: &str, inner: Span) -> Span {
    inner.trim_matches(source, |c| c == ',')
}

/// Direct when the claim lies inside one quotation, mixed when it holds quoted words.
pub fn mode_of(cx: &Context, claim: Span) -> Mode {
    let quotes = &cx.doc.quotes;
    let first = quotes.partition_point(|q| q.outer.end <= claim.start);
    let mut mixed = false;
    for quote in quotes[first..]
        .iter()
        .take_while(|q| q.outer.start < claim.end)
    {
        if quote.outer.start <= claim.start + 1 && claim.end <= quote.outer.end + 1 {
            return Mode::Direct;
        }
        if claim.overlaps(quote.inner) {
            mixed = true;
        }
    }
    if mixed { Mode::Mixed } else { Mode::Indirect }
}

/// Participle cues that start a second statement of the same speaker (", saying ...").
pub(super) fn is_participle_cue(cx: &Context, hit: &CueHit) -> bool {
    hit.span.text(cx.source()).ends_with("ing")
}

/// Where a claim that starts at `from` in `sentence` ends: the sentence's end, or where the
/// next attribution in the sentence begins (", saying ...", ", according to ...", ", X said").
pub fn claim_end(cx: &Context, sentence: usize, from: usize) -> usize {
    let source = cx.source();
    let sentence_span = cx.sentence_span(sentence);
    // A few cues on is as far as a real claim runs; the bound keeps long sentences linear.
    for hit in cx.cues_in(sentence).filter(|h| h.span.start > from).take(8) {
        let before = source[from..hit.span.start].trim_end();
        // "... and said that ..." starts a second claim of the same speaker, and so does
        // "... and has said" past its auxiliary.
        let before_verb = before
            .rsplit_once(' ')
            .filter(|(_, last)| AUXILIARIES.contains(last))
            .map_or(before, |(head, _)| head);
        // "... but went on to say", "... and then said": past the words that lead to the verb.
        let before_verb = GOES_ON
            .iter()
            .chain(&[" then", " later"])
            .find_map(|lead| before_verb.strip_suffix(lead))
            .unwrap_or(before_verb);
        if let Some(head) = [" and", " and also", " but", " but also", " yet"]
            .iter()
            .find_map(|tail| before_verb.strip_suffix(tail))
        {
            return from + head.trim_end().trim_end_matches(',').len();
        }
        // "..., having suggested that ...": a perfect participle opens the next statement
        // after its comma or dash.
        let perfect = mention::ends_with_words(before, "having")
            .then(|| before[..before.len() - "having".len()].trim_end());
        if let Some(head) =
            perfect.and_then(|h| h.strip_suffix(',').or_else(|| strip_clause_dash(h)))
        {
            return from + head.trim_end().len();
        }
        // ", aside from saying ...": a participle's lead word stands after the comma.
        let before = if is_participle_cue(cx, hit) {
            PARTICIPLE_LEADS
                .iter()
                .find(|w| mention::ends_with_words(before, w))
                .map_or(before, |w| before[..before.len() - w.len()].trim_end())
        } else {
            before
        };
        // The comma may stand inside a closing quotation mark: `was "corrupt," noting`.
        let comma_ended = before.trim_end_matches(is_quote).ends_with(',');
        // A participle may follow a clause dash too: "... between them — noting that".
        let dashed_participle = is_participle_cue(cx, hit)
            .then(|| strip_clause_dash(before))
            .flatten();
        if let Some(head) = dashed_participle {
            return from + head.trim_end().len();
        }
        if let Some(head) = comma_ended.then_some(before) {
            // "Kim, who said ... , said": a plain "said" after a comma is the main verb.
            let main_verb = matches!(
                &*folded_word(hit.span.text(source)),
                "said" | "says" | "say" | "told" | "tells"
            ) && !source[hit.span.end..].trim_start().starts_with("to ");
            if hit.according_to || is_participle_cue(cx, hit) || main_verb {
                // "..., and the promoter, Bayside Live, said": its clause's conjunction.
                let conjoined = cx
                    .mention_before(from, hit.span)
                    .and_then(|m| before_new_clause(source[from..m.span.start].trim_end()));
                return from + conjoined.unwrap_or(head.len());
            }
        }
        // ", X said" ends the claim at its comma; "... but X said" at the conjunction.
        if let Some(m) = cx.mention_before(from, hit.span) {
            // Past a focusing word: "..., even some allies questioned".
            let lead = source[from..m.span.start].trim_end();
            let lead = ["even", "only", "also", "just"]
                .iter()
                .find_map(|w| lead.strip_suffix(w).filter(|h| h.ends_with(' ')))
                .map_or(lead, str::trim_end);
            if lead.ends_with(',') && m.span.start > from {
                return from + lead.len() - 1;
            }
            // The comma may stand inside a closing quotation mark: `is “fit,” most said`.
            if lead.trim_end_matches(is_quote).ends_with(',') && m.span.start > from {
                return without_attributed_quotation(cx, from, from + lead.len());
            }
            if let Some(end) = before_new_clause(lead) {
                return from + end;
            }
            // A second "that" clause of the claim's own speaker goes on unless its verb
            // says something ("..., and that the two had argued loudly").
            let second_that = mention::ends_with_words(lead, "that");
            if let Some(comma) = nested_attribution(lead, m.relative.is_some())
                .filter(|_| !second_that || claim_start(cx, hit).is_some())
            {
                return from + comma;
            }
        }
    }
    let rest = &source[from..sentence_span.end];
    // ", after voters faced long lines": the writer's time clause, not the speaker's words
    // (not "after all"; a quotation the claim opens is read to its end all the same).
    // Or after how long: ", a day after reports said ...", ", hours after ...".
    let after = memchr::memchr_iter(b',', rest.as_bytes()).find(|&at| {
        let clause = &rest[at + 1..];
        let Some((lead, _)) = clause.split_once(" after ") else {
            return false;
        };
        !clause.starts_with(" after all")
            && lead.split_whitespace().count() <= 3
            && lead.split_whitespace().all(|w| DURATION_WORDS.contains(&w))
    });
    // ", even as crews were seen boarding it up": the writer's contrast, likewise (not
    // the aside in "Kim, even as a candidate, had ...").
    // The comma may stand inside a closing quotation mark: `"ongoing," even as`.
    let even_as = memchr::memchr_iter(b',', rest.as_bytes())
        .find_map(|at| {
            let after = rest[at + 1..].trim_start_matches(is_quote);
            let opens = after.starts_with(" even as ");
            opens.then(|| (at, rest.len() - after.len()))
        })
        .filter(|&(at, after)| {
            let aside = rest[after..].split(' ').take(6).any(|w| w.ends_with(','));
            !aside && is_clause(&rest[..at])
        })
        .map(|(at, _)| at);
    // A title's "... As Harbor Crews Pack Up": a second headline clause, of three words
    // or more (not "... As Mayor", "... As Heroes").
    let title_as = cx.in_title(sentence).then(|| {
        [" As ", " as "]
            .iter()
            .flat_map(|link| rest.match_indices(link))
            .filter(|(at, link)| {
                let clause = &rest[at + link.len()..];
                clause.starts_with(char::is_uppercase) && clause.split_whitespace().nth(2).is_some()
            })
            .map(|(at, _)| at)
            .min()
    });
    // ", speaking on condition of anonymity.": the writer's word on the source, to the
    // sentence's end (not an aside on someone in the claim: "the aide, who was not
    // authorized to speak, leaked it").
    let anonymity = memchr::memchr_iter(b',', rest.as_bytes()).find(|&at| {
        let clause = &rest[at + 1..];
        !clause.contains(',') && speakers::anonymity_clause_opens(clause)
    });
    // ", despite reports that ...": the writer's contrast with what others said.
    let despite = memchr::memchr_iter(b',', rest.as_bytes()).find(|&at| {
        rest[at + 1..]
            .strip_prefix(" despite ")
            .is_some_and(|after| after.split(' ').take(3).any(names_an_account))
    });
    // ", a claim that Reed's office disputed": the writer's label on the claim.
    // The comma may stand inside a closing quotation mark, which the claim keeps; a
    // clause dash may stand for it ("... — a claim the union rejects").
    let labelled = memchr::memchr_iter(b',', rest.as_bytes())
        .find_map(|at| {
            let after = rest[at + 1..].trim_start_matches(is_quote);
            labels_claim(after).then(|| rest.len() - after.len())
        })
        .or_else(|| {
            // A dash's first byte: '—' and '–' open with 0xE2, "--" with '-'.
            memchr::memchr2_iter(0xE2, b'-', rest.as_bytes())
                .find(|&at| {
                    let dashed = [" — ", " – ", " -- "].iter().find(|dash| {
                        rest.get(at.saturating_sub(1)..)
                            .is_some_and(|r| at > 0 && r.starts_with(**dash))
                    });
                    dashed.is_some_and(|dash| labels_claim(&rest[at - 1 + dash.len()..]))
                })
                .map(|at| at - 1)
        });
    narration_after(rest)
        .into_iter()
        .chain(after)
        .chain(labelled)
        .chain(despite)
        .chain(anonymity)
        .chain(even_as)
        .chain(title_as.flatten())
        .min()
        .map_or(sentence_span.end, |at| from + at)
}

/// Nouns a writer labels a claim with in an appositive after it.
const CLAIM_LABELS: &[&str] = &[
    "claim",
    "assertion",
    "allegation",
    "accusation",
    "charge",
    "contention",
    "characterization",
    "characterisation",
    "account",
    "version",
];

/// Whether `clause` (after a comma) labels the claim before it and says who answered it:
/// "a claim that Reed's office disputed", "an assertion the company denies".
fn labels_claim(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    matches!(words.next(), Some("a" | "an"))
        && words.next().is_some_and(|w| CLAIM_LABELS.contains(&w))
        && words.take(5).any(|w| {
            with_lowercase(w.trim_end_matches(['.', ',']), |w| {
                lexicon().cue(w).is_some()
            })
        })
}

/// Where a claim's words end before the conjunction that `lead` ends with, opening the
/// next speaker's clause ("..., and" before "Lee said").
fn before_new_clause(lead: &str) -> Option<usize> {
    let head = NEW_CLAUSE
        .iter()
        .find_map(|c| lead.strip_suffix(c).filter(|h| h.ends_with(' ')))?
        .trim_end();
    Some(head.strip_suffix(',').unwrap_or(head).len())
}

/// Where a clause with an attribution of its own hangs on a claim after its last comma
/// (", which he called ...", ", while only a third say ...", ", in a vote that he said ..."):
/// the comma, when a few words open that clause with a link. After a preposition the link
/// may be the speaker's relative pronoun (`relative_speaker`: "..., about as many who say").
fn nested_attribution(lead: &str, relative_speaker: bool) -> Option<usize> {
    let comma = lead.rfind(',')?;
    let mut words = lead[comma + 1..].split_whitespace();
    if words.clone().count() > 5 {
        return None;
    }
    let relative = |w: &str| RELATIVE_PRONOUNS.iter().any(|r| r.trim() == w);
    // A conjunction or relative pronoun first, or one after a preposition's few words.
    let mut first = words.next()?;
    // ", even as officials acknowledged ...": a focusing word before the conjunction.
    let even = first.eq_ignore_ascii_case("even");
    if even {
        first = words.next()?;
    }
    let linked = with_lowercase(first, |w| {
        NEW_CLAUSE.contains(&w)
            || even && matches!(w, "as" | "when" | "after" | "before")
            || relative(w)
            || (mention::LOCATIVES.contains(&w) || matches!(w, "about" | "with" | "as"))
                && (relative_speaker || words.any(relative))
    });
    // The claim before the comma must be a clause ("he is tied"), not a subject that the
    // main clause goes on from ("the announcement, which some have argued was ..., was").
    (linked && is_clause(&lead[..comma])).then_some(comma)
}

/// Whether a claim's words make a clause ("he is tied", "to win"): a verb form or "to".
pub(super) fn is_clause(claim: &str) -> bool {
    claim
        .split_whitespace()
        .any(|w| with_lowercase(w, |w| is_verb_form(w) || w == "to"))
}

/// Whether `text` holds an auxiliary or a past form: a finite verb, most likely.
pub(super) fn has_verb_form(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| with_lowercase(w, is_verb_form))
}

/// Where the writer goes on about the speaker after a claim: "..., and he railed against
/// ...", a pronoun and a past form after a comma and a conjunction; "... but declined to
/// ...", a speaker's act after the conjunction; "..., calling it ...", its participle; or
/// "..., but Democrats want ...", a named other side.
fn narration_after(rest: &str) -> Option<usize> {
    let acts = &lexicon().speaker_acts;
    // `was "far too quiet," an apparent reference to ...`: after a quotation's comma.
    let quoted_summary = memchr::memchr_iter(b',', rest.as_bytes()).find_map(|at| {
        let after = &rest[at + 1..];
        let mark = ["\" ", "\u{201d} "]
            .iter()
            .find(|m| after.starts_with(*m))?;
        sums_up(&after[mark.len()..]).then_some(at + mark.len())
    });
    // "though " is looked for once, for " though " and " although " both.
    // A comma may stand inside a closing quotation mark, which the claim keeps:
    // `"not unusual," drawing rebukes`.
    // Those are found among the commas ", " leads to, not in passes of their own.
    let quoted_commas = memchr::memchr_iter(b',', rest.as_bytes()).filter_map(|at| {
        let after = &rest[at + 1..];
        [",\" ", ",\u{201d} "]
            .into_iter()
            .find(|link| after.starts_with(&link[1..]))
            .map(|link| (at, link))
    });
    [" and ", " but ", ", ", "though "]
        .iter()
        .flat_map(|link| rest.match_indices(link))
        .chain(quoted_commas)
        .filter_map(|(at, link)| {
            let after = &rest[at + link.len()..];
            let at = match link {
                "though " => {
                    let lead = &rest[..at];
                    at - [" al", " "].iter().find(|l| lead.ends_with(*l))?.len()
                }
                ",\" " | ",\u{201d} " => at + link.len() - 1,
                _ => at,
            };
            let participle = link.starts_with(',');
            // A headline's second verb: "Lee Says Pier Is Safe, Vows Repairs"; the writer's
            // summing up: "..., an apparent reference to Kim".
            if participle
                && (headline_verb(after.split(' ').next().unwrap_or("")) || sums_up(after))
            {
                return Some(at);
            }
            // After a bare comma only a participle narrates, and not after the thing
            // written ("the plan is sound, calling it ..."; not "wrote a letter, calling"),
            // unless that thing's content was told ("denied a report that ..., calling").
            let thing_written = (rest.starts_with("a ") || rest.starts_with("an "))
                && !rest[..at].contains(" that ");
            if participle
                && (!after.split(' ').next().is_some_and(|w| w.ends_with("ing")) || thing_written)
            {
                return None;
            }
            // The comma may stand inside a closing quotation mark: `is "weak," but he gave`.
            let quoted_comma = rest[..at].trim_end_matches(is_quote).ends_with(',')
                && rest[..at].ends_with(is_quote);
            // A clause dash may stand for the comma: "... insiders — and he singled out".
            let head = rest[..at]
                .trim_end()
                .strip_suffix(',')
                .or_else(|| strip_clause_dash(rest[..at].trim_end()))
                .or((participle || quoted_comma).then_some(&rest[..at]));
            let mut words = after.split(' ');
            let first = words.next().unwrap_or("");
            // An adverb may stand before the verb: "although he again refused".
            let verb = words
                .next()
                .filter(|w| !matches!(*w, "again" | "also" | "then" | "later" | "still"))
                .or_else(|| words.next());
            let narrated = head.is_some()
                && ((matches!(first, "he" | "she") || first == "they" && link == "though ")
                    && verb
                        .is_some_and(|w| mention::is_past_participle(w) || mention::IRREGULAR_PAST.contains(&w))
                    // ", but Democrats want ...": a contrast with a named other side.
                    || link == " but " && first.starts_with(char::is_uppercase) && first != "I"
                    // ", but she has bristled at ...": the writer's turn to a person.
                    || link == " but " && matches!(first, "he" | "she" | "they")
                    // "..., and railed about ...": the speaker's next act, not a list's item.
                    || link == " and "
                        && head.is_some_and(|h| !h.contains(','))
                        && second_predicate(first, after.split(' ').nth(1).unwrap_or("")));
            let act = ["then ", "also "]
                .iter()
                .find_map(|adverb| after.strip_prefix(adverb))
                .unwrap_or(after);
            let acted = acts.iter().any(|a| {
                act.strip_prefix(a.as_str())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            });
            (narrated || acted).then(|| head.map_or(at, str::len))
        })
        .chain(quoted_summary)
        .min()
}

/// Whether `after`, past a comma, opens the writer's summing up of the claim: "an
/// apparent reference to", "a swipe at", "an acknowledgment that".
fn sums_up(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("a ")
        .or_else(|| after.strip_prefix("an "))
    else {
        return false;
    };
    // The noun among the first three words, a preposition or "that" right after it.
    let mut words = rest.split(' ').take(4);
    let mut word = words.next();
    for next in words {
        let linked = matches!(
            next,
            "to" | "at" | "that" | "of" | "on" | "toward" | "towards"
        );
        if linked && word.is_some_and(|w| lexicon().summary_nouns.contains(w)) {
            return true;
        }
        word = Some(next);
    }
    false
}

/// Whether `first` and `next` open a verb phrase with no subject of its own: "has
/// championed", "railed about", "requested another month" (not "classified information").
fn second_predicate(first: &str, next: &str) -> bool {
    matches!(first, "has" | "had")
        || mention::is_past_participle(first)
            && (mention::is_determiner_word(next)
                || mention::is_pronoun(next)
                || matches!(
                    next,
                    "about" | "against" | "for" | "on" | "that" | "to" | "with"
                ))
}

/// Whether `word` is a verb of saying or acting in a headline's capitals ("Vows", "Calls").
fn headline_verb(word: &str) -> bool {
    let lex = lexicon();
    word.starts_with(char::is_uppercase)
        && word.ends_with('s')
        && with_lowercase(word, |w| {
            lex.speaker_acts.iter().any(|a| a == w) || lex.cue(w).is_some()
        })
}

/// Where a claim from `from` to `end` ends when it ends in a quotation that the attribution
/// after it owns and a dash or colon sets off: `was unserious - "Again, we need details,"
/// she said` ends before the dash.
fn without_attributed_quotation(cx: &Context, from: usize, end: usize) -> usize {
    let quotes = &cx.doc.quotes;
    let at = quotes.partition_point(|q| q.outer.end < end);
    let Some(quote) = quotes
        .get(at)
        .filter(|q| q.outer.end == end && q.outer.start > from)
    else {
        return end;
    };
    let before = cx.source()[from..quote.outer.start].trim_end();
    match before.strip_suffix([':', '—', '–', '-']).map(str::trim_end) {
        Some(claim) if !claim.is_empty() => from + claim.len(),
        _ => end,
    }
}

/// The claim up to its first dash ("—", "–" or "--" after a space), trimmed.
pub(super) fn before_dash(source: &str, claim: Span) -> Span {
    let text = claim.text(source);
    let dash = text.match_indices(' ').find(|&(at, _)| {
        let next = &text[at + 1..];
        next.starts_with(is_dash) || next.starts_with("--")
    });
    match dash {
        Some((at, _)) => trim_claim(source, Span::new(claim.start, claim.start + at)),
        None => claim,
    }
}

/// A dash as a token: "—", "–", "--" or "-".
fn is_dash_token(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c == '-' || is_dash(c))
}

/// Conjunctions that open a new clause with its own speaker ("..., but he said ...").
const NEW_CLAUSE: &[&str] = &[
    "and", "but", "though", "although", "while", "yet", "whereas",
];

/// Subject pronouns: after one a paraphrase has begun, so a later "that" is inside it.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Auxiliaries and modals: a clause has a verb when it has one of these.
pub(super) const AUXILIARIES: &[&str] = &[
    "would", "will", "could", "can", "should", "is", "are", "was", "were", "has", "have", "had",
    "might", "may", "must",
];

/// An auxiliary or modal, or its negated contraction ("wasn't", "won't").
pub(super) fn is_finite_auxiliary(low: &str) -> bool {
    let stem = low
        .strip_suffix("n't")
        .or_else(|| low.strip_suffix("n’t"))
        .unwrap_or(low);
    AUXILIARIES.contains(&stem) || matches!(stem, "does" | "did" | "wo" | "ca")
}

/// A lower-case word that shows a clause has begun: a subject pronoun or a verb.
fn starts_clause(low: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&low) || is_verb_form(low)
}

/// An auxiliary or a past form ("filed"; not "red").
fn is_verb_form(low: &str) -> bool {
    AUXILIARIES.contains(&low) || (low.len() > 4 && low.ends_with("ed"))
}

/// Words that open a clause of its own after a cue's comma, not an aside before the claim.
const ASIDE_CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "so", "which", "who", "whom", "whose", "where", "because",
];

/// How many bytes after a cue `claim_start` reads.
const LOOKAHEAD: usize = 200;

/// Words that introduce a question's content after "asked".
const QUESTION_WORDS: &[&str] = &[
    "if", "whether", "why", "how", "what", "when", "where", "who", "which",
];

/// Where the claim starts past an aside that the comma at token `comma` opens: at its
/// "that", a question or a clause its pronoun opens.
fn past_aside(cx: &Context, hit: &CueHit, toks: &[Token], comma: usize) -> Option<usize> {
    let source = cx.source();
    let close = toks
        .iter()
        .skip(comma + 1)
        .position(|t| t.is(','))
        .map(|at| comma + at + 1)?;
    // An aside opens with a participle, a preposition or an adverb ("most recently in
    // an interview", "again", "somewhat reluctantly").
    let aside_opens = toks.get(comma + 1).is_some_and(|t| {
        let low = folded_word(t.text);
        low.ends_with("ing")
            || low.ends_with("ly")
            || matches!(
                &*low,
                "according"
                    | "most"
                    | "again"
                    | "once"
                    | "as"
                    | "somewhat"
                    | "among"
                    | "with"
                    | "without"
                    | "for"
                    | "by"
                    | "under"
                    | "per"
            )
            || OCCASIONS.contains(&&*low)
            || lexicon().adverbs.contains(&*low)
    });
    let after = toks.get(close + 1).filter(|_| close - comma <= 12)?;
    let next = folded_word(after.text);
    if aside_opens && next == "that" {
        return Some(after.span.end);
    }
    // "wondered, as I do, why ...": a question after a question's cue.
    let question = hit.class == CueClass::Ask && QUESTION_WORDS.contains(&&*next);
    // "says, win or lose in the primary, he's staying": a clause its pronoun opens,
    // after any aside but a clause of its own ("said, and she agreed, ..."), unless the
    // attribution stands inside a sentence ("The news, Lee said, is that ... he's").
    let pronoun = next.split(['\'', '’']).next().unwrap_or("");
    let opens_sentence =
        !source[cx.sentence_span(hit.sentence).start..hit.span.start].contains(',');
    let clause = SUBJECT_PRONOUNS.contains(&pronoun)
        && opens_sentence
        && toks.get(close + 2).is_some_and(Token::is_word)
        && !toks.get(comma + 1).is_some_and(|t| {
            ASIDE_CLAUSE_OPENERS.contains(&&*folded_word(t.text)) || t.text.chars().all(is_quote)
        });
    ((aside_opens && question) || clause).then_some(after.span.start)
}

/// Where the paraphrase after a cue begins: past "that", an addressee ("told reporters that"),
/// or time words ("said Monday"); never past a semicolon ("argued in interviews; rather,
/// ..." goes on in the writer's words).
pub fn claim_start(cx: &Context, hit: &CueHit) -> Option<usize> {
    claim_start_anywhere(cx, hit).filter(|&start| {
        cx.source()
            .get(hit.span.end..start)
            .is_none_or(|gap| !gap.contains(';'))
    })
}

fn claim_start_anywhere(cx: &Context, hit: &CueHit) -> Option<usize> {
    let source = cx.source();
    let sentence_span = cx.sentence_span(hit.sentence);
    // A couple of dozen words after the cue decide where the claim starts.
    let window_end = floor_boundary(source, hit.span.end + LOOKAHEAD).min(sentence_span.end);
    let toks = tokens(source, Span::new(hit.span.end, window_end));
    let first = toks.first()?;
    // "saying, “...”": the quotation after the comma is the claim.
    if (first.is(':') || first.is(',')) && toks.get(1).is_some_and(|t| t.text.chars().all(is_quote))
    {
        return Some(toks[1].span.start);
    }
    // "said: the plan is dead" introduces its claim like a quotation.
    if first.is(':') {
        return toks.get(1).map(|t| t.span.start);
    }
    // "reported, citing an unnamed source, that ...": past the aside to its "that"; past
    // time words too ("reported earlier on Tuesday, citing ..., that").
    if first.is(',') {
        return past_aside(cx, hit, &toks, 0);
    }
    let past_time = skip_time_words(&toks, 0);
    if toks.get(past_time).is_some_and(|t| t.is(',')) {
        if let Some(start) = past_aside(cx, hit, &toks, past_time) {
            return Some(start);
        }
    }
    // "would not confirm or deny the report": the second verb's object is the claim.
    if matches!(first.text, "or" | "nor")
        && toks
            .get(1)
            .is_some_and(|t| lexicon().cue(&folded_word(t.text)).is_some())
    {
        let second = &toks[1];
        let hit = CueHit {
            span: second.span,
            ..*hit
        };
        return claim_start_anywhere(cx, &hit);
    }
    // "declined to comment and Senate aides said ...": a new clause, so the cue has no object
    // ("wrote and adopted it" goes on with a second verb).
    let new_clause = matches!(first.text, "and" | "but" | "or")
        && toks.get(1).is_some_and(|t| {
            t.is_capitalised()
                || t.text.starts_with(|c: char| c.is_ascii_digit())
                || SUBJECT_PRONOUNS.contains(&t.text)
                || mention::is_determiner_word(t.text)
        });
    // "..., analysts say; in 2012 ...": past a semicolon the writer goes on, and past a
    // dash and an article ("reported on Tuesday -- a development that ...").
    let past_time = skip_time_words(&toks, 0);
    let dashes = toks[past_time.min(toks.len())..]
        .iter()
        .take_while(|t| is_dash_token(t.text))
        .count();
    // Not an aside between two dashes: "said -- a rare admission -- that ...".
    let appositive = dashes > 0
        && toks
            .get(past_time + dashes)
            .is_some_and(|t| matches!(t.text, "a" | "an"))
        && !toks[past_time + dashes..]
            .iter()
            .any(|t| is_dash_token(t.text));
    if first.is('.') || first.is(';') || new_clause || appositive {
        return None;
    }
    // "that" (or a question word after "asked") within a short window.
    // An addressee may run on ("told a town hall in Salem, New Hampshire, on Monday that");
    // a topic may not ("warned of a fakery that ...": that "that" is a relative).
    let about_topic = matches!(&*folded_word(first.text), "of" | "about");
    let reach = if addressed_class(hit.class) && !about_topic {
        14
    } else {
        8
    };
    // "said the areas of the network that were hacked ...": after a cue with no addressee, a
    // noun phrase its determiner opens is the claim's subject, and its "that" a relative.
    let subject_first = !addressed_class(hit.class)
        && !hit.needs_that
        && skip_time_words(&toks, 0) == 0
        && mention::is_determiner_word(first.text)
        && !matches!(
            &*folded_word(first.text),
            "that" | "this" | "those" | "these"
        );
    // "dismissed as “groundless” a report that ...": a denial's label may be quoted.
    let labelled = hit.class == CueClass::Deny && folded_word(first.text) == "as";
    let limit = if subject_first {
        0
    } else {
        reach + 2 * usize::from(labelled)
    };
    let window = toks
        .iter()
        .take_while(|t| !t.is('.') && !t.is(';') && (labelled || !has_quotation_mark(t.text)));
    let mut after_comma = false;
    // "asked the mayor, who was leaving, whether ...": a relative clause on the addressee
    // is passed over, and not counted in the window.
    let mut relative = false;
    let mut passed = 0;
    for (at, token) in window.enumerate() {
        if at >= limit + passed {
            break;
        }
        let low = folded_word(token.text);
        if relative
            || after_comma
                && addressed_class(hit.class)
                && matches!(&*low, "who" | "whom" | "which")
        {
            relative = !token.is(',');
            after_comma = token.is(',');
            passed += 1;
            continue;
        }
        // A verb before "that" means the claim has begun ("said Kim envisioned a plan that").
        // So does an infinitive after an addressee ("urged voters to stay home that way"),
        // and a participle after a comma ("urged a stand, saying that"): its own clause.
        let infinitive = low == "to" && addressed_class(hit.class);
        let participle = after_comma && low.ends_with("ing");
        // "insisted on Friday, despite reports that": the writer's "that".
        let circumstance = after_comma && WRITERS_CIRCUMSTANCE.contains(&&*low);
        // "informed the staff, a claim that Lee disputed": the writer's label, whose "that"
        // is a relative.
        let label = after_comma
            && matches!(&*low, "a" | "an")
            && toks
                .get(at + 1)
                .is_some_and(|t| CLAIM_LABELS.contains(&t.text));
        after_comma = token.is(',');
        if starts_clause(&low) || infinitive || participle || circumstance || label {
            break;
        }
        if low == "that" || (hit.class == CueClass::Ask && QUESTION_WORDS.contains(&&*low)) {
            // "insisted that was not part of the deal": a verb next makes "that" the subject;
            // "rejected that argument": a noun for something said makes it a determiner.
            let word = |k: usize| toks.get(k).map(|t| folded_word(t.text));
            let subject = word(at + 1).is_some_and(|next| {
                is_finite_auxiliary(&next)
                    || lexicon().speech_nouns.iter().any(|n| *n == *next)
                    || determines_account(&next, &word(at + 2).unwrap_or_default())
            });
            let skip_that = low == "that" && !subject;
            // "reported that, according to ...,": past the comma too, which would otherwise
            // end the claim before the source.
            let comma_after = toks
                .get(at + 1)
                .filter(|t| t.is(',') && toks.get(at + 2).is_some_and(|t| t.text == "according"));
            return Some(match (skip_that, comma_after) {
                (true, Some(comma)) => comma.span.end,
                (true, None) => token.span.end,
                (false, _) => token.span.start,
            });
        }
    }
    let lex = lexicon();
    let mut index = skip_time_words(&toks, 0);
    // The addressee of "told", "asked", "urged": "told reporters ...", "asked him ...".
    let addressed = addressed_class(hit.class);
    if addressed {
        let past = past_quoted_title(cx, &toks, skip_addressee(&toks, index));
        if past > index {
            index = skip_time_words(&toks, past);
        }
    }
    // Manner adverbs: "said quietly", "told reporters bluntly"; a written channel's
    // particle: "tweeted out".
    let written = hit.class == CueClass::Write;
    while toks.get(index).is_some_and(|t| {
        let low = folded_word(t.text);
        low.ends_with("ly") && lex.adverbs.contains(&*low)
            || MANNER.contains(&&*low)
            || written && low == "out"
    }) {
        index += 1;
    }
    let start = toks.get(index)?;
    // "said Friday, as they left": past the time words a comma opens a clause of the
    // writer's, not the claim.
    if index > 0 && start.is(',') {
        let next = toks.get(index + 1).map(|t| folded_word(t.text));
        if next.is_some_and(|w| SUBORDINATORS.contains(&&*w) || WRITERS_CIRCUMSTANCE.contains(&&*w))
        {
            return None;
        }
    }
    let low = folded_word(start.text);
    // "would not comment on the audit": a topic verb's object is its claim.
    let cue = lex.cue(hit.span.text(source));
    let topic = lex.topic_prepositions.contains(&&*low)
        && cue.is_some_and(|cue| cue.topic.contains(&&*low));
    if topic {
        return toks.get(index + 1).map(|t| t.span.start);
    }
    // "declined to comment because the case is pending": no topic, no claim.
    if SUBORDINATORS.contains(&&*low) && cue.is_some_and(|cue| !cue.topic.is_empty()) {
        return None;
    }
    // "said when asked about the talks", "said after meeting the envoy": the writer's
    // circumstance, unless a comma, colon or quotation ends it ("said after winning Ohio,
    // he would ..."); a claim may follow its "that".
    if CIRCUMSTANCES.contains(&&*low)
        && toks.get(index + 1).is_some_and(|t| {
            let next = folded_word(t.text);
            next.len() > 4 && (next.ends_with("ed") || next.ends_with("ing"))
        })
    {
        let rest = &toks[index + 2..];
        let end = rest
            .iter()
            .position(|t| t.is('.') || t.is(';'))
            .unwrap_or(rest.len());
        let rest = &rest[..end];
        let that = rest.iter().position(|t| folded_word(t.text) == "that");
        let ended = rest
            .iter()
            .position(|t| t.is(',') || t.is(':') || has_quotation_mark(t.text));
        match (that, ended) {
            (Some(that), ended) if ended.is_none_or(|e| that < e) => {
                return rest.get(that + 1).map(|t| t.span.start);
            }
            (_, None) => return None,
            // "told Congress when asked about it: “...”": the quotation is the claim.
            (_, Some(e)) if !rest[e].is(',') => {
                let quote = e + usize::from(rest[e].is(':'));
                return rest.get(quote).map(|t| t.span.start);
            }
            _ => {}
        }
    }
    // The occasion of saying: "said in a statement Monday the ...", "wrote on Twitter".
    if OCCASIONS.contains(&&*low) {
        let occasion = toks[index..]
            .iter()
            .take(6)
            .position(|t| OCCASION_NOUNS.contains(&&*folded_word(t.text)));
        if let Some(at) = occasion {
            // "in a video message": the occasion's nouns run on.
            let mut next = index + at + 1;
            while toks
                .get(next)
                .is_some_and(|t| OCCASION_NOUNS.contains(&&*folded_word(t.text)))
            {
                next += 1;
            }
            let mut next = skip_time_words(&toks, next);
            // "in a statement to reporters (that ...)": the occasion goes on to its audience
            // or place, or its participle ("released by her office"); a claim follows only
            // after "that".
            let word = toks.get(next).map(|t| folded_word(t.text));
            let participle = word
                .as_deref()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
            if participle || word.is_some_and(|w| OCCASION_LINKS.contains(&&*w)) {
                let that = toks[next..]
                    .iter()
                    .take(10)
                    .take_while(|t| !t.is('.') && !t.is(';'))
                    .position(|t| folded_word(t.text) == "that");
                if let Some(that) = that {
                    return toks.get(next + that + 1).map(|t| t.span.start);
                }
                // "released by the campaign the report merits ...": past the agent, at
                // the next determiner.
                return participle
                    .then(|| past_agent(&toks, next + 1))
                    .flatten()
                    .map(|t| t.span.start);
            }
            if toks
                .get(next)
                .is_some_and(|t| folded_word(t.text) == "that")
            {
                next += 1;
            }
            if let Some(token) = toks.get(next).filter(|t| t.is_word()) {
                return Some(token.span.start);
            }
        }
    }
    // What the claim is about: "said of the plan, “...”", "said of Kim that ...".
    let about = (low == "of").then(|| {
        toks[index..].iter().take(8).position(|t| {
            t.is(',') || t.is(':') || t.text.chars().all(is_quote) || folded_word(t.text) == "that"
        })
    });
    if let Some(Some(close)) = about {
        let after = &toks[index + close];
        let skip = usize::from(!after.text.chars().all(is_quote));
        return toks.get(index + close + skip).map(|t| t.span.start);
    }
    // Short prepositional phrases closed by a comma: "said on Monday, the ..."; or by a
    // "that": "told reporters as he arrived that ...".
    if OCCASIONS.contains(&&*low) || time_clause(&toks, index) {
        let that = toks[index..]
            .iter()
            .take(12)
            .take_while(|t| !t.is('.') && !t.is(';') && !t.is(','))
            .position(|t| folded_word(t.text) == "that");
        if let Some(that) = that.filter(|&at| at > 1) {
            return toks.get(index + that + 1).map(|t| t.span.start);
        }
        if let Some(comma) = toks[index..].iter().take(10).position(|t| t.is(',')) {
            // "said Tuesday in Paris, noting ...": the speaker goes on to another statement;
            // "said in a note, not counting fines": a participle tells how it was said (but
            // what a reply does is the reply: "replied on Twitter, calling it a lie").
            let next = toks.get(index + comma + 1)?;
            let low = folded_word(next.text);
            // "insisted on Friday, despite reports that ...": the writer's circumstance.
            if WRITERS_CIRCUMSTANCE.contains(&&*low) {
                return None;
            }
            let rest = &source[next.span.start..];
            let rest = if low == "not" { &rest[3..] } else { rest };
            let reply = is_lemma(source, hit, "respond") || is_lemma(source, hit, "reply");
            if lex.is_participle_cue(&low) || !reply && narrating_participle(rest.trim_start()) {
                return None;
            }
            // "said when the talks resume, the port will open": a clause of time before
            // the claim's own clause is part of it, unless it tells of another saying
            // ("said when I announced it, ...").
            let told = || {
                cx.cues_in(hit.sentence)
                    .any(|h| h.span.start > start.span.start && h.span.end <= next.span.start)
            };
            if start.text.eq_ignore_ascii_case("when") && !told() {
                return Some(start.span.start);
            }
            return Some(next.span.start);
        }
        // "said after the convention he would ...": past a circumstance the claim opens at
        // "that", a comma or a subject pronoun, if anywhere ("said after she swept the
        // South" has none).
        if matches!(&*low, "during" | "after" | "while" | "before") {
            let opens = toks[index + 1..].iter().enumerate().find_map(|(at, t)| {
                let word = folded_word(t.text);
                if word == "that" || t.is(',') {
                    Some(index + at + 2)
                } else {
                    (at > 0 && mention::is_pronoun(&word)).then_some(index + at + 1)
                }
            });
            return opens.and_then(|at| toks.get(at)).map(|t| t.span.start);
        }
        let rest = toks[index..]
            .iter()
            .take_while(|t| !t.is('.') && !t.is(';'))
            .count();
        // "said after the meeting." is an occasion, and "told aides as he worked on the
        // speech" a clause of time, not a claim.
        if rest <= 5 || (addressed && time_clause(&toks, index)) {
            return None;
        }
    }
    // "said with a smile", "said by phone": what follows is no claim. ("to" and "about"
    // open claims: "vowed to fight", "wrote about the deal".)
    if PREPOSITIONS.contains(&&*low) {
        return None;
    }
    Some(start.span.start)
}

/// Cues that take an addressee: "told reporters", "asked him".
fn addressed_class(class: CueClass) -> bool {
    matches!(class, CueClass::Addressee | CueClass::Ask)
}

/// Whether `word` names what someone said or wrote: "reports", "claims", "a warning".
fn names_an_account(word: &str) -> bool {
    let lex = lexicon();
    let word = lowercase(word.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let singular = word.strip_suffix('s').unwrap_or(&word);
    lex.documents.contains(&*word) || lex.speech_nouns.iter().any(|n| n == singular || *n == word)
}

/// The token after a participle's agent ("by the Trump campaign") that opens a clause
/// with its determiner, at `by`.
fn past_agent<'t>(toks: &'t [Token<'t>], by: usize) -> Option<&'t Token<'t>> {
    if toks.get(by).is_none_or(|t| t.text != "by") {
        return None;
    }
    let agent = by
        + 1
        + usize::from(
            toks.get(by + 1)
                .is_some_and(|t| mention::is_determiner_word(t.text)),
        );
    toks.iter()
        .enumerate()
        .skip(agent + 1)
        .take(5)
        .take_while(|(_, t)| t.is_word())
        .find(|(_, t)| mention::is_determiner_word(t.text))
        .map(|(_, t)| t)
}

/// Accounts that a denial's object may be, whatever their "that": "dismissed reports of a
/// rift", "rejected the allegations".
const DENIED_ACCOUNTS: &[&str] = &[
    "reports",
    "rumors",
    "rumours",
    "allegations",
    "accusations",
    "speculation",
    "claims",
];

/// Prepositions that open the writer's circumstance after an attribution and its time
/// ("said on Friday, despite reports that ...").
const WRITERS_CIRCUMSTANCE: &[&str] = &["despite", "amid", "following", "ahead"];

/// Words that open a clause of circumstance after an attribution ("..., as they left").
pub(super) const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "because", "since", "although", "though", "even",
    "where", "until",
];

/// Whether the claim at `start`, right after the cue, is an object and a preposition the
/// cue links it by, within its clause: "accused [the administration of] hiding the ball".
pub(super) fn links_object(cx: &Context, hit: &CueHit, start: usize) -> bool {
    let Some(cue) = lexicon().cue(hit.span.text(cx.source())) else {
        return false;
    };
    let right_after = cx.source()[hit.span.end..start].trim().is_empty();
    if cue.object_links.is_empty() || !right_after {
        return false;
    }
    let end = cx.sentence_span(hit.sentence).end.max(start);
    let toks = tokens(cx.source(), Span::new(start, end));
    // An object first: not "was accused of lying".
    let object = toks
        .first()
        .is_some_and(|t| !cue.object_links.contains(&t.text));
    object
        && toks
            .iter()
            .take(10)
            .skip(1)
            .take_while(|t| t.is_word())
            .any(|t| cue.object_links.contains(&t.text))
}

/// Words that open the writer's circumstance of a saying when a participle follows: "said
/// when asked", "told reporters after meeting the envoy" (not "if elected", which is the
/// speaker's condition).
const CIRCUMSTANCES: &[&str] = &["when", "while", "after", "before"];

/// Prepositions that may open a sentence with a phrase of place, manner or circumstance
/// before its subject ("Inside the hall, Lee ...", "Through a spokesman, Lee ...").
pub(super) const OPENING_PREPOSITIONS: &[&str] = &[
    "inside",
    "outside",
    "after",
    "before",
    "during",
    "despite",
    "among",
    "amid",
    "at",
    "in",
    "on",
    "behind",
    "beyond",
    "within",
    "throughout",
    "through",
    "via",
    "with",
    "by",
    "for",
];

/// Prepositions that open an occasion ("in a statement", "on Monday") before a claim.
pub(super) const OCCASIONS: &[&str] = &[
    "in", "at", "during", "after", "via", "through", "while", "before", "over", "on",
];

/// Whether the claim window opens with a clause of time: "as he entered", "when the vote
/// ended" ("described it as “...”" is no such clause).
fn time_clause(toks: &[Token], index: usize) -> bool {
    toks.get(index)
        .is_some_and(|t| matches!(&*folded_word(t.text), "as" | "when"))
        && toks.get(index + 1).is_some_and(|t| {
            let low = folded_word(t.text);
            mention::is_pronoun(&low) || matches!(&*low, "the" | "a" | "an")
        })
}

/// What a statement can be made in or on: "in a statement", "on Twitter".
pub const OCCASION_NOUNS: &[&str] = &[
    "statement",
    "interview",
    "email",
    "e-mail",
    "release",
    "letter",
    "tweet",
    "post",
    "speech",
    "briefing",
    "rally",
    "conference",
    "call",
    "appearance",
    "hearing",
    "debate",
    "broadcast",
    "podcast",
    "video",
    "op-ed",
    "memo",
    "filing",
    "message",
    "twitter",
    "facebook",
    "instagram",
    "radio",
    "television",
    "tv",
];

/// Prepositions that, right after a cue, open no claim.
const PREPOSITIONS: &[&str] = &[
    "with", "by", "into", "from", "against", "toward", "towards", "onto", "upon", "across",
    "behind", "under", "without", "amid", "near",
];

/// Prepositions that carry an occasion on to its audience or place ("in a statement to
/// reporters", "in an interview on CNN").
const OCCASION_LINKS: &[&str] = &[
    "to", "at", "on", "in", "for", "with", "from", "before", "during", "after",
];

/// Whether `word` (in lower case) links a phrase on rather than opens a clause: a
/// preposition or a subordinator.
pub(super) fn is_link_word(word: &str) -> bool {
    [
        PREPOSITIONS,
        OCCASIONS,
        OCCASION_LINKS,
        AUDIENCE_LINKS,
        SUBORDINATORS,
    ]
    .iter()
    .any(|words| words.contains(&word))
}

/// Manner words between a cue and its claim that are not "-ly" adverbs.
const MANNER: &[&str] = &["aloud", "again", "afterward", "afterwards", "repeatedly"];

/// Words after an audience that go on with it or make it part of the claim.
const AUDIENCE_LINKS: &[&str] = &[
    "to", "at", "in", "on", "during", "for", "of", "with", "about", "from", "by",
];

/// Object pronouns that stand as an addressee ("told him").
const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "them", "us", "you"];

/// How many bytes `past_time_words` reads: time words are a short run ("late last week").
const TIME_WORDS_REACH: usize = 64;

/// Where the text from `from` (to `to`) goes on past its time words ("on Sunday"), read in
/// a short window rather than to `to`.
pub(super) fn past_time_words(source: &str, from: usize, to: usize) -> usize {
    let window = floor_boundary(source, from + TIME_WORDS_REACH).min(to);
    let toks = tokens(source, Span::new(from, window));
    match toks.get(skip_time_words(&toks, 0)) {
        Some(token) => token.span.start,
        None if window == to => to,
        None => toks.last().map_or(window, |t| t.span.end),
    }
}

/// The index past time words ("said Monday", "said late last week") from `index`.
fn skip_time_words(toks: &[Token], mut index: usize) -> usize {
    let lex = lexicon();
    let is_time = |t: &Token| lex.time_words.contains(&*folded_word(t.text));
    while let Some(token) = toks.get(index) {
        let low = folded_word(token.text);
        // "on", "last", "this" only before a time word: "on Monday", not "on WLKV".
        let before_time = matches!(&*low, "on" | "last" | "this")
            && toks.get(index + 1).is_some_and(|t| {
                is_time(t) || t.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
            });
        // "earlier in the day", "late in the evening".
        let in_the_time = low == "in"
            && toks
                .get(index + 1)
                .is_some_and(|t| folded_word(t.text) == "the")
            && toks
                .get(index + 2)
                .is_some_and(|t| is_time(t) || folded_word(t.text) == "day");
        if in_the_time {
            index += 3;
        } else if is_time(token)
            || before_time
            || matches!(&*low, "late" | "early" | "earlier" | "later")
        {
            index += 1;
        } else {
            break;
        }
    }
    index
}

/// Where the text from `from` (to `to`) goes on past an audience and time words: "his
/// aides on Monday as he left" -> "as he left".
pub(super) fn past_audience(source: &str, from: usize, to: usize) -> usize {
    let toks = tokens(source, Span::new(from, to));
    let index = skip_time_words(&toks, skip_addressee(&toks, 0));
    toks.get(index).map_or(to, |t| t.span.start)
}

/// The index past an addressee at `index`: an object pronoun, a listed audience ("reporters",
/// "the crowd"), or a run of capitalised words ("NBC News", "The Associated Press").
fn skip_addressee(toks: &[Token], index: usize) -> usize {
    let Some(first) = toks.get(index) else {
        return index;
    };
    let low = folded_word(first.text);
    let lex = lexicon();
    // "asked her office about": "her" owns the audience after it.
    let owned = low == "her"
        && toks
            .get(index + 1)
            .is_some_and(|t| lex.addressees.contains(&*folded_word(t.text)));
    if OBJECT_PRONOUNS.contains(&&*low) && !owned {
        return index + 1;
    }
    let after_article = index + usize::from(matches!(&*low, "the" | "a" | "an"));
    if toks
        .get(after_article)
        .is_some_and(|t| lex.addressees.contains(&*folded_word(t.text)))
    {
        return after_article + 1;
    }
    // "his closest advisers", "a group of donors": a determined audience of people.
    if matches!(
        &*low,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
    ) {
        let people = |t: &Token| {
            let word = folded_word(t.text);
            lex.addressees.contains(&*word) || lex.speaker_nouns.contains(&*word)
        };
        let run = toks[index + 1..]
            .iter()
            .take(4)
            .take_while(|t| {
                t.is_word()
                    && !t.is_capitalised()
                    && !AUDIENCE_LINKS.contains(&&*folded_word(t.text))
            })
            .count();
        let head = toks[index + 1..index + 1 + run].iter().rposition(people);
        // Not before "to" ("told his aides to wait": they are part of the claim) or a
        // preposition that goes on with the audience ("his supporters at a rally").
        let past = head.map(|at| index + 1 + at + 1);
        let ends_audience = |past: usize| {
            toks.get(past)
                .is_none_or(|t| !t.is_word() || !AUDIENCE_LINKS.contains(&&*folded_word(t.text)))
        };
        if let Some(past) = past.filter(|&p| ends_audience(p)) {
            return past;
        }
    }
    // A headline capitalises its small words too: "Asked Riders To Vote No".
    let names = toks[after_article..]
        .iter()
        .take(5)
        .take_while(|t| {
            let low = folded_word(t.text);
            t.is_capitalised()
                && t.is_word()
                && !AUDIENCE_LINKS.contains(&&*low)
                && !QUESTION_WORDS.contains(&&*low)
                && low != "that"
        })
        .count();
    // "a Senate panel", "a CNN reporter": the names may qualify an audience noun.
    let audience_noun = toks
        .get(after_article + names)
        .is_some_and(|t| lex.addressees.contains(&*folded_word(t.text)));
    if names > 0 {
        after_article + names + usize::from(audience_noun)
    } else {
        index
    }
}

/// The index past a show's quoted title at `index` (`told CNN's “State of the Union” that`),
/// after a possessive's apostrophe if one stands first (`Fox News' “Fox and Friends”`);
/// `index` itself when no title stands there.
fn past_quoted_title(cx: &Context, toks: &[Token], index: usize) -> usize {
    let apostrophe = toks.get(index).is_some_and(|t| t.is('\'') || t.is('’'));
    let Some(mark) = toks.get(index + usize::from(apostrophe)) else {
        return index;
    };
    let quotes = &cx.doc.quotes;
    let title = quotes
        .get(quotes.partition_point(|q| q.outer.start < mark.span.start))
        .filter(|q| q.outer.start == mark.span.start && q.closed && q.is_title(cx.source()));
    title.map_or(index, |q| {
        toks.partition_point(|t| t.span.start < q.outer.end)
    })
}

/// Whether what follows "deny" names someone and then what is withheld from them ("denied
/// them permits", "deny Ann Lee the nomination"), or, as its direct object, what was asked
/// ("denied a motion"): no claim denied. ("her" may be a possessive: "denied her role".)
fn withholds(text: &str, direct: bool) -> bool {
    // "denied a defense motion", "denied bail": a ruling on what was asked, not a claim.
    let refused = direct
        && text
            .split_whitespace()
            .take(4)
            .take_while(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
            .any(|w| with_lowercase(w, |w| lexicon().petitions.contains(w)));
    if refused {
        return true;
    }
    let mut words = text.split_whitespace();
    let recipient = words
        .clone()
        .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['s', '\'', '’']))
        .count();
    let first = words.next().unwrap_or("");
    if matches!(first, "him" | "them" | "us" | "me") {
        return words.next().is_some_and(|w| w != "that");
    }
    recipient > 0
        && text
            .split_whitespace()
            .nth(recipient)
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "any" | "their" | "his"))
}

/// A one-word complement that stands for a whole claim ("say otherwise", "said so").
fn is_pro_form(word: &str) -> bool {
    matches!(&*lowercase(word), "otherwise" | "so" | "yes" | "no")
}

/// A paraphrase ends at a semicolon outside quotation marks: what follows is a clause of
/// its own ("... unenthusiastic; 26 percent said ...").
fn before_semicolon(source: &str, claim: Span) -> Span {
    before_mark(source, claim, ';')
}

/// `claim` up to the first `mark` outside quotation marks and numbers ("$12,000").
pub(super) fn before_mark(source: &str, claim: Span, mark: char) -> Span {
    let text = claim.text(source);
    let bytes = text.as_bytes();
    let in_number = |at: usize| {
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    };
    let mut quoted = false;
    for (at, c) in text.char_indices() {
        if is_double_quote(c) {
            // The mark may stand inside the closing quotation mark: `"unsafe, and old,"`.
            if quoted && text[..at].ends_with(mark) {
                let end = claim.start + at + c.len_utf8();
                return trim_claim(source, Span::new(claim.start, end));
            }
            quoted = !quoted;
        } else if c == mark && !quoted && !in_number(at) {
            return trim_claim(source, Span::new(claim.start, claim.start + at));
        }
    }
    claim
}

/// What opens a relative clause inside a phrase, with the spaces around it.
pub(super) const RELATIVE_PRONOUNS: &[&str] = &[" who ", " which ", " that "];

/// Conjunctions that make a clause subordinate: "After Lee said ..., the board met".
pub(super) const CLAUSE_SUBORDINATORS: &[&str] = &[
    "after", "since", "when", "whenever", "before", "once", "until", "because", "although",
    "though", "while", "whereas", "if", "unless",
];

/// A claim said inside a subordinate clause ("After Lee announced his bid, the board met")
/// ends with the clause, at its first comma outside quotation marks. `lead` is the text
/// before the speaker.
pub fn within_subordinate_clause(source: &str, lead: &str, claim: Span) -> Span {
    let focusing = |w: &str| with_lowercase(w, |w| matches!(w, "only" | "just" | "even" | "also"));
    // Past a focusing word before the speaker: "While only 7 percent said ...".
    let word = lead
        .split_whitespace()
        .rev()
        .find(|w| !focusing(w))
        .unwrap_or("");
    // Or a sentence that opens with the clause: "Although in May she said ..., she ...",
    // "Even as they vowed to ..., the mood ...".
    let opening = lead
        .split_whitespace()
        .find(|w| !focusing(w))
        .filter(|_| !lead.contains([',', '—', '–']) && !lead.contains(" - "))
        .unwrap_or("");
    let subordinate = |w: &str| with_lowercase(w, |w| CLAUSE_SUBORDINATORS.contains(&w));
    if subordinate(word) || subordinate(opening) || opening.eq_ignore_ascii_case("as") {
        before_mark(source, claim, ',')
    } else {
        claim
    }
}

/// Verbs that take up a main clause again after a relative clause ("Lee, who said ...,
/// was sentenced"; "..., are wise choices").
pub(super) const MAIN_CLAUSE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "should", "may", "might", "must",
];

/// Adverbs that may stand between a relative clause's comma and the main verb.
const RESUMING_ADVERBS: &[&str] = &["later", "then", "also", "since", "now", "still"];

/// Whether `word` takes up a main clause: an auxiliary, a cue verb or a past form
/// ("..., was sentenced", "..., tweeted", "..., called").
fn resumes_main_clause(word: &str) -> bool {
    let word = lowercase(word);
    MAIN_CLAUSE_VERBS.contains(&&*word)
        || lexicon().cue(&word).is_some()
        || (word.len() > 4 && word.ends_with("ed"))
}

/// A claim said inside a relative clause set off by commas ("Lee, who said X, was
/// sentenced"), ended where the main clause takes up again: at a comma followed by a verb
/// (see `resumes_main_clause`).
pub fn within_relative_clause(source: &str, claim: Span) -> Span {
    let text = claim.text(source);
    let resumes = text.match_indices(',').find(|&(at, _)| {
        // The comma may stand inside a closing quotation mark: `decade," called`.
        let after = text[at + 1..].trim_start_matches(is_quote);
        let Some(after) = after.strip_prefix(' ') else {
            return false;
        };
        // Past an adverb of time: "..., later told reporters".
        let mut words = after.split_whitespace();
        let first = words.next().unwrap_or("");
        resumes_main_clause(first)
            || RESUMING_ADVERBS.contains(&first) && words.next().is_some_and(resumes_main_clause)
    });
    match resumes {
        Some((at, _)) => {
            let end = claim.start + at + 1;
            let end =
                end + text[at + 1..].len() - text[at + 1..].trim_start_matches(is_quote).len();
            trim_claim(source, Span::new(claim.start, end))
        }
        None => claim,
    }
}

/// The paraphrased claim after `hit`, trimmed; `None` when there is nothing to claim.
pub fn claim_after(cx: &Context, hit: &CueHit) -> Option<Span> {
    let source = cx.source();
    if hit.class == CueClass::Deny {
        if let Some(object) = referring_object(cx, hit) {
            return Some(object);
        }
    }
    if in_writers_judgment(source, hit) {
        return None;
    }
    let start = claim_start(cx, hit)?;
    if hit.needs_that {
        let between = source[hit.span.end..start].trim_end();
        // "dismissed reports of a rift": a denial's object may be an account of it.
        let account = || {
            hit.class == CueClass::Deny
                && between.is_empty()
                && source[start..]
                    .split(' ')
                    .take(2)
                    .any(|w| DENIED_ACCOUNTS.contains(&w))
        };
        let introduced = between.ends_with("that")
            || between.ends_with(':')
            || source[start..].starts_with(is_quote)
            || links_object(cx, hit, start)
            || account();
        if !introduced {
            return None;
        }
    }
    let end = claim_end(cx, hit.sentence, start);
    let claim = trim_claim(source, Span::new(start, end.max(start)));
    let claim = through_open_quotation(cx, claim);
    let claim = before_semicolon(source, claim);
    let claim = without_closing_aside(source, claim);
    // "said so, and 43 said ...": a pro-form is the whole claim.
    let claim = match claim.text(source).split_once(',') {
        Some((word, _)) if is_pro_form(word) => Span::new(claim.start, claim.start + word.len()),
        _ => claim,
    };
    let text = claim.text(source);
    let words = text.split_whitespace().count();
    if words < 2 && !is_pro_form(text) || says_an_amount(text) {
        return None;
    }
    // "said little about the plan": the topic is what was said about.
    if let Some(topic) = amount_topic(text) {
        return Some(Span::new(claim.start + topic, claim.end));
    }
    // "did not respond to (a) request(s) for comment": what the speaker was asked to answer.
    let answered = text.starts_with("to ")
        && text
            .split_whitespace()
            .take(4)
            .any(|w| REQUESTS.contains(&w))
        && is_lemma(source, hit, "respond");
    if answered {
        return Some(Span::new(claim.start + "to ".len(), claim.end));
    }
    let direct = source[hit.span.end..claim.start].trim().is_empty();
    if hit.class == CueClass::Deny && withholds(text, direct) {
        return None;
    }
    // "wrote in the Post", "declined to comment for this story", "reports live from the
    // field": where, not what.
    let venue = (hit.class == CueClass::Write || is_lemma(source, hit, "comment"))
        && is_venue(text)
        || hit.class == CueClass::Report && matches!(text.split(' ').next(), Some("live" | "from"))
        // "Man charged in shooting", "was charged with murder": the charge is laid on him.
        || is_lemma(source, hit, "charge") && {
            let next = source[hit.span.end..].split_whitespace().next();
            matches!(next, Some("in" | "with"))
        };
    let object_only = adds_a_thing(source, hit, claim) || claims_a_prize(source, hit, claim);
    (!is_prepositional_object(text) && !venue && !object_only).then_some(claim)
}

/// Adjectives before "to say" that make it the writer's judgment: "it is hard to say",
/// "fair to say".
const JUDGMENTS: &[&str] = &[
    "hard",
    "fair",
    "safe",
    "easy",
    "difficult",
    "impossible",
    "early",
    "premature",
    "needless",
];

/// Whether the cue is "say" in the writer's judgment: "is hard to say", "suffice it to say".
fn in_writers_judgment(source: &str, hit: &CueHit) -> bool {
    let mut before = source[..hit.span.start].split_whitespace().rev();
    before.next() == Some("to")
        && before
            .next()
            .is_some_and(|w| with_lowercase(w, |w| JUDGMENTS.contains(&w) || w == "it"))
        && is_lemma(source, hit, "say")
}

/// Amounts said in place of a claim.
const AMOUNTS: &[&str] = &[
    "a lot",
    "nothing",
    "little",
    "much",
    "very little",
    "so much",
];

/// What follows an amount said in `text`, if it opens with one ("little", not "littler").
pub(super) fn after_amount(text: &str) -> Option<&str> {
    AMOUNTS
        .iter()
        .find_map(|amount| text.strip_prefix(amount))
        .filter(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
}

/// An amount said and nothing more: "the mayor said nothing.", "their smiles said a lot"
/// (not "said much of it was lost").
fn says_an_amount(text: &str) -> bool {
    after_amount(text)
        .map(past_manner_adverbs)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([',', '.', ';']))
}

/// `rest` past the "-ly" adverbs that open it: "little publicly", "nothing openly about".
fn past_manner_adverbs(rest: &str) -> &str {
    let mut rest = rest.trim_start();
    loop {
        let word = rest.split([' ', ',', '.', ';']).next().unwrap_or("");
        if word.len() < 4 || !word.ends_with("ly") {
            return rest;
        }
        rest = rest[word.len()..].trim_start();
    }
}

/// Where the topic starts in "little about the plan", "nothing on the sale".
fn amount_topic(text: &str) -> Option<usize> {
    let rest = past_manner_adverbs(after_amount(text)?);
    let preposition = ["about ", "on "]
        .iter()
        .find(|p| rest.trim_start().starts_with(**p))?;
    let topic = text.len() - rest.trim_start().len() + preposition.len();
    (topic < text.len()).then_some(topic)
}

/// Things won, which "claim" takes as its object: "claimed victory", "claiming his third
/// win of the night" (not "claimed the win was fair").
const PRIZES: &[&str] = &[
    "victory",
    "victories",
    "win",
    "wins",
    "prize",
    "title",
    "crown",
    "seat",
    "seats",
];

/// "claimed a victory", "claiming some victories": "claim" with a prize, no speech.
fn claims_a_prize(source: &str, hit: &CueHit, claim: Span) -> bool {
    let text = claim.text(source);
    let mut words = text.split_whitespace();
    is_lemma(source, hit, "claim")
        && source[hit.span.end..claim.start].trim().is_empty()
        && words
            .clone()
            .take(4)
            .any(|w| PRIZES.contains(&w.trim_end_matches([',', '.'])))
        && !words.any(|w| with_lowercase(w, is_verb_form))
}

/// What a denial points back at when its object ends the clause: "disputed that account.",
/// "denied it, calling it ...", "dismissed the reports as false" (not "denied that
/// accounts were kept", whose "that" opens a clause).
fn referring_object(cx: &Context, hit: &CueHit) -> Option<Span> {
    let source = cx.source();
    let sentence_end = cx.sentence_span(hit.sentence).end;
    let reach = floor_boundary(source, (hit.span.end + 48).min(sentence_end));
    let toks = tokens(source, Span::new(hit.span.end, reach));
    let words = toks.iter().take(4).take_while(|t| t.is_word()).count();
    let ends = toks.get(words).map_or(reach == sentence_end, |t| {
        !t.is_word() && !t.text.starts_with(is_quote) || t.text == "as"
    });
    // "disputed that account on Monday": when or how it was disputed may follow.
    let occasion = |t: &Token| {
        matches!(
            t.text,
            "as" | "on" | "in" | "at" | "during" | "outright" | "again"
        ) || mention::is_day_or_month(t)
    };
    let object = (1..=words).rev().find(|&n| {
        (n == words && ends || toks.get(n).is_some_and(occasion)) && {
            let phrase = toks[..n]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ");
            lexicon().refers_back(&phrase)
        }
    })?;
    Some(toks[0].span.cover(toks[object - 1].span))
}

/// "added a warning to the label", "added a warning.", "will add 2 cents to every dollar":
/// "add" with a thing or an amount (and where it goes), no speech (as "added that the way
/// to win is ..." is).
fn adds_a_thing(source: &str, hit: &CueHit, claim: Span) -> bool {
    let text = claim.text(source);
    let mut words = text.split_whitespace();
    let thing = words.next().is_some_and(|w| {
        mention::is_determiner_word(w)
            || matches!(w, "new" | "more" | "another")
            || w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
    });
    if !thing || !is_lemma(source, hit, "add") || source[hit.span.end..claim.start].trim() == "that"
    {
        return false;
    }
    let verb = |w: &&str| with_lowercase(w, is_verb_form);
    let placed = words
        .clone()
        .take(5)
        .take_while(|w| !verb(w))
        .any(|w| w == "to");
    placed || words.clone().count() <= 3 && !words.any(|w| verb(&w))
}

/// Whether `hit` is a form of the cue verb `lemma`.
fn is_lemma(source: &str, hit: &CueHit, lemma: &str) -> bool {
    lexicon()
        .cue(hit.span.text(source))
        .is_some_and(|cue| cue.lemma == lemma)
}

/// A word that may stand between a cue and its comma: "reported just today", "noted on
/// Monday".
pub(super) fn is_time_or_adverb(word: &str) -> bool {
    let lex = lexicon();
    with_lowercase(word, |w| {
        lex.adverbs.contains(w) || lex.time_words.contains(w) || matches!(w, "on" | "last" | "this")
    })
}

/// "wrote to Lynch", "writing for RealClearPolitics", "wrote in the Post": where or to whom
/// a speaker wrote, a few words after a preposition with no verb among them.
fn is_venue(text: &str) -> bool {
    let mut words = text.split_whitespace();
    matches!(words.next(), Some("to" | "for" | "in" | "on"))
        && words.clone().count() <= 3
        && words.all(|w| !with_lowercase(w, is_verb_form))
}

/// A claim that opens a quotation runs to its closing mark, past the sentence ends inside it
/// (`Lee said Rubio “did well. It was uplifting”`), unless an attribution of its own follows
/// the quotation (`as “grim. . . . It hurts,” he said`).
fn through_open_quotation(cx: &Context, claim: Span) -> Span {
    let source = cx.source();
    let quotes = &cx.doc.quotes;
    let at = quotes.partition_point(|q| q.outer.start < claim.start);
    let open = quotes[at..]
        .iter()
        .take_while(|q| q.outer.start < claim.end)
        .last()
        .filter(|q| q.closed && q.outer.end > claim.end);
    match open {
        Some(q) if !q.inner.text(source).ends_with(',') => Span::new(claim.start, q.outer.end),
        _ => claim,
    }
}

/// "is adding to her lead", "was responding to a message": a cue's prepositional object,
/// not what was said.
fn is_prepositional_object(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next() == Some("to") && words.next().is_some_and(mention::is_determiner_word)
}

/// What asks a speaker for a statement, as the object of "respond to".
/// Words of how long before "after" in the writer's time clause: ", a day after", ", just
/// hours after", ", two weeks after" (and none: ", after").
const DURATION_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "few", "just", "only", "shortly", "soon", "moments",
    "minutes", "hours", "hour", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "not", "long",
];

const REQUESTS: &[&str] = &[
    "request",
    "requests",
    "question",
    "questions",
    "inquiry",
    "inquiries",
];

/// Asides that close a paraphrase in the writer's voice, by the word after their comma: a
/// relative clause on a person or place ("..., who has a lead over Cruz") or a comparison
/// ("..., compared with 23 percent"). A "which" clause often carries the claim on, so it
/// stays.
const CLOSING_ASIDES: &[&str] = &["who", "whom", "whose", "where", "compared"];

/// `claim` without an aside that runs to its end; an aside with a comma after it is inside
/// the claim ("Lee, who has a lead, will win").
fn without_closing_aside(source: &str, claim: Span) -> Span {
    let text = claim.text(source);
    // Only the last comma can open an aside that runs to the end.
    let Some((at, _)) = text
        .rmatch_indices(',')
        .find(|&(at, _)| text[at + 1..].starts_with(' '))
    else {
        return claim;
    };
    let word = text[at + 2..].split(' ').next().unwrap_or("");
    if CLOSING_ASIDES.contains(&word) {
        trim_claim(source, Span::new(claim.start, claim.start + at))
    } else {
        claim
    }
}
