"""Rule group `structure`: run-on lines split into units; units read as paragraphs, headings, list items.

Splitting only cuts: every unit is a slice of its line, so no text is invented. The marks
stripped from list items (`——`) are recorded as removals.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from reader.clean.rules import REMOVE, SHAPE, Rule, register
from reader.clean.signals import (
    ATTACHMENT,
    CAPTION_MARK,
    DASH_LED,
    END_MARK,
    META_LABEL,
    NUMBERED,
    SENTENCE_PUNCT,
    Unit,
    cjk_count,
    ends_sentence,
    is_code,
    is_prose,
    is_table_row,
)
from reader.convert import convert
from reader.convert import simplified as t2s
from reader.document import Block, BlockType, Removal
from reader.variants import fold_variants

RUN_ON = 1500  # a line this long is a page whose paragraph breaks were lost
MAX_PARAGRAPH = 1200  # longer units are cut at sentence ends
HEADING_MAX = 40
MARKUP = "markup"  # the heading kind of an <h1>–<h6>
MARKUP_HEADING_MAX = 80  # an <h2> longer than this is a paragraph styled large
LIST_RUN = 3

_PIECE = re.compile(r"\S+")
_SINGLE_CJK = re.compile(r"^[\u4e00-\u9fff]$")
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# Section marks that open a heading or an enumerated paragraph.
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_MARK = rf"(?:{_NUMERAL}[、是]|[（(]{_NUMERAL}[）)]|第(?:{_NUMERAL}|\d{{1,3}})[章节節部篇])"
_HEAD_MARK = re.compile(_MARK)
# A line with section marks after spaces is a document whose line breaks were lost.
_SPACED_MARK = re.compile(rf"\s{_MARK}")
_SPACED_MARKS = 2
_SPACED_MIN = 200  # shorter lines are never run-on (nor over `MAX_PARAGRAPH`)
_END_MARK_TAIL = re.compile(rf"(?<=[。！？!?”」])\s*{END_MARK.pattern}\s*$")
# Enumerations a run-on page buries mid-line: `…。一是…`, `…；（二）…`.
_INLINE_MARKER = re.compile(rf"(?<=[。；;])\s*(?=[一二三四五六七八九十]是|[（(]{_NUMERAL}[）)])")
_SENTENCE_END = re.compile(r"[。！？!?][”’」』\"')）]*")

RUN_ON_RULE = register(
    Rule(
        "structure.run_on",
        SHAPE,
        "谱写了一曲曲亮丽华章。 管 理 篇 干部队伍素质的高低是做好工作的前提，也是服务群众的基础。 "
        "一是强化职能定位，突出创新意识，全面提升服务水平。 二是健全制度，规范管理，形成长效机制。"
        " 三是加强学习，提高本领，打造一支过硬的干部队伍，为全县发展提供有力保障。"
        " 四是转变作风，深入基层，切实为群众办实事解难事，群众满意度持续提升。"
        " 五是严守纪律，廉洁自律，营造风清气正、干事创业的良好环境，以优异成绩回报组织和群众的信任。",
        "split at sentence ends, spaced headings and section marks (a page whose line breaks were lost)",
    )
)
HEADING = register(
    Rule(
        "structure.heading",
        SHAPE,
        "品牌引领聚合力",
        "a heading (its kind, 【】, 一、, （一）, 第一章…, sets the level; also a numbered question over "
        "its answer, `“…!”——…` between paragraphs, `（一）…。` closed by its stop)",
    )
)
NO_HEADING = register(
    Rule(
        "structure.no_heading",
        SHAPE,
        "图为村民在田间采摘芒果",
        "a paragraph: set apart, yet no heading (a caption, 特此通告, （此件主动公开）, a file's name, code)",
    )
)
LIST_MARKER = register(
    Rule(
        "structure.list_marker",
        REMOVE,
        "—— 2009-2011年度市级文明单位\n——2010年度平安创建奖\n——2011年度先进单位",
        "the marks removed (three or more items that stand alone without them)",
    )
)
HEADING_RULER = register(
    Rule(
        "structure.heading_ruler",
        REMOVE,
        "======概念部分======",
        "the rulers removed around a heading set between them (`== 概念 ==`, `**** 第二章 ****`)",
    )
)
LIST = register(
    Rule(
        "structure.list",
        SHAPE,
        "2009年度市级文明单位\n2010年度平安创建奖\n2011年度先进基层党组织",
        "list items (three or more short unpunctuated lines in a row, bullets, `——` runs, attachments)",
    )
)


def _spaced_run(pieces: Sequence[str]) -> list[bool]:
    """Which pieces are single characters of a spaced heading such as `管 理 篇`."""
    single = [bool(_SINGLE_CJK.match(p)) for p in pieces]
    return [
        s and ((i > 0 and single[i - 1]) or (i + 1 < len(single) and single[i + 1]))
        for i, s in enumerate(single)
    ]


def _piece_boundary(prev: str, piece: str, unit: str, spaced: tuple[bool, bool], first: bool) -> bool:
    """Whether a run-on line breaks between two whitespace-separated pieces.

    `first`: the unit opens the line or follows a sentence's end, where a title or subhead may stand.
    """
    if ends_sentence(prev) or DASH_LED.match(piece) or _HEAD_MARK.match(piece) or spaced[0] != spaced[1]:
        return True
    # a title, heading, subtitle or list item ends where a sentence starts
    opens = (first and len(unit) <= HEADING_MAX) or DASH_LED.match(unit) or _HEAD_MARK.match(unit)
    return bool(opens and not SENTENCE_PUNCT.search(unit) and SENTENCE_PUNCT.search(piece))


def _split_pieces(number: int, line: str) -> list[Unit]:
    spans = list(_PIECE.finditer(line))
    pieces = [m.group() for m in spans]
    spaced = _spaced_run(pieces)
    units: list[Unit] = []
    start = 0
    opens = True  # the unit being read opens the line or follows a sentence's end
    for k in range(1, len(spans) + 1):
        unit = line[spans[start].start() : spans[k - 1].end()]
        if k < len(spans):
            page_number = k == len(spans) - 1 and bool(_PAGE_NUMBER.match(pieces[k]))  # `…篇章。 12`
            pair = (spaced[k - 1], spaced[k])
            if not (page_number or _piece_boundary(pieces[k - 1], pieces[k], unit, pair, opens)):
                continue
        units.append(Unit(number, unit))
        opens = ends_sentence(unit)
        start = k
    return units


def _cut_sentences(unit: Unit) -> list[Unit]:
    """A unit over `MAX_PARAGRAPH` cut at sentence ends into nearly equal parts."""
    text = unit.text
    if len(text) <= MAX_PARAGRAPH:
        return [unit]
    target = len(text) / math.ceil(len(text) / (MAX_PARAGRAPH * 2 / 3))
    cuts, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() - last >= target and len(text) - m.end() >= target / 3:
            cuts.append(m.end())
            last = m.end()
    bounds = [0, *cuts, len(text)]
    return [Unit(unit.line, text[a:b].strip()) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def split_run_on(number: int, line: str) -> list[Unit]:
    """`华章。 管 理 篇 干部…。 一是…` → `华章。` | `管 理 篇` | `干部…。` | `一是…`: a run-on line split."""
    units: list[Unit] = []
    for unit in _split_pieces(number, line):
        parts = [p for p in _INLINE_MARKER.split(unit.text) if p]
        units.extend(Unit(number, p) for p in parts)
    return units


def is_run_on(line: str) -> bool:
    """A page on one line: very long, or holding section marks after spaces (`。 二、…`)."""
    spaced = len(line) >= _SPACED_MIN and len(_SPACED_MARK.findall(line)) >= _SPACED_MARKS
    return len(line) > RUN_ON or spaced


def _split_end_mark(unit: Unit) -> list[Unit]:
    if not unit.text.rstrip().endswith((")", "）")):  # spares the search on almost every line
        return [unit]
    m = _END_MARK_TAIL.search(unit.text)
    if not m:
        return [unit]
    return [Unit(unit.line, unit.text[: m.start()]), Unit(unit.line, m.group().strip())]


def split_units(lines: Sequence[str]) -> list[Unit]:
    """Every line as a unit: run-on lines split, overlong paragraphs cut at sentence ends,
    a closing `（完）` set apart."""
    units: list[Unit] = []
    for number, line in enumerate(lines, 1):
        if len(line) < _SPACED_MIN:  # most lines: only a closing `（完）` may be set apart
            units.extend(_split_end_mark(Unit(number, line)))
            continue
        pieces = split_run_on(number, line) if is_run_on(line) else [Unit(number, line)]
        for unit in pieces:
            for part in _cut_sentences(unit):
                units.extend(_split_end_mark(part))
    return units


# The measure words of a count (`4个`, `3项`), in both scripts.
_MEASURE_WORDS = "个项家名人处所条件篇类组户"
_CLASSIFIERS = "".join(dict.fromkeys(_MEASURE_WORDS + convert(_MEASURE_WORDS, "traditional", "simplified")))
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bracket", re.compile(r"^【[^【】]{1,30}】$")),
    # a blog editor's section bar before the head: `▊ 老社区翻身?某某园区与福德街`
    ("bar", re.compile(r"^[▌▍▎▊▋█┃]\s*[^\s▌▍▎▊▋█┃]")),
    ("spaced", re.compile(r"^[\u4e00-\u9fff](?:\s{1,3}[\u4e00-\u9fff]){1,7}$")),
    ("chapter", re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[章节節部篇编編]")),
    ("numeral", re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")),
    ("paren_numeral", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    ("arabic", re.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))")),
    # a group of a list with its size: `某某区（4个）` over the group's items
    ("count", re.compile(rf"^[^，。,;；:：()（）]{{2,24}}[（(]\d{{1,4}}\s*[{_CLASSIFIERS}]?[）)]$")),
)
_COUNT = dict(_HEADINGS)["count"]
_ANY_HEADING = re.compile("|".join(pattern.pattern for _, pattern in _HEADINGS))  # each is anchored
_BULLET = re.compile(r"^[·•●○◆◇■□▪▶►※]")
_KEY_VALUE = re.compile(r"[:：]")
# A date alone (`二○一一年四月八日`): a signature's, never a heading or a list item.
DATE_LINE = _DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}|[一二〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$"
)
# A document's number (`海府〔2011〕33号`) or a date is not a heading.
_NOT_HEADING = re.compile(rf"[〔\[［【(（]\d{{4}}[〕\]］】)）]\s*第?\d+\s*[号號]$|{_DATE_LINE.pattern}")
# `活动地点：魏城镇文化广场` is information, not a heading
_LIST_MARK = re.compile(r"^(?:——|—|[·•●○◆◇■□▪▶►※])\s*")
# A column's lead-in on a line of its own, above the text it introduces: `编者的话：`, `开栏的话:`.
LEAD = "lead"
_LEAD = re.compile(r"^[\u4e00-\u9fff“”\"]{2,8}[:：]$")
# A subhead of two phrases: `产业美：激活发展动力`, `安居乐业，社区里的温暖`, `…在一线(1)：人从哪里来?`.
SLOGAN = "slogan"
_SLOGAN = re.compile(
    r"^(?P<key>[^，,:：。；;！!?？]{2,16})\s*[，,:：]\s*(?P<value>[^，,:：。；;！!?？]{2,24})[?？]?$"
)
_SLOGAN_MAX = 30
_COLON = re.compile(r"[:：]")
# What makes `key：value` information rather than a subhead: a label (`活动地点：…`, `联系电话：…`).
_LABEL_KEY = re.compile(
    r"(?:时间|日期|地点|地址|电话|热线|邮箱|邮编|传真|网址|对象|方式|范围|内容|要求|主题|人员|单位|名称|规模|"
    r"数量|价格|费用|期限|条件|备注|说明|注|人|号)$"
)


def _is_label(text: str) -> bool:
    """`联系人：`, `来源：县政府`, `附件：` → True: a label, whatever follows its colon."""
    if META_LABEL.match(text) or is_table_row(text) or ATTACHMENT.match(text):
        return True
    key = _COLON.split(text, maxsplit=1)[0].strip()
    return _LABEL_KEY.search(fold_variants(t2s(key))) is not None


# A subhead that gives a person's words whole: `驻村队长张三:“群众一日不脱贫,我就一日不离岗”`. The
# commas are the quotation's own; a sentence's full stop inside it makes the line a paragraph.
_QUOTED_SLOGAN = re.compile(
    r"^(?P<key>[^，,:：。；;！!?？“”]{2,16})\s*[:：]\s*“(?P<value>[^“”。！？!?]{4,30})”$"
)


# …or opens with one, a dash and what it is about: `“安全感更高了!”——打造扁平化、“无缝隙”社会治理体系`
# (the quotation's own marks end no sentence of the line).
_QUOTE_LED = re.compile(r"^“(?P<key>[^“”]{2,20})”\s*——\s*(?P<value>[^。！!?？；;]{4,30})$")


def is_slogan(text: str) -> bool:
    """`产业美：激活发展动力`, `安居乐业，社区里的温暖`, `队长张三:“群众一日不脱贫,我就一日不离岗”`,
    `“安全感更高了!”——打造…治理体系` → True: two phrases (one maybe a quotation whole), no sentence,
    no label.

    Only a subhead between paragraphs, as `build` reads it: on its own the line could be a fragment.
    """
    if len(text) > HEADING_MAX:
        return False
    m = _SLOGAN.match(text) if len(text) <= _SLOGAN_MAX else None
    if m is None and not (m := _QUOTED_SLOGAN.match(text) or _QUOTE_LED.match(text)):
        return False
    if cjk_count(m.group("key")) < 2 or cjk_count(m.group("value")) < 4:
        return False
    return not (_is_label(text) or heads_nothing(text))


# A document the page cites: `《…》`, or what an attachment line names (`附件：1.…`).
_CITED = re.compile(r"《([^《》\n]{4,60})》")
_ATTACHED = re.compile(
    rf"{ATTACHMENT.pattern}[^\S\n]*(?:\d{{1,2}}\s*[.、．])?[^\S\n]*(.{{4,60}}?)[。.;；]?$", re.M
)
_SPACE = re.compile(r"\s+")
_NAME_TAIL = 8  # what may follow a cited name on its title line: `的通知`, `（暂行）`, `（21个）`
_NAME_LINES = 3  # the lines a document's title may run over
DOCUMENT = "document"  # the heading kind of an attached document's title


def cited_names(texts: Sequence[str]) -> frozenset[str]:
    """`关于印发《某县工作规则》的通知`, `附件：1.某县工作规则` → `{"某县工作规则"}` (spaces dropped)."""
    page = "\n".join(texts)  # one scan of the page rather than one per line
    names = {_SPACE.sub("", n) for n in _CITED.findall(page)} if "《" in page else set()
    if "附" in page:
        names.update(_SPACE.sub("", n) for n in _ATTACHED.findall(page))
    return frozenset(n for n in names if cjk_count(n) >= 4)


def document_title(texts: Sequence[str], i: int, names: frozenset[str]) -> int:
    """How many lines from `i` on (blank ones too) spell the title of a document the page cites (0: none).

    A cited name on one line or run over up to three, maybe followed by a few characters
    (`某县工作规则（暂行）的通知`, `2022年度名单` / `（21个）`): the document itself starts there.
    """
    joined = ""
    lines = list(itertools.islice((k for k in range(i, len(texts)) if texts[k]), _NAME_LINES))
    if not lines or lines[0] != i:
        return 0
    for k in lines:
        t = texts[k]
        if len(t) > MARKUP_HEADING_MAX or is_prose(t) or "《" in t:
            return 0
        joined += _SPACE.sub("", t)
        for name in names:
            if joined.startswith(name) and len(joined) - len(name) <= _NAME_TAIL:
                return k - i + 1
        if not any(name.startswith(joined) for name in names):
            return 0
    return 0


# What is set apart like a subhead but heads nothing, read in Simplified: a photo's caption (`图为…`,
# `村庄一角`, `陇山镇航拍新貌`, `… 摄`, `某某(图右)在… 某某供图`), a notice's closing formula
# (`特此通告`), an aside wholly in brackets (`（此件主动公开）`), a file's name (`截屏1.23.jpg`), a
# sentence cut short.
_CAPTION = re.compile(
    r"^(?:图为|图片为|图片来源|上图|下图|左图|右图|组图)|航拍|鸟瞰|俯瞰|远眺|[（(]图[左右中上下]"
    r"|(?:全貌|一角|全景|合影|合照|留影|夜景|[\s/]摄|供图)$"
)
# A body's name alone: an issuer over a notice's title, or a signature over its date
# (`中共某某县委办公室` / `某某县人民政府办公室` / `2017年1月10日`), never a subhead.
_ISSUER = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,24}(?:委员会|人民政府|办公室|办公厅|党委|党工委|党组)$")
# A sentence cut before what it introduces (`方程初始值为`, `具体安排如下：`), or a clause the next one
# goes on from (`（二）可能逃跑、自杀的；`): no heading ends so.
_DANGLING = re.compile(
    r"(?:(?:为|是|如下|以下|包括|和|与|及|或|但|而|把|被|对|向|从|将|即|由|让|使|给)[:：]?|[；;，,、])$"
)
_CLOSING = re.compile(r"^(?:特此(?:通知|通告|公告|函告|函复|批复|报告)|此致|此复)[。！!]?$")
_ASIDE = re.compile(r"^[（(][^（）()]{3,}[）)]$")
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar)$", re.IGNORECASE)
# Symbols no subhead holds two of: a forum's `~~~`, anti-scraping noise (`h% y. @& H`), code.
_SYMBOL = re.compile(r"[@#$%^&*=~|\\<>{}～]")
_SYMBOLS_MAX = 1


# A writer's desk before the name: `摄影部 马昭`, `编辑部 王宏`.
_DESK = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:部|社|站|室|组|处|科|中心)\s+(?P<name>[\u4e00-\u9fff]{2,3})$")
_NAME_CHARS = 3


def _signature(simple: str) -> bool:
    """`吴晓军`, `摄影部 马昭` → True: a writer's name (after their desk), signing the text below or
    above it; `高质量` is a word (jieba knows it), no name."""
    m = _DESK.match(simple)
    name = m.group("name") if m else simple
    if len(name) > _NAME_CHARS or (m is None and len(name) < _NAME_CHARS):
        return False
    from reader.clean.metadata.bylines import PERSON  # the metadata package imports this module
    from reader.clean.tables import words  # jieba's dictionary, read on first use

    return PERSON.match(name if len(name) == _NAME_CHARS else f"{name[0]} {name[1:]}") is not None and (
        words().count(name) is None
    )


_SET_PHRASE = 4  # characters of a set phrase (`触手可及`, `力所能及`)


def _set_phrase_end(simple: str) -> bool:
    """`…居民的幸福触手可及` → True: the line closes on a set phrase the dictionary knows, whose last
    character is its own, no conjunction left hanging (`及`)."""
    from reader.clean.tables import words  # jieba's dictionary, read on first use

    return len(simple) > _SET_PHRASE and words().count(simple[-_SET_PHRASE:]) is not None


def heads_nothing(text: str) -> bool:
    """`图为村民采摘芒果`, `▲开工大典的金铲子`, `特此通告`, `（此件主动公开）`, `截屏.jpg`, `DQ=0; //拉低`,
    `中共某某县委办公室`, `吴晓军` → True: no subhead."""
    if _FILE_NAME.search(text) or len(_SYMBOL.findall(text)) > _SYMBOLS_MAX or is_code(text):
        return True
    if _ASIDE.match(text) and not _HEAD_MARK.match(text[1:]):
        return True
    if CAPTION_MARK.match(text):  # `▲某某园区开工大典的金铲子`: a photo's caption
        return True
    simple = fold_variants(t2s(text))
    return bool(
        _CAPTION.search(simple)
        or _CLOSING.match(simple)
        or (_DANGLING.search(simple) and not _set_phrase_end(simple))
        or _ISSUER.match(simple)
        or _signature(simple)
    )


# A Latin word, which says as much as a character: `Technical explanation of OBS settings OBS設定的技術解釋`
# is a subhead of 14 words, not a line of 47 characters.
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]+")


def _width(text: str) -> int:
    """`OBS設定 settings` → 6: the line's length, each Latin word counted as one character (a
    list's items are still measured in characters: `is_short_plain`)."""
    if len(text) <= HEADING_MAX or len(text) > MARKUP_HEADING_MAX or "。" in text:
        return len(text)  # short, or too long for a subhead however many Latin words it holds
    return len(_LATIN_WORD.sub("a", text))


