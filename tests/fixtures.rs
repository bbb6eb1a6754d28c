//! Golden corpus: every fixtures/NAME.txt is analysed by the binary and compared with its
//! reviewed snapshot fixtures/NAME.claims.json. Set CLAIMS_BLESS=1 to rewrite snapshots,
//! then review the diff in git.

use std::path::Path;
use std::process::Command;

fn analyze_json(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claims"))
        .args(["analyze", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn fixtures_match_their_snapshots() {
    let dir = Path::new("fixtures");
    let mut articles: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert!(
        articles.len() >= 8,
        "the project keeps at least 8 fixture articles"
    );
    let bless = std::env::var_os("CLAIMS_BLESS").is_some();
    let mut mismatched = Vec::new();
    for article in &articles {
        let actual = analyze_json(article);
        let snapshot = article.with_extension("claims.json");
        if bless {
            std::fs::write(&snapshot, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if expected != actual {
            mismatched.push(snapshot.display().to_string());
        }
    }
    assert!(
        mismatched.is_empty(),
        "snapshots differ (rerun with CLAIMS_BLESS=1 and review the diff): {mismatched:?}"
    );
}
