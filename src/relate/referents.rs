//! The accounts a denial points back at: "A spokeswoman disputed that account." denies the
//! statements just before it, not a claim of its own.

use super::ClaimFeatures;
use super::contradictions::Side;
use crate::lexicon::{CueClass, lexicon};
use crate::resolve::mention::is_determiner_word;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// "That's not true", "the report is simply wrong": a clause that calls what was said
/// before it false. Group 1 is its subject, group 2 its predicate.
static CALLED_FALSE: LazyLock<Regex> = LazyLock::new(|| {
    let lex = lexicon();
    let nouns = alternatives(&mut lex.reference_nouns.iter());
    let predicates = alternatives(&mut lex.falsity.iter());
    let adverbs = alternatives(&mut lex.falsity_adverbs.iter());
    Regex::new(&format!(
        // ASCII classes and case (`-u`) keep the automaton small; curly marks are literals.
        r#"(?i-u)(?:^|[.;:!?](?:"|”|’)?\s+|\b(?:but|and)\s+|(?:—|–)\s*)((?:that|this|these|those|it)|(?:the|that|this|these|those|such|his|her|their|its|your)\s+(?:[\w-]+\s+)?(?:{nouns}))(?:\s+(?:is|was|are|were|remains)|(?:'|’)(?:s|re))\s+(?:"|“)?(?:(?:{adverbs})\s+)*({predicates})(?:\s+at\s+all)?(?:\s+and\b|\s*(?:[.,;!?")]|”|’|—|–)|\s*$)"#
    ))
    .expect("valid regex")
});

/// "There is no evidence for that claim": a clause that says nothing bears out what was
/// said before it. Group 1 is the account it names.
static NO_EVIDENCE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternatives(&mut lexicon().reference_nouns.iter());
    Regex::new(&format!(
        r#"(?i-u)(?:^|[.;:!?](?:"|”|’)?\s+|\b(?:but|and)\s+|(?:—|–)\s*)(?:there\s+(?:is|was|has\s+been)|there(?:'|’)s)\s+(?:absolutely\s+|simply\s+)?no\s+(?:[\w-]+\s+)?evidence\s+(?:for|of|to\s+support|supporting|behind|that\s+supports?)\s+((?:the|that|this|these|those|such|his|her|their|its|your|any\s+of\s+(?:the|these|those))\s+(?:[\w-]+\s+)?(?:{nouns}))\b"#
    ))
    .expect("valid regex")
});

/// Phrases as one alternation, the longest first ("a total lie" before "a lie"), any white
/// space between their words.
fn alternatives(phrases: &mut dyn Iterator<Item = &String>) -> String {
    let mut phrases: Vec<String> = phrases
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    phrases.sort_by_key(|w| std::cmp::Reverse(w.len()));
    phrases.join("|")
}

/// Where in `claim` (of `source`, at `span`) a clause calls what was said before it false:
/// the index of its subject's first word. "It is wrong" may judge a deed, so "it" must call
/// it untrue, not wrong.
pub fn calls_false(source: &str, span: Span, claim: &ClaimFeatures) -> Option<usize> {
    let text = span.text(source);
    let subject =
        |c: regex::Captures| claim.word_at(span.start + c.get(1).map_or(0, |m| m.start()));
    // Most claims have no word a predicate ends with: the lexicon told as they were read.
    if claim.names_falsity() {
        let called = CALLED_FALSE
            .captures_iter(text)
            .find(|c| !(c[1].eq_ignore_ascii_case("it") && c[2].eq_ignore_ascii_case("wrong")));
        if let Some(called) = called {
            let at = subject(called);
            // "They keep saying all is fine, but that is not true": the account denied is
            // told in the claim itself.
            return (!(0..at).any(|k| tells_an_account(claim.word(k)))).then_some(at);
        }
    }
    let evidence = (0..claim.word_count()).any(|k| claim.word(k) == "evidence");
    evidence
        .then(|| NO_EVIDENCE.captures(text))
        .flatten()
        .map(subject)
}

