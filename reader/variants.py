"""Variant and old forms of characters folded to the standard Simplified ones, for matching only.

Machine-converted and old pages write 峩眉, 靑海, 淸河, 緖, 甯夏 where a vocabulary or a place name has
峨眉, 青海, 清河, 绪, 宁夏. OpenCC's t2s folds many such forms already (爲 羣 裏 綫 衆 敎 戶 內 眞); the
rest are in `data/variants.tsv`, built by `scripts/build_variants.py` from Unicode's tables (CJK
compatibility ideographs, Unihan's z- and semantic variants) and a short hand list of old printed forms.

The fold maps one character to one, so offsets in the folded text are offsets in the page's; it is a
reading for matching and never replaces what the page shows.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def variants() -> dict[str, str]:
    """Variant → its Simplified standard form: `峩` → `峨`, `靑` → `青`."""
    text = resources.files("reader").joinpath("data/variants.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows if row[0] != row[1]}


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    table = variants()
    # translate() looks up every character; most lines have none to fold, which one search tells.
    return str.maketrans(table), re.compile(f"[{re.escape(''.join(table))}]")


def fold_variants(text: str) -> str:
    """`靑海省西寧市` → `青海省西寧市`: each variant form as its standard one, the length unchanged."""
    table, foldable = _table()
    return text.translate(table) if foldable.search(text) else text
