//! `claims check`, `--fail-on`, `--max-anonymous-share`, completions and the man page.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap()
}

const ARTICLE: &str = "Bridge report\n\n“The bridge is safe,” Mayor Ana Ruiz said on Monday.\n\n\
    But officials who spoke on condition of anonymity said the bridge was not safe.\n";

fn folder_with(expect: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bridge.txt"), ARTICLE).unwrap();
    if let Some(expect) = expect {
        std::fs::write(dir.path().join("bridge.expect.json"), expect).unwrap();
    }
    dir
}

fn check(dir: &Path) -> assert_cmd::assert::Assert {
    claims().arg("check").arg(dir).assert()
}

#[test]
fn expectations_that_hold_pass() {
    let dir = folder_with(Some(
        r#"{"statements": [{"speaker": "Ruiz", "kind": "named", "stance": "positive"},
                          {"speaker": "officials", "kind": "anonymous", "on_record": false}],
            "contradictions": [{"on_record": "Ruiz", "counter": "officials"}]}"#,
    ));
    check(dir.path()).success().stdout(predicate::str::contains(
        "1 articles checked: 1 passed, 0 failed",
    ));
}

#[test]
fn a_broken_expectation_fails_with_a_readable_diff() {
    let dir = folder_with(Some(
        r#"{"statements": [{"speaker": "Ruiz", "stance": "negative"}],
            "forbid_contradictions": [{"counter": "officials"}]}"#,
    ));
    check(dir.path()).code(1).stdout(
        predicate::str::contains("FAIL")
            .and(predicate::str::contains("differs in stance"))
            .and(predicate::str::contains("forbidden contradiction"))
            .and(predicate::str::contains("0 passed, 1 failed")),
    );
}

#[test]
fn bless_writes_snapshots_that_then_hold_and_catch_changes() {
    let dir = folder_with(None);
    check(dir.path())
        .success()
        .stdout(predicate::str::contains("1 without expectations"));
    claims()
        .args(["check", "--bless"])
        .arg(dir.path())
        .assert()
        .success();
    let snapshot = dir.path().join("bridge.claims.json");
    check(dir.path())
        .success()
        .stdout(predicate::str::contains("1 passed"));
    let edited = std::fs::read_to_string(&snapshot)
        .unwrap()
        .replace("\"named\"", "\"vague\"");
    std::fs::write(&snapshot, edited).unwrap();
    check(dir.path())
        .code(1)
        .stdout(predicate::str::contains("- ").and(predicate::str::contains("\"vague\"")));
}

#[test]
fn unreadable_expectations_are_errors() {
    let dir = folder_with(Some(r#"{"statement": []}"#));
    check(dir.path())
        .code(2)
        .stderr(predicate::str::contains("bridge.expect.json"));
}

#[test]
fn fail_on_findings_exits_1_and_still_reports() {
    let dir = folder_with(None);
    let article = dir.path().join("bridge.txt");
    for flags in [
        &["--fail-on", "contradictions"][..],
        &["--fail-on", "anonymous"],
        &["--max-anonymous-share", "0.25"],
    ] {
        claims()
            .arg("analyze")
            .args(flags)
            .arg(&article)
            .assert()
            .code(1)
            .stdout(predicate::str::contains("Ana Ruiz"))
            .stderr(predicate::str::contains("bridge.txt"));
    }
    claims()
        .args(["analyze", "--max-anonymous-share", "0.5"])
        .arg(&article)
        .assert()
        .success();
    claims()
        .args(["analyze", "--max-anonymous-share", "2"])
        .arg(&article)
        .assert()
        .code(2);
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        claims()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("analyze"));
    }
    claims()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie").and(predicate::str::contains(".TH claims 1")));
}
