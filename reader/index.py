"""The metadata index: what the article list and corpus search need, cached in SQLite.

It is derived data only, kept under the user cache directory (`$READER_CACHE_DIR`, else
platformdirs' `user_cache_dir("reader")`), in one file per version of the engine. Files are keyed
by absolute path, size and mtime, so a sync cleans only new or changed files and drops deleted
ones. An index that is corrupt is moved aside, one of another schema or engine is deleted, and
either is rebuilt from the articles, never trusted; deleting the cache at any time loses nothing.

Search is a contentless FTS5 table over character bigrams of the cleaned text, normalised to
Simplified (`normalise`), with `detail=none`: it stores, per bigram, only which articles hold it.
A query matches the articles that hold every bigram of every word in it (see `match_expression`).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import itertools
import multiprocessing
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.corpus import is_article_file

SCHEMA_VERSION = 2
STALE_AFTER_S = 86_400  # another engine's index file, unused this long, is deleted
POOL_MIN = 64  # fewer files than this are cleaned in-process: a pool costs more to start than it saves
# How often a long sync commits and reports progress: the first batch soon, for a first screen;
# then every second, as a search segment of a few hundred articles costs a third less than of fifty.
FIRST_BATCH_SECONDS, BATCH_SECONDS = 0.25, 1.0
EVIDENCE_SEP = "\x1f"

# Columns of an article row, in order, as the extractor returns them (then `rowid` and `path` are
# put in front when rows are read back). Plain tuples: they cross process boundaries by the
# hundred thousand, and a tuple pickles fastest.
ROW_COLUMNS = ("line", "id", "title", "date", "source", "script", "province", "city", "county", "adcode",
               "confidence", "evidence", "size", "title_key")
Row = tuple  # ROW_COLUMNS, then the search grams
Extracted = tuple[list[Row], str | None]  # an article file's rows (`storable` text), and a warning
Extractor = Callable[[str], Extracted]
OnBatch = Callable[[list[Row], int, int], None]  # rows just stored, files cleaned, files to clean

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    key BLOB PRIMARY KEY,           -- `walk_key` of the absolute path: orders as `discover` does
    path TEXT NOT NULL,             -- absolute
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    warning TEXT                    -- why the file, or some of its records, were skipped
) WITHOUT ROWID;
-- AUTOINCREMENT: a rowid is never reused, so a stale search row can never name a new article.
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    key BLOB NOT NULL,
    path TEXT NOT NULL,
    {", ".join(ROW_COLUMNS)}
);
CREATE INDEX IF NOT EXISTS articles_in_order ON articles (key, line);
-- `ascii`: the grams come split already, and the ascii tokenizer splits on ASCII alone, cheaply.
CREATE VIRTUAL TABLE IF NOT EXISTS search
    USING fts5 (grams, content='', detail=none, columnsize=0, tokenize='ascii');
-- Merging segments in eights rather than fours: a fifth less work building, as fast to query.
INSERT INTO search (search, rank) VALUES ('automerge', 8);
INSERT OR IGNORE INTO meta VALUES ('dead', 0);
PRAGMA user_version = {SCHEMA_VERSION};
"""
_ENGINE = ("clean", "regions", "corpus", "sites.py", "convert.py", "document.py", "library.py", "index.py")


def cache_dir() -> Path:
    return Path(os.environ.get("READER_CACHE_DIR") or _platform_cache_dir())


def _platform_cache_dir() -> str:
    import platformdirs

    return platformdirs.user_cache_dir("reader")


