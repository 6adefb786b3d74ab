"""Headline placement: which line is the title, which the subtitle, and which lines above the
article repeat them. A site's banner, a column's name, a breadcrumb, a document number, a widget's
`label:value` or a kicker (`…——`) is never the title; a page that repeats a headline names it.

Each vocabulary is written in Simplified: a line is read after t2s (`script.simplified`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader.clean.chrome import LINE_RULES, keyword_title, line_verdicts
from reader.clean.chrome.lines import (
    BREADCRUMB,
    EDGE,
    LINK_FARM,
    ORIGINAL_TITLE,
    PAGE_COUNT,
    RELATED,
    SEO_TITLE,
    SHARE,
    TAIL_MARKERS,
    contact,
    spam_word,
)
from reader.clean.chrome.zones import NAV, repeats
from reader.clean.metadata.bylines import BYLINE, PERSON_NAME, trailing_byline
from reader.clean.metadata.dates import DATE, DATE_FORM, lone_date, read_date
from reader.clean.metadata.fields import SOURCE, TABLE, head_below_title, read_fields
from reader.clean.metadata.lines import last_open, next_open
from reader.clean.metadata.lines import reach as lines_reach
from reader.clean.metadata.script import simplified
from reader.clean.rules import LEGACY, Rule, register
from reader.clean.signals import (
    CAPTION_MARK,
    DASH_LED,
    DATELINE,
    SENTENCE_PUNCT,
    cjk_count,
    ends_sentence,
    is_headline,
    is_prose,
    is_table_row,
    spaceless,
)
from reader.clean.structure import heading_kind

# Placed by the page around them rather than read from one line, so their examples run in
# tests/clean/test_headline.py (both scripts) rather than on the shared example page.
TITLE = register(
    Rule(
        "metadata.title",
        LEGACY,
        "“品质机关”提升通川品质",
        "`“品质机关”提升通川品质` just above `发布时间:…` → title (never a portal's banner, a column's name, "
        "a kicker; a notice's two-line title whole; over `2017-11-08 20:21 张三` a few lines into the "
        "text, a keyword list above it; `新华社北京2月28日电 题：X` → X; a repost with no title of its own "
        "over the text: `原标题：X` → X; `《X》` over `关于印发《X》的通知` → the notice's title)",
    )
)
SUBTITLE = register(
    Rule(
        "metadata.subtitle",
        LEGACY,
        "——黄州区政府办公室创建文明单位纪实",
        "`——黄州区政府办公室创建文明单位纪实` right below the title → subtitle",
    )
)
MAX_TITLE = 80

# `名称：…`, `标题 …`, and a document's `例稿名称：…` in a row of fields (`… 发文日期：…`): the value is
# the title, up to the next field's label.
_TITLE_LABEL = re.compile(
    r"^(?:(?:例稿|文件|公文|文章|稿件)?名\s*称|标\s*题)(?:\s*[:：]\s*|\s+)"
    r"(?P<v>\S.{3,79}?)(?=\s+[\u4e00-\u9fff]{2,6}\s*[:：]|$)"
)
_TITLE_MARK = re.compile(r"\s*[\[【（(]\s*(?:[组多]?图|图文|视频|复制链接|附视频|打印本页)\s*[\]】）)]\s*$")
_TITLE_TAIL = re.compile(r"\s*[|｜*＊#]+\s*$")  # a layout's leftovers: `…防汛救灾工作|`, `…华北等地******`
# The writers signed after a backslash, as Hong Kong papers set a column's title: `…示范区\\闫小颖、何子煜`.
_TITLE_SIGNED = re.compile(r"\s*[\\＼]\s*[\u4e00-\u9fff·]{2,5}(?:[、\s][\u4e00-\u9fff·]{2,5}){0,3}\s*$")
# A title wholly inside 《》 is a programme's or a work's name: the page's headline is what it holds.
_TITLE_WORK = re.compile(r"^《([^《》]{4,})》$")
_LEAD_DATE = re.compile(r"\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s+(?=\S{4})")
_TITLE_DATE = re.compile(
    r"\s*[（(]\s*([^()（）]{6,24}?)\s*[）)]\s*$|"
    r"\s+(?:(?:发布|发表|更新)?(?:日期|时间)\s*[:：]\s*)?((?:19|20)\d{2}[-/.年][^\s]{3,12})\s*$"
)
# A site's name after the headline, as the page's <title> gives it: `…_工作动态_某某市人民政府`,
# `… - 某某新闻网`; after a bar only a plain site name (`聚焦两会｜代表委员热议数字政府` is one headline).
_SITE = r"[^_|｜\s]{2,16}(?:网|网站|日报|晚报|客户端)"
_TITLE_SITE = re.compile(
    rf"\s*(?:_(?:[^_|｜]{{1,12}}_)?[^_|｜\s]{{2,16}}(?:网|网站|门户|政府|日报|晚报|在线|客户端)|\s?[-–—]\s?{_SITE}|"
    rf"\s?[|｜]\s?{_SITE})\s*$"
)
# What opens a title line but is not the title: list bullets (`• 顺义村规民约…`), and the tag of a
# site or a place (`【黄冈新闻网】…`, `【玉树州】…`); a tag that says what the article is or where it
# stands (`【独家】`, `【要闻】`) is the headline's own.
_COLUMN_WORDS = (
    "新闻|资讯|动态|要闻|详情|中心|正文|头条|快讯|专题|公告|时政|视点|图片|视频|首页|论坛|社区|频道|"
    "专区|版区|讨论区|交流区|发表区"  # a forum's boards: `作品发表区`
)
# A document's number: `鹤政发〔2025〕4号`.
_DOC_NO = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d+\s*号"
# (a wire story's lead names its title after its dateline: `新华社北京2月28日电 题：…`; a document's
# number before its title in 《》, as a page's <title> gives it: `鲁政发〔2014〕20号《…的实施意见》`)
_TITLE_HEAD = re.compile(
    r"(?:[•·▪●◆◇○■□▶►]\s*|"
    rf"{_DOC_NO}\s*(?=《)|"
    r"[\u4e00-\u9fff]{0,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*题\s*[:：]\s*|[\u4e00-\u9fff]{4,6}[/／](?=[^/／]{4,}$)|-{2,}\s{2,}(?=\S)|"
    r"[【\[][^【】\[\]]{0,10}(?:网|报|台|频道|省|市|州|县|区|旗|盟|镇|乡|村)[】\]]\s*(?=\S{4}))*"
)


# The headline passes weigh the same candidate lines several times over: recent answers are kept.
_SEEN_TITLES = 4096


@functools.lru_cache(maxsize=_SEEN_TITLES)
def trim_title(title: str) -> tuple[str, str | None]:
    """`…胜利召开[图]` → `…胜利召开`; `…工作(2012年08月14日)`, `…会报 发布日期:2014-04-21` → the title
    without its date, and the date
    (also a date before it); `【玉树州】一位选调生的下乡经历` → `一位选调生的下乡经历`; a column's name
    before a slash and the writers after a backslash (`议论风生/借鉴成都经验\\闫小颖`) → `借鉴成都经验`;
    `《采访受阻事件透视》` → `采访受阻事件透视`; `新华社北京2月28日电 题：…` → what follows `题：`.
    Trimmed once, a title trims no further."""
    simple = simplified(title)
    start = _TITLE_HEAD.match(simple).end()  # type: ignore[union-attr]  # it matches the empty string
    end, date = len(simple), None
    # a news list's row: `2023-05-12 全市…会议召开`; every date before the title goes, the first kept
    while (lead := _LEAD_DATE.match(simple, start)) and (found := read_date(lead.group(1))):
        start, date = _TITLE_HEAD.match(simple, lead.end()).end(), date or found  # type: ignore[union-attr]
    while True:
        cut = end
        for pattern in (_TITLE_TAIL, _TITLE_MARK, _TITLE_SITE, _TITLE_SIGNED):
            m = pattern.search(simple, start, cut)
            cut = m.start() if m and m.end() == cut else cut
        m = _TITLE_DATE.search(simple, start, cut)
        written = (m.group(1) or m.group(2) or "") if m else ""
        if m and m.end() == cut and DATE_FORM.fullmatch(written) and (found := read_date(written)):
            cut, date = m.start(), date or found
        if cut == end:
            work = _TITLE_WORK.match(simple[start:end])  # (`^` holds at the string's start only)
            return (title[start + 1 : end - 1] if work else title[start:end]).strip(), date
        end = cut


def without_site(title: str) -> str:
    """`…长治久安-新华网` → `…长治久安`: only the site's name after a headline the markup gives is cut
    (its marks, `(多图)`, are the headline's as the page shows it)."""
    m = _TITLE_SITE.search(simplified(title))
    head = title[: m.start()] if m and m.end() == len(title) else title
    return head if head != title and is_title_like(head) else title


# A site's banner names the site or its owner, never an article:
# `XX市人民政府门户网站 www.…`, `吉林省人民政府`, `XX县人民政府办公室`; a programme's site, with who
# co-runs it: `《三农之声》栏目官网  某某协会协办`.
_BANNER = re.compile(
    r"^(?:中国|中共)?《?[\u4e00-\u9fff]{2,16}?》?(?:栏目|频道)?(?:人民政府(?:办公室|办公厅)?|门户网站?|政府网站?|政务网|"
    r"官方网站|官网|网站|人民代表大会(?:常务委员会)?|政协|委员会|融媒体中心|新闻中心|宣传部|组织部|党委|党工委|"
    r"法院|检察院|的博客|的个人空间)"
    r"(?:门户网站|网站|官网)?"
    r"(?:\s*(?:https?://|www\.)\S*|\s+\S{4,30}?(?:主办|协办|承办))?$|"
    r"^\S{2,30}\s+(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)


# What a headline that ends on a body's name says happened, which no body's own name says:
# `某某区成立首个社区大党委`, `全市召开…委员会`.
_EVENT = re.compile(r"成立|召开|举行|举办|开展|启动|揭牌|当选|调研|视察|走访|慰问|看望|荣获|获评|首[个家批]")


def _banner(simple: str) -> bool:
    return _BANNER.match(simple) is not None and _EVENT.search(simple) is None


def is_banner(text: str) -> bool:
    """`达州市人民政府门户网站 www.dazhou.gov.cn`, `吉林省人民政府` → no title: the site's name; not
    `某某区成立首个社区大党委`, a headline ending on the body it is about."""
    return _banner(simplified(text))


# A column's or a page's name (`新闻中心`, `内容详情`, `即时新闻`), never an article's headline.
_COLUMN = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}(?:{_COLUMN_WORDS})$")
# A breadcrumb (`强国社区>> 新闻论坛`): a chain ending in a column's name, not in a headline.
_CRUMB_SPLIT = re.compile(r"\s*(?:>>?|»|›|＞|→)\s*")
_CRUMB_TITLE = 8  # CJK characters that make the last crumb an article's title, not a column's name
# A document number alone (`鹤政发〔2025〕4号`), and a widget's `label:value` (`当前报纸名称:南阳日报`,
# `国内统一刊号:CN62-0017`, `显示模式: 网格 列表`), an e-paper's page (`某某日报 2024年01月10日 第06版`,
# `A03版:要闻`), and counters (`阅读(0) 评论()`).
_DOC_NUMBER = re.compile(rf"^{_DOC_NO}$")
_WIDGET = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:名称|刊号|版面|版次|期号|栏目|频道|位置)\s*[:：]|"
    r"^(?:显示|浏览|排列|视图)(?:模式|方式)\s*[:：]|"  # a list's view switch: `显示模式: 网格 列表`
    r"(?<![【\[])第\s*[A-Z]?\d{1,3}\s*版(?!权)|(?<![\u4e00-\u9fff])[A-Z]?\d{1,3}\s*版\s*[:：]|"
    r"(?:阅读|浏览|点击|评论)(?:次数|量|数)?\s*(?:[:：]\s*\d+|[(（]\s*\d*\s*[)）])"
)


