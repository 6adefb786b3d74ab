"""Stories: a list of articles with each group of reposts (`reader.index.groups`) as one story.

Pure functions over `Entry` lists and their group keys (`Library.group_keys`), for `reader dups`,
`reader list --collapse`, `reader stats` and the TUI's grouped list. A story's members are the
articles of one group that the list holds; its original is the earliest dated of them, then one that
names its source, then the first listed. Only the articles with a group key pay: the rest of a list
of 100,000 is passed through in C.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.entries import Entry

# A date as the cleaner writes it (`2021-12-07 10:35`) and as records give it (`2021/12/07`,
# `2021年12月7日`, `2021-12-07T10:35`).
_DATE = re.compile(
    r"\s*((?:1[89]|2\d)\d{2})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2}))?\s*日?(?:[\sT]*(\d{1,2})[:：](\d{2}))?"
)
UNDATED = "~"  # sorts after every date


@dataclass(frozen=True, slots=True)
class Story:
    """One group of reposts as listed: two or more articles."""

    group: str  # the group's key, as `reader list --json` and `reader dups` give it
    members: tuple[Entry, ...]  # the original first, then by date, then in list order

    @property
    def original(self) -> Entry:
        return self.members[0]

    def contract(self) -> dict:
        """The `reader dups --json` record."""
        return {"group": self.group, "original": self.original.id, "articles": [e.id for e in self.members]}


@lru_cache(maxsize=65536)
def date_key(date: str | None) -> str:
    """`2021年12月7日` → `2021-12-07 00:00`: a key that sorts dates in time order; `UNDATED` for none."""
    m = _DATE.match(date or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return UNDATED
    year, month, day, hour, minute = (int(g) if g else 0 for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"


def order(entries: Sequence[Entry]) -> dict[int, int]:
    """id(entry) → its place in the order that picks originals: the earliest date, then an entry that
    names its source, then list order."""
    ranked = sorted(range(len(entries)), key=lambda i: (date_key(entries[i].date), not entries[i].source, i))
    return {id(entries[i]): place for place, i in enumerate(ranked)}


def story(group: str, members: Sequence[Entry]) -> Story:
    """The story of `members` (in list order): the earliest dated first, then one naming its source."""
    rank = order(members)
    return Story(group, tuple(sorted(members, key=lambda e: rank[id(e)])))


def collapse(
    entries: Sequence[Entry], keys: Sequence[str | None], ranks: dict[int, int] | None = None
) -> list[Entry | Story]:
    """`entries` with every group of two or more of them as one `Story`, where its original stands;
    `keys` are the entries' group keys (None: in no group), `ranks` their `order` when the caller has
    it for a larger list (the TUI's, worked out once per listing: a keystroke then compares no dates).
    Every pass over the grouped entries runs in C (sorts and maps over bound methods): a list of
    100,000 where most articles are reposts is grouped per keystroke."""
    grouped = list(itertools.compress(range(len(keys)), keys))
    if not grouped:
        return list(entries)
    at = entries.__getitem__
    if ranks is None:
        ranks = order(list(map(at, grouped)))
    rank = dict(zip(grouped, map(ranks.__getitem__, map(id, map(at, grouped))), strict=True))
    key: Callable[[int], str] = keys.__getitem__  # type: ignore[assignment]  # None never asked: grouped
    by_group = sorted(sorted(grouped, key=rank.__getitem__), key=key)  # stable: by rank in a group
    rows: list[Entry | Story] = list(entries)
    hidden: set[int] = set()
    for group, run in itertools.groupby(by_group, key=key):
        places = list(run)
        if len(places) > 1:
            rows[places[0]] = Story(group, tuple(map(at, places)))
            hidden.update(places[1:])
    return list(itertools.compress(rows, map(operator.not_, map(hidden.__contains__, range(len(rows))))))


def stories(entries: Sequence[Entry], keys: Sequence[str | None]) -> list[Story]:
    """The groups of two or more among `entries`, in list order of their originals."""
    return [row for row in collapse(entries, keys) if isinstance(row, Story)]


def count(rows: Sequence[Entry | Story]) -> int:
    """Articles in collapsed `rows`."""
    return sum(len(row.members) if isinstance(row, Story) else 1 for row in rows)
