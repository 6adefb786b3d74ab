"""Where the reader keeps its own files, and how it writes them: whole or not at all.

- the cache (`$READER_CACHE_DIR`, else platformdirs' user cache directory): derived data only, the
  index and the tables built from OpenCC's and jieba's dictionaries; deleting it loses nothing;
- the state (platformdirs' user state directory): what the user did, such as the last article read;
- the documents folder: where the TUI proposes to export.

Nothing here ever points into the user's articles.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

APP = "reader"


def cache_dir() -> Path:
    if folder := os.environ.get("READER_CACHE_DIR"):
        return Path(folder)
    import platformdirs  # imported on use: a warm start that never asks pays nothing

    return Path(platformdirs.user_cache_dir(APP))


def state_dir() -> Path:
    """`$XDG_STATE_HOME/reader` on Linux, the platform's equivalent elsewhere."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP))


def documents_dir() -> Path | None:
    """The user's documents folder, when it exists."""
    import platformdirs

    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else None


@contextlib.contextmanager
def replacing(target: Path, *, fsync: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` to write; on a clean exit it replaces `target` in one rename,
    on an error it is deleted and `target` is left as it was. Its parent folder is made if missing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if fsync:
            with open(tmp, "rb") as written:
                os.fsync(written.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomically(target: Path, data: bytes, *, fsync: bool = False) -> None:
    """`data` as the whole of `target`, or `target` untouched; an `OSError` propagates."""
    with replacing(target, fsync=fsync) as tmp:
        tmp.write_bytes(data)
