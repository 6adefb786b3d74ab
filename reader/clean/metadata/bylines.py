"""Rule `metadata.byline`: what a name looks like, and the names that sign an article without a
label (a reporter in the lead's brackets, a name closing a paragraph, an organisation or a person
alone above the first paragraph).

Each vocabulary is written in Simplified: a line is read after t2s (`script.simplified`), and
names are cut from the line as the page wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from reader.clean.chrome.lines import LINK_FARM
from reader.clean.chrome.zones import NAV
from reader.clean.metadata.lines import last_open, next_open
from reader.clean.metadata.script import simplified
from reader.clean.rules import FIELD, Rule, register
from reader.clean.signals import is_prose

BYLINE = register(
    Rule(
        "metadata.byline",
        FIELD,
        "□本报记者 张 栩 祖伊美",
        "author `张栩 祖伊美` (also after ☉ ◎, 作者：, 文/, 执笔/, 采写：, 记者, 楼主, 发表者, 发布人, in "
        "来源…作者… lines, the lead's `讯（记者 甲、乙）` (the lead: the first paragraph below the "
        "title, not a long notice above it), `(王鹏)`, `（王煌忠／台中報導）` or `(甲执笔于101/11/11)` "
        "closing a paragraph, a forum poster's name over `发表于 …`, their rank (`Rank: 2`, `中级粉丝`) "
        "or their profile, a PTT header's account (`作者 abc (暱称)`), a blog's owner in its profile box "
        "(`个人资料` / 名 / `博客等级`) or `名的个人博客 URL`, a Q&A answer's writer over "
        "`N 人赞同了该回答`, `- 名 -` on its own line, `posted @ … 名`; an editor "
        "is no author, and a person outranks an organisation or an outlet given as writer "
        "(`作者：某某新闻网`); an outlet's reporter (`《某某周刊》记者 甲 | 某地报道`, `南方+记者 甲`); "
        "credits on consecutive lines (`记者 | 甲` / `通讯员 乙`) name every writer, as does one line "
        "(`本报记者 甲 本报通讯员 乙 丙`); where a reporter filed from is no name (`记者 甲 北京报道`), and "
        "a credit closing on it is a byline under any desk's name (`某某校园记者甲/新北报导`); "
        "`(记者:容 晨)`, `(甲 某某日报记者 乙)` closing the text; a writer with their post after the "
        "name (`甲 某某联秘书长`) above the text, or with their company (`某某公司  甲`) under the "
        "dateline; a gallery card's `发表作者 | 甲`; the word before a post's date "
        "(`甲 · 2010-02-11 · 来源:…`); names alone "
        "above the text, `王军伟 甘泉等`, without the `等`, or under an editor's note (`编者按…` / "
        "`筻口镇 谭好`), a speaker over `各位代表：`; `…建设。郭旭` closing the text; the word closing a "
        "dateline after its readers' count (`本文已影响20人 我唐`); a name's romanisation goes; "
        "`本报记者甲的驻村日记` names no writer: a headline about them)",
    )
)

# Common surnames, so that a lone name above the text (`刘金新`, `孙 璐`) is told from a heading (`引言`).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
    "米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝祖"
)
# A two-character name padded to the width of three (`张 栩`), as newspapers set a list of names.
_PADDED = rf"[{SURNAMES}]\s{{1,2}}[\u4e00-\u9fff](?![\u4e00-\u9fff])"
# A labelled value: a name or an organisation, and further names after single spaces
# unless a word is itself a label (`作者:李华 张明 时间:…` → `李华 张明`).
# (a quotation mark too: `特约小记者北京访“两会”` is a column's headline, no name)
_WORD = r"[^\s,，。;；:：|｜()（）【】\[\]?？“”「」]"
ROLE = r"通讯员|实习生|记者|编辑|摄"
# A reporter's title that may stand between a label and the name (`作者:記者 吳艷虹`, `全媒体记者王晗笑`,
# `四川日报全媒体记者`).
# The outlet may be named in title marks, or as its app or site (`《中国经济周刊》记者`,
# `南方+记者`, `大众日报客户端记者`), and two outlets may share the reporter (`沈阳日报、沈阳网记者`).
# A title in marks leads a byline only where one starts (`【特别报道】《某某周刊》记者深入南疆` is a kicker).
_PRESS_BY = (
    r"本[报刊台网]|特约|特派|全媒体|融媒体|首席|见习|实习|(?<![^\s□■☉◎:：|｜、])《[^》]{1,20}》|"
    r"[\u4e00-\u9fff]{0,10}?(?:杂志|日报|晚报|周刊|电视台|广播|客户端|新闻网|网|\+)"
)
PRESS = rf"(?:(?:{_PRESS_BY})[、·]?){{0,3}}记者"
# Words that start another field, never a further name: `楼主：老王 发表于 2005-5-7`.
# (where the reporter filed from, too: `记者 姜某某 北京报道`)
_NEXT_FIELD = (
    r"\d|发[表布]|时间|日期|来源|报道|整理|整合|综合|编译|供图|"
    r"[\u4e00-\u9fff]{1,6}报[道导](?![\u4e00-\u9fff])"
)
# …nor is the first: `楼主| 发表于 2022-9-21` names no one.
_FIELD_WORD = r"发[表布]于|时间|日期|来源"
# Further names may follow their own role: `安佳璐 通讯员 曹杰 杨海艳`, `沈祖轩  本刊记者  黄薇`,
# `许某某 本报通讯员 韩某某` (the outlet's correspondent, as its reporter).
_NAME_ROLE = rf"(?:(?:{_PRESS_BY})[、·]?){{0,3}}(?:记者|通讯员|实习生)"
_NAME_ROLE_RE = re.compile(_NAME_ROLE)  # compiled at import: a first line with roles pays no 10 ms
# A label the value runs into, the page's fields set with no space between them: `作者:霍艳华编辑:孙畅`.
_GLUED_LABEL = r"(?:责任编辑|编辑|责编|来源|审核|校对|摄影)\s*[:：]"
PERSON_NAME = rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
# A comma between names, a mirror's doubled mark too (`韩朝阳,、马骁`), when a name follows it whole.
_COMMA = rf"\s*[,，][、\s]*(?={PERSON_NAME}(?:$|[\s,，、]))"
VALUE = (
    rf"(?P<v>(?!{_FIELD_WORD})(?:{_PADDED}|{_WORD}{{2,20}}(?!{_WORD}|[:：“”「」])|{_WORD}{{2,6}}?(?={_GLUED_LABEL}))(?:(?:\s{{1,2}}|{_COMMA})(?:{_NAME_ROLE}\s{{0,2}})?(?!{ROLE}|{_NEXT_FIELD})"
    rf"(?:{_PADDED}|{_WORD}{{2,4}})(?!{_WORD}*[:：]))*)"
)
# A line that opens with a byline: a newspaper's byline mark (`□本报记者 丁霞`), or a reporter's title.
# A newspaper's byline marks: `□本报记者 丁霞`, `☉張國財`; ◎ marks photo captions too, so it leads a
# byline only with a reporter's title (`◎每经记者 胡健`, not `◎电影截图`).
BYLINE_MARKS = "□■☉◎"
MARKED = r"[□■☉]\s*(?:[\u4e00-\u9fff]{1,6}?记者)?|◎\s*[\u4e00-\u9fff]{0,6}?记者"
BYLINE_LED = re.compile(rf"^\s*(?:{MARKED}|{PRESS})")  # PRESS takes `《某某周刊》记者` too
# Verbs that end as an organisation's name does: `建宁县举办` is a headline cut short, no signer.
_UNIT_VERBS = (
    r"(?<!举办)(?<!主办)(?<!承办)(?<!协办)(?<!创办)(?<!开办)(?<!督办)(?<!查办)(?<!格局)(?<!布局)(?<!结局)"
)
ORG_BYLINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:[（(][\u4e00-\u9fff]{2,16}[）)][\u4e00-\u9fff]{0,8})?(?:党总支|党支部|党委|党组|党工委|工委|办公室|委员会|人民政府|政府|局|厅|委|办|"
    rf"中心|报社|记者站|研究室|组织部|宣传部|统战部|支部){_UNIT_VERBS}$"
)
# Three characters, or a surname spaced from its name (`孙 璐`): two bare characters are as
# often a column's name (`时政`, `党建`) as a person's.
PERSON = re.compile(rf"^[{SURNAMES}](?:[\u4e00-\u9fff]{{2}}|\s{{1,3}}[\u4e00-\u9fff]{{1,2}})$")
_PADDING = re.compile(rf"(?<![\u4e00-\u9fff])([{SURNAMES}])\s{{1,3}}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def tidy_names(value: str, roles: bool = False) -> str | None:
    """`张 栩 祖伊美  李晓静` → `张栩 祖伊美 李晓静`: one space between names, none inside one.

    With `roles`, the roles between the names go too: `安佳璐 通讯员 曹杰` → `安佳璐 曹杰`.
    """
    simple = simplified(value)
    chars = list(value)
    if roles:
        for m in _NAME_ROLE_RE.finditer(simple):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _NAME_COMMA.finditer(simple):  # `韩朝阳,、马骁` → `韩朝阳 马骁`
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _PADDING.finditer(simple):
        chars[m.end(1) : m.start(2)] = [""] * (m.start(2) - m.end(1))
    names = (name.strip("/／") for name in "".join(chars).split())  # `记者/梁乾胜通讯员/姚虹伊`
    # a name holds a letter: `林君怡通讯员0` names one person, and no `0` joined to it by a space
    named = " ".join(n for n in names if _LETTER.search(n))
    named = _ROMANISED.sub("", named)  # `李雨蓁 Lí Ú-chin`: the name's reading, no second writer
    return _AND_OTHERS.sub("", _AMPERSAND.sub("、", named)) or None


_LETTER = re.compile(r"[^\W\d_]")
# Latin words after a name in Han characters, to the end: its romanisation (`Lí Ú-chin`, `Wang Xiaoming`).
_ROMANISED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:\s+[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f\u0300-\u036f'’-]*)+$"
)


_NAME_COMMA = re.compile(r"(?<=[\u4e00-\u9fff])\s*[,，][、\s]*(?=[\u4e00-\u9fff])")
_AMPERSAND = re.compile(r"(?<=[\u4e00-\u9fff])\s*[&＆]\s*(?=[\u4e00-\u9fff])")  # `胡一刀&李小飞刀`
# `张三 李四等`: "and others" closing a list of writers is no part of the last name
_AND_OTHERS = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*等$")


def without_roles(value: str) -> str | None:
    """`安佳璐 通讯员 曹杰` → `安佳璐 曹杰`: the roles between the names go."""
    return tidy_names(value, roles=True)


_LEAD_BYLINE = re.compile(rf"^.{{0,30}}?[（(]\s*{PRESS}\s*{VALUE}")
# One to four names, set apart by spaces or 、 (`许春花、周绍腾`).
_PERSONS = rf"{PERSON_NAME}(?:\s*[、\s]\s*{PERSON_NAME}){{0,3}}"
# Names alone in the brackets right after a dateline's 讯/电: `中国吉安网讯(许春花、周绍腾)…`.
_LEAD_NAMES = re.compile(rf"^.{{0,30}}?(?:讯|电|消息)\s*[（(]\s*(?P<v>{_PERSONS})\s*[）)]")


# A reporter in the lead's brackets as Taiwan's papers write it: `〔記者王小明／高雄報導〕`,
# `（中央社記者王小明台北12日電）`: the names end at the slash or at the place and date.
_FILED_BYLINE = re.compile(
    rf"^\s*[〔【（(]\s*(?:[\u4e00-\u9fff]{{0,6}}?社|[\u4e00-\u9fffA-Za-z]{{0,10}}?小组)?记者\s*"
    rf"(?P<v>{_PERSONS})\s*"
    r"(?:[／/]\s*[\u4e00-\u9fff]{1,10}?报[导道]|报[导道]|[\u4e00-\u9fff]{2,4}?\d{1,2}日电)\s*[〕】）)]"
)
# The lead's opening credit in 【】, the outlet and the reporter's posting before 记者 (`【环球时报赴新疆
# 特派记者 范凌志】如果…`): the brackets close right after the names.
_LEAD_CREDIT = re.compile(rf"^\s*【\s*[\u4e00-\u9fff]{{0,14}}?记者\s*(?P<v>{_PERSONS})\s*】")
# A lead that opens with where its reporter filed from, no brackets: `鄭建勳\臺中報導 臺中市政府…`.
_FILED_LEAD = re.compile(
    rf"^\s*(?:记者\s*)?(?P<v>{PERSON_NAME})\s*[/／\\＼]\s*[\u4e00-\u9fff]{{1,6}}?报[导道]\s"
)
# A byline mark opening the lead, the text run on after the names (a forum's repost, its paragraphs
# run together, an attachment's file name before them): `1210.jpg □记者 刘斐珺 现在越来越多的…`.
_MARKED_LEAD = re.compile(
    rf"^\s*(?:[\w-]{{1,40}}\.(?:jpe?g|png|gif|bmp|webp)\s+)?[□■☉◎]\s*[\u4e00-\u9fff]{{0,6}}?记者\s*"
    rf"(?P<v>{_PERSONS})\s+(?=[\u4e00-\u9fff])"
)
# The brackets after a dateline, whatever reporter's title they open with: `本站讯（职工通讯员 李琴雯 刘会）`,
# `電(中青報·中青網見習記者 趙麗梅)`, `新疆网讯(记者邓仕林报道)`. The dateline may stand after a
# subtitle run into the lead (`…出席   本报讯(记者周绍瑜)`).
_DATELINE_BRACKET = re.compile(r"^.{0,60}?(?:讯|电|消息)\s*[（(](?P<v>[^（()）]{2,40})[）)]")
_ROLE_WORD = r"记者|通讯员|实习生"
_TITLED = re.compile(rf"^[^\s（()）]{{0,14}}?(?:{_ROLE_WORD})\s*")
_BRACKET_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_REPORTED = re.compile(r"\s*(?:报[道导]|整理|整合|综合|编译)$")
_NAME_SPLIT = re.compile(rf"[、\s,，]+|(?:{_ROLE_WORD})")
_NOT_A_NAME = frozenset({"供稿", "供图", "摄影", "综合", "整理", "编译", "报道", "报导", "专稿"})


def _bracket_names(inner: str) -> str | None:
    """`职工通讯员 李琴雯 刘会` → `李琴雯 刘会`, `记者邓仕林报道` → `邓仕林`: the names of a titled
    reporter's brackets, in Simplified; None when anything else is there (`通讯员供稿`, `题:…`)."""
    m = _TITLED.match(inner)
    if not m:
        return None
    rest = _REPORTED.sub("", inner[m.end() :])
    names = [n for n in _NAME_SPLIT.split(rest) if n]
    if not names or not all(_BRACKET_NAME.match(n) and n not in _NOT_A_NAME for n in names):
        return None
    return " ".join(names)


