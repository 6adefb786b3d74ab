#!/usr/bin/env python3
"""Cleaning plus regions per article, for two or more versions of the reader side by side.

    tests/benchmarks/trees_bench.py PAGES REF TREE [TREE ...] [--rounds 10] [--glob '[A-H]*.txt']

REF and each TREE are a checkout or an export of the project (`git archive REV | tar -x -C DIR`).
Each round runs every tree once, in its own process pinned to one CPU where the OS allows, in turn
(the order reversed every other round): the process cleans the seed pages first (lazy tables,
converters), then times `detect_region(clean(text))` over every page of PAGES matching the glob, each
seen once, as CPU time. Prints each tree's median ms per article and the median of its per-round
ratios to REF: on a shared machine, only rounds taken side by side compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in the child, with the tree first on sys.path: prints ms of CPU per article.
_CHILD = """
import sys, time
from pathlib import Path
tree, pages, pattern, seeds = sys.argv[1:5]
sys.path.insert(0, tree)
from reader.clean import clean
from reader.regions import detect_region
import reader
assert Path(reader.__file__).resolve().is_relative_to(Path(tree).resolve()), reader.__file__
texts = [p.read_text("utf-8") for p in sorted(Path(pages).glob(pattern))]
for p in sorted(Path(seeds).glob("*.txt")):
    detect_region(clean(p.read_text("utf-8")))
start = time.process_time()
for text in texts:
    detect_region(clean(text))
print((time.process_time() - start) / max(len(texts), 1) * 1000)
"""


def run(tree: Path, pages: Path, pattern: str) -> float:
    """One tree's ms of CPU per article, in a fresh process pinned to one CPU."""
    pin = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] if hasattr(os, "sched_getaffinity") else []
    out = subprocess.run(
        [*pin, sys.executable, "-c", _CHILD, str(tree), str(pages), pattern, str(ROOT / "articles")],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", type=Path)
    ap.add_argument("trees", type=Path, nargs="+", help="the reference first, then the trees to compare")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--glob", default="*.txt", help="which files of PAGES (default *.txt)")
    opts = ap.parse_args(argv)
    if len(opts.trees) < 2:
        ap.error("give a reference tree and at least one tree to compare")
    times: dict[Path, list[float]] = {tree: [] for tree in opts.trees}
    for n in range(opts.rounds):
        for tree in opts.trees if n % 2 == 0 else opts.trees[::-1]:
            times[tree].append(run(tree, opts.pages, opts.glob))
    ref = times[opts.trees[0]]
    for tree, ms in times.items():
        ratios = [b / a for a, b in zip(ref, ms, strict=True)]
        print(
            f"{tree!s:40s} {statistics.median(ms):7.3f} ms/article"
            f"  ratio {statistics.median(ratios):.3f}  (rounds {min(ratios):.2f}–{max(ratios):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
