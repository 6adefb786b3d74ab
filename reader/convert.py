"""Script conversion with OpenCC: each converter is loaded once, on first use."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Literal

import opencc

from reader.document import Document, Script

_CONFIGS = {"simplified": "t2s.json", "traditional": "s2t.json"}


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, script: Script, original: str) -> str:
    """`convert("機關", "simplified", "traditional")` → `"机关"`; text already in `script` is left alone.

    Converting only when the scripts differ keeps t2s off Simplified text, where it would
    turn names such as 乾安县 into 干安县.
    """
    if script == "original" or script == original or not text:
        return text
    return _converter(_CONFIGS[script]).convert(text)


def detect_script(text: str, sample: int = 4000) -> Literal["simplified", "traditional"]:
    """`"機關單位"` → `"traditional"`: which conversion would change more characters."""
    text = text[:sample]
    to_simp = _converter("t2s.json").convert(text)
    to_trad = _converter("s2t.json").convert(text)
    trad_only = sum(a != b for a, b in zip(text, to_simp, strict=False))
    simp_only = sum(a != b for a, b in zip(text, to_trad, strict=False))
    return "traditional" if trad_only > simp_only else "simplified"


def convert_document(doc: Document, script: Script) -> Document:
    """The document with title, subtitle and blocks in `script`; metadata and records untouched."""
    if script == "original" or script == doc.script:
        return doc

    def conv(text: str | None) -> str | None:
        return None if text is None else convert(text, script, doc.script)

    return dataclasses.replace(
        doc,
        title=conv(doc.title) or "",
        subtitle=conv(doc.subtitle),
        source=conv(doc.source),
        author=conv(doc.author),
        editor=conv(doc.editor),
        blocks=tuple(dataclasses.replace(b, text=conv(b.text) or "") for b in doc.blocks),
    )
