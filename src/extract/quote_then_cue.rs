//! `quote_then_cue`: a quotation followed by its attribution: "...," X said / said X /
//! X said during a briefing on Monday; and "...," X said, "..." (attribution inside a quote).

use super::claim::{
    MAIN_CLAUSE_VERBS, SUBORDINATORS, is_finite_auxiliary, is_link_word, is_time_or_adverb,
    past_audience, past_time_words, quote_claim,
};
use super::inverted::object_follows;
use super::second_hand::quoted_object_before;
use super::{Attribution, Context, CueHit, Extractor, Mode, Taken};
use crate::lexicon::{CueClass, lexicon};
use crate::resolve::mention::{self, Mention};
use crate::span::Span;
use crate::text::Quote;
use crate::text::normalise::{is_dash, is_quote, strip_clause_dash, with_lowercase};

pub struct QuoteThenCue;

/// The gap between a closing quotation mark and what follows may hold only these.
fn is_gap(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
}

/// The attribution right after `quote`: its cue and speaker.
pub fn attribution_after<'c>(cx: &'c Context, quote: &Quote) -> Option<(&'c CueHit, Mention)> {
    let source = cx.source();
    let sentence = cx.doc.sentence_at(quote.outer.end.saturating_sub(1))?;
    let sentence_end = cx.sentence_span(sentence).end;
    let Some(hit) = cx
        .cues_in(sentence)
        .find(|h| h.span.start >= quote.outer.end && !h.according_to)
    else {
        return attribution_in_next_sentence(cx, quote, sentence + 1);
    };
    let between = &source[quote.outer.end..hit.span.start];
    if is_gap(between) {
        // `“fantastic,” telling reporters ...`: after a participle or "told" stands an
        // audience or a claim, never the quotation's speaker ("warned Lee" inverts).
        let word = hit.span.text(source);
        let told = lexicon().cue(word).is_some_and(|cue| cue.lemma == "tell");
        if told || word.ends_with("ing") {
            return None;
        }
        let speaker = mention::after(source, hit.span, sentence_end)?;
        // "citing “magic,” said the candidate could win": the phrase is a clause's subject.
        let next = source[speaker.span.end..sentence_end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let clause_follows = MAIN_CLAUSE_VERBS.contains(&next);
        return (!clause_follows).then_some((hit, speaker));
    }
    // "The “wise Latina” phrase Lee cited has ...": a verb that needs "that" before its
    // object is no attribution.
    if object_follows(source, hit, sentence_end) {
        return None;
    }
    // `Lee - who had said he would "win" the state - said`: a dash that closes an aside
    // opened before the quotation puts the quotation inside the aside.
    let lead = between.trim_end();
    let closing_dash = strip_clause_dash(lead).or_else(|| lead.strip_suffix(" -"));
    if closing_dash.is_some_and(|inside| !inside.contains(is_dash) && !inside.contains(" - ")) {
        return None;
    }
    // "“...,” TASS quoted a senior officer as saying": the one quoted says it.
    let before_cue = cx.mention_before(quote.outer.end, hit.span);
    let quoted = quoted_object_before(source, quote.outer.end, hit.span.start).map(Mention::bare);
    let speaker = quoted.or(before_cue)?;
    // The quotation runs up to the phrase before the cue: the speaker, or who quoted them.
    let phrase_start = before_cue.map_or(speaker.span.start, |m| m.span.start);
    // `the department "does not recognise" the figures reported`: words quoted inside a
    // clause, with no mark closing them, are no quotation of the phrase after them.
    let closing = source[quote.inner.start..quote.outer.end]
        .trim_end_matches(|c: char| c.is_whitespace() || is_quote(c));
    let inside_clause = source[..quote.outer.start]
        .trim_end_matches(' ')
        .ends_with(|c: char| c.is_alphanumeric());
    if inside_clause && closing.ends_with(char::is_alphanumeric) {
        return None;
    }
    // "on “Lakeside,” Lee said if ...", "Lee told Politico that ...": the cue opens a claim
    // of its own, past an audience named or a pronoun (after "told a crowd" a "that" may
    // open a relative clause).
    let audience_end = past_audience(source, hit.span.end, sentence_end);
    let audience = source[hit.span.end..audience_end].trim();
    let named = audience.starts_with(char::is_uppercase) || mention::is_pronoun(audience);
    let after_cue = if hit.class == CueClass::Addressee && named {
        audience_end
    } else {
        hit.span.end
    };
    let object = &source[past_time_words(source, after_cue, sentence_end)..sentence_end];
    let opens_claim = object
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "that" | "if" | "whether") || mention::is_pronoun(w))
        || (hit.class != CueClass::Addressee && clause_follows(object));
    let gap = source
        .get(quote.outer.end..phrase_start)
        .is_some_and(is_gap);
    (gap && !opens_claim).then_some((hit, speaker))
}

