#!/usr/bin/env python3
"""Build `reader/data/t2s_chars.txt`: the characters whose presence lets OpenCC's t2s change a text.

Usage, from the project root (OpenCC is a project dependency already):
    python scripts/build_t2s_chars.py [--out reader/data]

`reader.convert` spares the t2s call for a text holding none of them, which t2s would return as it is:
most lines of a Simplified page. The dictionaries are the installed OpenCC's own (`t2s.json` and the
`.ocd2` files it names), dumped to text with the `opencc_dict` tool the package ships. A character is
listed where a one-character entry (the compatibility ideographs' normalisation, TSCharacters,
TSCharactersExt) maps it elsewhere; and for each phrase that converts (回覆 → 回复) whose key holds
no listed character yet, its characters that change (覆): a text without them cannot hold the
phrase. So a text with no listed character has no entry t2s could change it by, however t2s
segments it. Characters past U+FFFF are left out: `reader.convert` treats every one as listed (one
in a regex class makes `re` test each such member one by one).

The output is deterministic: running this twice gives the same bytes; `tests/test_convert.py` checks
it against the installed OpenCC.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OPENCC = Path(opencc.__file__).resolve().parent / "clib"
HEADER = "# characters t2s may change, Basic Multilingual Plane only: see scripts/build_t2s_chars.py"
LINE = 64  # characters a line, so that a change to the table reads as a short diff


def dictionaries(config: dict) -> Iterator[str]:
    """Every `.ocd2` file an OpenCC configuration names, at any depth."""
    if isinstance(config, dict):
        if config.get("type") == "ocd2":
            yield config["file"]
        for value in config.values():
            yield from dictionaries(value)
    elif isinstance(config, list):
        for value in config:
            yield from dictionaries(value)


def entries(name: str, tool: Path, share: Path, work: Path) -> Iterator[tuple[str, str]]:
    """(key, the value t2s writes: the first) of one dictionary, dumped with `opencc_dict`."""
    out = work / f"{name}.txt"
    subprocess.run([tool, "-i", share / name, "-o", out, "-f", "ocd2", "-t", "text"], check=True)
    for line in out.read_text("utf-8").splitlines():
        key, values = line.split("\t")
        yield key, values.split(" ")[0]


def t2s_chars(opencc_dir: Path = OPENCC) -> str:
    """The characters of the BMP whose presence lets t2s change a text, sorted."""
    share, tool = opencc_dir / "share" / "opencc", opencc_dir / "bin" / "opencc_dict"
    config = json.loads((share / "t2s.json").read_text("utf-8"))
    chars: set[str] = set()
    phrases: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in dictionaries(config):
            for key, value in entries(name, tool, share, Path(tmp)):
                if key == value:
                    continue
                if len(key) == 1:
                    chars.add(key)
                else:
                    phrases.append((key, value))
    for key, value in phrases:
        if chars.isdisjoint(key):
            same_length = len(key) == len(value)
            chars.update(a for a, b in zip(key, value, strict=False) if a != b or not same_length)
    return "".join(sorted(c for c in chars if ord(c) <= 0xFFFF))


def render(chars: str) -> str:
    rows = [chars[i : i + LINE] for i in range(0, len(chars), LINE)]
    return "\n".join([HEADER, *rows]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "reader" / "data")
    args = parser.parse_args()
    chars = t2s_chars()
    (args.out / "t2s_chars.txt").write_text(render(chars), "utf-8")
    print(f"{len(chars)} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
