#!/usr/bin/env python3
"""Per-field accuracy on real public pages with hand labels: ours, and cpca's regions beside ours.

Usage, from the project root:
    .venv/bin/python tests/benchmarks/accuracy_bench.py [--pages DIR] [--ids A,B] [--json] [--misses] [--show]

Labels: `tests/eval/labels.jsonl`, one page a line (fields in `tests/eval/README.md`). The page texts
are third-party, so they are not in the repo: they are read from `--pages` (default `../eval/pages`,
beside the checkout), and `scripts/eval_pages.py` rebuilds them from their URLs, checking each
against the SHA-256 in its label. Pages whose text is missing or differs are skipped and counted.
`--ids A,B` scores only the pages whose id starts with one of the prefixes (a dev half, a held-out half).

Each page's `url` from its label is set on the cleaned Document, as a corpus that records it would.
cpca (`pip install cpca`, never a dependency) is scored only when it is installed, read as
`regions_bench.py` reads it.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reader.clean import clean  # noqa: E402
from reader.clean.normalize import split_lines  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.regions import detect_region  # noqa: E402
from reader.regions.gazetteer import load_gazetteer  # noqa: E402

LABELS = ROOT / "tests" / "eval" / "labels.jsonl"
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
NAME_SPLIT = re.compile(r"[\s、，,;；/]+")
# Pinyin a content farm glued after characters (`機(jī)關(guān)`): noise, not the page's words, by the
# labels' convention (tests/eval/README.md), so the body's truth is read without it, as the headline's
# is. Written here apart from the cleaner's rule, so that the score does not grade that rule by itself.
INJECTED_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑɡ]{1,6}[)）]")
Triple = tuple[str | None, str | None, str | None]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def truth_region(label: dict) -> Triple:
    """The labelled region in the reader's conventions: a municipality has no city level."""
    r = label.get("region")
    if not r:
        return None, None, None
    city = None if r.get("city") in MUNICIPALITIES or r.get("city") == r.get("province") else r.get("city")
    return r.get("province"), city, r.get("county")


def fold(text: str) -> str:
    """Whitespace gone and Traditional folded, so that a title compares across scripts and spacing."""
    return load_gazetteer().fold(re.sub(r"\s+", "", text)).strip("。.!！")


def bigrams(text: str) -> Counter[str]:
    t = re.sub(r"\s+", "", text)
    return Counter(t[i : i + 2] for i in range(len(t) - 1))


def f1(found: str, truth: str) -> float:
    a, b = bigrams(found), bigrams(truth)
    common = sum((a & b).values())
    if not common:
        return 0.0 if (a or b) else 1.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


def names(text: str | None) -> set[str]:
    return {n for n in NAME_SPLIT.split(text or "") if n}


def score_page(label: dict, raw: str, doc: Document, region: Triple) -> dict[str, object]:
    """One page's result for every field it has a label for."""
    lines = split_lines(raw)
    gone = {r.line for r in doc.removed if not r.part}
    body = [n for n in label["body_lines"] if 0 < n <= len(lines) and lines[n - 1].strip()]
    labelled = set(label.get("meta_lines", [])) | set(body)
    chrome = [n for n, t in enumerate(lines, 1) if t.strip() and n not in labelled]
    truth = INJECTED_PINYIN.sub("", "\n".join(lines[n - 1] for n in body))
    ours = "\n".join(b.text for b in doc.blocks)
    headings = {fold(b.text) for b in doc.blocks if b.type == "heading"}
    want = truth_region(label)
    out: dict[str, object] = {
        "region": region == want,
        "province": region[0] == want[0],
        "headline": fold(doc.title) == fold(label["headline"]),
        "content_kept": (sum(n not in gone for n in body), len(body)),
        "chrome_removed": (sum(n in gone for n in chrome), len(chrome)),
        "body_f1": f1(ours, truth),
    }
    if label.get("headings"):
        out["headings"] = all(fold(h) in headings for h in label["headings"])
    if label.get("date"):
        out["date"] = (doc.date or "")[:10] == label["date"]
    if label.get("authors"):
        out["author"] = names(doc.author) == {n for a in label["authors"] for n in names(a)}
    return out


def shown(field: str, label: dict, doc: Document, region: Triple) -> tuple[str, str]:
    """A missed field as found and as labelled, for `--show`."""
    if field in ("region", "province"):
        return f"found {region}", f"label {truth_region(label)}"
    if field == "headings":
        found = [b.text for b in doc.blocks if b.type == "heading"]
        return f"found {found}", f"label {label['headings']}"
    key = {"headline": "headline", "date": "date", "author": "authors"}[field]
    return f"found {getattr(doc, 'title' if field == 'headline' else field)!r}", f"label {label[key]!r}"


