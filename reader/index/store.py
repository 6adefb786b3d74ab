"""The SQLite store: one index file of rows, and beside it the search shards.

It is derived data only, kept under the user cache directory (`$READER_CACHE_DIR`, else
platformdirs' `user_cache_dir("reader")`), in files named after the version of the engine. Files
are keyed by absolute path, size and mtime, so a sync cleans only new or changed files and drops
deleted ones. An index that is corrupt is moved aside, one of another schema or engine is deleted,
and either is rebuilt from the articles, never trusted; deleting the cache at any time loses nothing.

The index file holds the files and the article rows (`Row`). Search lives in shards beside it
(`<index>.search-N`), each a contentless FTS5 table over `search_text`: the worker numbered N of
a pool writes shard N alone, so the workers tokenise and write in parallel and the parent, which
only stores the small rows, is never the bottleneck. A shard hands out the rowids of the articles
whose text it holds (`Shard.add`), so an article's row and its search row share one rowid, and
rowids are never reused: a search row left behind by a deleted article names nothing.

A part file of `reader batch` comes with a shard of its own, made by the batch (`write_shard`), whose
rowids are the part's row numbers. The index copies it in whole (`<index>.search-xN`, `Shard.attach`)
instead of tokenising its texts again, and gives its rows the rowids `EXTERNAL + N << ROW_BITS + row`;
the shard is deleted with the part file's rows.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from reader.corpus import Share
from reader.index import groups, pool
from reader.index.files import FileStat, key_range, scan
from reader.index.rows import COLUMNS, Extractor, Prebuilt, Row
from reader.index.text import match_expression
from reader.paths import cache_dir

SCHEMA_VERSION = 5
STALE_AFTER_S = 86_400  # another engine's index file, or a file set aside, unused this long is deleted
# How often a long sync commits and reports progress: the first batch soon, for a first screen.
FIRST_BATCH_SECONDS, BATCH_SECONDS = 0.25, 1.0
SHARD_SLOTS = 256  # rowid = a shard's counter × SHARD_SLOTS + the shard's number
DEAD_MAX = 1000  # dead search rows past this, and past the live ones, make a sync start afresh
# Rowids of the rows whose shard came made (a part file of `reader batch`): past every counted one.
EXTERNAL, ROW_BITS = 1 << 40, 24

_NONE = np.empty(0, dtype=np.int64)  # a shard's rowids when it matches nothing
OnBatch = Callable[[list[Row], int, int], None]  # rows of new files just stored, files cleaned, to clean
# A file (or a share of one: `pool.split`), its rows (rowids given), its warning, and its articles'
# repost signatures.
Stored = tuple[FileStat, Share | None, list[Row], str | None, list[bytes]]

_STORED = COLUMNS[2:]  # what `articles` holds besides rowid, key and path
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    key BLOB PRIMARY KEY,           -- `walk_key` of the absolute path: orders as `discover` does
    path TEXT NOT NULL,             -- absolute
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    warning TEXT                    -- why the file, or some of its records, were skipped
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,      -- given by the search shard that holds the article's text
    key BLOB NOT NULL,
    path TEXT NOT NULL,
    {", ".join(_STORED)}
);
CREATE INDEX IF NOT EXISTS articles_in_order ON articles (key, line);
{groups.SCHEMA}
INSERT OR IGNORE INTO meta VALUES ('dead', 0);
PRAGMA user_version = {SCHEMA_VERSION};
"""
# detail=full keeps each token's positions, so a query word is matched as a phrase; the ascii
# tokenizer splits on the spaces between characters and keeps every other non-ASCII one.
# Pages of 16 KB, and FTS5 leaves as large: measured, a third less CPU to insert than 4 KB, and no
# slower to query (a common character's positions run over many pages).
SHARD_PAGE = 16384
_SHARD_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search
    USING fts5 (text, content='', detail=full, columnsize=0, tokenize='ascii');
