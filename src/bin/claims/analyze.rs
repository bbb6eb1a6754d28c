//! `claims analyze`: reads articles (files, folders, standard input or JSON Lines streams),
//! analyses them on worker threads and writes the reports in input order.

use crate::progress::Progress;
use claims::input::{self, Article, Input};
use claims::report::{json, text};
use claims::{Analysis, Error};
use clap::{Args, ValueEnum};
use std::io::{self, BufReader, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// Each path is an article; a folder stands for its *.txt files.
    Text,
    /// Each path (or standard input) is a JSON Lines stream of {"id": ..., "text": ...}.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Args)]
#[command(after_help = "Examples:
  claims analyze fixtures/korea-summit-briefing.txt
  claims analyze --format json article.txt | jq '.contradictions'
  claims analyze --format jsonl corpus/ > out.jsonl
  zcat articles.jsonl.gz | claims analyze --input jsonl --format jsonl -j 8 > out.jsonl

Exit status: 0 the run worked (whatever it found); 2 usage or input errors (the other inputs still get their results).")]
pub struct AnalyzeArgs {
    /// Articles to read; none or - reads standard input.
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    format: FormatArg,
    /// How the inputs are written: plain-text articles, or JSON Lines records.
    #[arg(long, value_enum, default_value = "text")]
    input: InputArg,
    /// Worker threads [default: every core]. The output is the same at every count.
    #[arg(short = 'j', long, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// No progress line on standard error.
    #[arg(short, long)]
    quiet: bool,
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorArg,
    /// Replace invalid UTF-8 instead of failing on it.
    #[arg(long)]
    lossy: bool,
}

/// An article to analyse: read by the worker, or already read from a stream.
enum Job {
    Read(Input),
    Ready(claims::Result<Article>),
}

/// One article's part of the output.
struct Outcome {
    data: Vec<u8>,
    error: Option<String>,
    bytes: usize,
}

struct Render {
    format: FormatArg,
    layout: text::Layout,
    lossy: bool,
}

impl Render {
    fn outcome(&self, job: Job) -> Outcome {
        let article = match job {
            Job::Read(input) => input::read(&input, self.lossy),
            Job::Ready(article) => article,
        };
        let bytes = article.as_ref().map_or(0, |a| a.text.len());
        let analysed = article.and_then(|article| {
            catch_unwind(AssertUnwindSafe(|| {
                let mut analysis = claims::analyze(&article.text, &article.label);
                analysis.warnings.extend(article.warning.clone());
                analysis
            }))
            .map_err(|panic| Error::Internal {
                path: article.label.clone(),
                message: panic_message(&panic),
            })
        });
        let mut data = Vec::new();
        let error = match analysed {
            Ok(analysis) => {
                self.write(&mut data, &analysis).expect("writing to memory");
                None
            }
            Err(error) => {
                if self.format == FormatArg::Jsonl {
                    json::write_error_line(&mut data, &error.path(), &error)
                        .expect("writing to memory");
                }
                Some(error.to_string())
            }
        };
        Outcome { data, error, bytes }
    }

    fn write(&self, out: &mut Vec<u8>, analysis: &Analysis) -> io::Result<()> {
        match self.format {
            FormatArg::Json => json::write_pretty(out, analysis),
            FormatArg::Jsonl => json::write_line(out, analysis),
            FormatArg::Text => text::write(out, analysis, self.layout),
        }
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("internal error while analysing ({what}); please report it")
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

/// The jobs of the run, read lazily so a stream is never held whole.
fn jobs(paths: Vec<PathBuf>, mode: InputArg, lossy: bool) -> Box<dyn Iterator<Item = Job> + Send> {
    let expanded = input::expand(&paths);
    match mode {
        InputArg::Text => Box::new(expanded.into_iter().map(|item| match item {
            Ok(input) => Job::Read(input),
            Err(error) => Job::Ready(Err(error)),
        })),
        InputArg::Jsonl => Box::new(expanded.into_iter().flat_map(move |item| {
            let stream: Box<dyn Iterator<Item = Job> + Send> = match item.and_then(open) {
                Ok((reader, label)) => {
                    Box::new(input::records(reader, label, lossy).map(Job::Ready))
                }
                Err(error) => Box::new(std::iter::once(Job::Ready(Err(error)))),
            };
            stream
        })),
    }
}

fn open(input: Input) -> claims::Result<(Box<dyn io::BufRead + Send>, String)> {
    let label = input.label();
    let reader: Box<dyn io::BufRead + Send> = match &input {
        Input::Stdin => Box::new(BufReader::new(io::stdin())),
        Input::File(path) => Box::new(BufReader::new(std::fs::File::open(path).map_err(
            |source| Error::Io {
                path: label.clone(),
                source,
            },
        )?)),
    };
    Ok((reader, label))
}

/// The bytes of the plain-text inputs, for the progress line's ETA.
fn total_bytes(paths: &[PathBuf], mode: InputArg) -> Option<u64> {
    if mode == InputArg::Jsonl || paths.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    let sizes = input::expand(paths).into_iter().map(|item| match item {
        Ok(Input::File(path)) => std::fs::metadata(path).map_or(0, |m| m.len()),
        _ => 0,
    });
    Some(sizes.sum())
}

/// Runs `analyze`; returns whether every input was read and analysed.
pub fn run(args: AnalyzeArgs) -> io::Result<bool> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths
    };
    let render = Render {
        format: args.format,
        layout: text::Layout {
            color: use_color(args.color) && args.format == FormatArg::Text,
            width: terminal_width(),
        },
        lossy: args.lossy,
    };
    let threads = args
        .jobs
        .map_or_else(claims::batch::default_threads, usize::from);
    let mut progress = Progress::new(args.quiet, None);
    if progress.is_shown() {
        progress = Progress::new(args.quiet, total_bytes(&paths, args.input));
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut written = 0;
    let jobs = jobs(paths, args.input, args.lossy);
    claims::batch::run_ordered(
        jobs,
        threads,
        |job| render.outcome(job),
        |outcome| {
            if let Some(error) = &outcome.error {
                all_ok = false;
                out.flush()?;
                progress.clear();
                eprintln!("claims: {error}");
            }
            if !outcome.data.is_empty() {
                if render.format == FormatArg::Text && written > 0 {
                    writeln!(out)?;
                }
                out.write_all(&outcome.data)?;
                written += 1;
            }
            // JSON Lines go out as each article is done; a report waits for the buffer.
            if render.format == FormatArg::Jsonl {
                out.flush()?;
            }
            progress.advance(outcome.bytes);
            Ok::<(), io::Error>(())
        },
    )?;
    out.flush()?;
    Ok(all_ok)
}