def engine_fingerprint() -> str:
    """A hash of the code and data that decide what the index holds: when the cleaner, the region
    detector or this schema changes, every stored row is stale."""
    import opencc  # its tables decide the Simplified form that search compares in

    base = Path(__file__).parent
    digest = hashlib.blake2b(getattr(opencc, "__version__", "").encode(), digest_size=16)
    for name in _ENGINE:
        top = base / name
        files = sorted(p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if top.is_dir() else [top]
        for path in files:
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


# -- Finding files ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FileStat:
    key: bytes
    path: str  # absolute
    size: int
    mtime_ns: int


def walk_key(parts: Iterable[str], name: str) -> bytes:
    """A byte key whose order is `discover`'s walk order: a folder's files (\\0) before its
    subfolders (\\1), each sorted by name; `\\0` ends a folder name, so `a` sorts before `a b`."""
    return b"".join(b"\1" + os.fsencode(p) + b"\0" for p in parts) + b"\0" + os.fsencode(name)


def key_range(root: Path) -> tuple[bytes, bytes]:
    """The [low, high) key range of the files under `root` (or of `root` itself)."""
    absolute = os.path.abspath(root)
    parts = absolute.split(os.sep)[1:]
    if os.path.isdir(absolute):
        low = b"".join(b"\1" + os.fsencode(p) + b"\0" for p in parts if p)
        return low, low + b"\2"
    key = walk_key(parts[:-1], parts[-1])
    return key, key + b"\0"


def scan(root: Path) -> list[FileStat]:
    """The article files under `root` with their size and mtime, in `reader.corpus.discover` order
    (tested to agree). Faster than `discover` + `stat`: one `scandir` per folder, no `Path`s."""
    absolute = os.path.abspath(root)
    if not os.path.isdir(absolute):
        head, name = os.path.split(absolute)
        return [_stat(walk_key(head.split(os.sep)[1:], name), absolute)] if os.path.exists(absolute) else []
    found: list[FileStat] = []
    parts = [p for p in absolute.split(os.sep) if p]

    def visit(folder: str, prefix: bytes) -> None:
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError:
            return  # os.walk skips unreadable folders silently; so does discover
        subfolders = []
        for item in items:
            try:
                is_dir = item.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not item.is_symlink():  # discover does not follow folder links
                    subfolders.append(item)
            elif is_article_file(item.name):
                found.append(_stat(prefix + b"\0" + os.fsencode(item.name), item.path))
        for sub in subfolders:
            visit(sub.path, prefix + b"\1" + os.fsencode(sub.name) + b"\0")

    visit(absolute, b"".join(b"\1" + os.fsencode(p) + b"\0" for p in parts))
    return found


def _stat(key: bytes, path: str) -> FileStat:
    try:
        st = os.stat(path)
    except OSError:
        return FileStat(key, path, -1, -1)  # still listed: reading it yields the warning
    return FileStat(key, path, st.st_size, st.st_mtime_ns)


# -- Search text --------------------------------------------------------------------------------

# Full-width letters and digits (ＡＢ１２), folded to ASCII. Full-width punctuation is left alone:
# it separates words either way, and is in nearly every Chinese line, so folding it would cost.
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """`"機關ＡＢ１"` → `"机关ab1"`: the form search and the title filter compare in. t2s is applied
    to every text, Simplified too, so that both sides of a comparison are mapped alike (t2s turns
    乾安 into 干安 in the query as well as in the page)."""
    from reader.convert import convert

    text = _FULLWIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), storable(text))
    return convert(text, "simplified", "traditional").lower()