INSERT INTO search (search, rank) VALUES ('pgsz', {SHARD_PAGE - 384});
"""
_ENGINE = (
    "clean",
    "regions",
    "corpus",
    "index",
    "sites.py",
    "convert.py",
    "document.py",
    "engine.py",
    "extract.py",
    "entries.py",
    "reposts.py",
)
# What decides the search text of a `reader batch` row (`reader.index.parts.search_body`), and so
# whether a shard the batch made is the one this index would make.
_SEARCH = (
    "index/text.py",
    "index/parts.py",
    "corpus/cleaned.py",
    "document.py",
    "render.py",
    "regions/__init__.py",
)


def engine_fingerprint() -> str:
    """A hash of the code and data that decide what the index holds: when the cleaner, the region
    detector or this schema changes, every stored row is stale."""
    import opencc  # its tables decide the Simplified form that search compares in

    base = Path(__file__).parent.parent
    digest = hashlib.blake2b(getattr(opencc, "__version__", "").encode(), digest_size=16)
    for name in _ENGINE:
        top = base / name
        files = (
            sorted(p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
            if top.is_dir()
            else [top]
        )
        for path in files:
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.cache
def search_format() -> str:
    """A hash of the code and tables that make a shard's contents from a batch row: a shard that
    `reader batch` made with other ones is not used (the index tokenises the texts itself)."""
    import opencc

    base = Path(__file__).parent.parent
    versions = f"{getattr(opencc, '__version__', '')} {SCHEMA_VERSION}"
    digest = hashlib.blake2b(versions.encode(), digest_size=16)
    digest.update(_SHARD_SCHEMA.encode())
    for name in _SEARCH:
        with contextlib.suppress(FileNotFoundError):
            digest.update(name.encode() + b"\0" + (base / name).read_bytes())
    return digest.hexdigest()


def is_corrupt(error: sqlite3.Error) -> bool:
    """A broken file, as opposed to a busy or read-only one."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or type(error) is sqlite3.DatabaseError


def _open(path: Path | str, page_size: int | None = None) -> sqlite3.Connection:
    """A connection in WAL mode; `page_size` applies to a file yet empty."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        if page_size:
            db.execute(f"PRAGMA page_size = {page_size}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # a crash may lose the last batch, never corrupt
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """`BEGIN IMMEDIATE` … `COMMIT`, rolled back on any error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _script(db: sqlite3.Connection, script: str) -> None:
    """Run a schema script in one transaction (`executescript` would commit an open one first)."""
    try:
        db.executescript(f"BEGIN IMMEDIATE; {script} COMMIT;")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _db_path(path: str) -> str | bytes:
    """A path as SQLite can store it: a file name that is not UTF-8 is kept as its bytes."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def _os_path(value: str | bytes) -> str:
    return value if isinstance(value, str) else os.fsdecode(value)


_as_row = partial(tuple.__new__, Row)  # a stored row as a `Row`, in C


# -- Search shards ------------------------------------------------------------------------------


def shard_path(index_path: Path, number: int) -> Path:
    return index_path.with_name(f"{index_path.name}.search-{number}")


def external_path(index_path: Path, number: int) -> Path:
    return index_path.with_name(f"{index_path.name}.search-x{number}")


def shard_paths(index_path: Path) -> list[Path]:
    """The index's shards: the workers' (`search-N`) and those copied in (`search-xN`)."""
    prefix = f"{index_path.name}.search-"
    return sorted(
        p for p in index_path.parent.glob(prefix + "*") if p.name[len(prefix) :].removeprefix("x").isdigit()
    )


def _rowid_base(path: Path) -> int:
    """What a shard's rowids are offset by in `articles`: 0, or a copied shard's `EXTERNAL` range."""
    tail = path.name.rsplit("-", 1)[1]
    return EXTERNAL + (int(tail[1:]) << ROW_BITS) if tail.startswith("x") else 0


class NewShard:
    """A shard of its own, filled in steps with the rowids 1, 2, … and finished with its `meta`
    (`reader batch` writes one per part file): optimised, one file in rollback-journal mode, so
    that an index can copy it whole (`Shard.attach`)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute(f"PRAGMA page_size = {SHARD_PAGE}")
        _script(self.db, f"{_SHARD_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION};")
        self.count = 0

    def add(self, texts: list[str]) -> None:
        with transaction(self.db):
            self.db.executemany(
                "INSERT INTO search (rowid, text) VALUES (?, ?)", enumerate(texts, self.count + 1)
            )
        self.count += len(texts)

    def finish(self, meta: dict[str, str | int]) -> None:
        with transaction(self.db):
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            self.db.execute("INSERT INTO search (search) VALUES ('optimize')")
        self.db.execute("VACUUM")  # the pages the merge freed: half the file
        self.close()

    def close(self) -> None:
        self.db.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def read_shard_meta(path: Path) -> dict[str, str | int]:
    """The `meta` of a shard made by `write_shard`, read-only; empty when it is not one."""
    try:
        with contextlib.closing(_open_read_only(path)) as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return {}
            return dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return {}