def heading_kind(text: str) -> str | None:
    """`【背景與起因】`, `一、夯基础…`, `管 理 篇`, `品牌引領聚合力` → a heading (its kind sets the level)."""
    if "。" in text or _width(text) > HEADING_MAX or ends_sentence(text) or is_prose(text):
        return None  # a full stop ends a paragraph
    if _NOT_HEADING.search(text):
        return None
    if _ANY_HEADING.match(text):  # one test of the eight shapes first: most lines have none
        return next(kind for kind, pattern in _HEADINGS if pattern.match(text))
    if _LEAD.match(text) and not _is_label(text):
        return LEAD
    short = is_short_plain(text if len(text) <= HEADING_MAX else _LATIN_WORD.sub("a", text))
    return "plain" if short and _width(text) <= 30 and not _KEY_VALUE.search(text) else None


def subhead_kind(text: str) -> str | None:
    """`heading_kind`, unless the line heads nothing (`图为…`, `特此通告`, `（二）…的；`): a subhead.

    `heading_kind` alone is the line's shape, which the chrome and title passes read (a section mark).
    """
    kind = heading_kind(text)
    return None if kind is None or heads_nothing(text) else kind


def is_short_plain(text: str) -> bool:
    """`2009-2011年度市级文明单位` → True: a short line with no sentence punctuation and no marker."""
    return (
        len(text) <= HEADING_MAX
        and cjk_count(text) >= 2
        and not SENTENCE_PUNCT.search(text)
        and not text.endswith((":", "："))
        and not DASH_LED.match(text)
        and not _BULLET.match(text)
        and not _ANY_HEADING.match(text)
        and not _DATE_LINE.match(text)
    )


