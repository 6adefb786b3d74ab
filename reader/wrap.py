"""A line breaker for Chinese text, measured in terminal cells.

Rich and Textual break only at whitespace, so a Chinese paragraph is one long "word" to them.
Here a line may break between any two CJK characters and after whitespace, while Latin words and
numbers stay whole, and the usual kinsoku rules hold: closing punctuation never starts a line and
opening punctuation never ends one, unless a line could not be filled otherwise.

Lines keep their trailing whitespace, so `"".join(wrap(text, width)) == text`; only the part
before that whitespace is measured against the width.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, get_character_cell_size

# Marks that may not begin a line (closers, stops) and that may not end one (openers).
NO_START = frozenset("。，、；：？！）》」』”’〉】〕］｝〗〙〛．｡,.;:?!)]}%…‥・·")
NO_END = frozenset("（《「『“‘〈【〔［｛〖〘〚([{")

# The smallest pieces a line may break between: a newline, a run of other whitespace, a word of
# Latin, Greek or Cyrillic letters, digits and ASCII punctuation (so `10:35` and `a.b` stay whole),
# or any other single character (a CJK character, a CJK or curly punctuation mark). Combining
# marks, variation selectors and zero-width-joiner sequences stay with what they modify.
_WORD = r"[!-~\u00a1-\u00b6\u00b8-\u036f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff]"
_MARKS = r"(?:[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]|\u200d.)*"
_ATOM = re.compile(rf"(?:\n|[^\S\n]+|{_WORD}+|.){_MARKS}", re.DOTALL)


def _hard_split(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A run wider than a whole line, cut at the last character that fits (at least one)."""
    pieces: list[tuple[int, int]] = []
    begin, used = start, 0
    for i in range(start, end):
        w = get_character_cell_size(text[i])
        if used + w > width and i > begin:
            pieces.append((begin, i))
            begin, used = i, 0
        used += w
    pieces.append((begin, end))
    return pieces


def line_spans(text: str, width: int) -> list[tuple[int, int]]:
    """The [start, end) offsets of each line of `text` wrapped to `width` cells.

    The spans cover the text without gaps; a newline ends its line.
    """
    width = max(width, 1)
    if 2 * len(text) <= width and "\n" not in text:
        return [(0, len(text))]  # fits whatever its characters: none is wider than two cells
    spans: list[tuple[int, int]] = []
    line_start = 0
    used = 0  # cells on the current line, trailing whitespace included
    # The segment being gathered: atoms with no allowed break between them.
    seg_start = seg_width = seg_trailing = 0
    last_visible = ""  # the last non-whitespace character before the current atom
    cells: dict[str, int] = {}  # this call's atom widths: most atoms repeat

    def place(seg_end: int) -> None:
        """Put the gathered segment on the current line, or start a new one for it."""
        nonlocal line_start, used
        content = seg_width - seg_trailing
        if used + content > width and seg_start > line_start:
            spans.append((line_start, seg_start))
            line_start, used = seg_start, 0
        if content > width:
            content_end = seg_start + len(text[seg_start:seg_end].rstrip())
            *full, last = _hard_split(text, seg_start, content_end, width)
            spans.extend(full)
            line_start, used = last[0], cell_len(text[last[0] : seg_end])
        else:
            used += seg_width

    start = 0
    for atom in _ATOM.findall(text):
        end = start + len(atom)
        w = cells.get(atom)
        if w is None:
            w = cells[atom] = cell_len(atom)
        first = atom[0]
        if first.isspace():
            seg_width += w
            seg_trailing += w
            if first == "\n":  # a newline ends its line whatever fits
                place(end)
                spans.append((line_start, end))
                line_start = seg_start = end
                used = seg_width = seg_trailing = 0
                last_visible = ""
        else:
            if start > seg_start and first not in NO_START and last_visible not in NO_END:
                if used + seg_width - seg_trailing <= width:  # the common case, without a call
                    used += seg_width
                else:
                    place(start)
                seg_start, seg_width = start, 0
            seg_width += w
            seg_trailing = 0
            last_visible = atom[-1]
        start = end
    if seg_start < len(text):
        place(len(text))
    if line_start < len(text) or not spans:
        spans.append((line_start, len(text)))
    return spans


def wrap(text: str, width: int) -> list[str]:
    """`wrap("品质改变生活，品质铸就未来。", 14)` → `["品质改变生活，", "品质铸就未来。"]`."""
    return [text[a:b] for a, b in line_spans(text, width)]