class Shard:
    """One search shard: the FTS5 table of the articles one worker stored."""

    def __init__(self, index_path: Path, number: int) -> None:
        self.index_path = index_path
        self.number = number
        self.path = shard_path(index_path, number)
        self.db = _open(self.path, page_size=SHARD_PAGE)
        if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            _script(self.db, f"{_SHARD_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION};")

    def add(self, texts: list[str]) -> list[int]:
        """Store the search texts of new articles; their rowids, in order."""
        db = self.db
        with transaction(db):
            rowids = self._take(len(texts))
            db.executemany("INSERT INTO search (rowid, text) VALUES (?, ?)", zip(rowids, texts, strict=True))
        return rowids

    def attach(self, source: str) -> int:
        """Copy in a shard made already (`write_shard`) under a number of this shard's; what its
        rowids are to be offset by."""
        with transaction(self.db):
            (number,) = self._take(1)
        target = external_path(self.index_path, number)
        tmp = target.with_name(f"{target.name}.tmp")
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
        return _rowid_base(target)

    def _take(self, count: int) -> list[int]:
        """`count` new rowids of this shard (in a transaction)."""
        found = self.db.execute("SELECT value FROM meta WHERE key = 'next'").fetchone()
        first = found[0] if found else self._first_counter()
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('next', ?)", (first + count,))
        return [(first + i) * SHARD_SLOTS + self.number for i in range(count)]

    def _first_counter(self) -> int:
        """A new shard's counter starts past every rowid and copied shard the index holds (a shard
        that went missing must not hand out its old numbers again)."""
        with contextlib.closing(sqlite3.connect(self.index_path, timeout=30)) as index:
            highest = index.execute(
                "SELECT max(rowid) FROM articles WHERE rowid < ?"
                " UNION ALL SELECT (max(rowid) - ?) >> ? FROM articles WHERE rowid >= ?",
                (EXTERNAL, EXTERNAL, ROW_BITS, EXTERNAL),
            ).fetchall()
        return max(value or 0 for (value,) in highest) // SHARD_SLOTS + 1

    def clear(self) -> None:
        self.db.execute("INSERT INTO search (search) VALUES ('delete-all')")

    def close(self) -> None:
        self.db.close()


_shards: dict[tuple[int, Path, int], Shard] = {}  # this process's writers, by (pid, index, number)


def _shard(index_path: Path, number: int) -> Shard:
    key = (os.getpid(), index_path, number)  # a forked worker must not use its parent's connection
    shard = _shards.get(key)
    if shard is None:
        shard = _shards[key] = Shard(index_path, number)
    return shard


