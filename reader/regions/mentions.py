"""Steps 1–3: the mentions of places in a page's parts.

Division names found leftmost-longest in folded text; forms that are no division dropped (a street, a
university, an idiom, the tail of a word or a person's name); the rest weighed by context (a list, a
newspaper's name, a border, 来 or 赴), chains joined into one strong mention; the dateline's place
weighs little, the lede's setting more, and a byline's opening place counts as a body mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.clean.tables import words
from reader.document import Document
from reader.regions.gazetteer import COUNTY, PROVINCE, Candidate, Gazetteer, load_gazetteer
from reader.regions.parts import BODY_WEIGHT, Part

CHAIN_FACTOR = 1.5  # a chain counts as one mention, but a strong one
LIST_FACTOR = 0.5  # 滨城区、沾化区、邹平市: an enumeration names several places, none its subject
HOST_FACTOR = 1.5  # 来望江县考察: "come to" is said from the place the article is about
AWAY_FACTOR = 0.25  # 今赴北京: "go to" is said from elsewhere; where it went, not its subject
SHORT_FACTOR = 0.8  # 达州 is a little less certain than 达州市
MEDIA_FACTOR = 0.3  # 《沈阳日报》 names a newspaper, not what the article is about
DATELINE_FACTOR = 0.25  # 新华社北京2月13日电 says where a story was filed, not what it is about
# `湖北省崇阳县的大市村曾是…`: a place written out in full (a chain) where the first paragraph opens is
# the story's setting; what the story then names elsewhere in passing (`从广州回到家乡`) weighs less.
LEDE_FACTOR = 1.5
LEDE_REACH = 16  # characters into the first paragraph (past a dateline) that the setting may stand at
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
# 队员谭玉林, 村民李大同, 书记王建平: a surname after the last character of a person's role (队员, 村民,
# 记者, 书记, 主任, 队长…) opens that person's name, whatever follows it.
ROLE_END = frozenset("员民者记任长师")
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


VENUE_AFTER = re.compile(r"(?:隆重|正式)?(?:召开|举行|举办|开幕|闭幕)")


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


def scan(part: Part) -> list[Mention]:
    """The mentions in one block of text, chains joined and non-places dropped."""
    g = load_gazetteer()
    original, folded, weight = part.original, part.folded, part.weight
    raw: list[Mention] = []
    forms, lengths, blocking = g.forms, g.lengths, g.blocking
    i = 0  # where the next mention may start: a form, kept or not, consumes its characters
    for start in g.starts.finditer(folded):
        if (at := start.start()) < i:
            continue
        i = at
        for length in lengths.get(folded[i : i + 2], ()):
            form = folded[i : i + length]
            cands = forms.get(form)
            if cands is None or len(form) < length:  # at the end of the text a slice comes up short
                continue
            blocker = (
                next((w for w in blocking[form] if folded.startswith(w, i)), None)
                if form in blocking
                else None
            )
            # A two-character full name (凤县, 和县) is as easily part of other words as a short name.
            wordlike = not cands[0].full or length == 2
            if blocker:
                length = len(blocker)
            elif wordlike and _county_only(form) and (word := _begun_word(folded, i, i + length)):
                length = word  # 江汉平原 is one word: 平原 (平原县) inside it is no place either
            elif (
                wordlike
                and i > 0
                and not (raw and raw[-1].end == i)
                and (
                    folded[i - 1] in g.left_words.get(form[0], "")
                    or (
                        folded[i - 1] in SURNAMES
                        and (folded[i - 2 : i - 1] in ROLE_END or PERSON_AFTER.match(folded, i + length))
                    )
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
    if not raw:  # most blocks of most pages
        return raw
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


@lru_cache(maxsize=8192)  # every form the gazetteer has: each is asked again on page after page
def _county_only(form: str) -> bool:
    """Every unit the form can stand for is a county (江汉, 平原), as `_begun_word` needs."""
    g = load_gazetteer()
    return all(g.units[c.code].level == COUNTY for c in g.forms[form])


def _begun_word(text: str, start: int, end: int) -> int:
    """`江汉平原` is a plain, not 江汉区 and more: the length of a common word a county's short name begins.

    Only where every unit the name can stand for is a county (`_county_only`: 四川盆地 still says
    四川), and only a word that is no place name itself (by jieba's counts, like `_crosses_a_word`);
    else 0.
    """
    g = load_gazetteer()
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
