"""Rule group `normalize`: make the page plain, printable text without changing its words."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.clean.rules import REPAIR, Rule, register

# Every line break a page may use, folded to "\n" before lines are numbered (`\r\n` as one). Written to
# begin with a class, which `re` skips to in C: `\r\n|[…]` tried both branches at every position.
_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")
# Whole escape sequences, so that `ESC[2J` leaves no `[2J` behind: CSI, OSC (ended by BEL or ST), other ESC x.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]|\x1b[@-_]?"
)
# C0/C1 controls, DEL, and lone surrogates (JSON can carry `\\ud800`; no terminal can show one).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
# Zero-width characters: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen.
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\t]")


def _repair(name: str, example: str, does: str) -> str:
    return register(Rule(f"normalize.{name}", REPAIR, example, does)).name


LINE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (_repair("escapes", "a\x1b[31mb", "`ab`: whole ANSI/OSC sequences go"), _ESCAPES, ""),
    (_repair("controls", "a\x00b", "`ab`: C0/C1 controls and lone surrogates go"), _CONTROLS, ""),
    (_repair("bidi", "a\u202eb", "`ab`: bidi overrides and marks go"), _BIDI, ""),
    (_repair("zero_width", "a\u200bb", "`ab`: zero-width characters go"), _ZERO_WIDTH, ""),
    (_repair("spaces", "a\u00a0b", "`a b`: odd spaces and tabs become spaces"), _SPACES, " "),
)
"""Per-line rules, in order; each registered with its example."""
# A character some rule removes or replaces; a text without one is left as it is. Every escape begins
# with ESC or CSI, both controls. The classes merge into one, which scans a page in microseconds.
_ANY = re.compile("|".join(p.pattern for p in (_CONTROLS, _BIDI, _ZERO_WIDTH, _SPACES)))


def split_lines(text: str) -> list[str]:
    """`"a\\r\\nb\\rc"` → `["a", "b", "c"]`: every kind of line break counts."""
    return _BREAKS.sub("\n", text).split("\n")


@lru_cache(maxsize=1 << 10)  # the same few invisible runs (U+00A0 above all) come again and again
def _shown(chars: str) -> str:
    """What a removed run looked like, every invisible character named: `"\\x1b[2J"` → `"␛[2J"`."""
    return "".join(
        chr(0x2400 + ord(c)) if c < " " else c if c.isprintable() and c != " " else f"<U+{ord(c):04X}>"
        for c in chars
    )


def normalize_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Apply the per-line rules; return the new line and one (rule, before, after) per changed run.

    `before` names each invisible character (`␛[2J`, `<U+202E>`) so that a record never carries one raw.
    """
    changes: list[tuple[str, str, str]] = []
    if not _ANY.search(line):
        return line, changes
    for rule, pattern, repl in LINE_RULES:
        if runs := pattern.findall(line):
            changes += [(rule, _shown(run), repl) for run in runs]
            line = pattern.sub(repl, line)
    return line, changes


def may_change(text: str) -> bool:
    """False when `normalize_line` would leave every line of `text` as it is: a page-wide pre-check."""
    return _ANY.search(text) is not None
