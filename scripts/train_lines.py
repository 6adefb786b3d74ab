#!/usr/bin/env python3
"""Does a small learned line classifier (body or not) transfer to unseen pages better than the rules?

A dev-time experiment (issue 10), never part of the reader: it needs scikit-learn, which is no
dependency of the reader, so run it from the evaluation venv that has it:

    ../evalenv/bin/pip install scikit-learn
    PYTHONPATH=. ../evalenv/bin/python scripts/train_lines.py [--pages DIR] [--json]

Every non-blank line of the labelled dev pages (sets A to H of `tests/eval/labels.jsonl`; any other
set is never read) gets cheap, script-neutral features (the text folded to Simplified first): its
length and character mix, sentence punctuation, menu separators, its place on the page, its
neighbours' lengths and prose, link-ish words, and which family of the cleaner's rules removes it.
The class is body (`body_lines`) or not (meta and chrome).

Leave one set out: for each of A..H, fit on the other seven and score the left-out set, per line,
exactly as `accuracy_bench.py` counts it (chrome lines removed, body lines kept), plus the bigram F1
of the lines kept against the labelled body. Variants on the same lines:
- rules     the cleaner as it is (a line counts as removed when a `Removal` takes all of it);
- model     the classifier alone, keeping a line when P(body) >= 0.5;
- prune<L   the rules, then the model removes a kept line it is sure is not body (P < L);
- veto<L>H  prune<L, and the model also restores a removed line it is sure is body (P > H).
Per set the table shows four of them; a summary line per variant gives all sets and H.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from accuracy_bench import f1, set_pages  # noqa: E402

from reader.clean import clean  # noqa: E402
from reader.clean.normalize import split_lines  # noqa: E402
from reader.clean.signals import SENTENCE_PUNCT, ends_sentence, is_menu, is_prose  # noqa: E402
from reader.convert import convert  # noqa: E402

SETS = "ABCDEFGH"  # the dev sets; the held-out set is never opened
LOWS, HIGHS = (0.05, 0.1, 0.2, 0.3), (0.9, 0.95)  # how sure the model must be to overrule the rules
SHOWN = ("rules", "model", "prune<0.1", "veto<0.1>0.9")  # the per-set columns

# Families of the cleaner's verdicts: the zone rules judge a line by where it stands, the line rules
# by what it says, metadata reads it into a field.
ZONE_RULES = {"chrome.header", "chrome.footer", "chrome.nav", "chrome.repeat", "chrome.dated_list"}
FAMILIES = ("kept", "part", "metadata", "chrome_zone", "chrome_line", "thread", "other")

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
DIGIT = re.compile(r"[0-9０-９]")
PUNCT = re.compile(r"[^\w\s]")
SEPARATORS = re.compile(r"[|｜·•>»›》/]")
DATE = re.compile(r"\d{2,4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}")
URL = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I)
# Link and furniture words, Simplified (lines are folded before the search).
LINKISH = re.compile(
    "首页|登录|注册|版权|上一篇|下一篇|分享|扫一扫|关注|相关|点击|返回|打印|关闭|收藏|备案|联系我们|网站地图|"
    "免责|浏览|阅读|评论|回复|发表|责任编辑|来源|作者|编辑|字号|更多|下载|客户端|公众号|微信|微博|举报|热门|推荐|"
    "copyright|icp",
    re.I,
)

FEATURES = (
    "log_len",
    "cjk",
    "digit",
    "latin",
    "punct",
    "space",
    "ends_sentence",
    "is_prose",
    "is_menu",
    "sentence_marks",
    "separators",
    "linkish",
    "date",
    "url",
    "pos",
    "near_top",
    "near_bottom",
    "in_prose_span",
    "len_vs_page",
    "prev_log_len",
    "next_log_len",
    "prev_prose",
    "next_prose",
    "page_prose_share",
    "repeated",
    "rule_prev_removed",
    "rule_next_removed",
    "rule_in_kept_span",
    "rule_kept_prose_distance",
    *(f"rule_{f}" for f in FAMILIES),
)


def family(rule: str | None) -> str:
    if rule is None:
        return "kept"
    if rule == "part":
        return "part"
    if rule.startswith("metadata."):
        return "metadata"
    if rule in ZONE_RULES:
        return "chrome_zone"
    if rule.startswith("chrome."):
        return "chrome_line"
    if rule.startswith("thread."):
        return "thread"
    return "other"


@dataclass
class Page:
    pid: str
    texts: list[str]  # the non-blank lines, as the page has them
    numbers: list[int]  # their 1-based line numbers
    labels: np.ndarray  # per line: 2 body, 1 meta, 0 chrome
    removed: np.ndarray  # per line: True when the rules remove all of it
    features: np.ndarray  # lines × FEATURES


def share(pattern: re.Pattern[str], text: str) -> float:
    return len(pattern.findall(text)) / max(len(text), 1)


def line_features(lines: list[str], rules: list[str | None]) -> np.ndarray:
    """The feature rows of one page's non-blank lines (already folded to Simplified)."""
    n = len(lines)
    prose = [is_prose(t) for t in lines]
    long_prose = [i for i, t in enumerate(lines) if prose[i] and len(t) >= 30]
    first, last = (long_prose[0], long_prose[-1]) if long_prose else (n, -1)
    longest = max((len(t) for t in lines), default=1)
    page_prose = sum(prose) / max(n, 1)
    seen = Counter(lines)
    removed = [r not in (None, "part") for r in rules]
    kept_at = [i for i in range(n) if not removed[i]]
    kept_prose = [i for i in kept_at if prose[i]]
    rows = []
    for i, t in enumerate(lines):
        prev_len = len(lines[i - 1]) if i > 0 else 0
        next_len = len(lines[i + 1]) if i + 1 < n else 0
        fam = family(rules[i])
        rows.append(
            [
                math.log1p(len(t)),
                share(CJK, t),
                share(DIGIT, t),
                share(LATIN, t),
                share(PUNCT, t),
                t.count(" ") / max(len(t), 1),
                float(ends_sentence(t)),
                float(prose[i]),
                float(is_menu(t)),
                math.log1p(len(SENTENCE_PUNCT.findall(t))),
                math.log1p(len(SEPARATORS.findall(t))),
                math.log1p(len(LINKISH.findall(t))),
                float(DATE.search(t) is not None),
                float(URL.search(t) is not None),
                i / max(n - 1, 1),
                float(i < 3),
                float(i >= n - 3),
                float(first <= i <= last),
                len(t) / longest,
                math.log1p(prev_len),
                math.log1p(next_len),
                float(i > 0 and prose[i - 1]),
                float(i + 1 < n and prose[i + 1]),
                page_prose,
                float(seen[t] > 1),
                float(i > 0 and removed[i - 1]),
                float(i + 1 < n and removed[i + 1]),
                float(bool(kept_at) and kept_at[0] <= i <= kept_at[-1]),
                min((abs(i - k) for k in kept_prose), default=n) / max(n, 1),
            ]
            + [float(fam == f) for f in FAMILIES]
        )
    return np.array(rows, dtype=float).reshape(n, len(FEATURES))


