//! `inverted`: the claim first and the attribution after it: ..., X said. / ..., said X. /
//! and the parenthetical ..., X said, ... .

use super::claim::{
    AUXILIARIES, OCCASIONS, OPENING_PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS, after_amount,
    claim_end, is_clause, is_finite_auxiliary, past_audience, trim_claim,
};
use super::indirect::is_passive;
use super::subject::{GOING_ON_ADVERBS, GOING_ON_AUXILIARIES};
use super::{Attribution, Context, CueHit, Extractor, Taken};
use crate::lexicon::{CueClass, lexicon};
use crate::resolve::mention;
use crate::span::Span;
use crate::text::normalise::{
    fold_word, has_quotation_mark, is_dash, is_double_quote, is_quote, lowercase, with_lowercase,
};

pub struct Inverted;

impl Extractor for Inverted {
    fn id(&self) -> &'static str {
        "inverted"
    }

    fn description(&self) -> &'static str {
        "a claim followed by a comma and its attribution: ..., X said"
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in cx.free_cues(taken) {
            let sentence = cx.sentence_span(hit.sentence);
            // A verb inside another statement's claim is that claim's own.
            let inside_claim = taken.near(hit.span, 0).any(|a| a.claim.contains(hit.span));
            if inside_claim || is_passive(source, sentence.start, hit.span) {
                continue;
            }
            // Speaker before the cue ("..., X said") or after it ("..., said X").
            let lead = source[sentence.start..hit.span.start].trim_end();
            // After "told" stands its audience ("..., Lee, an aide, told the Post"), never
            // the speaker; with none after the cue, a comma before it closes an appositive
            // ("..., Lee, the chief, said in a memo").
            // A participle inverts no attribution: ", saying he would" is no ", said he".
            let participle = hit.span.text(source).ends_with("ing");
            // A pronoun a clause goes on from is that clause's subject: "..., said he had".
            let subject_of_clause = |m: &mention::Mention| {
                let rest = &source[m.span.end..sentence.end];
                mention::is_pronoun(m.span.text(source))
                    && rest.starts_with(' ')
                    && first_word(rest).starts_with(char::is_lowercase)
                    && !occasion_follows(rest)
            };
            // A verb that needs "that" inverts nothing when its object follows it ("..., the
            // report cited interviews").
            let object = source[hit.span.end..sentence.end].trim_start();
            if object_follows(source, hit, sentence.end) || after_amount(object).is_some() {
                continue;
            }
            let inverts = hit.class != CueClass::Addressee && !participle && !hit.needs_that;
            let after = (lead.ends_with(',') && inverts)
                .then(|| mention::after(source, hit.span, sentence.end))
                .flatten()
                .filter(|m| !subject_of_clause(m));
            let speaker_after = after.is_some();
            let (speaker, attribution) = match after {
                // "..., said Lee, the port chief, ...": the appositive is the attribution's,
                // unless a relative clause in it may run on past a comma ("an analyst who
                // wrote books, papers and columns").
                Some(m) => {
                    let described = m.appositive.filter(|a| {
                        let text = a.text(source);
                        !RELATIVE_PRONOUNS.iter().any(|r| text.contains(r))
                    });
                    (
                        m,
                        Span::new(hit.span.start, described.unwrap_or(m.span).end),
                    )
                }
                None => match cx.mention_before(sentence.start, hit.span) {
                    // "..., a company that had declared bankruptcy": a relative clause's
                    // verb inverts nothing.
                    Some(m)
                        if !in_relative_clause(&source[m.span.end..hit.span.start])
                            && !declines_to(&source[m.span.end..hit.span.start]) =>
                    {
                        (m, Span::new(m.span.start, hit.span.end))
                    }
                    _ => continue,
                },
            };
            // Past an appositive the cue ends the sentence, or an occasion or (after "told")
            // an audience follows it; an object ("..., mining companies, including X,
            // declared bankruptcy") makes the cue no verb of saying.
            if lead.ends_with(',')
                && !speaker_after
                && hit.class != CueClass::Addressee
                && !occasion_follows(&source[hit.span.end..sentence.end])
            {
                continue;
            }
            let before = source[sentence.start..attribution.start].trim_end();
            // The comma may stand inside a closing quotation mark: `... in “Rebels,” Lee said`.
            let closing_quote = before.ends_with(is_quote);
            let claim_head = if closing_quote {
                before
                    .trim_end_matches(is_quote)
                    .ends_with(',')
                    .then_some(before)
            } else {
                before.strip_suffix(',')
            };
            let Some(claim_head) = claim_head else {
                continue;
            };
            // "Even after it was filed, Lee continued to say ...": a verb that needs "that"
            // goes on to its own object.
            let to_follows = source[hit.span.end..sentence.end].starts_with(" to ");
            if hit.needs_that && !closing_quote && to_follows {
                continue;
            }
            let rest = source[attribution.end..sentence.end].trim();
            // "her ratings (as low as 19%, Gutin says) hurt": an attribution that closes a
            // bracket is the bracket's, and so is its claim.
            let bracket = claim_head
                .rfind('(')
                .filter(|&open| !claim_head[open..].contains(')'));
            if let Some(open) = bracket.filter(|_| rest.starts_with(')')) {
                let inside =
                    Span::new(sentence.start + open + 1, sentence.start + claim_head.len());
                let claim = trim_claim(source, inside);
                if !claim.is_empty() {
                    found.push(Attribution::cued_in(cx, self.id(), hit, speaker, claim));
                }
                continue;
            }
            // "The deal, Lee argued in a memo, would save ...": an occasion after the cue,
            // then the rest of the claim from its verb.
            // "Cases doubled, officials said Friday, and wards are full": a clause joined on.
            // Not "..., the spokeswoman said, but declined to elaborate": the speaker's act.
            let occasion_then_claim = rest.split_once(',').is_some_and(|(occasion, tail)| {
                !occasion.is_empty()
                    && is_short_occasion(occasion)
                    && with_lowercase(first_word(tail), |w| {
                        is_finite_auxiliary(w) || matches!(w, "and" | "but")
                    })
                    && !speaker_goes_on(tail)
            });
            // Not a place that ends the attribution (", Va.").
            let parenthetical = rest.starts_with(',')
                && rest[1..].split_whitespace().nth(1).is_some()
                && !is_descriptive_tail(&rest[1..], speaker_after)
                && !speaker_goes_on(&rest[1..])
                || occasion_then_claim;
            // "Still, he said, officials must decide", "In 1990, Lee said, when she ...":
            // a short opening phrase, and the claim is what follows the attribution.
            let head_words = claim_head.split_whitespace().count();
            let opener = head_words <= 5 && is_adverbial(claim_head);
            // "If she wins, Lee said, the pier stays": a condition is part of the claim.
            let condition = opener
                && matches!(
                    &*lowercase(first_word(claim_head)),
                    "if" | "unless" | "once" | "until" | "when" | "whether"
                );
            // "Voters, Clinton said, do not have to worry": one word can be the subject.
            if head_words < 2 && !opener && !(head_words == 1 && parenthetical) {
                continue;
            }
            // "Sam Lau, the party's director said": a name and its appositive, no claim.
            let name_only = claim_head
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            if name_only && head_words <= 3 && !speaker_after && !opener && !parenthetical {
                continue;
            }
            // "Weighing in on the debate, Lee agreed", "Through a spokesman, he declined to
            // comment": a short opening participle or prepositional phrase, no claim.
            let opener_word = first_word(claim_head);
            let opening_phrase = (opener_word.ends_with("ing")
                || with_lowercase(opener_word, |w| OPENING_PREPOSITIONS.contains(&w)))
                && claim_head.split_whitespace().count() <= 6
                && !is_clause(claim_head);
            let claim_follows = opener && rest.starts_with(',');
            if opening_phrase && !speaker_after && !parenthetical && !claim_follows {
                continue;
            }
            if opener || parenthetical {
                let Some(comma) = (rest.starts_with(',') || occasion_then_claim)
                    .then(|| attribution.end + source[attribution.end..].find(',').unwrap_or(0))
                else {
                    continue;
                };
                // What follows ends where another attribution takes over.
                let attributed_after = cx.cues_in(hit.sentence).any(|h| h.span.start > comma);
                let end = if attributed_after {
                    claim_end(cx, hit.sentence, comma + 1)
                } else {
                    sentence.end
                };
                let after = trim_claim(source, Span::new(comma + 1, end));
                if opener && after.text(source).split_whitespace().count() < 3 {
                    continue;
                }
                // "..., he said, and at least 300 said ...": another's statement follows, so
                // the claim is the words before the attribution alone.
                if after.is_empty() && !opener {
                    let head = Span::new(sentence.start, sentence.start + claim_head.len());
                    let claim =
                        Attribution::cued_in(cx, self.id(), hit, speaker, trim_claim(source, head))
                            .heard_second_hand(speaker.is_reported(source));
                    found.push(claim);
                    continue;
                }
                // The words on both sides of a parenthetical attribution are the claim.
                let parts = if opener && !condition {
                    vec![after]
                } else {
                    let head_end = sentence.start + claim_head.len();
                    vec![
                        trim_claim(source, Span::new(sentence.start, head_end)),
                        after,
                    ]
                };
                let whole = parts[0].cover(after);
                let claim = Attribution::cued_in(cx, self.id(), hit, speaker, whole)
                    .heard_second_hand(speaker.is_reported(source));
                let claim = if opener && !condition {
                    claim
                } else {
                    claim.in_parts(&parts)
                };
                found.push(claim);
                continue;
            }
            let tail_is_adverbial =
                rest.split_whitespace().count() <= 14 && !rest.chars().any(is_double_quote);
            // ", adding, “...”", ", saying that ...", "Tuesday in Paris, noting ...": the
            // speaker goes on, in a statement of its own (not a gerund that goes on with the
            // claim: ", replacing him would ...").
            let participle_tail = rest.strip_prefix(',').or_else(|| {
                let (occasion, tail) = rest.split_once(',')?;
                is_short_occasion(occasion).then_some(tail)
            });
            // Or a clause of circumstance: "..., Lee said Friday, as she left the hall".
            let tail_is_participle = participle_tail.is_some_and(|tail| {
                let word = first_word(tail);
                lexicon().is_participle_cue(word)
                    || SUBORDINATORS.contains(&&*lowercase(word))
                    || narrating_participle(tail)
            });
            // "..., Lee told aides as he left": past the audience, a clause of circumstance.
            let tail_is_circumstance = hit.class == CueClass::Addressee && !speaker_after && {
                let at = past_audience(source, attribution.end, sentence.end);
                SUBORDINATORS.contains(&&*lowercase(first_word(&source[at..sentence.end])))
            };
            // "..., said Lee, an expert who has written books, papers and columns."
            let tail_describes_speaker = speaker_after
                && rest
                    .strip_prefix(',')
                    .is_some_and(|tail| is_descriptive_tail(tail, true));
            // "On Monday, even as fares rose, Lee wrote to riders": an opener and a
            // subordinate clause, no main clause to be the claim.
            let no_main_clause = claim_head.rsplit_once(',').is_some_and(|(openers, last)| {
                SUBORDINATORS.contains(&&*lowercase(first_word(last.trim_start())))
                    && last.split_whitespace().count() <= 12
                    && !last.contains(is_dash)
                    && !last.contains("--")
                    && openers.split(',').all(is_adverbial)
            });
            if no_main_clause && !speaker_after {
                continue;
            }
            let end = if tail_is_adverbial
                || tail_is_participle
                || participle_tail.is_some_and(speaker_goes_on)
                || tail_is_circumstance
                || tail_describes_speaker
                || rest.is_empty()
                || rest.starts_with(';')
                || closing_appositive(rest)
            {
                sentence.start + claim_head.len()
            } else {
                continue;
            };
            let claim = trim_claim(source, Span::new(sentence.start, end));
            let second_hand = speaker.hedge.is_some();
            found.push(
                Attribution::cued_in(cx, self.id(), hit, speaker, claim)
                    .heard_second_hand(second_hand),
            );
        }
        found
    }
}

