"""Step 9: the tests of a page that is no place's story, which then has no region.

A national story (the capital as the seat of government, places scattered over provinces, a Beijing
dateline's passing example, a text in the centre's words, a ministry's title, the centre's Taiwan
affairs), a first-person essay
whose title names no place, or a place named once as an example (`lone_example`) unless the site or the
place's own words vouch for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from reader.document import Document, Region
from reader.regions.gazetteer import COUNTY, PROVINCE, Gazetteer
from reader.regions.late_votes import banner_mention, on_chain, own_words_mention
from reader.regions.mentions import DATELINE, SHORT_FACTOR, Mention
from reader.regions.parts import BODY_WEIGHT, Part
from reader.regions.tally import Voters, Votes
from reader.regions.weigh import Weighing


def no_place_tests(g: Gazetteer, w: Weighing, doc: Document) -> Iterator[tuple[str, bool]]:
    """Step 9, each test by name, in order and only as far as asked: `any` stops at the first that
    holds, while scripts/train_gate.py reads them all."""
    yield "seat", seat_of_government(g, w.region, doc)
    yield "scattered", scattered(g, w.votes)
    yield "in_passing", in_passing(w.region, w.voters, w.parts, w.title)
    yield "national_examples", national_examples(g, w.region, w.voters, w.title, w.parts)
    yield "ministry", ministry_title(g, doc.title, w.title)
    yield "cross_strait", cross_strait(g, w.region, doc)
    yield "essay", personal_essay(g, doc, w.title)
    yield (
        "lone",
        lone_example(g, w.region, w.voters, doc, w.towns.units, w.site)
        and not vouched(g, w.region, doc, w.parts, w.votes, w.site),
    )


def vouched(
    g: Gazetteer,
    region: Region,
    doc: Document,
    parts: list[Part],
    votes: Votes,
    site: Callable[[], frozenset[str]] = frozenset,
) -> bool:
    """`2019年澳門街坊節…街總主辦`: a place the text names once is no lone example where the site's
    publisher (`澳門特別行政區政府入口網站`) or the place's own words (街總, 本澳) say the same place."""
    for m in (banner_mention(g, doc, votes, site), own_words_mention(g, parts, votes)):
        if m is not None and region.adcode and on_chain(g, m.candidates[0].code, region.adcode):
            return True
    return False


def lone_example(
    g: Gazetteer,
    region: Region,
    voters: Voters,
    doc: Document,
    township_units: Callable[[], set[str]] = set,
    site: Callable[[], frozenset[str]] = frozenset,
) -> bool:
    """`比如文山…`: a place named once, by its short name, in a body that never speaks of an area of its
    own (全省, 我县) is an example the writer reached for, not the story's place.

    One mention is all that voted for it and its city (no title, no chain, no host or banner), it is a
    short name, no township of it is named (`本报曲阜讯…吴村镇` speaks of 曲阜 twice), and the site's host
    does not spell it (a 即墨 forum at qdjimo.com)."""
    code = region.adcode
    if (
        code
        and g.units[code].level == COUNTY
        and (up := g.units[code].parent)
        and g.units[up].level != PROVINCE
    ):
        code = up  # `茂名…信宜`: a county whose city is named on its own is no lone example
    said = voters[code] if code else []
    if len(said) != 1 or said[0].chain or said[0].weight > BODY_WEIGHT * SHORT_FACTOR:
        return False
    if any(c.full for c in said[0].candidates) or HOME_AREA.search(g.fold(doc.text())):
        return False
    return region.adcode not in site() and region.adcode not in township_units()


# The writer speaking of themselves: 我, not a speech's 我们 nor a body's 我省, 我县, 我校, 我局 or 我国.
FIRST_PERSON = re.compile(r"我(?![们省市县区镇乡国党校院局委州旗])")
FIRST_PERSON_MIN = 10  # times the writer says 我
FIRST_PERSON_SHARE = 0.015  # of the text's characters: a news story quotes 我 far less often
# A body speaking of its own area (我县, 全市): a leader's speech or a report, however often it says 我.
OWN_AREA = re.compile(r"我[省市县区州旗镇乡]|全[省市县区州旗镇乡]")
# The same, and a resident speaking of the place they live in (`我们小区`, `我们村`): the one place such
# a text names is the writer's own (`这还像大北京的小区吗`), not an example reached for.
HOME_AREA = re.compile(OWN_AREA.pattern + r"|我们的?(?:小区|社区|村|镇|县|城)")
# A cadre's or reporter's diary of a posting (`驻村日记`, `挂职日记之二`): the place the writer was sent to
# is what the first-person text is about.
POSTED = re.compile(r"驻村|挂职|蹲点")


