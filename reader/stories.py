"""Stories: a list of articles with each group of reposts (`reader.index.groups`) as one story.

Pure functions over `Entry` lists and their group keys (`Library.group_keys`), for `reader dups`,
`reader list --collapse`, `reader stats` and the TUI's grouped list. A story's members are the
articles of one group that the list holds; its original is the earliest dated of them, then one that
names its source, then the first listed. Only the articles with a group key pay: the rest of a list
of 100,000 is passed through in C.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
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


def story(group: str, members: Sequence[Entry]) -> Story:
    """The story of `members` (in list order): the earliest dated first, then one naming its source."""
    order = sorted(range(len(members)), key=lambda i: (date_key(members[i].date), not members[i].source, i))
    return Story(group, tuple(members[i] for i in order))


def collapse(entries: Sequence[Entry], keys: Sequence[str | None]) -> list[Entry | Story]:
    """`entries` with every group of two or more of them as one `Story`, where its original stands;
    `keys` are the entries' group keys (None: in no group)."""
    where: dict[str, list[int]] = {}
    for i in itertools.compress(range(len(keys)), keys):
        where.setdefault(keys[i], []).append(i)  # type: ignore[index]
    rows: list[Entry | Story] = list(entries)
    keep = [True] * len(rows)
    for key, places in where.items():
        if len(places) < 2:
            continue
        grouped = story(key, [entries[i] for i in places])
        for i in places:
            keep[i] = entries[i] is grouped.original
            if keep[i]:
                rows[i] = grouped
    return list(itertools.compress(rows, keep))


def stories(entries: Sequence[Entry], keys: Sequence[str | None]) -> list[Story]:
    """The groups of two or more among `entries`, in list order of their originals."""
    return [row for row in collapse(entries, keys) if isinstance(row, Story)]


def count(rows: Sequence[Entry | Story]) -> int:
    """Articles in collapsed `rows`."""
    return sum(len(row.members) if isinstance(row, Story) else 1 for row in rows)