def read_lead_byline(text: str) -> str | None:
    """`本报海口3月19日讯（记者 张三 通讯员 李四）近日，…` → author `张三 李四`; the paragraph stays.

    Also names alone in the brackets after a dateline: `中国吉安网讯(许春花、周绍腾)` → `许春花 周绍腾`,
    and a reporter filing from a place: `〔記者王小明／高雄報導〕`, `鄭建勳／臺中報導 …` → `王小明`, `鄭建勳`,
    or a desk's reporters: `【SUN特搜小組記者黃裕慶、吳啟偉報道】` → `黃裕慶 吳啟偉`.
    """
    simple = simplified(text)
    if (m := _DATELINE_BRACKET.match(simple)) and (names := _bracket_names(m.group("v"))):
        return _as_written(text, simple, m.start("v"), names)
    if m := _LEAD_BYLINE.match(simple):
        return without_roles(text[m.start("v") : m.end("v")])
    leads = (_FILED_BYLINE, _LEAD_NAMES, _LEAD_CREDIT, _FILED_LEAD, _MARKED_LEAD)
    if m := next((m for form in leads if (m := form.match(simple))), None):
        return " ".join(re.split(r"[、\s]+", text[m.start("v") : m.end("v")]))
    return None


# Paragraphs from the first that may hold the lead (a caption, a pager or a headline kept as text first),
# and the characters of one that may hold its byline's brackets.
_LEAD_REACH, _LEAD_HEAD = 5, 160
_LEAD_LONG = 80  # characters of a paragraph that is surely the lead, no caption or pager above it
_BRACKETED = re.compile(r"[（(〔【]")
_MARK = re.compile(f"[{BYLINE_MARKS}]")
_SLASH = re.compile(r"[/／\\＼]")  # `_FILED_LEAD`'s mark: a head without one is not read in Simplified
_ALONE = re.compile(r"^\s*[（(〔【][^（()）〔〕【】]{2,60}[）)〕】]\s*$")


