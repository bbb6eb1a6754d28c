//! How an article is read, shared by `analyze` and `eval` so both read it the same way.

use clap::Args;

#[derive(Args, Clone, Copy, Debug)]
pub struct ReadingArgs {
    /// One statement per quoted piece: in “A,” Lee said. “B.” the second quotation is a
    /// statement of its own that `continues` the first [default: one statement whose claim
    /// has two `parts`].
    #[arg(long)]
    split_quotes: bool,
}

impl ReadingArgs {
    pub fn options(self) -> claims::Options {
        claims::Options {
            split_quotes: self.split_quotes,
        }
    }
}
