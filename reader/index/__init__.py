"""The metadata index: what the article list and corpus search need, cached in SQLite.

- `files`: the article files under a folder, in walk order, with their size and mtime;
- `text`: the folded form search compares in, and the text FTS5 tokenises;
- `rows`: `Row`, one article as stored, and `Prebuilt`, rows whose search shard is made already;
- `store`: the SQLite index file and its search shards, and `Index.sync`;
- `groups`: reposts grouped as articles are stored and forgotten (`reader.reposts`);
- `pool`: the process pool that cleans new and changed files;
- `parts`: the rows of `reader batch`'s part files, read by column, and their search shards.
"""

from reader.index.files import FileStat, key_range, scan, walk
from reader.index.pool import POOL_MIN
from reader.index.rows import COLUMNS, EVIDENCE_SEP, Article, Extracted, Extractor, Prebuilt, Row
from reader.index.store import Index, OnBatch, SyncReport, engine_fingerprint, is_corrupt
from reader.index.text import match_expression, normalise, query_words, search_text, storable

__all__ = [
    "COLUMNS",
    "EVIDENCE_SEP",
    "POOL_MIN",
    "Article",
    "Extracted",
    "Extractor",
    "FileStat",
    "Index",
    "OnBatch",
    "Prebuilt",
    "Row",
    "SyncReport",
    "engine_fingerprint",
    "is_corrupt",
    "key_range",
    "match_expression",
    "normalise",
    "query_words",
    "scan",
    "search_text",
    "storable",
    "walk",
]
