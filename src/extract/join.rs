//! Joining an utterance that its attribution interrupts: in “A,” Lee said. “B.” the two
//! quotations are one statement, as readers take it and as PARC-style annotation marks it
//! (one claim in several parts).

use super::Attribution;

/// Joins each follow-on quotation (see `continuation`) to the statement it goes on from,
/// when nothing stands between them: the joined claim covers both and lists each piece in
/// `parts`. `found` is in claim order; a follow-on may come first, as the early paragraph of
/// a quote whose attribution comes with a later one.
pub fn join_follow_ons(found: Vec<Attribution>) -> Vec<Attribution> {
    let mut joined: Vec<Attribution> = Vec::with_capacity(found.len());
    for next in found {
        match joined.last_mut() {
            Some(last) if one_utterance(last, &next) => absorb(last, next),
            _ => joined.push(next),
        }
    }
    joined
}

/// Whether `b`, just after `a`, is the same speaker's utterance going on: one of them is a
/// follow-on, and both have the same cue and the same mention.
fn one_utterance(a: &Attribution, b: &Attribution) -> bool {
    (a.continues || b.continues)
        && a.claim.end <= b.claim.start
        && a.cue == b.cue
        && a.mention.map(|m| m.at_cue()) == b.mention.map(|m| m.at_cue())
}

/// Adds `next`'s claim to `into`'s; when `into` is an early follow-on piece and `next` the
/// attributed statement, the joined statement is `next`'s in all but its claim.
fn absorb(into: &mut Attribution, next: Attribution) {
    let mut parts = std::mem::take(&mut into.parts);
    if parts.is_empty() {
        parts.push(into.claim);
    }
    parts.extend_from_slice(next.pieces());
    let claim = into.claim.cover(next.claim);
    if into.continues && !next.continues {
        *into = next;
    }
    into.claim = claim;
    into.parts = parts;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    /// (claim parts, mention) of each statement `text` gives, joined.
    fn joined(text: &str) -> Vec<(Vec<&str>, &str)> {
        let doc = Document::parse(text);
        join_follow_ons(extract(&doc))
            .iter()
            .map(|a| {
                let parts = a.pieces().iter().map(|p| p.text(text)).collect();
                (parts, a.mention.map_or("", |m| m.span.text(text)))
            })
            .collect()
    }

    #[test]
    fn a_quotation_interrupted_by_its_attribution_is_one_statement() {
        let text = "“The ferry will run,” Ortiz said. “We have the crews for it.”";
        assert_eq!(
            joined(text),
            [(
                vec!["The ferry will run", "We have the crews for it."],
                "Ortiz"
            )]
        );
    }

    #[test]
    fn every_follow_on_piece_joins() {
        let text = "“The ferry will run,” Ortiz said. “We have the crews for it.\n\n\
                    “The timetable comes out on Monday.”";
        let found = joined(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.len(), 3);
    }

    #[test]
    fn an_early_paragraph_of_a_long_quote_joins_the_attributed_one() {
        let text = "“The ferry will run all winter.\n\n“We have the crews,” Ortiz said.";
        assert_eq!(
            joined(text),
            [(
                vec!["The ferry will run all winter.", "We have the crews"],
                "Ortiz"
            )]
        );
    }

    #[test]
    fn a_follow_on_after_a_claim_in_parts_adds_its_own_piece() {
        let text = "“The ferry will run,” Ortiz said, “all winter.” “We have the crews for it.”";
        assert_eq!(
            joined(text),
            [(
                vec![
                    "The ferry will run",
                    "all winter.",
                    "We have the crews for it."
                ],
                "Ortiz"
            )]
        );
        // Apart, the follow-on is its own piece only.
        let doc = Document::parse(text);
        let found = extract(&doc);
        let follow_on: Vec<&str> = found[1].pieces().iter().map(|p| p.text(text)).collect();
        assert_eq!(follow_on, ["We have the crews for it."]);
    }

    #[test]
    fn a_paragraph_of_quotation_alone_goes_on_from_the_quote_that_closed_the_last() {
        let text = "“The ferry will run,” Ortiz said.\n\n“We have the crews for it.”";
        assert_eq!(
            joined(text),
            [(
                vec!["The ferry will run", "We have the crews for it."],
                "Ortiz"
            )]
        );
        // Two words are enough for a quotation that is its own sentence.
        let text = "“The ferry will run,” Ortiz said. “Every day.”";
        assert_eq!(joined(text)[0].0, ["The ferry will run", "Every day."]);
        // Not after a paraphrase, nor when the writer goes on in the paragraph before.
        for text in [
            "Ortiz said the ferry “will run.”\n\n“We have the crews for it.”",
            "“The ferry will run,” Ortiz said. The crews agree.\n\n“We have the boats.”",
        ] {
            assert!(
                joined(text).iter().all(|(parts, _)| parts.len() == 1),
                "{text}"
            );
        }
    }

    #[test]
    fn quotations_of_two_speakers_stay_apart() {
        let text = "“The ferry will run,” Ortiz said. “It will not,” Lee said.";
        assert_eq!(
            joined(text),
            [
                (vec!["The ferry will run"], "Ortiz"),
                (vec!["It will not"], "Lee")
            ]
        );
    }

    #[test]
    fn a_paraphrase_between_them_keeps_them_apart() {
        let text = "“The ferry will run,” Ortiz said. Lee said the crews were ready. \
                    “We have boats,” Ortiz added.";
        assert_eq!(joined(text).len(), 3);
    }
}
