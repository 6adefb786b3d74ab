#!/usr/bin/env python3
"""`reader batch` beside `reader index`: the same articles cleaned on Dask, and opened again.

    tests/benchmarks/batch_bench.py [--articles N] [--partition-size P] [--repeat R] [--json] [--keep DIR]

Makes N articles with `make_corpus.py` (20,000 by default) in a temporary folder, then runs, each as
the command a user types, in a process of its own with an empty index cache:
- `reader index FILES`: the cold index of the articles as files (cleaned in the index's process pool);
- `reader batch FILES OUT --workers 1`, then `--workers 2`: a LocalCluster cleaning them into Parquet;
- `reader index OUT`: the cold index of the batch output, built from its columns (nothing cleaned).

Every figure is articles per second of wall time, the median of R runs (each batch run into a fresh
OUT, cluster start included), with the CPU time per article of the command and all its processes
(the index's pool, the Dask workers): on a shared machine the CPU figures are the steadier.
Needs the batch extra: pip install -e '.[batch]'.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def say(message: str) -> None:
    print(f"batch_bench: {message}", file=sys.stderr, flush=True)


def timed(env: dict[str, str], *args: str) -> tuple[float, float, int]:
    """Run `reader ARGS`; its wall time, the CPU time of it and all its processes (pool and Dask
    workers included), and the article count it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=7200,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        raise SystemExit(f"batch_bench: reader {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    found = re.match(r"([\d,]+) articles", proc.stdout.strip().splitlines()[-1])
    return seconds, cpu, int(found.group(1).replace(",", "")) if found else 0


def bench(articles: int, partition_size: int | None, repeat: int, work: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from make_corpus import make

    files = work / "corpus"
    start = time.perf_counter()
    stats = make(articles, files)
    say(
        f"corpus: {stats['articles']:,} articles, {stats['files']:,} files, "
        f"{stats['text_bytes'] / 1e6:,.0f} MB in {time.perf_counter() - start:.1f} s"
    )
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    keys = ("index_files", "batch_1", "batch_2", "index_batch")
    runs: dict[str, list[float]] = {key: [] for key in keys}
    cpu: dict[str, list[float]] = {key: [] for key in keys}

    def rate(key: str, seconds: float, cpu_seconds: float, count: int) -> None:
        if count != stats["articles"]:
            raise SystemExit(f"batch_bench: {key} gave {count:,} articles, not {stats['articles']:,}")
        runs[key].append(count / seconds)
        cpu[key].append(cpu_seconds * 1000 / count)
        say(
            f"{key}: {count:,} articles in {seconds:.1f} s, {count / seconds:,.0f}/s, "
            f"{cpu_seconds * 1000 / count:.2f} ms CPU each"
        )

    for r in range(repeat):
        cache = {"READER_CACHE_DIR": str(work / f"cache-files-{r}")}
        rate("index_files", *timed(env | cache, "index", str(files)))
        for n in (1, 2):
            out = work / f"out-{n}-{r}"
            size = ["--partition-size", str(partition_size)] if partition_size else []
            rate(f"batch_{n}", *timed(env, "batch", str(files), str(out), "--workers", str(n), *size))
        cache = {"READER_CACHE_DIR": str(work / f"cache-out-{r}")}
        rate("index_batch", *timed(env | cache, "index", str(work / f"out-2-{r}")))
        for name in (f"out-1-{r}", f"cache-files-{r}", f"cache-out-{r}"):
            shutil.rmtree(work / name, ignore_errors=True)
    figures = {key: round(statistics.median(values)) for key, values in runs.items()}
    figures |= {f"{key}_cpu_ms": round(statistics.median(values), 2) for key, values in cpu.items()}
    parts = len(list((work / f"out-2-{repeat - 1}").glob("part-*.parquet")))
    return {
        "articles": stats["articles"],
        "files": stats["files"],
        "partitions": parts,
        "load_average": round(os.getloadavg()[1], 1),
        "partition_size": round(articles / parts),
        "cores": len(os.sched_getaffinity(0)),
        **figures,
        "batch_2_over_1": round(figures["batch_2"] / figures["batch_1"], 2),
        "index_batch_over_files": round(figures["index_batch"] / figures["index_files"], 2),
        "index_batch_over_files_cpu": round(figures["index_files_cpu_ms"] / figures["index_batch_cpu_ms"], 2),
    }


def print_table(f: dict, wall: float) -> None:
    print(
        f"reader batch benchmark: {f['articles']:,} articles in {f['files']:,} files, {f['cores']} cores, "
        f"{f['partitions']} partitions of about {f['partition_size']:,}, wall time {wall:.0f} s, "
        f"load average {f['load_average']} at the end (5 min)"
    )
    rows = [
        ("reader index, the files (cold)", "index_files", ""),
        ("reader batch, LocalCluster of 1 worker", "batch_1", ""),
        ("reader batch, LocalCluster of 2 workers", "batch_2", f"×{f['batch_2_over_1']} of 1 worker"),
        (
            "reader index, the batch output (cold)",
            "index_batch",
            f"×{f['index_batch_over_files']} of the files, ×{f['index_batch_over_files_cpu']} in CPU "
            "(target ×10)",
        ),
    ]
    print(f"{'figure':<44} {'articles/s':>10} {'CPU ms each':>11}")
    for name, key, note in rows:
        print(f"{name:<44} {f[key]:>10,} {f[key + '_cpu_ms']:>11.2f}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--partition-size", type=int, help="articles per partition (default: reader batch's)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="end with one JSON object of the figures")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = parser.parse_args()
    start = time.perf_counter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="reader-batch-bench-"))
    try:
        figures = bench(args.articles, args.partition_size, args.repeat, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(figures, time.perf_counter() - start)
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
