#!/usr/bin/env bash
# Runs the scale-out recipes of the README over a JSON Lines corpus and shows that each
# output is byte for byte a plain run's: GNU parallel over 8 MB blocks, and PySpark's
# RDD.pipe (examples/spark_pipe.py) in local mode. Needs GNU parallel and pyspark (with
# Java); a recipe whose tool is missing says it skipped.
#   scripts/scale_out.sh [corpus.jsonl]   (default: a 20 MB corpus built by scripts/bench.py)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/claims
corpus=${1:-}
if [ -z "$corpus" ]; then
  python3 scripts/bench.py --size 20 --corpus-only
  corpus=target/bench/corpus-20mb.jsonl
fi
out=target/scale-out
mkdir -p "$out"
echo "corpus: $corpus ($(wc -l < "$corpus") records, $(du -h "$corpus" | cut -f1))"

t() { local start=$SECONDS; "$@"; echo "  $((SECONDS - start)) s"; }

echo "== plain run"
t sh -c "$bin analyze --input jsonl --format jsonl --quiet < '$corpus' > $out/plain.jsonl"

if command -v parallel >/dev/null; then
  echo "== GNU parallel, 8 MB blocks, one claims per block"
  t sh -c "parallel --pipepart -a '$corpus' --block 8M --keep-order \
      $bin analyze --input jsonl --format jsonl -j 1 --quiet > $out/parallel.jsonl"
  cmp "$out/plain.jsonl" "$out/parallel.jsonl" && echo "  same bytes as the plain run"
else
  echo "skipped: GNU parallel is not installed"
fi

if python3 -c "import pyspark" 2>/dev/null; then
  echo "== PySpark RDD.pipe, local[2], 8 partitions"
  t python3 examples/spark_pipe.py "$corpus" "$out/spark.jsonl" --claims "$bin" --partitions 8
  cmp "$out/plain.jsonl" "$out/spark.jsonl" && echo "  same bytes as the plain run"
else
  echo "skipped: pyspark is not installed (pip install pyspark)"
fi
