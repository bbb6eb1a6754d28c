//! `claims check`: an article's analysis held against its expectations
//! (`NAME.expect.json`) and its reviewed snapshot (`NAME.claims.json`).

pub mod diff;
pub mod expect;

use expect::{Expectations, View};
use serde_json::Value;

/// What one article's check found wrong, as lines for a reader; empty when all holds.
pub fn against_expectations(analysis: &Value, expected: &Expectations) -> Vec<String> {
    let view = View { doc: analysis };
    let mut problems = Vec::new();
    for matcher in &expected.statements {
        if view
            .statements()
            .any(|s| matcher.misses(&view, s).is_empty())
        {
            continue;
        }
        problems.push(format!("missing statement {matcher}"));
        // The nearest statement: the one that misses the fewest fields.
        let nearest = view
            .statements()
            .map(|s| (matcher.misses(&view, s), s))
            .min_by_key(|(misses, _)| misses.len());
        if let Some((misses, s)) = nearest {
            problems.push(format!(
                "  nearest: {} (differs in {})",
                view.describe(s),
                misses.join(", ")
            ));
        }
    }
    for matcher in &expected.forbid_statements {
        for s in view.statements() {
            if matcher.misses(&view, s).is_empty() {
                problems.push(format!(
                    "forbidden statement {matcher} found: {}",
                    view.describe(s)
                ));
            }
        }
    }
    for matcher in &expected.contradictions {
        if !view.contradictions().any(|c| matcher.matches(&view, c)) {
            problems.push(format!("missing contradiction {matcher}"));
        }
    }
    for matcher in &expected.forbid_contradictions {
        for c in view.contradictions().filter(|c| matcher.matches(&view, c)) {
            problems.push(format!(
                "forbidden contradiction {matcher} found: {} {}",
                c["id"].as_str().unwrap_or("?"),
                c["why"].as_str().unwrap_or("")
            ));
        }
    }
    if let Some(least) = expected.statements_at_least {
        let found = view.statements().count();
        if found < least {
            problems.push(format!("{found} statements, expected at least {least}"));
        }
    }
    problems
}

/// The snapshot compared with the analysis, `source` aside (it names the path as typed):
/// a line diff of the pretty JSON, empty when they agree.
pub fn against_snapshot(analysis: &Value, snapshot: &Value) -> Vec<String> {
    let without_source = |v: &Value| {
        let mut v = v.clone();
        if let Some(map) = v.as_object_mut() {
            map.remove("source");
        }
        serde_json::to_string_pretty(&v).unwrap_or_default()
    };
    let (old, new) = (without_source(snapshot), without_source(analysis));
    if old == new {
        return Vec::new();
    }
    diff::lines(&old, &new, 2, 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis() -> Value {
        let text = "Bridge report\n\n“The bridge is safe,” Mayor Ana Ruiz said on Monday.\n\n\
                    But officials who spoke on condition of anonymity said the bridge is not safe.";
        serde_json::to_value(crate::analyze(text, "t.txt")).unwrap()
    }

    fn expect(json: &str) -> Expectations {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn holds_when_expectations_are_met() {
        let e = expect(
            r#"{"statements": [{"speaker": "ruiz", "kind": "named", "claim": "bridge is safe",
                "stance": "positive", "on_record": true, "mode": "direct"}],
                "forbid_statements": [{"claim": "weather"}],
                "statements_at_least": 2}"#,
        );
        assert_eq!(against_expectations(&analysis(), &e), Vec::<String>::new());
    }

    #[test]
    fn fails_with_the_nearest_statement_named() {
        let e = expect(r#"{"statements": [{"speaker": "Ruiz", "stance": "negative"}]}"#);
        let problems = against_expectations(&analysis(), &e);
        assert!(problems[0].starts_with("missing statement"), "{problems:?}");
        assert!(problems[1].contains("differs in stance"), "{problems:?}");
    }

    #[test]
    fn forbidden_things_fail() {
        let e =
            expect(r#"{"forbid_statements": [{"kind": "anonymous"}], "statements_at_least": 9}"#);
        let problems = against_expectations(&analysis(), &e);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("forbidden statement"))
        );
        assert!(problems.iter().any(|p| p.contains("expected at least 9")));
    }

    #[test]
    fn unknown_fields_are_rejected() {
        assert!(serde_json::from_str::<Expectations>(r#"{"statement": []}"#).is_err());
    }

    #[test]
    fn snapshot_ignores_source_only() {
        let now = analysis();
        let mut moved = now.clone();
        moved["source"] = "elsewhere/t.txt".into();
        assert!(against_snapshot(&now, &moved).is_empty());
        moved["statements"][0]["kind"] = "vague".into();
        let diff = against_snapshot(&now, &moved);
        assert!(
            diff.iter()
                .any(|l| l.starts_with("- ") && l.contains("vague")),
            "{diff:?}"
        );
    }
}
