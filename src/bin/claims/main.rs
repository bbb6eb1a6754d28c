//! `claims`: the command-line front end. Exit status: 0 the run worked (whatever it
//! found), 1 a check failed (`eval` floors), 2 usage or input errors.

mod analyze;
mod eval;
mod progress;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::io;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claims",
    version,
    about = "Who claims what in a news article, on what footing, and where the on-the-record position and the anonymous accounts disagree."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: files, directories (their *.txt), - for standard input, or JSON Lines.
    Analyze(analyze::AnalyzeArgs),
    /// Score the analysis against NAME.gold.json files beside their NAME.txt.
    Eval(eval::EvalArgs),
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => Ok(if analyze::run(args)? {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        }),
        Command::Eval(args) => eval::run(args),
    }
}

fn main() -> ExitCode {
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