def strip_list_marks(items: Sequence[str]) -> list[str] | None:
    """`—— 2009-2011年度市级文明单位` ×3 or more → `2009-2011年度市级文明单位`: the marks go."""
    stripped = [_LIST_MARK.sub("", t, count=1) for t in items]
    if len(items) >= LIST_RUN and all(is_short_plain(t) for t in stripped):
        return stripped
    return None


def _runs(flags: Sequence[bool]) -> list[range]:
    """`[F, T, T, F, T]` → `[range(1, 3), range(4, 5)]`."""
    runs, start = [], 0
    for flag, group in itertools.groupby(flags):
        size = len(list(group))
        if flag:
            runs.append(range(start, start + size))
        start += size
    return runs


# A section number (`40.1 初学者重要提示`): where it starts again, a table of contents has ended.
_SECTION_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\s")


def _contents(texts: Sequence[str], run: range) -> list[range]:
    """A run of short lines cut where its section numbers start again (`40.8 总结`, then `40.1 …`)."""
    parts, start, last = [], run.start, None
    for i in run:
        if m := _SECTION_NUMBER.match(texts[i]):
            number = tuple(int(n) for n in m.group(1).split("."))
            if last is not None and number <= last:
                parts.append(range(start, i))
                start = i
            last = number
    return [*parts, range(start, run.stop)]


