"""Which province, city and county an article is about: pure, from the cleaned `Document` alone.

1. Scan the title, headings and body for written forms of division names (leftmost-longest), on text
   folded to Simplified character by character, so Traditional pages need no OpenCC and Simplified
   names are never corrupted (t2s would read 乾安县 as 干安县).
2. Drop forms that are not about a division: streets, universities and neighbourhoods named after one
   (重庆路, 南开大学, 朝阳社区), 北京时间, 合作市场, idioms (大同小异), the tail of a word (篇章贡献)
   or of a person's name (纪洪山); and blocks that are a publisher's footer or a menu. Weigh the rest by
   place (title, headings, body) and context: less in an enumeration, a newspaper's or channel's name
   (湖南卫视) or across a border (与茶陵县交界), more after 来.
3. Join chains (四川省达州市通川区, 江苏昆山) into one strong mention of the deepest unit.
4. Resolve names shared by several units (朝阳区, 鼓楼区) by the parents and siblings named elsewhere,
   and keep generic names (和平, 合作, 城区) only where the unit or its parent is named in its own right.
5. Vote up the hierarchy (a county votes for its city and province) and report each level only while
   the text supports it: a city needs a fair share of its province's votes, a county half its city's.
6. A gov.cn host (dazhou.gov.cn) adds one vote, never against what the text decided; any site's host
   that spells a county (qdjimo.com: 即墨) backs its short name written once, and adds no vote.
7. Only where the county is still open, township names (黄金坳镇, 城北街道; 阿依巴格乡 under its
   raised name 阿依巴格镇) vote for their county. A township also backs its county's short name
   said once (本报曲阜讯…吴村镇), which alone would be too weak.
8. Only where nothing is decided yet, the publisher the site's removed banner or footer names
   (达州市人民政府门户网站, 主办单位：某某县融媒体中心), or the story's source line (来源：永靖县人民政府),
   adds one vote, and never against a place the text names; a township several counties share may
   then pick the one in the publisher's city (盐城市文化馆…大洋街道), whose vote the share a county
   needs leaves out. So do Hong Kong's or Macao's own words (區議會, 本澳, 街總) on a page that
   names no place.
9. A page that is no place's story has no region: a national one (a ministry's title, the capital as
   the seat of government, places scattered over provinces, a Beijing dateline's passing example, a
   text in the centre's words that names a place once or twice past its title and opening) or
   a first-person essay whose title names no place, or a text whose one place is a short name said
   once while it never speaks of an area of its own (全省, 我县). A place held up as a model
   (借鉴成都经验) is an example; a place named only as a wider area's venue (全州…在延吉召开) gives that area.

Read before the scan: a letter-spaced block (重 慶 市) loses the spaces between its characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reader.clean.tables import words
from reader.document import Document, Region
from reader.regions.banner import publisher_end, site_lines
from reader.regions.gazetteer import CITY, COUNTY, PROVINCE, Candidate, Gazetteer, load_gazetteer
from reader.regions.host import gov_label, host_units, site_units
from reader.regions.townships import SUFFIX as TOWNSHIP_SUFFIX
from reader.regions.townships import Township, load_townships

TITLE_WEIGHT, HEADING_WEIGHT, BODY_WEIGHT = 3.0, 2.0, 1.0
CHAIN_FACTOR = 1.5  # a chain counts as one mention, but a strong one
LIST_FACTOR = 0.5  # 滨城区、沾化区、邹平市: an enumeration names several places, none its subject
HOST_FACTOR = 1.5  # 来望江县考察: "come to" is said from the place the article is about
AWAY_FACTOR = 0.25  # 今赴北京: "go to" is said from elsewhere; where it went, not its subject
SHORT_FACTOR = 0.8  # 达州 is a little less certain than 达州市
MEDIA_FACTOR = 0.3  # 《沈阳日报》 names a newspaper, not what the article is about
CITY_SHARE = 0.25  # of the province's votes, for the city to be reported
PROVINCE_TITLE_CITY_SHARE = 0.5  # the same under a title that names the province and nothing below it
COUNTY_SHARE = 0.5  # of the city's (or municipality's) votes, for the county to be reported
MARGIN = 1.5  # the winner of a level must beat the runner-up by this factor
MIN_VOTES = 0.8  # less than one body mention of a short name decides nothing
DATELINE_FACTOR = 0.25  # 新华社北京2月13日电 says where a story was filed, not what it is about
# `湖北省崇阳县的大市村曾是…`: a place written out in full (a chain) where the first paragraph opens is
# the story's setting; what the story then names elsewhere in passing (`从广州回到家乡`) weighs less.
LEDE_FACTOR = 1.5
LEDE_REACH = 16  # characters into the first paragraph (past a dateline) that the setting may stand at
HOST_WEIGHT = HEADING_WEIGHT  # a gov.cn host names the site's place once, about as surely as a heading
BANNER_WEIGHT = HOST_WEIGHT  # so does the publisher a site's banner or footer names

PINYIN_NOTE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# What may follow a name and makes it something else: a street (山西北路), a university, a neighbourhood,
# a village or town named after it, or the time zone (北京时间). Not 街坊 or 街头: 澳门街坊节 and 上海街头
# are the place's neighbours and streets.
NOT_A_PLACE_AFTER = re.compile(
    r"[东西南北中]?(?:路|大道|大街|街(?![坊头])|巷|胡同)|大学|学院|时间|社区|小区|村|镇|乡"
)
NOT_A_PLACE_AFTER_FULL = re.compile(r"[东西南北中]?(?:路|大道|大街|巷)|大学|学院")
# `南京航空航天大学`, `沈阳师范大学`: a city's or province's short name heading a university's longer name
# names the school (an author's affiliation), not the story's place; a county's (平度技工学院) is a
# local school, whose story is its county's. Not across a particle, a mark or a unit's suffix.
SCHOOL_AFTER = re.compile(r"(?:(?![的了在和与及是等各省市县区])[\u4e00-\u9fff]){1,4}(?:大学|学院)")
# `（清华大学社会科学学院，北京 海淀 100084）`: a place followed by a postcode is an address (an author's
# affiliation, a sender's), not what the story is about.
POSTCODE_AFTER = re.compile(r"[ \t\u3000]*\d{6}(?=[\s;；)）,，]|$)")
MEDIA_AFTER = re.compile(r"日报|晚报|报社|报业|报人|电视台|卫视|广播|在线|新闻|网")
HOST_BEFORE = ("莅临", "走进")
AWAY_BEFORE = ("赴", "前往")
# `与湖南省茶陵县交界`, `翻过山头便是茶陵县的地界`: a neighbour named across the border is where the story's
# place ends, not the story's place; it weighs as little as a place gone to.
BORDER_BEFORE = ("与", "同", "和", "便是", "就是")
BORDER_AFTER = re.compile(r"的?(?:交界|接壤|毗邻|相邻|搭界|地界|边界)")
BORDER_FACTOR = AWAY_FACTOR
BORDER_FIRST = "的交接毗相搭地边"  # the characters BORDER_AFTER may open with: a cheap test first
# 纪洪山、李建平同志: a surname, then a short name, then what follows a person in a list or a title.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤纪简"
)
PERSON_AFTER = re.compile(r"[、，,和与及等副]|同志|主任|书记|[局县市区镇]长|主席|部长|委员|院长|代表")
# Publisher footers and site chrome that the cleaner may have left: they must never decide.
FOOTER = re.compile(
    r"备案|版权|©|主办|承办|协办|地址[:：]|电话[:：\d]|邮编|邮箱|举报(?:电话|邮箱|中心)|公网安备|许可证"
    r"|技术支持|网站地图|联系我们|关于我们|本文来自|来源[:：]|责任编辑|编辑[:：]|稿源|转载"
)
# Its words in Latin letters apart, in any case: a pattern ignoring case tries each word at every
# position, where one of fixed characters skips in C to where one begins. Only a line with a letter
# that may begin one (C, E or I in any case: ı and İ are I's) is searched.
FOOTER_LATIN = re.compile(r"ICP|Copyright|E-?mail", re.IGNORECASE)
FOOTER_LATIN_FIRST = re.compile("[CEIcei\u0130\u0131]")
FOOTER_MAX_LEN = 200
SENTENCE_PUNCT = re.compile(r"[。！？；，,!?;]")
# A news dateline opening a paragraph: an outlet, the place it was filed from, a date (in digits, or in
# words as older wire copy writes it: 中新社北京三月三日電), then 电/讯/消息.
DATELINE = re.compile(
    r"^[（(【\[]?(?:[\u4e00-\u9fff]{1,10}?(?:社|网|網|报|報|台|中心))?[\u4e00-\u9fff]{2,12}?"
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"\s*(?:电|電|讯|訊|消息|报道|報道)"
)
CHAIN_GAP = re.compile(r"[\s·]*")
# A zone a place sets up in its own name (济源示范区, 太湖经济开发区, 江宁高新区): the place again.
ZONE_AFTER = re.compile(r"(?:经济技术|经济|高新技术产业)?开发区|高新区|经开区|示范区|新区|试验区")
AFTER_REACH = 9  # characters after a mention kept with it: the longest zone, 高新技术产业开发区


@dataclass(slots=True)
class Mention:
    """One place-name mention: what it may stand for, how much it weighs, and how it was written."""

    start: int
    end: int
    text: str  # as written on the page
    form: str  # folded to Simplified: the key it was found under
    candidates: tuple[Candidate, ...]
    weight: float
    chain: bool = False
    before: str = ""  # the two characters written right before it
    after: str = ""  # what is written right after it, up to `AFTER_REACH` characters
    venue: bool = False  # 在长沙召开: where a meeting was held
    listed: bool = False  # 延吉市、汪清县: one of a list


class Part(NamedTuple):  # a tuple: made for every block of every page, so cheap to make
    """A title, heading or body text, read once for both scans (place names and townships)."""

    text: str  # as written
    original: str  # without glued pinyin (昆(kūn)山): what a mention quotes
    folded: str  # the same folded to Simplified, of equal length: what is matched
    weight: float


Votes = defaultdict[str, float]
Voters = defaultdict[str, list[Mention]]


class Weighing(NamedTuple):
    """What a page's places came to before the tests of a page that is no place's story."""

    region: Region
    votes: Votes
    voters: Voters
    parts: list[Part]
    title: list[Mention]  # the title's mentions
    towns: PageTownships
    site: Callable[[], frozenset[str]]  # the units the site's host spells
    late: frozenset[str]  # the votes cast after the text's own: host, township, banner, own_words


def detect_region(doc: Document) -> Region:
    """The region an article is about, with the levels its text supports and the mentions that decided."""
    g = load_gazetteer()
    w = weigh(g, doc)
    if any(verdict for _, verdict in no_place_tests(g, w, doc)):
        return Region()
    return provincial_venue(g, w.region, w.voters, doc) or w.region


def weigh(g: Gazetteer, doc: Document) -> Weighing:
    """Steps 1–8: the text's mentions voted up the hierarchy, then the late votes where still open."""
    parts = text_parts(g, doc)
    title = mentions_in(parts[:1])
    mentions = title + mentions_in(parts[1:]) + byline_mentions(g, doc)
    if title and (models := model_units(g, parts[0].folded, title)):
        mentions = [m for m in mentions if not all(models & set(g.ancestors(c.code)) for c in m.candidates)]
    wide_title = province_title(g, title, doc.title, parts[0].folded)
    city_share = PROVINCE_TITLE_CITY_SHARE if wide_title else CITY_SHARE
    towns = PageTownships(parts)
    late: set[str] = set()

    def own_county() -> bool:
        return any(OWN_COUNTY.search(p.folded) for p in parts)

    spelt: list[frozenset[str]] = []

    def site() -> frozenset[str]:  # read only if a short name needs backing (most pages never ask)
        if not spelt:
            spelt.append(site_units(doc.url) if doc.url else frozenset())
        return spelt[0]

    votes, voters = tally(g, mentions, own_county, site=site)
    region = choose(g, votes, voters, city_share)
    # Only a page whose county is still open reads the township table, loaded on first use: a
    # township there may back a county's short name the tally left out (`_supported`), and vote.
    if (
        region.county is None
        and (unvoted := unvoted_counties(g, mentions, votes))
        and unvoted & towns.units()
    ):
        votes, voters = tally(g, mentions, own_county, towns.units, site)
        region = choose(g, votes, voters, city_share)
    if doc.url and (host := host_mention(g, doc.url, votes, region)):
        add_vote(g, votes, voters, host)
        late.add("host")
        region = choose(g, votes, voters, city_share)
    if region.county is None and vote_townships(g, parts, towns, votes, voters, region):
        late.add("township")
        region = choose(g, votes, voters, city_share)
    if region.province is None and (banner := banner_mention(g, doc, votes, site)):
        add_vote(g, votes, voters, banner)
        late.add("banner")
        region = choose(g, votes, voters, city_share)
        # A township several counties share (大洋街道) that nothing picked: the banner's city may.
        if region.county is None and vote_townships(g, parts, towns, votes, voters, region):
            late.add("township")
            region = choose(g, votes, voters, city_share)
    if region.province is None and (own := own_words_mention(g, parts, votes)):
        add_vote(g, votes, voters, own)
        late.add("own_words")
        region = choose(g, votes, voters, city_share)
    return Weighing(region, votes, voters, parts, title, towns, site, frozenset(late))


