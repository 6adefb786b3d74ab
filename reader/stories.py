"""Stories: a list of articles with each group of reposts (`reader.index.groups`) as one story.

Pure functions over `Entry` lists and their group keys (`Library.group_keys`), for `reader dups`,
`reader list --collapse`, `reader stats`, and `Stories`, a listing's groups ordered once, for the
TUI's grouped list, which collapses a new selection of it per keystroke. A story's members are the
articles of one group that the list holds; its original is the earliest dated of them, then one that
names its source, then the first listed. Only the articles with a group key pay: the rest of a list
of 100,000 is passed through in C.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

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


class Stories:
    """The groups of one listing, ordered once, so that any selection of it (a filter, a search) is
    collapsed without comparing a date or a key again: a keystroke that filters a list of 100,000,
    most of them reposts, sorts integers in C and builds only the stories it shows.

    Each grouped entry gets a slot: its place among the listing's grouped entries ordered by group,
    then by `order` (the original first), counted from 1. A selection's grouped entries, sorted by
    slot (by numpy), come in runs of one group each, its original first: only the runs of two or
    more, the stories shown, are looked at one by one."""

    def __init__(self, entries: Sequence[Entry], keys: Sequence[str | None]) -> None:
        """`keys`: the entries' group keys, None for an entry in no group."""
        self._entries = entries
        grouped = list(itertools.compress(range(len(keys)), keys))
        at = entries.__getitem__
        rank = order(list(map(at, grouped)))
        key: Callable[[int], str] = keys.__getitem__  # type: ignore[assignment]  # None never asked: grouped
        by_rank = sorted(grouped, key=lambda i: rank[id(at(i))])
        by_group = sorted(by_rank, key=key)  # stable: by rank within a group
        slots = range(1, len(by_group) + 1)  # 0 stands for none
        self._slot = dict(zip(map(id, map(at, by_group)), slots, strict=True))
        self._slot_at = np.zeros(len(entries), dtype=np.int64)  # by place in the listing
        self._slot_at[by_group] = slots
        self._group: list[str | None] = [None, *map(key, by_group)]
        # slot → its group's number (slot 0, none, has -1): a change of number starts a run
        runs = [len(list(run)) for _, run in itertools.groupby(map(key, by_group))]
        self._group_of = np.repeat(np.arange(-1, len(runs), dtype=np.int64), [1, *runs])
        self._whole: list[Entry | Story] | None = None  # the listing itself collapsed, kept

    def collapse(self, entries: Sequence[Entry], listed_at: np.ndarray | None = None) -> list[Entry | Story]:
        """`entries` (any of the listing's, in any order) with every group of two or more of them as
        one `Story` where its original stands, the original being the first of them in `order`.
        `listed_at`, when known: the entries' places in the listing, which spare a lookup per entry."""
        if len(entries) == len(self._entries) and entries == self._entries:  # in C, by identity
            if self._whole is None:
                self._whole = self._collapse(entries, listed_at)
            return list(self._whole)
        return self._collapse(entries, listed_at)

    def _collapse(self, entries: Sequence[Entry], listed_at: np.ndarray | None) -> list[Entry | Story]:
        slots = (
            self._slot_at[listed_at]
            if listed_at is not None
            else np.fromiter(
                map(self._slot.get, map(id, entries), itertools.repeat(0)), np.int64, len(entries)
            )
        )
        places = np.flatnonzero(slots)
        rows: list[Entry | Story] = list(entries)
        if not places.size:
            return rows
        places = places[np.argsort(slots[places], kind="stable")]  # by slot: runs of one group
        groups = self._group_of[slots[places]]
        starts = np.flatnonzero(np.diff(groups, prepend=-2))
        ends = np.append(starts[1:], places.size)
        keep = np.ones(len(rows), dtype=bool)
        keep[places] = False
        keep[places[starts]] = True  # a story stands where its original does
        shown = ends - starts > 1
        ordered, at = places.tolist(), entries.__getitem__
        for start, end, slot in zip(
            starts[shown].tolist(), ends[shown].tolist(), slots[places[starts[shown]]].tolist(), strict=True
        ):
            members = ordered[start:end]
            rows[members[0]] = Story(self._group[slot], tuple(map(at, members)))
        return list(itertools.compress(rows, keep.tolist()))


def collapse(entries: Sequence[Entry], keys: Sequence[str | None]) -> list[Entry | Story]:
    """`entries` with every group of two or more of them as one `Story`, where its original stands;
    `keys` are the entries' group keys (None: in no group)."""
    return Stories(entries, keys).collapse(entries)


def stories(entries: Sequence[Entry], keys: Sequence[str | None]) -> list[Story]:
    """The groups of two or more among `entries`, in list order of their originals."""
    return [row for row in collapse(entries, keys) if isinstance(row, Story)]


def count(rows: Sequence[Entry | Story]) -> int:
    """Articles in collapsed `rows`."""
    return sum(len(row.members) if isinstance(row, Story) else 1 for row in rows)