def lead_byline(texts: Sequence[str], out: Sequence[str | None], first: int) -> str | None:
    """The reporters named in the lead's brackets, in one of the first paragraphs. The lead is the
    first long one: below it only brackets standing alone are read (`(某某日报记者李莉)`), for a
    related story's lead kept further down names others."""
    reach = islice((k for k in range(first, len(texts)) if texts[k] and out[k] is None), _LEAD_REACH)
    past_lead = False
    for k in reach:
        head = texts[k][:_LEAD_HEAD]  # only the lead's head is read in Simplified
        alone = _ALONE.match(texts[k]) is not None
        marked = (
            _BRACKETED.search(head)
            or (_SLASH.search(head) and _FILED_LEAD.match(simplified(head)))
            or _MARK.search(head)
        )
        if (alone or not past_lead) and marked and (names := read_lead_byline(head)):
            return names
        past_lead = past_lead or len(texts[k]) >= _LEAD_LONG
    return None


# An outlet given as the writer (`作者：广德新闻网`): a site, a paper or a station, no person.
_OUTLET_WRITER = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:新闻网|网|日报|晚报|报社|电视台|广播电台|客户端|杂志社|频道)$"
)


def is_outlet(author: str | None) -> bool:
    """`广德新闻网`, `地方频道` → True: a site, a paper or a channel, which publishes: a source, no writer."""
    return author is not None and _OUTLET_WRITER.match(simplified(author)) is not None