def vote_townships(
    g: Gazetteer, parts: list[Part], towns: PageTownships, votes: Votes, voters: Voters, region: Region
) -> bool:
    """Step 7: the page's townships vote for their counties (`township_mentions`); False if none did."""
    townships = township_mentions(g, parts, towns.found(), votes, voters, region)
    for m in townships:
        add_vote(g, votes, voters, m)
    return bool(townships)


def no_place_tests(g: Gazetteer, w: Weighing, doc: Document) -> Iterator[tuple[str, bool]]:
    """Step 9, each test by name, in order and only as far as asked: `any` stops at the first that
    holds, while scripts/train_gate.py reads them all."""
    yield "seat", seat_of_government(g, w.region, doc)
    yield "scattered", scattered(g, w.votes)
    yield "in_passing", in_passing(w.region, w.voters, w.parts, w.title)
    yield "national_examples", national_examples(g, w.region, w.voters, w.title, w.parts)
    yield "ministry", ministry_title(g, doc.title, w.title)
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


def unvoted_counties(g: Gazetteer, mentions: list[Mention], votes: Votes) -> set[str]:
    """The counties a mention may stand for that got no vote (a short name said once, left out)."""
    return {
        c.code
        for m in mentions
        for c in m.candidates
        if not votes.get(c.code) and g.units[c.code].level == COUNTY
    }


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