/// Whether `word` is a verb that tells what someone says ("saying", "claims"), as opposed to
/// one that takes a topic ("comment on rumors") or needs "that".
fn tells_an_account(word: &str) -> bool {
    lexicon().cue(word).is_some_and(|cue| {
        let telling = matches!(
            cue.class,
            CueClass::Speech | CueClass::Addressee | CueClass::Write | CueClass::Report
        );
        telling && cue.topic.is_empty() && !cue.needs_that
    })
}

/// How many statements back an account named by its owner is looked for.
const OWNER_REACH: usize = 40;

/// The words of a short denied phrase that may name whose account it is: "police" in "the
/// police account", "lee" in "Lee's version".
fn owner_words(claim: &ClaimFeatures) -> Vec<&str> {
    if !names_an_account(claim) {
        return Vec::new();
    }
    (0..claim.word_count() - 1)
        .map(|k| claim.word(k))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches(['\'', '’'])
        })
        .filter(|w| w.len() >= 3 && !is_determiner_word(w))
        .collect()
}

/// Words that may stand before the reports a lede's denial names: "denied media reports
/// that ...".
const REPORT_MODIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "media",
    "press",
    "news",
    "newspaper",
    "magazine",
    "television",
    "recent",
    "weekend",
    "local",
    "foreign",
    "earlier",
    "latest",
    "unconfirmed",
];

/// Whether a denial names reports it goes on to tell ("denied reports of a split",
/// "rejected claims that the carrier would leave"), which the article's accounts after it
/// then give: `object` is the words from its cue to its claim's end.
pub fn names_reports_ahead(object: &str) -> bool {
    let mut words = object
        .split_whitespace()
        .skip(1)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .skip_while(|w| REPORT_MODIFIERS.contains(&w.as_str()));
    let noun = words.next().unwrap_or_default();
    lexicon().reference_nouns.contains(noun.as_str())
        && words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "of" | "that" | "about"))
}

/// How many paragraphs after a denial the reports it names may be given.
const REPORTS_REACH: usize = 2;

/// The footings of accounts that give the reports a denial names: anonymous sources, a
/// report heard second-hand ("the Ledger reported") and an unattributed one.
const GIVES_REPORTS: &[&str] = &["anonymous", "second-hand", "unattributed"];

/// For each on-record denial of reports it names ("Downing Street denied reports of a
/// split"), the anonymous accounts that follow: the run of them in one paragraph, its own
/// or the next.
pub fn accounts_ahead(sides: &[Side]) -> Vec<(usize, Vec<usize>)> {
    let mut found = Vec::new();
    for (at, denial) in sides.iter().enumerate() {
        if !(denial.denial && denial.on_record && denial.reports_ahead) {
            continue;
        }
        let gives = |s: &Side| GIVES_REPORTS.contains(&s.footing) && !s.question && !s.denial;
        // In the next paragraph, or in the one after the words on the record that follow
        // the denial ("The office denied a report that ... ¶ “...,” its spokeswoman said. ¶
        // The Ledger reported ..."); each paragraph the next one after the one before.
        let mut last = denial.paragraph;
        let Some(first) = (at + 1..sides.len())
            .take_while(|&k| {
                let s = &sides[k];
                let near =
                    s.paragraph <= last + 1 && s.paragraph <= denial.paragraph + REPORTS_REACH;
                last = s.paragraph;
                near && (s.on_record || gives(s))
            })
            .find(|&k| gives(&sides[k]))
        else {
            continue;
        };
        let paragraph = sides[first].paragraph;
        let accounts: Vec<usize> = (first..sides.len())
            .take_while(|&k| sides[k].paragraph == paragraph && gives(&sides[k]))
            .collect();
        if !accounts.is_empty() {
            found.push((at, accounts));
        }
    }
    found
}

/// Whether a denied phrase names an account: "the account", "those reports"; not "that".
fn names_an_account(claim: &ClaimFeatures) -> bool {
    let count = claim.word_count();
    (2..=4).contains(&count) && lexicon().reference_nouns.contains(claim.word(count - 1))
}

