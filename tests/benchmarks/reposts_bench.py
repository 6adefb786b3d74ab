#!/usr/bin/env python3
"""How well reposts are grouped: precision and recall over pairs of articles, on a corpus with known
reposts (`reposts_corpus.py`), indexed as `reader` indexes (the signatures made in the pool's workers,
the groups in the index).

    tests/benchmarks/reposts_bench.py [--stories N] [--seed S] [--json]

A pair of articles is found when both are in one group, and right when they are one story.
Precision: right pairs among those found (the distinct stories on one topic must stay apart);
recall: found pairs among the pairs of one story (a third of the reposts in the other script).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def found_groups(root: Path, cache: Path) -> dict[str, str | None]:
    """Article id → group key, as `reader` finds them under `root`, indexing into `cache`."""
    from reader.index import Index
    from reader.library import Library

    library = Library.load(root, index=Index(cache / "index.sqlite3"))
    return {e.id: library.group(e) for e in library.entries}


def score(truth: dict[str, str], groups: dict[str, str | None]) -> dict[str, float | int]:
    """Pairwise precision and recall of `groups` (id → group key) against `truth` (id → story)."""
    ids = sorted(truth)
    true_pairs = {(a, b) for a, b in itertools.combinations(ids, 2) if truth[a] == truth[b]}
    found_pairs = {
        (a, b) for a, b in itertools.combinations(ids, 2) if groups.get(a) and groups.get(a) == groups.get(b)
    }
    right = len(true_pairs & found_pairs)
    return {
        "articles": len(ids),
        "stories": len(set(truth.values())),
        "true_pairs": len(true_pairs),
        "found_pairs": len(found_pairs),
        "precision": right / len(found_pairs) if found_pairs else 1.0,
        "recall": right / len(true_pairs) if true_pairs else 1.0,
    }


def run(stories: int, seed: int, work: Path) -> dict:
    from reposts_corpus import make

    corpus = work / "corpus"
    truth = make(corpus, stories, seed)
    start = time.perf_counter()
    groups = found_groups(corpus, work / "cache")
    seconds = time.perf_counter() - start
    return score(truth, groups) | {"index_s": round(seconds, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=600, help="generated stories (besides the real pages)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reposts-bench-") as work:
        os.environ["READER_CACHE_DIR"] = str(Path(work) / "cache")
        figures = run(args.stories, args.seed, Path(work))
    if args.json:
        print(json.dumps(figures))
        return
    print(
        f"{figures['articles']:,} articles of {figures['stories']:,} stories, "
        f"indexed in {figures['index_s']} s"
    )
    print(f"pairs of one story {figures['true_pairs']:,}, pairs grouped {figures['found_pairs']:,}")
    for name in ("precision", "recall"):
        mark = "ok" if figures[name] >= 0.95 else "BELOW 0.95"
        print(f"{name:10} {figures[name]:.4f}  (≥ 0.95: {mark})")


if __name__ == "__main__":
    main()