/// Conjunctions that may open a sentence before its subject or an adverbial phrase.
const CONJUNCTIONS: &[&str] = &["and", "but", "so", "yet", "or", "nor"];

/// Whether `head` is only an adverbial phrase ("Still", "After all", "But in 1990"), not a
/// subject ("And that", "But there is a risk").
fn is_adverbial(head: &str) -> bool {
    let mut words = head
        .split_whitespace()
        .map(fold_word)
        .skip_while(|w| CONJUNCTIONS.contains(&w.trim_end_matches(',')));
    words.next().is_none_or(|first| {
        !CONJUNCTIONS.contains(&first.as_str()) && lexicon().adverbial_openers.contains(&first)
    })
}

/// Verbs that turn a cue after "to" into nothing said: "he declined to comment".
const DECLINING: &[&str] = &[
    "declined", "declines", "decline", "refused", "refuses", "refuse",
];

/// Whether the words between a speaker and its cue say the speaker said nothing: "Asked
/// whether ..., he declined to comment".
fn declines_to(between: &str) -> bool {
    let mut words = between.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("to"))
        && words
            .next()
            .is_some_and(|w| with_lowercase(w, |w| DECLINING.contains(&w)))
}

/// Whether the words between a speaker and its cue open a relative clause: " that had".
/// An appositive's own relative clause ("Lee, the guru who founded it tweeted") does not.
fn in_relative_clause(between: &str) -> bool {
    !between.contains(',') && RELATIVE_PRONOUNS.iter().any(|r| between.contains(r))
}

