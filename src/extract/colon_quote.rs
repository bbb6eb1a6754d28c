//! `colon_quote`: a clause with no cue verb whose subject speaks the quotation its colon
//! introduces: `Reed was far less hopeful: "The deal is dead."`, `She went on: "..."`.

use super::claim::quote_claim;
use super::subject::{opening_subject, verb_follows};
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention::{self, Mention};
use crate::span::Span;
use crate::text::normalise::{has_quotation_mark, with_lowercase};

pub struct ColonQuote;

/// How many bytes the clause before the colon may run to.
const LEAD: usize = 160;

impl Extractor for ColonQuote {
    fn id(&self) -> &'static str {
        "colon_quote"
    }

    fn description(&self) -> &'static str {
        "a clause whose subject speaks, ending in a colon before a quotation: X went further: \"...\""
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found = Vec::new();
        for quote in cx
            .doc
            .quotes
            .iter()
            .filter(|q| q.closed && !q.is_title(source))
        {
            let Some(colon) = source[..quote.outer.start].trim_end().strip_suffix(':') else {
                continue;
            };
            let colon = colon.len();
            let Some(sentence) = cx.doc.sentence_at(colon) else {
                continue;
            };
            let span = cx.sentence_span(sentence);
            let lead = &source[span.start..colon];
            // A cue verb's quotation is `cue_then_quote`'s, or no one's.
            let cued = cx.cues_in(sentence).any(|h| h.span.start < colon);
            let claimed = taken
                .near(quote.inner, 0)
                .any(|a| a.claim.overlaps(quote.inner));
            if lead.len() > LEAD || cued || claimed || has_quotation_mark(lead) {
                continue;
            }
            let speaking = |m: &Mention| verb_after(source, m, colon) && speaks(source, m);
            let Some(speaker) = last_clause_subject(source, span.start, colon)
                .filter(speaking)
                .or_else(|| opening_subject(source, span, colon).filter(speaking))
            else {
                continue;
            };
            let cue = Span::new(colon, colon + 1);
            let claim = quote_claim(source, quote.inner);
            found.push(
                Attribution::patterned(self.id(), cue, sentence, claim, Mode::Direct).by(speaker),
            );
        }
        found
    }
}

/// Whether a clause's subject may be the one who speaks: a person or a group by name,
/// pronoun or role, an organisation, or a record ("Reed", "she", "the mayor", "Reed's
/// letter"); not "The scheduling" or "it".
fn speaks(source: &str, subject: &Mention) -> bool {
    let text = subject.span.text(source);
    let Some(head) = text.rsplit(' ').next() else {
        return false;
    };
    // "Lee's first five callers": a possessive is no whole subject.
    if head.ends_with("'s") || head.ends_with("’s") {
        return false;
    }
    if ["he", "she", "they", "we"]
        .iter()
        .any(|p| head.eq_ignore_ascii_case(p))
    {
        return true;
    }
    if head.starts_with(char::is_uppercase) {
        // One capitalised word may be any noun opening the sentence ("Estimates vary"):
        // a name is written so elsewhere too.
        let alone = head.len() == text.len();
        return !matches!(head, "It" | "This" | "That" | "There" | "Here" | "What")
            && (!alone || named_elsewhere(source, subject.span));
    }
    let lex = lexicon();
    with_lowercase(head, |head| {
        lex.titles.contains(head)
            || lex.speaker_nouns.contains(head)
            || lex.documents.contains(head)
            || lex.institution_heads.contains(head)
            || lex.speech_nouns.iter().any(|noun| noun == head)
    })
}

/// The subject of a clause that the lead from `start` to the colon at `colon` ends with:
/// "The vote ran so late that a clerk could only sigh", "..., with Lee shouting".
fn last_clause_subject(source: &str, start: usize, colon: usize) -> Option<Mention> {
    let lead = &source[start..colon];
    let (at, link) = [" that ", ", with "]
        .iter()
        .filter_map(|link| lead.rfind(link).map(|at| (at, link.len())))
        .max()?;
    let from = start + at + link;
    mention::after(source, Span::new(from, from), colon)
}

