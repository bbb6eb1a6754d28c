//! The report stage: the same analysis as a text report, JSON or JSON Lines.

pub mod json;
pub mod text;
