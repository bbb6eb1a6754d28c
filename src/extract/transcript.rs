//! `transcript`: a broadcast or interview transcript's lines, "Okafor: No. We've permitted
//! more units ...", each paragraph headed by its speaker's name and a colon, with the
//! paragraphs that go on with it up to the next line. Only where the article reads as a
//! transcript: some speaker's label heads two paragraphs or more. A line is read as a
//! quotation is: a cue inside it is the speaker's own. The lines are also what `q_and_a`
//! reads for its "Q:" and "A:".

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

/// The most paragraphs with no label that go on with a line.
const MAX_GOING_ON: usize = 3;

/// One labelled paragraph: its label, and its words after the colon.
#[derive(Clone, Copy)]
pub(super) struct Line {
    pub label: Span,
    words: Span,
    paragraph: usize,
    pub kind: Label,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    /// A speaker's name: "Okafor", "JAKE TAPPER".
    Name,
    /// A Q&A's question, "Q:".
    Question,
    /// A Q&A's answer, "A:".
    Answer,
}

impl Extractor for Transcript {
    fn id(&self) -> &'static str {
        "transcript"
    }

    fn description(&self) -> &'static str {
        "a transcript's line headed by its speaker: Okafor: No. We've permitted ..."
    }

    fn extract(&self, cx: &Context, _taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let lines = cx.labelled_lines();
        // A transcript's speakers speak more than once: "JAKE TAPPER:" ... "TAPPER:".
        let mut turns: FastMap<String, usize> = FastMap::default();
        for line in lines.iter().filter(|l| l.kind == Label::Name) {
            *turns.entry(surname(source, line.label)).or_default() += 1;
        }
        if !turns.values().any(|&n| n >= 2) {
            return Vec::new();
        }
        (0..lines.len())
            .filter(|&at| lines[at].kind == Label::Name)
            .filter_map(|at| said(cx, self.id(), lines, at, Mention::bare(lines[at].label)))
            .collect()
    }
}

/// The labelled paragraphs of the article, in order.
pub(super) fn lines(cx: &Context) -> Vec<Line> {
    cx.doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.furniture.is_none())
        .filter_map(|(at, p)| labelled(cx.source(), p.span, at))
        .collect()
}

/// Line number `at` of `lines` as `speaker`'s statement: its words, and the paragraphs with
/// no label that go on with it up to the next line (more than a few are the article's own).
pub(super) fn said(
    cx: &Context,
    rule: &'static str,
    lines: &[Line],
    at: usize,
    speaker: Mention,
) -> Option<Attribution> {
    let (source, paragraphs) = (cx.source(), &cx.doc.paragraphs);
    let line = &lines[at];
    let last = lines
        .get(at + 1)
        .map(|l| l.paragraph)
        .filter(|&next| next - line.paragraph <= MAX_GOING_ON + 1)
        .and_then(|next| {
            (line.paragraph..next)
                .rev()
                .find(|&k| paragraphs[k].furniture.is_none())
        })
        .unwrap_or(line.paragraph);
    let words = if last == line.paragraph {
        line.words
    } else {
        line.words.cover(paragraphs[last].span.trim(source))
    };
    let sentence = cx.doc.sentence_at(line.words.start)?;
    let claim = quote_claim(source, words.trim_matches(source, is_quote));
    let asks = claim.text(source).ends_with('?');
    let colon = Span::new(line.label.end, line.label.end + 1);
    let found = Attribution::patterned(rule, colon, sentence, claim, Mode::Direct).by(speaker);
    Some(Attribution {
        cue_class: Some(if asks {
            CueClass::Ask
        } else {
            CueClass::Speech
        }),
        ..found
    })
}

/// The label's last word, lower-cased: one speaker's, whether given in full or not.
fn surname(source: &str, label: Span) -> String {
    lowercase(label.text(source).rsplit(' ').next().unwrap_or("")).into_owned()
}

/// The line of paragraph number `at` (at `paragraph`), when it opens with a label and a
/// colon.
fn labelled(source: &str, paragraph: Span, at: usize) -> Option<Line> {
    let text = paragraph.text(source);
    let head = &text.as_bytes()[..text.len().min(MAX_LABEL + 1)];
    let colon = memchr::memchr(b':', head)?;
    let (label, rest) = (&text[..colon], &text[colon + 1..]);
    // A tally's "Clinton: 1,769." says nothing.
    let says = rest.contains(char::is_alphabetic);
    if !rest.starts_with(' ') || !says {
        return None;
    }
    let kind = match label {
        "Q" | "Question" => Label::Question,
        "A" | "Answer" => Label::Answer,
        _ if is_name_label(label) => Label::Name,
        _ => return None,
    };
    let start = paragraph.start;
    Some(Line {
        label: Span::new(start, start + colon),
        words: Span::new(start + colon + 1, paragraph.end).trim(source),
        paragraph: at,
        kind,
    })
}

/// Whether `label` reads as a speaker's name: one to four capitalised words of letters
/// (with ".", "-" or an apostrophe), not a label that names no one ("Update").
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
    use crate::extract::test_support::{all_claims, run};

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
    fn a_line_goes_on_through_unlabelled_paragraphs_to_the_next() {
        let text = "A title\n\nTribune: Why?\n\nOkafor: The contract.\n\nIt took a year.\n\n\
                    Tribune: And now?\n\nOkafor: Done.\n\nThe mayor left.\n";
        let found = run(&Transcript, text);
        assert_eq!(found[1].0, "The contract.\n\nIt took a year.");
        // The last line holds no more than its own paragraph.
        assert_eq!(found[3].0, "Done.");
    }

    #[test]
    fn a_cue_inside_a_line_is_the_speaker_s_own() {
        let text = "A title\n\nTribune: Council member Rafael Ortiz says you ignored the east side.\n\n\
                    Okafor: The numbers do not support that.\n\nTribune: Thank you.\n";
        assert_eq!(
            all_claims(text),
            [
                "Council member Rafael Ortiz says you ignored the east side.",
                "The numbers do not support that.",
                "Thank you."
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
