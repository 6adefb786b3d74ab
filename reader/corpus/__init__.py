"""Finding article files and reading them as articles. Read-only: nothing here writes under the articles path.

One module per format, each turning a file into a stream of `Article`s and `Skipped` records:
- `text`     .txt and .md: one article a file, in whichever CJK encoding fits
- `jsonl`    .jsonl, .jsonl.gz: one article a record
- `parquet`  .parquet: one article a row, a row group at a time
- `html`     .html, .htm: one article a page, dumped one block a line
- `warc`     .warc(.gz), .warc.wet(.gz): one article per response or conversion record
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.corpus import html, jsonl, parquet, warc
from reader.corpus.errors import LoadError, Skipped
from reader.corpus.records import DEFAULT_FIELDS, Fields, Share
from reader.corpus.text import decode, read_bytes, read_text
from reader.document import Article

__all__ = [
    "DEFAULT_FIELDS",
    "SUFFIXES",
    "Fields",
    "LoadError",
    "Locator",
    "PartialLoad",
    "Share",
    "Skipped",
    "can_share",
    "decode",
    "default_root",
    "discover",
    "is_article_file",
    "load_one",
    "locate",
    "read_articles",
    "read_file",
]

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = TEXT_SUFFIXES + jsonl.SUFFIXES + parquet.SUFFIXES + html.SUFFIXES + warc.SUFFIXES
# Formats with many articles a file: an article's locator names its record (line, row or byte offset).
MULTI_SUFFIXES = jsonl.SUFFIXES + parquet.SUFFIXES + warc.SUFFIXES
MAX_WARNINGS = 20  # per file: past this, the rest are counted


@dataclass(frozen=True, slots=True)
class Locator:
    """Where an article lives: a file, and in a multi-record file its record (the 1-based line of
    JSON Lines, the 1-based row of Parquet, the byte offset of a WARC record)."""

    path: str
    line: int | None = None


class PartialLoad(LoadError):
    """Some records of a multi-record file loaded, some did not."""

    def __init__(self, articles: list[Article], reason: str) -> None:
        super().__init__(reason)
        self.articles = articles


def default_root() -> Path:
    return Path(os.environ.get("READER_ARTICLES") or "articles")


def is_article_file(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def discover(root: Path) -> Iterator[Path]:
    """Article files under `root` (or `root` itself), sorted; directory links are not followed,
    so a symlink loop cannot trap the walk."""
    if root.is_file():
        yield root
        return
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if is_article_file(name):
                yield Path(folder, name)


def stem(path: Path) -> str:
    name = path.name
    lower = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_articles(
    path: Path, fields: Fields = DEFAULT_FIELDS, share: Share | None = None
) -> Iterator[Article | Skipped]:
    """Every article in one file, as a stream, with a `Skipped` for each record that could not be read.
    With a `share` (part, parts) of a file that `can_share`, only that part's records: the parts
    together read each record once, so that a large file is read by several processes.

    Raises `LoadError` when the file as a whole cannot be read (missing, not of its format, no text).
    """
    name = path.name.lower()
    if name.endswith(jsonl.SUFFIXES):
        yield from jsonl.read(path, fields, share)
    elif name.endswith(parquet.SUFFIXES):
        yield from parquet.read(path, fields, share=share)
    elif name.endswith(warc.SUFFIXES):
        yield from warc.read(path)
    elif name.endswith(html.SUFFIXES):
        yield _html_article(path)
    else:
        yield Article(id=stem(path), path=str(path), text=read_text(path))


def can_share(name: str) -> bool:
    """Whether a file of this name can be read in parts (`read_articles`' `share`): JSON Lines by
    blocks of lines, Parquet by row groups. (A WARC record's id depends on the records before it.)"""
    return name.lower().endswith(jsonl.SUFFIXES + parquet.SUFFIXES)


def _html_article(path: Path) -> Article:
    page = html.read_page(read_bytes(path))
    return Article(
        id=stem(path),
        path=str(path),
        text=page.text,
        title=page.title,
        url=page.url,
        date=page.date,
        author=page.author,
        hints=page.hints,
        article_lines=page.article_lines,
        given={"source": page.site} if page.site else {},
    )


def read_file(path: Path, fields: Fields = DEFAULT_FIELDS) -> list[Article]:
    """Every article in one file. Raises `PartialLoad` (with the articles) when records were skipped,
    and `LoadError` when the file holds none."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_articles(path, fields):
        (skipped if isinstance(item, Skipped) else articles).append(item)  # type: ignore[arg-type]
    if not articles:
        raise LoadError(f"no article: {skipped[0]}" if skipped else "no article")
    if skipped:
        raise PartialLoad(articles, describe(skipped))
    return articles


def describe(skipped: list[Skipped]) -> str:
    """The skipped records of one file, named one by one up to `MAX_WARNINGS`."""
    shown = "; ".join(str(s) for s in skipped[:MAX_WARNINGS])
    more = len(skipped) - MAX_WARNINGS
    return f"{len(skipped)} record(s) skipped: {shown}" + (f"; and {more} more" if more > 0 else "")


def load_one(locator: Locator, fields: Fields = DEFAULT_FIELDS) -> Article:
    """Re-read one article from where it was found (for on-demand opening)."""
    path = Path(locator.path)
    if locator.line is None:
        for item in read_articles(path, fields):
            if isinstance(item, Article):
                return item
        raise LoadError("no article")
    name = path.name.lower()
    found: Article | None = None
    if name.endswith(parquet.SUFFIXES):
        found = parquet.read_row(path, locator.line, fields)
    elif name.endswith(warc.SUFFIXES):
        found = warc.read_at(path, locator.line)
    else:
        wanted = f"{path}:{locator.line}"
        records = jsonl.read(path, fields)
        found = next((a for a in records if isinstance(a, Article) and a.path == wanted), None)
    if found is None:
        raise LoadError(f"record {locator.line} is gone")
    return found


def locate(article: Article) -> Locator:
    """The `Locator` of a loaded article (multi-record files give `path:record`)."""
    head, sep, tail = article.path.rpartition(":")
    if sep and tail.isdigit() and head.lower().endswith(MULTI_SUFFIXES):
        return Locator(head, int(tail))
    return Locator(article.path)
