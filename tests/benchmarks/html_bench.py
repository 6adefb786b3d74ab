#!/usr/bin/env python3
"""Body, headline, date and author on real Chinese HTML pages: ours beside trafilatura and GNE.

Usage, from the project root (trafilatura and GNE are never dependencies: give them their own venv
with `pip install trafilatura gne lxml lxml_html_clean` and `pip install -e .`):
    /work/evalenv/bin/python tests/benchmarks/html_bench.py [--pages DIR] [--json] [--misses]

Labels: `tests/eval/html_labels.jsonl`, one page a line (fields in `tests/eval/README.md`). The pages
are third-party, so they are not in the repo: they are read as `{id}.html` from `--pages` (default
`../eval/html`, beside the checkout), and `scripts/eval_html.py` rebuilds them byte for byte from
git mirrors of the repositories named in the labels. A page that is missing, or whose bytes differ
from its label's SHA-256, is skipped and counted.

Each extractor gets the page's raw bytes (GNE wants text, so it gets them decoded: BOM, UTF-8,
the declared charset, GB18030) and is scored on every page it was run on; an extractor that cannot
be imported is reported as such, and a page it raises on counts as a miss in every field.
Scoring reuses `accuracy_bench.py`: `f1` (character bigrams, whitespace ignored) for the body,
`fold` (whitespace gone, Traditional folded) for the headline, the first ten characters of an ISO
date against the label, `names` to split author strings. A date is first brought to ISO when the
tool wrote a full year-month-day another way (GNE returns the page's own string, `2007.08.20`).
The author field counts a page when every labelled name is among the names found; pages labelled
with no author or no date are not counted for that field.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy_bench import bigrams, fold, names  # noqa: E402

LABELS = ROOT / "tests" / "eval" / "html_labels.jsonl"
FIELDS = ("body_f1", "headline", "date", "author")
ISO = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w-]+)""", re.I)


def f1_counts(found: str, truth: Counter[str]) -> float:
    """`accuracy_bench.f1` against a label's character-bigram counts: the labels keep the counts, not
    the third-party text they were counted on."""
    a = bigrams(found)
    common = sum((a & truth).values())
    if not common:
        return 0.0 if (a or truth) else 1.0
    p, r = common / sum(a.values()), common / sum(truth.values())
    return 2 * p * r / (p + r)


@dataclass
class Result:
    """What one extractor found on one page (all strings; empty when it found nothing)."""

    title: str = ""
    date: str = ""
    author: str = ""
    body: str = ""
    error: str | None = None


@dataclass
class Run:
    name: str
    results: dict[str, Result] = field(default_factory=dict)
    seconds: float = 0.0
    unavailable: str | None = None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso_date(value: str | None) -> str:
    """`2007.08.20 10:00` → `2007-08-20`; anything without a full year-month-day is left as it is."""
    text = (value or "").strip()
    m = ISO.search(text[:40])
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else text


def decode_for_text_tools(data: bytes) -> str:
    """Bytes → text for a tool that only takes text: BOM, UTF-8, the declared charset, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = CHARSET.search(data[:4096])
    names_to_try = [declared.group(1).decode("ascii").lower()] if declared else []
    for name in [*names_to_try, "gb18030", "big5hkscs"]:
        name = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(name, name)
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def run_trafilatura() -> Callable[[Path, bytes], Result] | str:
    try:
        import trafilatura
    except ImportError as e:
        return f"not importable ({e})"

    def extract(path: Path, data: bytes) -> Result:
        out = trafilatura.extract(data, output_format="json", with_metadata=True)
        rec = json.loads(out) if out else {}
        return Result(
            rec.get("title") or "", rec.get("date") or "", rec.get("author") or "", rec.get("text") or ""
        )

    return extract


def run_gne() -> Callable[[Path, bytes], Result] | str:
    try:
        from gne import GeneralNewsExtractor
    except ImportError as e:
        return f"not importable ({e})"

    def extract(path: Path, data: bytes) -> Result:
        rec = GeneralNewsExtractor().extract(decode_for_text_tools(data))
        return Result(
            rec.get("title") or "",
            rec.get("publish_time") or "",
            rec.get("author") or "",
            rec.get("content") or "",
        )

    return extract


def run_ours() -> Callable[[Path, bytes], Result] | str:
    try:
        from reader.corpus import read_file
        from reader.engine import analyse
    except Exception as e:  # a half-built loader must not stop the other columns
        return f"not importable ({type(e).__name__}: {e})"

    def extract(path: Path, data: bytes) -> Result:
        articles = read_file(path)
        if not articles:
            raise ValueError("no article read")
        doc = analyse(articles[0])
        return Result(
            doc.title or "", doc.date or "", doc.author or "", "\n".join(b.text for b in doc.blocks)
        )

    return extract


EXTRACTORS: dict[str, Callable[[], Callable[[Path, bytes], Result] | str]] = {
    "trafilatura": run_trafilatura,
    "gne": run_gne,
    "ours": run_ours,
}


def load(pages: Path) -> tuple[list[tuple[dict, Path, bytes]], list[str]]:
    labels = [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]
    found, skipped = [], []
    for label in labels:
        path = pages / f"{label['id']}.html"
        data = path.read_bytes() if path.is_file() else None
        if data is None or sha256(data) != label["sha256"]:
            skipped.append(label["id"])
        else:
            found.append((label, path, data))
    return found, skipped


def execute(name: str, pages: list[tuple[dict, Path, bytes]]) -> Run:
    run = Run(name)
    extractor = EXTRACTORS[name]()
    if isinstance(extractor, str):
        run.unavailable = extractor
        return run
    for label, path, data in pages:
        start = time.perf_counter()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = extractor(path, data)
        except Exception as e:  # one bad page is one miss, not a crash
            result = Result(error=f"{type(e).__name__}: {e}"[:200])
        run.seconds += time.perf_counter() - start
        run.results[label["id"]] = result
    return run


def score(label: dict, got: Result) -> dict[str, float | bool]:
    """One page's result for every field it has a label for."""
    out: dict[str, float | bool] = {
        "body_f1": f1_counts(got.body, Counter(label["body_bigrams"])),
        "headline": bool(got.title) and fold(got.title) == fold(label["headline"]),
    }
    if label.get("date"):
        out["date"] = iso_date(got.date)[:10] == label["date"]
    if label.get("authors"):
        out["author"] = {n for a in label["authors"] for n in names(a)} <= names(got.author)
    return out


