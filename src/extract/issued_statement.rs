//! `issued_statement`: what a statement someone issued says. After a colon, a quotation or
//! the next paragraph ("The ministry issued a statement Monday: “...”", "Lee released the
//! following statement:" / "..."); after a participle of a speaker's act, its object
//! ("Lee released a statement condemning the attack"). "had this to say:" introduces as
//! well. The issuer is the speaker.

use super::block_quote::next_paragraph_claim;
use super::claim::{claim_end, mode_of, past_time_words, quote_claim, trim_claim};
use super::{Attribution, Context, Extractor, Mode, Pattern, Taken};
use crate::lexicon::{CueClass, lexicon};
use crate::span::{Span, floor_boundary};
use crate::text::normalise::{has_quotation_mark, with_lowercase};
use std::sync::LazyLock;

pub struct IssuedStatement;

/// A verb of issuing, up to two modifiers and "statement" ("issued a brief statement",
/// "put out the following statement"), or "had this to say".
pub(super) static ISSUED_STATEMENT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"statement|(?:this|following) to say",
        r"(?i)(?-u:\b)(?:(?:issu(?:e[ds]?|ing)|releas(?:e[ds]?|ing)|(?:put(?:s|ting)?|sen(?:t|ds?|ding))\s+out|post(?:ed|s|ing)?|ma(?:de|kes?|king))\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z\-]+\s+){0,2}?statements?|ha(?:d|s|ve)\s+(?:this|the\s+following)\s+to\s+say)(?-u:\b)",
    )
});

/// How many bytes may stand between the statement and its colon ("issued a statement late
/// on Monday:", "had this to say about the plan:").
const LEAD_OUT: usize = 60;

impl Extractor for IssuedStatement {
    fn id(&self) -> &'static str {
        "issued_statement"
    }

    fn description(&self) -> &'static str {
        "what an issued statement says: \"Lee issued a statement: ...\", \"released a statement condemning ...\""
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for (index, matched) in cx.pattern_matches(&ISSUED_STATEMENT) {
            let sentence = cx.sentence_span(index);
            let verb_end = source[matched.start..matched.end]
                .find(char::is_whitespace)
                .map_or(matched.end, |at| matched.start + at);
            let verb = Span::new(matched.start, verb_end);
            if unissued(&source[sentence.start..verb.start]) {
                continue;
            }
            let Some(speaker) = cx.mention_before(sentence.start, verb) else {
                continue;
            };
            let Some((claim, mode, class)) = said_after(cx, index, matched.end) else {
                continue;
            };
            let statement = Attribution::patterned(self.id(), matched, index, claim, mode);
            found.push(Attribution {
                cue_class: Some(class),
                ..statement.by(speaker)
            });
        }
        found
    }
}

/// Whether the words before the verb leave the statement unmade: "did not issue", "has
/// yet to release", "plans to issue".
fn unissued(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    last == "to" || with_lowercase(last, |w| lexicon().claim_word(w).negation)
}

/// What the statement ending at `from` in sentence `index` says, how it is given, and
/// whether it denies it ("issued a statement rejecting a report that ...").
fn said_after(cx: &Context, index: usize, from: usize) -> Option<(Span, Mode, CueClass)> {
    let source = cx.source();
    let paragraph = cx.doc.sentences[index].paragraph;
    let paragraph_end = cx.doc.paragraphs[paragraph].span.end;
    let lead = &source[from..floor_boundary(source, from + LEAD_OUT).min(paragraph_end)];
    if let Some(colon) = lead.find(':') {
        let between = &lead[..colon];
        if between.contains(['.', '!', '?']) || has_quotation_mark(between) {
            return None;
        }
        let (claim, mode) = introduced_after(cx, paragraph, from + colon + 1)?;
        return Some((claim, mode, CueClass::Speech));
    }
    // "released a statement Thursday night condemning ...": a speaker's act, and its object.
    let sentence_end = cx.sentence_span(index).end;
    let act_start = past_time_words(source, from, sentence_end);
    let act = source[act_start..sentence_end].split_whitespace().next()?;
    let is_act = act.ends_with("ing")
        && with_lowercase(act, |w| lexicon().speaker_acts.iter().any(|a| a == w));
    if !is_act {
        return None;
    }
    // "calling on the city to ...", "calling for a review": the object after its preposition.
    let mut start = act_start + act.len();
    let after = source[start..sentence_end].trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    if act.eq_ignore_ascii_case("calling") && matches!(next, "on" | "for") {
        start = sentence_end - after.len() + next.len();
    }
    let end = object_end(cx, start, claim_end(cx, index, start));
    let claim = trim_claim(source, Span::new(start, end));
    let denies = lexicon()
        .cue(act)
        .is_some_and(|c| c.class == CueClass::Deny);
    let class = if denies {
        CueClass::Deny
    } else {
        CueClass::Speech
    };
    (!claim.is_empty()).then(|| (claim, mode_of(cx, claim), class))
}

/// Where an act's object that starts at `from` ends: at its first semicolon, dash, or comma
/// before a conjunction outside a quotation ("condemning the attack, and none has said
/// ..."; not "gay, lesbian and transgender"), or at `to`.
fn object_end(cx: &Context, from: usize, to: usize) -> usize {
    let source = cx.source();
    let ends = |mark: &Span| {
        let next = source[mark.end..to].split_whitespace().next().unwrap_or("");
        mark.text(source) != "," || matches!(next, "and" | "but" | "yet" | "while")
    };
    source[from..to]
        .match_indices([',', ';', '—', '–'])
        .map(|(at, mark)| Span::new(from + at, from + at + mark.len()))
        .find(|mark| ends(mark) && !cx.in_quotation(*mark))
        .map_or(to, |mark| mark.start)
}

