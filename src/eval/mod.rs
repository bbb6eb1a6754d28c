//! Scoring the analysis against gold annotations (`claims-gold/1`, see docs/GOLD.md).

pub mod gold;
pub mod score;

pub use gold::Gold;
pub use score::{Counts, Scores, score};