def list_items(texts: Sequence[str]) -> list[bool]:
    """Three or more short unpunctuated lines in a row, bullets, `——` runs, attachments → list items."""
    marks = [bool(_BULLET.match(t)) for t in texts]
    for run in (
        part for whole in _runs([is_short_plain(t) for t in texts]) for part in _contents(texts, whole)
    ):
        if len(run) >= LIST_RUN:
            marks[run.start : run.stop] = [True] * len(run)
    for run in _runs([bool(DASH_LED.match(t)) for t in texts]):
        if len(run) >= 2:
            marks[run.start : run.stop] = [True] * len(run)
    for i in range(1, len(texts)):  # `某某区（4个）` over the group's items, even a single one
        if _COUNT.match(texts[i - 1]) and not marks[i] and is_short_plain(texts[i]):
            marks[i] = True
    for i in range(1, len(texts)):  # `附件：1.…` then `2.…`: the numbered lines list the attachments
        if NUMBERED.match(texts[i]) and (
            ATTACHMENT.match(texts[i - 1]) or (marks[i - 1] and NUMBERED.match(texts[i - 1]))
        ):
            marks[i] = True
    return marks


def _document_titles(texts: Sequence[str]) -> set[int]:
    """The lines that spell the title of an attached document the page cites."""
    names = cited_names(texts)
    starts = {n[:2] for n in names}  # spares `document_title` the lines no name starts
    found: set[int] = set()
    for i in range(len(texts)) if names else ():
        opening = texts[i][:2] if texts[i][1:2] != " " else _SPACE.sub("", texts[i][:4])[:2]
        if i not in found and opening in starts and (n := document_title(texts, i, names)):
            found.update(range(i, i + n))
    return found