/// For each denial that points back (`Side::refers_back`), the statements it denies: the
/// nearest one before it by another speaker, in its sentence or the one before, and those
/// just before that one in its paragraph on the same footing ("Two people said ... One of
/// them said ...").
pub fn denied_accounts(sides: &[Side]) -> Vec<(usize, Vec<usize>)> {
    let mut found = Vec::new();
    for (at, denial) in sides
        .iter()
        .enumerate()
        .filter(|(_, s)| s.refers_back.is_some())
    {
        // An account asserts: a question asks, and a denial ("The company denied that any
        // offer was made") agrees with a later "That is simply not true".
        let account = |s: &Side| {
            !s.question
                && !s.denial
                && s.refers_back.is_none()
                && (s.speaker.is_none() || s.speaker != denial.speaker)
        };
        // "rejected the police account": the latest account by its owner, however far back;
        // else the nearest account, in the denial's sentence or the one before.
        let owners = owner_words(denial.claim);
        let owned = |s: &Side| {
            s.who
                .split_whitespace()
                .any(|w| owners.iter().any(|o| w.eq_ignore_ascii_case(o)))
        };
        let from = at.saturating_sub(OWNER_REACH);
        let by_owner = sides[from..at]
            .iter()
            .rposition(|s| account(s) && owned(s))
            .map(|k| from + k);
        let Some(nearest) = by_owner.or_else(|| sides[..at].iter().rposition(account)) else {
            continue;
        };
        let first = &sides[nearest];
        if by_owner.is_none() && denial.sentence > first.last_sentence + 1 {
            continue;
        }
        // The run of accounts on its footing in the paragraph; an anonymous account named
        // as one ("rejected the account") runs on back through the paragraphs before,
        // each the one before the next: "according to three officials. ¶ Two said ...".
        let across = first.footing == "anonymous" && names_an_account(denial.claim);
        let mut paragraph = first.paragraph;
        let accounts = (0..=nearest)
            .rev()
            .take_while(|&k| {
                let s = &sides[k];
                let near = s.paragraph == paragraph || across && s.paragraph + 1 == paragraph;
                paragraph = s.paragraph;
                near && s.footing == first.footing && account(s)
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

    /// A side as (speaker, footing, sentence, paragraph, refers back).
    type Spec = (usize, &'static str, usize, usize, bool);

    /// Sides, all with one claim, each ending in its cue's sentence.
    fn accounts(sides: &[Spec]) -> Vec<(usize, Vec<usize>)> {
        accounts_ending(sides, &[])
    }

    /// The same, with the last sentences of the first few given.
    fn accounts_ending(sides: &[Spec], last: &[usize]) -> Vec<(usize, Vec<usize>)> {
        accounts_with(sides, last, "the pier is shut")
    }

    /// Sides whose claim is `claim`, the denials' included ("the account", "that").
    fn accounts_denying(sides: &[Spec], claim: &str) -> Vec<(usize, Vec<usize>)> {
        accounts_with(sides, &[], claim)
    }

    fn accounts_with(sides: &[Spec], last: &[usize], claim: &str) -> Vec<(usize, Vec<usize>)> {
        let claim = ClaimFeatures::of(claim, Span::new(0, claim.len()));
        denied_accounts(&sides_of(sides, last, &claim, false))
    }

    /// The sides `specs` give, each with `claim`; a denial points back, or, with `ahead`,
    /// names the reports after it.
    fn sides_of<'a>(
        specs: &[Spec],
        last: &[usize],
        claim: &'a ClaimFeatures,
        ahead: bool,
    ) -> Vec<Side<'a>> {
        specs
            .iter()
            .enumerate()
            .map(
                |(i, &(speaker, footing, sentence, paragraph, denial))| Side {
                    id: "s",
                    claim,
                    polarity: Polarity::Positive,
                    on_record: footing == "named",
                    speaker: Some(speaker),
                    footing,
                    who: "",
                    proposition: None,
                    question: false,
                    denial,
                    refers_back: (denial && !ahead).then_some(0),
                    reports_ahead: denial && ahead,
                    sentence,
                    paragraph,
                    last_sentence: last.get(i).copied().unwrap_or(sentence),
                },
            )
            .collect()
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
        // An account is near while its quotation runs on past its cue's sentence.
        let sides = [(1, "named", 0, 0, false), (2, "named", 3, 1, true)];
        assert_eq!(accounts(&sides), []);
        assert_eq!(accounts_ending(&sides, &[2]), [(1, vec![0])]);
    }

    #[test]
    fn a_run_of_anonymous_accounts_before_a_denial_of_the_account_is_denied_whole() {
        // Three officials, then two of them a paragraph on; then "rejected the account".
        let sides = [
            (0, "named", 0, 0, false),
            (1, "anonymous", 1, 1, false),
            (2, "anonymous", 2, 2, false),
            (3, "named", 3, 3, true),
        ];
        assert_eq!(accounts_denying(&sides, "the account"), [(3, vec![2, 1])]);
        // "That" is the account just before it; so are accounts on the record.
        assert_eq!(accounts_denying(&sides, "that"), [(3, vec![2])]);
        let on_record =
            sides.map(|(i, _, s, p, d)| (i, if d { "anonymous" } else { "named" }, s, p, d));
        assert_eq!(accounts_denying(&on_record, "the account"), [(3, vec![2])]);
        // A paragraph with no account between ends the run.
        let sides = [
            (1, "anonymous", 0, 0, false),
            (2, "anonymous", 2, 2, false),
            (3, "named", 3, 3, true),
        ];
        assert_eq!(accounts_denying(&sides, "the account"), [(2, vec![1])]);
    }

    #[test]
    fn a_denial_of_reports_takes_the_anonymous_accounts_after_it() {
        let claim = ClaimFeatures::of("reports", Span::new(0, 7));
        let ahead = |sides: &[Spec]| accounts_ahead(&sides_of(sides, &[], &claim, true));
        // The denial in the lede, two sources in the next paragraph; another paragraph
        // is another matter.
        let sides = [
            (0, "named", 0, 0, true),
            (1, "anonymous", 1, 1, false),
            (2, "anonymous", 2, 1, false),
            (3, "anonymous", 3, 2, false),
        ];
        assert_eq!(ahead(&sides), [(0, vec![1, 2])]);
        // A report heard second-hand is one too ("The Ledger reported ..."); a vague
        // account is not.
        let sides = [
            (0, "named", 0, 0, true),
            (1, "second-hand", 1, 1, false),
            (2, "anonymous", 2, 1, false),
            (3, "vague", 3, 1, false),
        ];
        assert_eq!(ahead(&sides), [(0, vec![1, 2])]);
        // An account on the record ends the run.
        let sides = [
            (0, "named", 0, 0, true),
            (1, "anonymous", 1, 0, false),
            (2, "named", 2, 0, false),
            (3, "anonymous", 3, 0, false),
        ];
        assert_eq!(ahead(&sides), [(0, vec![1])]);
        // Accounts a paragraph further on are not the reports it names.
        let sides = [(0, "named", 0, 0, true), (1, "anonymous", 1, 2, false)];
        assert_eq!(ahead(&sides), []);
        // Unless words on the record fill the paragraph between.
        let sides = [
            (0, "named", 0, 0, true),
            (1, "named", 1, 1, false),
            (2, "second-hand", 2, 2, false),
        ];
        assert_eq!(ahead(&sides), [(0, vec![2])]);
    }

    #[test]
    fn a_denial_names_the_reports_it_goes_on_to_tell() {
        for object in [
            "denied reports of a rift over the budget",
            "denied media reports that the pier would close",
            "rejected “claims” that it had quit",
            "denied a newspaper report that its envoys had met",
            "dismissed a local newspaper report that Washington had objected",
        ] {
            assert!(names_reports_ahead(object), "{object}");
        }
        // Not a denial of something else, nor of reports named no further.
        for object in [
            "denied that the pier would close",
            "denied the reports",
            "denied any rift",
            "denied reports circulating online",
        ] {
            assert!(!names_reports_ahead(object), "{object}");
        }
    }

    #[test]
    fn a_denied_phrase_names_its_owner() {
        let owners = |claim: &str| {
            let features = ClaimFeatures::of(claim, Span::new(0, claim.len()));
            owner_words(&features)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(owners("the police account"), ["police"]);
        assert_eq!(owners("Lee's version"), ["lee"]);
        assert_eq!(owners("the officials' remarks"), ["officials"]);
        assert!(owners("that").is_empty());
    }

    /// The word at which `claim` calls what was said before it false, if it does.
    fn called_false(claim: &str) -> Option<String> {
        let span = Span::new(0, claim.len());
        let features = ClaimFeatures::of(claim, span);
        calls_false(claim, span, &features).map(|at| features.word(at).to_string())
    }

    #[test]
    fn a_clause_that_calls_the_account_false_points_back() {
        assert_eq!(called_false("That's not true"), Some("that's".into()));
        assert_eq!(
            called_false("That is simply not true at all."),
            Some("that".into())
        );
        assert_eq!(
            called_false("We do not comment on rumors, but this report is simply wrong"),
            Some("this".into())
        );
        assert_eq!(
            called_false("The pier is open. The story is false"),
            Some("the".into())
        );
        assert_eq!(
            called_false("Those claims are baseless and cruel"),
            Some("those".into())
        );
        assert_eq!(called_false("It's nonsense"), Some("it's".into()));
        // The predicate may be quoted.
        assert_eq!(
            called_false("that was \"simply false.\""),
            Some("that".into())
        );
        assert_eq!(
            called_false("These reports are a total lie."),
            Some("these".into())
        );
        // The account it calls false is told in the claim itself.
        for claim in [
            "The board keeps saying the pier is safe, but that is simply not true",
            "They claim we lost money, and that's false",
        ] {
            assert_eq!(called_false(claim), None, "{claim}");
        }
    }

    #[test]
    fn a_denial_of_an_account_of_no_words_shows_no_excerpt() {
        // "said little about ? ; ... There is no evidence for that claim": the account
        // before the denial is "?".
        let source = "? There is no evidence for that claim";
        let claim = ClaimFeatures::of(source, Span::new(0, 1));
        assert_eq!(claim.excerpt(source, 0), "");
        let denial = ClaimFeatures::of(source, Span::new(2, source.len()));
        assert_eq!(denial.excerpt(source, 99), "no evidence for that claim");
    }

    #[test]
    fn no_evidence_for_the_account_points_back() {
        for (claim, at) in [
            ("There is no evidence for that claim", "that"),
            (
                "Fine. There's no credible evidence to support those allegations.",
                "those",
            ),
            ("there was no evidence of any of these reports", "any"),
        ] {
            assert_eq!(called_false(claim).as_deref(), Some(at), "{claim}");
        }
        for claim in [
            "There is no evidence that the pier is unsafe",
            "There is no evidence for the pier's collapse",
            "we found no evidence for that claim",
        ] {
            assert_eq!(called_false(claim), None, "{claim}");
        }
    }

    #[test]
    fn a_falsity_said_of_something_else_points_nowhere() {
        for claim in [
            // A deed judged, not an account.
            "It is wrong to close the pier",
            "It's wrong",
            "the pier is wrong for the town",
            // Not at a clause's start.
            "he said that is not true",
            "The mayor's plan is false economy",
            "it is not true that the pier will close",
            "That is true",
        ] {
            assert_eq!(called_false(claim), None, "{claim}");
        }
    }

    #[test]
    fn an_account_further_back_than_the_sentence_before_is_not_it() {
        let found = accounts(&[(1, "anonymous", 0, 0, false), (3, "named", 2, 1, true)]);
        assert!(found.is_empty());
    }
}
