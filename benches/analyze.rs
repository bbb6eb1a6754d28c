//! `cargo bench`: analysis alone (no I/O, no output) of each fixture article, in bytes per
//! second, and the same articles serialised as JSON Lines; then the stages that read every
//! byte (the text stage, the cue scan, tokenising), to tell where a change lands.
//! scripts/bench.py measures whole runs over a large corpus, with memory and parallelism.

use claims::Span;
use claims::extract::find_cues;
use claims::text::Document;
use claims::text::tokens::tokens;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The binary's allocator, so the figures are the ones a run gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixtures() -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = std::fs::read_dir("fixtures")
        .expect("run from the project root")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    found.sort();
    found
}

fn analysis(c: &mut Criterion) {
    let articles = fixtures();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in &articles {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| claims::analyze(black_box(text), "bench"))
        });
    }
    group.finish();

    let all: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("all fixtures");
    group.throughput(Throughput::Bytes(all as u64));
    group.bench_function("analyze", |b| {
        b.iter(|| {
            for (_, text) in &articles {
                black_box(claims::analyze(text, "bench"));
            }
        })
    });
    group.bench_function("analyze + jsonl", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for (_, text) in &articles {
                claims::report::json::write_line(&mut out, &claims::analyze(text, "bench"))
                    .unwrap();
            }
            black_box(out.len())
        })
    });
    group.finish();
}

/// A named pass over one article's text.
type Pass = (&'static str, fn(&str));

/// The passes over whole articles, each over all the fixtures.
fn stages(c: &mut Criterion) {
    let articles = fixtures();
    let all: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(all as u64));
    let passes: [Pass; 3] = [
        ("text", |text| {
            black_box(Document::parse(text));
        }),
        ("text + cues", |text| {
            black_box(find_cues(&Document::parse(text)));
        }),
        ("tokens", |text| {
            black_box(tokens(text, Span::new(0, text.len())));
        }),
    ];
    for (name, pass) in passes {
        group.bench_function(name, |b| {
            b.iter(|| articles.iter().for_each(|(_, text)| pass(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, analysis, stages);
criterion_main!(benches);