VENUE_AFTER = re.compile(r"(?:隆重|正式)?(?:召开|举行|举办|开幕|闭幕)")
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


SCATTERED_PROVINCES = 3  # provinces named that may make a story national
SCATTERED_SHARE = 0.5  # when none of them holds more than this share of their votes


def scattered(g: Gazetteer, votes: Votes) -> bool:
    """`西北地区有沙尘…内蒙古…甘肃…黑龙江…`: places spread over three or more provinces, none holding
    more than half of their votes, make a national story, not one province's."""
    provinces = [v for code, v in votes.items() if g.units[code].level == PROVINCE and v > 0]
    return len(provinces) >= SCATTERED_PROVINCES and max(provinces) <= SCATTERED_SHARE * sum(provinces)


def text_parts(g: Gazetteer, doc: Document) -> list[Part]:
    """The title, subtitle, headings and body blocks that are not chrome, weighted by where they stand."""
    texts = [(doc.title, TITLE_WEIGHT)]
    if doc.subtitle:
        texts.append((doc.subtitle, HEADING_WEIGHT))
    for block in doc.blocks:
        if not is_chrome(block.text):
            texts.append((block.text, HEADING_WEIGHT if block.type == "heading" else BODY_WEIGHT))
    parts = []
    for written, weight in texts:
        text = unspaced(written)
        original = PINYIN_NOTE.sub("", text) if "(" in text else text
        parts.append(Part(text, original, g.fold(original), weight))
    return parts