/// Whether `object`, the words after a cue, open a clause up to the first mark: a subject
/// in lower case and an auxiliary ("... Lee said private contractors can cost more").
fn clause_follows(object: &str) -> bool {
    let phrase = object
        .split(|c: char| c.is_ascii_punctuation() || is_quote(c) || is_dash(c))
        .next()
        .unwrap_or("");
    let mut words = phrase.split_whitespace();
    let first = words.next().unwrap_or("");
    // The auxiliary comes before any subordinate or relative clause ("as it was docking").
    let auxiliary = words
        .map(|w| {
            with_lowercase(w, |w| {
                let subordinate =
                    SUBORDINATORS.contains(&w) || matches!(w, "who" | "which" | "that");
                (is_finite_auxiliary(w) || subordinate).then_some(!subordinate)
            })
        })
        .find_map(|verb| verb);
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && !with_lowercase(first, |w| is_link_word(w) || is_time_or_adverb(w))
        && auxiliary == Some(true)
}

/// `“... missing.” Lee said.`: a quotation closed by a period and an attribution that is a
/// sentence of its own, the speaker and cue with at most an occasion after them.
fn attribution_in_next_sentence<'c>(
    cx: &'c Context,
    quote: &Quote,
    next: usize,
) -> Option<(&'c CueHit, Mention)> {
    let source = cx.source();
    let closed_by_period = source[..quote.outer.end]
        .trim_end_matches(is_quote)
        .ends_with('.');
    let span = (next < cx.doc.sentences.len()).then(|| cx.sentence_span(next))?;
    // In the same paragraph: only spaces between them.
    let gap = &source[quote.outer.end..span.start];
    if !closed_by_period || !gap.bytes().all(|b| b == b' ') {
        return None;
    }
    let hit = cx.cues_in(next).next()?;
    let told = lexicon()
        .cue(hit.span.text(source))
        .is_some_and(|cue| cue.lemma == "tell");
    if hit.according_to || told || hit.span.text(source).ends_with("ing") {
        return None;
    }
    let speaker = cx.mention_before(span.start, hit.span).filter(|m| {
        m.span.start == span.start && source[m.span.end..hit.span.start].trim().is_empty()
    })?;
    let rest = source[hit.span.end..span.end].trim_end_matches(['.', ' ']);
    rest.split_whitespace()
        .all(is_time_or_adverb)
        .then_some((hit, speaker))
}