def page_of(label: dict, raw: str) -> Page:
    lines = split_lines(raw)
    doc = clean(raw)
    whole: dict[int, str] = {}
    partly: set[int] = set()
    for r in doc.removed:
        if r.part:
            partly.add(r.line)
        else:
            whole.setdefault(r.line, r.rule)
    numbers = [n for n, t in enumerate(lines, 1) if t.strip()]
    body, meta = set(label["body_lines"]), set(label.get("meta_lines", []))
    rules = [whole.get(n, "part" if n in partly else None) for n in numbers]
    folded = [convert(lines[n - 1].strip(), "simplified", "traditional") for n in numbers]
    return Page(
        label["id"],
        [lines[n - 1] for n in numbers],
        numbers,
        np.array([2 if n in body else 1 if n in meta else 0 for n in numbers]),
        np.array([n in whole for n in numbers], dtype=bool),
        line_features(folded, rules),
    )


def score(pages: list[Page], keeps: list[np.ndarray]) -> dict[str, float]:
    """Chrome removed, content kept (counts) and mean body F1 of the kept lines, over `pages`."""
    chrome = content = chrome_all = content_all = 0
    f1s = []
    for page, keep in zip(pages, keeps, strict=True):
        is_body, is_chrome = page.labels == 2, page.labels == 0
        chrome += int((is_chrome & ~keep).sum())
        chrome_all += int(is_chrome.sum())
        content += int((is_body & keep).sum())
        content_all += int(is_body.sum())
        kept = "\n".join(t for t, k in zip(page.texts, keep, strict=True) if k)
        truth = "\n".join(t for t, b in zip(page.texts, is_body, strict=True) if b)
        f1s.append(f1(kept, truth))
    return {
        "chrome": chrome,
        "chrome_all": chrome_all,
        "content": content,
        "content_all": content_all,
        "f1": float(np.mean(f1s)) if f1s else 0.0,
        "pages": len(pages),
    }


