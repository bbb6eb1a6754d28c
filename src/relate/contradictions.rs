//! Contradictions: an on-the-record statement set against a counter account (anonymous,
//! vague, second-hand or unattributed) that denies it or says the opposite (antonyms).

use super::ClaimFeatures;
use super::referents;
use super::stance::Polarity;
use super::terms::{Term, TermSet, term};
use crate::lexicon::FastMap;
use crate::lexicon::{lexicon, opening};
use serde::Serialize;

/// Statements further apart than this are not compared.
const WINDOW: usize = 200;

/// What the contradiction stage needs to know of one statement.
pub struct Side<'a> {
    pub id: &'a str,
    pub claim: &'a ClaimFeatures,
    pub polarity: Polarity,
    pub on_record: bool,
    pub speaker: Option<usize>,
    /// "named", "institution", "anonymous", "vague", "unattributed" or "second-hand".
    pub footing: &'a str,
    /// The speaker as a reader would name them.
    pub who: &'a str,
    pub proposition: Option<usize>,
    /// A question ("asked whether ..."): it asserts nothing, so it contradicts nothing.
    pub question: bool,
    /// Its cue denies its claim ("denied that ...", "rejected claims that ...").
    pub denial: bool,
    /// A denial of what was said before it ("disputed that account", "That's not true"):
    /// the index of the claim's word that points back.
    pub refers_back: Option<usize>,
    /// A denial of reports the accounts after it give ("denied reports that ...").
    pub reports_ahead: bool,
    /// Its cue's sentence and paragraph, and the last sentence it stands in (its claim may
    /// go on past its cue's: “A,” Lee said. “B.”).
    pub sentence: usize,
    pub paragraph: usize,
    pub last_sentence: usize,
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

/// A claim's word that begins with one side of an antonym pair ("oppos" in "opposed").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AntonymHit {
    /// Index of the pair in the antonym lexicon.
    pair: usize,
    /// 0 for the pair's left stem, 1 for its right.
    side: usize,
    /// Index of the first such word in the claim.
    word: usize,
}

/// Where `words` (each with its index) meet the antonym lexicon, ordered by pair and side.
pub fn antonym_hits<'w>(words: impl Iterator<Item = (usize, &'w str)>) -> Vec<AntonymHit> {
    let lex = lexicon();
    let mut hits: Vec<AntonymHit> = Vec::new();
    for (word, text) in words {
        let Some(at) = opening(text) else { continue };
        if lex.antonym_openings[at / 64] & (1 << (at % 64)) == 0 {
            continue;
        }
        for (stem, pair, side) in lex.antonym_stems.get(&at).into_iter().flatten() {
            let (pair, side) = (*pair, *side);
            if text.starts_with(stem.as_str())
                && !hits.iter().any(|h| h.pair == pair && h.side == side)
            {
                hits.push(AntonymHit { pair, side, word });
            }
        }
    }
    hits.sort_by_key(|h| (h.pair, h.side));
    hits
}

/// The word in `a` that one side of an antonym pair begins, and the word in `b` that the
/// other side begins, where neither claim holds both sides.
fn antonym(a: &[AntonymHit], b: &[AntonymHit]) -> Option<(usize, usize)> {
    let word = |hits: &[AntonymHit], pair: usize, side: usize| {
        hits.iter()
            .find(|h| h.pair == pair && h.side == side)
            .map(|h| h.word)
    };
    a.iter().find_map(|hit| {
        let other = 1 - hit.side;
        let in_b = word(b, hit.pair, other)?;
        let one_sided = word(a, hit.pair, other).is_none() && word(b, hit.pair, hit.side).is_none();
        one_sided.then_some((hit.word, in_b))
    })
}