impl Extractor for QuoteThenCue {
    fn id(&self) -> &'static str {
        "quote_then_cue"
    }

    fn description(&self) -> &'static str {
        "a quotation followed by its speaker and cue verb"
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let quotes = &cx.doc.quotes;
        let mut found = Vec::new();
        let mut skip_until = 0;
        for (index, quote) in quotes.iter().enumerate() {
            if quote.outer.start < skip_until || !quote.closed || quote.is_title(source) {
                continue;
            }
            let Some((hit, speaker)) = attribution_after(cx, quote) else {
                continue;
            };
            let mut claim = quote_claim(source, quote.inner);
            // Words before the quotation in its sentence make it a mixed claim.
            let sentence_start = cx.sentence_span(hit.sentence).start;
            let lead_in = source[sentence_start.min(quote.outer.start)..quote.outer.start].trim();
            // "Asked if he is “ready,” Lee said yes": the quotation is the question's, and the
            // answer is the cue's own.
            let mut lead_words = lead_in.split_whitespace().take(2);
            if lead_words.any(|w| w.eq_ignore_ascii_case("asked")) {
                continue;
            }
            // "When a man shouted, “Ferry,” Lee joked": a past form and a comma introduce
            // the quotation, so it is the lead-in's own (its verb unlisted or not).
            let introduced = lead_in.strip_suffix(',').is_some_and(|lead| {
                lead.rsplit(' ')
                    .next()
                    .is_some_and(mention::is_past_participle)
            });
            if introduced {
                continue;
            }
            let mut mode = Mode::Direct;
            // Not when the lead-in is an attribution of its own or introduces the quotation
            // ("Trump asserted that ...: “...,” he claimed").
            let cue_before = || {
                cx.cues_in(hit.sentence)
                    .any(|h| h.span.end <= quote.outer.start)
            };
            // "Trump claimed that “...,” one of them said ...": the quotation is the claim
            // of the cue before it.
            if lead_in.ends_with("that") && cue_before() {
                continue;
            }
            // "Lee said she felt it was “a loophole,” she said": the lead-in's own attribution
            // takes the claim when a pronoun repeats its speaker ("..., the source said"
            // reports the whole).
            let repeated = mention::is_pronoun(speaker.span.text(source));
            let attributed_before = || {
                cx.cues_in(hit.sentence)
                    .filter(|h| h.span.end <= quote.outer.start && !h.according_to)
                    .any(|h| cx.mention_before(sentence_start, h.span).is_some())
            };
            // A colon or dash sets the quotation off from the statement before it
            // (`was unserious - "Again, ...," she said`).
            let set_off = lead_in.ends_with([':', '—', '–', '-']);
            if repeated && !set_off && attributed_before() {
                continue;
            }
            // So does it from narration before it: "Ruiz was not convinced — “It is a
            // blank check,” he said" (not a quotation's aside: “I doubt it” — he paused —).
            let narrated = set_off && !lead_in.contains(is_quote);
            let lead_attributed = narrated || set_off && cue_before();
            // `balked ("Refund my fees," wrote Ann Lee)`: a quotation that opens an
            // aside in brackets is whole.
            let bracketed = lead_in.ends_with('(');
            // `“A,” she said, but despite it all, “B,” said Lee`: a lead-in with a quotation
            // and an attribution of its own is no part of a quotation opening a clause.
            let quoted_before = index > 0 && quotes[index - 1].outer.end > sentence_start;
            let own_clause = lead_in.ends_with(',') && quoted_before && attributed_before();
            if !lead_in.is_empty()
                && !lead_attributed
                && !bracketed
                && !own_clause
                && sentence_start < quote.outer.start
                && !quote.continues
            {
                claim = Span::new(sentence_start, claim.end);
                mode = Mode::Mixed;
            }
            // "...," X said, "..." goes on with a second quotation in the same sentence.
            let attribution_end = [Some(speaker.span), speaker.appositive, Some(hit.span)]
                .into_iter()
                .flatten()
                .map(|s| s.end)
                .max()
                .unwrap_or(hit.span.end);
            let mut parts = Vec::new();
            if let Some(next) = quotes
                .get(index + 1)
                .filter(|n| n.outer.start >= attribution_end)
            {
                let gap = source[attribution_end..next.outer.start].trim();
                let same_sentence = cx.doc.sentence_at(next.outer.start) == Some(hit.sentence);
                if same_sentence && gap.len() <= 1 && gap.chars().all(|c| matches!(c, ',' | ':')) {
                    parts = vec![claim, quote_claim(source, next.inner)];
                    skip_until = next.outer.end;
                }
            }
            // "TASS quoted a senior officer as saying": heard through the outlet.
            let relayed = source[..speaker.span.start].trim_end().ends_with("quoted");
            let found_here =
                Attribution::cued(self.id(), hit, speaker, claim, mode).heard_second_hand(relayed);
            found.push(if parts.is_empty() {
                found_here
            } else {
                found_here.in_parts(&parts)
            });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn an_attribution_may_be_a_sentence_of_its_own_after_a_period() {
        assert_eq!(
            run(
                &QuoteThenCue,
                "“Find the boats that are missing.” Lee said on Monday."
            ),
            [(
                "Find the boats that are missing.".into(),
                Some("Lee".into())
            )]
        );
        // Not with a claim of its own, nor in the next paragraph, nor after a comma.
        for text in [
            "“Find the boats.” Lee said the pier is closed.",
            "“Find the boats.”\n\nLee agrees.",
            "“Find the boats.” Lee did not respond.",
        ] {
            assert!(run(&QuoteThenCue, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_quoted_inside_a_clause_with_no_closing_mark_are_no_quotation() {
        let text = "Lee added that the agency “does not recognise” the figures reported.";
        assert!(run(&QuoteThenCue, text).is_empty());
        // A mark closing them, or a quotation opening the sentence, keeps the attribution.
        for text in [
            "Lee added that the agency “does not recognise them,” the aide said.",
            "“We will not recognise them” the aide said.",
        ] {
            assert_eq!(run(&QuoteThenCue, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_quotation_after_another_s_attribution_and_a_comma_stands_alone() {
        let text =
            "“The pier is old,” she said, but despite the cost, “we will fix it,” said Ann Lee.";
        let found = run(&QuoteThenCue, text);
        assert!(
            found.contains(&("we will fix it".into(), Some("Ann Lee".into()))),
            "{found:?}"
        );
        // Without a quotation before, the lead-in is the claim's own words.
        let text = "When Lee said it, the pier “was falling apart,” said Joe Ruiz.";
        let found = run(&QuoteThenCue, text);
        assert!(found[0].0.starts_with("When Lee said it"), "{found:?}");
    }

    #[test]
    fn a_quotation_after_another_cue_and_that_is_that_cue_s() {
        let text = "As Lee claimed that “the pier is safe,” one of the engineers said it was not.";
        assert!(run(&QuoteThenCue, text).is_empty());
    }

    #[test]
    fn a_quotation_a_past_form_and_a_comma_introduce_is_the_lead_in_s() {
        let text = "When a man shouted, “Ferry,” Lee joked, “Welcome aboard, friend!”";
        assert!(run(&QuoteThenCue, text).is_empty());
        // Other words and a comma before it make a mixed claim.
        let text = "In other words, “we lost the vote,” Lee said.";
        assert_eq!(
            run(&QuoteThenCue, text),
            [(
                "In other words, “we lost the vote".into(),
                Some("Lee".into())
            )]
        );
    }

    #[test]
    fn a_quotation_set_off_by_a_dash_after_a_statement_is_its_own() {
        let text = "Lee suggested the plan was weak - \"Again, we need the details,\" she said.";
        assert_eq!(
            run(&QuoteThenCue, text),
            [("Again, we need the details".into(), Some("she".into()))]
        );
        assert_eq!(
            run(&crate::extract::indirect::Indirect, text)[0].0,
            "the plan was weak"
        );
        // Without the dash the pronoun's statement is the one before.
        let text = "Lee said she felt it was “a loophole,” she said.";
        assert!(run(&QuoteThenCue, text).is_empty());
        // After narration with no cue, a dash or colon sets the quotation off too.
        for text in [
            "Ruiz was not convinced -- \"it is a blank check,\" he said.",
            "His verdict: \"it is a blank check,\" he said.",
        ] {
            assert_eq!(
                run(&QuoteThenCue, text)[0].0,
                "it is a blank check",
                "{text}"
            );
        }
        // Not a dashed aside inside the quotation.
        let text = "\"I doubt the plan\" -- the harbor plan -- \"will last,\" he said.";
        assert_ne!(run(&QuoteThenCue, text)[0].0, "will last");
    }

    #[test]
    fn a_clause_after_the_cue_is_the_cue_s_own_claim() {
        for text in [
            "Asked about “ferry fares,” Lee said rural riders would pay less.",
            "On “the pier,” the mayor said repairs can wait.",
        ] {
            assert!(run(&QuoteThenCue, text).is_empty(), "{text}");
        }
        // An occasion or a time after the cue leaves the quotation its claim.
        for text in [
            "“We will rebuild,” Lee said aboard the ferry as it was docking.",
            "“We will rebuild,” Lee told a group of sailors who were waiting.",
        ] {
            assert_eq!(run(&QuoteThenCue, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_quotation_inside_a_dashed_aside_is_not_attributed_by_the_cue_after_it() {
        for text in [
            "Lee - who once vowed to \"sink\" rival ferries docked in Salem - said at a rally in Ohio.",
            "Lee \u{2014} who once vowed to \u{201c}sink\u{201d} rival ferries \u{2014} said at a rally.",
        ] {
            assert!(run(&QuoteThenCue, text).is_empty(), "{text}");
        }
        // A dash of its own after the quotation still sets off its attribution.
        let found = run(
            &QuoteThenCue,
            "\u{201c}We will sink it\u{201d} \u{2014} Lee said.",
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn after_a_participle_or_told_stands_no_speaker() {
        for text in [
            "Lee called the vote “fantastic,” telling reporters that it was a good day.",
            "Lee called the vote “fantastic,” saying it was a good day.",
        ] {
            assert!(run(&QuoteThenCue, text).is_empty(), "{text}");
        }
        let found = run(&QuoteThenCue, "“The pier is closed,” warned Lee.");
        assert_eq!(found[0].1.as_deref(), Some("Lee"));
    }

    #[test]
    fn a_pronoun_that_repeats_the_lead_in_s_speaker_leaves_it_the_claim() {
        let text = "Lee said she felt the pier was “a loophole,” she said.";
        assert!(run(&QuoteThenCue, text).is_empty());
        // Another source reports the whole sentence.
        let text = "Lee said the pier was “a loophole,” the engineer said.";
        let found = run(&QuoteThenCue, text);
        assert_eq!(found[0].0, "Lee said the pier was “a loophole");
        assert_eq!(found[0].1.as_deref(), Some("the engineer"));
    }

    #[test]
    fn a_phrase_after_the_cue_that_a_clause_goes_on_from_is_no_speaker() {
        let text = "Lee, citing “the magic of the pier,” said the town could win.";
        assert!(run(&QuoteThenCue, text).is_empty());
        let found = run(&QuoteThenCue, "“We will win,” said the 46-year-old.");
        assert_eq!(found[0].1.as_deref(), Some("the 46-year-old"));
    }

    #[test]
    fn a_quotation_in_a_question_is_the_question_s() {
        assert!(run(&QuoteThenCue, "Asked if he would run “again,” Lee said no.").is_empty());
        assert!(run(&QuoteThenCue, "When asked about the “plan,” Lee said no.").is_empty());
    }

    #[test]
    fn an_attribution_inside_a_quotation_splits_its_claim_in_two() {
        let text = "“We will win,” said Lee, the mayor, “because the voters want the ferry.”";
        let doc = crate::text::Document::parse(text);
        let found = QuoteThenCue.extract(&Context::new(&doc), &Taken::default());
        let parts: Vec<&str> = found[0].pieces().iter().map(|p| p.text(text)).collect();
        assert_eq!(parts, ["We will win", "because the voters want the ferry."]);
    }

    #[test]
    fn a_quotation_that_opens_an_aside_in_brackets_is_whole() {
        let text = "Members balked (“Refund my fees,” wrote Ann Lee, a welder).";
        assert_eq!(run(&QuoteThenCue, text)[0].0, "Refund my fees");
    }

    #[test]
    fn a_cue_that_opens_its_own_claim_is_no_quotation_s_attribution() {
        let text = "On “Lakeside,” Lee said if the pier closes the town will suffer.";
        assert!(run(&QuoteThenCue, text).is_empty());
        let text = "Citing “duties at home,” his aide told Politico that Lee will stay away.";
        assert!(run(&QuoteThenCue, text).is_empty());
        // After an audience of common nouns "that" may open a relative clause.
        let text = "“We will win,” the mayor told a crowd that the police put at 3,000.";
        assert_eq!(run(&QuoteThenCue, text)[0].0, "We will win");
    }

    #[test]
    fn fires_on_quote_then_speaker() {
        let found = run(
            &QuoteThenCue,
            "“The pier is open,” said spokesperson Park Min-seo during a briefing on Monday.",
        );
        assert_eq!(
            found,
            [(
                "The pier is open".into(),
                Some("spokesperson Park Min-seo".into())
            )]
        );
        let found = run(
            &QuoteThenCue,
            "\"It was a mistake,\" one government official said.",
        );
        assert_eq!(
            found,
            [(
                "It was a mistake".into(),
                Some("one government official".into())
            )]
        );
    }

    #[test]
    fn an_outlet_that_quoted_someone_relays_their_words() {
        let text = "“The drills are routine,” the Port Ellis Herald quoted a navy officer as \
                    saying on Tuesday.";
        let found = run(&QuoteThenCue, text);
        assert_eq!(
            found,
            [(
                "The drills are routine".into(),
                Some("a navy officer".into())
            )]
        );
        let doc = crate::text::Document::parse(text);
        let found = QuoteThenCue.extract(&Context::new(&doc), &Taken::default());
        assert!(found[0].second_hand);
        // Nor does the time after it make a second claim.
        assert!(run(&super::super::second_hand::SecondHand, text).is_empty());
    }

    #[test]
    fn does_not_fire_on_a_quoted_title() {
        let found = run(
            &QuoteThenCue,
            "Speaking on “Harbor Morning Live,” the mayor said the pier would reopen.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = run(&QuoteThenCue, "“Yes,” the mayor said.");
        assert_eq!(found[0].0, "Yes");
    }

    #[test]
    fn joins_quote_around_attribution() {
        let found = run(
            &QuoteThenCue,
            "“We are ready,” he said, “and we will talk.”",
        );
        assert_eq!(found[0].0, "We are ready,” he said, “and we will talk.");
    }

    #[test]
    fn a_quotation_introduced_by_another_attribution_stands_alone() {
        let found = run(
            &QuoteThenCue,
            "The mayor argued that the port had changed: “It is a new port,” she said.",
        );
        assert_eq!(found[0].0, "It is a new port");
    }

    #[test]
    fn does_not_fire_without_cue() {
        assert!(run(&QuoteThenCue, "“We are ready,” the banner read.").is_empty());
        assert!(run(&QuoteThenCue, "“We are ready.” The crowd said nothing.").is_empty());
    }
}
