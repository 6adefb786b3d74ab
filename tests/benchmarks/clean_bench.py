"""Cleaner throughput on a generated corpus, beside OpenCC's own t2s rate on the same text.

    .venv/bin/python tests/benchmarks/clean_bench.py [--copies 1000] [--repeat 5] [--min-rate 5]

The corpus is the seed pages repeated `--copies` times. Both rates are MB/s of UTF-8 input,
page by page, on one core: the process is pinned to one CPU where the OS allows, and time is
the process's CPU time, so other work on a shared machine does not count against it. Each
figure is the median of `--repeat` passes, after one warm-up page of each seed (converters
and lazily loaded dictionaries). Exits 1 when the cleaner's median is below `--min-rate`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import opencc

from reader.clean import clean

ROOT = Path(__file__).parents[2]


def corpus(copies: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))]
    return seeds * copies


def rate(work: Callable[[str], object], pages: Sequence[str], size: int, repeat: int) -> list[float]:
    """MB/s of each of `repeat` passes of `work` over `pages`."""
    rates = []
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            work(page)
        rates.append(size / (time.process_time() - start) / 1e6)
    return rates


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=1000, help="copies of each seed page (default 1000)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes over the corpus (default 5)")
    ap.add_argument(
        "--min-rate", type=float, default=5.0, help="fail below this cleaner rate, MB/s (default 5)"
    )
    opts = ap.parse_args(argv)

    where = pin_to_one_core()
    pages = corpus(opts.copies)
    size = sum(len(p.encode("utf-8")) for p in pages)
    t2s = opencc.OpenCC("t2s.json")
    for page in pages[: len(pages) // opts.copies]:  # warm-up: one of each seed
        clean(page)
        t2s.convert(page)

    cleaner = rate(clean, pages, size, opts.repeat)
    converter = rate(t2s.convert, pages, size, opts.repeat)
    ours, theirs = statistics.median(cleaner), statistics.median(converter)
    print(f"corpus: {len(pages):,} pages, {size / 1e6:.1f} MB (seeds ×{opts.copies}); {where}")
    print(f"clean      median {ours:7.2f} MB/s  runs {', '.join(f'{r:.2f}' for r in cleaner)}")
    print(f"OpenCC t2s median {theirs:7.2f} MB/s  runs {', '.join(f'{r:.2f}' for r in converter)}")
    print(f"ratio clean / t2s: {ours / theirs:.3f}")
    if ours < opts.min_rate:
        print(f"FAIL: clean is below {opts.min_rate} MB/s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
