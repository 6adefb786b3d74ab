"""One article as the index stores it: `Row`, whose fields are the columns of the `articles` table."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

EVIDENCE_SEP = "\x1f"  # between the region's evidence strings in one column


class Row(NamedTuple):
    """What the article list needs of one article, as stored. `rowid` is given when the row is
    stored (0 before), and names the article in the search table too."""

    rowid: int
    path: str  # absolute
    line: int | None  # the record's place in a multi-record file
    id: str
    title: str
    date: str | None
    source: str | None
    script: str
    province: str | None
    city: str | None
    county: str | None
    adcode: str | None
    confidence: float
    evidence: str  # EVIDENCE_SEP-joined
    size: int  # bytes of the article's text (UTF-8)
    title_key: str  # the title `normalise`d, for the title filter


COLUMNS = Row._fields
Article = tuple[Row, str, bytes]  # a row, the article's `search_text`, its `reposts.signature`
Extracted = tuple[list[Article], str | None]  # an article file's rows, and a warning
Extractor = Callable[[str], Extracted]
