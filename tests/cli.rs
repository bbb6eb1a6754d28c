//! The command line: exit statuses, stdin, bad input, colour, and the seed article.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap()
}

#[test]
fn analyze_reads_stdin_and_reports() {
    claims()
        .args(["analyze", "-"])
        .write_stdin(
            "Seoul talks\n\n“The door is open,” Foreign Minister Lee Ha-na said on Monday.",
        )
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Lee Ha-na").and(predicate::str::contains("ON THE RECORD")),
        )
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn color_always_colours_and_never_does_not() {
    claims()
        .args([
            "analyze",
            "--color",
            "always",
            "fixtures/wire-port-strike.txt",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b["));
    claims()
        .env("NO_COLOR", "1")
        .args(["analyze", "fixtures/wire-port-strike.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn bad_inputs_fail_alone_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Kim said \xff it works.").unwrap();
    let binary = dir.path().join("bin.txt");
    std::fs::write(&binary, b"\x00\x01\x02").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = claims()
        .args(["analyze", "--format", "jsonl"])
        .arg(&bad)
        .arg(&binary)
        .arg("missing.txt")
        .arg(&empty)
        .arg("fixtures/wire-port-strike.txt")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid UTF-8 at byte 9")
                .and(predicate::str::contains("missing.txt")),
        );
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "every input gets its line");
    assert_eq!(lines[0]["error"]["kind"], "invalid_utf8");
    assert_eq!(lines[1]["error"]["kind"], "binary");
    assert_eq!(lines[2]["error"]["kind"], "not_found");
    assert_eq!(lines[3]["statements"].as_array().unwrap().len(), 0);
    assert!(!lines[4]["statements"].as_array().unwrap().is_empty());
}

#[test]
fn lossy_replaces_invalid_utf8() {
    claims()
        .args(["analyze", "--lossy", "--format", "json", "-"])
        .write_stdin(&b"Kim said the plan \xff works well."[..])
        .assert()
        .success()
        .stdout(predicate::str::contains("invalid UTF-8 replaced"));
}

#[test]
fn directories_expand_to_sorted_txt_files() {
    let out = claims()
        .args(["analyze", "--format", "jsonl", "fixtures"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let sources: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
    assert!(sources.len() >= 8);
}

#[test]
fn usage_errors_exit_2() {
    claims()
        .args(["analyze", "--format", "xml"])
        .assert()
        .code(2);
}

#[test]
fn eval_scores_a_gold_folder_and_holds_floors() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Port talks\n\n“We will stay out,” union chairman Park Jin-ho said.";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let start = text.find("We will").unwrap();
    let gold = serde_json::json!({
        "format": "claims-gold/1", "article": "a.txt",
        "statements": [{"id": "g1", "claim": "We will stay out", "span": [start, start + 16], "speaker": "union chairman Park Jin-ho",
                        "entity": "Park Jin-ho", "kind": "named", "on_record": true, "mode": "direct", "cue": "said", "hedged": false}],
        "contradictions": []
    });
    std::fs::write(dir.path().join("a.gold.json"), gold.to_string()).unwrap();
    claims()
        .arg("eval")
        .arg(dir.path())
        .args(["--min-f1", "0.99", "--min-speaker", "0.99"])
        .assert()
        .success()
        .stdout(predicate::str::contains("statements F1=1.000"));
    std::fs::write(
        dir.path().join("a.txt"),
        "Port talks\n\nNothing was said here at all by anyone today.",
    )
    .unwrap();
    claims()
        .arg("eval")
        .arg(dir.path())
        .args(["--min-f1", "0.5"])
        .assert()
        .code(1);
}

/// The founding case, when ../shared is beside the project (it is not in a user's clone).
/// Its gold gives each piece of an interrupted quotation (“A,” Kim said. “B.”) a statement
/// of its own, which is `--split-quotes`; by default the three such pairs are one statement
/// each, and the contradictions are found either way.
#[test]
fn seed_article_all_statements_and_contradictions() {
    let seed = Path::new("../shared/corpus/seed");
    if !seed.exists() {
        eprintln!("skipped: ../shared/corpus/seed is not here");
        return;
    }
    for (split, min_f1) in [(true, "1.0"), (false, "0.88")] {
        claims()
            .arg("eval")
            .arg(seed)
            .args(split.then_some("--split-quotes"))
            .args(["--min-f1", min_f1, "--min-speaker", "1.0"])
            .args(["--min-contradiction-recall", "1.0"])
            .assert()
            .success();
    }
}
