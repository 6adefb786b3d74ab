"""Triage marks: keep or reject, per article, kept in the user state directory.

A mark is keyed by the article's fingerprint (`reader.document.fingerprint`, a hash of its text as
read), so it survives renames, moves, re-indexing and a new cleaner, and nothing is ever written
into the articles folder. Articles with the very same text share a mark.

The marks live in one SQLite file beside `state.json`. Every change is one transaction that writes
only the marks it changes, so two sessions marking at once keep each other's marks. A file that
cannot be read is set aside and the marks start afresh; a change that cannot be written stays in
memory and is written with the next one. Either is said once (`take_warning`), never fatal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from reader import paths
from reader.entries import Entry
from reader.index import is_corrupt

Mark = Literal["keep", "reject"]
MARKS: tuple[Mark, ...] = ("keep", "reject")
NONE = "none"  # the filter of the articles without a mark
FILTERS = (*MARKS, NONE)
GLYPHS: dict[str, str] = {"keep": "✓", "reject": "✗", NONE: " "}
FILE_NAME = "marks.sqlite3"
VERSION = 1
BUSY_TIMEOUT_S = 5.0  # another session's write holds the lock this long at most
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS marks (
    fingerprint TEXT PRIMARY KEY,
    mark TEXT NOT NULL,
    changed REAL NOT NULL            -- seconds since the epoch
) WITHOUT ROWID;
PRAGMA user_version = {VERSION};
"""


def default_path() -> Path:
    """`marks.sqlite3` beside the state file: `$XDG_STATE_HOME/reader/` on Linux."""
    return paths.state_dir() / FILE_NAME


def next_mark(mark: Mark | None) -> Mark | None:
    """`m`: none → keep → reject → none."""
    return "keep" if mark is None else "reject" if mark == "keep" else None


def next_filter(current: str) -> str:
    """The mark filter's cycle: all ("") → keep → reject → none → all."""
    cycle = ["", *FILTERS]
    return cycle[(cycle.index(current) + 1) % len(cycle)] if current in cycle else ""


class Marks:
    """The marks of one state directory, read whole (a few bytes each) and written through."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._marks: dict[str, Mark] = {}
        self._pending: dict[str, Mark | None] = {}  # changes not yet written
        self._warning: str | None = None
        self._warned = False
        self.reload()

    def reload(self) -> None:
        """Read the file again (another session may have marked since); unwritten changes stay."""
        marks = self._read()
        for key, mark in self._pending.items():
            if mark is None:
                marks.pop(key, None)
            else:
                marks[key] = mark
        self._marks = marks

    @property
    def get(self) -> Callable[[str], Mark | None]:
        """The mark of a fingerprint, or None: the dictionary's own lookup, for speed."""
        return self._marks.get

    def of(self, entry: Entry) -> Mark | None:
        return self._marks.get(entry.fingerprint)

    def __len__(self) -> int:
        return len(self._marks)

    def set(self, entries: Iterable[Entry], mark: Mark | None) -> None:
        """Mark `entries` (None clears their marks), in memory at once and in the file if it can be."""
        keys = {e.fingerprint for e in entries if e.fingerprint}
        for key in keys:
            if mark is None:
                self._marks.pop(key, None)
            else:
                self._marks[key] = mark
            self._pending[key] = mark
        self._write()

    def take_warning(self) -> str | None:
        """The first problem with the file, once; None after that, and while there is none."""
        if self._warning is None or self._warned:
            return None
        self._warned = True
        return self._warning

    def _warn(self, message: str) -> None:
        if self._warning is None:
            self._warning = message

    def _read(self) -> dict[str, Mark]:
        if not self.path.is_file():
            return {}
        try:
            with contextlib.closing(
                sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
            ) as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version == 0:
                    return {}
                if version != VERSION:
                    self._warn(f"marks file {self.path} is of another version ({version}); not read")
                    return {}
                return {
                    key: mark
                    for key, mark in db.execute("SELECT fingerprint, mark FROM marks")
                    if type(key) is str and mark in MARKS
                }
        except sqlite3.Error as e:
            if is_corrupt(e) or "no such table" in str(e):
                self._warn(self._set_aside(str(e)))
            else:
                self._warn(f"marks file {self.path} could not be read ({e}); marks start empty")
            return {}

    def _set_aside(self, reason: str) -> str:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return f"marks file {self.path} is unreadable ({reason}); marks start empty"
        return f"marks file {self.path} was unreadable ({reason}); moved to {aside.name}, marks start empty"

    def _write(self) -> None:
        if not self._pending:
            return
        now = time.time()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)) as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, VERSION):
                    self._warn(f"marks file {self.path} is of another version ({version}); marks not saved")
                    return
                if version == 0:
                    db.executescript(_SCHEMA)  # idempotent: a session creating it at once is harmless
                with db:  # one transaction: all of these changes or none
                    db.executemany(
                        "DELETE FROM marks WHERE fingerprint = ?",
                        [(k,) for k, m in self._pending.items() if m is None],
                    )
                    db.executemany(
                        "INSERT OR REPLACE INTO marks VALUES (?, ?, ?)",
                        [(k, m, now) for k, m in self._pending.items() if m is not None],
                    )
        except (OSError, sqlite3.Error) as e:
            self._warn(f"marks could not be saved to {self.path} ({e}); kept until the reader closes")
            return
        self._pending.clear()


def select(entries: Iterable[Entry], marks: Marks, wanted: str) -> list[Entry]:
    """The entries marked `wanted` (`keep`, `reject`, or `none` for those without a mark)."""
    mark = None if wanted == NONE else wanted
    get = marks.get  # bound once: this runs on every keystroke of a live filter, over 100,000 entries
    return [e for e in entries if get(e.fingerprint) == mark]


def counts(entries: Iterable[Entry], marks: Marks) -> dict[str, int]:
    """How many of `entries` are kept, rejected and unmarked."""
    get = marks.get
    counted = Counter(get(e.fingerprint) or NONE for e in entries)
    return {name: counted[name] for name in FILTERS}
