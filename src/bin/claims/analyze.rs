//! `claims analyze`: reads articles (files, folders, standard input or JSON Lines streams),
//! analyses them on worker threads and writes the reports in input order.

use crate::panic_message;
use crate::progress::Progress;
use crate::reading::ReadingArgs;
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

/// Findings that make `analyze` exit 1 (the report is still written).
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// An on-the-record statement is contradicted.
    Contradictions,
    /// Any statement rests on an anonymous source.
    Anonymous,
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

  claims analyze --fail-on contradictions --max-anonymous-share 0.5 fixtures/

Exit status: 0 the run worked; 1 a --fail-on or --max-anonymous-share finding (the report is
still written); 2 usage or input errors (the other inputs still get their results).")]
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
    /// Exit 1 when an article has these findings (repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',')]
    fail_on: Vec<FailOn>,
    /// Exit 1 when more than this share (0 to 1) of an article's statements are anonymous.
    #[arg(long, value_name = "SHARE", value_parser = share)]
    max_anonymous_share: Option<f64>,
    #[command(flatten)]
    reading: ReadingArgs,
}

fn share(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("{text} is not a share between 0 and 1")),
    }
}

/// How a run ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ending {
    Clean,
    /// A `--fail-on` or `--max-anonymous-share` finding.
    Findings,
    /// An input could not be read or analysed.
    InputErrors,
}

/// An article to analyse: read by the worker, or already read from a stream.
enum Job {
    Read(Input),
    /// A JSON Lines record, parsed by the worker that analyses it.
    Line(input::RecordLine),
    Ready(claims::Result<Article>),
}

/// One article's part of the output.
struct Outcome {
    data: Vec<u8>,
    error: Option<String>,
    findings: Vec<String>,
    bytes: usize,
}

struct Render {
    format: FormatArg,
    layout: text::Layout,
    lossy: bool,
    fail_on: Vec<FailOn>,
    max_anonymous_share: Option<f64>,
    options: claims::Options,
}

impl Render {
    fn outcome(&self, job: Job) -> Outcome {
        let article = match job {
            Job::Read(input) => input::read(&input, self.lossy),
            Job::Line(line) => line.parse(self.lossy),
            Job::Ready(article) => article,
        };
        let bytes = article.as_ref().map_or(0, |a| a.text.len());
        // The JSON of an article runs to about twice its text: no regrowing on the way.
        let mut data = Vec::with_capacity(2 * bytes + 1024);
        let mut findings = Vec::new();
        let analysed = article.and_then(|article| {
            let analysis = catch_unwind(AssertUnwindSafe(|| {
                let mut analysis =
                    claims::analyze_with(&article.text, &article.label, self.options);
                analysis.warnings.extend(article.warning.clone());
                analysis
            }))
            .map_err(|panic| Error::Internal {
                path: article.label.clone(),
                message: panic_message(&panic),
            })?;
            self.write(&mut data, &analysis).expect("writing to memory");
            findings = self.findings(&analysis);
            Ok(())
        });
        let error = match analysed {
            Ok(()) => None,
            Err(error) => {
                if self.format == FormatArg::Jsonl {
                    json::write_error_line(&mut data, &error.path(), &error)
                        .expect("writing to memory");
                }
                Some(error.to_string())
            }
        };
        Outcome {
            data,
            error,
            findings,
            bytes,
        }
    }

    /// What `--fail-on` and `--max-anonymous-share` find in one analysis.
    fn findings(&self, analysis: &Analysis) -> Vec<String> {
        let mut found = Vec::new();
        let source = &analysis.source;
        let contradictions = analysis.contradictions.len();
        if self.fail_on.contains(&FailOn::Contradictions) && contradictions > 0 {
            found.push(format!(
                "{source}: {} of the record",
                plural(contradictions, "contradiction")
            ));
        }
        let anonymous = analysis.stats.anonymous;
        if self.fail_on.contains(&FailOn::Anonymous) && anonymous > 0 {
            found.push(format!(
                "{source}: {} from anonymous sources",
                plural(anonymous, "statement")
            ));
        }
        let statements = analysis.stats.statements;
        if let Some(max) = self.max_anonymous_share.filter(|_| statements > 0) {
            let share = anonymous as f64 / statements as f64;
            if share > max {
                found.push(format!(
                    "{source}: {anonymous} of {statements} statements anonymous ({:.0}% > {:.0}%)",
                    share * 100.0,
                    max * 100.0
                ));
            }
        }
        found
    }

    fn write(&self, out: &mut Vec<u8>, analysis: &Analysis) -> io::Result<()> {
        match self.format {
            FormatArg::Json => json::write_pretty(out, analysis),
            FormatArg::Jsonl => json::write_line(out, analysis),
            FormatArg::Text => text::write(out, analysis, self.layout),
        }
    }
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
fn jobs(paths: Vec<PathBuf>, mode: InputArg) -> Box<dyn Iterator<Item = Job> + Send> {
    let expanded = input::expand(&paths);
    match mode {
        InputArg::Text => Box::new(expanded.into_iter().map(|item| match item {
            Ok(input) => Job::Read(input),
            Err(error) => Job::Ready(Err(error)),
        })),
        InputArg::Jsonl => Box::new(expanded.into_iter().flat_map(move |item| {
            let stream: Box<dyn Iterator<Item = Job> + Send> = match item.and_then(open) {
                Ok((reader, label)) => {
                    Box::new(input::record_lines(reader, label).map(|line| match line {
                        Ok(line) => Job::Line(line),
                        Err(error) => Job::Ready(Err(error)),
                    }))
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

/// Runs `analyze`.
pub fn run(args: AnalyzeArgs) -> io::Result<Ending> {
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
        options: args.reading.options(),
        fail_on: args.fail_on,
        max_anonymous_share: args.max_anonymous_share,
    };
    let threads = args
        .jobs
        .map_or_else(claims::batch::default_threads, usize::from);
    let mut progress = Progress::new(args.quiet, || total_bytes(&paths, args.input));
    let stdout = io::stdout();
    // Both the sink and the flush at each catch-up write to it.
    let out = std::cell::RefCell::new(io::BufWriter::new(stdout.lock()));
    let mut all_ok = true;
    let mut findings = false;
    let mut written = 0;
    let jobs = jobs(paths, args.input);
    claims::batch::run_ordered(
        jobs,
        threads,
        |job| render.outcome(job),
        |outcome| {
            let mut out = out.borrow_mut();
            if let Some(error) = &outcome.error {
                all_ok = false;
                out.flush()?;
                progress.clear();
                eprintln!("claims: {error}");
            }
            for finding in &outcome.findings {
                findings = true;
                progress.clear();
                eprintln!("claims: {finding}");
            }
            if !outcome.data.is_empty() {
                if render.format == FormatArg::Text && written > 0 {
                    writeln!(out)?;
                }
                out.write_all(&outcome.data)?;
                written += 1;
            }
            progress.advance(outcome.bytes);
            Ok::<(), io::Error>(())
        },
        // JSON Lines go out as soon as they are ready; a report waits for the buffer.
        || match render.format {
            FormatArg::Jsonl => out.borrow_mut().flush(),
            _ => Ok(()),
        },
    )?;
    out.borrow_mut().flush()?;
    Ok(if !all_ok {
        Ending::InputErrors
    } else if findings {
        Ending::Findings
    } else {
        Ending::Clean
    })
}

fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}
