//! `NAME.expect.json`: what an article's analysis must (and must not) contain.
//!
//! ```json
//! {
//!   "statements": [{"speaker": "Yoon", "kind": "named", "claim": "welcomed", "stance": "positive"}],
//!   "contradictions": [{"on_record": "Yoon", "counter": "opposed"}],
//!   "forbid_statements": [{"claim": "weather"}],
//!   "forbid_contradictions": [{"counter": "Lee"}],
//!   "statements_at_least": 5
//! }
//! ```
//! Every field of a matcher is optional; text fields match case-insensitive substrings (a
//! claim in `parts`, part by part).

use serde::Deserialize;
use serde_json::Value;
use std::fmt;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectations {
    #[serde(default)]
    pub statements: Vec<StatementMatcher>,
    #[serde(default)]
    pub contradictions: Vec<ContradictionMatcher>,
    #[serde(default)]
    pub forbid_statements: Vec<StatementMatcher>,
    #[serde(default)]
    pub forbid_contradictions: Vec<ContradictionMatcher>,
    pub statements_at_least: Option<usize>,
}

/// Matches a statement; each field given must hold.
#[derive(Debug, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatementMatcher {
    /// In the claim's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// In the resolved speaker's name or the mention's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_record: Option<bool>,
    /// The stance's polarity: "positive" or "negative".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedged: Option<bool>,
}

/// Matches a contradiction: some statement on each side matches the text given for it
/// (in its claim, speaker name or mention).
#[derive(Debug, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContradictionMatcher {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_record: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counter: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

fn contains(haystack: Option<&str>, needle: &str) -> bool {
    haystack.is_some_and(|h| h.to_lowercase().contains(&needle.to_lowercase()))
}

/// The analysis as JSON, with lookups by id.
pub struct View<'a> {
    pub doc: &'a Value,
}

impl<'a> View<'a> {
    pub fn statements(&self) -> impl Iterator<Item = &'a Value> {
        self.doc["statements"].as_array().into_iter().flatten()
    }

    pub fn contradictions(&self) -> impl Iterator<Item = &'a Value> {
        self.doc["contradictions"].as_array().into_iter().flatten()
    }

    fn speaker_name(&self, statement: &Value) -> Option<&'a str> {
        let id = statement["speaker"].as_str()?;
        let speakers = self.doc["speakers"].as_array()?;
        speakers.iter().find(|s| s["id"] == id)?["name"].as_str()
    }

    fn statement(&self, id: &str) -> Option<&'a Value> {
        self.statements().find(|s| s["id"] == id)
    }

    /// The statement's claim, speaker name or mention holds `text`.
    fn mentions(&self, statement: &Value, text: &str) -> bool {
        contains(statement["claim"]["text"].as_str(), text)
            || contains(self.speaker_name(statement), text)
            || contains(statement["mention"]["text"].as_str(), text)
    }

    /// One line that names a statement for a reader.
    pub fn describe(&self, statement: &Value) -> String {
        let who = self
            .speaker_name(statement)
            .or_else(|| statement["mention"]["text"].as_str())
            .unwrap_or("(unattributed)");
        format!(
            "{} {who} ({}, {}, {}): \"{}\"",
            statement["id"].as_str().unwrap_or("?"),
            statement["kind"].as_str().unwrap_or("?"),
            statement["mode"].as_str().unwrap_or("?"),
            statement["stance"]["polarity"].as_str().unwrap_or("?"),
            statement["claim"]["text"].as_str().unwrap_or(""),
        )
    }
}

impl StatementMatcher {
    /// The fields of `statement` that do not hold; empty when it matches.
    pub fn misses(&self, view: &View, statement: &Value) -> Vec<&'static str> {
        let mut misses = Vec::new();
        let text = |field: &Option<String>, value: Option<&str>| {
            field.as_ref().is_none_or(|want| contains(value, want))
        };
        let exact = |field: &Option<String>, value: &Value| {
            field
                .as_ref()
                .is_none_or(|want| value.as_str() == Some(want.as_str()))
        };
        // A claim in parts is matched part by part: the attribution between is not claimed.
        let claim_ok = match statement["parts"].as_array() {
            Some(parts) => self
                .claim
                .as_ref()
                .is_none_or(|want| parts.iter().any(|p| contains(p["text"].as_str(), want))),
            None => text(&self.claim, statement["claim"]["text"].as_str()),
        };
        if !claim_ok {
            misses.push("claim");
        }
        let speaker_ok = self.speaker.as_ref().is_none_or(|want| {
            contains(view.speaker_name(statement), want)
                || contains(statement["mention"]["text"].as_str(), want)
        });
        if !speaker_ok {
            misses.push("speaker");
        }
        if !exact(&self.kind, &statement["kind"]) {
            misses.push("kind");
        }
        if !exact(&self.mode, &statement["mode"]) {
            misses.push("mode");
        }
        if self
            .on_record
            .is_some_and(|want| statement["on_record"] != want)
        {
            misses.push("on_record");
        }
        if !exact(&self.stance, &statement["stance"]["polarity"]) {
            misses.push("stance");
        }
        if self
            .hedged
            .is_some_and(|want| statement["stance"]["hedged"] != want)
        {
            misses.push("hedged");
        }
        misses
    }
}

impl ContradictionMatcher {
    pub fn matches(&self, view: &View, contradiction: &Value) -> bool {
        let side = |ids: &Value, want: &Option<String>| {
            want.as_ref().is_none_or(|want| {
                ids.as_array().into_iter().flatten().any(|id| {
                    id.as_str()
                        .and_then(|id| view.statement(id))
                        .is_some_and(|s| view.mentions(s, want))
                })
            })
        };
        side(&contradiction["on_record"], &self.on_record)
            && side(&contradiction["counter"], &self.counter)
            && self
                .kind
                .as_ref()
                .is_none_or(|want| contradiction["type"].as_str() == Some(want.as_str()))
    }
}

/// A matcher as the user wrote it, for messages.
fn show(matcher: &impl serde::Serialize) -> String {
    serde_json::to_string(matcher).unwrap_or_default()
}

impl fmt::Display for StatementMatcher {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&show(self))
    }
}

impl fmt::Display for ContradictionMatcher {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&show(self))
    }
}
