"""JSON Lines corpora (.jsonl, .jsonl.gz): one article per record, read as a stream.

A gzip file cut short keeps the records before the cut; the cut is reported once.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from reader.corpus.errors import LoadError, Skipped
from reader.corpus.records import Fields, Share, to_article
from reader.corpus.text import decode
from reader.document import Article

SUFFIXES = (".jsonl", ".jsonl.gz")
SHARE_LINES = 64  # a share of a file reads every parts-th block of this many lines


def stem(name: str) -> str:
    for suffix in (".jsonl.gz", ".jsonl"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _raw_lines(path: Path) -> Iterator[str | bytes | Skipped]:
    """The file's lines; a broken gzip stream ends them with one `Skipped`.

    A plain file is decoded whole (it may be UTF-16 or GBK); a gzip file is streamed line by line,
    so a large one is never held in memory at once.
    """
    try:
        if not path.name.endswith(".gz"):
            yield from decode(path.read_bytes()).splitlines()
            return
        with gzip.open(path, "rb") as f:
            yield from io.BufferedReader(f)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield Skipped("end of file", f"the gzip stream is cut short or corrupt ({e or type(e).__name__})")
    except OSError as e:
        raise LoadError(e.strerror or str(e) or type(e).__name__) from e


def read(path: Path, fields: Fields, share: Share | None = None) -> Iterator[Article | Skipped]:
    """Each record's article; a line that is not an object with a text field is `Skipped`. With a
    `share` (part, parts), only the records of every parts-th block of `SHARE_LINES` lines from the
    part-th: every part splits the lines alike, and only the first reports a cut stream."""
    base = stem(path.name)
    part, parts = share or (0, 1)
    number = 0
    for raw in _raw_lines(path):
        if isinstance(raw, Skipped):
            if number == 0:
                raise LoadError(raw.reason)
            if part == 0:
                yield Skipped(f"after line {number}", raw.reason)
            return
        number += 1
        if parts > 1 and (number - 1) // SHARE_LINES % parts != part:
            continue
        if not raw.strip():
            continue
        article = _article(raw, fields, f"{base}:{number}", f"{path}:{number}")
        if article is None:
            yield Skipped(f"line {number}", "not a JSON object with a text field")
        else:
            yield article


def _article(raw: str | bytes, fields: Fields, fallback_id: str, where: str) -> Article | None:
    try:
        record = json.loads(raw)
    except ValueError:
        if isinstance(raw, str):
            return None
        try:  # a gzip line that is not UTF-8: a GBK export, say
            record = json.loads(decode(raw))
        except (ValueError, LoadError):
            return None
    return to_article(record, fields, fallback_id, where) if isinstance(record, dict) else None
