//! The gold annotation format `claims-gold/1`.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Clone, Debug, Deserialize)]
pub struct GoldStatement {
    pub id: String,
    #[serde(default)]
    pub claim: String,
    pub span: [usize; 2],
    #[serde(default)]
    pub spans: Option<Vec<[usize; 2]>>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub on_record: Option<bool>,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub speaker_optional: bool,
}

impl GoldStatement {
    /// The claim's pieces (one range unless the annotators split it).
    pub fn ranges(&self) -> Vec<[usize; 2]> {
        self.spans
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| vec![self.span])
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Entity {
    #[serde(default)]
    pub mentions: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldContradiction {
    pub on_record: Vec<String>,
    pub counter: Vec<String>,
    pub strength: String,
    #[serde(default)]
    pub why: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Gold {
    pub article: String,
    pub statements: Vec<GoldStatement>,
    #[serde(default)]
    pub entities: HashMap<String, Entity>,
    #[serde(default)]
    pub contradictions: Vec<GoldContradiction>,
}

impl Gold {
    pub fn load(path: &Path) -> Result<Gold> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|e| Error::Gold {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }
}
