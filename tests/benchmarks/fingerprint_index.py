#!/usr/bin/env python3
"""A digest of what a cold index of ROOT holds, to show that a speed change left it as it was.

    tests/benchmarks/fingerprint_index.py ROOT [--processes N]

Builds the index from an empty cache and prints three digests: of the article rows (every column
but the rowid, which depends on which worker stored the article), in walk order; of the files'
warnings; and of the hits of a few searches, as (path, record) pairs. Paths are taken relative to
ROOT, so that a copy of a folder gives the same digests.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
from pathlib import Path

QUERIES = ("机关", "機關", "作风建设", "文明单位创建", "干部 服务", "ICP", "四川", "2024")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--processes", type=int)
    args = parser.parse_args()
    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="reader-fingerprint-")
    from reader.extract import index_rows
    from reader.index import Index

    index = Index(Path(os.environ["READER_CACHE_DIR"]) / "index.sqlite3")
    index.sync(args.root, index_rows, processes=args.processes)
    root = os.path.abspath(args.root)
    rows = [
        row._replace(path=os.path.relpath(row.path, root)) for chunk in index.rows(args.root) for row in chunk
    ]
    where = {row.rowid: (row.path, row.line) for row in rows}
    digest = hashlib.blake2b(digest_size=12)
    for row in rows:
        digest.update(repr(row[1:]).encode())
    warnings = [(os.path.relpath(path, root), warning) for path, warning in index.warnings(args.root)]
    print(f"rows      {len(rows):>7,}  {digest.hexdigest()}")
    print(f"warnings  {len(warnings):>7,}  {_digest(warnings)}")
    hits = {q: sorted(where[r] for r in index.search(q).tolist() if r in where) for q in QUERIES}
    print(f"search    {sum(map(len, hits.values())):>7,}  {_digest(sorted(hits.items()))}")


def _digest(value: object) -> str:
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


if __name__ == "__main__":
    main()
