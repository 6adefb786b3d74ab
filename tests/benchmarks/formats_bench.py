#!/usr/bin/env python3
"""Loading speed per corpus format: the same N articles as .txt files, HTML files, one WET file, one
WARC file of HTML responses, one Parquet file and one JSON Lines file, read by `reader.corpus`.

Usage, from the project root:
    .venv/bin/python tests/benchmarks/formats_bench.py [--articles 20000] [--rounds 3] [--index] [--json]

Loading is `read_articles` over every file: bytes to `Article`s (decoding, HTML to text), nothing
cleaned. The formats are timed in turn within each round, so a noisy machine slows them alike;
each figure is the median of the rounds. `--index` also times a cold `Library.load` (cleaning,
regions, the SQLite index) of each format in its own fresh cache, once.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import article  # noqa: E402

from reader.corpus import Article, discover, read_articles  # noqa: E402

PER_FOLDER = 1000


def page(text: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f'<html><head><meta charset="utf-8"></head><body><div>{body}</div></body></html>'


def _record(kind: str, uri: str, payload: bytes, ctype: str) -> bytes:
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        "WARC-Date: 2024-04-15T12:34:56Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Target-URI: {uri}",
        f"Content-Type: {ctype}",
        f"Content-Length: {len(payload)}",
    ]
    return gzip.compress(("\r\n".join(head) + "\r\n\r\n").encode() + payload + b"\r\n\r\n", compresslevel=1)


def build(n: int, out: Path) -> dict[str, Path]:
    """The same n articles in every format, under `out`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [article(0, i)[0] for i in range(n)]
    urls = [f"http://news.example.cn/{i // PER_FOLDER}/{i}.html" for i in range(n)]
    dirs = {name: out / name for name in ("txt", "html", "wet", "warc", "parquet", "jsonl")}
    for d in dirs.values():
        d.mkdir(parents=True)
    for i, text in enumerate(texts):
        sub = f"{i // PER_FOLDER:03d}"
        for name, data in (("txt", text.encode()), ("html", page(text).encode())):
            folder = dirs[name] / sub
            folder.mkdir(exist_ok=True)
            (folder / f"{i:06d}.{name}").write_bytes(data)
    with open(dirs["wet"] / "crawl.warc.wet.gz", "wb") as f:
        for url, text in zip(urls, texts, strict=True):
            f.write(_record("conversion", url, text.encode(), "text/plain"))
    with open(dirs["warc"] / "crawl.warc.gz", "wb") as f:
        for url, text in zip(urls, texts, strict=True):
            body = page(text).encode()
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
            f.write(_record("response", url, http, "application/http; msgtype=response"))
    pq.write_table(
        pa.table({"text": texts, "id": [str(i) for i in range(n)], "url": urls}),
        dirs["parquet"] / "crawl.parquet",
        row_group_size=1000,
    )
    with open(dirs["jsonl"] / "crawl.jsonl", "w", encoding="utf-8") as f:
        for i, (url, text) in enumerate(zip(urls, texts, strict=True)):
            f.write(json.dumps({"content": text, "url": url, "id": str(i)}, ensure_ascii=False) + "\n")
    return dirs


def load(folder: Path) -> tuple[int, float]:
    start = time.perf_counter()
    count = sum(isinstance(a, Article) for path in discover(folder) for a in read_articles(path))
    return count, time.perf_counter() - start


def index(folder: Path) -> tuple[int, float]:
    from reader.library import Library

    with tempfile.TemporaryDirectory() as cache:
        os.environ["READER_CACHE_DIR"] = cache
        start = time.perf_counter()
        library = Library.load(folder)
        return len(library.entries), time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--index", action="store_true", help="also time a cold index of each format")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        dirs = build(args.articles, Path(tmp))
        built = time.perf_counter() - start
        times: dict[str, list[float]] = {name: [] for name in dirs}
        for _ in range(args.rounds):
            for name, folder in dirs.items():
                count, seconds = load(folder)
                if count != args.articles:
                    raise SystemExit(f"{name}: loaded {count} of {args.articles}")
                times[name].append(seconds)
        result: dict[str, object] = {
            "articles": args.articles,
            "rounds": args.rounds,
            "build_s": round(built, 1),
        }
        txt = statistics.median(times["txt"])
        for name, ts in times.items():
            median = statistics.median(ts)
            result[f"load_{name}_articles_per_s"] = round(args.articles / median)
            result[f"load_{name}_vs_txt"] = round(txt / median, 2)
        if args.index:
            for name, folder in dirs.items():
                count, seconds = index(folder)
                result[f"index_{name}_articles_per_s"] = round(count / seconds)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
