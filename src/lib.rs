//! `claims`: who claims what in a news article, on what footing, and where the
//! on-the-record position and the anonymous accounts disagree.
//!
//! Stages, one module each: [`text`] -> [`extract`] -> [`resolve`] -> [`relate`] -> [`report`].

pub mod analysis;
pub mod batch;
pub mod check;
pub mod error;
pub mod eval;
pub mod extract;
pub mod ids;
pub mod input;
pub mod lexicon;
pub mod relate;
pub mod report;
pub mod resolve;
pub mod span;
pub mod text;

pub use analysis::{Analysis, Options, analyze, analyze_with};
pub use error::{Error, Result};
pub use span::Span;
