"""A filtered set of articles written out as JSON Lines, CSV or Parquet: one row per article.

Rows follow `SCHEMA`; `text` is the cleaned article as Markdown, `mark` its triage mark (`keep`,
`reject`, or null). An export is itself a corpus: the reader opens it again, taking its titles,
metadata and regions as given.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from reader import paths
from reader.document import ARTICLE_FIELDS, Document, Script
from reader.entries import Entry
from reader.library import Library
from reader.marks import Marks
from reader.render import render_markdown

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
SCHEMA = (*ARTICLE_FIELDS, "mark")
PARQUET_ROWS = 1000  # rows per row group: a reader of the export streams it in steps this size


class ExportError(Exception):
    """An export that must not run: it would overwrite a file, or write into the articles folder."""


def rows(
    library: Library, entries: Iterable[Entry], marks: Marks, script: Script = "original"
) -> Iterator[dict]:
    """The export row of each entry, cleaned (and converted to `script`) as `reader show` shows it,
    with its mark."""
    for entry in entries:
        yield record(entry.id, entry.path, library.view(entry, script)) | {"mark": marks.of(entry)}


def record(id_: str, path: str, doc: Document) -> dict:
    """One article's fields (`ARTICLE_FIELDS`), as an export and `reader batch` write them."""
    r = doc.region
    return {
        "id": id_,
        "path": path,
        "url": doc.url,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "date": doc.date,
        "source": doc.source,
        "author": doc.author,
        "editor": doc.editor,
        "script": doc.script,
        "province": r.province,
        "city": r.city,
        "county": r.county,
        "adcode": r.adcode,
        "text": render_markdown(doc),
    }


def check_target(output: Path, articles: Path, force: bool) -> None:
    """Refuse an output inside the articles folder (or on the article file), or over a file without
    `force`."""
    out = output.resolve()
    root = articles.resolve()
    if out == root or (root.is_dir() and out.is_relative_to(root)):
        raise ExportError(f"will not write into the articles folder: {output}")
    if out.exists() and not force:
        raise ExportError(f"{output} exists; add --force to overwrite it")


def write(
    records: Iterable[dict],
    fmt: Format,
    output: Path | None,
    stdout: IO[str] | None = None,
    on_row: Callable[[], None] = lambda: None,
) -> int:
    """Write the rows to `output` (atomically: a finished file or none), or to `stdout` for JSON Lines
    and CSV. Returns how many were written."""
    if output is None:
        if fmt == "parquet" or stdout is None:
            raise ExportError("Parquet needs a file: add -o FILE")
        return _WRITERS[fmt](records, stdout, on_row)
    with paths.replacing(output) as tmp:
        if fmt == "parquet":
            count = _write_parquet(records, tmp, on_row)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                count = _WRITERS[fmt](records, f, on_row)
    return count


def _write_jsonl(records: Iterable[dict], out: IO[str], on_row: Callable[[], None]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
        on_row()
    return count


def _write_csv(records: Iterable[dict], out: IO[str], on_row: Callable[[], None]) -> int:
    writer = csv.DictWriter(out, fieldnames=SCHEMA, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(record)
        count += 1
        on_row()
    return count


def _write_parquet(records: Iterable[dict], path: Path, on_row: Callable[[], None]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in SCHEMA])
    count = 0
    batch: list[dict] = []
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for record in records:
            batch.append(record)
            count += 1
            on_row()
            if len(batch) == PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count


_WRITERS: dict[str, Callable[[Iterable[dict], IO[str], Callable[[], None]], int]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
}


def default_name(fmt: Format, folder: Path | None = None) -> Path:
    """A file name for an export from the TUI: `reader-export.jsonl` in `folder`, else in the user's
    documents folder when there is one, else the current folder; never one that exists."""
    if folder is None:
        folder = paths.documents_dir() or Path.cwd()
    candidate = folder / f"reader-export.{fmt}"
    n = 2
    while candidate.exists():
        candidate = folder / f"reader-export-{n}.{fmt}"
        n += 1
    return candidate


__all__ = [
    "ARTICLE_FIELDS",
    "FORMATS",
    "SCHEMA",
    "ExportError",
    "Format",
    "check_target",
    "default_name",
    "record",
    "rows",
    "write",
]