def models() -> dict[str, object]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
        "trees": HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.1, random_state=0),
    }


def variants(page: Page, p_body: np.ndarray) -> dict[str, np.ndarray]:
    rules_keep = ~page.removed
    out = {"rules": rules_keep, "model": p_body >= 0.5}
    for low in LOWS:
        prune = rules_keep & (p_body >= low)
        out[f"prune<{low}"] = prune
        for high in HIGHS:
            out[f"veto<{low}>{high}"] = prune | (page.removed & (p_body > high))
    return out


def fitted(kind: str, pages: list[Page], columns: list[int], extra: list[np.ndarray] | None = None):
    model = models()[kind]
    x = np.vstack([p.features[:, columns] for p in pages])
    if extra is not None:
        x = np.hstack([x, np.vstack(extra)])
    model.fit(x, np.concatenate([p.labels == 2 for p in pages]))  # type: ignore[attr-defined]
    return model


def context(prob: np.ndarray) -> np.ndarray:
    """A line's neighbours as the first model sees them: chrome and body come in runs."""
    pad = np.concatenate([[prob[0]] * 3, prob, [prob[-1]] * 3])
    window = np.mean([pad[3 + d : 3 + d + len(prob)] for d in range(-3, 4)], axis=0)
    prev, nxt = pad[2 : 2 + len(prob)], pad[4 : 4 + len(prob)]
    return np.column_stack([prob, prev, nxt, window, np.full(len(prob), prob.mean())])


def predict(
    kind: str, train: list[Page], test: list[Page], columns: list[int], stacked: bool
) -> list[np.ndarray]:
    """P(body) per line of each test page. Stacked: a second model reads the first one's
    probabilities of the line and its neighbours, the first's taken out of fold on the training sets."""
    first = fitted(kind, train, columns)
    probs = [first.predict_proba(p.features[:, columns])[:, 1] for p in test]  # type: ignore[attr-defined]
    if not stacked:
        return probs
    oof: dict[str, np.ndarray] = {}
    for inner in {p.pid[0] for p in train}:
        rest = [p for p in train if p.pid[0] != inner]
        model = fitted(kind, rest, columns)
        for p in train:
            if p.pid[0] == inner:
                oof[p.pid] = model.predict_proba(p.features[:, columns])[:, 1]  # type: ignore[attr-defined]
    second = fitted(kind, train, columns, [context(oof[p.pid]) for p in train])
    return [
        second.predict_proba(np.hstack([p.features[:, columns], context(prob)]))[:, 1]  # type: ignore[attr-defined]
        for p, prob in zip(test, probs, strict=True)
    ]


def leave_one_set_out(
    pages: list[Page], kind: str, columns: list[int], stacked: bool = False
) -> dict[str, dict[str, dict]]:
    """Per left-out set, per variant: the scores on that set with the model fitted on the others."""
    out: dict[str, dict[str, dict]] = {}
    for held in SETS:
        train = [p for p in pages if p.pid[0] != held]
        test = [p for p in pages if p.pid[0] == held]
        if not test:
            continue
        keeps: dict[str, list[np.ndarray]] = {}
        for p, prob in zip(test, predict(kind, train, test, columns, stacked), strict=True):
            for name, keep in variants(p, prob).items():
                keeps.setdefault(name, []).append(keep)
        out[held] = {name: score(test, k) for name, k in keeps.items()}
    return out


def cell(s: dict) -> str:
    return f"{s['chrome']:>4}/{s['chrome_all']:<4} {s['content']:>4}/{s['content_all']:<4} {s['f1']:.3f}"


def total(scores: list[dict]) -> dict:
    """Counts summed; F1 the mean over pages (each set's mean weighted by its pages)."""
    out = {k: sum(s[k] for s in scores) for k in ("chrome", "chrome_all", "content", "content_all")}
    out["f1"] = sum(s["f1"] * s["pages"] for s in scores) / max(sum(s["pages"] for s in scores), 1)
    return out