def is_org(author: str | None) -> bool:
    """`医技药剂党支部`, `广德新闻网` → True: an organisation or an outlet signs, no person writes."""
    if author is None:
        return False
    return ORG_BYLINE.match(simplified(author)) is not None or is_outlet(author)


def person_first(author: str | None, name: str | None) -> str | None:
    """The author found so far, unless it is an organisation and `name` is a person's."""
    return name if name and (author is None or (is_org(author) and not is_org(name))) else author


def _as_written(text: str, simple: str, start: int, names: str) -> str:
    """The Simplified `names` found from `start` in `simple`, as `text` writes them."""
    out, at = [], start
    for name in names.split():
        at = simple.index(name, at)
        out.append(text[at : at + len(name)])
        at += len(name)
    return " ".join(out)


_NAME = r"[\u4e00-\u9fff·]{2,4}"
# A two-character name padded to the width of three (`容 晨`): whatever its surname, inside a credit.
# (`图 文`, `文 图` are roles, no name)
_PADDED_PAIR = r"(?![图文摄])[\u4e00-\u9fff]\s{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff])"
_ONE = rf"(?:{_PADDED_PAIR}|{_NAME})"
_PAIR_GAP = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\s{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# The writer's unit before the name: `(三明市委文明办 刘淑惠)`.
_UNIT = r"[\u4e00-\u9fff]{2,16}?(?:办公室|办|局|委|部|中心|站|所|院|社)\s+"
# The crew credited after the writers, who wrote none of it: `报道 策划 马玉峰`, `视频 张三`.
_CREW = r"策划|监制|统筹|视频|摄像|剪辑|制图|设计|海报|编辑|责编|摄影"
_NOT_CREW = rf"(?!(?:报[道导]|{_CREW})(?:[\s、）)]|$))"  # a role word is no further name
_NAMES = (
    rf"(?:(?:{PRESS}|通讯员|作者|文|图)\s*[:：/]?\s*|{_UNIT})?"
    # more names after their roles: `记者/梁乾胜通讯员/姚虹伊`, the correspondents' among the writers
    # (a two-character name padded to three, `容 晨`; a reporter after a writer, `刘某 某某日报记者 帅某`)
    rf"(?P<v>{_ONE}(?:[\s、]{_NOT_CREW}{_ONE}){{0,3}}(?:\s*(?:{PRESS}|通讯员)\s*[:：/]?\s*{_ONE})*)"
    rf"(?:\s*(?:摄影?|图)\s*[:：/]?\s*{_NAME})*"
    rf"(?:\s*报[道导])?(?:\s*(?:{_CREW})\s*[:：/]?\s*{_NAME}(?:[\s、]{_NAME}){{0,3}})*"
)
_SENTENCE_END = r"(?<=[。！？!?”」])"
_TRAILING_BYLINE = re.compile(rf"{_SENTENCE_END}\s*(?P<paren>[（(]{_NAMES}[）)])\s*$")
# A newspaper's byline mark closing a paragraph: `…寻找答案。□四川日报全媒体记者吴亚飞`.
_MARKED_BYLINE = re.compile(
    rf"{_SENTENCE_END}\s*(?P<paren>[□■]\s*(?:{PRESS})?\s*(?P<v>{_NAME}(?:\s{_NAME}){{0,3}}))\s*$"
)
# A reporter filing from a place, closing a paragraph: `…釐清死因。（王煌忠／台中報導）`; or a writer
# saying they penned it, and when: `…收穫滿滿回家。(游麗卿執筆於101/11/11)`.
_FILED_TRAILING = re.compile(
    rf"{_SENTENCE_END}\s*(?P<paren>[（(]\s*(?:{PRESS})?\s*(?P<v>{_NAME}(?:[\s、]{_NAME}){{0,3}})\s*"
    r"(?:[／/]\s*[\u4e00-\u9fff]{1,8}?报[导道]|执笔(?:于[^（()）]{1,16})?)\s*[）)])\s*$"
)
_FILED = ("报导", "報導", "报道", "報道", "执笔", "執筆")
# The closing credit with the outlet before its reporter and the pictures' credit after the name:
# `…青年人。(中国西藏网 记者/王佳豪 图片及信息来自某某县融媒)`.
_CREDITED_BYLINE = re.compile(
    rf"{_SENTENCE_END}\s*(?P<paren>[（(]\s*(?:[\u4e00-\u9fff]{{2,12}}\s+)?{PRESS}\s*[:：/]?\s*"
    rf"(?P<v>{_NAME}(?:[\s、]{_NAME}){{0,3}})\s+(?:图片|照片|图|视频|信息)[^（()）]{{0,40}}[）)])\s*$"
)
# A name set apart after the last sentence: `…不断取得新成效。 王夏夏`.
_SPACED_BYLINE = re.compile(rf"{_SENTENCE_END}\s+(?P<paren>(?P<v>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}))\s*$")
# …and glued to it, as some papers' sites set the name: `…推进乡村治理体系建设。郭旭` (a name no word is).
_GLUED_BYLINE = re.compile(rf"(?<=[。！？!?])(?P<paren>(?P<v>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}))\s*$")
_PAREN_BYLINE = re.compile(rf"^[（(]{_NAMES}[）)]$")
_NOT_NAMES = frozenset({"待续", "未完待续", "全文完", "完", "续"})


# A role written after a name: `汪洋摄`, and `文` after a four-character run (`黄崇森文`; `陈晓文` is a name).
_ROLE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:摄影?|图)$|(?<=[\u4e00-\u9fff]{3})文$")