# `重 慶 市 豐 都 縣`: a page that sets a space between every character (letter-spaced, as some forums
# and old portals print) hides every name; such a block is read with the spaces between characters gone.
SPACED_PAIR = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
HAN = re.compile(r"[\u3400-\u9fff]")
SPACED_MIN_SHARE = 0.5  # of the block's Han characters that a single space follows


def unspaced(text: str) -> str:
    """The block with letter-spacing removed, if most of its characters are spaced; else as it is."""
    if " " not in text:
        return text
    pairs = len(SPACED_PAIR.findall(text))
    if pairs < 2 or pairs < SPACED_MIN_SHARE * len(HAN.findall(text)):
        return text
    return SPACED_PAIR.sub("", text)


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


def mentions_in(parts: list[Part]) -> list[Mention]:
    """Every kept mention in the parts; a dateline's place weighs little, the lede's setting more."""
    out: list[Mention] = []
    lede = True
    for part in parts:
        found = scan(part)
        opened = 0
        if found and (dateline := DATELINE.match(part.text)):
            opened = dateline.end()
            for m in found:
                if m.start < opened:
                    m.weight *= DATELINE_FACTOR
        if lede and part.weight == BODY_WEIGHT:
            lede = False
            setting = next((m for m in found if m.start >= opened), None)
            if setting is not None and setting.chain and setting.start - opened <= LEDE_REACH:
                setting.weight *= LEDE_FACTOR
        out += found
    return out


BYLINE_RULE = "metadata.byline"
BYLINE_LEAD = re.compile(r"[^\u3400-\u9fff]*([\u3400-\u9fff]+)")
# An outlet's staff (北京青年报记者, 湖南日报全媒体记者): the byline names the outlet, not the story's place.
BYLINE_OUTLET = re.compile(r"报|电视|广播|台|网|社|媒体|杂志|刊")


def byline_mentions(g: Gazetteer, doc: Document) -> list[Mention]:
    """`江陵县白马寺镇党委书记 邹建国`, `(三明市委文明办 刘淑惠)`: a byline that opens with a place names
    the writer's own unit, as a body mention would. Only a place the byline opens with: `记者…/云林报导`
    is a dateline, and a forum's `发表于… 来自 中国四川眉山` is where the poster was, not the story; an
    outlet's staff (`北京青年报记者 张三`) write from the outlet, wherever the story is."""
    out: list[Mention] = []
    for removal in doc.removed:
        if removal.rule == BYLINE_RULE and (lead := BYLINE_LEAD.match(removal.text)):
            text = g.fold(lead.group(1))
            if BYLINE_OUTLET.search(text):
                continue
            found = scan(Part(text, text, text, BODY_WEIGHT))
            out += [m for m in found if m.start == 0]
    return out


def is_chrome(text: str) -> bool:
    """A footer line (ICP备…, 地址:…) or a menu (short items without sentence punctuation)."""
    if len(text) <= FOOTER_MAX_LEN and (
        FOOTER.search(text) or (FOOTER_LATIN_FIRST.search(text) and FOOTER_LATIN.search(text))
    ):
        return True
    items = text.split()
    return len(items) >= 4 and sum(map(len, items)) <= 6 * len(items) and not SENTENCE_PUNCT.search(text)


