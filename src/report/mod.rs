//! The report stage: the same analysis as a text report, JSON or JSON Lines.

pub mod json;
pub mod text;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}