# The reporter's paper after the names: `(记者陈昌旭 杭州日报)`.
_OUTLET_AFTER = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|时报|商报|新闻网|电视台)$")


_CORRESPONDENT = re.compile(rf"\s*(?:{PRESS}|通讯员)\s*[:：/]?\s*")


def _names(value: str) -> str:
    """`黄崇森文 汪洋摄` → `黄崇森 汪洋`: the roles written after the names go, and the paper;
    `梁乾胜通讯员/姚虹伊` → `梁乾胜 姚虹伊`."""
    chars = list(value)
    simple = simplified(value)
    for c in _CORRESPONDENT.finditer(simple):
        chars[c.start() : c.end()] = " " * (c.end() - c.start())
    for gap in _PAIR_GAP.finditer(simple):  # `容 晨` → `容晨`
        chars[gap.end(1) : gap.start(2)] = [""] * (gap.start(2) - gap.end(1))
    out: list[str] = []
    for name in "".join(chars).split():
        simple = simplified(name)
        if out and _OUTLET_AFTER.match(simple):
            continue
        m = _ROLE_AFTER.search(simple)
        if _LETTER.search(name):
            out.append(name[: m.start()] if m else name)
    return " ".join(out)


def paren_byline(text: str) -> str | None:
    """`(王鹏)` alone on its line → `王鹏`."""
    m = _PAREN_BYLINE.match(simplified(text))
    if not m or m.group("v") in _NOT_NAMES:
        return None
    return _names(text[m.start("v") : m.end("v")])


