//! `claims`: the command-line front end. Exit status: 0 the run worked (whatever it
//! found), 1 a check failed (`eval` floors), 2 usage or input errors.

mod eval;

use anyhow::Result;
use claims::input::{self, Input};
use claims::report::{Format, json, text};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
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

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: files, directories (their *.txt) or - for standard input.
    #[command(
        after_help = "Examples:\n  claims analyze fixtures/korea-summit-briefing.txt\n  claims analyze --format json article.txt | jq '.contradictions'\n  claims analyze --format jsonl corpus/ > out.jsonl\n\nExit status: 0 the run worked (whatever it found); 2 usage or input errors (the other inputs still get their results)."
    )]
    Analyze {
        /// Articles to read; none or - reads standard input.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: FormatArg,
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorArg,
        /// Replace invalid UTF-8 instead of failing on it.
        #[arg(long)]
        lossy: bool,
    },
    /// Score the analysis against NAME.gold.json files beside their NAME.txt.
    Eval(eval::EvalArgs),
}

fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
}

/// Runs `analyze`; returns whether every input was read.
fn analyze(paths: Vec<PathBuf>, format: Format, color: bool, lossy: bool) -> io::Result<bool> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let layout = text::Layout {
        color,
        width: terminal_width(),
    };
    let mut all_ok = true;
    for (n, item) in input::expand(&paths).into_iter().enumerate() {
        let result = item.and_then(|input: Input| {
            let label = input.label();
            let bytes = input::read_bytes(&input)?;
            let (text, warning) = input::decode(&label, bytes, lossy)?;
            let mut analysis = claims::analyze(&text, &label);
            analysis.warnings.extend(warning);
            Ok(analysis)
        });
        match result {
            Ok(analysis) => match format {
                Format::Json => json::write_pretty(&mut out, &analysis)?,
                Format::Jsonl => json::write_line(&mut out, &analysis)?,
                Format::Text => {
                    if n > 0 {
                        writeln!(out)?;
                    }
                    text::write(&mut out, &analysis, layout)?
                }
            },
            Err(error) => {
                all_ok = false;
                out.flush()?;
                eprintln!("claims: {error}");
                if format == Format::Jsonl {
                    json::write_error_line(&mut out, &error.path(), &error)?;
                }
            }
        }
        if format == Format::Jsonl {
            out.flush()?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze {
            paths,
            format,
            color,
            lossy,
        } => {
            let format = match format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
                FormatArg::Jsonl => Format::Jsonl,
            };
            let ok = analyze(
                paths,
                format,
                use_color(color) && format == Format::Text,
                lossy,
            )?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
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
