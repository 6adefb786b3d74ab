"""Index the first articles in a second process while the TUI starts.

A first run cleans its articles before it can list them: for the five seed pages that is about
0.3 s of table loading and cleaning, and Textual's own start is as long again. Forked before
Textual is imported, a child does the cleaning on the other core and stores its rows in the
index; the app waits for it, then reads them back like any warm start, and its own sync cleans
the rest, the list growing batch by batch. Only an index that knows nothing of the folder is
prefetched (a warm start is already quick). The child cleans about a screen of files, the first in
walk order (read lazily: a folder of 100,000 files is not listed first), so a large corpus shows
its first rows as soon as the five seeds do.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import time
from pathlib import Path

from reader.extract import index_rows
from reader.index import Index, walk

FIRST_FILES = 60  # the child cleans this many files: more than a screen of rows
BUDGET_S = 1.0  # or stops at the first batch committed this long after its first one
WAIT_S = 4.0  # past this, the child is stopped and the app cleans what it did not


class _Enough(Exception):
    pass


class Prefetch:
    """A forked child indexing the first files of a folder."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def wait(self, timeout: float = WAIT_S) -> None:
        """Return once the child has ended, stopping it after `timeout` seconds. Whatever it
        committed is in the index; an interrupted write is rolled back by SQLite."""
        deadline = time.monotonic() + timeout
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(self.pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
                    return
                time.sleep(0.005)


def start(root: Path) -> Prefetch | None:
    """Fork the prefetching child; None where there is no fork. Call before any thread starts."""
    if not hasattr(os, "fork"):
        return None
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return Prefetch(pid)
    try:
        _index_first_files(root)
    finally:
        os._exit(0)  # no atexit handlers or buffered output of the parent's: they are the app's


def _index_first_files(root: Path) -> None:
    began: float | None = None  # when the first batch was stored

    def stop_when_due(*_: object) -> None:
        # The budget runs from the first batch: before it the tables load, which on a busy machine
        # alone can take the budget and leave a screen of one row.
        nonlocal began
        if began is None:
            began = time.monotonic()
        elif time.monotonic() - began >= BUDGET_S:
            raise _Enough

    # Any failure is the app's to meet and report: it redoes whatever the child did not.
    with contextlib.suppress(BaseException):
        index = Index()
        if index.notice is None and next(index.rows(root), None) is None:
            first = list(itertools.islice(walk(root), FIRST_FILES))
            index.add(first, index_rows, on_batch=stop_when_due, processes=1)
