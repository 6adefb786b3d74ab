"""The records the engine hands to every front end (CLI and TUI alike)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Literal

Script = Literal["original", "simplified", "traditional", "traditional-tw", "traditional-hk"]
SCRIPTS: tuple[Script, ...] = ("original", "simplified", "traditional", "traditional-tw", "traditional-hk")
# Traditional as OpenCC writes it, as Taiwan writes it (with its phrases: 軟體, 網路), as Hong Kong does.
TRADITIONAL: tuple[Script, ...] = ("traditional", "traditional-tw", "traditional-hk")
BlockType = Literal["heading", "paragraph", "list_item"]
# What an article is, as an export and `reader batch` write it: one column each.
ARTICLE_FIELDS = (
    "id",
    "path",
    "url",
    "title",
    "subtitle",
    "date",
    "source",
    "author",
    "editor",
    "script",
    "province",
    "city",
    "county",
    "adcode",
    "text",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as loaded: where it came from and its decoded text."""

    id: str
    path: str
    text: str
    title: str | None = None  # given by a record, or by the page's markup (og:title)
    url: str | None = None
    date: str | None = None  # the page's own date from its markup (<meta> publication time)
    fallback_date: str | None = None  # a record's or the crawl's date: used only when the page gives none
    date_from: str | None = None  # where `fallback_date` comes from, for `explain`: "the crawl (WARC-Date)"
    author: str | None = None  # given by the page's markup (<meta name="author">)
    hints: Mapping[int, BlockType] = field(default_factory=dict)  # 1-based line → what the markup made it
    article_lines: tuple[int, int] | None = None  # first and last line of the markup's article element
    given: Mapping[str, str] = field(default_factory=dict)  # a record's subtitle, source, editor
    region: tuple[str | None, str | None, str | None, str | None] | None = None  # a record's own region


def fingerprint(text: str) -> str:
    """An article's identity for its marks: a hash of its text as read, before any cleaning, so it
    survives renames, moves, re-indexing and a new cleaner. Equal texts share one fingerprint."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


@dataclass(frozen=True, slots=True)
class Block:
    type: BlockType
    text: str
    level: int | None = None  # headings only: 1 is the highest


@dataclass(frozen=True, slots=True)
class Removal:
    """A line of the page that is not article text, and the rule that said so."""

    line: int  # 1-based line number in the normalised page
    text: str
    rule: str
    part: bool = False  # only this piece of the line went (a list dash, a trailing page count)


@dataclass(frozen=True, slots=True)
class Repair:
    """A change made inside a kept line, `before → after`."""

    line: int
    before: str
    after: str
    rule: str


@dataclass(frozen=True, slots=True)
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()

    def contract(self) -> dict[str, str | None]:
        """The four fields of the CLI contract."""
        return {"province": self.province, "city": self.city, "county": self.county, "adcode": self.adcode}


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: metadata, body blocks and the record of what cleaning did."""

    title: str = ""
    subtitle: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None  # the writers' names, one space between two (the field's separator)
    editor: str | None = None
    url: str | None = None  # where the page was crawled from, when the corpus says
    date_from: str | None = None  # set when the date is not the page's own: "the crawl (WARC-Date)"
    script: Literal["simplified", "traditional"] = "simplified"  # the script the page is written in
    blocks: tuple[Block, ...] = ()
    removed: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    lines: tuple[str, ...] = field(default=(), repr=False)  # the page as read, line by line, for explain
    region: Region = Region()

    def text(self) -> str:
        """The cleaned article as plain text: title, subtitle, then one block per paragraph.

        The subtitle is the article's, and cleaning this text again must find the same title, which
        the line below it can decide (`安全第一` over `全市…会议召开` over `——…`)."""
        parts = [p for p in (self.title, self.subtitle) if p]
        parts += [b.text for b in self.blocks]
        return "\n\n".join(parts)

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("lines")
        d.pop("date_from")
        d["region"] = self.region.contract() | {
            "confidence": self.region.confidence,
            "evidence": list(self.region.evidence),
        }
        d["blocks"] = [{k: v for k, v in b.items() if v is not None} for b in d["blocks"]]
        for r in d["removed"]:
            del r["part"]
        return d