def search_grams(text: str) -> str:
    """The distinct character bigrams of `text`, space-separated, for the FTS5 table. Every
    character begins some token (the text ends in a newline), so a one-character query can be a
    prefix query; a bigram with punctuation in it (`"关。"`) is a token that no query asks for.

    Done on UTF-32 bytes, a bigram being one 64-bit integer, because this runs for every article
    of a cold index: twice as fast as slicing strings. `"机关。" → "机关 关。 。\n"` (in some order).
    """
    data = (normalise(text) + "\n").encode("utf-32-le", "surrogatepass")
    view = memoryview(data)
    grams = set(view[: len(data) // 8 * 8].cast("Q"))  # bigrams at even offsets
    grams.update(view[4 : 4 + (len(data) - 4) // 8 * 8].cast("Q"))  # and at odd ones
    packed = array("Q", list(grams)).tobytes()  # list first: array() iterates a set slowly
    spaced = bytearray(12 * len(grams))  # each bigram and a space: three UTF-32 code units
    for lane in range(8):
        spaced[lane::12] = packed[lane::8]
    spaced[8::12] = b" " * len(grams)
    return spaced.decode("utf-32-le", "surrogatepass")


def query_words(query: str) -> list[str]:
    """`"機關 单位！"` → `["机关", "单位"]`: the normalised runs of letters and digits in a query."""
    return _WORD.findall(normalise(query))


def storable(text: str) -> str:
    """`text` with lone surrogates (JSON can carry `\\ud800`) made U+FFFD: SQLite stores UTF-8 only."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _db_path(path: str) -> str | bytes:
    """A path as SQLite can store it: a file name that is not UTF-8 is kept as its bytes."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def _os_path(value: str | bytes) -> str:
    return value if isinstance(value, str) else os.fsdecode(value)


def match_expression(query: str) -> str | None:
    """An FTS5 query for `query`, None when it has no word character.

    Each word (a run of letters and digits) must appear: its bigrams must all be in the article,
    though not necessarily side by side (detail=none keeps no positions). `机关` is one bigram and
    exact; a one-character word is a prefix query over the bigrams it begins. A query's bigrams
    hold letters and digits only, so they name the same tokens as the page's.
    """
    terms: dict[str, None] = {}
    for word in query_words(query):
        if len(word) == 1:
            terms[f'"{word}"*'] = None
        else:
            terms.update((f'"{a}{b}"', None) for a, b in itertools.pairwise(word))
    return " AND ".join(terms) or None


# -- The index ----------------------------------------------------------------------------------

def is_corrupt(error: sqlite3.Error) -> bool:
    """A broken file, as opposed to a busy or read-only one."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or type(error) is sqlite3.DatabaseError


@dataclass(frozen=True, slots=True)
class SyncReport:
    files: int  # article files under the root
    cleaned: int  # files (re-)cleaned in this sync
    removed: int  # files that were indexed and are gone


class Index:
    """One SQLite file for every folder the reader has been pointed at. Each thread that uses an
    `Index` gets its own connection, so a search can run while a sync writes (WAL mode)."""

    def __init__(self, path: Path | None = None, variant: str = "") -> None:
        """The index at `path`, by default the current engine's file in `cache_dir()`; a `variant`
        (records read with other fields, `--text-field content`) has a file of its own."""
        self._fingerprint = engine_fingerprint()
        # One file per engine version: two versions of the reader never fight over one index.
        tag = self._fingerprint[:16] + (f"-{hashlib.blake2b(variant.encode(), digest_size=4).hexdigest()}"
                                        if variant else "")
        name = f"index-{SCHEMA_VERSION}-{tag}.sqlite3"
        self.path = path if path is not None else cache_dir() / name
        self.notice: str | None = None  # set when the cache could not be used
        self._local = threading.local()
        self._lock = threading.Lock()
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
        if path is None:
            _prune(self.path)

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
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # a crash may lose the last batch, never corrupt
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
        with self.transaction(db):
            db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA}")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('engine', ?)", (self._fingerprint,))

    @staticmethod
    def _stored_fingerprint(db: sqlite3.Connection) -> str | None:
        row = db.execute("SELECT value FROM meta WHERE key = 'engine'").fetchone()
        return row and row[0]

    def _discard(self, keep: bool = True) -> None:
        """Delete a stale index, or move a broken one aside (one copy is kept, for a bug report)."""
        old = getattr(self._local, "db", None)
        if old is not None:
            old.close()
            self._local.db = None
        with contextlib.suppress(FileNotFoundError):
            if keep:
                os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
            else:
                os.remove(self.path)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")

    def reset(self) -> None:
        """Throw the index away (after finding it corrupt mid-use) and open a fresh one."""
        with self._lock:
            self._discard()
        self._local = threading.local()
        self._connect()

    @staticmethod
    @contextlib.contextmanager
    def transaction(db: sqlite3.Connection) -> Iterator[None]:
        try:
            yield
            if db.in_transaction:
                db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    # Building ---------------------------------------------------------------------------------

    def sync(self, root: Path, extract: Extractor, *, on_batch: OnBatch | None = None,
             processes: int | None = None) -> SyncReport:
        """Bring the index up to date with the files under `root`.

        New and changed files go through `extract` (in a process pool when there are many).
        After each committed batch, `on_batch(rows, cleaned, to_clean)` gets the batch's rows in
        `rows()` form.
        """
        self._compact_if_mostly_dead()
        db = self.db
        files = scan(root)
        low, high = key_range(root)
        known = {key: (size, mtime) for key, size, mtime in
                 db.execute("SELECT key, size, mtime_ns FROM files WHERE key >= ? AND key < ?", (low, high))}
        todo = [f for f in files if known.pop(f.key, None) != (f.size, f.mtime_ns)]
        if known:  # what is left was not found on disk
            with self.transaction(db):
                db.execute("BEGIN IMMEDIATE")
                for key in known:
                    self._forget(db, key)
        if todo:
            self._clean_and_store(db, todo, extract, on_batch, processes)
        return SyncReport(files=len(files), cleaned=len(todo), removed=len(known))

    def _clean_and_store(self, db: sqlite3.Connection, todo: list[FileStat], extract: Extractor,
                         on_batch: OnBatch | None,
                         processes: int | None) -> None:
        batch: list[tuple[FileStat, Extracted]] = []
        done = 0
        deadline = time.monotonic() + FIRST_BATCH_SECONDS
        for item in _extract_all(todo, extract, processes):
            batch.append(item)
            if time.monotonic() >= deadline or len(batch) == len(todo) - done:
                rows = self._store(db, batch)
                done += len(batch)
                batch = []
                if on_batch:
                    on_batch(rows, done, len(todo))
                deadline = time.monotonic() + BATCH_SECONDS

    def _store(self, db: sqlite3.Connection, batch: list[tuple[FileStat, Extracted]]) -> list[Row]:
        """Write one batch in one transaction; return its rows as `rows()` gives them."""
        stored: list[Row] = []
        width = len(ROW_COLUMNS)
        insert = (f"INSERT INTO articles (key, path, {', '.join(ROW_COLUMNS)}) "
                  f"VALUES (?, ?, {', '.join('?' * width)})")
        with self.transaction(db):
            db.execute("BEGIN IMMEDIATE")
            for f, (rows, warning) in batch:
                self._forget(db, f.key)
                path = _db_path(f.path)
                db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)",
                           (f.key, path, f.size, f.mtime_ns, warning))
                grams = []
                for row in rows:
                    rowid = db.execute(insert, (f.key, path, *row[:width])).lastrowid
                    grams.append((rowid, row[width]))
                    stored.append((rowid, f.path, *row[:width]))
                db.executemany("INSERT INTO search (rowid, grams) VALUES (?, ?)", grams)
        return stored

    @staticmethod
    def _forget(db: sqlite3.Connection, key: bytes) -> None:
        """Drop a file and its articles. Its search rows stay behind, dead: a contentless FTS5 table
        (SQLite < 3.43) can delete a row only given its original text. Dead rows match no article,
        and when they outnumber live ones the index is rebuilt (`_compact_if_mostly_dead`)."""
        db.execute("DELETE FROM files WHERE key = ?", (key,))
        dead = db.execute("DELETE FROM articles WHERE key = ?", (key,)).rowcount
        if dead:
            db.execute("UPDATE meta SET value = value + ? WHERE key = 'dead'", (dead,))

    def _compact_if_mostly_dead(self) -> None:
        dead = self.db.execute("SELECT value FROM meta WHERE key = 'dead'").fetchone()[0]
        if dead > 1000 and dead > self.db.execute("SELECT count(*) FROM articles").fetchone()[0]:
            self.reset()

    # Reading ------------------------------------------------------------------------------------

    def rows(self, root: Path) -> Iterator[list[Row]]:
        """The articles under `root` in walk order, in chunks (the first one small, to paint early):
        tuples of (rowid, absolute path, *ROW_COLUMNS)."""
        low, high = key_range(root)
        cursor = self.db.execute(
            f"SELECT rowid, path, {', '.join(ROW_COLUMNS)} FROM articles "
            "WHERE key >= ? AND key < ? ORDER BY key, line", (low, high))
        size = 200
        while chunk := cursor.fetchmany(size):
            yield [row if type(row[1]) is str else (row[0], _os_path(row[1]), *row[2:]) for row in chunk]
            size = 50_000

    def warnings(self, root: Path) -> list[tuple[str, str]]:
        """(absolute path, warning) for the files under `root` that were skipped in whole or part."""
        low, high = key_range(root)
        return [(_os_path(path), warning) for path, warning in self.db.execute(
            "SELECT path, warning FROM files WHERE key >= ? AND key < ? AND warning IS NOT NULL ORDER BY key",
            (low, high))]

    def search(self, query: str) -> set[int]:
        """The rowids of the articles that match `query` (dead rowids included: callers keep
        only those they list)."""
        expression = match_expression(query)
        if expression is None:
            return set()
        return {rowid for (rowid,) in self.db.execute("SELECT rowid FROM search WHERE search MATCH ?",
                                                      (expression,))}

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def _prune(current: Path) -> None:
    """Delete the index files of other engine versions that have not been used for a day."""
    cutoff = time.time() - STALE_AFTER_S
    for other in current.parent.glob("index-*.sqlite3*"):
        if not other.name.startswith(current.name):
            with contextlib.suppress(OSError):
                if other.stat().st_mtime < cutoff:
                    other.unlink()


def _extract_all(todo: list[FileStat], extract: Extractor,
                 processes: int | None) -> Iterator[tuple[FileStat, Extracted]]:
    """`extract` over the files, results in order; a process pool on every core for many files."""
    if processes is None:
        processes = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if len(todo) < POOL_MIN or processes < 2:
        for f in todo:
            yield f, extract(f.path)
        return
    # Nothing is cleaned here before the fork: the cleaner's lazily loaded tables (over 100 MB)
    # would then stay in this process, which also holds the list, for no gain to the workers but
    # a second or two of loading each.
    gc.freeze()  # keep the collector from touching, and so copying, the pages the workers share
    # fork: workers start in milliseconds; spawn elsewhere.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunksize = max(1, min(32, len(todo) // (processes * 16)))
    try:
        with context.Pool(processes) as pool:
            yield from zip(todo, pool.imap(extract, [f.path for f in todo], chunksize), strict=True)
    finally:
        gc.unfreeze()
