#!/usr/bin/env python3
"""The real-page evaluation set: gather the hand labels into the repo, or rebuild the page texts.

The page texts are third-party and stay out of the repo; `tests/eval/labels.jsonl` keeps each page's
URL, its labels and the SHA-256 of the text they were made on.

    python scripts/eval_pages.py collect LABELS_DIR PAGES_DIR   # *.jsonl there → tests/eval/labels.jsonl
    python scripts/eval_pages.py fetch [PAGES_DIR]              # download each URL as a text dump

`fetch` needs the network. It writes one block of the page a line (the dump the labels were made on
came from a crawl's text extraction), then reports which pages no longer match their SHA-256: a
live page changes, and a page that differs is skipped by `accuracy_bench.py` rather than misjudged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "eval" / "labels.jsonl"
BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table", "section"}
SKIP = {"script", "style", "noscript", "template"}


class _Dump(HTMLParser):
    """Text of a page with a line break at every block boundary."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skipping += tag in SKIP
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and self.skipping:
            self.skipping -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


def collect(labels_dir: Path, pages: Path) -> int:
    rows = []
    for path in sorted(labels_dir.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = (pages / f"{row['id']}.txt").read_text("utf-8")
                rows.append(row | {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    LABELS.parent.mkdir(parents=True, exist_ok=True)
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} labelled pages → {LABELS.relative_to(ROOT)}")
    return 0


def fetch(pages: Path) -> int:
    from charset_normalizer import from_bytes

    pages.mkdir(parents=True, exist_ok=True)
    changed = 0
    for line in LABELS.read_text("utf-8").splitlines():
        row = json.loads(line)
        try:
            with urllib.request.urlopen(row["url"], timeout=30) as response:
                data = response.read()
        except OSError as e:
            print(f"{row['id']}: {e}", file=sys.stderr)
            continue
        best = from_bytes(data).best()
        dump = _Dump()
        dump.feed(str(best) if best else data.decode("utf-8", "replace"))
        text = dump.text()
        (pages / f"{row['id']}.txt").write_text(text, "utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
            changed += 1
    print(f"fetched into {pages}; {changed} page(s) differ from the labelled text and will be skipped")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("labels_dir", type=Path)
    c.add_argument("pages", type=Path)
    f = sub.add_parser("fetch")
    f.add_argument("pages", type=Path, nargs="?", default=ROOT.parent / "eval" / "pages")
    args = parser.parse_args()
    return collect(args.labels_dir, args.pages) if args.command == "collect" else fetch(args.pages)


if __name__ == "__main__":
    sys.exit(main())
