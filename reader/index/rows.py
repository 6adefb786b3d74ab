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
    fingerprint: str  # `reader.document.fingerprint` of the text as read: the key of its mark
    title_key: str  # the title `normalise`d, for the title filter


class Prebuilt(NamedTuple):
    """The rows of a file whose search texts are in a search shard made already (`reader batch`
    writes one beside each part file, `reader.index.parts`): the shard's rowids are the rows' `line`s,
    so the index copies the shard instead of tokenising the texts again."""

    rows: list[Row]
    shard: str  # the shard's path
    signatures: list[bytes]  # the rows' `reposts.signature`s, from the part file's column


COLUMNS = Row._fields
Article = tuple[Row, str, bytes]  # a row, the article's `search_text`, its `reposts.signature`
Extracted = tuple[list[Article] | Prebuilt, str | None]  # an article file's rows, and a warning
Extractor = Callable[..., Extracted]  # (path, share=None): a file's rows, or a share's (`pool.split`)
