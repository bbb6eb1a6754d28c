//! The relate stage: stance, propositions and contradictions.

pub mod contradictions;
pub mod propositions;
pub mod stance;
pub mod terms;