@dataclass(frozen=True)
class _Clean:
    """The pool's job: clean a chunk of files, store their search texts in this worker's shard, and
    return their rows with rowids (small: the texts never travel back)."""

    extract: Extractor
    index_path: Path

    def __call__(self, chunk: list[pool.Work]) -> list[Stored]:
        extracted = [
            (f, share, *(self.extract(f.path) if share is None else self.extract(f.path, share=share)))
            for f, share in chunk
        ]
        shard = _shard(self.index_path, pool.worker_number())
        rowids = iter(
            shard.add(
                [
                    text
                    for _, _, articles, _ in extracted
                    if not isinstance(articles, Prebuilt)
                    for _, text, _ in articles
                ]
            )
        )
        stored: list[Stored] = []
        for f, share, articles, warning in extracted:
            if isinstance(articles, Prebuilt):
                base = shard.attach(articles.shard)
                rows = [row._replace(rowid=base + (row.line or 0), path=f.path) for row in articles.rows]
                signatures = articles.signatures
            else:
                rows = [row._replace(rowid=next(rowids), path=f.path) for row, _, _ in articles]
                signatures = [signature for _, _, signature in articles]
            stored.append((f, share, rows, warning, signatures))
        return stored


@dataclass
class _Shares:
    """What the shares of one file stored so far gave."""

    rows: int = 0
    warnings: list[str] = field(default_factory=list)


# -- The index ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncReport:
    files: int  # article files under the root
    cleaned: int  # files (re-)cleaned in this sync
    removed: int  # files that were indexed and are gone


