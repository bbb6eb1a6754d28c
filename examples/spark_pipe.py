#!/usr/bin/env python3
"""Run `claims` under Spark with RDD.pipe: a corpus of JSON Lines records
({"id": ..., "text": ...}) is split across partitions, each partition is piped through
`claims analyze --input jsonl --format jsonl -j 1`, and the analyses come back as lines.
No new code is needed to go past one machine: on a cluster, ship the binary with
`--files` (or install it on every node) and point --claims at it.

    python3 examples/spark_pipe.py corpus.jsonl out.jsonl [--claims target/release/claims]
        [--partitions 8] [--master local[2]]

The output has one line per record, in the input's order, so it can be compared byte for
byte with a plain run:

    claims analyze --input jsonl --format jsonl < corpus.jsonl | cmp - out.jsonl
"""

import argparse
import os


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="JSON Lines records, one article each")
    parser.add_argument("out", help="where to write the claims/1 JSON Lines")
    parser.add_argument("--claims", default="target/release/claims")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext  # imported here so --help works without Spark

    claims = os.path.abspath(args.claims)
    conf = SparkConf().setMaster(args.master).setAppName("claims").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(os.path.abspath(args.corpus), args.partitions)
        # One claims process per partition. Spark keeps partitions in order and claims keeps
        # lines in order, one out per record in, so the output needs no re-sorting.
        analysed = lines.pipe(
            f"{claims} analyze --input jsonl --format jsonl -j 1 --quiet",
            env={"NO_COLOR": "1"},
            checkCode=False,  # a bad record comes back as an error object, with exit 2
        )
        with open(args.out, "w") as out:
            for line in analysed.toLocalIterator():
                out.write(line + "\n")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
