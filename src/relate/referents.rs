//! The accounts a denial points back at: "A spokeswoman disputed that account." denies the
//! statements just before it, not a claim of its own.

use super::contradictions::Side;

/// For each denial that points back (`Side::refers_back`), the statements it denies: the
/// nearest one before it by another speaker, in its sentence or the one before, and those
/// just before that one in its paragraph on the same footing ("Two people said ... One of
/// them said ...").
pub fn denied_accounts(sides: &[Side]) -> Vec<(usize, Vec<usize>)> {
    let mut found = Vec::new();
    for (at, denial) in sides.iter().enumerate().filter(|(_, s)| s.refers_back) {
        let account = |s: &Side| {
            !s.question && !s.refers_back && (s.speaker.is_none() || s.speaker != denial.speaker)
        };
        let Some(nearest) = sides[..at].iter().rposition(account) else {
            continue;
        };
        let first = &sides[nearest];
        if denial.sentence > first.sentence + 1 {
            continue;
        }
        let accounts = (0..=nearest)
            .rev()
            .take_while(|&k| {
                let s = &sides[k];
                s.paragraph == first.paragraph && s.footing == first.footing && account(s)
            })
            .collect();
        found.push((at, accounts));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::ClaimFeatures;
    use crate::relate::stance::Polarity;
    use crate::span::Span;

    /// Sides as (speaker, footing, sentence, paragraph, refers back), all with one claim.
    fn accounts(sides: &[(usize, &'static str, usize, usize, bool)]) -> Vec<(usize, Vec<usize>)> {
        let claim = ClaimFeatures::of("the pier is shut", Span::new(0, 16));
        let sides: Vec<Side> = sides
            .iter()
            .map(
                |&(speaker, footing, sentence, paragraph, refers_back)| Side {
                    id: "s",
                    claim: &claim,
                    polarity: Polarity::Positive,
                    on_record: footing == "named",
                    speaker: Some(speaker),
                    footing,
                    who: "",
                    proposition: None,
                    question: false,
                    denial: refers_back,
                    refers_back,
                    sentence,
                    paragraph,
                },
            )
            .collect();
        denied_accounts(&sides)
    }

    #[test]
    fn a_denial_takes_the_accounts_just_before_it_on_one_footing() {
        // An official, then two anonymous accounts; the denial denies both of them.
        let found = accounts(&[
            (0, "named", 0, 0, false),
            (1, "anonymous", 1, 1, false),
            (2, "anonymous", 2, 1, false),
            (3, "named", 3, 2, true),
        ]);
        assert_eq!(found, [(3, vec![2, 1])]);
        // The denier's own words are not the account it denies.
        let found = accounts(&[
            (1, "anonymous", 0, 0, false),
            (3, "named", 1, 0, false),
            (3, "named", 1, 0, true),
        ]);
        assert_eq!(found, [(2, vec![0])]);
    }

    #[test]
    fn an_account_further_back_than_the_sentence_before_is_not_it() {
        let found = accounts(&[(1, "anonymous", 0, 0, false), (3, "named", 2, 1, true)]);
        assert!(found.is_empty());
    }
}
