"""The output of `reader batch` read back: articles cleaned already, one row each, in Parquet files.

`reader batch` marks its files with Parquet key-value metadata: a part file of cleaned articles with
`reader:cleaned`, an errors file with `reader:errors`. The reader opens such a folder like any corpus,
but never cleans these rows again:
- the index takes each row's title, date, source, script and region from its columns, and its
  search text from the part's search shard or `search_body` (`reader.index.parts`), and lists an
  errors file as the warning it is (`errors_warning`);
- opening one article turns its Markdown (`text`) back into blocks (`document_at`), with its removed
  lines and repairs from their JSON columns, so `show` and `explain --json` work; the page as read is
  not kept, so `explain` lists the rules used but not the page line by line.

Any other Parquet file is none of this module's business (`kind` is None), and is read as a corpus.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
from pathlib import Path
from typing import Literal

from reader.corpus.errors import LoadError, Skipped
from reader.document import ARTICLE_FIELDS, Block, Document, Region, Removal, Repair

CLEANED_KEY = b"reader:cleaned"
ERRORS_KEY = b"reader:errors"
# A region from the batch is the batch's finding, taken as a curated set's is (`reader.engine.analyse`).
REGION_EVIDENCE = ("the record's region fields",)
# The columns a cleaned row is read from: an article's fields but its path (read back, a row lives
# at its part file), and the fingerprint of the page as read, for its marks.
DOCUMENT_COLUMNS = (*(name for name in ARTICLE_FIELDS if name != "path"), "fingerprint")
BATCH_ROWS = 1024
_HEADING = re.compile(r"(#{2,6}) (.*)", re.DOTALL)

Kind = Literal["cleaned", "errors"]


def kind(path: str | os.PathLike[str]) -> Kind | None:
    """ "cleaned" for a part file of `reader batch`, "errors" for its errors file, else None (any other
    file, a Parquet file that cannot be opened included: the ordinary loader reports it)."""
    if not os.fspath(path).lower().endswith(".parquet"):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _kind(os.fspath(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _kind(path: str, size: int, mtime_ns: int) -> Kind | None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_metadata(path).metadata or {}
    except (pa.ArrowException, OSError, ValueError):
        return None
    if CLEANED_KEY in metadata:
        return "cleaned"
    return "errors" if ERRORS_KEY in metadata else None


# -- Markdown back into blocks ---------------------------------------------------------------------


def byline_line(doc: Document) -> str:
    """The `*…*` line `render_markdown` writes under the title, or "" when it writes none."""
    from reader.regions import region_path
    from reader.render import byline

    meta = " · ".join(x for x in (byline(doc), region_path(doc.region)) if x)
    return f"*{meta}*" if meta else ""


def _body(markdown: str, doc: Document) -> list[str]:
    """The lines of `markdown` below its header (`# title`, the subtitle and the byline)."""
    lines = markdown.rstrip("\n").split("\n")
    at = 1  # past `# title`
    for header in (f"**{doc.subtitle}**" if doc.subtitle else "", byline_line(doc)):
        if header and lines[at : at + 2] == ["", header]:
            at += 2
    return lines[at:]


def parse_markdown(markdown: str, doc: Document) -> tuple[Block, ...]:
    """The blocks `reader.render.render_markdown` wrote as `markdown` for `doc` (whose title,
    subtitle, byline and region are known from their columns): the exact inverse, except that a
    paragraph whose text starts like Markdown (`- `, `## `) comes back as what it looks like, and a
    heading of level 6 as level 5."""
    blocks: list[Block] = []
    previous = "blank"  # the kind of the line before: "blank", or the block it belongs to
    for line in _body(markdown, doc):
        if not line:
            previous = "blank"
            continue
        if previous == "list_item" and line.startswith("- "):
            blocks.append(Block("list_item", line[2:]))
        elif previous != "blank" and blocks:  # a block's text that runs over lines
            last = blocks[-1]
            blocks[-1] = Block(last.type, f"{last.text}\n{line}", last.level)
            continue
        elif heading := _HEADING.fullmatch(line):
            blocks.append(Block("heading", heading.group(2), len(heading.group(1)) - 1))
        elif line.startswith("- "):
            blocks.append(Block("list_item", line[2:]))
        else:
            blocks.append(Block("paragraph", line))
        previous = blocks[-1].type
    return tuple(blocks)


def region_of(row: dict) -> Region:
    if not (row.get("adcode") or row.get("province")):
        return Region()
    return Region(
        row.get("province"), row.get("city"), row.get("county"), row.get("adcode"), 1.0, REGION_EVIDENCE
    )


def _header(row: dict) -> Document:
    """A row's document without its body: metadata from the columns."""
    return Document(
        title=row.get("title") or "",
        subtitle=row.get("subtitle"),
        date=row.get("date"),
        source=row.get("source"),
        author=row.get("author"),
        editor=row.get("editor"),
        url=row.get("url"),
        script="traditional" if row.get("script") == "traditional" else "simplified",
        region=region_of(row),
    )


def to_document(row: dict) -> Document:
    """A row's document: metadata from the columns, blocks from the Markdown; removals and repairs
    when the row has their columns."""
    doc = _header(row)
    blocks = parse_markdown(row.get("text") or "", doc)
    removed = tuple(
        Removal(r["line"], r["text"], r["rule"], bool(r.get("part")))
        for r in json.loads(row.get("removed_lines") or "[]")
    )
    repairs = tuple(
        Repair(r["line"], r["before"], r["after"], r["rule"]) for r in json.loads(row.get("repairs") or "[]")
    )
    return dataclasses.replace(doc, blocks=blocks, removed=removed, repairs=repairs)


def search_body(row: dict) -> str:
    """What search reads of a row: `Document.text` of its header, with the Markdown below the header
    as it stands for one block. The same words in the same order as the blocks it would be parsed
    into, its markers (`## `, `- `) falling in the runs of ASCII punctuation and space that search
    reads as one break either way (see `reader.index.text`)."""
    doc = _header(row)
    body = Block("paragraph", "\n".join(_body(row.get("text") or "", doc)))
    return dataclasses.replace(doc, blocks=(body,)).text()


# -- Reading --------------------------------------------------------------------------------------


def document_at(path: Path, number: int) -> Document:
    """The document of row `number` (1-based) of a cleaned part file, reading only its row group."""
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    first = 1
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if number < first + rows:
            row = file.read_row_group(group).slice(number - first, 1).to_pylist()[0]
            return to_document(row)
        first += rows
    raise LoadError(f"record {number} is gone")


def errors_warning(path: Path) -> str | None:
    """An errors file as one warning: the records `reader batch` could not read or clean, and why."""
    import pyarrow.parquet as pq

    from reader.corpus import describe

    table = pq.read_table(path, columns=["path", "where", "reason"])
    skipped = [
        Skipped(f"{r['path']} ({r['where']})" if r["where"] else r["path"], r["reason"])
        for r in table.to_pylist()
    ]
    return f"reader batch: {describe(skipped)}" if skipped else None