/// Whether what follows a cue is nothing or an occasion: "in a memo", "on Friday", ".".
fn occasion_follows(rest: &str) -> bool {
    let word = lowercase(first_word(rest));
    word.is_empty()
        || lexicon().time_words.contains(&*word)
        || OCCASIONS.contains(&&*word)
        || matches!(
            &*word,
            "to" | "from" | "by" | "with" | "when" | "last" | "this"
        )
}

/// Whether a cue that needs "that" has an object after it, up to `end`: "cited interviews",
/// not "cited." or "cited on Monday".
pub(super) fn object_follows(source: &str, hit: &CueHit, end: usize) -> bool {
    let tail = source[hit.span.end..end].trim_start();
    hit.needs_that && !(tail.starts_with([',', '.', ';']) || occasion_follows(tail))
}

/// Whether the writer sums the sentence up after the attribution, past a dash and any
/// occasion: "... on Tuesday -- a development that ...".
fn closing_appositive(rest: &str) -> bool {
    ["--", "—", "–"].iter().any(|dash| {
        rest.split_once(dash).is_some_and(|(occasion, after)| {
            let occasion = occasion.trim();
            let after = after.trim_start();
            (occasion.is_empty() || is_short_occasion(occasion))
                && (after.starts_with("a ") || after.starts_with("an "))
        })
    })
}