def scan(part: Part) -> list[Mention]:
    """The mentions in one block of text, chains joined and non-places dropped."""
    g = load_gazetteer()
    original, folded, weight = part.original, part.folded, part.weight
    raw: list[Mention] = []
    forms, lengths = g.forms, g.lengths
    i = 0  # where the next mention may start: a form, kept or not, consumes its characters
    for start in g.starts.finditer(folded):
        if start.start() < i:
            continue
        i = start.start()
        for length in lengths.get(folded[i : i + 2], ()):
            form = folded[i : i + length]
            cands = forms.get(form)
            if cands is None or len(form) < length:  # at the end of the text a slice comes up short
                continue
            blocker = next((w for w in g.blocking.get(form, ()) if folded.startswith(w, i)), None)
            # A two-character full name (凤县, 和县) is as easily part of other words as a short name.
            wordlike = not cands[0].full or length == 2
            if blocker:
                length = len(blocker)
            elif wordlike and (word := _begun_word(folded, i, i + length, cands)):
                length = word  # 江汉平原 is one word: 平原 (平原县) inside it is no place either
            elif (
                wordlike
                and i > 0
                and not (raw and raw[-1].end == i)
                and (
                    folded[i - 1] in g.left_words.get(form[0], "")
                    or (folded[i - 1] in SURNAMES and PERSON_AFTER.match(folded, i + length))
                )
            ):
                pass  # part of the word before (篇章贡献, 交通川藏) or of a person's name (纪洪山、)
            elif (w := _context_weight(folded, i, i + length, cands)) > 0:
                written, before = original[i : i + length], folded[max(0, i - 2) : i]
                after = folded[i + length : i + length + AFTER_REACH]
                raw.append(
                    Mention(i, i + length, written, form, cands, weight * w, before=before, after=after)
                )
            # A rejected form still consumes its characters: 广西区委 must not leave 西区 behind.
            i += length
            break
    out = [m for m in _join_chains(g, raw, folded) if not POSTCODE_AFTER.match(folded, m.end)]
    for m in out:
        if (
            folded[m.end : m.end + 1] in BORDER_FIRST
            and BORDER_AFTER.match(folded, m.end)
            and folded.endswith(BORDER_BEFORE, 0, m.start)
        ):
            m.weight *= BORDER_FACTOR
        m.venue = m.start > 0 and folded[m.start - 1] == "在" and VENUE_AFTER.match(folded, m.end) is not None
        m.listed = folded[m.start - 1 : m.start] == "、" or folded.startswith("、", m.end)
    return out


# A short form that keeps its unit's suffix (台北市 of 台湾省, 前郭县) is written out like a full name:
# a word may begin at its suffix (台北市长, 台北市政府) as at any full name's.
OWN_SUFFIX = "市县区旗"


def _context_weight(text: str, start: int, end: int, cands: tuple[Candidate, ...]) -> float:
    """0 when the surrounding text shows the form is not a division, else a factor for its weight."""
    full = cands[0].full
    after = text[end : end + 3]
    if (NOT_A_PLACE_AFTER_FULL if full else NOT_A_PLACE_AFTER).match(after):
        return 0.0
    if not full and SCHOOL_AFTER.match(text, end) and not _names_a_county(cands):
        return 0.0
    written_out = full or (end - start > 2 and text[end - 1] in OWN_SUFFIX)
    if (
        (not written_out or end - start == 2)
        and _crosses_a_word(text, start, end)
        and not (_names_a_province(cands) and not _claimed_from_left(text, start))
        and not _chain_follows(text, end, cands)
    ):
        return 0.0  # 和县委 is 和/县委, 赵县长 赵/县长
    if full and text[end - 1] == "市" and after.startswith("场"):  # 合作市场 is a market
        return 0.0
    factor = 1.0 if full else SHORT_FACTOR
    if MEDIA_AFTER.match(after):
        factor *= MEDIA_FACTOR
    before = text[max(0, start - 2) : start]
    if before.endswith("来") or before in HOST_BEFORE:
        factor *= HOST_FACTOR
    elif before.endswith(AWAY_BEFORE):
        factor *= AWAY_FACTOR
    if text[start - 1 : start] == "、" or after.startswith("、"):
        factor *= LIST_FACTOR
    return factor


CROSSING_MIN_COUNT = 100  # jieba's count for a word that makes a short name's edge no word boundary


def _crosses_a_word(text: str, start: int, end: int) -> bool:
    """`党和政府` holds 和政 (和政县), but 政府 runs across its end: the name is no word there.

    A common word (by jieba's counts) that begins inside the short name and ends after it shows
    the text is segmented otherwise: 民乐团 is 民/乐团, 和安宁疗护 is 和/安宁/疗护.
    """
    vocabulary = words()
    for k in range(start + 1, end):
        for length in (2, 3):
            if k + length > end and (vocabulary.count(text[k : k + length]) or 0) >= CROSSING_MIN_COUNT:
                return True
    return False