# A form's labels (`检索: 帐户 密码`, a login box: a label with its colon, then short ones), and a
# profile card's field whose value was a picture (`身份等级 | |||`: a label over empty cells).
_FORM = re.compile(
    r"^[\u4e00-\u9fff]{2,4}\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$|^[^|｜]{2,8}(?:\s*[|｜])+\s*$"
)


# A news outlet's name alone (`某某日报`, `某某新闻网`): a source beside the dateline, never a headline.
_OUTLET = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|时报|商报|周报|新闻网|电视台|广播电台)$")


# A blog's or a forum's own labels, in English (`Categories: 未分類`, `Tags: …`, `Posted in …`).
_LATIN_LABEL = re.compile(
    r"^(?:(?:categor(?:y|ies)|tags?|archives?|views?|comments?)\s*[:：]|(?:posted\s+(?:in|on|by)|filed\s+under)\s)",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
# Column names in a row (`節目內容     欄目介紹     主創人員`, `地方 地方焦點`): short items, none a headline.
_MENU_ITEM = 4
_MENU_GAP = re.compile(r"\s{3,}")


_BAR = re.compile(r"\s*[|｜]\s*")
_BAR_ITEMS = 3  # short items parted by bars that make a bar of links


def _menu_row(simple: str) -> bool:
    """Two short items side by side, one opening the other (a column and its sub-column), or three
    or more set apart by wide gaps; or columns' names parted by bars (`人民网首页|上海频道首页`), or
    three or more short items so parted (`24h购物| | PChome| 登入`)."""
    bars = [p for p in _BAR.split(simple.strip()) if p]
    if len(bars) >= 2 and all(_COLUMN.match(p) for p in bars):
        return True
    if len(bars) >= _BAR_ITEMS and all(len(p) <= _MENU_ITEM * 2 for p in bars):
        return True  # a site's top bar: `24h购物| | PChome| 登入`
    items = simple.split()
    if len(items) < 2 or any(cjk_count(i) != len(i) or len(i) > _MENU_ITEM * 2 for i in items):
        return False
    if len(items) == 2:
        return items[1].startswith(items[0]) and len(items[0]) <= _MENU_ITEM
    return len(_MENU_GAP.findall(simple.strip())) >= 2 and all(len(i) <= _MENU_ITEM for i in items)


@functools.lru_cache(maxsize=_SEEN_TITLES)
def not_title(text: str) -> str | None:
    """Why a short, title-shaped line is still no title: `banner`, `outlet`, `column`, `crumb`, `number`,
    `table` (a disclosure table's row), `widget` (also a form's labels, a card's empty field), `link`
    (a line with an address in it), `contact` (`客服QQ：… 工作时间：…`), `menu`, `date` (a date alone),
    `label` (`信息来源: 某办公室`), `caption` (`▲某某老师`): the cleaner's output, cleaned again, reads
    these as the page's metadata or furniture."""
    kind = _furniture(text)
    if kind is not None:
        return kind
    if lone_date(text):
        return "date"
    if read_fields(text):
        return "label"
    if CAPTION_MARK.match(text):
        return "caption"
    return None


@functools.lru_cache(maxsize=_SEEN_TITLES)
def _furniture(text: str) -> str | None:
    """`not_title`'s kinds up to `menu`: those a page's labels and numbers are (`_PAGE_LABELS`,
    `number`), told without reading the line as a date or fields, which costs more on a long line."""
    simple = simplified(text)
    if _banner(simple):
        return "banner"
    if _OUTLET.match(simple):
        return "outlet"
    if len(simple) <= 6 and _COLUMN.match(simple):
        return "column"
    parts = _CRUMB_SPLIT.split(simple.strip())
    if len(parts) >= 2 and cjk_count(parts[-1]) < _CRUMB_TITLE:
        return "crumb"
    if _DOC_NUMBER.match(simple):
        return "number"
    if is_table_row(text):
        return "table"
    if _WIDGET.search(simple) or _LATIN_LABEL.match(simple) or _FORM.match(simple):
        return "widget"
    if _LINK.search(simple):
        return "link"
    if contact(simple) >= EDGE:  # a site's phone, mail or address: its head and foot set it again
        return "contact"
    if _menu_row(simple):
        return "menu"
    return None


@functools.lru_cache(maxsize=_SEEN_TITLES)
def is_title_like(text: str) -> bool:
    """`"“品质机关”提升通川品质"` → True: could be a page title (short, not a sentence, not a dash line).

    A line that announces the next (`国家公务员网 地方站:`, a kicker `社区小细胞让城市幸福升温——`) is not,
    nor one that runs on to it (`除了自己的无知,`).
    """
    text = _PRINT_INDENT.sub("", text)
    return (
        4 <= len(text) <= MAX_TITLE
        and _words(text) >= 3
        and (is_headline(text) or not is_prose(text))
        and not DASH_LED.match(text)
        and not text.endswith((":", "：", "—", "－", ",", "，", "、"))
        and not_title(text) is None
    )


# A forum's print view sets every line of its head after `--  ` (`--  作者:…`, `--  ★[转帖]…`): an
# indent, not a subtitle's dash.
_PRINT_INDENT = re.compile(r"^-{2,}\s{2,}(?=\S)")


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.]+")


