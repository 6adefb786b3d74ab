#!/usr/bin/env python3
"""Our region detector against cpca, side by side: accuracy per level and articles per second.

Usage, from the project root:
    .venv/bin/pip install cpca      # for this benchmark only: never a dependency of the project
    .venv/bin/python tests/benchmarks/regions_bench.py [--rounds 20]

Data: the five seed pages (cleaned by `reader.clean.clean`) and the labelled cases of
`tests/regions/cases.json`. cpca is run as the issue describes its baseline: the text read through
OpenCC t2s, one cpca row per sentence, and the most frequent (province, city, county) triple taken.
Its answer is put in our conventions (a municipality or 省直辖 county has no city). Both are timed on
the same ready-made documents; cpca's time includes its t2s step, ours needs none.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.clean import clean  # noqa: E402
from reader.document import Block, Document  # noqa: E402
from reader.regions import detect_region  # noqa: E402

Triple = tuple[str | None, str | None, str | None]
SEEDS: dict[str, Triple] = {
    "000_63a1824498e7c653": ("四川省", "达州市", "通川区"),
    "001_54e58c66e0c3be4b": ("江苏省", "苏州市", "昆山市"),
    "002_2b473b5650339e5b": ("湖北省", "黄冈市", "黄州区"),
    "003_a94347fa62b8522e": ("四川省", "广安市", None),
    "004_676df3e1dad808dc": ("辽宁省", "沈阳市", "苏家屯区"),
}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
SENTENCE_END = re.compile(r"[。！？；\n]+")
LEVELS = ("province", "city", "county")


def seed_documents() -> list[tuple[Document, Triple]]:
    pages = {aid: (ROOT / "articles" / f"{aid}.txt").read_text("utf-8") for aid in SEEDS}
    return [(clean(pages[aid]), want) for aid, want in SEEDS.items()]


def case_documents() -> list[tuple[Document, Triple]]:
    cases = json.loads((ROOT / "tests" / "regions" / "cases.json").read_text("utf-8"))
    out = []
    for c in cases:
        blocks = tuple(Block("heading" if k == "h" else "paragraph", t) for k, t in c["blocks"])
        out.append((Document(title=c["title"], blocks=blocks, script=c["script"]), tuple(c["expect"])))
    return out


def ours(doc: Document) -> Triple:
    r = detect_region(doc)
    return r.province, r.city, r.county


def cpca_detector() -> Callable[[Document], Triple]:
    import cpca
    import opencc

    t2s = opencc.OpenCC("t2s.json")

    def present(value: object) -> str | None:
        return value if isinstance(value, str) and value.strip() else None

    def detect(doc: Document) -> Triple:
        sentences = [s for s in SENTENCE_END.split(t2s.convert(doc.text())) if s.strip()]
        if not sentences:
            return None, None, None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = cpca.transform(sentences)
        triples = Counter(
            (present(p), present(c), present(a))
            for p, c, a in zip(frame["省"], frame["市"], frame["区"], strict=True)
            if present(p)
        )
        if not triples:
            return None, None, None
        province, city, county = triples.most_common(1)[0][0]
        if province in MUNICIPALITIES or (city and "直辖" in city):
            city = None
        return province, city, county

    return detect


def score(detect: Callable[[Document], Triple], data: list[tuple[Document, Triple]]) -> dict[str, int]:
    hits = Counter()
    for doc, want in data:
        got = detect(doc)
        for level, g, w in zip(LEVELS, got, want, strict=True):
            hits[level] += g == w
        hits["exact"] += got == want
    return hits


def speed(detect: Callable[[Document], Triple], docs: list[Document], rounds: int) -> float:
    detect(docs[0])  # warm up: data files loaded once, outside the timing
    start = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            detect(doc)
    return rounds * len(docs) / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=20, help="timing passes over all documents")
    opts = ap.parse_args()
    try:
        baseline = cpca_detector()
    except ImportError:
        print(
            "cpca is not installed, so there is nothing to compare with. For this benchmark only:\n"
            "    .venv/bin/pip install cpca"
        )
        return 0

    sets = {"seeds": seed_documents(), "labelled cases": case_documents()}
    detectors = {"ours": ours, "cpca": baseline}
    ok = True
    for name, data in sets.items():
        n = len(data)
        print(f"\n{f'{name} ({n} articles)':<28}{'ours':>12}{'cpca':>16}")
        results = {d: score(fn, data) for d, fn in detectors.items()}
        for level in (*LEVELS, "exact"):
            a, b = results["ours"][level], results["cpca"][level]
            ok &= level == "exact" or a >= b
            print(f"  {level:<26}{a:>4}/{n} {a / n:>6.1%}{b:>8}/{n} {b / n:>6.1%}")
        docs = [doc for doc, _ in data]
        rates = {d: speed(fn, docs, opts.rounds) for d, fn in detectors.items()}
        ok &= rates["ours"] > rates["cpca"]
        print(
            f"  {'articles per second':<26}{rates['ours']:>11,.0f}{rates['cpca']:>16,.0f}"
            f"   ({rates['ours'] / rates['cpca']:.1f}× faster)"
        )
    print("\nours is at least as accurate on every level and faster" if ok else "\nours falls short of cpca")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
