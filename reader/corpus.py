"""Finding and decoding article files. Read-only: nothing here ever writes under the articles path."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from reader.clean.normalize import normalize_line, split_lines
from reader.document import Article

SUFFIXES = (".txt", ".md", ".jsonl", ".jsonl.gz")
# The encodings Chinese pages come in; limiting the detector to them keeps it fast and stops
# short GBK pages being taken for a Western code page.
CJK_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be"]
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class LoadError(Exception):
    """A file that cannot be read as articles; the message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class Locator:
    """Where an article lives: a file, and for JSON Lines the 1-based record line."""

    path: str
    line: int | None = None


def default_root() -> Path:
    return Path(os.environ.get("READER_ARTICLES") or "articles")


def is_article_file(name: str) -> bool:
    return name.endswith(SUFFIXES)


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


def decode(data: bytes) -> str:
    """Bytes → text in whichever of the CJK encodings fits; `LoadError` for binary or undecodable data."""
    if not data.strip():
        raise LoadError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise LoadError(f"invalid {encoding} after its byte-order mark") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        return _utf16_without_bom(data)
    lenient = data.decode("utf-8", errors="replace")
    # A UTF-8 page with a few broken sequences keeps its text; GBK read as UTF-8 breaks almost
    # everywhere and forms a valid multi-byte sequence only by chance.
    broken = lenient.count("\ufffd")
    if sum(1 for c in lenient if c > "\x7f") - broken >= 10 * broken:
        return lenient
    best = from_bytes(data, cp_isolation=CJK_ENCODINGS).best()
    if best is None:
        raise LoadError("not text in a known encoding")
    return str(best)


# Bytes that plain text in these encodings never holds (tab, newlines, form feed and ESC aside).
_BINARY_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return len(head.translate(None, _BINARY_BYTES)) < len(head) * 0.97


def _utf16_without_bom(data: bytes) -> str:
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text.encode("utf-8", errors="replace")):
            return text
    raise LoadError("binary data")


def stem(path: Path) -> str:
    name = path.name
    for suffix in (".jsonl.gz", ".jsonl", ".txt", ".md"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if path.name.endswith(".gz") else data
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise LoadError(getattr(e, "strerror", None) or str(e) or type(e).__name__) from e


def read_text(path: Path) -> str:
    """A plain-text article's decoded text."""
    return decode(_read_bytes(path))


def _record(raw: str) -> dict | None:
    """A JSON Lines record if the line is an object with a string `text`, else None."""
    try:
        rec = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return None
    return rec


def _optional_str(value: object) -> str | None:
    """A record's optional field as one clean line: its control and bidi characters go, as in the text."""
    if not isinstance(value, str):
        return None
    return " ".join(normalize_line(part)[0] for part in split_lines(value)).strip() or None


def read_jsonl(path: Path) -> tuple[list[Article], int]:
    """The records of a JSON Lines file, and how many lines were not valid records."""
    text = decode(_read_bytes(path))
    articles: list[Article] = []
    bad = 0
    base = stem(path)
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        rec = _record(raw)
        if rec is None:
            bad += 1
            continue
        rid = rec.get("id")
        # An id is one printable line: a newline in it would split `reader list` rows.
        given = _optional_str(str(rid)) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else None
        article_id = given or f"{base}:{number}"
        articles.append(
            Article(
                id=article_id,
                path=f"{path}:{number}",
                text=rec["text"],
                title=_optional_str(rec.get("title")),
                url=_optional_str(rec.get("url")),
                date=_optional_str(rec.get("date")),
            )
        )
    return articles, bad


def read_file(path: Path) -> list[Article]:
    """Every article in one file. Raises `LoadError` when the file holds none."""
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        articles, bad = read_jsonl(path)
        if not articles:
            raise LoadError("no valid JSON Lines record with a string 'text'")
        if bad:
            raise PartialLoad(articles, f"{bad} malformed record(s) skipped")
        return articles
    return [Article(id=stem(path), path=str(path), text=read_text(path))]


class PartialLoad(LoadError):
    """Some records of a JSON Lines file loaded, some did not."""

    def __init__(self, articles: list[Article], reason: str) -> None:
        super().__init__(reason)
        self.articles = articles


def load_one(locator: Locator) -> Article:
    """Re-read one article from where it was found (for on-demand opening)."""
    path = Path(locator.path)
    if locator.line is None:
        return Article(id=stem(path), path=str(path), text=read_text(path))
    articles, _ = read_jsonl(path)
    for article in articles:
        if article.path == f"{path}:{locator.line}":
            return article
    raise LoadError(f"record at line {locator.line} is gone")


def locate(article: Article) -> Locator:
    """The `Locator` of a loaded article (JSON Lines articles carry `path:line`)."""
    head, sep, tail = article.path.rpartition(":")
    if sep and tail.isdigit() and head.endswith((".jsonl", ".jsonl.gz")):
        return Locator(head, int(tail))
    return Locator(article.path)
