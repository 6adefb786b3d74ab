"""Region filters (`list --region`, the TUI's `r`), the region tree, and short labels for a region.

A query is compiled once into the adcode prefixes of every unit it can mean, so that testing an article
is one `str.startswith` on its adcode: cheap enough per keystroke over 100,000 articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.document import Region
from reader.regions.gazetteer import COUNTY, load_gazetteer

MAX_CHAIN = 3  # province, city, county
SEPARATORS = re.compile(r"[\s'’‘`\-_/>›»|,，、·.;；:：]+")
TONE_DIGITS = re.compile(r"(?<=[a-z])[1-5]")
UNKNOWN = "未知"  # the tree node of articles without a region, and the query that lists them


@dataclass(frozen=True, slots=True)
class RegionQuery:
    """A compiled region filter: `matches` is a prefix test on the article's adcode."""

    text: str
    codes: tuple[str, ...] = ()  # the units the query can mean
    prefixes: tuple[str, ...] = ()
    everything: bool = False  # the empty query
    nowhere: bool = False  # `未知`: the articles whose region is not known

    def matches(self, region: Region) -> bool:
        """Whether the query names the article's province, city or county."""
        if self.everything:
            return True
        if self.nowhere:
            return region.adcode is None
        return region.adcode is not None and region.adcode.startswith(self.prefixes)


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One line of `reader regions`: a unit and how many articles are about it or a place inside it."""

    name: str
    adcode: str | None
    count: int
    children: list[TreeNode] = field(default_factory=list)


def compile_query(query: str) -> RegionQuery:
    """What a filter names, in any of its written forms.

    `四川`, `四川省`, `廣安`, `sichuan`, `guang'an`, `Guǎng'ān`, `sc` (initials), `51` or `5116` (adcode
    prefix), and chains: `湖北省黄冈市`, `湖北 黄冈`, `sichuan guangan`. An ambiguous name (`鼓楼`,
    `suzhou`) matches every unit it can mean; a query that names nothing matches nothing. `未知`, as
    the region tree calls them, matches the articles without a region.
    """
    text = unicodedata.normalize("NFKC", query).strip()
    if not text:
        return RegionQuery(query, everything=True)
    if text == UNKNOWN:
        return RegionQuery(query, nowhere=True)
    digits = SEPARATORS.sub("", text)
    if digits.isascii() and digits.isdigit():
        prefix = digits
        while len(prefix) > 2 and prefix.endswith("00"):
            prefix = prefix[:-2]
        return RegionQuery(query, prefixes=(prefix,))
    codes = _chains(_normalise(text))
    g = load_gazetteer()
    return RegionQuery(query, codes, tuple(sorted({g.units[c].prefix for c in codes})))


def _normalise(text: str) -> str:
    """Folded to Simplified, lower case, without tone marks, tone digits or separators."""
    text = load_gazetteer().fold(text).lower().replace("ü", "v").replace("u:", "v")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return SEPARATORS.sub("", TONE_DIGITS.sub("", text))


def _chains(text: str) -> tuple[str, ...]:
    """The deepest units of every reading of `text` as a chain of nested names (湖北省黄冈市 → 黄冈市)."""
    keys = _query_keys()
    g = load_gazetteer()
    found: set[str] = set()

    def walk(start: int, above: frozenset[str] | None, depth: int) -> None:
        for end in range(len(text), start, -1):
            codes = keys.get(text[start:end])
            if not codes:
                continue
            if above is not None:
                codes = frozenset(c for c in codes if above.intersection(g.ancestors(c)[1:]))
            if not codes:
                continue
            if end == len(text):
                found.update(codes)
            elif depth < MAX_CHAIN:
                walk(end, codes, depth + 1)

    walk(0, None, 1)
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _query_keys() -> dict[str, frozenset[str]]:
    """Every lookup key → the units it names: written forms, joined pinyin and initials."""
    g = load_gazetteer()
    keys: dict[str, set[str]] = {}
    for form, cands in g.forms.items():
        keys.setdefault(form, set()).update(c.code for c in cands)
    for unit in g.units.values():
        for i, pinyin in enumerate(unit.pinyin):
            joined = pinyin.replace(" ", "")
            for key in {joined, joined.replace("v", "u")}:
                keys.setdefault(key, set()).add(unit.code)
            syllables = pinyin.split()
            # Initials of a whole short name (sc → 四川); two letters are too common for counties.
            if i > 0 or len(unit.pinyin) == 1:
                initials = "".join(s[0] for s in syllables)
                if len(initials) >= (3 if unit.level == COUNTY else 2):
                    keys.setdefault(initials, set()).add(unit.code)
    return {k: frozenset(v) for k, v in keys.items()}


def display_name(region: Region) -> str:
    """The most specific level, for a list column: `通川区`, `广安市`; empty when unknown."""
    return region.county or region.city or region.province or ""


def region_path(region: Region) -> str:
    """`四川省 › 广安市`: the known levels from the top."""
    return " › ".join(n for n in (region.province, region.city, region.county) if n)


def region_tree(regions: Iterable[Region]) -> list[TreeNode]:
    """Province → city → county with article counts, busiest first; articles without a region last.

    A count includes the articles below it, so a province counts its articles whose city is unknown too.
    """
    root: dict = {}
    unknown = 0
    for r in regions:
        if r.adcode is None or r.province is None:
            unknown += 1
            continue
        path = [(r.province, r.adcode[:2] + "0000")]
        if r.city:
            path.append((r.city, r.adcode[:4] + "00"))
        if r.county:
            path.append((r.county, r.adcode))
        level = root
        for name, code in path:
            node = level.setdefault(code, {"name": name, "count": 0, "children": {}})
            node["count"] += 1
            level = node["children"]

    def build(level: dict) -> list[TreeNode]:
        ordered = sorted(level.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
        return [TreeNode(n["name"], code, n["count"], build(n["children"])) for code, n in ordered]

    tree = build(root)
    if unknown:
        tree.append(TreeNode(UNKNOWN, None, unknown))
    return tree