def _words(text: str) -> int:
    """Characters of CJK, and Latin words beside at least two of them: `shell 基礎` says three things."""
    cjk = cjk_count(text)
    return cjk + len(_LATIN_WORD.findall(text)) if cjk >= 2 else cjk


_KICKER = 6  # a title-like line this short right above a longer one is its kicker or column (`二十大时光`)


def _past_kicker(
    texts: Sequence[str], verdicts: Sequence[str | None], candidates: Sequence[int], at: int
) -> int:
    """The candidate after `at` when `at` is a short kicker standing right above it (lines that other
    rules took between them do not count)."""
    later = [i for i in candidates if i > at]
    if not later or cjk_count(texts[at]) > _KICKER or cjk_count(texts[later[0]]) <= cjk_count(texts[at]):
        return at
    return later[0] if _adjacent(texts, verdicts, at, later[0]) else at


def _adjacent(texts: Sequence[str], verdicts: Sequence[str | None], at: int, below: int) -> bool:
    """Nothing but empty lines and lines other rules took stands between `at` and `below`: the same
    with those lines as without them, so the cleaner gives the same on its own output."""
    return all(not texts[i] or verdicts[i] is not None for i in range(at + 1, below))


# A tag that `trim_title` keeps (`【独家】`, `【第3版教程】`): the headline's own.
_OWN_TAG = re.compile(r"[【\[][^【】\[\]]{1,12}[】\]]")


def _repeated(
    texts: Sequence[str], verdicts: Sequence[str | None], candidates: Sequence[int], at: int, reach: int
) -> int:
    """A headline the page repeats wins over a portal's title or a lede.

    `保定腰山镇人民政府关于…的通告` over `腰山镇人民政府关于…的通告` → the second, the article's own; a lede
    line (`5月11日，全市…会召开`) gives way to a line above it that the page writes twice.
    """
    keys = [spaceless(t) for t in texts[:reach]]
    chosen = keys[at]
    later = [i for i in candidates if i > at]
    if later and _listed_under_kicker(texts, verdicts, keys, at, later[0]):
        return later[0]
    said = {chosen, spaceless(trim_title(texts[at])[0])}  # as the page sets it, and as the output does
    for i in range(at + 1, reach):
        if len(keys[i]) < _KICKER or keys[i] in said or not any(k.endswith(keys[i]) for k in said):
            continue
        above = next((keys[j] for j in reversed(range(at + 1, i)) if keys[j]), "")
        if above and any(k.endswith(above + keys[i]) for k in said):  # the same title set on two lines
            continue
        if _OWN_TAG.fullmatch(chosen[: -len(keys[i])]) and _OWN_TAG.match(trim_title(texts[at])[0]):
            continue  # `【第3版教程】第40章…` over `第40章…`: the series' tag is the headline's own
        # `春耕备播进展顺利 夏季粮油丰收有基础` over the text, `夏季粮油丰收有基础` in it: its own clause;
        # right under the title or its subtitle (`某县新闻网 某县召开…会|` / `某县召开…会`), or under the
        # title's copies (the output sets one), the headline
        between = (j for j in range(at + 1, i) if verdicts[j] is None and texts[j] and keys[j] not in said)
        if keys[i] in _tail_clauses(texts[at]) and any(not DASH_LED.match(texts[j]) for j in between):
            continue
        if verdicts[i] is None and is_title_like(texts[i]):
            return i
    if not SENTENCE_PUNCT.search(texts[at]) or keys.count(chosen) > 1:
        return at
    again = [i for i in candidates if i < at and len(keys[i]) >= _KICKER and keys.count(keys[i]) > 1]
    twice = next((i for i in again if not SENTENCE_PUNCT.search(texts[i])), at)
    # the line written twice, as the output sets it first: a repeat of its closing words under it wins
    return at if twice == at else _repeated(texts, verdicts, candidates, twice, reach)


_CLAUSE_GAP = re.compile(r"[\s|｜]+")


def _tail_clauses(text: str) -> set[str]:
    """The headline's closing clauses, as a space or a bar sets them apart: a portal's name glued to
    the article's own title is no clause of it."""
    parts = [p for p in _CLAUSE_GAP.split(text.strip()) if p]
    return {"".join(parts[k:]) for k in range(1, len(parts))}


def _listed_under_kicker(
    texts: Sequence[str], verdicts: Sequence[str | None], keys: Sequence[str], at: int, below: int
) -> bool:
    """`二七区 建中街街道` over `聚力文化建设 提升社区治理服务水平`, which the e-paper's list of the page's
    stories above names: the line the page lists is the headline, the longer line under the kicker
    it does not list."""
    return (
        below < len(keys)
        and keys[at] not in keys[:at]
        and keys[below] in keys[:at]
        and len(keys[below]) > len(keys[at])
        and _adjacent(texts, verdicts, at, below)
    )


_REACH = 3  # lines from the text's start a repeat of the headline may stand at (the headline kept as text)
_PAGE_LABELS = frozenset({"column", "crumb", "widget", "menu"})


def _blocked(texts: Sequence[str], verdicts: Sequence[str | None], at: int, meta_at: int) -> bool:
    """A page's own label stands between the line at `at` and the dateline below it (`内容详情`)."""
    between = range(at + 1, meta_at)
    return any(texts[i] and verdicts[i] is None and _furniture(texts[i]) in _PAGE_LABELS for i in between)


def _under_dateline(
    texts: Sequence[str], verdicts: Sequence[str | None], candidates: Sequence[int], meta_at: int
) -> int | None:
    """The title-like line right below the dateline (with only metadata, chrome and the page's labels
    between: a card's empty field, `身份等级 | |||`)."""
    for i in range(meta_at + 1, len(texts)):
        if i in candidates:
            return i
        if texts[i] and verdicts[i] is None and _furniture(texts[i]) not in _PAGE_LABELS:
            return None
    return None


