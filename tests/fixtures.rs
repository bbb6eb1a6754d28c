//! Golden corpus: `claims check fixtures` holds every fixtures/NAME.txt against its reviewed
//! snapshot NAME.claims.json and, where there is one, its NAME.expect.json. To accept a
//! change, run `claims check --bless fixtures` and review the diff in git.

use assert_cmd::Command;
use predicates::prelude::*;

#[test]
fn fixtures_hold_their_snapshots_and_expectations() {
    let articles = std::fs::read_dir("fixtures")
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|e| e == "txt")
        })
        .count();
    assert!(
        articles >= 8,
        "the project keeps at least 8 fixture articles"
    );
    Command::cargo_bin("claims")
        .unwrap()
        .args(["check", "fixtures"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{articles} articles checked: {articles} passed, 0 failed, 0 without expectations, 0 errors"
        )));
}
