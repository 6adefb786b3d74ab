"""Counts over a set of articles: per province (and city), per month, per source, per mark.

Pure functions over `Entry` lists, returning plain data: `reader stats` prints them, the TUI's
overview (`v`) draws them. Provinces and cities are counted as `reader regions` counts them (a province
counts its articles whose city is unknown too; articles without a region are one `未知` row, last).
Work is done per distinct value (entries share their region, date and source objects), so 100,000
articles cost a few hundred distinct values, not 100,000 conversions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from reader.document import Region
from reader.entries import Entry
from reader.index import normalise
from reader.marks import Marks
from reader.marks import counts as mark_counts
from reader.regions.match import UNKNOWN

# A month as dates are written by the cleaner (`2021-12-07 10:35`) and by the records a corpus gives
# (`2021/12/07`, `2021年12月7日`, `2021-12-07T…`).
_MONTH = re.compile(r"\s*((?:1[89]|2\d)\d{2})\s*[-/.年]\s*(\d{1,2})(?!\d)")
BAR_EIGHTHS = " ▏▎▍▌▋▊▉"
UNDATED = "undated"  # the month filter of the articles without a readable date


@dataclass(frozen=True, slots=True)
class Place:
    """A province or city and how many articles are about it or a place inside it."""

    name: str  # 四川省; `未知` for the articles without a region
    adcode: str | None  # 510000; None for `未知`
    count: int
    cities: tuple[Place, ...] = ()  # a province's cities, busiest first; empty for a city

    def contract(self) -> dict:
        """Name, adcode and count, as `reader regions --json` gives them."""
        return {"name": self.name, "adcode": self.adcode, "count": self.count}


@dataclass(frozen=True, slots=True)
class Stats:
    """The figures of `reader stats` for one set of articles."""

    articles: int
    provinces: tuple[Place, ...]  # busiest first, `未知` last
    months: tuple[tuple[str, int], ...]  # ("2021-12", n), oldest first; months without articles left out
    undated: int  # articles whose date is unknown or unreadable
    sources: tuple[tuple[str, int], ...]  # busiest first, then by name
    unsourced: int  # articles that name no source
    marks: dict[str, int]  # articles kept, rejected and unmarked (`reader.marks.counts`)
    reposts: tuple[int, int] = (0, 0)  # groups of reposts (one story, two articles or more), articles in them

    def contract(self) -> dict:
        """The `reader stats --json` object."""
        return {
            "articles": self.articles,
            "provinces": [
                p.contract() | {"cities": [c.contract() for c in p.cities]} for p in self.provinces
            ],
            "months": [{"month": m, "count": n} for m, n in self.months],
            "undated": self.undated,
            "sources": [{"name": s, "count": n} for s, n in self.sources],
            "unsourced": self.unsourced,
            "marks": dict(self.marks),
            "reposts": {"groups": self.reposts[0], "articles": self.reposts[1]},
        }


def stats(entries: Sequence[Entry], marks: Marks, groups: Sequence[str | None] = ()) -> Stats:
    """The figures of `entries`: `marks` counts their marks, `groups`, their group keys
    (`Library.group_keys`), their reposts."""
    months, undated = per_month(entries)
    sources, unsourced = per_source(entries)
    sizes = Counter(key for key in groups if key)
    shared = [n for n in sizes.values() if n > 1]
    return Stats(
        len(entries),
        tuple(per_province(entries)),
        tuple(months),
        undated,
        tuple(sources),
        unsourced,
        mark_counts(entries, marks),
        (len(shared), sum(shared)),
    )


def per_province(entries: Iterable[Entry]) -> list[Place]:
    """Articles per province, each with its cities; busiest first (then by adcode), `未知` last:
    the top two levels of `reader.regions.region_tree`, with the same counts."""
    by_region = _count_shared(map(attrgetter("region"), entries))
    provinces: dict[str, list] = {}  # code → [name, count, {city code: [name, count]}]
    unknown = 0
    for region, n in by_region:
        assert isinstance(region, Region)
        if region.adcode is None or region.province is None:
            unknown += n
            continue
        province = provinces.setdefault(region.adcode[:2] + "0000", [region.province, 0, {}])
        province[1] += n
        if region.city:
            city = province[2].setdefault(region.adcode[:4] + "00", [region.city, 0])
            city[1] += n

    def busiest(items: dict) -> list[tuple[str, list]]:
        return sorted(items.items(), key=lambda kv: (-kv[1][1], kv[0]))

    places = [
        Place(
            name,
            code,
            count,
            tuple(Place(c_name, c_code, c_count) for c_code, (c_name, c_count) in busiest(cities)),
        )
        for code, (name, count, cities) in busiest(provinces)
    ]
    if unknown:
        places.append(Place(UNKNOWN, None, unknown))
    return places


def per_month(entries: Iterable[Entry]) -> tuple[list[tuple[str, int]], int]:
    """Articles per month (`2021-12`), oldest first, and how many have no readable date."""
    months: Counter[str] = Counter()
    undated = 0
    for date, n in Counter(map(attrgetter("date"), entries)).items():
        month = month_of(date)
        if month is None:
            undated += n
        else:
            months[month] += n
    return sorted(months.items()), undated


def per_source(entries: Iterable[Entry]) -> tuple[list[tuple[str, int]], int]:
    """Articles per source, busiest first, and how many name none. Spellings that differ only in
    script or width (人民网, 人民網) are one source, named as most of its articles spell it."""
    groups: dict[str, Counter[str]] = {}
    unsourced = 0
    for source, n in Counter(map(attrgetter("source"), entries)).items():
        name = source.strip() if source else ""
        if not name:
            unsourced += n
            continue
        groups.setdefault(normalise(name), Counter())[name] += n
    counted = [(spellings.most_common(1)[0][0], spellings.total()) for spellings in groups.values()]
    return sorted(counted, key=lambda sc: (-sc[1], sc[0])), unsourced


@lru_cache(maxsize=65536)
def month_of(date: str | None) -> str | None:
    """`2021-12-07 10:35` → `2021-12`; None when there is no date or no month in it."""
    if not date:
        return None
    m = _MONTH.match(date)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}"


def in_month(entries: Iterable[Entry], month: str) -> list[Entry]:
    """The entries dated in `month` (`2021-12`), or, for `undated`, those with no readable date."""
    wanted = None if month == UNDATED else month
    return [e for e in entries if month_of(e.date) == wanted]


def month_gap(earlier: str, later: str) -> int:
    """Months strictly between two months: `2021-10`, `2022-01` → 2."""
    (y1, m1), (y2, m2) = (map(int, earlier.split("-")), map(int, later.split("-")))
    return max((y2 - y1) * 12 + (m2 - m1) - 1, 0)


def bar(count: int, largest: int, width: int) -> str:
    """A plain bar of `count` out of `largest` in `width` cells, to an eighth of a cell; a count
    above zero shows at least an eighth."""
    if count <= 0 or largest <= 0 or width <= 0:
        return ""
    eighths = max(round(count / largest * width * 8), 1)
    full, part = divmod(eighths, 8)
    return "█" * full + (BAR_EIGHTHS[part] if part else "")


def _count_shared(values: Iterable[object]) -> list[tuple[object, int]]:
    """Each distinct object with its count, counted by identity (entries share their regions), so
    that no value is hashed field by field for every entry."""
    values = list(values)
    counts = Counter(map(id, values))
    objects = dict(zip(map(id, values), values, strict=True))
    return [(objects[key], n) for key, n in counts.items()]