_TEXT_CJK = 12  # CJK characters of a line over `HEADING_MAX` that reads as text though its stop was lost


def _is_text(text: str) -> bool:
    """A sentence, or a long line of words whose stop was lost (a caption, a broken paragraph) → True:
    text a subhead may stand by."""
    return is_prose(text) or (len(text) > HEADING_MAX and cjk_count(text) >= _TEXT_CJK)


def _stands_between(texts: Sequence[str], k: int) -> bool:
    """Whether the unit at `k` stands as a subhead does: text or a heading on either side, text below."""
    above = texts[k - 1] if k else None
    below = texts[k + 1] if k + 1 < len(texts) else ""
    beside = above is None or _is_text(above) or subhead_kind(above) is not None
    return beside and (_is_text(below) or subhead_kind(below) is not None)


def _heads_text(texts: Sequence[str], k: int) -> bool:
    """Whether the unit at `k` is text, or a heading over text (`人民日报社：` stands above both)."""
    if k >= len(texts):
        return False
    return _is_text(texts[k]) or (
        subhead_kind(texts[k]) is not None and k + 1 < len(texts) and _is_text(texts[k + 1])
    )


def _leads(texts: Sequence[str], k: int) -> bool:
    """Whether the lead-in at `k` (`问题描述：`) introduces what follows: text, a heading over text, or
    a sentence ending in a colon (`…反应体系如下：`); not in a run of such lines (lost images' captions)."""
    if k and texts[k - 1].endswith((":", "：")):
        return False
    after = texts[k + 1] if k + 1 < len(texts) else ""
    colon = after.endswith((":", "：")) and cjk_count(after) >= _TEXT_CJK and not _is_label(after)
    return colon or _heads_text(texts, k + 1)