/// Whether a verb follows `subject` before `to`, past its appositive or a bracket
/// ("Rep. Mara Okafor (D-Calif.) was").
fn verb_after(source: &str, subject: &Mention, to: usize) -> bool {
    let end = subject
        .appositive
        .map_or(subject.span.end, |a| a.end.max(subject.span.end));
    let rest = source[end..to].trim_start_matches([',', ' ']);
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, after)) => after.trim_start_matches([',', ' ']),
        None => rest,
    };
    let at = to - rest.len();
    verb_follows(source, Span::new(at, at), to)
}

/// Whether the word at `word` stands capitalised somewhere else in `source` than at a
/// sentence's start: "Reed" after "Tom" or "said".
fn named_elsewhere(source: &str, word: Span) -> bool {
    let text = word.text(source);
    source.match_indices(text).any(|(at, _)| {
        let before = source[..at].trim_end_matches(' ');
        let whole = !source[at + text.len()..].starts_with(char::is_alphanumeric);
        let mid_sentence = before.ends_with(|c: char| c.is_alphanumeric() || c == ',');
        at != word.start && whole && mid_sentence
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn found(text: &str) -> Vec<(String, Option<String>)> {
        run(&ColonQuote, &format!("A title\n\n{text}\n"))
    }

    #[test]
    fn fires_on_a_subject_s_clause_before_a_colon_and_quotation() {
        for (text, claim, speaker) in [
            (
                "Rep. Mara Okafor (D-Calif.) was more blunt: \"This is chaos, pure and simple.\"",
                "This is chaos, pure and simple.",
                "Rep. Mara Okafor",
            ),
            (
                "Tom Reed left. On the radio that night, Reed struck a darker note: \
                 “The deal is dead.”",
                "The deal is dead.",
                "Reed",
            ),
            (
                "She kept going: “The pier needs a new roof.”",
                "The pier needs a new roof.",
                "She",
            ),
            (
                "The vote ran so late that a spokesman for the union could only sigh: \
                 “The hall was double-booked.”",
                "The hall was double-booked.",
                "a spokesman for the union",
            ),
            (
                "Tom Reed spoke. Reed made that point again: “The deal is dead.”",
                "The deal is dead.",
                "Reed",
            ),
            (
                "Tom Reed spoke. The crowd booed, with Reed shouting: “Sit down!”",
                "Sit down!",
                "Reed",
            ),
            (
                "The union's letter makes a blunt case: “Nobody will work these cranes.”",
                "Nobody will work these cranes.",
                "The union's letter",
            ),
        ] {
            let found = found(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, claim, "{text}");
            let mention = found[0].1.as_deref().unwrap_or("");
            assert!(mention.starts_with(speaker), "{text}: {mention}");
        }
    }

    #[test]
    fn does_not_fire_without_a_speaking_subject_or_with_a_cue() {
        for text in [
            "The weather was so grim: “Stay home.”",
            "It was clear: “No entry after dark.”",
            "Then there was the change of all: “It is about time.”",
            // One capitalised word written nowhere else is no name; nor are words no verb
            // follows.
            "Forecasts differ a lot: “Rain by noon.”",
            "Neon signs over the pier blinked: “Open late.”",
            "Lee quotes former aide Tom Reed: “Over the top.”",
            "Here's Lee: “Over the top.”",
            "Tom Lee's aide left. Lee's first five callers were cool: “Is the pier safe?”",
            "The vote ran so late that the sign could only read: “Closed.”",
            // A cue verb's quotation is another rule's.
            "Reed said: “The deal is dead.”",
            // No colon, or the quotation is not the colon's.
            "Reed went further. “The deal is dead.”",
            "Reed had one rule: no phones, and “no excuses.”",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