def personal_essay(g: Gazetteer, doc: Document, title: list[Mention]) -> bool:
    """`博客一年感慨多`, `我们一直在路上`: a first-person essay whose title names no place is about the
    writer; the places it names are where the writer went or came from (`我们博山的宏志先生`).

    Not a speech or a report that speaks for its area (`我们要…全县上下`), however often it says 我, nor
    the diary of a posting (`驻村日记`), which is about the place the writer was sent to."""
    if title:
        return False
    text = doc.text()
    if text.count("我") < FIRST_PERSON_MIN:  # most pages: no need to fold (我縣 is 我县)
        return False
    if POSTED.search(g.fold(doc.title)):
        return False
    folded = g.fold(text)
    said = len(FIRST_PERSON.findall(folded))
    return said >= max(FIRST_PERSON_MIN, FIRST_PERSON_SHARE * len(text)) and not OWN_AREA.search(folded)


# The State Council's ministries and the national bodies not spelt 国家…: written once, in Simplified
# (a title is folded before it is matched, so 生態環境部 is found too).
MINISTRIES = (
    "外交部|国防部|教育部|科学技术部|科技部|工业和信息化部|工信部|公安部|民政部|司法部|财政部"
    "|人力资源和社会保障部|人社部|自然资源部|生态环境部|住房和城乡建设部|住建部|交通运输部|水利部"
    "|农业农村部|商务部|文化和旅游部|文旅部|退役军人事务部|应急管理部|中国人民银行|审计署|海关总署"
    "|最高人民法院|最高人民检察院"
)
# A national ministry opening the title as its subject: `国家发展改革委召开…`, `国家统计局：…`, `国务院…`,
# `生态环境部：…`; after a column's name, too (`媒体纵览 | 生态环境部：…`).
MINISTRY = re.compile(
    r"^(?:[^|｜]{1,12}[|｜]\s*)?(?:国务院|国家[\u4e00-\u9fff]{1,8}?(?:委员会|总局|部|委|局|署)|"
    + MINISTRIES
    + ")(?!门)"  # 教育部门 is any education office, a county's too
)


def ministry_title(g: Gazetteer, title: str, named: list[Mention]) -> bool:
    """`国家卫生健康委员会…新闻发布会文字实录`: a title whose subject is a national ministry and that names
    no place is national news, wherever the ministry met (`地点：云南省曲靖市…`)."""
    return not named and MINISTRY.match(g.fold(title.strip())) is not None


CAPITAL_DATELINE = re.compile(r"北京")
PASSING_MAX = 1  # mentions of the answer below a Beijing dateline that are only a passing example


def in_passing(region: Region, voters: Voters, parts: list[Part], title: list[Mention]) -> bool:
    """`新华社北京11月25日电`, then one village of 贵州省罗甸县 among the examples: a story filed from
    the capital that names its answer once, and not in the title, is national; the place is an example."""
    if region.province is None or region.adcode is None:
        return False
    opening = next((p.text for p in parts[1:3] if DATELINE.match(p.text)), None)
    if opening is None or not CAPITAL_DATELINE.search(DATELINE.match(opening).group()):  # type: ignore[union-attr]
        return False
    province = region.adcode[:2] + "0000"
    said = voters[province]
    in_title = {id(m) for m in title}
    return len(said) <= PASSING_MAX and not any(id(m) in in_title for m in said)