def _names_a_county(cands: tuple[Candidate, ...]) -> bool:
    g = load_gazetteer()
    return any(g.units[c.code].level == COUNTY for c in cands)


def _names_a_province(cands: tuple[Candidate, ...]) -> bool:
    """`山西南部`, `广东西部`, `台中南屯`: a province's name (台中 is one of 台湾省's) is no piece of an
    ordinary word, whatever word (南部, 东西, 中南) runs across its end, unless a word before it claims
    its first character (`_claimed_from_left`); a name said once in passing is left to `lone_example`."""
    g = load_gazetteer()
    return any(g.units[c.code].level == PROVINCE for c in cands)


def _claimed_from_left(text: str, start: int) -> bool:
    """`主席台中央`: a common word (主席台) ends on the name's first character: the name is no word there."""
    vocabulary = words()
    return any(
        (vocabulary.count(text[start + 1 - length : start + 1]) or 0) >= CROSSING_MIN_COUNT
        for length in (2, 3)
        if start + 1 - length >= 0
    )


def _chain_follows(text: str, end: int, cands: tuple[Candidate, ...]) -> bool:
    """`广西南宁`, `江西南昌`, `河南方城县`: the word across the name's end (西南, 南方) is only the seam
    of a chain; a unit inside the name begins right after it, so the name is a name there."""
    g = load_gazetteer()
    codes = {c.code for c in cands}
    for length in g.lengths.get(text[end : end + 2], ()):
        for inner in g.forms.get(text[end : end + length], ()):
            if codes & set(g.ancestors(inner.code)[1:]):
                return True
    return False


WORD_LONGER = (1, 2)  # how much longer than a short name an ordinary word it begins may be


def _begun_word(text: str, start: int, end: int, cands: tuple[Candidate, ...]) -> int:
    """`江汉平原` is a plain, not 江汉区 and more: the length of a common word a county's short name begins.

    Only where every unit the name can stand for is a county (四川盆地 still says 四川), and only
    a word that is no place name itself (by jieba's counts, like `_crosses_a_word`); else 0.
    """
    g = load_gazetteer()
    if any(g.units[c.code].level != COUNTY for c in cands):
        return 0
    vocabulary = words()
    for extra in WORD_LONGER:
        word = text[start : end + extra]
        complete = len(word) == end + extra - start
        if complete and word not in g.forms and (vocabulary.count(word) or 0) >= CROSSING_MIN_COUNT:
            return len(word)
    return 0


