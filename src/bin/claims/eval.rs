//! `claims eval`: scores the analysis against every NAME.gold.json beside its NAME.txt.
//! Exit status 1 when a floor (`--min-f1`, `--min-speaker`, ...) is not met.

use crate::panic_message;
use crate::reading::ReadingArgs;
use anyhow::{Context, Result};
use claims::eval::{Counts, Gold, score};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
pub enum EvalFormat {
    Text,
    Json,
}

#[derive(Args)]
#[command(
    after_help = "Examples:\n  claims eval fixtures/gold\n  claims eval --errors --min-f1 0.8 corpus/dev\n  claims eval --format json corpus/dev | jq .total"
)]
pub struct EvalArgs {
    /// Folders holding NAME.txt and NAME.gold.json pairs (searched recursively).
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    format: EvalFormat,
    /// List every missed, spurious and wrongly attributed statement.
    #[arg(long)]
    errors: bool,
    /// Exit 1 when statement F1 is below this.
    #[arg(long)]
    min_f1: Option<f64>,
    /// Exit 1 when token F1 is below this.
    #[arg(long)]
    min_token_f1: Option<f64>,
    /// Exit 1 when speaker accuracy is below this.
    #[arg(long)]
    min_speaker: Option<f64>,
    /// Exit 1 when contradiction recall is below this.
    #[arg(long)]
    min_contradiction_recall: Option<f64>,
    #[command(flatten)]
    reading: ReadingArgs,
}

fn gold_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("{}: cannot read folder", dir.display()))?
    {
        let path = entry?.path();
        if path.is_dir() {
            gold_files(&path, out)?;
        } else if path.to_string_lossy().ends_with(".gold.json") {
            out.push(path);
        }
    }
    Ok(())
}

fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| "   - ".to_string(), |v| format!("{v:5.3}"))
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let mut files = Vec::new();
    for dir in &args.dirs {
        gold_files(dir, &mut files)?;
    }
    files.sort();
    anyhow::ensure!(
        !files.is_empty(),
        "no *.gold.json files under {:?}",
        args.dirs
    );
    let mut total = Counts::default();
    let mut rows = Vec::new();
    let mut all_misses = Vec::new();
    for path in &files {
        let gold = Gold::load(path)?;
        let article = path.with_file_name(&gold.article);
        let text = std::fs::read_to_string(&article)
            .with_context(|| format!("{}: cannot read the article", article.display()))?;
        let label = article.display().to_string();
        // A panic is an error naming the article (exit 2), as in `analyze`.
        let analysis = catch_unwind(AssertUnwindSafe(|| {
            claims::analyze_with(&text, &label, args.reading.options())
        }))
        .map_err(|panic| anyhow::anyhow!("{label}: {}", panic_message(&panic)))?;
        let (counts, misses) = score(&gold, &analysis, text.len());
        total += &counts;
        all_misses.push((article.display().to_string(), misses));
        rows.push((article.display().to_string(), counts));
    }
    let scores = total.scores();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        EvalFormat::Json => {
            let articles: Vec<_> = rows
                .iter()
                .map(|(name, c)| serde_json::json!({"article": name, "counts": c, "scores": c.scores()}))
                .collect();
            let errors: Vec<_> = if args.errors {
                all_misses
                    .iter()
                    .map(|(name, m)| serde_json::json!({"article": name, "errors": m}))
                    .collect()
            } else {
                Vec::new()
            };
            let doc = serde_json::json!({"articles": articles, "total": {"counts": total, "scores": scores}, "errors": errors});
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        EvalFormat::Text => {
            writeln!(
                out,
                "{:44} {:>4} {:>4} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}",
                "article",
                "gold",
                "pred",
                "P",
                "R",
                "F1",
                "tokF1",
                "spkr",
                "kind",
                "mode",
                "rec",
                "cR",
                "cP"
            )?;
            for (name, c) in rows
                .iter()
                .chain(std::iter::once(&("TOTAL".to_string(), total.clone())))
            {
                let s = c.scores();
                let short: String = name
                    .chars()
                    .rev()
                    .take(44)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                writeln!(
                    out,
                    "{short:44} {:>4} {:>4} {:5.3} {:5.3} {:5.3} {:5.3} {} {} {} {} {} {}",
                    c.gold,
                    c.predicted,
                    s.precision,
                    s.recall,
                    s.f1,
                    s.token_f1,
                    cell(s.speaker),
                    cell(s.kind),
                    cell(s.mode),
                    cell(s.on_record),
                    cell(s.contradiction_recall),
                    cell(s.contradiction_precision)
                )?;
            }
            if args.errors {
                for (name, misses) in &all_misses {
                    for m in misses {
                        writeln!(
                            out,
                            "{name}\t{}\t{}\t{}",
                            m.what,
                            m.text.replace('\n', " "),
                            m.detail
                        )?;
                    }
                }
            }
            writeln!(
                out,
                "statements F1={:.3} tokF1={:.3} speaker={} kind={} contra_recall={} contra_precision={}",
                scores.f1,
                scores.token_f1,
                cell(scores.speaker).trim(),
                cell(scores.kind).trim(),
                cell(scores.contradiction_recall).trim(),
                cell(scores.contradiction_precision).trim()
            )?;
        }
    }
    let below =
        |floor: Option<f64>, value: Option<f64>| floor.is_some_and(|f| value.unwrap_or(0.0) < f);
    let failed = [
        ("statement F1", args.min_f1, Some(scores.f1)),
        ("token F1", args.min_token_f1, Some(scores.token_f1)),
        ("speaker accuracy", args.min_speaker, scores.speaker),
        (
            "contradiction recall",
            args.min_contradiction_recall,
            scores.contradiction_recall,
        ),
    ]
    .into_iter()
    .filter(|(_, floor, value)| below(*floor, *value))
    .map(|(name, floor, value)| {
        format!(
            "{name} {:.3} is below the floor {:.3}",
            value.unwrap_or(0.0),
            floor.unwrap_or(0.0)
        )
    })
    .collect::<Vec<_>>();
    for message in &failed {
        eprintln!("claims eval: {message}");
    }
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
