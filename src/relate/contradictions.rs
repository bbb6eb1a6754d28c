//! Contradictions: an on-the-record statement set against a counter account (anonymous,
//! vague, second-hand or unattributed) that denies it or says the opposite (antonyms).

use super::stance::{Polarity, is_negation};
use super::terms::{shared, stem};
use crate::lexicon::lexicon;
use serde::Serialize;

/// Statements further apart than this are not compared.
const WINDOW: usize = 200;

/// What the contradiction stage needs to know of one statement.
pub struct Side<'a> {
    pub id: &'a str,
    pub terms: &'a [String],
    /// The claim's words as written, lower-cased.
    pub words: &'a [String],
    pub polarity: Polarity,
    pub on_record: bool,
    pub speaker: Option<usize>,
    /// "named", "institution", "anonymous", "vague", "unattributed" or "second-hand".
    pub footing: &'a str,
    /// The speaker as a reader would name them.
    pub who: &'a str,
    pub proposition: Option<usize>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Contradiction {
    pub id: String,
    pub proposition: Option<String>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub on_record: Vec<String>,
    pub counter: Vec<String>,
    pub score: f64,
    pub why: String,
}

/// The index in `a` of a word whose stem pairs with an antonym in `b`, and that word in `b`.
fn antonym(a: &[String], b: &[String]) -> Option<(usize, usize)> {
    for (x, y) in &lexicon().antonyms {
        for (left, right) in [(x, y), (y, x)] {
            let in_a = a.iter().position(|w| w.starts_with(left.as_str()));
            let in_b = b.iter().position(|w| w.starts_with(right.as_str()));
            let a_has_both = a.iter().any(|w| w.starts_with(right.as_str()));
            let b_has_both = b.iter().any(|w| w.starts_with(left.as_str()));
            if let (Some(i), Some(j), false, false) = (in_a, in_b, a_has_both, b_has_both) {
                return Some((i, j));
            }
        }
    }
    None
}

/// In a negative claim, the index of a shared term that a negation governs ("not a violation").
fn negated_shared(words: &[String], other_terms: &[String]) -> Option<usize> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| is_negation(w))
        .find_map(|(at, _)| {
            (at + 1..words.len().min(at + 5)).find(|&k| other_terms.contains(&stem(&words[k])))
        })
}

/// A few words of a claim around word `at`.
fn snippet(words: &[String], at: usize) -> String {
    let start = at.saturating_sub(4);
    let end = (at + 6).min(words.len());
    words[start..end].join(" ")
}

/// Finds the contradictions among statements in document order.
pub fn find(sides: &[Side]) -> Vec<Contradiction> {
    let mut found: Vec<Contradiction> = Vec::new();
    for i in 0..sides.len() {
        for j in i + 1..sides.len().min(i + WINDOW) {
            let (a, b) = (&sides[i], &sides[j]);
            if a.speaker.is_some() && a.speaker == b.speaker || shared(a.terms, b.terms) < 2 {
                continue;
            }
            let (record, counter) = match (a.on_record, b.on_record) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                (true, true) => (a, b),
                (false, false) => continue,
            };
            let both_on_record = record.on_record && counter.on_record;
            let opposite = antonym(record.words, counter.words)
                .map(|(r, c)| (r, c, 0.2))
                .or_else(|| {
                    if both_on_record || record.polarity == counter.polarity {
                        return None;
                    }
                    let (negative, positive) = if record.polarity == Polarity::Negative {
                        (record, counter)
                    } else {
                        (counter, record)
                    };
                    let at = negated_shared(negative.words, positive.terms)?;
                    let term = stem(&negative.words[at]);
                    let other = positive.words.iter().position(|w| stem(w) == term)?;
                    Some(if negative.id == record.id {
                        (at, other, 0.1)
                    } else {
                        (other, at, 0.1)
                    })
                });
            let Some((record_at, counter_at, bonus)) = opposite else {
                continue;
            };
            let common = shared(record.terms, counter.terms);
            if both_on_record && common < 3 {
                continue;
            }
            let score = (0.45 + 0.08 * common.min(5) as f64 + bonus
                - if both_on_record { 0.15 } else { 0.0 })
            .min(0.95);
            let why = format!(
                "on record: {} '{}'; {} {}: '{}'",
                record.who,
                snippet(record.words, record_at),
                if both_on_record {
                    "also on record,"
                } else {
                    counter.footing
                },
                counter.who,
                snippet(counter.words, counter_at)
            );
            let kind = if both_on_record {
                "on_record_vs_on_record"
            } else {
                "on_record_vs_off_record"
            };
            let proposition = record
                .proposition
                .filter(|p| Some(*p) == counter.proposition)
                .map(|p| format!("p{}", p + 1));
            // One contradiction per on-record statement and footing gathers its counters.
            if let Some(existing) = found.iter_mut().find(|c| {
                c.on_record == [record.id] && c.kind == kind && c.proposition == proposition
            }) {
                if !existing.counter.iter().any(|c| c == counter.id) {
                    existing.counter.push(counter.id.to_string());
                    existing.score = existing.score.max(score);
                }
                continue;
            }
            found.push(Contradiction {
                id: String::new(),
                proposition,
                kind,
                on_record: vec![record.id.to_string()],
                counter: vec![counter.id.to_string()],
                score: (score * 100.0).round() / 100.0,
                why,
            });
        }
    }
    for (index, contradiction) in found.iter_mut().enumerate() {
        contradiction.id = format!("c{}", index + 1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::terms::key_terms;
    use crate::span::Span;

    fn side<'a>(
        id: &'a str,
        words: &'a [String],
        terms: &'a [String],
        on_record: bool,
        polarity: Polarity,
        speaker: usize,
    ) -> Side<'a> {
        Side {
            id,
            terms,
            words,
            polarity,
            on_record,
            speaker: Some(speaker),
            footing: if on_record { "named" } else { "anonymous" },
            who: id,
            proposition: None,
        }
    }

    fn parts(text: &str) -> (Vec<String>, Vec<String>) {
        let span = Span::new(0, text.len());
        (
            crate::relate::stance::words(text, span),
            key_terms(text, span),
        )
    }

    #[test]
    fn antonyms_across_record_and_anonymous() {
        let (w1, t1) =
            parts("the United States has expressed its understanding on the liaison office");
        let (w2, t2) = parts("the United States has consistently opposed the liaison office");
        let found = find(&[
            side("s1", &w1, &t1, true, Polarity::Positive, 0),
            side("s2", &w2, &t2, false, Polarity::Positive, 1),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "on_record_vs_off_record");
        assert!(found[0].why.contains("understanding") && found[0].why.contains("opposed"));
    }

    #[test]
    fn negation_against_assertion() {
        let (w1, t1) = parts("setting up a liaison office is not a violation of the sanctions");
        let (w2, t2) = parts("it might violate sanctions");
        let found = find(&[
            side("s1", &w1, &t1, true, Polarity::Negative, 0),
            side("s2", &w2, &t2, false, Polarity::Positive, 1),
        ]);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn agreement_is_no_contradiction() {
        let (w1, t1) = parts("the liaison office opening supports talks");
        let (w2, t2) = parts("the liaison office opening supports talks too");
        assert!(
            find(&[
                side("s1", &w1, &t1, true, Polarity::Positive, 0),
                side("s2", &w2, &t2, false, Polarity::Positive, 1)
            ])
            .is_empty()
        );
    }
}
