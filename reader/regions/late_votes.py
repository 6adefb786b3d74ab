"""Steps 6–8: the votes cast after the text's own, each only where the text left the answer open.

A gov.cn host, the page's townships, the publisher the site's removed banner or footer names, and Hong
Kong's or Macao's own words; never against a place the text names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from reader.document import Document, Region
from reader.regions.banner import publisher_end, site_lines
from reader.regions.gazetteer import COUNTY, Candidate, Gazetteer
from reader.regions.host import gov_label, host_units
from reader.regions.mentions import Mention, scan
from reader.regions.parts import BODY_WEIGHT, HEADING_WEIGHT, Part
from reader.regions.tally import Voters, Votes, add_vote
from reader.regions.townships import Township, load_townships

HOST_WEIGHT = HEADING_WEIGHT  # a gov.cn host names the site's place once, about as surely as a heading
BANNER_WEIGHT = HOST_WEIGHT  # so does the publisher a site's banner or footer names


def vote_townships(
    g: Gazetteer, parts: list[Part], towns: PageTownships, votes: Votes, voters: Voters, region: Region
) -> bool:
    """Step 7: the page's townships vote for their counties (`township_mentions`); False if none did."""
    townships = township_mentions(g, parts, towns.found(), votes, voters, region)
    for m in townships:
        add_vote(g, votes, voters, m)
    return bool(townships)


class PageTownships:
    """The township names in a page's parts: scanned once, and only if asked (most pages never are)."""

    __slots__ = ("_found", "_parts", "_units")

    def __init__(self, parts: list[Part]) -> None:
        self._parts = parts
        self._found: list[Township] | None = None
        self._units: set[str] | None = None

    def found(self) -> list[Township]:
        """One scan over the parts joined by line breaks (no name holds one)."""
        if self._found is None:
            self._found = load_townships().find("\n".join(part.folded for part in self._parts))
        return self._found

    def units(self) -> set[str]:
        """The counties a township the page names (not a generic one) lies in."""
        if self._units is None:
            self._units = {c for t in self.found() if not t.generic for c in t.codes}
        return self._units


def host_mention(g: Gazetteer, url: str, votes: Votes, region: Region) -> Mention | None:
    """A gov.cn host as one vote for the unit it spells: dazhou.gov.cn → 达州市.

    A label several units share (ziyang: 资阳市, 紫阳县, 资阳区) votes only for the one the text backs
    (四川 named: 资阳市); a host that names a place off the text's answer (sc.gov.cn on a page about
    杭州) is left out: the text wins, and the host decides only what the text leaves open.
    """
    codes = host_units(url)
    code = codes[0] if len(codes) == 1 else best_backed(g, codes, votes)
    if code is None:
        return None
    if region.adcode and region.adcode not in g.ancestors(code) and code not in g.ancestors(region.adcode):
        return None
    host = f"{gov_label(url)}.gov.cn"
    return Mention(0, 0, host, host, (Candidate(code, True, False),), HOST_WEIGHT)


def banner_mention(
    g: Gazetteer, doc: Document, votes: Votes, site: Callable[[], frozenset[str]] = frozenset
) -> Mention | None:
    """The publisher the site's own removed chrome names, as one vote: `澳門特別行政區政府入口網站` →
    澳门特别行政区, `主办单位：某某县融媒体中心` → that county.

    Called only where the text (and host, and townships) decided nothing: a city's portal reposts its
    province's stories (全省…) as often as it writes its own, so a page whose text names only 四川省
    stays 四川省 under a 达州市 banner, and one that names 杭州 stays 杭州's. Where the page names
    places it leaves undecided, the banner votes only if every one of them lies on its chain (in it
    or above it). A central site (新华网, 人民网, 中国政府网) names no place and gives nothing; nor does
    a county's short name alone (光明日报, 新华日报 are no county's), nor a name several units share
    that the text does not pick, unless the site's host spells that county (`site`: 平度论坛 at
    bbs.pingdu.co) and it is no ordinary word (天涯论坛 is no 天涯区's). A city's short name that is
    also a word (中山, 大同, 朝阳) is the city before a publisher's body (中山日报), which the word
    never heads. Several publishers (a banner and a footer, a row of links to sibling sites) vote for
    the deepest unit all of them lie in or contain.
    """
    found: dict[str, str] = {}  # unit → the publisher as first written
    for written, folded in site_lines(doc.removed, g.fold):
        for m in scan(Part(written, written, folded, BODY_WEIGHT)):
            end = publisher_end(folded, m.start, m.end)
            if end is None:
                continue
            cands = [
                c
                for c in m.candidates
                if m.chain
                or g.units[c.code].level != COUNTY
                or (not c.generic and (c.full or c.code in site()))
            ]
            code = cands[0].code if len(cands) == 1 else best_backed(g, (c.code for c in cands), votes)
            if code is not None:
                found.setdefault(code, written[m.start : end])
    code = deepest_common(g, found)
    if code is None or not all(on_chain(g, code, c) for c, v in votes.items() if v):
        return None
    written = found.get(code) or next(iter(found.values()))
    return Mention(0, 0, written, written, (Candidate(code, True, False),), BANNER_WEIGHT)


