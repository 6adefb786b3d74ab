"""Full-width keys from a CJK input method, read as the ASCII keys they stand for.

With a Chinese or Japanese input method active, `j` arrives as `ｊ` (U+FF4A) and `?` as `？`,
which match no binding. NFKC maps these full-width forms back to ASCII; a few marks that input
methods substitute for brackets are mapped by hand.
"""

from __future__ import annotations

import unicodedata

from textual import events
from textual.keys import KEY_NAME_REPLACEMENTS

_IME_MARKS = {"【": "[", "】": "]", "\u3000": " "}


def ascii_for(character: str) -> str | None:
    """`"ｊ"` → `"j"`, `"？"` → `"?"`; `None` for characters that are not a stand-in for ASCII."""
    if len(character) != 1 or character.isascii():
        return None
    mapped = _IME_MARKS.get(character) or unicodedata.normalize("NFKC", character)
    return mapped if len(mapped) == 1 and mapped.isascii() and mapped.isprintable() else None


def key_name(character: str) -> str:
    """Textual's name for the key that types `character`: `"j"`, `"question_mark"`, `"slash"`."""
    if character.isalnum():
        return character
    name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    return KEY_NAME_REPLACEMENTS.get(name, name)


def _character_of(event: events.Key) -> str:
    """The typed character; some senders give only the key's name (`fullwidth_right_square_bracket`)."""
    if event.character:
        return event.character
    try:
        return unicodedata.lookup(event.key.replace("_", " "))
    except KeyError:
        return ""


def normalise(event: events.Key) -> events.Key:
    """The same key press with a full-width character replaced by its ASCII key, else `event`."""
    mapped = ascii_for(_character_of(event))
    if mapped is None:
        return event
    return events.Key(key_name(mapped), mapped)
