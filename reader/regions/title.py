"""What a title says of a story's reach: a place held up as a model (借鉴成都经验) is an example, and a
title naming a province and nothing below it (广西:红旗耀边关) heads a province-wide story."""

from __future__ import annotations

import re

from reader.regions.gazetteer import COUNTY, PROVINCE, Gazetteer
from reader.regions.mentions import Mention
from reader.regions.townships import SUFFIX as TOWNSHIP_SUFFIX
from reader.regions.townships import load_townships

# `借鉴成都经验`, `学习浦江做法`: a place whose experience the title holds up as the model to learn from.
MODEL = re.compile(r"(?:借鉴|学习|对标|取经)([^，,。：:\s]{2,12}?)的?(?:经验|做法|模式)")


def model_units(g: Gazetteer, folded_title: str, title: list[Mention]) -> set[str]:
    """The units a title holds up as a model (`借鉴成都经验 打造北都…`): the story is about whoever learns
    from it, so the model and the places inside it (成都市, 蒲江县) are examples, not the subject."""
    out: set[str] = set()
    for model in MODEL.finditer(folded_title):
        for m in title:
            if model.start(1) <= m.start and m.end <= model.end(1):
                out.update(c.code for c in m.candidates)
    return out


# A province speaking of itself: `我省全力打造…`, `全省…工作会议`.
OWN_PROVINCE = re.compile(r"我省|全省")
# `新疆农科院`, `宁夏特检院`: a province's name heading an institute's short name names the institute
# (its staff work in one county or another), not the province as the story's area; `记辽宁省优秀党务工作者`,
# `河南省劳动模范`: one heading an honour names who gave it to a person of one county or another.
INSTITUTE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:院|研究所)(?![长内外里])|优秀|先进|劳动模范|劳模|道德模范|十佳|最美|三八红旗手|五一劳动奖章"
)


def province_title(g: Gazetteer, title: list[Mention], text: str = "", folded: str = "") -> bool:
    """`广西:红旗耀边关`, `…——我省全力打造“藏区党建长廊”`: a title naming a province (or saying 我省) and
    nothing below it heads a province-wide story.

    Its body's examples (a county here, another there) make a city only with most of the votes. A
    county's short name in the title (红旗, 红旗区's) is too often an ordinary word to count as below; so
    is a city's that is a word (海南 of 海南州 beside 海南省).
    A township the title names (`深入达萨乡`) is below; so a title whose province only heads an
    institute's name or an honour (`新疆农科院…驻村`, `记辽宁省优秀党务工作者`) is no province's story.
    """
    levels = {
        g.units[c.code].level
        for m in title
        for c in m.candidates
        if m.chain or c.full or (g.units[c.code].level != COUNTY and not c.generic)
    }
    if levels == {PROVINCE}:
        wide = [m for m in title if not INSTITUTE_AFTER.match(folded, m.end)]
        return bool(wide) and not _township_below(g, folded, wide)
    return not levels and OWN_PROVINCE.search(text) is not None


def _township_below(g: Gazetteer, folded: str, title: list[Mention]) -> bool:
    """The title names a township (a name of one unit, not a phrase) inside the province it names."""
    if not TOWNSHIP_SUFFIX.search(folded):  # most titles name no 镇, 乡 or 街道: no need to read the table
        return False
    provinces = {c.code for m in title for c in m.candidates}
    return any(
        not t.generic and len(t.codes) == 1 and g.ancestors(t.codes[0])[-1] in provinces
        for t in load_townships().find(folded)
    )
