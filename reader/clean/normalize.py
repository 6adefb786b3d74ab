"""Rule group `normalize`: make the page plain, printable text without changing its words."""

from __future__ import annotations

import re

from reader.safe import visible

# Every line break a page may use, folded to "\n" before lines are numbered.
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Whole escape sequences, so that `ESC[2J` leaves no `[2J` behind: CSI, OSC (ended by BEL or ST), other ESC x.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]|\x1b[@-_]?")
# C0/C1 controls, DEL, and lone surrogates (JSON can carry `\\ud800`; no terminal can show one).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
# Zero-width characters: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen.
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\t]")

LINE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("normalize.escapes", _ESCAPES, ""),
    ("normalize.controls", _CONTROLS, ""),
    ("normalize.bidi", _BIDI, ""),
    ("normalize.zero_width", _ZERO_WIDTH, ""),
    ("normalize.spaces", _SPACES, " "),
)
"""Per-line rules, in order. Examples:
escapes     `"a\\x1b[31mb"` → `"ab"`
controls    `"a\\x00b"` → `"ab"`
bidi        `"a\\u202eb"` → `"ab"`
zero_width  `"a\\u200bb"` → `"ab"`
spaces      `"a\\u00a0b"` → `"a b"`
"""


def split_lines(text: str) -> list[str]:
    """`"a\\r\\nb\\rc"` → `["a", "b", "c"]`: every kind of line break counts."""
    return _BREAKS.sub("\n", text).split("\n")


def normalize_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Apply the per-line rules; return the new line and (rule, before, after) for each change.

    `before` is shown with visible control pictures so that a record never carries a raw escape.
    """
    changes: list[tuple[str, str, str]] = []
    for rule, pattern, repl in LINE_RULES:
        new = pattern.sub(repl, line)
        if new != line:
            changes.append((rule, visible(line), new))
            line = new
    return line, changes
