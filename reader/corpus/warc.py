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
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reader.corpus.errors import LoadError, Skipped
from reader.corpus.html import read_page
from reader.corpus.records import one_line
from reader.corpus.text import decode
from reader.document import Article

SUFFIXES = (".warc", ".warc.gz", ".warc.wet", ".warc.wet.gz", ".wet", ".wet.gz")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_RESYNC_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
_CUT = "cut short: the file ends inside this record"


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
        reported: set[int] = set()  # offsets of records already warned about
        resumed: int | None = None  # where the last resync picked up
        damaged = False  # no record read since the last failure
        while True:
            try:
                record = next(records)
            except StopIteration:
                cut = _cut_member(f, max(last, 0)) if path.name.endswith(".gz") else None
                if cut is not None and cut not in reported:
                    yield Skipped(f"record at byte {cut}", _CUT)
                break
            except (OSError, ValueError) as e:  # a header where the last record's length said one was
                where = f"after the record at byte {last}" if last >= 0 else "at the start"
                # Past the last record and past where the last resync picked up: a resync that lands
                # on a damaged record again must move on, not find that record forever.
                resumed = _resync(f, path.name.endswith(".gz"), max(last, resumed or 0) + 1)
                if resumed is None and not found_any:
                    raise LoadError(f"not a WARC file ({e})") from e
                if not damaged:  # one warning for a damaged stretch, however many resyncs it takes
                    yield Skipped(
                        where,
                        f"{e}: a Content-Length is wrong or the file is damaged"
                        + ("; read on from the next record" if resumed is not None else ""),
                    )
                damaged = True
                if resumed is None:
                    break
                records = _iterate(f)
                continue
            found_any = True
            damaged = False
            last = record.stream_pos
            article = _article(record, path, seen)
            if isinstance(article, Skipped):
                reported.add(last)
            if article is not None:
                yield article


def _cut_member(f: BinaryIO, start: int) -> int | None:
    """The offset of the first gzip member at or after `start` that ends before its end of stream (a
    file cut short), which FastWARC passes over in silence. None when every member is whole, or when
    `start` is not where a member starts (a WARC gzipped whole rather than a record a member)."""
    f.seek(start)
    member, data = start, b""
    while True:
        if len(data) < len(_GZIP_MAGIC):
            data += f.read(_RESYNC_CHUNK)
        if not data.startswith(_GZIP_MAGIC):
            return None  # the end of the file, or bytes that are not a member: not a cut
        inflate = zlib.decompressobj(wbits=31)
        fed = len(data)  # bytes from `member` on given to `inflate`
        while True:
            try:
                while data and not inflate.eof:
                    inflate.decompress(data, _RESYNC_CHUNK)  # bounded: a member may inflate a thousandfold
                    data = inflate.unconsumed_tail
            except zlib.error:
                return member
            if inflate.eof:
                data = inflate.unused_data
                member += fed - len(data)
                break
            data = f.read(_RESYNC_CHUNK)
            if not data:
                return member
            fed += len(data)


def _resync(f: BinaryIO, gzipped: bool, start: int) -> int | None:
    """Seek to the next record start at or after `start` (a gzip member, or a `WARC/1.` line)."""
    magic = _GZIP_MAGIC if gzipped else b"\nWARC/1."
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
        tail = data[-len(magic) :]
        offset += len(chunk)
    return None


def _article(record: object, path: Path, seen: dict[str, int]) -> Article | Skipped | None:
    from fastwarc.warc import WarcRecordType

    headers = record.headers  # type: ignore[attr-defined]
    uri = one_line(headers.get("WARC-Target-URI")) or ""  # one clean line: it names the article
    crawled = one_line(headers.get("WARC-Date"))
    offset = record.stream_pos  # type: ignore[attr-defined]
    where = f"record at byte {offset}" + (f" ({uri})" if uri else "")
    try:
        body = record.reader.read()  # type: ignore[attr-defined]
    except (OSError, ValueError) as e:
        return Skipped(where, f"unreadable ({e})")
    if headers.get("Content-Length") is None or len(body) < record.content_length:  # type: ignore[attr-defined]
        return Skipped(where, _CUT)
    title = author = date = site = page_url = article = None
    try:
        if record.record_type == WarcRecordType.conversion:  # type: ignore[attr-defined]
            text = decode(body)
            hints = {}
            if not text.strip():  # a byte-order mark and blank lines: no article
                raise LoadError("empty")
        else:
            http = record.http_headers  # type: ignore[attr-defined]
            ctype = (http.get("Content-Type") or "") if http is not None else ""
            if ctype and "html" not in ctype.lower():
                return None  # an image, a PDF, a script: not an article
            charset = _CHARSET.search(ctype)
            page = read_page(body, charset.group(1) if charset else None)
            text, hints, article = page.text, page.hints, page.article_lines
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
        article_lines=article,
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
