#!/usr/bin/env python3
"""Throughput and memory of `claims analyze` at corpus scale, and on pathological text.

Builds a corpus of SIZE MB from the project's fixture articles (each copy is its own
article), then times, with peak RSS from /usr/bin/time -v:
  - `wc -w` over the same bytes, the floor;
  - `claims analyze --format jsonl` on 1 thread and on every core, over a folder and over
    a JSON Lines stream;
  - the pathological inputs of issue 5: 10 MB of quotation marks, one 10 MB sentence,
    200,000 nested quotes, a 20 MB line without spaces, NUL bytes, cue-dense dashes,
    330,000 statements in one article.

With --instructions it counts instructions instead (valgrind's callgrind), which do not
vary from run to run as wall time does on a shared machine: the cost of N articles of a
JSON Lines stream less that of N/2 (the regexes' one-time compilation cancels out), per
article and per byte, and split by stage.

With --by-density it times one core over a JSON Lines stream's distinct articles in four
quarters by statements per KB: the cost is mostly per statement, so this tells what
throughput a corpus of a given density gets.

Usage: scripts/bench.py [--size MB] [--quick]   (run from anywhere; builds the release binary)
       scripts/bench.py --instructions [STREAM.jsonl] [--articles N]
       scripts/bench.py --by-density STREAM.jsonl
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "claims"
PROFILING_BIN = ROOT / "target" / "profiling" / "claims"
WORK = ROOT / "target" / "bench"
MB = 1_000_000


def build():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)


def corpus(size_mb):
    """A folder of fixture copies adding up to size_mb, and the same articles as JSON Lines."""
    folder = WORK / f"corpus-{size_mb}mb"
    stream = WORK / f"corpus-{size_mb}mb.jsonl"
    if folder.is_dir() and stream.is_file():
        return folder, stream
    articles = [(p.name, p.read_text()) for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    with open(stream, "w") as out:
        while total < size_mb * MB:
            name, text = articles[n % len(articles)]
            sub = folder / f"{n // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{n:07d}-{name}").write_text(text)
            out.write(json.dumps({"id": f"{n}-{name}", "text": text}) + "\n")
            total += len(text.encode())
            n += 1
    return folder, stream


def pathological():
    folder = WORK / "pathological"
    folder.mkdir(parents=True, exist_ok=True)
    words = ["the", "council", "said", "officials", "budget", "will", "rise", "that", "may"]
    sentence = " ".join(words[(i * 7) % len(words)] for i in range(10 * MB // 6))[: 10 * MB]
    cases = {
        "quotes-10mb.txt": '"' * (10 * MB),
        "one-sentence-10mb.txt": sentence,
        "nested-200k.txt": "“‘" * 100_000 + "x" + "’”" * 100_000,
        "no-spaces-20mb.txt": "a" * (20 * MB),
        "cue-dense-dashes-12mb.txt": "— said “" * MB,
        "statements-330k.txt": "".join(f"Kim said plan {i} was dead.\n\n" for i in range(330_000)),
    }
    for name, text in cases.items():
        path = folder / name
        if not path.exists():
            path.write_text(text)
    nul = folder / "nul-bytes-1mb.txt"
    if not nul.exists():
        nul.write_bytes(b"Officials said \x00 it was so. " * (MB // 30))
    return sorted(folder.iterdir())


def timed(cmd, stdin=None):
    """Wall seconds and peak RSS (MB) of cmd, its output thrown away."""
    start = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        done = subprocess.run(
            ["/usr/bin/time", "-v", *map(str, cmd)],
            stdin=inp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
    wall = time.perf_counter() - start
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return wall, int(rss.group(1)) / 1000 if rss else float("nan"), done.returncode


def size_of(path):
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*.txt"))


def row(label, nbytes, wall, rss, threads=1):
    rate = nbytes / MB / wall
    print(f"{label:<44} {wall:7.2f} s {rate:8.1f} MB/s {rate / threads:8.1f} MB/s/core {rss:7.1f} MB")
    return rate


# The stages of one article's analysis, by the function that runs each (inclusive cost).
STAGES = [
    ("read the JSON Lines record", "claims::input::RecordLine::parse"),
    ("text: paragraphs, sentences, quotes", "claims::text::Document::parse"),
    ("extract: cue scan and rules", "claims::extract::extract"),
    ("  of which the cue scan", "claims::extract::find_cues"),
    ("  of which speaker phrases", "claims::resolve::mention::before"),
    ("resolve: speakers", "claims::resolve::speakers::resolve_about"),
    ("relate: claim features", "claims::relate::ClaimFeatures::of_pieces"),
    ("relate: propositions", "claims::relate::propositions::group"),
    ("relate: contradictions", "claims::relate::contradictions::find"),
    ("report: JSON Lines", "claims::analyze::Render::write"),
    ("all of the analysis", "claims::analysis::analyze_with"),
]


def callgrind(lines, out):
    """Runs the profiling build over the JSON Lines `lines` under callgrind; total instructions."""
    with open(WORK / "instructions.jsonl", "w") as stream:
        stream.writelines(lines)
    with open(WORK / "instructions.jsonl", "rb") as inp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", PROFILING_BIN,
             "analyze", "--input", "jsonl", "--format", "jsonl", "-j", "1", "-"],
            stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True,
        )
    return int(re.search(r"refs:\s+([\d,]+)", done.stderr).group(1).replace(",", ""))


def inclusive(out):
    """Inclusive instructions of each stage function in a callgrind output file."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True, text=True, check=True,
    ).stdout
    # A function shows once per source file its inlined code came from; its largest entry
    # is its own (the others are parts of it).
    costs = {}
    for line in text.splitlines():
        found = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+\S*?:(claims::[\w:]+)", line)
        if found:
            cost = int(found.group(1).replace(",", ""))
            costs[found.group(2)] = max(cost, costs.get(found.group(2), 0))
    return {name: costs.get(function, 0) for name, function in STAGES}