def trailing_byline(text: str, sure_only: bool = False) -> tuple[str, str, str] | None:
    """`…變為美好現實。(賀欣瑜)` → (`…變為美好現實。`, `(賀欣瑜)`, `賀欣瑜`).

    Also a byline mark (`…答案。□本报记者 李四`), a reporter filing from a place
    (`…死因。（王煌忠／台中報導）`) and, unless `sure_only` (a paragraph before the last, where only
    those two sign), a name set apart by a space after the last sentence (`…新成效。 王夏夏`), or
    glued to it when it is no word (`…体系建设。郭旭`; `…部署。全县` is cut short).
    """
    end = text.rstrip()[-1:]
    if not end or (end not in "）)·" and not end.isalpha()):  # every form closes on a bracket or a name
        return None
    tail = text[-24:]
    filed = end in "）)" and any(word in tail for word in _FILED)
    if sure_only and not ("□" in text or "■" in text or filed):
        return None
    simple = simplified(text)
    sure = (_MARKED_BYLINE, _FILED_TRAILING)
    forms = sure if sure_only else (_TRAILING_BYLINE, *sure, _CREDITED_BYLINE, _SPACED_BYLINE)
    for form in forms:
        m = form.search(simple)
        if m and m.group("v") not in _NOT_NAMES:
            names = text[m.start("v") : m.end("v")]
            byline = text[m.start("paren") : m.end("paren")].strip()
            return text[: m.start("paren")].rstrip(), byline, _names(names)
    if not sure_only and (m := _GLUED_BYLINE.search(simple)) and _no_word(m.group("v")):
        return (
            text[: m.start("paren")],
            text[m.start("paren") : m.end("paren")],
            text[m.start("v") : m.end("v")],
        )
    return None


