"""Finding the article files under a folder, in the order `reader.corpus.discover` walks them, with
their size and mtime: what decides whether a file must be cleaned again."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.corpus import is_article_file


@dataclass(frozen=True, slots=True)
class FileStat:
    key: bytes  # `walk_key`: orders as `discover` does
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
    return list(walk(root))


def walk(root: Path) -> Iterator[FileStat]:
    """`scan`, lazily: the first files of a large tree come before the rest is listed."""
    absolute = os.path.abspath(root)
    if not os.path.isdir(absolute):
        head, name = os.path.split(absolute)
        if os.path.exists(absolute):
            yield _stat(walk_key(head.split(os.sep)[1:], name), absolute)
        return
    parts = [p for p in absolute.split(os.sep) if p]
    yield from _visit(absolute, b"".join(b"\1" + os.fsencode(p) + b"\0" for p in parts))


def _visit(folder: str, prefix: bytes) -> Iterator[FileStat]:
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
            yield _stat(prefix + b"\0" + os.fsencode(item.name), item.path)
    for sub in subfolders:
        yield from _visit(sub.path, prefix + b"\1" + os.fsencode(sub.name) + b"\0")


def _stat(key: bytes, path: str) -> FileStat:
    try:
        st = os.stat(path)
    except OSError:
        return FileStat(key, path, -1, -1)  # still listed: reading it yields the warning
    return FileStat(key, path, st.st_size, st.st_mtime_ns)