/// Words a negation passes over to what it denies: verbs that leave the predicate to the
/// word after them ("make it safer", "get paid") and nouns that leave it to their object
/// ("no discussion of withdrawing", "no plans to sell").
const LIGHT_WORDS: [&str; 23] = [
    "make",
    "makes",
    "making",
    "decision",
    "decisions",
    "get",
    "gets",
    "got",
    "getting",
    "take",
    "takes",
    "supposed",
    "seem",
    "discussion",
    "discussions",
    "plan",
    "plans",
    "intention",
    "truth",
    "evidence",
    "sign",
    "signs",
    "indication",
];

/// In a negative claim, the index of a shared term that a negation governs ("not a violation").
/// An open question or a condition ends its reach: "did not say whether the pier is safe"
/// denies no safety.
fn negated_shared(claim: &ClaimFeatures, other_terms: &TermSet) -> Option<usize> {
    (0..claim.word_count())
        .filter(|&at| claim.negates(at))
        .find_map(|at| {
            // The first content word after the negation, past light words, is what it
            // denies: "not a violation", "will not make Americans safer", "no decision has
            // been made on job cuts". Other words between may be four at most.
            let mut others = 0;
            let mut after_light = false;
            (at + 1..claim.word_count())
                .take_while(|&k| !claim.is_open(k))
                .find(|&k| {
                    let word = claim.word(k);
                    // "made" after a light noun: "no decision has been made".
                    let light = LIGHT_WORDS.contains(&word) || after_light && word == "made";
                    after_light |= light;
                    let content = claim.content.contains(term(word)) && !light;
                    others += usize::from(!content && !light);
                    content || others >= 4
                })
                .filter(|&k| other_terms.contains(term(claim.word(k))))
        })
}

/// Whether a negation stands within three words before word `at` ("has not yet stopped").
fn negated(claim: &ClaimFeatures, at: usize) -> bool {
    (at.saturating_sub(3)..at).any(|k| claim.negates(k))
}

/// The content term nearest before word `at`, within four words: what the word at `at`
/// is said of, most likely.
fn subject_term(claim: &ClaimFeatures, at: usize) -> Option<Term> {
    (at.saturating_sub(4)..at)
        .rev()
        .map(|k| term(claim.word(k)))
        .find(|&t| claim.content.contains(t) || claim.terms.contains(t))
}

/// Words either side of an opposed word that tell what it is said of.
const CONTEXT: usize = 6;

/// The key terms within `CONTEXT` words of word `at`, other than its own.
fn context_terms(claim: &ClaimFeatures, at: usize) -> impl Iterator<Item = Term> + '_ {
    let own = term(claim.word(at));
    (at.saturating_sub(CONTEXT)..claim.word_count().min(at + CONTEXT + 1))
        .map(|k| term(claim.word(k)))
        .filter(move |&t| t != own && claim.terms.contains(t))
}

/// How many key terms other than the opposed words stand near both: the two claims oppose
/// something said of the same subject or object ("the pier was safe", "the pier was
/// unsafe"), not a word each uses of something else.
fn shared_context(a: &ClaimFeatures, a_at: usize, b: &ClaimFeatures, b_at: usize) -> usize {
    let other_own = term(b.word(b_at));
    let mut shared: Vec<Term> = context_terms(a, a_at)
        .filter(|&t| t != other_own && context_terms(b, b_at).any(|u| u == t))
        .collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// In a claim its cue denies ("rejected claims that the pier was unsafe"), the index of its
/// first shared content term.
fn denied_shared(claim: &ClaimFeatures, other_terms: &TermSet) -> Option<usize> {
    (0..background_start(claim)).find(|&k| other_terms.contains(term(claim.word(k))))
}

/// Where a denied claim's background starts, which the denial does not deny: "dismissed
/// concerns that he defied the town by backing the pier even though voters opposed it".
fn background_start(claim: &ClaimFeatures) -> usize {
    let count = claim.word_count();
    (1..count)
        .find(|&k| match claim.word(k) {
            "because" | "although" | "though" => true,
            "by" => k + 1 < count && claim.word(k + 1).ends_with("ing"),
            _ => false,
        })
        .unwrap_or(count)
}

/// The score of an on-record denial of the account before it.
const DENIAL_SCORE: f64 = 0.9;

/// The contradictions found so far: one per on-record statement and type, which gathers
/// its counters.
#[derive(Default)]
struct Gathered<'s> {
    found: Vec<Contradiction>,
    by_record: FastMap<(&'s str, &'static str), usize>,
}

impl<'s> Gathered<'s> {
    /// Adds `counter` against `record`, each with the index of the word its excerpt shows.
    fn add(
        &mut self,
        source: &str,
        (record, record_at): (&Side<'s>, usize),
        (counter, counter_at): (&Side<'s>, usize),
        score: f64,
    ) {
        let both_on_record = counter.on_record;
        let kind = if both_on_record {
            "on_record_vs_on_record"
        } else {
            "on_record_vs_off_record"
        };
        let score = (score * 100.0).round() / 100.0;
        let proposition = record
            .proposition
            .filter(|p| Some(*p) == counter.proposition)
            .map(|p| crate::ids::id("p", p));
        if let Some(&at) = self.by_record.get(&(record.id, kind)) {
            let existing = &mut self.found[at];
            if !existing.counter.iter().any(|c| c == counter.id) {
                existing.counter.push(counter.id.to_string());
                existing.score = existing.score.max(score);
                if existing.proposition != proposition {
                    existing.proposition = None;
                }
            }
            return;
        }
        // A side whose cue denies its claim says so: "The mayor denied '...'".
        let denied = |side: &Side| if side.denial { " denied" } else { "" };
        let why = format!(
            "on record: {}{} '{}'; {} {}{}: '{}'",
            record.who,
            denied(record),
            record.claim.excerpt(source, record_at),
            if both_on_record {
                "also on record,"
            } else {
                counter.footing
            },
            counter.who,
            denied(counter),
            counter.claim.excerpt(source, counter_at)
        );
        self.by_record.insert((record.id, kind), self.found.len());
        self.found.push(Contradiction {
            id: String::new(),
            proposition,
            kind,
            on_record: vec![record.id.to_string()],
            counter: vec![counter.id.to_string()],
            score,
            why,
        });
    }
}

/// Finds the contradictions among statements in document order.
pub fn find(source: &str, sides: &[Side]) -> Vec<Contradiction> {
    let mut gathered = Gathered::default();
    for i in 0..sides.len() {
        for j in i + 1..sides.len().min(i + WINDOW) {
            let (a, b) = (&sides[i], &sides[j]);
            let (record, counter) = match (a.on_record, b.on_record) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                (true, true) => (a, b),
                (false, false) => continue,
            };
            if a.speaker.is_some() && a.speaker == b.speaker || a.question || b.question {
                continue;
            }
            // Opposed by antonyms (both claims hold one) or by polarity: else nothing to find.
            let both_on_record = record.on_record && counter.on_record;
            let antonyms = !a.claim.antonyms.is_empty() && !b.claim.antonyms.is_empty();
            if !antonyms && (both_on_record || record.polarity == counter.polarity) {
                continue;
            }
            let common = a.claim.terms.shared(&b.claim.terms);
            // Shared names ("South Korea") weigh half what shared content words do: two
            // claims that name the same country need not speak of the same thing.
            let content = a.claim.content.shared(&b.claim.content);
            // Antonyms oppose two claims, unless one side's cue denies its claim: then they
            // agree ("denied it was unsafe" and "it is safe").
            // So does a negation before one side's antonym: "has not stopped" agrees with
            // "will continue".
            let antonym_words = antonym(&record.claim.antonyms, &counter.claim.antonyms);
            if antonym_words.is_some_and(|(r, c)| {
                record.denial
                    ^ counter.denial
                    ^ negated(record.claim, r)
                    ^ negated(counter.claim, c)
            }) {
                continue;
            }
            // Short claims share few terms; the same subject just before both antonyms is
            // enough ("the pier was safe", "the pier is unsafe").
            let same_subject = antonym_words.is_some_and(|(r, c)| {
                subject_term(record.claim, r)
                    .is_some_and(|t| subject_term(counter.claim, c) == Some(t))
            });
            // Or the same object just after them ("continue humanitarian aid", "suspended
            // aid shipments").
            let same_object = antonym_words.is_some_and(|(r, c)| {
                let objects = |claim: &ClaimFeatures, at: usize| {
                    (at + 1..claim.word_count().min(at + 4))
                        .map(|k| term(claim.word(k)))
                        .filter(|&t| claim.content.contains(t))
                        .collect::<Vec<_>>()
                };
                let theirs = objects(counter.claim, c);
                objects(record.claim, r).iter().any(|t| theirs.contains(t))
            });
            if common + content < 3 && !same_subject && !same_object {
                continue;
            }
            let opposite = antonym_words.map(|(r, c)| (r, c, 0.2)).or_else(|| {
                if both_on_record || record.polarity == counter.polarity {
                    return None;
                }
                let (negative, positive) = if record.polarity == Polarity::Negative {
                    (record, counter)
                } else {
                    (counter, record)
                };
                let at = negated_shared(negative.claim, &positive.claim.content).or_else(|| {
                    negative
                        .denial
                        .then(|| denied_shared(negative.claim, &positive.claim.content))
                        .flatten()
                })?;
                let shared = term(negative.claim.word(at));
                // A term in a condition or an open question is not asserted.
                let other = positive
                    .claim
                    .asserted_words()
                    .find_map(|(k, w)| (term(w) == shared).then_some(k))?;
                Some(if negative.id == record.id {
                    (at, other, 0.1)
                } else {
                    (other, at, 0.1)
                })
            });
            let Some((record_at, counter_at, bonus)) = opposite else {
                continue;
            };
            // Two named speakers at odds is the stronger charge: it takes more in common.
            let context = shared_context(record.claim, record_at, counter.claim, counter_at);
            // So does a vague account ("critics say"), unless the record denies it.
            let strict = both_on_record || counter.footing == "vague" && !record.denial;
            if context < if strict { 2 } else { 1 } {
                continue;
            }
            if strict && (common < 3 || content == 0) {
                continue;
            }
            let score = (0.45 + 0.08 * common.min(5) as f64 + bonus
                - if both_on_record { 0.15 } else { 0.0 })
            .min(0.95);
            gathered.add(source, (record, record_at), (counter, counter_at), score);
        }
    }
    // A denial of the account before it ("disputed that account") is the plainest of all.
    for (denial, accounts) in referents::denied_accounts(sides) {
        let denial = &sides[denial];
        let denial_at = denial.refers_back.unwrap_or(0);
        for account in accounts.iter().map(|&k| &sides[k]) {
            let (record, counter) = match (denial.on_record, account.on_record) {
                (true, _) => ((denial, denial_at), (account, 0)),
                (false, true) => ((account, 0), (denial, denial_at)),
                (false, false) => continue,
            };
            gathered.add(source, record, counter, DENIAL_SCORE);
        }
    }
    // So is a denial of the reports the accounts after it give ("denied reports of a
    // split. ¶ A Whitehall source said ...").
    for (denial, accounts) in referents::accounts_ahead(sides) {
        for account in accounts.iter().map(|&k| &sides[k]) {
            gathered.add(source, (&sides[denial], 0), (account, 0), DENIAL_SCORE);
        }
    }
    let mut found = gathered.found;
    for (index, contradiction) in found.iter_mut().enumerate() {
        contradiction.id = crate::ids::id("c", index);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    /// Contradictions between an on-record claim and an anonymous one, written one after
    /// the other in one source.
    fn between(on_record: (&str, Polarity), anonymous: (&str, Polarity)) -> Vec<Contradiction> {
        between_with(on_record, anonymous, false)
    }

    /// The same, with `denial` telling whether the on-record statement's cue denies it.
    fn between_with(
        on_record: (&str, Polarity),
        anonymous: (&str, Polarity),
        denial: bool,
    ) -> Vec<Contradiction> {
        between_speakers(on_record, anonymous, denial, "anonymous")
    }

    /// The same, with the second speaker's footing: "named" (on the record too),
    /// "anonymous" or "vague".
    fn between_speakers(
        on_record: (&str, Polarity),
        anonymous: (&str, Polarity),
        denial: bool,
        footing: &'static str,
    ) -> Vec<Contradiction> {
        let named = footing == "named";
        let source = format!("{}\n{}", on_record.0, anonymous.0);
        let first = Span::new(0, on_record.0.len());
        let second = Span::new(first.end + 1, source.len());
        let claims = [first, second].map(|span| ClaimFeatures::of(&source, span));
        let sides: Vec<Side> = [(on_record.1, true), (anonymous.1, named)]
            .into_iter()
            .enumerate()
            .map(|(i, (polarity, on_record))| Side {
                id: ["s1", "s2"][i],
                claim: &claims[i],
                polarity,
                on_record,
                speaker: Some(i),
                footing: if i == 0 { "named" } else { footing },
                who: ["s1", "s2"][i],
                proposition: None,
                question: false,
                denial: denial && on_record,
                refers_back: None,
                reports_ahead: false,
                sentence: i,
                paragraph: 0,
                last_sentence: i,
            })
            .collect();
        find(&source, &sides)
    }

    use Polarity::{Negative, Positive};

    #[test]
    fn antonyms_across_record_and_anonymous() {
        let found = between(
            (
                "the ministry has expressed its understanding of the union demands",
                Positive,
            ),
            (
                "the ministry has consistently opposed the union demands",
                Positive,
            ),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "on_record_vs_off_record");
        assert!(found[0].why.contains("understanding") && found[0].why.contains("opposed"));
    }

    #[test]
    fn a_negated_antonym_agrees() {
        let supports = ("the ministry supports the union demands", Positive);
        let not_opposed = ("the ministry has not opposed the union demands", Negative);
        assert!(between(supports, not_opposed).is_empty());
        // Negated on both sides, the antonyms oppose again.
        let not_supports = ("the ministry does not support the union demands", Negative);
        assert_eq!(between(not_supports, not_opposed).len(), 1);
    }

    #[test]
    fn negation_against_assertion() {
        let found = between(
            (
                "reopening the pier is not a violation of the safety rules",
                Negative,
            ),
            ("it might violate safety rules", Positive),
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_negation_denies_the_word_after_it() {
        // "stopped" is denied, not the "ferries" both speak of.
        let not_stopped = (
            "the harbour board has not stopped ferries from the north pier",
            Negative,
        );
        let screens = (
            "the harbour board will keep screening ferries from the north pier",
            Positive,
        );
        assert!(between(not_stopped, screens).is_empty());
        // Past a light verb: "make ... safer" denies "safer".
        let not_safer = ("the new rules will not make ferries safer", Negative);
        let safer = ("ferries would be safer under the new rules", Positive);
        assert_eq!(between(not_safer, safer).len(), 1);
        // Past a light noun: "no plans to sell" denies "sell".
        let no_plans = ("the port has no plans to sell the north terminal", Negative);
        let selling = ("the port will sell the north terminal to a buyer", Positive);
        assert_eq!(between(no_plans, selling).len(), 1);
    }

    #[test]
    fn an_opposed_word_needs_a_shared_word_beside_it() {
        // Both speak of the pier, the storm and June; "raise" is said of fees on one side,
        // of staff on the other.
        let fees = (
            "the harbour board will not raise fees for fishing boats, and the new pier opens in June after the storm repairs",
            Negative,
        );
        let staff = (
            "the new pier was damaged in the storm and repairs will take until June, while the agency may raise staff numbers",
            Positive,
        );
        assert!(between(fees, staff).is_empty());
        let fees_raised = ("the harbour board may raise fees for boats", Positive);
        assert_eq!(between(fees, fees_raised).len(), 1);
    }

    #[test]
    fn two_named_speakers_at_odds_share_more_than_one_word() {
        let safe = ("the harbor pier is safe for ferries", Positive);
        let unsafe_ = ("the harbor pier is unsafe for ferries", Positive);
        assert_eq!(between_speakers(safe, unsafe_, false, "named").len(), 1);
        // Only "harbor" beside the opposed words: enough against an anonymous account, not
        // between two named speakers.
        let safe = (
            "the harbor was safe, the mayor said at length to reporters, and the council met on Monday about the ferry budget",
            Positive,
        );
        let unsafe_ = (
            "the ferry budget is one thing, but the harbor is unsafe, the council heard on Monday",
            Positive,
        );
        assert_eq!(between(safe, unsafe_).len(), 1);
        assert!(between_speakers(safe, unsafe_, false, "named").is_empty());
    }

    #[test]
    fn no_decision_on_a_thing_denies_the_thing() {
        let pending = (
            "no decision had been made on job cuts at the harbor plant",
            Negative,
        );
        let account = (
            "the firm is preparing to cut 300 jobs at the harbor plant",
            Positive,
        );
        assert_eq!(between(pending, account).len(), 1);
        // "made" is the predicate itself when no light noun stands before it.
        let denied = (
            "the remarks were not made in public at the harbor",
            Negative,
        );
        let account = ("the remarks were made at a harbor rally", Positive);
        assert_eq!(between(denied, account).len(), 1);
    }

    #[test]
    fn a_vague_account_takes_as_much_in_common_as_a_named_one() {
        let (safe, unsafe_) = (
            (
                "the harbor was safe, the mayor said at length to reporters, and the council met on Monday about the ferry budget",
                Positive,
            ),
            (
                "the ferry budget is one thing, but the harbor is unsafe, the council heard on Monday",
                Positive,
            ),
        );
        assert!(between_speakers(safe, unsafe_, false, "vague").is_empty());
        // Unless the record denies it.
        let denied = (
            "the swap would encourage more sailors to be taken",
            Negative,
        );
        let account = (
            "trading prisoners encourages others to target sailors",
            Positive,
        );
        assert!(between_speakers(denied, account, false, "vague").is_empty());
        assert_eq!(between_speakers(denied, account, true, "vague").len(), 1);
        let safe = ("the harbor pier is safe for ferries", Positive);
        let unsafe_ = ("the harbor pier is unsafe for ferries", Positive);
        assert_eq!(between_speakers(safe, unsafe_, false, "vague").len(), 1);
    }

    #[test]
    fn an_open_question_is_not_denied() {
        let open = (
            "the harbour board has not decided whether fees for boats rise",
            Negative,
        );
        let raise = ("the harbour board will raise fees for boats", Positive);
        assert!(between(open, raise).is_empty());
        let denied = ("the harbour board will not raise fees for boats", Negative);
        assert_eq!(between(denied, raise).len(), 1);
    }

    #[test]
    fn a_word_in_an_open_question_or_a_condition_asserts_nothing() {
        let denied = ("the harbour board will not raise fees for boats", Negative);
        for open in [
            "the harbour board is reviewing whether to raise fees for boats",
            "the harbour board could go bust if it does not raise fees for boats",
        ] {
            assert!(between(denied, (open, Positive)).is_empty(), "{open}");
        }
        let safe = ("the harbour pier is safe for ferries", Positive);
        let asked = (
            "inspectors are checking whether the harbour pier is unsafe",
            Positive,
        );
        assert!(between(safe, asked).is_empty());
        // After the clause mark, the claim asserts again.
        let raise = (
            "whether or not ferries sail, the harbour board will raise fees for boats",
            Positive,
        );
        assert_eq!(between(denied, raise).len(), 1);
        let asserted = (
            "if inspectors agree, the harbour pier is unsafe for ferries",
            Positive,
        );
        assert_eq!(between(safe, asserted).len(), 1);
    }

    #[test]
    fn a_claim_its_cue_denies_contradicts_the_claim_asserted() {
        let claims = (
            ("the harbor pier was structurally unsafe", Negative),
            (
                "the harbor pier was structurally unsafe and would close",
                Positive,
            ),
        );
        let found = between_with(claims.0, claims.1, true);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].why.contains("s1 denied 'the harbor pier"),
            "{}",
            found[0].why
        );
        // A negative stance from a negated cue ("did not respond to") denies nothing.
        assert!(between_with(claims.0, claims.1, false).is_empty());
    }

    #[test]
    fn a_denial_leaves_its_claims_background_undenied() {
        // "dismissed concerns that he defied the town by backing the pier": backing the
        // pier is not what is dismissed.
        let denied = (
            "he defied the town council by backing the harbor pier even though voters opposed it",
            Negative,
        );
        let account = ("most members are backing the harbor pier", Positive);
        assert!(between_with(denied, account, true).is_empty());
        let account = ("he defied the town council by voting", Positive);
        assert_eq!(between_with(denied, account, true).len(), 1);
    }

    #[test]
    fn a_denial_meets_the_account_in_another_form_of_its_words() {
        // "denied that the board was warned about the piles" / "ignored a warning about
        // the piles".
        let warned = ("the board was warned about the piles", Negative);
        let warning = (
            "inspectors found that the ferry company ignored a warning about the piles",
            Positive,
        );
        assert_eq!(between_with(warned, warning, true).len(), 1);
    }

    #[test]
    fn a_prefixed_antonym_opposes_unless_a_cue_denies_one_side() {
        let safe = ("the harbor pier at Dover is safe for ferries", Positive);
        let unsafe_ = ("the harbor pier at Dover is unsafe for ferries", Positive);
        assert_eq!(between(safe, unsafe_).len(), 1);
        // "Lee denied that the harbor pier ... is unsafe" agrees with "it is safe".
        let denied = ("the harbor pier at Dover is unsafe for ferries", Negative);
        assert!(between_with(denied, safe, true).is_empty());
    }

    #[test]
    fn short_claims_oppose_when_antonyms_follow_the_same_subject() {
        assert_eq!(
            between(
                ("the pier was safe", Positive),
                ("the pier is unsafe", Positive)
            )
            .len(),
            1
        );
        assert!(
            between(
                ("the pier was safe", Positive),
                ("the ferry is unsafe", Positive)
            )
            .is_empty()
        );
        // Talks that went well and talks that broke down.
        assert_eq!(
            between(
                ("the pier talks were productive", Positive),
                ("the pier talks had collapsed", Positive)
            )
            .len(),
            1
        );
    }

    #[test]
    fn short_claims_oppose_when_antonyms_take_the_same_object() {
        let continues = (
            "the port would continue ferry service to the islands",
            Positive,
        );
        let suspended = ("Ellis had quietly suspended ferry trips in May", Positive);
        assert_eq!(between(continues, suspended).len(), 1);
        // Not another object: the ferry goes on, the dredging stopped.
        let dredging = ("Ellis had quietly suspended dredging in May", Positive);
        assert!(between(continues, dredging).is_empty());
    }

    #[test]
    fn shared_names_alone_are_no_common_subject() {
        let found = between(
            (
                "the support from Harbor City is only for its own staff",
                Positive,
            ),
            (
                "Harbor City pushes ahead despite opposition abroad",
                Positive,
            ),
        );
        assert!(found.is_empty());
        // A name and a word of content are enough.
        let found = between(
            ("the plan has Harbor City backing", Positive),
            ("Harbor City has opposed the plan", Positive),
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn agreement_is_no_contradiction() {
        let found = between(
            ("the pier opening supports trade", Positive),
            ("the pier opening supports trade too", Positive),
        );
        assert!(found.is_empty());
    }
}
