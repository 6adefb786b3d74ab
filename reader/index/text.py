"""What corpus search compares: text folded to one form, and that form laid out for FTS5.

The search table is tokenised by FTS5 itself, in C: the folded text goes in with a space between
every two characters, so each character is a token and its position is kept (`detail=full`). A
query word is then a phrase of its characters, which matches exactly where the word stands in the
text, side by side, for a word of any length. A run of ASCII characters that are neither letters
nor digits (spaces, `,`, newlines) becomes one break token, `BREAK`, so that `机关, 单位` never
matches `关单`; other punctuation (`，`) is a token of its own, which no query word holds.
"""

from __future__ import annotations

import re
import unicodedata
from array import array

# Full-width letters and digits (ＡＢ１２), folded to ASCII. Full-width punctuation is left alone:
# it separates words either way, and is in nearly every Chinese line, so folding it would cost.
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits
_SURROGATE = re.compile("[\ud800-\udfff]")
BREAK = "\u3000"  # a token that no query word holds (the ascii tokenizer keeps every non-ASCII one)
_ASCII_BREAKS = re.compile(r"[^0-9a-z\u0080-\U0010ffff]+")


def normalise(text: str) -> str:
    """`"機關ＡＢ１"` → `"机关ab1"`: the form search and the title filter compare in. t2s is applied
    to every text, Simplified too, so that both sides of a comparison are mapped alike (t2s turns
    乾安 into 干安 in the query as well as in the page)."""
    from reader.convert import read_simplified

    text = _FULLWIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), storable(text))
    # Line by line: the cleaner has read its lines, and so most paragraphs, in Simplified already.
    return "\n".join(read_simplified(text.split("\n"))).lower()


def search_text(text: str) -> str:
    """`"機關, 單位"` → `"机 关 \u3000 单 位 "`: the normalised text, one character a token.

    Done on UTF-32 code units in C (an array's slice assignment), since it runs for every article
    of a cold index: about 40 µs for 15 KB.
    """
    units = array("I")
    units.frombytes(_ASCII_BREAKS.sub(BREAK, normalise(text)).encode("utf-32-le"))
    spaced = array("I", b" \0\0\0") * (2 * len(units))
    spaced[0::2] = units
    return spaced.tobytes().decode("utf-32-le")


def query_words(query: str) -> list[str]:
    """`"機關 单位！"` → `["机关", "单位"]`: the normalised runs of letters and digits in a query."""
    return _WORD.findall(normalise(query))


def match_expression(query: str) -> str | None:
    """An FTS5 query for `query`, None when it has no word character: every word of it, each a
    phrase of its characters (`"機關 单位"` → `"机 关" AND "单 位"`)."""
    words = dict.fromkeys(query_words(query))
    return " AND ".join(f'"{" ".join(word)}"' for word in words) or None


def storable(text: str) -> str:
    """`text` with lone surrogates (JSON can carry `\\ud800`) made U+FFFD: SQLite stores UTF-8 only."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text