def _no_word(name: str) -> bool:
    from reader.clean.tables import words  # jieba's dictionary, read on first use

    return words().count(name) is None


# Writers set after the headline behind a backslash, as Ta Kung Pao does: `借鉴成都经验…\阎小颖、何子煜`.
_TITLE_BYLINE = re.compile(rf"[\\＼]\s*(?P<v>{_NAME}(?:[、\s]{_NAME}){{0,3}})\s*$")


def title_byline(title: str) -> str | None:
    r"""`…示範區\閻小穎、何子煜` → `閻小穎 何子煜`."""
    m = _TITLE_BYLINE.search(title)
    return " ".join(re.split(r"[、\s]+", m.group("v"))) if m else None


_MENU_RULES = frozenset({LINK_FARM.name, NAV.name})  # chrome rules that take a row of short items
_AFFILIATION = re.compile(r"^[（(][^()（）]{4,60}[)）]$")
# A speech's salutation, opening it: `各位代表：`, `同志们：`, `各位代表、同志们:`.
_SALUTATION = re.compile(r"^[\u4e00-\u9fff、，,]{2,12}[:：]$")
# A writer named with the post they hold: `江陵县白马寺镇党委书记 邹建国`.
POST = (
    r"书记|副书记|主任|局长|县长|镇长|乡长|区长|市长|州长|省长|部长|主席|院长|校长|所长|处长|科长|站长|"
    r"经理|董事长|总经理|教授|副教授|研究员|讲师|委员|社长|总编辑|会长|馆长|队长|村医|教师|干部|秘书长|理事长"
)
_NAMED_POST = re.compile(
    rf"^[\u4e00-\u9fff]{{0,20}}(?:{POST})\s{{1,3}}(?P<v>[{SURNAMES}][\u4e00-\u9fff]{{1,2}})$"
)


# Writers named alone on a line, two to six (`王军伟 甘泉等`, a review's team `丁 伟  汪晓东  张 音`):
# one a full name or the list closed by `等` ("and others"), so that two words that open with a
# surname (`高效 便捷`) are no names.
_NAME_LIST = re.compile(rf"^{PERSON_NAME}(?:[\s、]+{PERSON_NAME}){{1,5}}(?:\s*等)?$")


def _names_alone(simple: str) -> bool:
    names = tidy_names(simple) or ""  # a surname spaced from its name (`张 音`) is one name
    if not _NAME_LIST.match(names):
        return False
    return simple.endswith("等") or any(len(n) == 3 for n in re.split(r"[\s、]+", names))


# A writer named with where they are posted or work: `筻口镇 谭好` (a trainee reporter's town),
# `某某创投公司  吴叶` (an employee's diary on the company's site).
_POSTED_AT = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(?:镇|乡|村|县|区|市|街道|社区|公司|集团|学校|中学|小学|大学|学院|医院|银行)"
    rf"\s{{1,3}}(?P<v>[{SURNAMES}][\u4e00-\u9fff]{{1,2}})$"
)
# …and after the name, the post they hold in a body, as an op-ed's writer: `叶某某 某某联秘书长`.
_POST_AFTER = re.compile(
    rf"^(?P<v>[{SURNAMES}][\u4e00-\u9fff]{{1,2}})\s{{1,3}}[\u4e00-\u9fff]{{0,12}}?(?:{POST})$"
)

# A writer and an outlet's reporter who wrote with them: `郑欣宜 中青报·中青网记者 宋宝颖`.
_WITH_REPORTER = re.compile(rf"^(?P<v>{PERSON_NAME})\s{{1,3}}\S{{0,16}}?记者\s*(?P<r>{PERSON_NAME})$")


