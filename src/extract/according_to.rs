//! `according_to`: "According to X, ..." and "..., according to X".

use super::claim::{CLAUSE_SUBORDINATORS, RELATIVE_PRONOUNS, claim_end, quote_claim, trim_claim};
use super::indirect::{describes_noun, is_passive};
use super::{Attribution, Context, Extractor, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention::{
    Mention, describes_source, is_ing_word, is_number, is_past_participle,
};
use crate::span::Span;
use crate::text::normalise::{has_quotation_mark, is_double_quote, is_quote, lowercase};
use crate::text::quotes::names_a_title;

pub struct AccordingTo;

/// Words that open what follows a source's comma when it describes the source or starts a
/// clause of the writer's: "according to Brian Wieser, an analyst", "..., but".
const SOURCE_ASIDES: &[&str] = &[
    "a",
    "an",
    "the",
    "which",
    "who",
    "whose",
    "including",
    "but",
    "and",
    "even",
    "while",
];

/// Most words a source may have.
const MAX_SOURCE_WORDS: usize = 16;

/// A source longer than `MAX_SOURCE_WORDS`, up to where a relative clause or a participle
/// describes it ("three sources who spoke to the Post but were not authorized to speak",
/// "results of the exit poll conducted by ...").
fn without_description(source: &str, span: Span) -> Span {
    let text = span.text(source);
    if text.split_whitespace().nth(MAX_SOURCE_WORDS).is_none() {
        return span;
    }
    let participle = text
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| is_past_participle(text[at + 1..].split(' ').next().unwrap_or("")));
    RELATIVE_PRONOUNS
        .iter()
        .filter_map(|r| text.find(r))
        .chain(participle)
        .min()
        .map_or(span, |at| Span::new(span.start, span.start + at))
}

/// Words that may open a sentence before "according to" without being part of the claim.
const OPENERS: &[&str] = &["but", "and", "yet", "still", "also", "however", "so"];

