"""Which lines a metadata rule may still take: the next or last line no rule has taken yet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.clean.chrome.zones import FOOTER

UNTAKEN: frozenset[str | None] = frozenset({None})
# What a page foot's signature line may have been called before its date was read.
SIGNABLE: frozenset[str | None] = frozenset({None, FOOTER.name})


def open_in(
    texts: Sequence[str], verdicts: Sequence[str | None], lines: Iterable[int], taken: frozenset[str | None]
) -> int | None:
    """The first of `lines` that is not empty and whose verdict is in `taken`."""
    return next((j for j in lines if texts[j] and verdicts[j] in taken), None)


def next_open(
    texts: Sequence[str],
    verdicts: Sequence[str | None],
    start: int,
    stop: int,
    taken: frozenset[str | None] = UNTAKEN,
) -> int | None:
    """The next line from `start` whose verdict is in `taken` (by default: that no rule has taken;
    chrome between title and subtitle does not count)."""
    return open_in(texts, verdicts, range(start, min(stop, len(texts))), taken)


def last_open(
    texts: Sequence[str],
    verdicts: Sequence[str | None],
    start: int,
    stop: int,
    taken: frozenset[str | None] = UNTAKEN,
) -> int | None:
    """The last line before `stop` whose verdict is in `taken` (by default: that no rule has taken)."""
    return open_in(texts, verdicts, reversed(range(start, min(stop, len(texts)))), taken)


def reach(texts: Sequence[str], start: int, lines: int) -> int:
    """The index just past the first `lines` lines with words from `start`: a window counted in lines,
    not units, so that the blank lines between the cleaner's output blocks do not narrow it."""
    seen = 0
    for k in range(max(start, 0), len(texts)):
        seen += bool(texts[k])
        if seen == lines:
            return k + 1
    return len(texts)