def signer(text: str) -> str | None:
    """`区政务服务局党总支`, `孙 璐`, `王军伟 甘泉等`, `…镇党委书记 邹建国`, `筻口镇 谭好`, `郑欣宜 某报记者
    宋宝颖` alone on a line → the names that sign it."""
    simple = simplified(text)
    if ORG_BYLINE.match(simple):
        return text
    if PERSON.match(simple) or _names_alone(simple):
        return tidy_names(text)
    if m := _WITH_REPORTER.match(simple):
        return f"{text[m.start('v') : m.end('v')]} {text[m.start('r') : m.end('r')]}"
    m = _NAMED_POST.match(simple) or _POSTED_AT.match(simple) or _POST_AFTER.match(simple)
    return text[m.start("v") : m.end("v")] if m else None


# An editor's note opening the text: `编者按：…`, `【编者按】…`, `编者的话` over the note.
_NOTE = re.compile(r"^[【\[]?\s*编(?:者|辑)(?:按|注|的话)\s*[】\]]?\s*[:：]?")
_NOTE_LABEL = re.compile(
    r"^[【\[]?\s*编(?:者|辑)(?:按|注|的话)\s*[】\]]?\s*[:：]?\s*$"
)  # alone over the note
_NOTE_REACH = 4  # the note's paragraphs, at most, before the lines that head the text under it


def past_note(texts: Sequence[str], out: Sequence[str | None], first: int) -> int:
    """Where the text starts under an editor's note that opens it: past the note's paragraphs and the
    short lines under them (a section's head, the byline: `筻口镇 谭好`, `吴晓军`), at the first
    paragraph after those; `first` when no note opens the text, or no short line follows it."""
    k = next_open(texts, out, first, len(texts))
    above = last_open(texts, out, 0, first) if k is not None else None
    label = above is not None and _NOTE_LABEL.match(simplified(texts[above])) is not None
    if k is None or not (label or _NOTE.match(simplified(texts[k]))):
        return first
    if _NOTE_LABEL.match(simplified(texts[k])):  # the label alone, the note under it
        k = next_open(texts, out, k + 1, len(texts))
    for _ in range(_NOTE_REACH):  # past the note's paragraphs, to the first short line under them
        if k is None or not is_prose(texts[k]):
            break
        k = next_open(texts, out, k + 1, len(texts))
    else:
        return first
    while k is not None and not is_prose(texts[k]):
        k = next_open(texts, out, k + 1, len(texts))
    return first if k is None else k


def org_above_text(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`区政务服务局党总支` or `刘金新` alone right above the first paragraph signs it; two are text.
    Names alone there sign it though a menu rule took them for links (`丁 伟    汪晓东   刘晓鹏`: the
    gaps between them; `郑欣宜 某报记者 宋宝颖`)."""
    at = next((k for k in reversed(range(title_at + 1, min(first, len(texts)))) if texts[k]), None)
    simple = simplified(texts[at]) if at is not None and out[at] in _MENU_RULES else ""
    if at is not None and (_names_alone(simple) or _WITH_REPORTER.match(simple)):
        out[at] = BYLINE.name
        return signer(texts[at])
    at = last_open(texts, out, title_at + 1, first) if first < len(texts) else None
    # `许翾` over `(浙江大学 公共管理学院, 浙江 杭州)`; a speech's speaker over `各位代表：`
    if at is not None and (_AFFILIATION.match(texts[at]) or _SALUTATION.match(texts[at])):
        at = last_open(texts, out, title_at + 1, at)
    name = signer(texts[at]) if at is not None else None
    if at is None or name is None:
        return None
    before = last_open(texts, out, title_at + 1, at)
    if before is not None and signer(texts[before]):
        return None
    out[at] = BYLINE.name
    return name


def signer_below(texts: Sequence[str], out: list[str | None], at: int) -> str | None:
    """`謝明俊` alone right below the dateline at `at` signs the text, though chrome took it for a
    link (a byline links to the writer's page); so does a writer named with their unit or post
    (`某某创投公司  吴叶`), a line no rule took, over a section's head."""
    below = next((k for k in range(at + 1, len(texts)) if texts[k]), None)
    if below is None or not (out[below] or "chrome.").startswith("chrome."):
        return None
    simple = simplified(texts[below])
    if PERSON.match(simple):
        out[below] = BYLINE.name
        return tidy_names(texts[below])
    m = _POSTED_AT.match(simple) or _POST_AFTER.match(simple) or _NAMED_POST.match(simple)
    if m is None or out[below] is not None:
        return None
    out[below] = BYLINE.name
    return texts[below][m.start("v") : m.end("v")]