def table(results: dict[str, dict[str, dict]], title: str) -> str:
    head = "  ".join(f"{n:>24}" for n in SHOWN)
    sub = "  ".join(f"{'chrome   content   F1':>24}" for _ in SHOWN)
    rows = [title, f"set  {head}", f"     {sub}"]
    for held, by in results.items():
        rows.append(f"{held:4} " + "  ".join(f"{cell(by[n]):>24}" for n in SHOWN))
    rows.append("all  " + "  ".join(f"{cell(total([by[n] for by in results.values()])):>24}" for n in SHOWN))
    rows.append("every variant:        all left-out sets            H")
    for n in next(iter(results.values())):
        rows.append(
            f"  {n:14} {cell(total([by[n] for by in results.values()])):>24}   {cell(results['H'][n]):>24}"
        )
    return "\n".join(rows)


# Feature groups for the ablation: each left out in turn from the logistic model with rule features.
GROUPS = {
    "rule verdicts": tuple(f for f in FEATURES if f.startswith("rule_")),
    "character mix": ("cjk", "digit", "latin", "punct", "space"),
    "length": ("log_len", "len_vs_page"),
    "sentence": ("ends_sentence", "is_prose", "sentence_marks"),
    "position": ("pos", "near_top", "near_bottom", "in_prose_span"),
    "neighbours": ("prev_log_len", "next_log_len", "prev_prose", "next_prose"),
    "words and marks": ("linkish", "date", "url", "separators", "is_menu"),
    "page": ("page_prose_share", "repeated"),
}


def ablation(pages: list[Page]) -> str:
    """The logistic model with rule features, each feature group left out in turn: all sets and H."""
    rows = [
        "\n== ablation: logreg with rule features, one group left out (LOSO)",
        f"{'':28}{'all sets':>24}   {'H':>24}",
    ]
    for left_out in ("nothing", *GROUPS):
        drop = set(GROUPS.get(left_out, ()))
        res = leave_one_set_out(pages, "logreg", [i for i, f in enumerate(FEATURES) if f not in drop])
        for n in ("model", "prune<0.1"):
            every = cell(total([by[n] for by in res.values()]))
            rows.append(f"{left_out + ', ' + n:28}{every:>24}   {cell(res['H'][n]):>24}")
    return "\n".join(rows)


def importances(pages: list[Page], columns: list[int]) -> list[tuple[str, float]]:
    """The standardised logistic coefficients fitted on all dev sets, largest first."""
    model = models()["logreg"]
    x = np.vstack([p.features[:, columns] for p in pages])
    y = np.concatenate([p.labels == 2 for p in pages])
    model.fit(x, y)  # type: ignore[attr-defined]
    coef = model[-1].coef_[0]  # type: ignore[index]
    names = [FEATURES[c] for c in columns]
    return sorted(zip(names, coef.tolist(), strict=True), key=lambda nc: -abs(nc[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "eval" / "pages")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--ablate", action="store_true", help="only the feature-group ablation")
    args = parser.parse_args()
    pages = [page_of(label, raw) for label, raw in set_pages(args.pages, SETS)]
    if args.ablate:
        print(ablation(pages))
        return 0
    everything = list(range(len(FEATURES)))
    textual = [i for i, f in enumerate(FEATURES) if not f.startswith("rule_")]
    report: dict[str, object] = {}
    runs = [
        (k, cols, what, False)
        for k in ("logreg", "trees")
        for cols, what in ((everything, "with rule features"), (textual, "text features only"))
    ]
    runs.append(("logreg", everything, "with rule features, stacked on neighbours", True))
    for kind, cols, what, stacked in runs:
        res = leave_one_set_out(pages, kind, cols, stacked)
        report[f"{kind}, {what}"] = res
        if not args.json:
            print(table(res, f"\n== {kind}, {what} (LOSO; rules column is the cleaner as is)"))
    report["logreg_coefficients"] = importances(pages, everything)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print("\nstandardised logistic coefficients (all dev sets, rule features in):")
        for name, c in report["logreg_coefficients"]:  # type: ignore[union-attr]
            print(f"  {name:18} {c:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