# A subhead set as a headline's deck: phrases parted by spaces, each a clause, no sentence mark, too
# long for a plain heading (`习近平…作出重要指示强调 更加注重… 切实推动…高质量发展`).
DECK = "deck"
_DECK_MAX = 120
_DECK_PHRASE = 6  # CJK characters of each phrase at least: shorter ones are a menu or a list of tags


def is_deck(text: str) -> bool:
    """`某某强调 更加注重系统观念 切实推动高质量发展` (over 40 characters) → True."""
    if not HEADING_MAX < len(text) <= _DECK_MAX or "。" in text or SENTENCE_PUNCT.search(text):
        return False
    if text.count("、") > 1 or enumeration(text):  # an enumerated clause, a list run on
        return False
    phrases = text.split()
    return (
        len(phrases) >= 2 and all(cjk_count(p) >= _DECK_PHRASE for p in phrases) and not heads_nothing(text)
    )


_KEY = re.compile(r"^([^，,:：。；;！!?？]{2,16}?)\s*[:：]")


def _key(text: str) -> str | None:
    """`产业美：激活…` → `产业美`: what stands before a short line's colon."""
    m = _KEY.match(text) if (":" in text or "：" in text) else None
    return m.group(1).strip() if m else None


def speakers(texts: Sequence[str]) -> frozenset[str]:
    """The keys two or more lines open with: the speakers of a dialogue (`记者：是谁打的你？`), no subhead."""
    keys = Counter(k for t in texts if (k := _key(t)))
    return frozenset(k for k, n in keys.items() if n > 1)


