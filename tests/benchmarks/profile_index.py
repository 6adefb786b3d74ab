#!/usr/bin/env python3
"""Where a cold index spends its CPU: `Index.sync` of a folder under cProfile, from an empty index.

    tests/benchmarks/profile_index.py ROOT [--processes N] [--top K] [--files F]

With `--processes 1` (the default) every article is cleaned in this process, so the profile holds
all the work of the index; with more, it holds the parent's share only (scan, pool, storing rows),
which is what keeps the workers from scaling. `--files F` indexes an even sample of F files. Prints
the top K functions by cumulative CPU time, and by own CPU time, with the run's CPU seconds and load.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--files", type=int, help="an even sample of this many files")
    args = parser.parse_args()
    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="reader-profile-")
    from reader.extract import index_rows
    from reader.index import Index, scan

    index = Index(Path(os.environ["READER_CACHE_DIR"]) / "index.sqlite3")
    files = scan(args.root)
    if args.files:
        files = files[:: max(1, len(files) // args.files)][: args.files]
    profile = cProfile.Profile(time.process_time)  # CPU time: a busy machine's waits are not costs
    cpu, start = time.process_time(), time.perf_counter()
    profile.enable()
    index.add(files, index_rows, processes=args.processes)
    profile.disable()
    cpu, seconds = time.process_time() - cpu, time.perf_counter() - start
    articles = index.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(
        f"{articles:,} articles of {len(files):,} files, {args.processes} process(es): {seconds:.1f} s, "
        f"{cpu:.1f} s CPU in this process ({cpu * 1000 / articles:.2f} ms an article, profiled), "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
        print(f"-- top {args.top} by {order}")
        lines = out.getvalue().splitlines()
        print("\n".join(line for line in lines if line.strip()[:1].isdigit() or "ncalls" in line))


if __name__ == "__main__":
    main()
