//! Property tests: whatever the input, analysis never panics, every span lies in bounds on
//! character boundaries with its text equal to the input there, and the same input gives
//! the same output.

use proptest::prelude::*;

/// Pieces that stress the pipeline: every kind of quotation mark and dash, line and
/// paragraph breaks, NULs, cue words, names, abbreviations and sentence ends.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "''",
    "``",
    "«",
    "»",
    "—",
    "–",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\0",
    " ",
    ". ",
    ", ",
    ": ",
    "; ",
    "? ",
    "“The pier is open,”",
    " Lee said, ",
    "“It will stay open all winter.”",
    "said",
    "says",
    "told",
    "according to",
    "reportedly",
    "officials",
    "who spoke on condition of anonymity",
    "Mr.",
    "U.S.",
    "Kim",
    "Park Min-seo",
    "the spokesperson",
    "he",
    "she",
    "denied",
    "not",
    "that",
    "has opposed",
    "understands",
    "(",
    ")",
    "'s claim that",
    "’s earlier assertion that",
    " was first reported by ",
    ", clad in a coat,",
    " whose ",
    " but declined to ",
    ", which he declared ",
    "a point Ada May",
    "tax-writing",
    " add up to ",
    "<tweet tweet-date=\"May 1\n\">",
    " was declared the winner ",
    "When the deal was announced",
    ", calling it ",
    " declined to comment and ",
    " would not comment on ",
    " respond to a request for comment",
    " were more likely to say ",
    " have in the past said ",
    " issued a statement ",
    " released a statement condemning ",
    " had this to say:",
    "The study found that ",
    " at 10 p.m. ",
    "Hours later, she",
    " calling on",
    "A poll from Harbor Law School released Monday shows ",
    "Lumen, a software company, ",
    " the group said ",
    " said that according to ",
    ", former Mayor Ana Ruiz, ",
    " drew a contrast, saying ",
    "When ",
    "Inside the hall",
    "The club's captain was",
    "Asked about the pier,",
    " A No. 2 spokesman ",
    "Number 10",
    " the department \"does not recognise\" the figures reported",
    " said nothing",
    " said little about ",
    " hard to say ",
    " claimed victory ",
    " (as low as 19%, Lee says) ",
    "the United Nations envoy said",
    "\n\nenvoy Lars Holm ",
    "one of them said",
    "the deputy mayor",
    "A study by researchers at Rivers College found that ",
    "Fishermen say ",
    "Ann Rivers, who guided ships, died. ",
    " -- \"it is",
    "His verdict: \"",
    " - he called her weak and said ",
    ".",
    "…",
    ".”The",
    "late.And",
    "Down the pier, Tom Reed is calm. ",
    "The closure, he says, ",
    " was more blunt: ",
    ", with Reed shouting: ",
    "The leaders of Norland and Estmark said ",
    "The operator, Lumen Logistics, said ",
    "A lawyer for one of the bidders, Lumen Marine, said ",
    " disputed that. ",
    " accused the mayor of ",
    "A source close to the player told",
    " declined to comment when contacted",
    "It is understood at least ",
    " quoted a spokesman as saying",
    "There is no evidence for that claim",
    ", a retired machinist who said ",
    " results from the secretary of state's office",
    " said little publicly",
    "é",
    "\u{301}",
    "\u{202f}",
    "한국",
    "中国",
    "🙂",
    "\u{feff}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let split = claims::Options { split_quotes: true };
    if let Err(broken) = claims::analyze_with(text, "prop", split).check_invariants(text) {
        return Err(TestCaseError::fail(broken));
    }
    let analysis = claims::analyze(text, "prop");
    if let Err(broken) = analysis.check_invariants(text) {
        return Err(TestCaseError::fail(broken));
    }
    let again = claims::analyze(text, "prop");
    prop_assert_eq!(
        serde_json::to_string(&analysis).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn random_unicode(text in "\\PC{0,300}") {
        check(&text)?;
    }

    #[test]
    fn quotation_marks_dashes_and_breaks(text in news_like()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn long_articles(text in prop::collection::vec(prop::sample::select(PIECES), 0..3000)
        .prop_map(|p| p.concat())) {
        check(&text)?;
    }
}

/// Scaled-down versions of the pathological inputs `scripts/bench.py` times: analysis holds
/// its invariants, warnings stay capped, and a flood of marks pairs no quotes.
#[test]
fn pathological_inputs_hold_the_invariants() {
    let sentence: String = [
        "the",
        "council",
        "said",
        "officials",
        "that",
        "according to",
    ]
    .iter()
    .cycle()
    .take(60_000)
    .copied()
    .collect::<Vec<_>>()
    .join(" ");
    let inputs = [
        "\"".repeat(300_000),
        "“‘".repeat(50_000) + "x" + &"’”".repeat(50_000),
        sentence,
        "a".repeat(1_000_000),
        "— said “".repeat(20_000),
        "Officials said \0 it was so. ".repeat(1_000),
    ];
    for text in &inputs {
        let analysis = claims::analyze(text, "hostile");
        analysis.check_invariants(text).unwrap();
        assert!(
            analysis.warnings.len() <= 21,
            "{} warnings",
            analysis.warnings.len()
        );
    }
    assert!(claims::analyze(&inputs[0], "marks").statements.is_empty());
}