def _parallel(text: str, key: str | None, series: set[tuple[int, str]]) -> bool:
    """`文化美：传` after the subhead `环境美：扮靓…`: a key of the series' shape (length, last character)."""
    if key is None or (len(key), key[-1]) not in series or len(text) > _SLOGAN_MAX:
        return False
    return not (ends_sentence(text) or _is_label(text) or heads_nothing(text))


# An enumerated line's series and number: `3、…` is the third of `arabic`, `（二）…` the second of
# `paren_numeral`. An item of a series whose previous item is a paragraph is one too.
_ENUMERATED_KINDS = frozenset({"arabic", "numeral", "paren_numeral"})
_ENUMERATED = (
    ("arabic", re.compile(r"^(\d{1,2})(?:[、．]|\.(?!\d))")),
    ("numeral", re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]")),
    ("paren_numeral", re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]")),
)
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _number(numeral: str) -> int:
    """`3` → 3, `十二` → 12, `二十` → 20, `二十一` → 21."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return _DIGITS.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(units, 0)


def enumeration(text: str) -> tuple[str, int] | None:
    """`3、颜色格式…` → `("arabic", 3)`; `（二）工作原则` → `("paren_numeral", 2)`; prose → None."""
    if not text[:1].isdigit() and text[:1] not in "一二三四五六七八九十（(":
        return None
    for series, pattern in _ENUMERATED:
        if m := pattern.match(text):
            return series, _number(m.group(1))
    return None


_CLAUSE = re.compile(r"[，,]")
_CLOSED_MAX = 24  # characters of a numbered heading closed by a full stop, as official documents set one


def _series(text: str) -> str | None:
    return (enumeration(text) or (None,))[0]


def _closed_heading(text: str) -> str | None:
    """`（一）总体要求和主要预期目标。` alone on its line → `paren_numeral`: a numbered heading that
    closes on a full stop, its only mark (the text under it is not a next item)."""
    if len(text) > _CLOSED_MAX or not text.endswith("。") or SENTENCE_PUNCT.search(text[:-1]):
        return None
    kind = heading_kind(text[:-1])
    return kind if kind in _ENUMERATED_KINDS or kind == "chapter" else None


# A numbered question over its answer, as a Q&A sets it: `174.什么是入党积极分子?入党积极分子应具备哪些条件?`.
QUESTION = "question"
_QUESTION = re.compile(
    r"^(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*"
    r"[^。；;!！\s][^。；;!！]{3,58}[?？]$"
)


def _subhead(texts: Sequence[str], k: int, key: str | None, series: set[tuple[int, str]]) -> str | None:
    """What no pattern makes a heading but its place does: a slogan between paragraphs (`产业美：…`),
    the next of a slogan series (`文化美：传`, `series`: the key shapes found so far), a deck over text,
    a numbered question over its answer."""
    t = texts[k]
    if (is_slogan(t) and _stands_between(texts, k)) or _parallel(t, key, series):
        return SLOGAN
    after = texts[k + 1] if k + 1 < len(texts) else ""
    before = texts[k - 1] if k else ""
    if (kind := _closed_heading(t)) and _is_text(after) and kind not in (_series(before), _series(after)):
        return kind  # over text, not beside an item of its own series (a list of short sentences)
    answered = _is_text(after) or (after.endswith((":", "：")) and cjk_count(after) >= _TEXT_CJK)
    # a question of clauses, or one over the next question, is a point raised, not a section's head
    if _QUESTION.match(t) and answered and not _QUESTION.match(after) and len(_CLAUSE.findall(t)) <= 1:
        return QUESTION
    return DECK if is_deck(t) and k + 1 < len(texts) and _is_text(texts[k + 1]) else None


# A heading between rulers of one mark, as forum posts and wikis set one: `======概念部分======`,
# `**** 第二章 ****` (three marks at least but `==`: `**重点**` is Markdown's bold, shown as written).
_RULED = re.compile(
    r"^(?P<l>={2,}|\*{3,}|~{3,}|～{3,})\s*(?P<v>[^=*~～\s].{0,30}?)\s*(?P<r>={2,}|\*{3,}|~{3,}|～{3,})$"
)


def unruled(text: str) -> tuple[str, str] | None:
    """`======概念部分======` → (`概念部分`, `====== ======`): a heading set between rulers, without them,
    and the rulers; None for any other line, and for one that is no heading without them."""
    m = _RULED.match(text)
    if not m or m.group("l")[0] != m.group("r")[0] or subhead_kind(m.group("v")) is None:
        return None
    return m.group("v"), f"{m.group('l')} {m.group('r')}"


def build(
    units: Sequence[Unit], hints: Mapping[int, BlockType] | None = None
) -> tuple[list[Block], list[Removal]]:
    """The blocks of the kept units, and the list marks stripped on the way.

    Marks are stripped before lists are found, so the items are judged as a cleaned text
    would present them: without their marks. `hints` are what a page's markup made a line (an
    `<h2>`, an `<li>`): they are taken where the text agrees it could be one (a heading is short).
    """
    hints = hints or {}
    texts = [u.text.strip() for u in units]
    removals: list[Removal] = []
    for run in _runs([bool(_LIST_MARK.match(t)) for t in texts]):
        stripped = strip_list_marks([texts[k] for k in run])
        for k, new in zip(run, stripped or (), strict=False):
            mark = texts[k][: len(texts[k]) - len(new)].strip()
            removals.append(Removal(units[k].line, mark, LIST_MARKER.name, part=True))
            texts[k] = new
    for k, t in enumerate(texts):
        if t[:1] in "=*~～" and (ruled := unruled(t)) is not None:
            texts[k], rulers = ruled
            removals.append(Removal(units[k].line, rulers, HEADING_RULER.name, part=True))
    titles = _document_titles(texts)
    in_list = list_items(texts)
    talk = speakers(texts)
    series: set[tuple[int, str]] = set()  # the keys' shapes of the subheads `产业美：…` found
    items: dict[str, tuple[int, bool]] = {}  # an enumeration's last item: its number, and if a paragraph
    kinds: list[str] = []
    blocks: list[Block] = []
    for k, (u, t, listed) in enumerate(zip(units, texts, in_list, strict=True)):
        hint = hints.get(u.line)
        # The markup's word wins over the text's guess: an <h3> beside a list is the list's heading.
        listed = ((listed and hint != "heading") or hint == "list_item") and k not in titles
        marked = hint == "heading" and len(t) <= MARKUP_HEADING_MAX
        kind = None if listed else MARKUP if marked else DOCUMENT if k in titles else subhead_kind(t)
        after = texts[k + 1] if k + 1 < len(texts) else ""
        item = enumeration(t) if kind is None or kind in _ENUMERATED_KINDS else None
        key = _key(t) if kind is None and not listed else None
        # a lead-in introduces text; a signature stands above its date
        lead_alone = kind == LEAD and not _leads(texts, k)
        if lead_alone or (kind == "plain" and _DATE_LINE.match(after)):
            kind = None
        elif kind is None and not listed and key not in talk:  # a speaker's line is dialogue
            kind = _subhead(texts, k, key, series)
        elif item and items.get(item[0]) == (item[1] - 1, True):  # the item before it is a paragraph
            kind = None
        if kind not in (None, MARKUP, DOCUMENT) and k == len(units) - 1 and kind not in kinds:
            kind = None  # a last line heads nothing, unless its like came before (a page cut short)
        if item:
            items[item[0]] = (item[1], kind is None and not listed)
        if kind == SLOGAN and key:
            series.add((len(key), key[-1]))
        if listed:
            blocks.append(Block("list_item", t))
        elif kind is None:
            blocks.append(Block("paragraph", t))
        else:
            kinds += [kind] if kind not in kinds else []
            blocks.append(Block("heading", t, min(kinds.index(kind) + 1, 6)))
    return blocks, removals