# Hong Kong's and Macao's words for their own bodies and for themselves, written nowhere else: the
# District Councils (區議會, 區議員) are Hong Kong's; 本澳 is Macao speaking of itself, as 我省 is a
# province, and 街總 (街坊會聯合總會, the union of its neighbourhood associations) is Macao's body,
# which its papers and its government's portal name in every community story. Not 本港 (a port's
# report says it of itself), nor 全澳 (Australia's Chinese press: all 澳洲).
OWN_WORDS = (
    ("810000", re.compile("区议会|区议员")),
    ("820000", re.compile("本澳|街总|街坊总会|街坊会联合总会")),
)
KANA = re.compile("[\u3040-\u30ff]")  # Japanese writes 区議会 of Tokyo's wards: not Hong Kong's


def own_words_mention(g: Gazetteer, parts: list[Part], votes: Votes) -> Mention | None:
    """`新一屆區議會…`, `本澳居民`: a page that names no place but speaks of one SAR in that SAR's own
    words, as one vote for it. Called only where nothing is decided yet, and never against a place
    the text names (as `banner_mention`); a page using the words of both SARs gets neither, and a
    page in Japanese none."""
    text = "\n".join(p.folded for p in parts)
    if KANA.search(text):
        return None
    said = [(code, m) for code, words in OWN_WORDS if (m := words.search(text))]
    if len(said) != 1 or not all(on_chain(g, said[0][0], c) for c, v in votes.items() if v):
        return None
    code, match = said[0]
    written = match.group()
    return Mention(0, 0, written, written, (Candidate(code, True, False),), BODY_WEIGHT)


def on_chain(g: Gazetteer, a: str, b: str) -> bool:
    """One unit lies in the other, or they are one: 达州市 and 四川省, 达州市 and 通川区."""
    return a in g.ancestors(b) or b in g.ancestors(a)


def deepest_common(g: Gazetteer, codes: Iterable[str]) -> str | None:
    """The deepest unit on the chain of every one of `codes`: 达州市 for 四川省 and 达州市, 四川省 for
    成都市 and 达州市; None for none, or for units in different provinces."""
    codes = list(codes)
    ups = {a for c in codes for a in g.ancestors(c)}
    fits = [u for u in ups if all(on_chain(g, u, c) for c in codes)]
    return max(fits, key=lambda u: len(g.ancestors(u)), default=None)


def township_mentions(
    g: Gazetteer, parts: list[Part], found: list[Township], votes: Votes, voters: Voters, region: Region
) -> list[Mention]:
    """The township names `found` in the parts that stand for one unit (see `township_unit`), as
    mentions of it. `found` is one scan over the parts joined by line breaks (no name holds one).

    The counties the page names are those a mention names as a place: not one only a generic short
    name voted for (资源 of 红色教育资源, 全州 of a phrase, let in because the city is named), which
    is a word and must not shut out the township's own county (阳朔镇)."""
    if not found:
        return []
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part.folded) + 1)
    named = {
        c
        for c, ms in voters.items()
        if g.units[c].level == COUNTY and any(x.code == c and not x.generic for m in ms for x in m.candidates)
    }
    together = common_unit(found)
    out: list[Mention] = []
    for t in found:
        if (code := township_unit(g, t, votes, region, named, together)) is None:
            continue
        i = bisect_right(offsets, t.start) - 1
        part, start, end = parts[i], t.start - offsets[i], t.end - offsets[i]
        if not follows_its_unit(g, part.folded, start, code):
            written, cands = part.original[start:end], (Candidate(code, True, False),)
            out.append(Mention(start, end, written, t.name, cands, part.weight))
    return out


def township_unit(
    g: Gazetteer, t: Township, votes: Votes, region: Region, named: set[str], together: str | None = None
) -> str | None:
    """The county a township votes for: 黄金坳镇 lies in one county and names it on its own.

    Never a county outside what the text decided (a township never outvotes a named place), and
    where the page names counties, only one of them. A shared name (城关镇, in 88 counties) or an
    ordinary phrase (小城镇) votes only where the page's city or province picks one of its counties,
    or where the page's townships have only that county in common (`together`, see `common_unit`);
    otherwise it votes for nothing.
    """
    codes = [c for c in t.codes if region.adcode is None or region.adcode in g.ancestors(c)]
    if named:
        codes = [c for c in codes if c in named]
    if len(t.codes) == 1 and not t.generic:
        return codes[0] if codes else None
    backed = best_backed(g, codes, votes)
    if backed is None and not t.generic and together in codes:
        return together
    return backed


def common_unit(found: list[Township]) -> str | None:
    """`普济镇…白马寺镇`: two township names, each shared by several counties, that have only one
    county in common (江陵县) name that county; so do any number of names on one page."""
    units = {t.name: set(t.codes) for t in found if not t.generic}
    if len(units) < 2:
        return None
    common = set.intersection(*units.values())
    return common.pop() if len(common) == 1 else None


def best_backed(g: Gazetteer, codes: Iterable[str], votes: Votes) -> str | None:
    """The one unit of `codes` the votes back most closely, else None.

    A page naming 绍兴 picks 嵊州市 for 三江街道 over 永嘉县 and 婺城区, which only its province backs;
    two candidates backed as closely, or none backed at all, pick nothing.
    """

    def closeness(code: str) -> int:  # the depth of the deepest backed unit at or above the code
        return max((len(g.ancestors(a)) for a in g.ancestors(code) if votes.get(a)), default=0)

    ranked = sorted(((closeness(c), c) for c in codes), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def follows_its_unit(g: Gazetteer, folded: str, start: int, code: str) -> bool:
    """`庆阳市镇原县临泾镇`: a township written right after its own county is one place named once.

    The county mention before it has counted already (as a chain, strongly); a second vote would
    count the same place twice.
    """
    unit = g.units[code]
    return folded[:start].rstrip().endswith((unit.name, *unit.shorts))