def instructions(stream, articles):
    for tool in ("valgrind", "callgrind_annotate"):
        if not shutil.which(tool):
            sys.exit(f"bench.py: --instructions needs {tool} (Debian: apt install valgrind)")
    if not Path(stream).is_file():
        sys.exit(f"bench.py: {stream}: no such file")
    subprocess.run(["cargo", "build", "--profile", "profiling", "--quiet"], cwd=ROOT, check=True)
    with open(stream) as inp:
        lines = [line for _, line in zip(range(articles), inp)]
    half = lines[: len(lines) // 2]
    nbytes = sum(len(json.loads(line).get("text", "").encode()) for line in lines[len(half):])
    n = len(lines) - len(half)
    if n == 0 or nbytes == 0:
        sys.exit(f"bench.py: {stream} holds too few articles")
    outs = WORK / "callgrind-half.out", WORK / "callgrind-all.out"
    total = callgrind(lines, outs[1]) - callgrind(half, outs[0])
    print(f"{stream}: {n} articles, {nbytes / MB:.2f} MB counted (the cost of {len(lines)} less {len(half)})")
    print(f"instructions: {total / 1e6:.1f} M, {total / n / 1e3:.0f} K per article, {total / nbytes:.0f} per byte")
    low, high = inclusive(outs[0]), inclusive(outs[1])
    print(f"{'stage':<38} {'instructions':>13} {'share':>7}")
    for name, _ in STAGES:
        cost = high[name] - low[name]
        print(f"{name:<38} {cost / 1e6:11.1f} M {100 * cost / total:6.1f}%")


def by_density(stream, min_mb=5):
    """Throughput on one core by how dense in statements the articles are: the stream's
    distinct articles in four quarters by statements per KB, each repeated (a whole quarter
    between two copies of an article) to at least MIN_MB, timed best of three."""
    lines = []
    seen = set()
    with open(stream, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "") if line.strip() else ""
            if text and text not in seen:
                seen.add(text)
                lines.append((line, len(text.encode())))
    analysed = subprocess.run(
        [BIN, "analyze", "--input", "jsonl", "--format", "jsonl", "--quiet"],
        input="".join(line for line, _ in lines), capture_output=True, text=True,
    ).stdout.splitlines()
    rows = sorted(
        (len(json.loads(out).get("statements", [])) * 1000 / size, line, size)
        for out, (line, size) in zip(analysed, lines)
    )
    quarter = len(rows) // 4
    if quarter == 0:
        sys.exit(f"{stream} has {len(rows)} distinct articles; four quarters need four at least")
    print(f"{len(rows)} distinct articles of {stream}, one core")
    print(f"{'statements per KB':<20} {'MB/s':>8} {'time per statement':>20}")
    fit = []
    for k in range(4):
        part = rows[k * quarter:(k + 1) * quarter] if k < 3 else rows[3 * quarter:]
        size = sum(r[2] for r in part)
        statements = sum(r[0] * r[2] / 1000 for r in part)
        copies = max(1, int(min_mb * MB / size) + 1)
        path = WORK / f"density-{k}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(copies):
                f.writelines(r[1] for r in part)
        wall = min(
            timed([BIN, "analyze", "--input", "jsonl", "--format", "jsonl", "-j", "1"], stdin=path)[0]
            for _ in range(3)
        )
        rate = size * copies / MB / wall
        each = wall / (statements * copies) * 1e6 if statements else float("nan")
        print(f"{part[0][0]:6.2f} - {part[-1][0]:<8.2f}   {rate:8.1f} {each:17.1f} us")
        fit.append((statements / size * 1000, 1000 / rate))
    # Milliseconds per MB as a line in statements per KB: what a byte costs, and a statement.
    n = len(fit)
    mean_x, mean_y = sum(x for x, _ in fit) / n, sum(y for _, y in fit) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in fit) / sum((x - mean_x) ** 2 for x, _ in fit)
    floor = mean_y - slope * mean_x
    print(f"fit: {1000 / floor:.0f} MB/s for text with no statement, {slope:.1f} us more per statement;")
    print(f"     a corpus of D statements per KB runs at about 1000 / ({floor:.1f} + {slope:.1f} D) MB/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100, help="corpus size in MB")
    parser.add_argument("--quick", action="store_true", help="skip the pathological inputs")
    parser.add_argument("--corpus-only", action="store_true", help="build the corpus, time nothing")
    parser.add_argument("--instructions", nargs="?", const="", metavar="STREAM",
                        help="count instructions per stage over a JSON Lines stream (default: the fixtures)")
    parser.add_argument("--articles", type=int, default=800, help="articles --instructions runs (it counts the second half)")
    parser.add_argument("--by-density", metavar="STREAM",
                        help="one-core throughput over a JSON Lines stream's articles, by statements per KB")
    args = parser.parse_args()
    if args.by_density:
        build()
        WORK.mkdir(parents=True, exist_ok=True)
        by_density(args.by_density)
        return
    if args.instructions is not None:
        WORK.mkdir(parents=True, exist_ok=True)
        instructions(args.instructions or corpus(1)[1], args.articles)
        return
    if args.corpus_only:
        print("corpus:", *corpus(args.size))
        return
    build()
    cores = os.cpu_count() or 1
    folder, stream = corpus(args.size)
    nbytes = size_of(folder)
    print(f"corpus: {nbytes / MB:.1f} MB in {folder.relative_to(ROOT)}, {cores} cores")
    print(f"{'run':<44} {'wall':>9} {'throughput':>13} {'per core':>18} {'peak RSS':>10}")
    wall, rss, _ = timed(["sh", "-c", f"find {folder} -name '*.txt' -print0 | xargs -0 cat | wc -w"])
    row("wc -w DIR (floor: reading the files)", nbytes, wall, rss)
    wall, rss, _ = timed(["wc", "-w", stream])
    row("wc -w STREAM (floor: one file)", nbytes, wall, rss)
    one = None
    for threads in (1, cores):
        wall, rss, _ = timed([BIN, "analyze", "--format", "jsonl", "-j", threads, folder])
        rate = row(f"claims analyze --format jsonl -j {threads} DIR", nbytes, wall, rss, threads)
        one = one or rate
        if threads > 1:
            print(f"{'':<44} speed-up on {threads} cores: {rate / one:.2f}x")
    for threads in (1, cores):
        wall, rss, _ = timed(
            [BIN, "analyze", "--input", "jsonl", "--format", "jsonl", "-j", threads], stdin=stream
        )
        row(f"claims analyze --input jsonl ... -j {threads} <STREAM", nbytes, wall, rss, threads)
    if args.quick:
        return
    print("\npathological inputs (one thread; compare per-byte cost with the corpus row above)")
    for path in pathological():
        wall, rss, code = timed([BIN, "analyze", "--format", "jsonl", "-j", "1", path])
        rate = row(path.name + (f" (exit {code})" if code else ""), path.stat().st_size, wall, rss)
        print(f"{'':<44} {one / rate:.1f}x the per-byte cost of news text")


if __name__ == "__main__":
    sys.exit(main())
