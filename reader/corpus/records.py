"""Web-corpus records (JSON Lines, Parquet) as articles: which field holds the text, the id and the URL.

Corpora name their fields differently: FineWeb-2 has `text`, CCI `content`, RedPajama `raw_content`,
others `body`. The first of those a record has as a string is its text, unless `Fields` names one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reader.clean.normalize import normalize_line, split_lines
from reader.document import Article

TEXT_FIELDS = ("text", "content", "raw_content", "body")
DATE_FIELDS = ("date", "timestamp")
# Fields of a curated set (this reader's own export among them), taken as given: the metadata where
# the page gives none, the region always when `adcode` is a column (even empty: "no region").
GIVEN_FIELDS = ("subtitle", "source", "author", "editor")
REGION_FIELDS = ("province", "city", "county", "adcode")
Share = tuple[int, int]  # (part, parts): which part of a large file's records to read, from 0


@dataclass(frozen=True, slots=True)
class Fields:
    """The record fields to read, where the user named them (`--text-field`, `--id-field`, `--url-field`)."""

    text: str | None = None
    id: str | None = None
    url: str | None = None

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.text,) if self.text else TEXT_FIELDS

    def key(self) -> str:
        """A short, stable name for a non-default choice ("" for the defaults): indexes differ by it."""
        named = [f"{k}={v}" for k, v in (("text", self.text), ("id", self.id), ("url", self.url)) if v]
        return ",".join(named)


DEFAULT_FIELDS = Fields()


def one_line(value: object) -> str | None:
    """A record's optional field as one clean line: its control and bidi characters go, as in the text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return " ".join(normalize_line(part)[0] for part in split_lines(value)).strip() or None


def text_of(record: Mapping, fields: Fields) -> str | None:
    """The record's article text: the first text field it holds as a string that is not blank (a
    record with an empty text is no article, as an empty file is none)."""
    for name in fields.texts:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def to_article(record: Mapping, fields: Fields, fallback_id: str, path: str) -> Article | None:
    """The article a record holds, or None when it has no text field."""
    text = text_of(record, fields)
    if text is None:
        return None
    raw_id = record.get(fields.id or "id")
    # An id is one printable line: a newline in it would split `reader list` rows.
    given = one_line(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else None
    date = next((d for name in DATE_FIELDS if (d := one_line(record.get(name)))), None)
    meta = {k: v for k in GIVEN_FIELDS if (v := one_line(record.get(k)))}
    region = tuple(one_line(record.get(k)) for k in REGION_FIELDS) if "adcode" in record else None
    return Article(
        id=given or fallback_id,
        path=path,
        text=text,
        title=one_line(record.get("title")),
        url=one_line(record.get(fields.url or "url")),
        fallback_date=date,
        date_from="the record's date field" if date else None,
        author=meta.pop("author", None),
        given=meta,
        region=region,  # type: ignore[arg-type]
    )
