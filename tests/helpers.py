"""Helpers shared by several test folders."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"  # exact renders of the seed articles: tests/test_golden.py


def golden(name: str) -> str:
    """The expected output kept in `tests/golden/NAME`."""
    return (GOLDEN / name).read_text(encoding="utf-8")


def decode_like_a_farm(data: bytes) -> str:
    """GBK read two bytes at a time, as the content farms do; a pair it cannot read becomes one `?`."""
    out, i = [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            out.append(data[i : i + 2].decode("gbk"))
        except UnicodeDecodeError:
            out.append("?")
        i += 2
    return "".join(out)


@contextlib.contextmanager
def isolated_dirs(base: Path) -> Iterator[Path]:
    """State, index cache and config under `base`, never the real home, while the block runs."""
    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            mp.setenv(var, str(base / var.lower()))
        mp.setenv("READER_CACHE_DIR", str(base / "index"))
        yield base


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`reader ARGS` in this process: its exit code, stdout and stderr; never a traceback."""
    from reader.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err
