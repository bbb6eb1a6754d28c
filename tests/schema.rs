//! Locks the `claims/1` JSON schema: the output is deserialised into typed structs that
//! refuse unknown fields, so no field can appear, vanish or change type silently.

use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Excerpt {
    text: String,
    span: [usize; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Stance {
    polarity: Polarity,
    hedged: bool,
    hedges: Vec<String>,
}

#[derive(Deserialize, PartialEq, Debug)]
#[serde(rename_all = "snake_case")]
enum Polarity {
    Positive,
    Negative,
}

#[derive(Deserialize, PartialEq, Debug)]
#[serde(rename_all = "snake_case")]
enum Mode {
    Direct,
    Indirect,
    Mixed,
    Reported,
}

#[derive(Deserialize, PartialEq, Debug)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Named,
    Institution,
    Anonymous,
    Vague,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Statement {
    id: String,
    mode: Mode,
    on_record: bool,
    claim: Excerpt,
    parts: Option<Vec<Excerpt>>,
    speaker: Option<String>,
    mention: Option<Excerpt>,
    cue: Option<Excerpt>,
    stance: Stance,
    sentence: usize,
    kind: String,
    second_hand: bool,
    continues: Option<String>,
    rule: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Speaker {
    id: String,
    name: String,
    kind: Kind,
    role: Option<String>,
    affiliation: Option<String>,
    mentions: Vec<Excerpt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Member {
    id: String,
    stance: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Proposition {
    id: String,
    about: String,
    statements: Vec<Member>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Contradiction {
    id: String,
    proposition: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    on_record: Vec<String>,
    counter: Vec<String>,
    score: f64,
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Stats {
    statements: usize,
    on_record: usize,
    named: usize,
    institution: usize,
    anonymous: usize,
    second_hand: usize,
    vague: usize,
    unattributed: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Document {
    schema: String,
    source: String,
    title: Option<String>,
    published: Option<String>,
    statements: Vec<Statement>,
    speakers: Vec<Speaker>,
    propositions: Vec<Proposition>,
    contradictions: Vec<Contradiction>,
    stats: Stats,
    warnings: Vec<String>,
}

fn analyze(path: &str) -> (String, Document) {
    let out = Command::new(env!("CARGO_BIN_EXE_claims"))
        .args(["analyze", "--format", "json", path])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Document = serde_json::from_slice(&out.stdout).expect("output follows claims/1");
    (std::fs::read_to_string(path).unwrap(), doc)
}

#[test]
fn every_fixture_follows_the_schema_and_spans_match_text() {
    for entry in std::fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let (text, doc) = analyze(path.to_str().unwrap());
        assert_eq!(doc.schema, "claims/1");
        let check =
            |e: &Excerpt| assert_eq!(&text[e.span[0]..e.span[1]], e.text, "{}", path.display());
        for s in &doc.statements {
            check(&s.claim);
            // A claim in parts: two or more, in order, inside the claim, which they span.
            if let Some(parts) = &s.parts {
                assert!(parts.len() >= 2, "{}", path.display());
                parts.iter().for_each(check);
                assert!(parts.windows(2).all(|w| w[0].span[1] <= w[1].span[0]));
                assert_eq!(parts[0].span[0], s.claim.span[0]);
                assert_eq!(parts[parts.len() - 1].span[1], s.claim.span[1]);
            }
            s.mention.iter().for_each(check);
            s.cue.iter().for_each(check);
            if let Some(id) = &s.speaker {
                assert!(doc.speakers.iter().any(|sp| &sp.id == id));
            }
        }
        for sp in &doc.speakers {
            sp.mentions.iter().for_each(check);
        }
        for c in &doc.contradictions {
            for id in c.on_record.iter().chain(&c.counter) {
                assert!(doc.statements.iter().any(|s| &s.id == id));
            }
            assert!((0.0..=1.0).contains(&c.score));
        }
        assert_eq!(doc.stats.statements, doc.statements.len());
    }
}

#[test]
fn jsonl_error_object_has_its_own_shape() {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct ErrorBody {
        kind: String,
        message: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct ErrorDoc {
        schema: String,
        source: String,
        error: ErrorBody,
    }
    let out = Command::new(env!("CARGO_BIN_EXE_claims"))
        .args(["analyze", "--format", "jsonl", "no-such-file.txt"])
        .output()
        .unwrap();
    let doc: ErrorDoc = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.error.kind, "not_found");
    assert_eq!(out.status.code(), Some(2));
}

/// docs/claims-1.schema.json describes real output: every fixture's document and every
/// kind of error object validate, and a document with a stray field does not.
#[test]
fn json_schema_in_docs_matches_real_output() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("docs/claims-1.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.txt");
    std::fs::write(&broken, b"bad \xff").unwrap();
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, b"a\0b").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_claims"))
        .args(["analyze", "--format", "jsonl", "fixtures", "missing.txt"])
        .arg(&broken)
        .arg(&binary)
        .output()
        .unwrap();
    let mut kinds = Vec::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]);
        kinds.push(
            doc["error"]["kind"]
                .as_str()
                .unwrap_or("analysis")
                .to_string(),
        );
    }
    for kind in ["analysis", "not_found", "invalid_utf8", "binary"] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "no {kind} document in {kinds:?}"
        );
    }
    let mut stray: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("fixtures/korea-summit-briefing.claims.json").unwrap(),
    )
    .unwrap();
    assert!(validator.is_valid(&stray));
    stray["statements"][0]["confidence"] = 0.5.into();
    assert!(!validator.is_valid(&stray));
}