def load(pages: Path) -> tuple[list[tuple[dict, str]], list[str]]:
    labels = [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]
    found, skipped = [], []
    for label in labels:
        path = pages / f"{label['id']}.txt"
        raw = path.read_text("utf-8") if path.is_file() else None
        if raw is None or (label.get("sha256") and sha256(raw) != label["sha256"]):
            skipped.append(label["id"])
        else:
            found.append((label, raw))
    return found, skipped


def set_pages(directory: Path, sets: str) -> list[tuple[dict, str]]:
    """The labelled pages of the sets named (`"ABC"`) whose text is present and unchanged; no other
    set's file is opened, so a training script never reads the held-out set."""
    out = []
    for row in LABELS.read_text("utf-8").splitlines():
        label = json.loads(row) if row.strip() else {}
        path = directory / f"{label.get('id', '')}.txt"
        if label.get("id", "")[:1] in sets and path.is_file():
            raw = path.read_text("utf-8")
            if sha256(raw) == label.get("sha256", sha256(raw)):
                out.append((label, raw))
    return out


def timed(fn: Callable[[Document], Triple], docs: list[Document]) -> tuple[list[Triple], float]:
    start = time.perf_counter()
    out = [fn(d) for d in docs]
    return out, len(docs) / max(time.perf_counter() - start, 1e-9)


def ours(doc: Document) -> Triple:
    r = detect_region(doc)
    return r.province, r.city, r.county


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "eval" / "pages")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the pages each field got wrong")
    parser.add_argument("--show", action="store_true", help="with each miss, what we found and the label")
    parser.add_argument("--ids", default="", help="only pages whose id starts with one of these, e.g. A,B")
    args = parser.parse_args()
    pages, skipped = load(args.pages)
    if prefixes := tuple(p.strip() for p in args.ids.split(",") if p.strip()):
        pages = [(label, raw) for label, raw in pages if label["id"].startswith(prefixes)]
        skipped = [pid for pid in skipped if pid.startswith(prefixes)]
    if not pages:
        print(f"no labelled page found under {args.pages}: run scripts/eval_pages.py first", file=sys.stderr)
        return 2
    start = time.perf_counter()
    docs = [clean(raw) for _, raw in pages]  # once: a second round would find the line memos warm
    clean_rate = len(docs) / (time.perf_counter() - start)
    # The page's URL, as a corpus that knows it gives it (the host of a gov.cn site is region evidence).
    docs = [dataclasses.replace(d, url=label.get("url")) for d, (label, _) in zip(docs, pages, strict=True)]
    regions, rate = timed(ours, docs)
    results = [score_page(label, raw, d, r) for (label, raw), d, r in zip(pages, docs, regions, strict=True)]
    table: dict[str, object] = {"pages": len(pages), "skipped": len(skipped)}
    table["clean_articles_per_s"] = round(clean_rate)
    table["regions_articles_per_s"] = round(rate)
    misses: dict[str, list[str]] = {}
    for field in ("region", "province", "headline", "headings", "date", "author"):
        got = [(lab["id"], res[field]) for (lab, _), res in zip(pages, results, strict=True) if field in res]
        table[field] = f"{sum(ok for _, ok in got)}/{len(got)}"
        misses[field] = [pid for pid, ok in got if not ok]
    for field in ("content_kept", "chrome_removed"):
        pairs = [res[field] for res in results]
        table[field] = f"{sum(a for a, _ in pairs)}/{sum(b for _, b in pairs)}"  # type: ignore[misc]
    table["body_f1"] = round(sum(res["body_f1"] for res in results) / len(results), 3)  # type: ignore[misc]
    try:
        from regions_bench import cpca_detector

        cpca_regions, cpca_rate = timed(cpca_detector(), docs)
        right = sum(c == truth_region(label) for c, (label, _) in zip(cpca_regions, pages, strict=True))
        table["cpca_region"] = f"{right}/{len(pages)}"
        table["cpca_articles_per_s"] = round(cpca_rate)
    except ImportError:
        table["cpca_region"] = "cpca not installed"
    if args.json:
        print(json.dumps(table | ({"misses": misses} if args.misses else {}), ensure_ascii=False))
        return 0
    for key, value in table.items():
        print(f"{key:24} {value}")
    if args.misses:
        for field, ids in misses.items():
            print(f"missed {field:10} {' '.join(ids)}")
    if args.show:
        found = {lab["id"]: (lab, d, r) for (lab, _), d, r in zip(pages, docs, regions, strict=True)}
        for field, ids in misses.items():
            for pid in ids:
                print(pid, field, *shown(field, *found[pid]), sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
