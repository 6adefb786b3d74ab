"""WARC and WET files (.warc, .warc.gz, .warc.wet.gz), read with FastWARC: one article per record.

- A `response` record is an HTML page (read as `reader.corpus.html` reads a file); a `conversion`
  record (WET) is the page's text already, one block a line.
- The id is the record's target URI without its scheme, made unique within the file (`#2`).
- `WARC-Date` is when the page was crawled: the article's date only when the page gives none.
- A record is located by its byte offset, so opening one seeks straight to it.
- A record whose Content-Length is wrong derails the parser; the reader warns once and picks up at the
  next record boundary it can find, so the rest of the file still loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reader.corpus.errors import LoadError, Skipped
from reader.corpus.html import read_page
from reader.corpus.text import decode
from reader.document import Article

SUFFIXES = (".warc", ".warc.gz", ".warc.wet", ".warc.wet.gz", ".wet", ".wet.gz")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_RESYNC_CHUNK = 1 << 16


def stem(name: str) -> str:
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _iterate(stream: BinaryIO) -> Iterator:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    kinds = WarcRecordType.response | WarcRecordType.conversion
    return iter(ArchiveIterator(stream, record_types=kinds, parse_http=True))


def read(path: Path) -> Iterator[Article | Skipped]:
    """Each HTML response's or text conversion's article; an unreadable record is `Skipped`."""
    seen: dict[str, int] = {}
    try:
        f = path.open("rb")
    except OSError as e:
        raise LoadError(e.strerror or str(e)) from e
    with f:
        records = _iterate(f)
        last = -1
        found_any = False
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (OSError, ValueError) as e:  # a header where the last record's length said one was
                where = f"after the record at byte {last}" if last >= 0 else "at the start"
                resumed = _resync(f, path.name.endswith(".gz"), max(last, 0) + 1)
                if resumed is None and not found_any:
                    raise LoadError(f"not a WARC file ({e})") from e
                yield Skipped(where, f"{e}: a Content-Length is wrong or the file is damaged"
                              + ("; read on from the next record" if resumed is not None else ""))
                if resumed is None:
                    break
                records = _iterate(f)
                continue
            found_any = True
            last = record.stream_pos
            article = _article(record, path, seen)
            if article is not None:
                yield article


def _resync(f: BinaryIO, gzipped: bool, start: int) -> int | None:
    """Seek to the next record start at or after `start` (a gzip member, or a `WARC/1.` line)."""
    magic = b"\x1f\x8b\x08" if gzipped else b"\nWARC/1."
    f.seek(start)
    offset = start
    tail = b""
    while chunk := f.read(_RESYNC_CHUNK):
        data = tail + chunk
        at = data.find(magic)
        if at >= 0:
            position = offset - len(tail) + at + (0 if gzipped else 1)
            f.seek(position)
            return position
        tail = data[-len(magic):]
        offset += len(chunk)
    return None


def _article(record: object, path: Path, seen: dict[str, int]) -> Article | Skipped | None:
    from fastwarc.warc import WarcRecordType

    headers = record.headers  # type: ignore[attr-defined]
    uri = (headers.get("WARC-Target-URI") or "").strip()
    crawled = (headers.get("WARC-Date") or "").strip() or None
    offset = record.stream_pos  # type: ignore[attr-defined]
    where = f"record at byte {offset}" + (f" ({uri})" if uri else "")
    try:
        body = record.reader.read()  # type: ignore[attr-defined]
    except (OSError, ValueError) as e:
        return Skipped(where, f"unreadable ({e})")
    title = author = date = site = page_url = None
    try:
        if record.record_type == WarcRecordType.conversion:  # type: ignore[attr-defined]
            text = decode(body)
            hints = {}
        else:
            http = record.http_headers  # type: ignore[attr-defined]
            ctype = (http.get("Content-Type") or "") if http is not None else ""
            if ctype and "html" not in ctype.lower():
                return None  # an image, a PDF, a script: not an article
            charset = _CHARSET.search(ctype)
            page = read_page(body, charset.group(1) if charset else None)
            text, hints = page.text, page.hints
            title, author, date, site, page_url = page.title, page.author, page.date, page.site, page.url
    except LoadError as e:
        return Skipped(where, str(e))
    return Article(
        id=_unique(_SCHEME.sub("", uri) or f"{stem(path.name)}@{offset}", seen),
        path=f"{path}:{offset}",
        text=text,
        title=title,
        url=uri or page_url,
        date=date,
        fallback_date=crawled,
        date_from="the crawl (WARC-Date)" if crawled else None,
        author=author,
        hints=hints,
        given={"source": site} if site else {},
    )


def _unique(name: str, seen: dict[str, int]) -> str:
    seen[name] = seen.get(name, 0) + 1
    return name if seen[name] == 1 else f"{name}#{seen[name]}"


def read_at(path: Path, offset: int) -> Article | None:
    """The article of the record at byte `offset`, seeking straight to it."""
    with path.open("rb") as f:
        f.seek(offset)
        for record in _iterate(f):
            article = _article(record, path, {})
            return article if isinstance(article, Article) else None
    return None
