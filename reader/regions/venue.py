"""Step 9's other half: a place named only as where a wider area's meeting was held (全省…在长沙召开)
gives that area, not itself."""

from __future__ import annotations

import re

from reader.document import Document, Region
from reader.regions.gazetteer import CITY, PROVINCE, Gazetteer
from reader.regions.tally import Voters, _evidence

# A province's own bodies and reach: a story in their words is the province's, wherever it was held.
PROVINCE_WIDE = re.compile(r"全省|省委|省政府|省人大|省政协|省长|自治区(?:党委|政府|人大|政协)")
WIDE_MIN = 2
AREA_SUFFIXES = "州盟市"  # a city-level unit whose text says 全州, 全盟 or 全市 of itself


def provincial_venue(g: Gazetteer, region: Region, voters: Voters, doc: Document) -> Region | None:
    """`全省…动员会在长沙召开`: a city named only as where a province-wide meeting was held is the
    venue, not the subject; the province is (as `seat_of_government` is for the capital). So is a
    county (`全州…全体会议在延吉召开`) where a prefecture's or city's meeting was held: the city is.

    Only when every mention of the place (and of any place in it) is `在…召开`-shaped, or one of a
    list of places that report (`延吉市、汪清县依次汇报`), and the text speaks of the wider area's
    bodies (全省, 省委; 全州, 州委) at least `WIDE_MIN` times.
    """
    code = region.adcode
    if code is None or region.province is None or (region.city is None and region.county is None):
        return None
    said = voters[code]
    if not any(m.venue for m in said) or not all(m.venue or m.listed for m in said):
        return None
    parent = g.units[code].parent
    if parent is None or (wide := area_wide(g, code, parent)) is None:
        return None
    if len(wide.findall(g.fold(doc.text()))) < WIDE_MIN:
        return None
    names = {g.units[c].level: g.units[c].name for c in g.ancestors(parent)}
    return Region(
        province=names.get(PROVINCE),
        city=names.get(CITY),
        adcode=parent,
        confidence=region.confidence,
        evidence=_evidence([m for m in voters[parent] if not m.venue]),
    )


def area_wide(g: Gazetteer, code: str, parent: str) -> re.Pattern[str] | None:
    """How the text speaks of `parent`'s own bodies and reach: 全省, 省委; 全州, 州委, 州政府.

    None where the place held in it could say the same of itself (延吉市 under a 市 says 全市 too).
    """
    if g.units[parent].level == PROVINCE:
        return PROVINCE_WIDE if g.units[code].level == CITY else None
    suffix = g.units[parent].name[-1]
    if suffix not in AREA_SUFFIXES or g.units[code].name.endswith(suffix):
        return None
    return re.compile(f"全{suffix}|{suffix}委|{suffix}政府")