def summarise(run: Run, pages: list[tuple[dict, Path, bytes]]) -> tuple[dict[str, object], dict[str, list]]:
    if run.unavailable:
        return {"status": run.unavailable}, {}
    scores = {label["id"]: score(label, run.results[label["id"]]) for label, _, _ in pages}
    row: dict[str, object] = {"failed": sum(r.error is not None for r in run.results.values())}
    row["body_f1"] = round(sum(s["body_f1"] for s in scores.values()) / len(scores), 3)
    low = ((round(float(s["body_f1"]), 3), pid) for pid, s in scores.items() if s["body_f1"] < 0.8)
    misses: dict[str, list] = {"body_f1": sorted(low)}
    for name in FIELDS[1:]:
        got = [(pid, s[name]) for pid, s in scores.items() if name in s]
        row[name] = f"{sum(bool(ok) for _, ok in got)}/{len(got)}"
        misses[name] = [pid for pid, ok in got if not ok]
    row["pages_per_s"] = round(len(pages) / max(run.seconds, 1e-9), 1)
    misses["failed"] = [f"{pid}: {r.error}" for pid, r in run.results.items() if r.error]
    return row, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "eval" / "html")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the pages each field got wrong, for ours")
    args = parser.parse_args()
    pages, skipped = load(args.pages)
    if not pages:
        print(f"no labelled page found under {args.pages}: run scripts/eval_html.py first", file=sys.stderr)
        return 2
    table: dict[str, object] = {"pages": len(pages), "skipped": skipped}
    misses: dict[str, dict[str, list]] = {}
    for name in EXTRACTORS:
        table[name], misses[name] = summarise(execute(name, pages), pages)
    if args.json:
        print(json.dumps(table | ({"misses": misses["ours"]} if args.misses else {}), ensure_ascii=False))
        return 0
    note = f", {len(skipped)} skipped (missing or changed): {' '.join(skipped)}" if skipped else ""
    print(f"{len(pages)} pages{note}")
    columns = ("body_f1", 8), ("headline", 9), ("date", 7), ("author", 7), ("pages/s", 8), ("failed", 6)
    print(f"{'extractor':12}" + "".join(f" {name:>{width}}" for name, width in columns))
    for name in EXTRACTORS:
        row = table[name]
        assert isinstance(row, dict)
        if "status" in row:
            print(f"{name:12} {row['status']}")
            continue
        print(
            f"{name:12} {row['body_f1']:>8} {row['headline']:>9} {row['date']:>7} {row['author']:>7} "
            f"{row['pages_per_s']:>8} {row['failed']:>6}"
        )
    if args.misses and not misses["ours"]:
        print("ours did not run: no misses to list")
    elif args.misses:
        ours = misses["ours"]
        for key in FIELDS:
            ids = ours.get(key, [])
            shown = [f"{pid}({value})" for value, pid in ids] if key == "body_f1" else ids
            print(f"ours missed {key:9} {' '.join(shown)}")
        for error in ours.get("failed", []):
            print(f"ours failed {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