def _over_byline(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> bool:
    """The next line with words below `at` is a byline (and `at` opens no story: `新华社…电`)."""
    if DATELINE.match(texts[at]):
        return False
    below = next((i for i in range(at + 1, len(texts)) if texts[i]), None)
    return below is not None and verdicts[below] == BYLINE.name


def choose_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`“品质机关”提升通川品质` just above `发布时间:…` → title.

    Without a dateline, the title-like line over one a few lines into the text (promotions above
    an aggregator's article), else the first title-like line below the head's chrome; a headline the
    page repeats wins over other lines, and a kicker gives way to the headline under it.
    """
    head = range(min(first, len(texts)))
    candidates = [i for i in head if verdicts[i] is None and is_title_like(texts[i])]
    # a disclosure table's rows are no dateline, though one gives the date (`发文机关… 发布日期2025-08-12`)
    meta_at = next(
        (
            i
            for i in head
            if (verdicts[i] or "").startswith("metadata.")
            and verdicts[i] != TABLE.name
            and not is_table_row(texts[i])
        ),
        None,
    )
    # Metadata with no title-like line in the head (`编辑：张三` alone) places no title; the output,
    # without it, would read the title over a dateline a few lines into the text.
    late = _over_late_dateline(texts, verdicts, first) if meta_at is None or not candidates else None
    if late is not None:
        # as the output reads it, set first (the dateline gone): a repeat of its closing words under it
        # is the headline, and so is a headline over its subtitle (the title their kicker)
        late = _repeated(texts, verdicts, (), late, lines_reach(texts, late + 1, _REACH))
        return _over_subtitle(texts, verdicts, _title_under(texts, verdicts, late), late)
    if not candidates:
        return None
    above = [i for i in candidates if meta_at is not None and i < meta_at]
    under = None if meta_at is None else _under_dateline(texts, verdicts, candidates, meta_at)
    if under is not None and _over_byline(texts, verdicts, under):
        at = under  # `2022/07/13`, the headline, `記者陳風益/雲林報導`: the dateline set above the title
    elif above and meta_at is not None and not _blocked(texts, verdicts, above[-1], meta_at):
        at = above[-1]
        # a document's kind spaced letter by letter under its title (`政 府 工 作 报 告`): the title's label
        if (
            len(above) > 1
            and heading_kind(texts[at]) == "spaced"
            and _adjacent(texts, verdicts, above[-2], at)
        ):
            at = above[-2]
    elif meta_at is not None and (under := _under_dateline(texts, verdicts, candidates, meta_at)) is not None:
        at = _past_kicker(texts, verdicts, candidates, under)
    else:
        # Site names and slogans sit above the page's chrome; the title comes after it (a numbered
        # heading there is the article's first section, not its title).
        # A tool bar (share buttons, a counter) stands under a title, not above one: no furniture of the head.
        chrome_at = max(
            (i for i in head if (verdicts[i] or "").startswith("chrome.") and verdicts[i] not in _TOOL_BAR),
            default=-1,
        )
        below = [i for i in candidates if i > chrome_at and heading_kind(texts[i]) in (None, "plain")]
        at = (below if chrome_at >= 0 and below else candidates)[0]
    reach = lines_reach(texts, first, _REACH)
    at = _split_head(texts, verdicts, _repeated(texts, verdicts, candidates, at, reach))
    at = _restated(texts, verdicts, at, first)
    # the line under it may be a headline over its subtitle though the text seemed to start there: the
    # output, the dateline between them gone, reads the title as their kicker
    headline = _over_subtitle(texts, verdicts, sorted({*candidates, *_title_under(texts, verdicts, at)}), at)
    if headline == at:
        return at
    # the headline under a kicker, as the output reads it first (the kicker gone): its repeat wins too
    return _restated(texts, verdicts, _repeated(texts, verdicts, candidates, headline, reach), first)


def _is_dated(text: str, verdict: str | None) -> bool:
    """A date alone, or a dateline, that the metadata reads after the title is placed (a news list's
    row, `2012-04-10 文明清风谱华章`, reads as a title: no dateline)."""
    return (
        bool(text)
        and (lone_date(text) is not None or _opens_dated(text, verdict))
        and not is_title_like(text)
    )


def _title_under(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> list[int]:
    """The line right under `at` (lines other rules took, and dates the metadata takes later, between
    them), if it reads as a title."""
    below = next_open(texts, verdicts, at + 1, len(texts))
    while below is not None and _is_dated(texts[below], verdicts[below]):
        below = next_open(texts, verdicts, below + 1, len(texts))
    return [below] if below is not None and is_title_like(texts[below]) else []


def _restated(texts: Sequence[str], verdicts: Sequence[str | None], at: int, first: int) -> int:
    """The title's last repeat above the text: a page head that names the article (with links to
    others below it) over the article's own headline; the lines between them are the head's. A repeat
    of the title as trimmed counts (`X (2010-05-12 21:33:08)` over `X`): the output sets it so. A
    repeat must read as a title itself: the output's first line is chosen again."""
    keys = {spaceless(texts[at]), spaceless(trim_title(texts[at])[0])}
    again = [
        i
        for i in range(at + 1, min(first, len(texts)))
        if verdicts[i] is None and spaceless(texts[i]) in keys and is_title_like(texts[i])
    ]
    return again[-1] if again else at


_TOOL_BAR = frozenset({SHARE.name, PAGE_COUNT.name})
_LATE = 6  # lines of text past the article's start that a dateline may stand at, its title over it
_DATELINES = frozenset({DATE.name, SOURCE.name, BYLINE.name})


def _opens_dated(text: str, verdict: str | None) -> bool:
    """`2017-11-08 20:21:54王軍偉甘泉等`, `2020-02-18 17:23  來源:…  作者:…`: a line that opens with a
    date, goes on past it and says no sentence is a dateline, whatever else it holds (a byline,
    counters, a source)."""
    if verdict not in (None, LINK_FARM.name) or is_prose(text):
        return False
    m = DATE_FORM.match(text := text.strip())
    # a date alone may sign a notice (under its issuer); a dateline goes on with its time's company,
    # or gives the time itself (`2020/2/22 20:12`: no signature is timed to the minute)
    timed = m is not None and m.group(4) is not None
    return m is not None and (m.end() < len(text) or timed) and read_date(m.group()) is not None


# Up to three people's names and nothing else (`翁佳美`, `张三 李四`): a byline without its label.
_NAMES_ALONE = re.compile(rf"^{PERSON_NAME}(?:[\s、,，]{{1,2}}{PERSON_NAME}){{0,2}}$")


def _over_late_dateline(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """The title-like line right over a dateline or byline that stands a few lines into the text (a
    list of keywords above the title reads as prose, and so as the text's start). A dateline with no
    title over it (a source's line under a lede) gives way to the next one: the output, without the
    lines other rules took, reads that one."""
    seen: set[str] = set()
    copies: Sequence[str | None] | None = None
    for m in range(max(first, 0), len(texts)):
        if verdicts[m] in _DATELINES or _opens_dated(texts[m], verdicts[m]):
            if not any(verdicts[k] is None and is_prose(texts[k]) for k in range(m + 1, len(texts))):
                return None  # a signature: the text goes on below a byline, not below a signature
            # paragraphs shown again between it and its title are not on the output (`chrome.repeats`)
            copies = repeats(texts, verdicts, None, first) if copies is None else copies
            if (over := _title_over(texts, copies, first, m)) is not None:
                return over if over >= 0 else None
        # lines other rules took are not on the output; a line set again counts once (`chrome.repeats`
        # takes some copies, and the output, with fewer, must reach the same dateline)
        if texts[m] and verdicts[m] is None:
            seen.add(spaceless(texts[m]))
        if len(seen) > _LATE:
            return None
    return None


def _title_over(texts: Sequence[str], verdicts: Sequence[str | None], first: int, at: int) -> int | None:
    """The title over the dateline at `at`; -1 for a disclosure table's row there (no title at all),
    None for none."""
    for i in reversed(range(max(first, 0), at)):
        if texts[i] and verdicts[i] is None and is_table_row(texts[i]):
            return -1  # a disclosure table's row, perhaps the title's own (`标 题 …`)
        if not texts[i] or verdicts[i] is not None or not_title(texts[i]) or read_fields(texts[i]):
            continue  # chrome, metadata and the page's labels between them
        if _NAMES_ALONE.match(simplified(texts[i])):
            continue  # the writer's name on a line of its own over the dateline: a bare byline
        return i if _usable(texts[i]) and heading_kind(texts[i]) in (None, "plain") else None
    return None


def _over_subtitle(
    texts: Sequence[str], verdicts: Sequence[str | None], candidates: Sequence[int], at: int
) -> int:
    """`安全第一 预防为主` over `全市…会议召开` over `——我市扎实推进…`: the line over the subtitle is
    the headline, the one above it its kicker (a date between them is the metadata's, not the text's)."""
    below = [i for i in candidates if i > at]
    if not below:
        return at
    # adjacent, as `_adjacent` has it, with the dates between them taken too
    between = range(at + 1, below[0])
    if any(texts[i] and verdicts[i] is None and not _is_dated(texts[i], None) for i in between):
        return at
    if cjk_count(texts[below[0]]) < cjk_count(texts[at]):
        return at  # a kicker says less than its headline
    j = next_open(texts, verdicts, below[0] + 1, len(texts))
    if j is not None and _adjacent(texts, verdicts, below[0], j) and is_subtitle(texts[j]):
        return below[0]
    return at


# A notice's title set on two lines: `…人民政府印发` over `关于…的通知`.
_OPEN_END = re.compile(r"(?:印发|转发|批转|颁发|关于)$")
_NOTICE_END = re.compile(
    r"(?:通知|通告|公告|意见|决定|办法|规定|方案|批复|报告|请示|函|细则|规则|条例|纪要|决议|公报|要点|计划|规划|制度)$"
)


_RUN_ON = (
    3  # lines an official title may be set on (`全国人民代表大会常务委员会` / `关于批准…及` / `调整…的决议`)
)
# An issuer's name on a line of its own right above `关于…`: a body, never a sentence.
_ISSUER = re.compile(
    r"^[\u4e00-\u9fff\s]{2,30}(?:人民政府|委员会|办公厅|办公室|人民代表大会|政协|党委|院|部|局|厅|委)$"
)


def _whole(
    texts: Sequence[str], verdicts: Sequence[str | None], at: int, first: int
) -> tuple[list[int], str]:
    """The title at `at` with the lines it runs on to: `…人民政府印发` over `关于…的通知`, `国务院关于推动…
    发展` over `奋力书写…的意见` (a `关于` title ends on its kind of document), and the issuer's name
    set on its own line above a title that opens with `关于`. Returns the lines, top to bottom."""
    lines, title = [at], texts[at]
    while len(lines) < _RUN_ON and not _NOTICE_END.search(simplified(title)):
        opened = _OPEN_END.search(simplified(title))
        if not opened and "关于" not in simplified(title):
            break
        j = next_open(texts, verdicts, lines[-1] + 1, first)
        if j is None or not _adjacent(texts, verdicts, lines[-1], j) or SENTENCE_PUNCT.search(texts[j]):
            break
        if len(title) + len(texts[j]) > MAX_TITLE or (not opened and "关于" in simplified(texts[j])):
            break
        lines, title = [*lines, j], title + texts[j]
    if not _NOTICE_END.search(simplified(title)):
        lines, title = [at], texts[at]
    above = next((i for i in reversed(range(at)) if texts[i]), None)
    if (
        above is not None
        and simplified(title).startswith("关于")
        and (verdicts[above] or "chrome.").startswith("chrome.")
        and _ISSUER.match(simplified(texts[above].strip()))
    ):
        lines, title = [above, *lines], texts[above].strip() + title
    return lines, title


def _runs_on(text: str) -> bool:
    """`例稿名称：…公告 发文日期：… 主旨：…`: a row of a document's fields that goes on past its title is
    the document's text, not its head."""
    m = _TITLE_LABEL.match(simplified(text))
    return m is not None and m.end() < len(text.rstrip())


_BARE_TITLE_LABEL = re.compile(r"^标\s*题\s*[:：]?$")


def _under_bare_label(texts: Sequence[str], verdicts: Sequence[str | None], i: int) -> int | None:
    """A thread's head set as label over value (`作者 张三`, `标题`, then `[技术] 某某设定的解释`): the
    line right under a bare `标题` is the title."""
    if not _BARE_TITLE_LABEL.match(simplified(texts[i])):
        return None
    j = next_open(texts, verdicts, i + 1, len(texts))
    return j if j is not None and _adjacent(texts, verdicts, i, j) and _usable(texts[j]) else None


def given_line(
    texts: Sequence[str], verdicts: Sequence[str | None], given: str | None
) -> tuple[int, str] | None:
    """The line that says the markup's headline (alone, or with marks `trim_title` cuts): the first one
    no rule took, else the first a chrome rule took (a portal's header), a line that says it alone
    before one that says it with the site's name (the page's <title>, first in its text); None when no
    line says it."""
    key = spaceless(given or "")
    if len(key) < _KICKER:
        return None
    said = [
        (verdicts[i] is not None, key != spaceless(t), i)  # untaken first, then the line that says it alone
        for i, t in enumerate(texts)
        if (verdicts[i] or "chrome.").startswith("chrome.")
        and key in (spaceless(t), spaceless(trim_title(t)[0]))
    ]
    return (min(said)[2], texts[min(said)[2]]) if said else None


def pick_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> tuple[int, str] | None:
    """The title's line and text (see `_pick_title`), read as the output reads it (`_heading_output`)."""
    picked = _pick_title(texts, verdicts, first)
    if picked is None or picked[0] < first or picked[1] != texts[picked[0]]:
        return picked
    at = _heading_output(texts, verdicts, picked[0])
    return picked if at == picked[0] else (at, texts[at])


def _heading_output(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> int:
    """A title found at or below where the text seemed to start opens the cleaner's output, the lines
    above it gone, over the head down to where the output's text starts: there it must say what its
    text says as on the output, or give way to the head's line that does (`0一一一` over `一一…` over
    `小明同学`, the text naming 小明同学)."""
    out = list(verdicts)
    _, start = head_below_title(texts, out, at)
    view = ["" if i < at else t for i, t in enumerate(texts)]
    seen = [None if i < at else v for i, v in enumerate(out)]
    return _about_the_text(view, seen, at, start)


def _pick_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> tuple[int, str] | None:
    """The title's line and text: a labelled `名称：…` row, else `choose_title`, else an SEO keyword.

    `機關單位團建(機關單位團建活動經費)` gives `機關單位團建` when the head offers nothing better.
    """
    head = range(min(first, len(texts)))
    for i in range(min(first + 1, len(texts))):  # a document's field row may open the text itself
        m = _TITLE_LABEL.match(simplified(texts[i])) if verdicts[i] in (None, TABLE.name) else None
        if m and _usable(value := texts[i][m.start("v") : m.end("v")].strip()):
            # the row's value ending in a line the page sets again below it: that line, as any title
            line = _repeated(texts, verdicts, (), i, lines_reach(texts, first, _REACH))
            if line == i or spaceless(texts[line]) == spaceless(value):
                # the value as the output sets it, a kicker over a headline and its subtitle (`——…`)
                below = range(i + 1, min(first, len(texts)))
                titles = [k for k in below if verdicts[k] is None and is_title_like(texts[k])]
                line = _over_subtitle([*texts[:i], value, *texts[i + 1 :]], verdicts, titles, i)
            if line == i:  # a value that says nothing of the text gives way, as on the output
                line = _about_the_text([*texts[:i], value, *texts[i + 1 :]], verdicts, i, first)
            return (i, value) if line == i else (line, texts[line])
        if verdicts[i] in (None, TABLE.name) and (j := _under_bare_label(texts, verdicts, i)) is not None:
            return j, texts[j]
    if named := named_by_page_title(texts, verdicts, first) or over_copy_link(texts, verdicts, first):
        return named
    at = choose_title(texts, verdicts, first)
    at = None if at is None else _issuing_notice(texts, verdicts, _about_the_text(texts, verdicts, at, first))
    crumb = max((i for i in head if verdicts[i] == BREADCRUMB.name), default=None)
    if crumb is not None and (at is None or at < crumb) and (last := crumb_title(texts[crumb])):
        return crumb, last
    if at is not None:
        return at, texts[at]
    for i in head:
        key = seo_headline(texts[i]) if verdicts[i] == SEO_TITLE.name else None
        if key and _usable(key):
            return i, key
    if (original := _original_title(texts, verdicts, first)) is not None:
        return original
    # No title above the text: one that opens it, a forum post's, a menu-short one under the dateline,
    # or one the head writes twice.
    for fallback in _FALLBACKS:
        if (found := fallback(texts, verdicts, first)) is not None:
            return found, texts[found]
    return _menu_shaped(texts, verdicts, first)


# A notice that issues a document: `关于印发《某某县…实施方案》的通知`.
_ISSUES = re.compile(
    r"^[^《》]{0,30}?(?:印发|转发|颁发|发布|批转)\s*《(?P<w>[^《》]{4,})》[^《》]{0,12}?(?:的)?(?:通知|通告|决定|公告)$"
)
_SAME_WORK = 0.7  # shares of the work's word pairs that make two namings of it one document


def _issuing_notice(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> int:
    """`《某某县…实施方案》` (the page's title naming the document), its number, then `关于印发《某某县关于
    …实施方案》的通知`: the notice that issues the document opens the text, and its title is the
    headline (the document's own title stands further down, over its text)."""
    work = _cjk(simplified(trim_title(texts[at])[0]))
    for k in range(at + 1, min(at + 4, len(texts))):
        if not texts[k] or verdicts[k] is not None:
            continue
        m = _ISSUES.match(simplified(texts[k]))
        if m and len(work) >= _KICKER and _share(m.group("w"), work) >= _SAME_WORK and _usable(texts[k]):
            return k
        # only the document's number stands between them (read as furniture only when it may be one)
        if not _DOC_NUMBER.match(simplified(texts[k])) or _furniture(texts[k]) != "number":
            return at
    return at


_ORIGINAL_LABEL = re.compile(r"^[【\[]?原标?题[】\]]?\s*[:：]\s*")


def _original_title(
    texts: Sequence[str], verdicts: Sequence[str | None], first: int
) -> tuple[int, str] | None:
    """A repost with no title of its own over the text (`来源:…`, a time, `原标题:X`, the byline): the
    headline it gives as the original's, X."""
    for i in range(min(first, len(texts))):
        if verdicts[i] == ORIGINAL_TITLE.name and (m := _ORIGINAL_LABEL.match(simplified(texts[i]))):
            value = texts[i][m.end() :].strip()
            return (i, value) if _usable(value) else None
    return None


# A quotation and who said it, set above a blog's post: `梦想破碎是没有声音的。 by 苏更生`, `…。——苏格拉底`.
_EPIGRAPH = re.compile(r"[。！？!?…”」]\s*(?:by\s+\S.{0,20}|[—－-]{1,2}\s*[^\s—－-].{0,15})$", re.IGNORECASE)


def _at_text_start(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """With no title above the text, the title that opens it: under an epigraph, or where the page
    sets its head twice (`X ——Y` over `X` over `——Y`: the headline is `X`)."""
    k = next_open(texts, verdicts, max(first, 0), len(texts))
    a = None if k is None else next_open(texts, verdicts, k + 1, len(texts))
    if k is None or a is None or not _adjacent(texts, verdicts, k, a) or not _usable(texts[a]):
        return None
    if heading_kind(texts[a]) not in (None, "plain"):
        return None
    if _EPIGRAPH.search(texts[k]) and SENTENCE_PUNCT.search(texts[k]):
        # a post's title under it; a line alone under it is the output's only line, a title unless prose
        alone = next_open(texts, verdicts, a + 1, len(texts)) is None
        return a if not alone or not is_prose(texts[a]) else None
    return a if _split_head(texts, verdicts, k) == a else None


def _under_blurb(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """With no title above the text, a title-like line right under the text's first paragraph, over
    more text, when the page's furniture stands around that paragraph: a site's or a topic's blurb
    set above the story (`人民网上海频道…撷取一批…样本予以呈现` over `上海:“美好社区 先锋行动”探索…新路`).
    A paragraph that opens the page alone is the text's own: no title is made up under it."""
    k = next_open(texts, verdicts, max(first, 0), len(texts))
    a = None if k is None else next_open(texts, verdicts, k + 1, len(texts))
    b = None if a is None else next_open(texts, verdicts, a + 1, len(texts))
    if k is None or a is None or b is None or not is_prose(texts[k]) or not is_prose(texts[b]):
        return None
    if not _adjacent(texts, verdicts, k, a):
        return None
    if not any(texts[i] for i in range(a) if i != k):  # nothing but the paragraph above the line
        return None
    return a if _usable(texts[a]) and heading_kind(texts[a]) in (None, "plain") else None


_TAGGED = re.compile(r"^(?:[\[【][^\[\]【】]{1,6}[\]】]\s*)+[^\s\[【]")  # `[交流] 【求助】反应动力学求解`


def _tagged_post_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """With no title above the text, a forum post's tagged title (`[交流] 【求助】…`) among the text's
    first lines, under the poster's name and rank, right above the post."""
    seen: set[str] = set()  # a line set again counts once, as in `_over_late_dateline`
    for i in range(max(first, 0), len(texts)):
        if not texts[i] or verdicts[i] is not None:
            continue
        seen.add(spaceless(texts[i]))
        if len(seen) > _LATE:
            return None
        if _TAGGED.match(texts[i]) and _usable(texts[i]):
            below = next_open(texts, verdicts, i + 1, len(texts))
            return i if below is not None and is_prose(texts[below]) else None
    return None


def _menu_item_under_dateline(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`2017年08月05日 15:51` over `废弃野塘`, `钓鱼之家`, `翘嘴` (title, category, tag, all short enough
    for a menu) over a text about 一个废弃的野塘: the line right below the dateline is the title when
    the text's start says its words. With no dateline, the page's first line: where the cleaner's
    output sets the title it chose so, the dateline gone."""
    meta_at = next(
        (i for i in range(min(first, len(texts))) if (verdicts[i] or "").startswith("metadata.")), -1
    )
    below = next((i for i in range(meta_at + 1, first) if texts[i]), None)
    if below is None or verdicts[below] not in _MENU_RULES or not is_title_like(texts[below]):
        return None
    sample = _opening(texts, verdicts, first)
    return below if len(sample) >= _MIN_SAMPLE and _share(texts[below], sample) >= _ON_TEXT else None


_SHORT_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _short_over_dateline(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`过年` over `• 2018-02-25` over a text about 过年: a blog post's title of two or three characters,
    too short to read as one anywhere else, is the page's first line right over its dateline (or
    over the text) when the text's start says it: the first line no chrome rule took, under the
    chrome (a breadcrumb) the output drops."""
    opened = (verdicts[i] is None or verdicts[i] in _MENU_RULES for i in range(min(first, len(texts))))
    top = next((i for i, ok in enumerate(opened) if ok and texts[i]), None)
    if top is None or any((v or "").startswith("metadata.") for v in verdicts[:top]):
        return None
    below = next((i for i in range(top + 1, len(texts)) if texts[i]), None)
    if below is None or (verdicts[below] != DATE.name and below != first):
        return None  # with no dateline, right over the text: where the cleaner's output sets it
    if not _SHORT_TITLE.match(texts[top]) or not_title(texts[top]) is not None:
        return None
    # The line set again alone is no saying of it: taken for the title's repeat, it would be gone from
    # the output, and the title with it on a second reading.
    said = [
        t
        for t, v in zip(texts[first:], verdicts[first:], strict=False)
        if t and v is None and t != texts[top]
    ]
    # nor is a name closing the last paragraph, which the metadata splits off (`…示范。 关于我`)
    if said and (split := trailing_byline(said[-1])):
        said[-1] = split[0]
    sample = _cjk(" ".join(said)[:_SAMPLE])
    return top if len(sample) >= _MIN_SAMPLE and texts[top] in sample else None


def _split_head(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> int:
    """`X ——Y` over `X` over `——Y`: the page sets its head once more on two lines; the first is the
    headline (the line at `at` is their repeat)."""
    a = next_open(texts, verdicts, at + 1, len(texts))
    b = None if a is None else next_open(texts, verdicts, a + 1, len(texts))
    if (
        a is None
        or b is None
        or not _adjacent(texts, verdicts, at, a)
        or not _adjacent(texts, verdicts, a, b)
    ):
        return at
    split = spaceless(texts[at]) == spaceless(texts[a]) + spaceless(texts[b]) and is_subtitle(texts[b])
    return a if split and _usable(texts[a]) else at


_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")  # pinyin glued after a character: 國(guó)
_SAMPLE = 600  # characters of the text's start a headline's words are looked for in
_OFF_TEXT, _ON_TEXT = 0.15, 0.4  # shares of a title's word pairs: an injection's, a headline's


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_MIN_SAMPLE = 80  # CJK characters of text below which a title's words decide nothing


def _cjk(text: str) -> str:
    return _NOT_CJK.sub("", _GLOSS.sub("", text) if "(" in text else text)


def _opening(
    texts: Sequence[str], verdicts: Sequence[str | None], first: int, leave_out: str | None = None
) -> str:
    """The text's words a head line is weighed against: its open lines from `first` on, the first
    `_SAMPLE` characters of them, CJK only; with `leave_out`, without the lines of that key (a line's
    copies)."""
    said = (
        t
        for t, v in zip(texts[first:], verdicts[first:], strict=False)
        if t and v is None and (leave_out is None or spaceless(t) != leave_out)
    )
    return _cjk(" ".join(said)[:_SAMPLE])


def _share(title: str, sample: str) -> float:
    """The share of the title's character pairs that the sample holds (a substring search each: a
    title has a few dozen, cheaper than the sample's pairs)."""
    t = _cjk(title)
    pairs = {t[i : i + 2] for i in range(len(t) - 1)}
    return sum(p in sample for p in pairs) / len(pairs) if pairs else 1.0


def _about_the_text(texts: Sequence[str], verdicts: Sequence[str | None], at: int, first: int) -> int:
    """A headline says what its text says. `中国开云官网注册网址是什么` (a gambling site's injection)
    over a text about 国家发展改革委's news conference gives way to the head's line that does
    (`国家发展改革委召开4月份线上新闻发布会`), above the dateline if there is one."""
    body, size, key = [], 0, spaceless(texts[at])
    for t, v in zip(texts[first:], verdicts[first:], strict=False):
        if size >= _SAMPLE:
            break
        # the title's copy in the text is no text (`chrome.repeat`)
        if t and v is None and spaceless(t) != key:
            body.append(t)
            size += len(t)
    sample = _cjk("".join(body)[:_SAMPLE])
    if len(sample) < _MIN_SAMPLE or _share(texts[at], sample) >= _OFF_TEXT:
        return at
    head = range(min(first, len(texts)))
    # Under a dateline the head's lines are the text's own (a programme's first story), not its title;
    # so are those under the page's first line with no chrome between: the cleaner's output sets the
    # title it chose there, over the lines that stood under its dateline.
    meta_at = next((i for i in head if (verdicts[i] or "").startswith("metadata.")), len(texts))
    opens = not any(texts[:at])
    fits = [
        i
        for i in head
        if i != at
        and i < meta_at
        and not (opens and i > at and not any((v or "").startswith("chrome.") for v in verdicts[at + 1 : i]))
        and (verdicts[i] or "chrome.").startswith("chrome.")
        and _worded(_GLOSS.sub("", texts[i]))
        and _share(texts[i], _without(body, texts[i], sample)) >= _ON_TEXT
    ]
    if fits:  # the line chosen for its words, as any title, is the one it is set again as above the text
        # (its closing words set again under it, too: the output reads them as the headline)
        again = _repeated(texts, verdicts, (), fits[-1], lines_reach(texts, first, _REACH))
        return _restated(texts, verdicts, again, first)
    for other in (_wire_title, _written_twice):
        if (named := other(texts, verdicts, first, sample)) is not None and named != at:
            return named
    return _over_the_text(texts, verdicts, at)


def _without(body: Sequence[str], line: str, sample: str) -> str:
    """The sample of the text's words without the line's copies in it: a copy is no saying of a line
    (`chrome.repeats` takes it, and the output has none)."""
    key = spaceless(line)
    if all(spaceless(t) != key for t in body):
        return sample
    return _cjk("".join(t for t in body if spaceless(t) != key)[:_SAMPLE])


def _twice_in_head(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """With no other title, the head's line written twice that says something of the text."""
    sample = _opening(texts, verdicts, first)
    return _written_twice(texts, verdicts, first, sample) if len(sample) >= _MIN_SAMPLE else None


def _written_twice(
    texts: Sequence[str], verdicts: Sequence[str | None], first: int, sample: str
) -> int | None:
    """The head's line the page writes twice (over a photo and over the text, or as the page's title
    and the article's) that says something of the text: the headline, whatever rule took it for
    chrome. Its last copy, the one over the text."""
    head = range(min(first, len(texts)))
    keys = [spaceless(texts[i]) if (verdicts[i] or "chrome.").startswith("chrome.") else "" for i in head]
    twice = [
        i
        for i in head
        if len(keys[i]) >= 4
        and keys.count(keys[i]) == 2
        and is_title_like(texts[i])
        and _share(texts[i], sample) >= (_ON_TEXT if line_verdicts(texts[i])[1] else _OFF_TEXT)
        and not _chrome_wherever(texts[i])
    ]
    return twice[-1] if twice else None


def _said_at_head(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """The page's first line, which a rule takes but is not sure of (`村微信群`, a share button's word),
    when the text says its words as of a headline's: where the cleaner's output sets a title a head
    rule took (one written twice, `_written_twice`), it is the title again."""
    top = next((i for i in range(min(first, len(texts))) if texts[i]), None)
    if top is None:
        return None
    if not (verdicts[top] or "").startswith("chrome.") or _chrome_wherever(texts[top]):
        return None
    if not is_title_like(texts[top]) or line_verdicts(texts[top])[1] != verdicts[top]:
        return None
    # its copy in the text is no saying of it: `chrome.repeats` takes it, and the output has none
    sample = _opening(texts, verdicts, first, leave_out=spaceless(texts[top]))
    return top if len(sample) >= _MIN_SAMPLE and _share(texts[top], sample) >= _ON_TEXT else None


def _worded(text: str) -> bool:
    """A head line whose words may make it the headline: one that reads as a title, or one a rule
    takes but is not sure of (`村微信群`), as `_written_twice` takes it."""
    return _usable(text) or (is_title_like(text) and not _chrome_wherever(text))


def _chrome_wherever(text: str) -> bool:
    """A foot's line by its own words (`主办单位：…`, `下载 相关 举报`), or a line a rule is certain of
    (`欢迎访问…网站！`), wherever it stands: on the output, alone at the head, it is chrome again.
    (`村微信群`, a share button's word in a headline, is neither.)"""
    rule = line_verdicts(text)[0]
    return rule is not None and (
        rule in TAIL_MARKERS or any(r.rule.name == rule and r(text) >= 1 for r in LINE_RULES)
    )


# A wire story's lead names its headline: `新华社广州5月22日电 题：文明乡风入心坎…`.
_WIRE_TITLE = re.compile(r"[电電]\s*[?？]?\s*题\s*[:：]\s*\S{4}")


def _wire_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int, sample: str) -> int | None:
    """A title that says nothing of the text (a spam host's injected line) gives way to the headline a
    wire dateline names (`…电 题：X`, in the head or among the text's first lines) when X says
    something of the text (a feature's headline is figurative: an injection's share will do)."""
    seen: set[str] = set()  # a line set again counts once, as in `_over_late_dateline`
    for i in range(len(texts)):
        if i >= first and texts[i] and verdicts[i] is None:
            seen.add(spaceless(texts[i]))
            if len(seen) > _LATE:
                return None
        if (
            texts[i]
            and verdicts[i] is None
            and DATELINE.match(simplified(texts[i]))
            and _WIRE_TITLE.search(simplified(texts[i]))
        ):
            title = trim_title(texts[i])[0]
            return i if title != texts[i] and _usable(title) and _share(title, sample) >= _OFF_TEXT else None
    return None


_FALLBACKS = (
    _at_text_start,
    _tagged_post_title,
    _menu_item_under_dateline,
    _short_over_dateline,
    _twice_in_head,
    _said_at_head,
    _under_blurb,
)
# A byline that gives the writer's posting before the name, `筻口镇 谭好`: a short line, no title.
_PLACED_NAME = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}\s+{PERSON_NAME}$")
_SENTENCE = 20  # characters of a sentence under an off-text title that starts the text
_OPENING = 4  # open lines under a title that says nothing of the text, among which the headline may stand


def _over_the_text(texts: Sequence[str], verdicts: Sequence[str | None], at: int) -> int:
    """A title that says nothing of the text, and no line of the head's chrome that does (a 404 notice,
    a site's name and slogan over a copied article): the title-like line a few lines under it, right
    over a paragraph, that does, with the page's furniture between them (lines that say nothing of the
    text). A line that says the text's words first (the text has started) or a dateline first (a
    programme's first story under it) keeps the title; so does a line right under it, as the cleaner's
    output sets the title it chose over the text's first line."""
    # the title's copies are not on the output (`chrome.repeats` takes them)
    title = spaceless(texts[at])
    opened = [
        k
        for k in range(at + 1, len(texts))
        if texts[k] and verdicts[k] is None and spaceless(texts[k]) != title
    ]
    opened = opened[: _OPENING + 1]
    for n, k in enumerate(opened[:_OPENING]):
        key = spaceless(texts[k])  # its copy further down is no saying of it (the output has none)
        rest = [
            t
            for t, v in zip(texts[k + 1 :], verdicts[k + 1 :], strict=False)
            if t and v is None and spaceless(t) != key
        ]
        sample = _cjk("".join(rest)[:_SAMPLE])
        if len(sample) < _MIN_SAMPLE:
            return at
        share = _share(texts[k], sample)
        below = opened[n + 1] if n + 1 < len(opened) else None
        if (
            n > 0
            and share >= _ON_TEXT
            and below is not None
            and is_prose(texts[below])
            and not is_prose(texts[k])
            and _usable(texts[k])
            and heading_kind(texts[k]) in (None, "plain")
            and not _PLACED_NAME.search(simplified(texts[k]))
        ):
            return k
        if share >= _OFF_TEXT or (is_prose(texts[k]) and len(texts[k]) >= _SENTENCE):
            return at  # the text has started: at a line that says its words, or at a paragraph
    return at


# The page's <title>, first in its text dump: the headline, then the column's and the site's names.
_PAGE_TITLE_SPLIT = re.compile(r"\s*(?:_|\s[-–—|｜]\s|[|｜])\s*")
# Marks around a forum post's title that are not the headline: `[求助] …`, `… [复制链接]`.
_POST_TAGS = re.compile(r"(?:\s*[\[【][^\[\]【】]{1,6}[\]】]\s*)*")


def named_by_page_title(
    texts: Sequence[str], verdicts: Sequence[str | None], first: int
) -> tuple[int, str] | None:
    """`光阴的故事_老树新芽_新浪博客` first on the page, `光阴的故事` further down → that line is the title.

    The page's <title> opens its text dump; a line above the text that says its headline, alone or
    between a forum's tags (`[求助] …[复制链接]`), is the article's headline whatever chrome rule took
    it for a menu item; the poster's name or the blog's address above it is not.
    """
    top = next((i for i in range(min(first, len(texts))) if texts[i]), None)
    if top is None or not (verdicts[top] or "").startswith("chrome."):
        return None
    parts = [p for p in _PAGE_TITLE_SPLIT.split(texts[top].strip()) if p]
    if len(parts) < 2 or cjk_count(parts[0]) < 4:
        return None
    title = parts[0]
    said = (
        i
        for i in range(top + 1, min(first, len(texts)))
        if (verdicts[i] or "chrome.").startswith("chrome.") and _between_tags(texts[i].strip(), title)
    )
    at = next(said, None)
    if at is None or not _usable(title) or read_fields(title):  # a chrome line's words alone are no title
        return None
    return at, title


def _between_tags(line: str, title: str) -> bool:
    """`line` says `title` alone, or between a forum's tags (a pattern made of the title would be
    compiled anew for every page)."""
    at = line.find(title)
    while at >= 0:
        if _POST_TAGS.fullmatch(line, 0, at) and _POST_TAGS.fullmatch(line, at + len(title)):
            return True
        at = line.find(title, at + 1)
    return False


# A forum thread's link button, which Discuz sets right below the thread's title.
_COPY_LINK = re.compile(r"^[\[【]?\s*复制(?:本帖)?(?:链接|连结)\s*[\]】]?$")


def over_copy_link(
    texts: Sequence[str], verdicts: Sequence[str | None], first: int
) -> tuple[int, str] | None:
    """`菜农星期公式揭秘及蔡勒公式推想` right over `[复制链接]` → the thread's title, whatever chrome rule
    took it for the page's header (a poster's rank or a hot-list further down is not)."""
    for i in range(min(first, len(texts))):
        if not _COPY_LINK.match(simplified(texts[i])):
            continue
        above = next((j for j in reversed(range(i)) if texts[j]), None)
        if (
            above is not None
            and (verdicts[above] or "chrome.").startswith("chrome.")
            and _usable(texts[above])
        ):
            return above, texts[above]
        return None
    return None


def seo_headline(text: str) -> str | None:
    """The headline in a page's <title>: `機關單位團建(機關單位團建活動經費)` → `機關單位團建`,
    `全市安全生产工作会议召开_工作动态_某某市人民政府` → `全市安全生产工作会议召开`."""
    key = keyword_title(text)
    if key:
        return key
    trimmed = trim_title(text)[0].strip()
    return trimmed if trimmed != text.strip() else None


# Chrome rules that may take a headline of short phrases for a menu: `拆猪圈 拓村道 建微信群 村民自发扮村庄`.
_MENU_RULES = frozenset({LINK_FARM.name, NAV.name})
_MENU_MARKS = re.compile(r"[|｜·/>»›]")
_PHRASE = 6  # characters of the longest phrase that make a line of phrases a headline, not a menu


def _menu_shaped(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> tuple[int, str] | None:
    """With no other title, a headline of spaced phrases right above the first paragraph."""
    at = next((i for i in reversed(range(min(first, len(texts)))) if texts[i]), None)
    if at is None or verdicts[at] not in _MENU_RULES:
        return None
    t = texts[at]
    if _MENU_MARKS.search(t) or max(map(len, t.split())) < _PHRASE or not is_title_like(t):
        return None
    return at, t


def crumb_title(text: str) -> str | None:
    """`视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会  2011-05-31` → the last crumb.

    A breadcrumb that ends in the article's own headline names it; only a long crumb is one.
    """
    parts = _CRUMB_SPLIT.split(text.strip())
    if len(parts) < 2:
        return None
    m = _CRUMB_TAIL.search(simplified(parts[-1]))
    last = (parts[-1][: m.start()] if m else parts[-1]).strip()
    if cjk_count(last) < _CRUMB_TITLE or "  " in last or read_fields(last):  # `大杂烩    编辑:庞岚月`
        return None
    return last if _usable(last) else None


_CRUMB_TAIL = re.compile(r"\s+(?:(?:19|20)\d{2}[-/.年]|浏览|阅读|点击).*$")


def _usable(title: str) -> bool:
    """A title taken from inside a line must read as a title on its own line, too."""
    return is_title_like(title) and line_verdicts(title) == (None, None)


def is_subtitle(text: str) -> bool:
    """`——黄州区政府办公室创建文明单位纪实` right below the title → subtitle."""
    return (
        bool(DASH_LED.match(text))
        and not _PRINT_INDENT.match(text)
        and cjk_count(text) >= 2
        and not is_prose(text)
        and len(text) <= MAX_TITLE
    )


def below_title(texts: Sequence[str], out: list[str | None], at: int, title: str, first: int) -> str | None:
    """Mark the lines right below the title that repeat it (`名称：X`, then X) or subtitle it.

    Returns the subtitle.
    """
    repeats = (title, texts[at])
    subtitle = None
    j = next_open(texts, out, at + 1, first)
    while j is not None:
        if texts[j] in repeats:
            out[j] = TITLE.name
        elif subtitle is None and is_subtitle(texts[j]):
            after = next(
                (
                    k
                    for k in range(j + 1, len(texts))
                    if texts[k] and out[k] is None and texts[k] not in repeats
                ),
                None,
            )
            if after is not None and DASH_LED.match(texts[after]):  # a dash line over another: a list
                break
            subtitle, out[j] = texts[j], SUBTITLE.name
        else:
            break
        j = next_open(texts, out, j + 1, first)
    return subtitle


def place(
    texts: Sequence[str],
    out: list[str | None],
    first: int,
    found: dict[str, str | None],
    given: str | None = None,
) -> int | None:
    """Title and subtitle into `found`, their lines (and the `名称：` rows) marked in `out`.

    `given` is the headline the page's markup gives (`og:title`, `<title>`): the line that says it is
    the title wherever it stands, so the chrome above it goes with the page's head.

    Returns the index of the title's (last) line, None when the page has no title.
    """
    picked = given_line(texts, out, given) or pick_title(texts, out, first)
    if not picked:
        return None
    at, text = picked
    if out[at] is None and text == texts[at]:
        lines, text = _whole(texts, out, at, first)
        for i in lines:
            out[i] = TITLE.name
        last = lines[-1]
    else:
        last = at
    trimmed, date = trim_title(text)
    # a trimmed title must still read as one, on the cleaner's own output too (`㐀㐀㐀?|` is no sentence)
    reads = is_title_like(trimmed) and (ends_sentence(text) or not ends_sentence(trimmed))
    # a trimmed title that reads as a labelled line (`原标题：…`, `编辑:…`) stays whole: it must stay the
    # title when the cleaner's output is cleaned again
    labelled = trimmed != text and (line_verdicts(trimmed)[1] is not None or read_fields(trimmed) is not None)
    title = text if labelled else trimmed if reads or not is_title_like(text) else text
    if "|" in title or "｜" in title:  # the cheap test: most titles have no bar
        title = _without_off_text_tail(title, texts, out, first)
    found["title"] = title
    found["date"] = found["date"] or date
    if out[at] == BREADCRUMB.name:  # the title is the breadcrumb's last crumb
        found["date"] = found["date"] or read_date(texts[at])
    elif not _runs_on(texts[at]):
        out[at] = TITLE.name
    # a title past the text's start (over a late dateline) has its subtitle right below it, too
    found["subtitle"] = below_title(texts, out, last, text, first if last < first else len(texts))
    above = last_open(texts, out, 0, at)
    if (
        found["subtitle"]
        and above is not None
        and spaceless(texts[above]) == spaceless(texts[at] + found["subtitle"])
    ):
        out[above] = TITLE.name  # the head set once more on one line above: `X ——Y` over `X`, `——Y`
    for i in range(min(first, len(texts))):  # every `名称：` row is the page's metadata table
        if out[i] is None and _TITLE_LABEL.match(simplified(texts[i])):
            out[i] = TITLE.name
    if (part := _series_part(texts, out, last, found["title"] or "")) is not None:
        out[part] = RELATED.name
    return last


# The last bar's tail of a title: `…新增就业累计达5921万人|五月综合激情…`.
_BAR_TAIL = re.compile(r"\s*[|｜]\s*([^|｜]{2,30})$")


def _without_off_text_tail(title: str, texts: Sequence[str], out: Sequence[str | None], first: int) -> str:
    """`…新增就业累计达5921万人|五月综合激情…` → the headline: a tail after a bar that holds a spam word and
    says nothing of the text (not one of its word pairs), under a head that does, is a spam host's
    injection, never the headline's own half (a series' name after a bar is not cut: its words are
    the page's; `聚焦两会｜` heads a headline the text speaks of)."""
    m = _BAR_TAIL.search(title)
    if m is None or m.start() == 0 or not spam_word(simplified(m.group(1))):
        return title
    head, sample = title[: m.start()], _opening(texts, out, first)
    if len(sample) < _MIN_SAMPLE or _share(m.group(1), sample) > 0 or not is_title_like(head):
        return title
    return head if _share(head, sample) >= _ON_TEXT else title


_SERIES = 6  # characters a series' name holds at least: `2026回乡见闻(`
_PART_NUMBERS = frozenset("一二三四五六七八九十0123456789上中下续")


def _series_part(texts: Sequence[str], out: Sequence[str | None], at: int, title: str) -> int | None:
    """`2026回乡见闻(一):消失的村庄` right under `2026回乡见闻(二):…` and its tool bar, over the text: a
    link to another part of the series the title names (they open alike, then differ in the part's
    number), no line of the text."""
    k = next_open(texts, out, at + 1, len(texts))
    if k is None or is_prose(texts[k]) or not is_title_like(texts[k]):
        return None
    key, other = spaceless(title), spaceless(texts[k])
    shared = next((n for n, (a, b) in enumerate(zip(key, other, strict=False)) if a != b), None)
    if shared is None or shared < _SERIES:
        return None
    # the two differ in the part's number: `(二)` and `(一)`, `之三` and `之二`, `上` and `下`
    return k if key[shared] in _PART_NUMBERS and other[shared] in _PART_NUMBERS else None
