//! `claims check`: holds each NAME.txt against its NAME.expect.json and its snapshot
//! NAME.claims.json, prints a diff per failing article and a summary line; exit 1 on any
//! mismatch. `--bless` writes the snapshots instead of comparing them.

use anyhow::{Context, Result};
use claims::check::{self, expect::Expectations};
use claims::input::{self, Input};
use clap::Args;
use serde_json::Value;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
#[command(after_help = "Examples:
  claims check fixtures/
  claims check --bless fixtures/        # write or update every NAME.claims.json, then review the diff

For each NAME.txt, NAME.expect.json (expected and forbidden statements and contradictions, see
the README) and NAME.claims.json (a full snapshot, compared without its \"source\") are checked
when present. Exit status: 0 all hold, 1 a mismatch, 2 unreadable input or expectations.")]
pub struct CheckArgs {
    /// Folders (searched recursively for *.txt) or article files.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write NAME.claims.json for every article instead of comparing.
    #[arg(long)]
    bless: bool,
}

enum Verdict {
    Pass(usize),
    Fail(Vec<String>),
    Skip,
    Blessed,
}

fn read_json(path: &Path) -> Result<Option<Value>> {
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
    let value = serde_json::from_str(&text).with_context(|| format!("{}", path.display()))?;
    Ok(Some(value))
}

fn sibling(article: &Path, suffix: &str) -> PathBuf {
    let stem = article.file_stem().unwrap_or_default().to_string_lossy();
    article.with_file_name(format!("{stem}.{suffix}"))
}

fn check_one(article: &Path, bless: bool) -> Result<Verdict> {
    let input = Input::File(article.to_path_buf());
    let read = input::read(&input, false)?;
    let analysis = claims::analyze(&read.text, &read.label);
    let snapshot_path = sibling(article, "claims.json");
    if bless {
        let mut pretty = serde_json::to_string_pretty(&analysis)?;
        pretty.push('\n');
        std::fs::write(&snapshot_path, pretty)
            .with_context(|| format!("{}", snapshot_path.display()))?;
        return Ok(Verdict::Blessed);
    }
    let value = serde_json::to_value(&analysis)?;
    let expect_path = sibling(article, "expect.json");
    let expectations: Option<Expectations> = read_json(&expect_path)?
        .map(serde_json::from_value)
        .transpose()
        .with_context(|| format!("{}: not an expectations file", expect_path.display()))?;
    let snapshot = read_json(&snapshot_path)?;
    if expectations.is_none() && snapshot.is_none() {
        return Ok(Verdict::Skip);
    }
    let mut problems = Vec::new();
    let mut held = 0;
    if let Some(expected) = &expectations {
        let found = check::against_expectations(&value, expected);
        held += expected.statements.len()
            + expected.contradictions.len()
            + expected.forbid_statements.len()
            + expected.forbid_contradictions.len();
        problems.extend(found);
    }
    if let Some(snapshot) = &snapshot {
        let diff = check::against_snapshot(&value, snapshot);
        if !diff.is_empty() {
            problems.push(format!(
                "snapshot {} differs (- snapshot, + now; `claims check --bless` to accept):",
                snapshot_path.display()
            ));
            problems.extend(diff);
        }
        held += 1;
    }
    Ok(if problems.is_empty() {
        Verdict::Pass(held)
    } else {
        Verdict::Fail(problems)
    })
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let (mut passed, mut failed, mut skipped, mut errors, mut blessed) = (0, 0, 0, 0, 0);
    for item in input::expand(&args.paths) {
        let article = match item {
            Ok(Input::File(path)) => path,
            Ok(Input::Stdin) => {
                eprintln!("claims: check reads files, not standard input");
                errors += 1;
                continue;
            }
            Err(error) => {
                eprintln!("claims: {error}");
                errors += 1;
                continue;
            }
        };
        match check_one(&article, args.bless) {
            Ok(Verdict::Pass(n)) => {
                passed += 1;
                writeln!(out, "ok    {} ({n} checks)", article.display())?;
            }
            Ok(Verdict::Fail(problems)) => {
                failed += 1;
                writeln!(out, "FAIL  {}", article.display())?;
                for line in problems {
                    writeln!(out, "      {line}")?;
                }
            }
            Ok(Verdict::Skip) => skipped += 1,
            Ok(Verdict::Blessed) => {
                blessed += 1;
                writeln!(out, "wrote {}", sibling(&article, "claims.json").display())?;
            }
            Err(error) => {
                errors += 1;
                eprintln!("claims: {error:#}");
            }
        }
    }
    if args.bless {
        writeln!(out, "{blessed} snapshots written, {errors} errors")?;
    } else {
        writeln!(
            out,
            "{} articles checked: {passed} passed, {failed} failed, {skipped} without expectations, {errors} errors",
            passed + failed
        )?;
    }
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