/// Whether a source's words hold no quotation, only a quoted name inside them ("the
/// \"Fix the Pier\" plan she released"), not words that run into a quotation.
fn plain_source(text: &str) -> bool {
    if !has_quotation_mark(text) {
        return true;
    }
    let closed = text.trim_end_matches(['.', ',']);
    if closed.ends_with(is_quote) {
        // Only a title may close the source: "his book “The Art of the Deal.”"
        let inside = closed.trim_end_matches(is_quote);
        let opening = inside
            .char_indices()
            .rfind(|&(_, c)| is_quote(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        return names_a_title(
            inside[opening..]
                .trim_matches(|c: char| matches!(c, '.' | ',' | '\'') || c.is_whitespace()),
        );
    }
    let doubles = text.chars().filter(|&c| is_double_quote(c)).count();
    doubles > 0 && doubles % 2 == 0
}

/// A claim that is one whole quotation ("According to the paper: “...”"), as its words.
fn unquoted(cx: &Context, claim: Span) -> Span {
    let quotes = &cx.doc.quotes;
    let at = quotes.partition_point(|q| q.outer.start < claim.start);
    quotes
        .get(at)
        .filter(|q| q.outer.start == claim.start && q.outer.end >= claim.end)
        .map_or(claim, |q| quote_claim(cx.source(), q.inner))
}

/// The pronoun of a claim that is only "That's", "This is" or "It was" (before "according
/// to").
fn pro_form(source: &str, claim: Span) -> Option<Span> {
    let text = claim.text(source);
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(word_end);
    let pronoun = matches!(word, "That" | "This" | "It" | "that" | "this" | "it");
    let copula = matches!(rest, "" | "'s" | "’s" | " is" | " was");
    (pronoun && copula).then(|| Span::new(claim.start, claim.start + word_end))
}

impl Extractor for AccordingTo {
    fn id(&self) -> &'static str {
        "according_to"
    }

    fn description(&self) -> &'static str {
        "a claim credited with \"according to X\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for hit in cx.cues.iter().filter(|h| h.according_to) {
            let sentence = cx.sentence_span(hit.sentence);
            // The source runs to the next comma, semicolon or the sentence's end.
            let after = &source[hit.span.end..sentence.end];
            let source_end = after.find([',', ';', '(', ')', ':']).unwrap_or(after.len());
            let source_span =
                trim_claim(source, Span::new(hit.span.end, hit.span.end + source_end))
                    .trim_matches(source, |c| c == '.');
            let source_span = without_description(source, source_span);
            let words = source_span.text(source).split_whitespace().count();
            if source_span.is_empty()
                || words > MAX_SOURCE_WORDS
                || !plain_source(source_span.text(source))
            {
                continue;
            }
            // "(the rise is 2 percent, according to the port)": an aside in brackets is a
            // sentence of its own.
            let lead_start = source[sentence.start..hit.span.start]
                .rfind('(')
                .filter(|&at| !source[sentence.start + at..hit.span.start].contains(')'))
                .map_or(sentence.start, |at| sentence.start + at + 1);
            let lead = source[lead_start..hit.span.start]
                .trim()
                .trim_end_matches(',')
                .to_lowercase();
            // "..., because, according to Lee, the media would ...": after a link the claim
            // is what follows the source.
            // So it is right after "that": "The fear is that according to its count ...".
            let last = lead.rsplit(' ').next().unwrap_or("");
            let after_link = last == "that"
                || source[lead_start..hit.span.start].trim_end().ends_with(',')
                    && (CLAUSE_SUBORDINATORS.contains(&last)
                        || matches!(last, "but" | "and" | "so"));
            let opens_sentence = lead.is_empty() || OPENERS.contains(&lead.as_str()) || after_link;
            // "Kim said Friday ..., according to the ministry": the claim is Kim's, and the
            // statement that says so is the one the sentence opens with ("Aides were told
            // ..." names whom it was said to).
            let attributed = !opens_sentence
                && cx.cues_in(hit.sentence).any(|c| {
                    !c.according_to
                        && !is_passive(source, sentence.start, c.span)
                        && c.span.start >= lead_start
                        && c.span.end <= hit.span.start
                        && cx.mention_before(lead_start, c.span).is_some_and(|m| {
                            source[lead_start..m.span.start].trim().is_empty()
                                && source[m.span.end..c.span.start].split_whitespace().count() <= 3
                                && !describes_noun(source, lead_start, c, &m)
                        })
                });
            // "Lee said Tuesday that, according to its count, the party won": the source is
            // one the speaker cites; the claim is the speaker's, read with the cue's.
            let cited = last == "that"
                && cx.cues_in(hit.sentence).any(|c| {
                    let between = source.get(c.span.end..hit.span.start).unwrap_or(",");
                    let between = between.trim_end().trim_end_matches(',');
                    !c.according_to
                        && !between.contains([',', ';', ':'])
                        && between.split_whitespace().count() <= 4
                        && cx.mention_before(sentence.start, c.span).is_some()
                });
            if attributed || cited {
                continue;
            }
            let rest_start = hit.span.end + source_end;
            let claim = if opens_sentence {
                // "According to Lee, writing in the Post, the plan ...": past an aside about
                // the source, a participle's or one that describes it (", who ...,").
                let rest = &source[rest_start..sentence.end];
                let start = participle_aside_end(rest)
                    .or_else(|| describing_aside_end(source, Span::new(rest_start, sentence.end)))
                    .map_or(rest_start + 1, |end| rest_start + end);
                if start >= sentence.end {
                    continue;
                }
                Span::new(start, claim_end(cx, hit.sentence, start))
            } else {
                // "The plan, according to officials, was dead": the claim goes on past the
                // source; not into what describes the source (", an analyst at ...", ",
                // which tracks ...") or a clause of the writer's (", but ...").
                let goes_on = source[rest_start..sentence.end]
                    .strip_prefix(',')
                    .is_some_and(|rest| {
                        let mut words = rest.split_whitespace();
                        let first = lowercase(words.next().unwrap_or(""));
                        // ", two years before ...": a time of the writer's.
                        let time = is_number(&first)
                            && words
                                .next()
                                .is_some_and(|w| lexicon().generic_nouns.contains(w));
                        !first.is_empty() && !SOURCE_ASIDES.contains(&&*first) && !time
                    });
                let end = if goes_on {
                    sentence.end
                } else {
                    hit.span.start
                };
                Span::new(lead_start, end)
            };
            let claim = unquoted(cx, trim_claim(source, claim));
            // "That's according to exit polls": the pronoun stands for the claim before.
            let pronoun = pro_form(source, claim);
            let claim = pronoun.unwrap_or(claim);
            if pronoun.is_none() && claim.text(source).split_whitespace().count() < 2 {
                continue;
            }
            found.push(Attribution::cued_in(
                cx,
                self.id(),
                hit,
                Mention::bare(source_span),
                claim,
            ));
        }
        found
    }
}