def _join_chains(g: Gazetteer, raw: list[Mention], text: str) -> list[Mention]:
    """Adjacent mentions where each contains the next (湖北省黄冈市, 江苏昆山) become one strong mention."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        if prev is not None and CHAIN_GAP.fullmatch(text, prev.end, m.start):
            inner = tuple(
                c for c in m.candidates if any(p.code in g.ancestors(c.code)[1:] for p in prev.candidates)
            )
            if inner:
                written = prev.text + text[prev.end : m.start] + m.text
                weight = max(prev.weight, m.weight) * (1 if prev.chain else CHAIN_FACTOR)
                # The chain vouches for its own names, generic or not (阳泉市城区, 西安市长安区).
                cands = tuple(Candidate(c.code, c.full, False) for c in inner)
                out[-1] = Mention(prev.start, m.end, written, text[prev.start : m.end], cands, weight, True)
                continue
        out.append(m)
    return [m for m in out if m.chain or m.form not in g.chain_only]


def tally(
    g: Gazetteer,
    mentions: list[Mention],
    own_county: Callable[[], bool] = lambda: False,
    township_units: Callable[[], set[str]] = set,
    site: Callable[[], frozenset[str]] = frozenset,
) -> tuple[Votes, Voters]:
    """Resolve ambiguous and generic mentions and vote up the hierarchy: unit → votes, and who cast them."""
    mentions = _supported(g, mentions, own_county, township_units, site)
    support: defaultdict[str, float] = defaultdict(float)
    for m in mentions:
        if len(m.candidates) == 1 and (not m.candidates[0].generic or _repeated_full(m, mentions)):
            for code in g.ancestors(m.candidates[0].code):
                support[code] += m.weight

    votes: Votes = defaultdict(float)
    voters: Voters = defaultdict(list)
    for m in mentions:
        for code in _resolve(g, m, support):
            votes[code] += m.weight
            voters[code].append(m)
    return votes, voters


REPEATED_FULL = 2  # mentions of a two-character full name (凤县) that make it the unit, not a word


def _repeated_full(m: Mention, mentions: list[Mention]) -> bool:
    """`凤县召开…`, `凤县要求…`: a two-character full name written on word boundaries (the scan checked
    them) again and again names its county; once (`党委和县委`), it is as likely part of a phrase."""
    c = m.candidates[0]
    if not c.full or len(m.form) != 2:
        return False
    return sum(n.form == m.form for n in mentions) >= REPEATED_FULL


def add_vote(g: Gazetteer, votes: Votes, voters: Voters, m: Mention) -> None:
    """One more vote, of a mention that stands for one unit, for the unit and the units above it."""
    for code in g.ancestors(m.candidates[0].code):
        votes[code] += m.weight
        voters[code].append(m)


def choose(g: Gazetteer, votes: Votes, voters: Voters, city_share: float = CITY_SHARE) -> Region:
    """Each level the votes support, from the province down, and the mentions that decided."""
    path: list[str] = []
    parent: str | None = None
    confidence = 1.0
    while True:
        # The site's own place (a host, a banner: no place in the text) says where its stories
        # are, not how they spread below it: the share a level needs is of the text's votes.
        sited = sum(m.weight for m in voters.get(parent, ()) if m.end == 0) if parent else 0.0
        best, share = _pick(g, votes, parent, city_share, sited)
        if best is None:
            break
        path.append(best)
        confidence = min(confidence, share)
        parent = best
    if not path:
        return Region()
    names = {g.units[c].level: g.units[c].name for c in path}
    return Region(
        province=names.get(PROVINCE),
        city=names.get(CITY),
        county=names.get(COUNTY),
        adcode=path[-1],
        confidence=round(confidence, 2),
        evidence=_evidence(voters[path[-1]]),
    )


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


CAPITAL = "110000"  # 北京市
NATIONAL_MIN = 3


def seat_of_government(g: Gazetteer, region: Region, doc: Document) -> bool:
    """`中央政法工作会议9日在北京召开`: a national story names 北京 as the seat of government.

    Only when 北京 as a whole is the answer (no district) and national bodies are named at least
    `NATIONAL_MIN` times, in either script (全國政協 as 全国政协).
    """
    return region.adcode == CAPITAL and len(NATIONAL.findall(g.fold(doc.text()))) >= NATIONAL_MIN


# A county's own outlet speaking of itself: `在我县召开`, `本县`.
OWN_COUNTY = re.compile(r"我县|本县")


def _supported(
    g: Gazetteer,
    mentions: list[Mention],
    own_county: Callable[[], bool] = lambda: False,
    township_units: Callable[[], set[str]] = set,
    site: Callable[[], frozenset[str]] = frozenset,
) -> list[Mention]:
    """Drop a short name that nothing else backs: 民乐团 once is an orchestra, not 民乐县.

    A county's short name (no 县/区/旗/市) counts when it is repeated, when the city right above it
    is named (its province alone is too broad), or when the unit's full name is written too; a chain
    backs itself. A short name that is a common word (商城, a mall; 兴国 of 执政兴国) may be that word
    each time, so only its parent or its full name backs it. Province and city short names (四川, 达州)
    are seldom ordinary words and count alone.
    A township of the county named on the page backs it too (`本报曲阜讯…吴村镇`): the two agree on
    one place (`township_units`, the counties the page's townships lie in, read only if needed).
    On a page that says 我县 (`会议在我县召开…天台宾馆`), the one county named is the writer's own.
    So does the site's host that spells it (`site`: okmimi.qdjimo.com, a 即墨 forum, writes 即墨 once).
    """
    written: defaultdict[str, int] = defaultdict(int)  # unit → mentions that may stand for it
    named: set[str] = set()  # units written in full or in a chain
    phrases: set[tuple[str, str]] = set()
    for m in mentions:
        again = _same_phrase(m, phrases)
        for c in m.candidates:
            written[c.code] += not again
            if c.full or m.chain:
                named.add(c.code)

    def backed(m: Mention) -> bool:
        if m.chain or any(c.full or g.units[c.code].level != COUNTY for c in m.candidates):
            return True
        if any(c.code in named or _parent_named(g, c.code, written) for c in m.candidates):
            return True
        if any(written[c.code] >= 2 for c in m.candidates) and not _common_word(m.form):
            return True
        if (spelt := site()) and not spelt.isdisjoint(c.code for c in m.candidates):
            return True
        return not township_units().isdisjoint(c.code for c in m.candidates)

    people = _people(mentions)
    kept = [m for m in mentions if m.form not in people and backed(m)]
    counties = {c.code for m in mentions for c in m.candidates if g.units[c.code].level == COUNTY}
    if len(counties) == 1 and not kept and own_county():  # the page's only place: the writer's county
        return [m for m in mentions if m.form not in people]
    return kept


COMMON_WORD_MIN = 500  # jieba's count; above the gazetteer's 100 for generic names, as no tag filters these


@lru_cache(maxsize=4096)  # a few hundred short names recur from page to page
def _common_word(form: str) -> bool:
    """`综合商城`, `执政兴国`: a county's short name that is itself a common word (by jieba's counts) is
    as likely that word each time it is written, so its repetition backs nothing (see `_supported`)."""
    return (words().count(form) or 0) >= COMMON_WORD_MIN


def _same_phrase(m: Mention, seen: set[tuple[str, str]]) -> bool:
    """`做好萬全準備` in the title and again in the body, `雙流灣村` four times: a two-character name
    followed by the same two characters each time is one phrase or one name quoted again (万全准备,
    all-round preparation; 双流湾村, a village; 岭东商专, a school), not the place named again. Common
    word or not: a village's or a firm's name is in no dictionary.

    Not a name of three characters or more (`冷水滩紫荆社区` in the title and the lede), which is
    no piece of a phrase, nor one heading its own zone (`济源示范区`), which is the place again."""
    phrase = (m.form, m.after[:2])
    if phrase not in seen:
        seen.add(phrase)
        return False
    return not m.chain and len(phrase[1]) == 2 and len(m.form) == 2 and not ZONE_AFTER.match(m.after)


PERSON_MIN = 2  # the times a surname must stand before a short name, and before every one of its mentions
NAME_INSIDE_MIN = 3  # the times the same two characters must stand before it, and before every one


def _people(mentions: list[Mention]) -> set[str]:
    """`刘海东早早就到了`, `刘海东说`: a short name that the same surname precedes every time is a person.
    `广慈博爱院`, `广慈博爱园区`: one that the same two characters precede every time is inside a
    longer name (a home's, a firm's), as often as the page speaks of it.

    A page that quotes a villager names him again and again; a place is written on its own at least once.
    """
    before: defaultdict[str, set[str]] = defaultdict(set)  # the two characters before each mention
    count: defaultdict[str, int] = defaultdict(int)
    for m in mentions:
        if not m.chain and not m.candidates[0].full:
            before[m.form].add(m.before)
            count[m.form] += 1
    out = set()
    for form, heads in before.items():
        chars = {h[-1:] for h in heads}
        head = next(iter(heads))
        if (count[form] >= PERSON_MIN and len(chars) == 1 and head[-1:] in SURNAMES) or (
            count[form] >= NAME_INSIDE_MIN
            and len(form) == 2  # a name written with its suffix (台北市) is a place on its own
            and len(heads) == 1
            and len(HAN.findall(head)) == 2
        ):
            out.add(form)
    return out


def _parent_named(g: Gazetteer, code: str, written: dict[str, int]) -> bool:
    """The unit right above is named (张掖 for 民乐); a province is too broad to back a county."""
    parent = g.units[code].parent
    return parent is not None and g.units[parent].level != PROVINCE and written.get(parent, 0) > 0


def _resolve(g: Gazetteer, m: Mention, support: dict[str, float]) -> tuple[str, ...]:
    """The codes one mention votes for: its unit and ancestors, or only what its candidates share."""
    cands = [
        c
        for c in m.candidates
        if not c.generic or support.get(c.code) or support.get(g.units[c.code].parent or "")
    ]
    if not cands:
        return ()
    if len(cands) > 1:

        def score(c: Candidate) -> float:
            up = g.ancestors(c.code)
            return sum(support.get(code, 0.0) * w for code, w in zip(up, (4, 2, 1), strict=False))

        ranked = sorted(cands, key=score, reverse=True)
        if score(ranked[0]) > score(ranked[1]):
            cands = ranked[:1]
        elif sum(g.units[c.code].level == PROVINCE for c in cands) == 1:
            # 河北 alone is the province, not 天津's 河北区.
            cands = [c for c in cands if g.units[c.code].level == PROVINCE]
    if len(cands) == 1:
        return g.ancestors(cands[0].code)
    shared = set(g.ancestors(cands[0].code))
    for c in cands[1:]:
        shared &= set(g.ancestors(c.code))
    return tuple(shared)


def _pick(
    g: Gazetteer, votes: dict[str, float], parent: str | None, city_share: float, sited: float = 0.0
) -> tuple[str | None, float]:
    """The unit under `parent` the votes point to, if they point clearly enough; with its share."""
    kids = [(votes[c], c) for c in g.children.get(parent, ()) if votes.get(c)]
    if not kids:
        return None, 0.0
    kids.sort(reverse=True)
    best, code = kids[0]
    runner_up = kids[1][0] if len(kids) > 1 else 0.0
    if best < MIN_VOTES or best <= runner_up * (MARGIN if parent else 1.0):
        return None, 0.0
    if parent is not None:
        needed = COUNTY_SHARE if g.units[code].level == COUNTY else city_share
        if best < needed * (votes[parent] - sited):
            return None, 0.0
    return code, best / sum(v for v, _ in kids)


def _evidence(mentions: list[Mention], limit: int = 8) -> tuple[str, ...]:
    """`("通川区×14", "四川省达州市×1")`: the written forms that voted for the answer, heaviest first."""
    weight: defaultdict[str, float] = defaultdict(float)
    count: defaultdict[str, int] = defaultdict(int)
    for m in mentions:
        weight[m.text] += m.weight
        count[m.text] += 1
    ranked = sorted(weight, key=lambda t: (-weight[t], t))[:limit]
    return tuple(f"{t}×{count[t]}" for t in ranked)
