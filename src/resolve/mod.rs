//! The resolve stage: speaker mentions and who they are across the article.

pub mod antecedent;
pub mod mention;
pub mod speakers;
