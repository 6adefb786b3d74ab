"""Script conversion with OpenCC: each converter is loaded once, on first use."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Literal

import numpy as np
import opencc

from reader.document import Document, Script

# (target script, the page's script) → OpenCC configuration.
_CONFIGS = {
    ("simplified", "traditional"): "t2s.json",
    ("traditional", "simplified"): "s2t.json",
    ("traditional-tw", "simplified"): "s2twp.json",  # with Taiwan's phrases: 软件 → 軟體
    ("traditional-tw", "traditional"): "t2tw.json",
    ("traditional-hk", "simplified"): "s2hk.json",
    ("traditional-hk", "traditional"): "t2hk.json",
}
# Half-width punctuation between two hanzi, as scraped pages often have it (市(州)政府, 发言,道出).
_HALF_PUNCT = re.compile(r"(?<=[\u3400-\u9fff])[,?!:;()](?=[\u3400-\u9fff])")
_FULL = str.maketrans(",?!:;()", "，？！：；（）")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@cache
def _t2s_changes() -> re.Pattern[str]:
    """A character that lets t2s change a text (`data/t2s_chars.txt`, built from OpenCC's own tables by
    `scripts/build_t2s_chars.py`), or any past U+FFFF: a text without one, most lines of a Simplified
    page, t2s returns as it is, so it is spared the call."""
    text = resources.files("reader").joinpath("data/t2s_chars.txt").read_text("utf-8")
    chars = "".join(line for line in text.splitlines() if not line.startswith("#"))
    return re.compile(f"[{re.escape(chars)}]|[\U00010000-\U0010ffff]")


def convert(text: str, script: Script, original: str) -> str:
    """`convert("機關", "simplified", "traditional")` → `"机关"`; text already in `script` is left alone.

    Converting only when the scripts differ keeps t2s off Simplified text, where it would
    turn names such as 乾安县 into 干安县.
    """
    if script == "original" or script == original or not text:
        return text
    return _converter(_CONFIGS[script, original]).convert(text)


# Texts already read in Simplified, and their readings: the page's lines, read once by the cleaner, are
# read again by its rules and by the search text's fold. A memo, emptied when full.
_READINGS: dict[str, str] = {}
_READINGS_MAX = 1 << 14


def simplified(text: str) -> str:
    """`"機關"` → `"机关"`: OpenCC t2s, as `convert(text, "simplified", "traditional")` gives it, from the
    memo where the text was read before (see `read_simplified`)."""
    reading = _READINGS.get(text)
    if reading is None:
        if _t2s_changes().search(text) is None:
            return text
        if len(_READINGS) >= _READINGS_MAX:
            _READINGS.clear()
        reading = _READINGS[text] = _converter("t2s.json").convert(text)
    return reading


def read_simplified(texts: Iterable[str]) -> list[str]:
    """Each text in Simplified (OpenCC t2s); the new ones in one call (`remember_simplified`)."""
    texts = list(texts)
    remember_simplified(texts)
    return [simplified(t) for t in texts]  # not the memo alone: another thread may have emptied it


def remember_simplified(texts: Iterable[str]) -> None:
    """Read the texts not read before in Simplified, in one call, and keep the readings for `simplified`
    and `read_simplified`: a page's lines cost one call instead of one each. They are joined by line
    breaks, and as no t2s phrase holds one, each converts as it would alone."""
    unique = dict.fromkeys(texts)
    missing = [t for t in unique if t not in _READINGS]
    if not missing:
        return
    if len(_READINGS) + len(missing) > _READINGS_MAX:
        _READINGS.clear()
        missing = list(unique)
    changes, converted = _t2s_changes().search, []
    for t in missing:
        if changes(t):
            converted.append(t)
        else:
            _READINGS[t] = t
    if not converted:
        return
    t2s = _converter("t2s.json")
    readings = t2s.convert("\n".join(converted)).split("\n")
    if len(readings) != len(converted):  # a text held a line break of its own
        readings = [t2s.convert(t) for t in converted]
    _READINGS.update(zip(converted, readings, strict=True))


def full_width_punctuation(text: str) -> str:
    """`发言,道出` → `发言，道出`, `市(州)政府` → `市（州）政府`: half-width marks between hanzi, as
    Chinese is typeset. A display conversion (`p`), never written back."""
    return _HALF_PUNCT.sub(lambda m: m.group().translate(_FULL), text)


def detect_script(text: str, sample: int = 4000) -> Literal["simplified", "traditional"]:
    """`"機關單位"` → `"traditional"`: which conversion would change more characters."""
    text = text[:sample]
    if _t2s_changes().search(text) is None:  # t2s would change nothing: no count of s2t's beats none
        return "simplified"
    trad_only = _differences(text, _converter("t2s.json").convert(text))
    if not trad_only:  # no count of s2t's can beat none: a Simplified page is spared the dearer conversion
        return "simplified"
    simp_only = _differences(text, _converter("s2t.json").convert(text))
    return "traditional" if trad_only > simp_only else "simplified"


def _differences(a: str, b: str) -> int:
    """How many positions of `a` and `b` hold different characters (up to the shorter's end), counted
    in numpy: a loop over 4,000 characters in Python was a tenth of cleaning an article."""
    x, y = (np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32) for s in (a, b))
    n = min(len(x), len(y))
    return int(np.count_nonzero(x[:n] != y[:n]))


def convert_document(doc: Document, script: Script, punctuation: bool = False) -> Document:
    """The document with its title, subtitle, source, author, editor and blocks in `script` (and
    with full-width punctuation between hanzi); the page as read and the records of cleaning stay
    as they were, so `explain` always shows the page itself."""
    if (script == "original" or script == doc.script) and not punctuation:
        return doc

    def conv(text: str | None) -> str | None:
        if text is None:
            return None
        text = convert(text, script, doc.script)
        return full_width_punctuation(text) if punctuation else text

    return dataclasses.replace(
        doc,
        title=conv(doc.title) or "",
        subtitle=conv(doc.subtitle),
        source=conv(doc.source),
        author=conv(doc.author),
        editor=conv(doc.editor),
        blocks=tuple(dataclasses.replace(b, text=conv(b.text) or "") for b in doc.blocks),
    )