/// What a colon at `from` introduces: a quotation, the rest of the sentence, or, when it
/// ends its paragraph, the next one.
fn introduced_after(cx: &Context, paragraph: usize, from: usize) -> Option<(Span, Mode)> {
    let source = cx.source();
    let paragraph_end = cx.doc.paragraphs[paragraph].span.end;
    let rest = Span::new(from, paragraph_end).trim(source);
    if rest.is_empty() {
        return next_paragraph_claim(cx, paragraph).map(|claim| (claim, Mode::Direct));
    }
    let quotes = &cx.doc.quotes;
    let at = quotes.partition_point(|q| q.outer.start < rest.start);
    if let Some(quote) = quotes.get(at).filter(|q| q.outer.start == rest.start) {
        return Some((quote_claim(source, quote.inner), Mode::Direct));
    }
    let index = cx.doc.sentence_at(rest.start)?;
    let claim = trim_claim(
        source,
        Span::new(rest.start, claim_end(cx, index, rest.start)),
    );
    (!claim.is_empty()).then(|| (claim, mode_of(cx, claim)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn the_gate_holds() {
        use crate::extract::test_support::gate_holds;
        gate_holds(&ISSUED_STATEMENT, "Lee issued a statement: “We regret it.”");
        gate_holds(&ISSUED_STATEMENT, "the paper had this to say: it fails");
        gate_holds(&ISSUED_STATEMENT, "Lee had the following to say:");
    }

    #[test]
    fn fires_on_a_quotation_after_the_colon() {
        let found = run(
            &IssuedStatement,
            "The harbor authority issued a statement Monday: \"We regret the delay.\"",
        );
        assert_eq!(
            found,
            [(
                "We regret the delay.".into(),
                Some("The harbor authority".into())
            )]
        );
        let found = run(
            &IssuedStatement,
            "Likewise, a report from the Rivers Institute had this to say about the plan: \
             “Families in the top half would gain the most.”",
        );
        assert_eq!(found[0].0, "Families in the top half would gain the most.");
    }

    #[test]
    fn fires_on_the_next_paragraph_after_the_colon() {
        let found = run(
            &IssuedStatement,
            "After the fire, Governor Ann Lee released the following statement:\n\n\
             “Our prayers are with all those affected by the fire.”\n",
        );
        assert_eq!(
            found,
            [(
                "Our prayers are with all those affected by the fire.".into(),
                Some("Governor Ann Lee".into())
            )]
        );
    }

    #[test]
    fn fires_on_the_object_of_a_speaker_act() {
        let found = run(
            &IssuedStatement,
            "Ann Lee released a statement Thursday night condemning the attack on the pier.",
        );
        assert_eq!(
            found,
            [("the attack on the pier".into(), Some("Ann Lee".into()))]
        );
    }

    #[test]
    fn an_acts_object_ends_at_its_comma_and_starts_past_calling_on() {
        let found = run(
            &IssuedStatement,
            "All three candidates released statements condemning the attacks, and none has \
             said more.",
        );
        assert_eq!(found[0].0, "the attacks");
        let found = run(
            &IssuedStatement,
            "Lee issued a statement calling on the city “to act, and act now” for the old, young \
             and poor.",
        );
        assert_eq!(
            found[0].0,
            "the city “to act, and act now” for the old, young and poor"
        );
    }

    #[test]
    fn an_act_of_denial_denies_its_object() {
        let cx_class = |text: &str| {
            let doc = crate::text::Document::parse(text);
            let cx = Context::new(&doc);
            let found = IssuedStatement.extract(&cx, &Taken::default());
            found[0].cue_class
        };
        let text = "A title\n\nThe ministry issued a statement rejecting a report of talks.\n";
        assert_eq!(cx_class(text), Some(CueClass::Deny));
        let text = "A title\n\nThe ministry issued a statement praising the talks.\n";
        assert_eq!(cx_class(text), Some(CueClass::Speech));
    }

    #[test]
    fn reads_no_act_past_its_sentence() {
        for text in [
            "Lee issued a statement calling on\n\nThe pier is open.",
            "Lee issued a statement\n\ncalling the pier open.",
        ] {
            assert!(run(&IssuedStatement, text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn reads_no_colon_past_a_character_boundary() {
        // The colon window ends inside "é" unless it keeps to character boundaries.
        let text = format!("Lee issued a statement {}: “It is closed.”", "é".repeat(40));
        assert!(run(&IssuedStatement, &text).is_empty());
    }

    #[test]
    fn does_not_fire_without_a_colon_or_an_act() {
        for text in [
            "The council issued a statement that sought to address the concerns.",
            "The council issued a statement on Monday.",
            "Ruiz made statements about the pier that were false.",
            "The statement issued by the council was brief: two lines.",
            "Ruiz issued a statement. “We regret it,” he said.",
            "Ruiz released a statement calling.",
            "The firm did not issue a statement: a spokesman declined to comment.",
            "The firm has yet to release a statement: its offices were closed.",
        ] {
            assert!(run(&IssuedStatement, text).is_empty(), "{text}");
        }
    }
}