/// After a source's comma, the end of a participle aside about it ("writing in the Post,"):
/// where the claim begins, past its comma or colon.
fn participle_aside_end(rest: &str) -> Option<usize> {
    let aside = rest.strip_prefix(',')?.trim_start();
    let first = aside.split(' ').next()?;
    let participle = is_ing_word(first);
    // A colon ends it too: "According to Lee, writing in the Post:" introduces a block.
    let comma = aside
        .find([',', ':'])
        .filter(|&at| participle && aside[..at].split(' ').count() <= 8)?;
    Some(rest.len() - aside.len() + comma + 1)
}

/// After a source's comma, the end of an aside that describes the source ("who spoke on
/// condition of anonymity,", "a spokeswoman for the mayor,"), past its closing comma,
/// relative to `rest`'s start; `None` when no such aside stands there.
fn describing_aside_end(source: &str, rest: Span) -> Option<usize> {
    let text = rest.text(source).strip_prefix(',')?;
    let comma = text.find(',')?;
    let aside = Span::new(rest.start + 1, rest.start + 1 + comma).trim(source);
    let claim_follows = text[comma + 1..].split_whitespace().nth(1).is_some();
    let short = text[..comma].split_whitespace().count() <= MAX_SOURCE_WORDS;
    (claim_follows && short && describes_source(source, aside)).then_some(comma + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn a_participle_describing_the_subject_leaves_the_claim_to_the_source() {
        let text = "Officers responding to calls found the men, according to a spokeswoman.";
        assert_eq!(
            run(&AccordingTo, text),
            [(
                "Officers responding to calls found the men".into(),
                Some("a spokeswoman".into())
            )]
        );
    }

    #[test]
    fn a_pronoun_before_according_to_stands_for_the_claim() {
        let found = run(
            &AccordingTo,
            "Most voters backed Lee. That’s according to early exit polls.",
        );
        assert_eq!(found, [("That".into(), Some("early exit polls".into()))]);
        // A one-word claim that is no pronoun is no claim.
        assert!(run(&AccordingTo, "Yes, according to Lee.").is_empty());
    }

    #[test]
    fn an_aside_that_describes_the_opening_source_is_no_claim() {
        let claim_of = |text: &str| run(&AccordingTo, text).into_iter().map(|f| f.0).next();
        for text in [
            "According to Lee, who asked not to be named, the pier will reopen.",
            "According to the audit, which was released Tuesday, the pier will reopen.",
            "According to Lee, a spokeswoman for the mayor, the pier will reopen.",
            "According to Lee, an analyst at Dover Marine, the pier will reopen.",
        ] {
            assert_eq!(
                claim_of(text).as_deref(),
                Some("the pier will reopen"),
                "{text}"
            );
        }
        // The claim's own subject, or a phrase with a verb in it, is no aside.
        for text in [
            "According to Lee, the pier, which is old, will reopen.",
            "According to Lee, one Dover Department of Transportation sign read, “Stay off.”",
        ] {
            let claim = claim_of(text).unwrap();
            assert!(
                claim.starts_with("the pier") || claim.starts_with("one"),
                "{text}: {claim}"
            );
        }
    }

    #[test]
    fn a_long_source_ends_where_a_clause_describes_it() {
        let found = run(
            &AccordingTo,
            "The pier will close, according to three port officials who spoke to the Ledger but were not allowed to speak on the record.",
        );
        assert_eq!(
            found,
            [(
                "The pier will close".into(),
                Some("three port officials".into())
            )]
        );
        let found = run(
            &AccordingTo,
            "According to early results of the exit poll conducted for the Ledger and its partners by a polling firm, most voters want the pier open.",
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("early results of the exit poll")
        );
        // A sentence whose verb "said" has no speaker of its own is the source's claim.
        let found = run(
            &AccordingTo,
            "He came back for the last minutes of the lunch and said little, according to an aide.",
        );
        assert_eq!(found[0].1.as_deref(), Some("an aide"));
    }

    #[test]
    fn an_aside_in_brackets_and_a_claim_after_a_link() {
        let found = run(
            &AccordingTo,
            "Lee cites a claim that fares rose (the real rise is 2 percent, according to the port).",
        );
        assert_eq!(
            found,
            [("the real rise is 2 percent".into(), Some("the port".into()))]
        );
        let found = run(
            &AccordingTo,
            "He went to the hearing because, according to Lee, the press would mock him.",
        );
        assert_eq!(found[0].0, "the press would mock him");
        let found = run(
            &AccordingTo,
            "The fear is that according to its count, the party won most seats.",
        );
        assert_eq!(found[0].0, "the party won most seats");
        // After a cue and its "that", the source is one the speaker cites.
        for text in [
            "Lee said that according to its count, the party won most seats.",
            "The Ledger reported Tuesday that, according to a count, the party won.",
        ] {
            assert!(run(&AccordingTo, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_claim_starts_past_a_participle_aside_on_the_source() {
        let found = run(
            &AccordingTo,
            "According to Ann Lee, writing in the Herald, the pier is safe.",
        );
        assert_eq!(found, [("the pier is safe".into(), Some("Ann Lee".into()))]);
        // Before a colon the claim is the block that follows, not the aside.
        assert!(
            run(
                &AccordingTo,
                "According to Ann Lee, writing in the Herald:\n\nThe pier is safe."
            )
            .is_empty()
        );
    }

    #[test]
    fn leaves_a_sentence_that_opens_with_its_own_attribution() {
        let found = run(
            &AccordingTo,
            "The mayor said the pier would reopen in May, according to her office.",
        );
        assert!(found.is_empty(), "{found:?}");
        // A passive names whom it was said to: the source is the sentence's; a time of the
        // writer's after the source is no claim.
        let text = "Aides were told that the pier was unsafe, according to a memo, two years \
                    before it shut.";
        let found = run(&AccordingTo, text);
        assert_eq!(found[0].1.as_deref(), Some("a memo"));
        assert_eq!(found[0].0, "Aides were told that the pier was unsafe");
    }

    #[test]
    fn fires_before_and_after() {
        let found = run(
            &AccordingTo,
            "Turnout rose to 58 percent from 46 percent, according to the survey.",
        );
        assert_eq!(
            found,
            [(
                "Turnout rose to 58 percent from 46 percent".into(),
                Some("the survey".into())
            )]
        );
        let found = run(
            &AccordingTo,
            "According to county records, the mill had closed twice before.",
        );
        assert_eq!(
            found,
            [(
                "the mill had closed twice before".into(),
                Some("county records".into())
            )]
        );
    }

    #[test]
    fn the_claim_goes_on_past_its_source_but_not_into_the_source_s_description() {
        let claim = |text: &str| run(&AccordingTo, text)[0].0.clone();
        assert_eq!(
            claim("Profits rose 4 percent, according to Ann Lee, an analyst at Harbor Research."),
            "Profits rose 4 percent"
        );
        assert_eq!(
            claim("The plan, according to county officials, was never approved."),
            "The plan, according to county officials, was never approved"
        );
    }

    #[test]
    fn a_possessive_source_is_no_quotation() {
        let found = run(
            &AccordingTo,
            "The ferry line began service in 1998, according to the county's licence files.",
        );
        assert_eq!(found[0].1.as_deref(), Some("the county's licence files"));
    }

    #[test]
    fn a_source_may_hold_a_quoted_name_and_introduce_a_quotation() {
        assert_eq!(
            run(
                &AccordingTo,
                "The levy would raise $2 million, according to the \"Fix the Pier\" plan she released."
            ),
            [(
                "The levy would raise $2 million".into(),
                Some("the \"Fix the Pier\" plan she released".into())
            )]
        );
        assert_eq!(
            run(
                &AccordingTo,
                "According to the Ledger: “The pier will close in May.”"
            ),
            [(
                "The pier will close in May.".into(),
                Some("the Ledger".into())
            )]
        );
        // A title may close the source, the sentence's period inside its marks.
        for text in [
            "He bought the jet, according to his book “The Art of the Pier.”",
            "He bought the jet, according to his book ''The Art of the Pier.''",
        ] {
            let found = run(&AccordingTo, text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, "He bought the jet", "{text}");
        }
        // Words that run into a quotation are no source.
        assert!(
            run(
                &AccordingTo,
                "The pier is dead, according to Lee “and nobody will save it.”"
            )
            .is_empty()
        );
    }

    #[test]
    fn does_not_fire_without_a_claim() {
        assert!(run(&AccordingTo, "According to him.").is_empty());
    }
}
