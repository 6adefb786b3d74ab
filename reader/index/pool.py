"""Cleaning many files at once: a process pool on every core, each worker numbered.

The work is files, and shares of large ones (`split`): a JSON Lines or Parquet file of many
records is read in parts, each a task of its own, so that a crawl in one file uses every core too.

Workers are numbered from 0 as they start (`worker_number`), so that each can write a file of its
own (`reader.index.store` gives each its search shard) and never wait for another's lock. A sync
from the main thread forks, which starts workers in milliseconds; from any other thread (the TUI
syncs in a worker thread) forking can deadlock, so the pool starts from a fork server there, with
the engine imported once in the server before it forks the workers.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from reader.corpus import Share, can_share
from reader.index.files import FileStat

POOL_MIN = 64  # fewer files than this are cleaned in-process: a pool costs more to start than it saves
CHUNK_MAX = 32  # files a task; the first tasks are smaller, so that the first rows come soon
# A file this large, of a format read in parts, is split in up to PARTS_PER_CORE parts a core (a
# part reads the whole file's lines, but cleans only its own records: parts are few and large).
SPLIT_BYTES, SPLIT_BYTES_PACKED = 8 << 20, 3 << 20  # plain text; gzip and Parquet (compressed ~3×)
PARTS_PER_CORE = 4
Work = tuple[FileStat, Share | None]  # a file, or a share (part, parts) of a large one
PRELOAD = ["reader.index.warm"]  # what a fork server imports (and loads) before it forks workers

T = TypeVar("T")
_number = 0


def worker_number() -> int:
    """This process's number among the pool's workers; 0 outside a pool."""
    return _number


def _start_worker(counter: Any) -> None:  # a shared int (`BaseContext.Value`)
    global _number
    with counter.get_lock():
        _number = counter.value
        counter.value += 1


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def context() -> BaseContext:
    """fork from the main thread on Linux; a fork server from other threads; spawn elsewhere."""
    if sys.platform != "linux":
        return multiprocessing.get_context("spawn")
    if threading.current_thread() is threading.main_thread():
        return multiprocessing.get_context("fork")
    server = multiprocessing.get_context("forkserver")
    server.set_forkserver_preload(PRELOAD)
    return server


def split(todo: list[FileStat], processes: int) -> list[Work]:
    """Each file of `todo` whole, or in shares when it is large and more than one process reads."""
    work: list[Work] = []
    for f in todo:
        parts = _parts(f, processes)
        work += [(f, (part, parts)) for part in range(parts)] if parts > 1 else [(f, None)]
    return work


def _parts(f: FileStat, processes: int) -> int:
    if processes < 2 or not can_share(f.path):
        return 1
    packed = f.path.lower().endswith((".gz", ".parquet"))
    return max(1, min(processes * PARTS_PER_CORE, f.size // (SPLIT_BYTES_PACKED if packed else SPLIT_BYTES)))


def chunks(todo: list[Work], processes: int) -> list[list[Work]]:
    """`todo` in tasks of 2, 4, 8… files up to `CHUNK_MAX`, and fewer when there are few files; a
    share of a file is a task of its own."""
    limit = max(1, min(CHUNK_MAX, len(todo) // (processes * 8)))
    out: list[list[Work]] = []
    size = min(2, limit)
    for item in todo:
        if item[1] is not None:
            out.append([item])
        elif out and out[-1][0][1] is None and len(out[-1]) < size:
            out[-1].append(item)
        else:
            if out and out[-1][0][1] is None:
                size = min(size * 2, limit)
            out.append([item])
    return out


def run(
    todo: list[Work], job: Callable[[list[Work]], T], processes: int | None = None
) -> Iterator[tuple[list[Work], T]]:
    """`job` over `todo` in chunks, results in order: in a pool of `processes` workers (every core
    by default), or in this process for few files (and no shares) or one process."""
    processes = processes or cores()
    pooled = processes > 1 and (len(todo) >= POOL_MIN or any(share for _, share in todo))
    tasks = chunks(todo, processes if pooled else 1)
    if not pooled:
        for chunk in tasks:
            yield chunk, job(chunk)
        return
    start = context()
    # Nothing is cleaned here before a fork: the cleaner's lazily loaded tables (over 100 MB) would
    # then stay in this process, which also holds the list, for no gain to the workers.
    gc.freeze()  # keep the collector from touching, and so copying, the pages forked workers share
    try:
        with _real_stderr():
            counter = start.Value("i", 0)
            workers = start.Pool(processes, _start_worker, (counter,))
        with workers:
            yield from zip(tasks, workers.imap(job, tasks), strict=True)
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """The process's own stderr while helper processes start: the fork server and resource tracker
    are handed `sys.stderr`'s file descriptor, and a TUI that captures output (Textual's has none:
    -1) would make their start fail."""
    captured = sys.stderr
    try:
        if captured.fileno() >= 0:
            yield
            return
    except (AttributeError, OSError, ValueError):
        pass
    sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured
