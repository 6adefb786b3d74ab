"""Lines read in Simplified, so that each vocabulary is written once (in Simplified) and still holds
on Traditional pages: `發布時間` is read as `发布时间`, `來源` as `来源`, as the chrome rules read them.

The reading keeps every character in its place, so a value found in it (a name, a source) is cut
from the line as the page wrote it. It changes hanzi only (t2s's dictionaries and the variant forms
map letters to letters, one for one): a line's marks, digits and spaces are its reading's, so a rule
may ask about them before reading the line in Simplified.
"""

from __future__ import annotations

import functools

from reader.clean.chrome.lines import simplified as t2s
from reader.variants import fold_variants

_SEEN_LINES = 4096  # a site repeats its datelines and labels on every page


@functools.lru_cache(maxsize=_SEEN_LINES)
def simplified(text: str) -> str:
    """`來源:人民網` → `来源:人民网`: the line in Simplified (OpenCC t2s and the variant forms, as the chrome
    rules read it), character for character.

    Where t2s would change the line's length, the line with only its variant forms folded (`靑` → `青`):
    positions in it must be the line's own.
    """
    simple = t2s(text)  # the chrome rules' reading of the line, cached
    return simple if len(simple) == len(text) else fold_variants(text)