# Bodies of the whole country: where they meet in the capital, the capital is a venue, not the subject.
NATIONAL = re.compile(
    r"全国|中央|国务院|党中央|总书记|国家[\u4e00-\u9fff]{0,6}(?:部|委|局|署|院|办)|部委|人民大会堂"
)
# The same, a ministry (农业农村部), and the country speaking of itself (我国, 国新办): a story told in
# these words is national.
NATIONAL_WORDS = re.compile(NATIONAL.pattern + "|我国|国新办|" + MINISTRIES)
# A province's, city's, county's or township's own bodies and reach (县委, 市政府, 全县, 我市, 本县):
# a story told in these words is that area's, however often it cites the centre.
LOCAL_WORDS = re.compile(
    r"[省市县区州盟旗镇乡](?:委|政府|人大|政协|长)|[全我][省市县区州盟旗镇乡]|本[县市区镇乡]"
)
EXAMPLE_MAX = 2  # mentions of the answer that may still be a national story's examples
NATIONAL_WORDS_MIN = 4
LOCAL_WORDS_MAX = 1


def national_examples(
    g: Gazetteer, region: Region, voters: Voters, title: list[Mention], parts: list[Part]
) -> bool:
    """`国务院新闻办…「5.12」四川汶川大地震…`, `农业农村部党组书记…山东高青人`: a story that speaks in the
    centre's words (国务院, 中央, 我国, a ministry) and never of a local area's own bodies (县委, 全市)
    names a place once or twice, outside its title and its opening paragraph, as an example, a
    leader's visit or a native place, not as its subject: it is national.

    `in_passing` reads the same from a Beijing dateline; this reads it from the words, so a mirror
    that lost its headline or its dateline is read too. A site's host or banner makes it local."""
    if region.province is None or region.adcode is None:
        return False
    said = voters[region.adcode[:2] + "0000"]
    if not said or len(said) > EXAMPLE_MAX:
        return False
    opening = next((p.original for p in parts[1:] if p.weight == BODY_WEIGHT), "")
    in_title = {id(m) for m in title}
    # A host's or banner's vote (at no place in the text), the title's, or the opening paragraph's.
    if any(m.end == 0 or id(m) in in_title or m.text in opening for m in said):
        return False
    text = "\n".join(p.folded for p in parts)
    return (
        len(NATIONAL_WORDS.findall(text)) >= NATIONAL_WORDS_MIN
        and len(LOCAL_WORDS.findall(text)) <= LOCAL_WORDS_MAX
    )


SCATTERED_PROVINCES = 3  # provinces named that may make a story national
SCATTERED_SHARE = 0.5  # when none of them holds more than this share of their votes


def scattered(g: Gazetteer, votes: Votes) -> bool:
    """`西北地区有沙尘…内蒙古…甘肃…黑龙江…`: places spread over three or more provinces, none holding
    more than half of their votes, make a national story, not one province's."""
    provinces = [v for code, v in votes.items() if g.units[code].level == PROVINCE and v > 0]
    return len(provinces) >= SCATTERED_PROVINCES and max(provinces) <= SCATTERED_SHARE * sum(provinces)


TAIWAN = "710000"  # 台湾省
# The centre's words for its Taiwan affairs (国台办, 对台, 台胞台企, 台湾当局), written once in Simplified:
# a text folded to Simplified is matched, so 國臺辦 is found too.
CROSS_STRAIT = re.compile(
    r"国台办|国务院台办|台湾事务办公室|对台|涉台|台胞|台企|台湾同胞|两岸同胞|台湾当局|祖国大陆"
)
CROSS_STRAIT_MIN = 2


def cross_strait(g: Gazetteer, region: Region, doc: Document) -> bool:
    """`国台办举行例行新闻发布会…台湾同胞…对台政策`: the centre's Taiwan affairs told in its own words
    name 台湾 as the object of a national policy, not as the story's place: it is national. Only
    where 台湾 as a whole is the answer (a Taiwan story names its county or city, or speaks otherwise)."""
    return region.adcode == TAIWAN and len(CROSS_STRAIT.findall(g.fold(doc.text()))) >= CROSS_STRAIT_MIN


CAPITAL = "110000"  # 北京市
NATIONAL_MIN = 3


def seat_of_government(g: Gazetteer, region: Region, doc: Document) -> bool:
    """`中央政法工作会议9日在北京召开`, `人社部部长26日在北京介绍`: a national story names 北京 as the
    seat of government.

    Only when 北京 as a whole is the answer (no district) and the centre's words (national bodies, a
    ministry, 我国) are said at least `NATIONAL_MIN` times, in either script (全國政協 as 全国政协).
    """
    return region.adcode == CAPITAL and len(NATIONAL_WORDS.findall(g.fold(doc.text()))) >= NATIONAL_MIN
