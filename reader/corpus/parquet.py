"""Parquet corpora (FineWeb-2, CCI, an export of this reader): one article per row, a row group at a time.

Only the columns an article needs are read, batch by batch, so a 10 GB file is never held whole.
Row numbers (1-based) locate an article; opening one reads only its row group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reader.corpus.errors import LoadError, Skipped
from reader.corpus.records import DATE_FIELDS, GIVEN_FIELDS, REGION_FIELDS, Fields, Share, to_article
from reader.document import Article

if TYPE_CHECKING:
    import pyarrow.parquet as pq

SUFFIXES = (".parquet",)
BATCH_ROWS = 1024


def _open(path: Path) -> pq.ParquetFile:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError, ValueError) as e:
        raise LoadError(f"not a readable Parquet file ({_short(e)})") from e


def _short(e: Exception) -> str:
    return str(e).splitlines()[0][:160] if str(e) else type(e).__name__


def _columns(file: pq.ParquetFile, fields: Fields) -> list[str]:
    names = set(file.schema_arrow.names)
    texts = [n for n in fields.texts if n in names]
    if not texts:
        raise LoadError(f"no text column ({', '.join(fields.texts)})")
    wanted = [
        *texts,
        fields.id or "id",
        fields.url or "url",
        "title",
        *DATE_FIELDS,
        *GIVEN_FIELDS,
        *REGION_FIELDS,
    ]
    return list(dict.fromkeys(n for n in wanted if n in names))


def _plain(value: object) -> object:
    """A timestamp column's value as ISO text, like a JSON record's."""
    return value.isoformat() if isinstance(value, (dt.datetime, dt.date)) else value


def read(
    path: Path, fields: Fields, groups: range | None = None, share: Share | None = None
) -> Iterator[Article | Skipped]:
    """Each row's article, batch by batch; a row with no text is `Skipped`. With `groups`, only the
    rows of those row groups (numbered as in the whole file): `reader batch` splits a file by them.
    With a `share` (part, parts), the part-th of `parts` runs of row groups (the index's pool does)."""
    import pyarrow as pa

    file = _open(path)
    columns = _columns(file, fields)
    if share is not None:
        part, parts = share
        count = file.num_row_groups
        groups = range(part * count // parts, (part + 1) * count // parts)
    stem = path.name.removesuffix(".parquet")
    number = sum(file.metadata.row_group(g).num_rows for g in range(groups.start)) if groups else 0
    try:
        for batch in file.iter_batches(
            batch_size=BATCH_ROWS, columns=columns, row_groups=list(groups) if groups is not None else None
        ):
            for row in batch.to_pylist():
                number += 1
                record = {k: _plain(v) for k, v in row.items()}
                article = to_article(record, fields, f"{stem}:{number}", f"{path}:{number}")
                yield article if article is not None else Skipped(f"row {number}", "no text")
    except (pa.ArrowException, OSError) as e:
        yield Skipped(f"after row {number}", f"the file is damaged ({_short(e)})")


def read_row(path: Path, number: int, fields: Fields) -> Article | None:
    """The article of row `number` (1-based), reading only its row group."""
    file = _open(path)
    columns = _columns(file, fields)
    first = 1
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if number < first + rows:
            row = file.read_row_group(group, columns=columns).slice(number - first, 1).to_pylist()[0]
            record = {k: _plain(v) for k, v in row.items()}
            stem = path.name.removesuffix(".parquet")
            return to_article(record, fields, f"{stem}:{number}", f"{path}:{number}")
        first += rows
    return None
