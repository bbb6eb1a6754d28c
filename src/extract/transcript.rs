//! `transcript`: an interview or broadcast transcript's lines, "Okafor: No. We've permitted
//! more units ...", each paragraph headed by its speaker's name and a colon. Only where the
//! article reads as a transcript: some speaker's label heads two paragraphs or more.

use super::claim::quote_claim;
use super::{Attribution, Context, Extractor, Mode, Taken};
use crate::lexicon::{CueClass, FastMap, lexicon};
use crate::resolve::mention::Mention;
use crate::span::Span;
use crate::text::normalise::{is_quote, lowercase};

pub struct Transcript;

/// The most bytes a label may take before its colon ("Rep. Alexandria Ocasio-Cortez").
const MAX_LABEL: usize = 40;

/// The most words a label may have.
const MAX_LABEL_WORDS: usize = 4;

impl Extractor for Transcript {
    fn id(&self) -> &'static str {
        "transcript"
    }

    fn description(&self) -> &'static str {
        "a transcript's line headed by its speaker: Okafor: No. We've permitted ..."
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let lines: Vec<(Span, Span)> = cx
            .doc
            .paragraphs
            .iter()
            .filter(|p| p.furniture.is_none())
            .filter_map(|p| labelled(source, p.span))
            .collect();
        // A transcript's speakers speak more than once: "JAKE TAPPER:" ... "TAPPER:".
        let mut turns: FastMap<String, usize> = FastMap::default();
        for (label, _) in &lines {
            *turns.entry(surname(source, *label)).or_default() += 1;
        }
        if !turns.values().any(|&n| n >= 2) {
            return Vec::new();
        }
        lines
            .into_iter()
            .filter_map(|(label, line)| {
                let colon = Span::new(label.end, label.end + 1);
                let sentence = cx.doc.sentence_at(line.start)?;
                let words = line.trim_matches(source, is_quote);
                let claim = quote_claim(source, words);
                let asks = claim.text(source).ends_with('?');
                let found = Attribution::patterned(self.id(), colon, sentence, claim, Mode::Direct)
                    .by(Mention::bare(label));
                Some(Attribution {
                    cue_class: Some(if asks {
                        CueClass::Ask
                    } else {
                        CueClass::Speech
                    }),
                    ..found
                })
            })
            .collect()
    }
}

/// The label's last word, lower-cased: one speaker's, whether given in full or not.
fn surname(source: &str, label: Span) -> String {
    lowercase(label.text(source).rsplit(' ').next().unwrap_or("")).into_owned()
}

/// The (label, line) of a paragraph that opens with a speaker's name and a colon.
fn labelled(source: &str, paragraph: Span) -> Option<(Span, Span)> {
    let text = paragraph.text(source);
    let colon = text.bytes().take(MAX_LABEL + 1).position(|b| b == b':')?;
    let (label, rest) = (&text[..colon], &text[colon + 1..]);
    // A tally's "Clinton: 1,769." says nothing.
    let says = rest.contains(char::is_alphabetic);
    if !rest.starts_with(' ') || !says || !is_name_label(label) {
        return None;
    }
    let start = paragraph.start;
    let line = Span::new(start + colon + 1, paragraph.end).trim(source);
    Some((Span::new(start, start + colon), line))
}

/// Whether `label` reads as a speaker's name: one to four capitalised words of letters
/// (with ".", "-" or an apostrophe), not a label that names no one ("Update", "Q").
fn is_name_label(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    let name_word = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    let not_speakers = &lexicon().not_speakers;
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && words.iter().all(name_word)
        && !not_speakers.contains(&*lowercase(words[0]))
        && !not_speakers.contains(&*lowercase(label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    const INTERVIEW: &str = "The mayor on housing\n\n\
        Mayor Ann Okafor spoke to the Tribune.\n\n\
        Tribune: Has the housing plan stalled?\n\n\
        Okafor: No. We have permitted more units than ever.\n\n\
        Tribune: Why was the bus plan late?\n\n\
        OKAFOR: The union contract held it up.\n";

    #[test]
    fn fires_on_each_line_of_a_transcript() {
        let found = run(&Transcript, INTERVIEW);
        let said: Vec<(&str, &str)> = found
            .iter()
            .map(|(claim, who)| (claim.as_str(), who.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            said,
            [
                ("Has the housing plan stalled?", "Tribune"),
                ("No. We have permitted more units than ever.", "Okafor"),
                ("Why was the bus plan late?", "Tribune"),
                ("The union contract held it up.", "OKAFOR"),
            ]
        );
    }

    #[test]
    fn does_not_fire_on_one_label_or_on_labels_that_name_no_one() {
        // One line with a colon is no transcript.
        let one = "A title\n\nLee: the pier is safe.\n\nThe ferry left on time.\n";
        assert!(run(&Transcript, one).is_empty());
        // Notes and questions are no speakers, however often they recur.
        let notes = "A title\n\nUpdate: the pier is shut.\n\nUpdate: it reopened.\n\n\
                     Q: Is it safe?\n\nA: Yes.\n\nQ: When?\n";
        assert!(run(&Transcript, notes).is_empty());
        // A sentence with a colon inside is not a label: "The reason was simple: ...".
        let prose = "A title\n\nThe reason was simple: money.\n\nThe reason was simple: time.\n";
        assert!(run(&Transcript, prose).is_empty());
        // Nor are figures: "Trump 1,542: ...".
        let tally = "A title\n\nTrump 1,542: leads.\n\nTrump 1,542: still leads.\n";
        assert!(run(&Transcript, tally).is_empty());
        let tally = "A title\n\nClinton: 1,769.\n\nSanders: 1,501.\n\nClinton: 547.\n";
        assert!(run(&Transcript, tally).is_empty());
    }
}
