//! `claims`: the command-line front end. Exit status: 0 the run worked, 1 a check failed
//! (`check` mismatches, `eval` floors, `analyze --fail-on` findings), 2 usage or input errors.

mod analyze;
mod check;
mod eval;
mod extras;
mod progress;
mod reading;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::io;
use std::process::ExitCode;

/// mimalloc: a run makes and drops many small strings and vectors per statement, and
/// mimalloc serves them faster than the system's allocator (see the README's figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "claims",
    version,
    about = "Who claims what in a news article, on what footing, and where the on-the-record position and the anonymous accounts disagree.",
    after_help = "Examples:
  claims analyze fixtures/korea-summit-briefing.txt
  claims analyze --format jsonl corpus/ > out.jsonl
  claims check fixtures/
  claims eval --errors corpus/dev
  claims completions bash > /etc/bash_completion.d/claims

Exit status: 0 the run worked; 1 a check failed or a --fail-on finding; 2 usage or input errors."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: files, directories (their *.txt), - for standard input, or JSON Lines.
    Analyze(analyze::AnalyzeArgs),
    /// Hold articles against their NAME.expect.json and NAME.claims.json snapshots.
    Check(check::CheckArgs),
    /// Score the analysis against NAME.gold.json files beside their NAME.txt.
    Eval(eval::EvalArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => Ok(match analyze::run(args)? {
            analyze::Ending::Clean => ExitCode::SUCCESS,
            analyze::Ending::Findings => ExitCode::from(1),
            analyze::Ending::InputErrors => ExitCode::from(2),
        }),
        Command::Check(args) => check::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Completions { shell } => extras::completions::<Cli>(shell),
        Command::Man => extras::man::<Cli>(),
    }
}

/// Keeps memory flat: where transparent huge pages are always on, the kernel backs the
/// allocator's segments with 2 MB pages and each thread holds about twice what it uses.
#[cfg(target_os = "linux")]
fn without_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes integers only; a failure leaves pages as they were.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn without_huge_pages() {}

fn main() -> ExitCode {
    without_huge_pages();
    match run() {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`claims ... | head`) is not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claims: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// What a caught panic says, for the error that stands in for the article's result.
pub(crate) fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("internal error while analysing ({what}); please report it")
}