/// A few words of occasion between a cue and a comma: "Tuesday in Paris", "in a memo".
pub(super) fn is_short_occasion(text: &str) -> bool {
    text.split_whitespace().count() <= 6 && !has_quotation_mark(text) && occasion_follows(text)
}

/// The first word of `text`, without the marks after it ("adding," -> "adding").
fn first_word(text: &str) -> &str {
    let word = text.split_whitespace().next().unwrap_or("");
    word.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// What follows ", X said," describes the speaker or the occasion ("folding the tents",
/// "in a statement"; after "said X": ", a doctor at ...") rather than going on with the claim.
/// A participle that narrates what the speaker did while saying it (", referencing the
/// audit"), not a gerund that opens the claim's clause (", replacing him would hurt").
pub(super) fn narrating_participle(tail: &str) -> bool {
    let first = first_word(tail);
    let gerund_subject = || {
        tail.split_whitespace()
            .skip(1)
            .take(6)
            .any(|w| with_lowercase(w, |w| AUXILIARIES.contains(&w)))
    };
    first.len() > 5
        && first.ends_with("ing")
        && (lexicon().is_participle_cue(first) || !gerund_subject())
}

fn is_descriptive_tail(rest: &str, speaker_after: bool) -> bool {
    let first = lowercase(first_word(rest));
    // A gerund with its verb after it is the claim's subject (", replacing him would ...").
    let occasion = narrating_participle(rest)
        || matches!(
            &*first,
            "as" | "in"
                | "at"
                | "on"
                | "during"
                | "after"
                | "before"
                | "when"
                | "while"
                | "according"
                | "who"
                | "whose"
        );
    let appositive = matches!(
        &*first,
        "a" | "an" | "the" | "one" | "his" | "her" | "their"
    );
    // ", reports USA Today": an attribution of the whole sentence's.
    let relayed = lexicon().cue(&first).is_some()
        && rest
            .trim_start()
            .split_once(' ')
            .is_some_and(|(_, name)| is_bare_name(name));
    occasion || relayed || (speaker_after && appositive)
}

/// Whether `tail`, after an attribution's comma, goes on with the speaker's next act: "but
/// declined to elaborate", "but did not say why", "and added that ..." (not "and wards are
/// full", a clause of the claim's).
fn speaker_goes_on(tail: &str) -> bool {
    let tail = tail.trim_start();
    let Some(mut act) = tail
        .strip_prefix("and ")
        .or_else(|| tail.strip_prefix("but "))
    else {
        return false;
    };
    while let Some(rest) = GOING_ON_ADVERBS
        .iter()
        .find_map(|a| act.strip_prefix(a).and_then(|r| r.strip_prefix(' ')))
    {
        act = rest;
    }
    let acted = lexicon().speaker_acts.iter().any(|a| {
        act.strip_prefix(a.as_str())
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    let mut words = act.split_whitespace();
    let Some(verb) = words.next() else {
        return false;
    };
    let negated = GOING_ON_AUXILIARIES.contains(&verb)
        && words.next().is_some_and(|w| w == "not" || w == "never");
    acted || negated || lexicon().cue(verb).is_some()
}

/// A few capitalised words, "the" and "of" aside: "USA Today", "the Herald".
pub(super) fn is_bare_name(text: &str) -> bool {
    let words = text.trim_end_matches(['.', ' ']).split(' ');
    words.clone().count() <= 5
        && words
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "the" | "of"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn an_attribution_of_the_whole_after_the_speaker_ends_the_claim() {
        let text = "The pier will close, said Ann Lee, the port chief, reports the Herald.";
        let found = run(&Inverted, text);
        assert_eq!(
            found[0],
            ("The pier will close".into(), Some("Ann Lee".into()))
        );
    }

    #[test]
    fn the_speaker_s_next_act_after_the_attribution_is_no_claim() {
        for text in [
            "The fire was set, the spokeswoman said, but declined to elaborate.",
            "The fire was set, the spokeswoman said Friday, but would not say why.",
            "The fire was set, the spokeswoman said, and added that police had no suspect.",
            "The fire was set, the spokeswoman said, but declined to say whether the police \
             had any suspects in the case or any leads at all.",
        ] {
            let found = run(&Inverted, text);
            assert_eq!(found[0].0, "The fire was set", "{text}");
        }
        // A clause of the claim's goes on with it.
        let found = run(
            &Inverted,
            "Cases doubled, officials said Friday, and wards are full.",
        );
        assert_eq!(
            found[0].0,
            "Cases doubled, officials said Friday, and wards are full"
        );
    }

    #[test]
    fn a_name_before_its_appositive_is_no_claim() {
        let text = "Sam Lau, the director for the Harbor Party said in a statement.";
        assert!(run(&Inverted, text).is_empty());
        // A one-word subject of a parenthetical attribution still is.
        let found = run(&Inverted, "Time, Lee said, was on their side.");
        assert_eq!(found[0].0, "Time, Lee said, was on their side");
    }

    #[test]
    fn after_told_and_its_audience_a_clause_of_circumstance_ends_the_attribution() {
        let text = "The pier is bigger than any mayor, Lee told his closest aides as he worked on the last speech of his long career in the harbor office.";
        let found = run(&Inverted, text);
        assert_eq!(found[0].0, "The pier is bigger than any mayor");
        // Without the clause, what follows the audience goes on with the sentence.
        let text = "The pier is bigger than any mayor, Lee told his closest aides who had worked on the last speech of his long career in the harbor office.";
        assert!(run(&Inverted, text).is_empty());
    }

    #[test]
    fn a_relative_clause_s_verb_inverts_nothing() {
        let text = "He took over the mines of Harbor Coal, a company that had declared bankruptcy.";
        assert!(run(&Inverted, text).is_empty());
        let found = run(
            &Inverted,
            "The pier will close, a company spokesman had declared.",
        );
        assert_eq!(found[0].0, "The pier will close");
    }

    #[test]
    fn a_speaker_who_declines_to_comment_says_nothing() {
        for text in [
            "Asked whether the pier would close, the mayor declined to comment.",
            "Asked about the harbor budget, Lee refused to comment.",
            "Asked whether the pier would close, the mayor said nothing.",
            "Pressed on the budget, Lee said little about it.",
        ] {
            assert!(run(&Inverted, text).is_empty(), "{text}");
        }
        let found = run(&Inverted, "The pier will close, Lee went on to say.");
        assert_eq!(found[0].0, "The pier will close");
    }

    #[test]
    fn a_verb_that_needs_that_inverts_nothing_before_its_object() {
        let text = "Beyond the footage, the affidavit cited interviews with the guards.";
        assert!(run(&Inverted, text).is_empty());
    }

    #[test]
    fn a_pronoun_that_opens_a_clause_is_not_an_inverted_speaker() {
        let text = "Lee Park of the church in Marion, said he had made calls.";
        assert!(run(&Inverted, text).is_empty());
        let found = run(&Inverted, "The pier will close, said he on Monday.");
        assert_eq!(found[0].1.as_deref(), Some("he"));
    }

    #[test]
    fn a_semicolon_after_the_attribution_ends_it() {
        let found = run(
            &Inverted,
            "The pier needs a new deck, engineers say; in 2012 the council paid for one.",
        );
        assert_eq!(
            found,
            [("The pier needs a new deck".into(), Some("engineers".into()))]
        );
        // And the words after the semicolon are no claim of the cue's, past an occasion too.
        for text in [
            "The pier needs a new deck, engineers say; in 2012 the council paid for one.",
            "It needs a deck, engineers argued in interviews this week; rather, it was paint.",
        ] {
            assert!(run(&crate::extract::indirect::Indirect, text).is_empty());
        }
    }

    #[test]
    fn a_closing_appositive_after_a_dash_is_the_writers() {
        let text = "The pier will close this year, the port reported on Tuesday -- a step that \
                    worries the fleet.";
        assert_eq!(
            run(&Inverted, text),
            [(
                "The pier will close this year".into(),
                Some("the port".into())
            )]
        );
        assert!(run(&crate::extract::indirect::Indirect, text).is_empty());
        // A dash aside that goes on with the claim is no appositive.
        let text = "Lee said -- after a long pause -- that the pier will close.";
        assert!(run(&Inverted, text).is_empty());
        let text = "Lee said -- a rare admission -- that the pier will close.";
        assert_eq!(
            run(&crate::extract::indirect::Indirect, text)[0].0,
            "the pier will close"
        );
    }

    #[test]
    fn after_an_adverbial_opener_the_claim_follows_the_attribution() {
        let claim = |text: &str| run(&Inverted, text)[0].0.clone();
        assert_eq!(
            claim("Still, he said, the council has to decide soon."),
            "the council has to decide soon"
        );
        assert_eq!(
            claim("In the early 1990s, Lee said, the mill employed 400 people."),
            "the mill employed 400 people"
        );
        // A subject is part of the claim.
        assert_eq!(
            claim("And that, Lee said, was the end of it."),
            "And that, Lee said, was the end of it"
        );
        // So is a condition, a part of its own.
        let text = "If the vote fails, Lee said, the pier will close.";
        let doc = crate::text::Document::parse(text);
        let found = Inverted.extract(&crate::extract::Context::new(&doc), &Taken::default());
        let parts: Vec<&str> = found[0].pieces().iter().map(|p| p.text(text)).collect();
        assert_eq!(parts, ["If the vote fails", "the pier will close"]);
    }

    #[test]
    fn the_comma_may_stand_inside_a_closing_quotation_mark() {
        assert_eq!(
            run(
                &Inverted,
                "The pier was older than the film “Harbor Lights,” Lee said."
            ),
            [(
                "The pier was older than the film “Harbor Lights,”".into(),
                Some("Lee".into())
            )]
        );
        assert!(run(&Inverted, "The pier was in “Harbor Lights” Lee said.").is_empty());
    }

    #[test]
    fn a_clause_of_circumstance_ends_the_attribution() {
        let found = run(
            &Inverted,
            "The levy is an insult to every rider in the city, harbor officials said Friday, as they bristled at the continued questions about the pier and its long history.",
        );
        assert_eq!(
            found,
            [(
                "The levy is an insult to every rider in the city".into(),
                Some("harbor officials".into())
            )]
        );
    }

    #[test]
    fn a_participle_is_no_inverted_cue() {
        assert!(
            run(
                &Inverted,
                "The mayor went on the attack, saying he was right."
            )
            .is_empty()
        );
        assert_eq!(run(&Inverted, "The pier will close, says he.").len(), 1);
    }

    #[test]
    fn a_passive_with_an_adverb_is_no_inverted_cue() {
        let found = run(
            &Inverted,
            "What's more, their claims are easily denied, they say.",
        );
        assert_eq!(
            found,
            [(
                "What's more, their claims are easily denied".into(),
                Some("they".into())
            )]
        );
    }

    #[test]
    fn the_speaker_s_description_and_occasion_end_the_attribution() {
        let found = run(
            &Inverted,
            "Fares will rise, said Ana Ortiz, an analyst who has published books, papers and columns on ferries.",
        );
        assert_eq!(
            found,
            [("Fares will rise".into(), Some("Ana Ortiz".into()))]
        );
        let found = run(
            &Inverted,
            "The “delays” are costly, Ortiz said Tuesday in Lakeside, noting the pier “is a mess.”",
        );
        assert_eq!(found[0].0, "The “delays” are costly");
        // An appositive inside a parenthetical attribution: both pieces are the claim.
        let found = run(
            &Inverted,
            "The plan, said Lee, the port chief, would be dead by June.",
        );
        assert_eq!(
            found,
            [(
                "The plan, said Lee, the port chief, would be dead by June".into(),
                Some("Lee".into())
            )]
        );
        let found = run(
            &Inverted,
            "The plan, said Lee and others, would be dead by June.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Lee and others"));
        // A place after the description is no second piece.
        let found = run(
            &Inverted,
            "Fares will rise, says Ana Ortiz, a consultant in Alexandria, Va.",
        );
        assert_eq!(found[0].0, "Fares will rise");
    }

    #[test]
    fn after_an_opener_the_claim_ends_where_another_attribution_begins() {
        let found = run(
            &Inverted,
            "By spring, Lee said, the pier had held up, and Ortiz said the money was gone.",
        );
        assert_eq!(
            found[0],
            ("the pier had held up".into(), Some("Lee".into()))
        );
        // With no attribution after it, the claim runs to the end of its sentence.
        let found = run(
            &Inverted,
            "By spring, Lee said, the pier had held up, and he still paid the crews.",
        );
        assert_eq!(
            found[0].0,
            "the pier had held up, and he still paid the crews"
        );
    }

    #[test]
    fn a_participle_after_the_attribution_ends_the_claim() {
        let found = run(
            &Inverted,
            "The two will meet next week, Ortiz said, adding, “They need a good talk.”",
        );
        assert_eq!(
            found,
            [("The two will meet next week".into(), Some("Ortiz".into()))]
        );
        // Any participle that narrates, with quotation marks after it.
        let found = run(
            &Inverted,
            "The fees rose to pay for “upkeep,” Ortiz said, referencing the audit of “costs.”",
        );
        assert_eq!(found[0].0, "The fees rose to pay for “upkeep,”");
        // A gerund that opens a clause goes on with the claim: the attribution is
        // parenthetical, and the claim is in two parts around it.
        let text = "The fees rose, Ortiz said, raising them again would be “unwise.”";
        assert_eq!(
            parts(text),
            ["The fees rose", "raising them again would be “unwise.”"]
        );
    }

    #[test]
    fn a_short_opening_participle_is_no_claim() {
        for text in [
            "Weighing in on the plan, Ortiz agreed, praising its aims.",
            "Through a spokesman, Ortiz declined to comment.",
        ] {
            assert!(run(&Inverted, text).is_empty(), "{text}");
        }
        // A gerund that is the claim's subject, with the attribution inside it, is one.
        let found = run(
            &Inverted,
            "Rebuilding the pier, Ortiz said, would take a year.",
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn an_opener_and_a_subordinate_clause_are_no_claim() {
        assert!(
            run(
                &Inverted,
                "On Monday, even as fares were rising, Ann Lee wrote to riders."
            )
            .is_empty()
        );
        // A main clause after them is the claim.
        let found = run(
            &Inverted,
            "On Monday, even as fares rose, the pier stayed open, Lee wrote.",
        );
        assert_eq!(
            found[0].0,
            "On Monday, even as fares rose, the pier stayed open"
        );
    }

    #[test]
    fn fires_on_trailing_attribution() {
        let found = run(
            &Inverted,
            "Business was slow, she said, folding the last of the tents.",
        );
        assert_eq!(found[0].0, "Business was slow");
        let found = run(
            &Inverted,
            "The rain could last all week, said Nora Patel, the county's emergency director.",
        );
        assert_eq!(
            found,
            [(
                "The rain could last all week".into(),
                Some("Nora Patel".into())
            )]
        );
    }

    #[test]
    fn a_parenthetical_attribution_before_another_s_statement_ends_the_claim() {
        let text = "More than 2,000 people are in shelters, he said, and at least 300 said they had nowhere to go.";
        assert_eq!(parts(text), ["More than 2,000 people are in shelters"]);
    }

    #[test]
    fn parenthetical_attribution_covers_both_sides() {
        let found = run(
            &Inverted,
            "The housing shortage, Mr. Alder often says, is the town's biggest problem.",
        );
        assert_eq!(
            found[0],
            (
                "The housing shortage, Mr. Alder often says, is the town's biggest problem".into(),
                Some("Mr. Alder".into())
            )
        );
    }

    /// The parts of the claim of the one statement `text` gives.
    fn parts(text: &str) -> Vec<String> {
        let doc = crate::text::Document::parse(text);
        let cx = crate::extract::Context::new(&doc);
        let found = Inverted.extract(&cx, &Taken::default());
        assert_eq!(found.len(), 1, "{text}");
        found[0]
            .pieces()
            .iter()
            .map(|p| p.text(text).to_string())
            .collect()
    }

    #[test]
    fn an_attribution_closing_a_bracket_takes_the_bracket_s_words() {
        let text = "Her ratings (at one point as low as 19%, Lee says) hurt the mayor.";
        assert_eq!(
            run(&Inverted, text),
            [("at one point as low as 19%".into(), Some("Lee".into()))]
        );
        // A closed bracket before the attribution is part of the claim.
        let text = "The pier (closed since May) will reopen, Lee says.";
        assert_eq!(
            run(&Inverted, text)[0].0,
            "The pier (closed since May) will reopen"
        );
    }

    #[test]
    fn a_parenthetical_attribution_is_not_part_of_the_claim() {
        assert_eq!(
            parts("The housing shortage, Mr. Alder often says, is the town's biggest problem."),
            ["The housing shortage", "is the town's biggest problem"]
        );
        // One word can be the subject the claim goes on from.
        assert_eq!(
            parts("Voters, Ortiz said, do not have to worry about the levy."),
            ["Voters", "do not have to worry about the levy"]
        );
        assert_eq!(
            parts("Still, he said, the council has to decide soon."),
            ["the council has to decide soon"]
        );
        // An occasion may stand between the cue and the comma.
        assert_eq!(
            parts("The levy, Ortiz argued in a memo to staff, would save the town $2 million."),
            ["The levy", "would save the town $2 million"]
        );
    }

    #[test]
    fn after_told_stands_the_audience() {
        let found = run(
            &Inverted,
            "The pier will reopen in May, his top aide, Nora Patel, told the Ledger.",
        );
        assert_eq!(found[0].1.as_deref(), Some("his top aide"));
    }

    #[test]
    fn a_comma_before_the_cue_may_close_an_appositive() {
        let found = run(
            &Inverted,
            "The pier will reopen in May, Nora Patel, the harbor chief, said in a memo.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Nora Patel"));
        // Not when an object follows the verb.
        let text = "One after another, ferry lines, including Harbor Star, declared bankruptcy.";
        assert!(run(&Inverted, text).is_empty());
    }

    #[test]
    fn does_not_fire_without_comma() {
        assert!(run(&Inverted, "Kim said the office is open.").is_empty());
    }
}
