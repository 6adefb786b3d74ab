"""Make any string harmless for a terminal: control characters become visible symbols.

Article text never reaches a terminal raw. Normalisation already strips controls from
the body; this is the last guard for everything else (file names, JSON fields, errors).
"""

from __future__ import annotations

import re

# C0 controls (tab and newline allowed), DEL, C1 controls, bidi marks/embeddings/overrides/isolates,
# and lone surrogates (which cannot even be written out as UTF-8).
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _picture(m: re.Match[str]) -> str:
    c = m.group()
    o = ord(c)
    if o < 0x20:
        return chr(0x2400 + o)  # ␀ … ␟, so ESC shows as ␛
    if o == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{o:04X}>"


def visible(text: str) -> str:
    """`"a\\x1b[2Jb"` → `"a␛[2Jb"`: every control or bidi character shown, none acting."""
    return _UNSAFE.sub(_picture, text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None