class Index:
    """One SQLite file for every folder the reader has been pointed at, and its search shards. Each
    thread that uses an `Index` gets its own connections, so a search can run while a sync writes
    (WAL mode)."""

    def __init__(self, path: Path | None = None, variant: str = "") -> None:
        """The index at `path`, by default the current engine's file in `cache_dir()`; a `variant`
        (records read with other fields, `--text-field content`) has a file of its own."""
        self._fingerprint = engine_fingerprint()
        # One file per engine version: two versions of the reader never fight over one index.
        tag = self._fingerprint[:16] + (
            f"-{hashlib.blake2b(variant.encode(), digest_size=4).hexdigest()}" if variant else ""
        )
        name = f"index-{SCHEMA_VERSION}-{tag}.sqlite3"
        self.path = path if path is not None else cache_dir() / name
        self.notice: str | None = None  # set when the cache could not be used
        self._local = threading.local()
        self._lock = threading.Lock()
        self._readers: dict[Path, tuple[threading.Lock, sqlite3.Connection]] = {}  # a connection a shard
        self._searchers: ThreadPoolExecutor | None = None  # one thread a shard, so shards are read at once
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connect()
        except (OSError, sqlite3.OperationalError) as e:
            # A read-only or full cache must not stop the reader: index into a private temp file.
            self.notice = f"cannot use the index cache {self.path} ({e}); using a temporary index"
            folder = tempfile.mkdtemp(prefix="reader-index-")
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            self.path = Path(folder) / name
            self._local = threading.local()
            self._connect()
        _prune(self.path, own=path is None)

    # Connections --------------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        return db if db is not None else self._connect()

    def _connect(self) -> sqlite3.Connection:
        with self._lock:
            try:
                db = self._validated()
            except sqlite3.DatabaseError as e:
                if not is_corrupt(e):
                    raise
                self._discard()
                db = self._validated()
        self._local.db = db
        return db

    def _validated(self) -> sqlite3.Connection:
        """A connection to a usable index; a corrupt one raises, a stale one is deleted first.

        No `PRAGMA quick_check`: it reads every page, seconds at 100,000 articles. SQLite itself
        refuses a file that is not a database or is shorter than its header says, and corruption
        met later makes `Library.sync` rebuild.
        """
        db = _open(self.path)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and not db.execute("SELECT 1 FROM sqlite_master").fetchone():
                self._create(db)
            elif version != SCHEMA_VERSION or self._stored_fingerprint(db) != self._fingerprint:
                db.close()
                self._discard(keep=False)
                return self._validated()
            return db
        except BaseException:
            db.close()
            raise

    def _create(self, db: sqlite3.Connection) -> None:
        for shard in shard_paths(self.path):  # search rows of an index that is gone name nothing
            _remove(shard)
        _script(db, f"{_SCHEMA} INSERT OR IGNORE INTO meta VALUES ('engine', '{self._fingerprint}');")

    @staticmethod
    def _stored_fingerprint(db: sqlite3.Connection) -> str | None:
        row = db.execute("SELECT value FROM meta WHERE key = 'engine'").fetchone()
        return row and row[0]

    def _close_local(self) -> None:
        readers, self._readers = self._readers, {}
        for lock, shard_db in readers.values():
            with lock:
                shard_db.close()
        old = getattr(self._local, "db", None)
        if old is not None:
            old.close()
            self._local.db = None
        for key in [k for k in _shards if k[1] == self.path]:
            _shards.pop(key).close()

    def _discard(self, keep: bool = True) -> None:
        """Delete a stale index, or move a broken one aside (one copy is kept, for a bug report),
        with its search shards."""
        self._close_local()
        with contextlib.suppress(FileNotFoundError):
            if keep:
                os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
            else:
                os.remove(self.path)
        _remove(self.path)
        for shard in shard_paths(self.path):
            _remove(shard)

    def reset(self) -> None:
        """Throw the index away after finding it corrupt mid-use, and open a fresh one."""
        with self._lock:
            self._discard()
        self._local = threading.local()
        self._connect()

    # Building ---------------------------------------------------------------------------------

    def sync(
        self, root: Path, extract: Extractor, *, on_batch: OnBatch | None = None, processes: int | None = None
    ) -> SyncReport:
        """Bring the index up to date with the files under `root`.

        New and changed files go through `extract` (in a process pool when there are many).
        After each committed batch, `on_batch(rows, cleaned, to_clean)` gets the rows of the files
        the index did not know before (a changed file's old rows are still listed until the end).
        """
        self._compact_if_mostly_dead()
        db = self.db
        files = scan(root)
        low, high = key_range(root)
        known = {
            key: (size, mtime)
            for key, size, mtime in db.execute(
                "SELECT key, size, mtime_ns FROM files WHERE key >= ? AND key < ?", (low, high)
            )
        }
        new = {f.key for f in files if f.key not in known}
        todo = [f for f in files if known.pop(f.key, None) != (f.size, f.mtime_ns)]
        if known:  # what is left was not found on disk
            with transaction(db):
                copied = [number for key in known for number in self._forget(db, key)]
            self._drop_copied(copied)
        if todo:
            self.add(todo, extract, on_batch=on_batch, processes=processes, new=new)
        return SyncReport(files=len(files), cleaned=len(todo), removed=len(known))

    def add(
        self,
        todo: list[FileStat],
        extract: Extractor,
        *,
        on_batch: OnBatch | None = None,
        processes: int | None = None,
        new: set[bytes] | None = None,
    ) -> None:
        """Clean `todo` and store it (replacing what the index held of those files), in batches;
        `on_batch` as for `sync`, the rows of the files in `new` (all by default)."""
        db = self.db
        work = pool.split(todo, processes or pool.cores())
        batch: list[Stored] = []
        done = handled = 0
        deadline = time.monotonic() + FIRST_BATCH_SECONDS
        job = _Clean(extract, self.path)
        shared: dict[bytes, _Shares] = {}
        for chunk, stored in pool.run(work, job, processes):
            batch += stored
            handled += len(chunk)
            done += sum(share is None or share[0] == share[1] - 1 for _, share in chunk)
            if time.monotonic() >= deadline or handled == len(work):
                self._store(db, batch, shared)
                if on_batch:
                    on_batch(
                        [row for f, _, rows, _, _ in batch if new is None or f.key in new for row in rows],
                        done,
                        len(todo),
                    )
                batch = []
                deadline = time.monotonic() + BATCH_SECONDS

    def _store(self, db: sqlite3.Connection, batch: list[Stored], shared: dict[bytes, _Shares]) -> None:
        """Write one batch of rows in one transaction (their search texts are in the shards), and
        group their reposts. A file read in shares is forgotten with its first and listed in `files`
        with its last (which the pool returns in order), with the warnings of all: until then, a new
        sync reads it again."""
        insert = (
            f"INSERT INTO articles (rowid, key, path, {', '.join(_STORED)}) "
            f"VALUES (?, ?, ?, {', '.join('?' * len(_STORED))})"
        )
        copied: list[int] = []
        with transaction(db):
            for f, share, rows, warning, signatures in batch:
                if share is None or share[0] == 0:
                    copied += self._forget(db, f.key)
                path = _db_path(f.path)
                if share is not None:
                    sofar = shared.setdefault(f.key, _Shares())
                    sofar.rows += len(rows)
                    sofar.warnings += [warning] if warning else []
                    if share[0] < share[1] - 1:
                        warning = None
                    else:
                        warning = "; ".join(sofar.warnings) or (None if sofar.rows else "skipped, no article")
                        del shared[f.key]
                if share is None or share[0] == share[1] - 1:
                    db.execute(
                        "INSERT INTO files VALUES (?, ?, ?, ?, ?)",
                        (f.key, path, f.size, f.mtime_ns, warning),
                    )
                db.executemany(insert, [(row.rowid, f.key, path, *row[2:]) for row in rows])
                groups.add(db, zip([row.rowid for row in rows], signatures, strict=True))
        self._drop_copied(copied)

    @staticmethod
    def _forget(db: sqlite3.Connection, key: bytes) -> list[int]:
        """Drop a file and its articles; the numbers of the copied shards that held their search rows,
        to be deleted once this is committed (`_drop_copied`). Other search rows stay behind, dead: a
        contentless FTS5 table (SQLite < 3.43) can delete a row only given its original text. Dead
        rows name no article, and when they outnumber live ones the index starts afresh
        (`_compact_if_mostly_dead`)."""
        db.execute("DELETE FROM files WHERE key = ?", (key,))
        groups.forget(
            db, [rowid for (rowid,) in db.execute("SELECT rowid FROM articles WHERE key = ?", (key,))]
        )
        copied = [
            number
            for (number,) in db.execute(
                "SELECT DISTINCT (rowid - ?) >> ? FROM articles WHERE key = ? AND rowid >= ?",
                (EXTERNAL, ROW_BITS, key, EXTERNAL),
            )
        ]
        dead = db.execute("DELETE FROM articles WHERE key = ? AND rowid < ?", (key, EXTERNAL)).rowcount
        if copied:
            db.execute("DELETE FROM articles WHERE key = ?", (key,))
        if dead:
            db.execute("UPDATE meta SET value = value + ? WHERE key = 'dead'", (dead,))
        return copied

    def _drop_copied(self, numbers: list[int]) -> None:
        """Delete copied shards whose rows are gone (and this thread's searches' connections to them)."""
        for number in numbers:
            path = external_path(self.path, number)
            with self._lock:
                reader = self._readers.pop(path, None)
            if reader:
                with reader[0]:
                    reader[1].close()
            _remove(path)

    def _compact_if_mostly_dead(self) -> None:
        """Empty a mostly dead index, to be filled again from the files. Nothing is set aside: it is
        healthy, and `reset` is for broken ones."""
        db = self.db
        dead = db.execute("SELECT value FROM meta WHERE key = 'dead'").fetchone()[0]
        if dead <= DEAD_MAX or dead <= db.execute("SELECT count(*) FROM articles").fetchone()[0]:
            return
        with transaction(db):
            db.execute("DELETE FROM files")
            db.execute("DELETE FROM articles")
            groups.clear(db)
            db.execute("UPDATE meta SET value = 0 WHERE key = 'dead'")
        for path in shard_paths(self.path):  # the rows left there name nothing now: dead either way
            if _rowid_base(path):
                _remove(path)
                continue
            shard = Shard(self.path, int(path.name.rsplit("-", 1)[1]))
            try:
                shard.clear()
            finally:
                shard.close()

    # Reading ------------------------------------------------------------------------------------

    def rows(self, root: Path) -> Iterator[list[Row]]:
        """The articles under `root` in walk order, in chunks (the first one small, to paint early)."""
        low, high = key_range(root)
        cursor = self.db.execute(
            f"SELECT rowid, path, {', '.join(_STORED)} FROM articles "
            "WHERE key >= ? AND key < ? ORDER BY key, line",
            (low, high),
        )
        size = 200
        while chunk := cursor.fetchmany(size):
            rows = list(map(_as_row, chunk))
            yield [row if type(row.path) is str else row._replace(path=_os_path(row.path)) for row in rows]
            size = 50_000

    def warnings(self, root: Path) -> list[tuple[str, str]]:
        """(absolute path, warning) for the files under `root` that were skipped in whole or part."""
        low, high = key_range(root)
        return [
            (_os_path(path), warning)
            for path, warning in self.db.execute(
                "SELECT path, warning FROM files"
                " WHERE key >= ? AND key < ? AND warning IS NOT NULL ORDER BY key",
                (low, high),
            )
        ]

    def groups(self) -> dict[int, int]:
        """rowid → group label of every article with a repost (`reader.index.groups`)."""
        return groups.labels(self.db)

    def search(self, query: str) -> np.ndarray:
        """The rowids of the articles that hold every word of `query`, each once (shards number
        their rows apart), in no set order (dead rowids included: callers keep only those they
        list). An array, not a set: 96,000 hits of a common word cost a set of Python ints and the
        GIL to build. The shards are searched at once, one thread each: SQLite runs without the GIL."""
        expression = match_expression(query)
        if expression is None:
            return _NONE
        self.db  # noqa: B018  (connects this thread, validating the index, before its shards are read)
        paths = shard_paths(self.path)
        if len(paths) < 2:
            found = [self._match(path, expression) for path in paths]
        else:
            if self._searchers is None:
                self._searchers = ThreadPoolExecutor(min(pool.cores(), 8), thread_name_prefix="search")
            found = list(self._searchers.map(partial(self._match, expression=expression), paths))
        return np.concatenate(found) if found else _NONE

    def _match(self, path: Path, expression: str) -> np.ndarray:
        """The rowids of one shard's matches. They come as one string of numbers, parsed by numpy:
        stepping through 50,000 result rows in Python held the GIL and cost more than the match."""
        base = _rowid_base(path)
        with self._lock:
            reader = self._readers.get(path)
            if reader is None:
                try:  # a copied shard is never written: read-only, and never created if just deleted
                    db = _open(path) if not base else _open_read_only(path)
                except sqlite3.OperationalError:
                    return _NONE
                reader = self._readers[path] = (threading.Lock(), db)
        lock, db = reader
        with lock:
            try:
                (listed,) = db.execute(
                    "SELECT group_concat(rowid) FROM search WHERE search MATCH ?", (expression,)
                ).fetchone()
            except sqlite3.OperationalError as e:
                if "no such table" not in str(e):  # a shard being created this moment
                    raise
                return _NONE
        if not listed:
            return _NONE
        return base + np.fromstring(listed, dtype=np.int64, sep=",")

    def size(self) -> int:
        """Bytes on disk: the index, its shards and their write-ahead logs."""
        return sum(
            p.stat().st_size
            for p in self.path.parent.glob(self.path.name + "*")
            if not p.name.endswith(".bad")
        )

    def close(self) -> None:
        self._close_local()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _prune(current: Path, own: bool) -> None:
    """Delete what has not been used for a day: the index files of other engine versions (in the
    default cache folder, `own`) and broken files set aside, this index's own included."""
    cutoff = time.time() - STALE_AFTER_S
    pattern = "index-*.sqlite3*" if own else f"{current.name}*.bad"
    for other in current.parent.glob(pattern):
        if other.name.endswith(".bad") or not other.name.startswith(current.name):
            with contextlib.suppress(OSError):
                if other.stat().st_mtime < cutoff:
                    other.unlink()
