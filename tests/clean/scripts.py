"""Both scripts for the cleaner's tests: each form is written once in Simplified and tested as written
and as OpenCC's Traditional (s2t) gives it, as the readers read a line in Simplified."""

from __future__ import annotations

from reader.clean import clean
from reader.convert import convert
from reader.document import Document

SCRIPTS = ["simplified", "traditional"]


def in_script(script: str, text: str) -> str:
    """`text` as a page in `script` writes it."""
    return text if script == "simplified" else convert(text, "traditional", "simplified")


def body_text(doc: Document) -> str:
    """The article's blocks run together: what is kept, whatever its blocks."""
    return "".join(b.text for b in doc.blocks)


def cleaned(page: list[str], script: str) -> Document:
    """The page of these lines, written in `script`, cleaned."""
    return clean(in_script(script, "\n".join(page)))
