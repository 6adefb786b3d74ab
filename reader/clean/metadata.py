"""Rule group `metadata`: title, subtitle, date, source, author and editor.

Fields are read from the page head and foot (and from labelled lines anywhere), never from
article sentences. A line read into fields is removed from the body with a `metadata.*` rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.clean.chrome import Zones, keyword_title, line_verdicts
from reader.clean.rules import rule
from reader.clean.signals import (
    DASH_LED,
    META_LABEL,
    POSTED,
    SENTENCE_PUNCT,
    TABLE_LABEL,
    Unit,
    cjk_count,
    is_headline,
    is_prose,
    is_table_row,
)
from reader.clean.structure import heading_kind

FIELDS = ("title", "subtitle", "date", "source", "author", "editor")
MAX_TITLE = 80
_RESIDUE = 4  # word characters a metadata line may carry besides its fields and labels
# …or, on a line that is surely a dateline (two fields, or a date with its time), a site name
# or a widget's label (`中国市场调查网  时间:… 来源:…`), as long as no sentence is there.
_DATELINE_RESIDUE = 12

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时時点點]\s*(\d{2})(?!\d)(?:\s*[:：分]\s*\d{2}(?!\d))?)?"
)


# Day first (`24.08.2015  19:19`), and a two-digit year, read only with its time (`19-04-29 22:07`).
_DAY_FIRST = re.compile(
    r"(?<![\d.])(\d{2})\.(\d{2})\.((?:19|20)\d{2})(?![\d.])(?:\s*(\d{1,2}):(\d{2})(?!\d))?"
)
_SHORT_YEAR = re.compile(r"(?<![\d-])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?!\d)")


def _dates(text: str) -> Iterable[tuple[str, str, str, str | None, str | None]]:
    """(year, month, day, hour, minute) of every date written in `text`, in the forms pages use."""
    for m in _DATE.finditer(text):
        yield m.groups()  # type: ignore[misc]
    for m in _DAY_FIRST.finditer(text):
        day, month, year, hour, minute = m.groups()
        yield year, month, day, hour, minute
    for m in _SHORT_YEAR.finditer(text):
        year, month, day, hour, minute = m.groups()
        yield "20" + year, month, day, hour, minute


@rule("metadata.date")
def read_date(text: str) -> str | None:
    """`发布时间:2021-12-07 10:35` → date `2021-12-07 10:35`; `2012年4月10日` → `2012-04-10`."""
    for year, month, day, hour, minute in _dates(text):
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            continue
        date = f"{year}-{int(month):02d}-{int(day):02d}"
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            date += f" {int(hour):02d}:{minute}"
        return date
    return None


_SOURCE = re.compile(
    r"(?:(?:本文|文章|原文)(?:来自|來自|转自|轉自)|转自|轉自|转载自|轉載自|信息来源|信息來源|来源|來源|稿源|出处|出處|"
    r"发布机构|發布機構|发文机关|發文機關)"
    r"\s*[:：]?\s*[【\[《]?\s*(?P<v>[^\s【】\[\]《》|｜,，。;；:：?？()（）]{2,30})[】\]》]?"
)


@rule("metadata.source")
def read_source(text: str) -> str | None:
    """`來源:人民網    我來說兩句` → source `人民網`; `本文來自【廣安日報】` → `廣安日報`."""
    m = _SOURCE.search(text)
    return m.group("v") if m and not m.group("v").isdigit() else None


# A labelled value: a name or an organisation, and further names after single spaces
# unless a word is itself a label (`作者:李华 张明 时间:…` → `李华 张明`).
_WORD = r"[^\s,，。;；:：|｜()（）【】\[\]?？]"
_ROLE = r"通[讯訊][员員]|[记記]者|[编編][辑輯]|[摄攝]"
# A reporter's title that may stand between a label and the name (`作者:記者 吳艷虹`, `全媒体记者王晗笑`).
_PRESS = (
    r"(?:本[报報刊台网網]|特[约約]|全媒[体體]|融媒[体體]|首席|"
    r"[\u4e00-\u9fff]{0,10}?(?:杂志|雜誌|日[报報]|晚[报報]|[电電][视視]台|[广廣]播))?(?:记者|記者)"
)
# Words that start another field, never a further name: `楼主：老王 发表于 2005-5-7`.
_NEXT_FIELD = r"\d|[发發][表布佈]|[时時][间間]|日期|[来來]源"
# Further names may follow their own role: `安佳璐 通讯员 曹杰 杨海艳`, `沈祖轩  本刊记者  黄薇`.
_NAME_ROLE = rf"(?:{_PRESS}|通[讯訊][员員])"
_VALUE = (
    rf"(?P<v>{_WORD}{{2,20}}(?:\s{{1,2}}(?:{_NAME_ROLE}\s{{0,2}})?(?!{_ROLE}|{_NEXT_FIELD})"
    rf"{_WORD}{{2,4}}(?!{_WORD}*[:：]))*)"
)
# Who posted a forum thread or a blog post: its author.
_POSTER = r"(?:楼主|樓主|发表者|發表者|发布人|發布人|发布者|發布者|发帖人|發帖人)"
_AUTHOR = re.compile(
    rf"(?:作\s*者\s*[:：]\s*(?:{_PRESS}\s*)?|撰[文稿]\s*[:：]|{_POSTER}\s*[:：]|文\s*[/:：]|{_PRESS}\s*[:：]?|"
    rf"通[讯訊][员員]\s*[:：]?|供稿\s*[:：])\s*{_VALUE}"
)
_ORG_BYLINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:[（(][\u4e00-\u9fff]{2,16}[）)][\u4e00-\u9fff]{0,8})?(?:党总支|党支部|党委|党组|党工委|工委|办公室|委员会|人民政府|政府|局|厅|委|办|"
    r"中心|报社|記者站|记者站|研究室|组织部|宣传部|统战部|支部)$"
)


@rule("metadata.byline")
def read_author(text: str) -> str | None:
    """`作者:张三`, `本报记者 李四`, `区政务服务局党总支` above the first paragraph → author."""
    m = _AUTHOR.search(text)
    return _without_roles(m.group("v")) if m else None


def _without_roles(value: str) -> str | None:
    """`安佳璐 通讯员 曹杰` → `安佳璐 曹杰`: the roles between the names go."""
    return " ".join(re.sub(_NAME_ROLE, " ", value).split()) or None


_EDITOR = re.compile(
    rf"(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|审核|審核|校对|校對|编审|編審)\s*[:：]\s*{_VALUE}"
)


@rule("metadata.editor")
def read_editor(text: str) -> str | None:
    """`責任編輯:趙舒文` → editor `趙舒文`; `编辑:庞岚月` → `庞岚月`."""
    m = _EDITOR.search(text)
    return m.group("v") if m else None


_ANY_DATE = re.compile(f"{_DATE.pattern}|{_DAY_FIRST.pattern}|{_SHORT_YEAR.pattern}")
_READERS = (
    ("date", read_date, _ANY_DATE),
    ("source", read_source, _SOURCE),
    ("author", read_author, _AUTHOR),
    ("editor", read_editor, _EDITOR),
)
# What a metadata line may hold besides its fields: labels, counters, widgets, links, separators.
_NOISE = re.compile(
    r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|"
    r"(?:发布|發布|發佈|发表|發表|更新|上传|上傳)?(?:时间|時間|日期)|(?:发表|發表)[于於]|(?:发布|發布|發佈)\s*[:：]|"
    r"(?:所属栏目|所屬欄目|栏目|欄目|分类|分類)\s*[:：]\s*\S*|\d*\s*次(?:浏览|瀏覽|阅读|閱讀)|"
    r"(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量|数|數)?\s*[:：]?\s*\d*|"
    r"字[号號体體]\s*[:：]?\s*[大中小\s]*|打印|[关關]闭|[关關]閉|收藏|分享|[纠糾][错錯]|"
    r"我[来來][说說][两兩]句|[评評][论論]\s*\d*|"
    r"(?:索引号|索引號|文号|文號|主[题題]分[类類]|公[开開]方式|公[开開][范範][围圍]|[体體]裁分[类類]|有效性)\s*[:：]\s*\S*|[\W_]+"
)
_TITLE_LABEL = re.compile(r"^(?:名\s*称|名\s*稱|标\s*题|標\s*題)(?:\s*[:：]\s*|\s+)(?P<v>\S.{3,79})$")


def read_fields(text: str) -> dict[str, str] | None:
    """`发布时间:2021-12-07 10:35 来源:达州日报网` → `{"date": "2021-12-07 10:35", "source": "达州日报网"}`.

    None unless the line is metadata: labelled as such, or holding fields and little else.
    What is left of a dated line may be the signing organisation (`中共xx镇委员会 2022年12月30日`).
    """
    fields = {}
    for name, read, _ in _READERS:
        value = read(text)
        if value:
            fields[name] = value
    if not fields:
        return None
    poster = POSTED.match(text)
    if poster and "date" in fields:  # `whb761 | 发表于 2005-8-4 21:37:32 | 显示全部楼层`
        return {"author": poster.group("v")} | fields
    rest = text
    for _, _, pattern in _READERS:
        rest = pattern.sub(" ", rest)
    rest = _NOISE.sub("", rest)
    if "author" not in fields and _PERSON.match(rest):  # `来源:人民日报 王嘉斌`
        return fields | {"author": rest}
    if META_LABEL.match(text) or len(rest) <= _RESIDUE:
        return fields
    sure = len(fields) >= 2 or " " in fields.get("date", "")
    if sure and len(rest) <= _DATELINE_RESIDUE and not SENTENCE_PUNCT.search(text):
        return fields
    if "author" not in fields and _ORG_BYLINE.match(rest):
        return fields | {"author": rest}
    return None


_TITLE_MARK = re.compile(r"\s*[\[【（(](?:[组組多]?[图圖]|[图圖]文|[视視][频頻])[\]】）)]\s*$")
_TITLE_TAIL = re.compile(r"\s*[|｜*＊#]+\s*$")  # a layout's leftovers: `…防汛救灾工作|`, `…华北等地******`
_TITLE_DATE = re.compile(r"\s*[（(]\s*([^()（）]{6,24}?)\s*[）)]\s*$")


def trim_title(title: str) -> tuple[str, str | None]:
    """`…胜利召开[图]` → `…胜利召开`; `…工作(2012年08月14日)` → the title without its date, and the date."""
    title = _TITLE_MARK.sub("", _TITLE_TAIL.sub("", title))
    m = _TITLE_DATE.search(title)
    if m and _DATE.fullmatch(m.group(1)) and read_date(m.group(1)):
        return title[: m.start()], read_date(m.group(1))
    return title, None


# A site's banner names the site or its owner, never an article:
# `XX市人民政府门户网站 www.…`, `吉林省人民政府`.
_BANNER = re.compile(
    r"^(?:中[国國]|中共)?[\u4e00-\u9fff]{2,16}?(?:人民政府|[门門]户[网網]站?|政府[网網]站?|政[务務][网網]|官方[网網]站|[网網]站|"
    r"人民代表大[会會](?:常[务務]委[员員][会會])?|政[协協]|委[员員][会會])(?:[门門]户[网網]站|[网網]站|官[网網])?"
    r"(?:\s*(?:https?://|www\.)\S*)?$|^\S{2,30}\s+(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)


def is_banner(text: str) -> bool:
    """`达州市人民政府门户网站 www.dazhou.gov.cn`, `吉林省人民政府` → no title: the site's name."""
    return _BANNER.match(text) is not None


def is_title_like(text: str) -> bool:
    """`"“品质机关”提升通川品质"` → True: could be a page title (short, not a sentence, not a dash line)."""
    return (
        4 <= len(text) <= MAX_TITLE
        and cjk_count(text) >= 3
        and (is_headline(text) or not is_prose(text))
        and not DASH_LED.match(text)
        and not text.endswith((":", "："))  # a label (`国家公务员网 地方站:`) announces, it is no title
        and not is_banner(text)
    )


# What a page foot's signature line may have been called before its date was read.
_SIGNABLE = frozenset({None, "chrome.footer"})
# Chrome that never shares its line with metadata; other verdicts may (`… 来源:人民網    我來說兩句`).
_NOT_CARRIERS = frozenset(
    {
        "chrome.doc_share",
        "chrome.page_count",
        "chrome.ad",
        "chrome.seo_title",
        "chrome.breadcrumb",
        "chrome.footer_icp",
        "chrome.footer_licence",
        "chrome.copyright",
    }
)


_TABLE_KEY = re.compile(rf"(?:{TABLE_LABEL.pattern})\s*[:：]?")


@rule("metadata.table")
def table_fields(text: str) -> dict[str, str]:
    """`发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29` → date and source (a disclosure table row)."""
    keyed = _TABLE_KEY.sub(lambda m: re.sub(r"\s+", "", m.group()).rstrip(":：") + "：", text)
    fields = {}
    for name, read, _ in _READERS[:2]:  # a table row holds dates and issuers, never bylines
        value = read(keyed)
        if value:
            fields[name] = value
    return fields


_BARE_LABEL = re.compile(META_LABEL.pattern + r"\s*[\]】）)]?\s*$|^[\u4e00-\u9fff]{0,6}(?:记者|記者)$")
_LABEL_VALUE_MAX = 40


@rule("metadata.label")
def bare_label(text: str) -> bool:
    """`作者:`, `新華社記者` alone → removed; `来源:` over `道口镇党政办` → source `道口镇党政办`."""
    return _BARE_LABEL.match(text) is not None


def _label_value(texts: Sequence[str], verdicts: Sequence[str | None], i: int) -> int | None:
    """The line holding the value of the bare label at `i`: the next line, if it is a short value."""
    j = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
    if j is None or verdicts[j] is not None:
        return None
    t = texts[j]
    if len(t) > _LABEL_VALUE_MAX or META_LABEL.match(t) or is_table_row(t) or is_prose(t):
        return None
    return j


def _rule_of(fields: dict[str, str]) -> str:
    first = next(iter(fields))
    return f"metadata.{'byline' if first == 'author' else first}"


def read_lines(
    texts: Sequence[str], verdicts: Sequence[str | None], zones: Zones
) -> tuple[dict[str, str | None], list[str | None]]:
    """Read metadata lines into fields, first value wins; mark each line with its first field's rule.

    At the head and foot, a disclosure table's rows are metadata, and a bare label reads its
    value from the line below it.
    """
    verdicts = list(verdicts)
    found: dict[str, str | None] = dict.fromkeys(FIELDS)
    for i, t in enumerate(texts):
        if not t or (verdicts[i] or "").startswith("metadata."):
            continue
        edge = zones.edge(i)
        if edge and verdicts[i] not in _NOT_CARRIERS and is_table_row(t):
            for name, value in table_fields(t).items():
                found[name] = found[name] or value
            verdicts[i] = "metadata.table"
            continue
        if edge and bare_label(t):
            j = _label_value(texts, verdicts, i)
            fields = read_fields(t + texts[j]) if j is not None else None
            if fields:
                verdicts[j] = _rule_of(fields)
            verdicts[i] = _rule_of(fields) if fields else "metadata.label"
        else:
            carrier = verdicts[i] not in _NOT_CARRIERS or META_LABEL.match(t)  # `本文來自【…】,僅代表…`
            fields = read_fields(t) if carrier and _may_hold(t, edge) else None
            if fields is None:
                continue
            verdicts[i] = _rule_of(fields)
        for name, value in (fields or {}).items():
            found[name] = found[name] or value
        if (
            verdicts[i] == "metadata.date" and i > zones.last
        ):  # `XX县人民政府办公室` above a closing date signs it
            signer = _last_open(texts, verdicts, zones.last + 1, i, taken=_SIGNABLE)
            if signer is not None and _ORG_BYLINE.match(texts[signer]):
                found["author"] = found["author"] or texts[signer]
                verdicts[signer] = "metadata.byline"
    return found, verdicts


def _may_hold(text: str, edge: bool) -> bool:
    """Metadata stands at the head or foot, or opens a labelled line; a sentence needs both."""
    labelled = META_LABEL.match(text) is not None
    if labelled == edge:  # both hold it whatever the line is, neither holds nothing
        return edge
    return not is_prose(text)


@rule("metadata.title")
def choose_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`“品质机关”提升通川品质` just above `发布时间:…` → title.

    Without a dateline, the first title-like line below the head's chrome.
    """
    head = range(min(first, len(texts)))
    candidates = [i for i in head if verdicts[i] is None and is_title_like(texts[i])]
    meta_at = next(
        (i for i in head if (verdicts[i] or "").startswith("metadata.") and verdicts[i] != "metadata.table"),
        None,
    )
    above = [i for i in candidates if meta_at is not None and i < meta_at]
    if above:
        return above[-1]
    # Site names and slogans sit above the page's chrome; the title comes after it (a numbered
    # heading there is the article's first section, not its title).
    chrome_at = max((i for i in head if (verdicts[i] or "").startswith("chrome.")), default=-1)
    below = [i for i in candidates if i > chrome_at and heading_kind(texts[i]) in (None, "plain")]
    return (below if chrome_at >= 0 and below else candidates or [None])[0]


def _pick_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> tuple[int, str] | None:
    """The title's line and text: a labelled `名称：…` row, else `choose_title`, else an SEO keyword.

    `機關單位團建(機關單位團建活動經費)` gives `機關單位團建` when the head offers nothing better.
    """
    head = range(min(first, len(texts)))
    for i in head:
        m = _TITLE_LABEL.match(texts[i]) if verdicts[i] in (None, "metadata.table") else None
        if m and _usable(m.group("v").strip()):
            return i, m.group("v").strip()
    at = choose_title(texts, verdicts, first)
    crumb = max((i for i in head if verdicts[i] == "chrome.breadcrumb"), default=None)
    if crumb is not None and (at is None or at < crumb) and (last := crumb_title(texts[crumb])):
        return crumb, last
    if at is not None:
        return at, texts[at]
    for i in head:
        key = keyword_title(texts[i]) if verdicts[i] == "chrome.seo_title" else None
        if key and _usable(key):
            return i, key
    return None


_CRUMB_SPLIT = re.compile(r"\s*(?:>>?|»|›|＞|→)\s*")
_CRUMB_TAIL = re.compile(r"\s+(?:(?:19|20)\d{2}[-/.年]|浏览|瀏覽|阅读|閱讀|点击|點擊).*$")
_CRUMB_TITLE = 8  # CJK characters that make the last crumb an article's title, not a column's name


def crumb_title(text: str) -> str | None:
    """`视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会  2011-05-31` → the last crumb.

    A breadcrumb that ends in the article's own headline names it; only a long crumb is one.
    """
    parts = _CRUMB_SPLIT.split(text.strip())
    last = _CRUMB_TAIL.sub("", parts[-1]).strip() if len(parts) >= 2 else ""
    if cjk_count(last) < _CRUMB_TITLE or "  " in last or read_fields(last):  # `大杂烩    编辑:庞岚月`
        return None
    return last if _usable(last) else None


def _usable(title: str) -> bool:
    """A title taken from inside a line must read as a title on its own line, too."""
    return is_title_like(title) and line_verdicts(title) == (None, None)


def _below_title(texts: Sequence[str], out: list[str | None], at: int, title: str, first: int) -> str | None:
    """Mark the lines right below the title that repeat it (`名称：X`, then X) or subtitle it.

    Returns the subtitle.
    """
    repeats = (title, texts[at])
    subtitle = None
    j = _next_open(texts, out, at + 1, first)
    while j is not None:
        if texts[j] in repeats:
            out[j] = "metadata.title"
        elif subtitle is None and is_subtitle(texts[j]):
            after = next(
                (
                    k
                    for k in range(j + 1, len(texts))
                    if texts[k] and out[k] is None and texts[k] not in repeats
                ),
                None,
            )
            if after is not None and DASH_LED.match(
                texts[after]
            ):  # a dash line followed by another is a list
                break
            subtitle, out[j] = texts[j], "metadata.subtitle"
        else:
            break
        j = _next_open(texts, out, j + 1, first)
    return subtitle


_UNTAKEN: frozenset[str | None] = frozenset({None})


def _open_in(texts: Sequence[str], verdicts: Sequence[str | None], lines: Iterable[int],
             taken: frozenset[str | None]) -> int | None:
    """The first of `lines` that is not empty and whose verdict is in `taken`."""
    return next((j for j in lines if texts[j] and verdicts[j] in taken), None)


def _next_open(texts: Sequence[str], verdicts: Sequence[str | None], start: int, stop: int,
               taken: frozenset[str | None] = _UNTAKEN) -> int | None:
    """The next line from `start` whose verdict is in `taken` (by default: that no rule has taken;
    chrome between title and subtitle does not count)."""
    return _open_in(texts, verdicts, range(start, min(stop, len(texts))), taken)


@rule("metadata.subtitle")
def is_subtitle(text: str) -> bool:
    """`——黄州区政府办公室创建文明单位纪实` right below the title → subtitle."""
    return (
        bool(DASH_LED.match(text)) and cjk_count(text) >= 2 and not is_prose(text) and len(text) <= MAX_TITLE
    )


_LEAD_BYLINE = re.compile(rf"^.{{0,30}}?[（(]\s*{_PRESS}\s*{_VALUE}")


def read_lead_byline(text: str) -> str | None:
    """`本报海口3月19日讯（记者 张三 通讯员 李四）近日，…` → author `张三 李四`; the paragraph stays."""
    m = _LEAD_BYLINE.match(text)
    return _without_roles(m.group("v")) if m else None


_NAMES = (
    r"(?:(?:记者|記者|通讯员|通訊員|作者|文|[图圖])\s*[:：/]?\s*)?"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3})"
    # more names after their roles: `记者/梁乾胜通讯员/姚虹伊`
    r"(?:\s*(?:通讯员|通訊員|[摄攝]影?|[图圖])\s*[:：/]?\s*[\u4e00-\u9fff·]{2,4})*"
)
_TRAILING_BYLINE = re.compile(rf"(?<=[。！？!?”」])\s*(?P<paren>[（(]{_NAMES}[）)])\s*$")
_PAREN_BYLINE = re.compile(rf"^[（(]{_NAMES}[）)]$")
_NOT_NAMES = frozenset({"待续", "待續", "未完待续", "未完待續", "全文完", "完", "续", "續"})


# A role written after a name: `汪洋摄`, and `文` after a four-character run (`黄崇森文`; `陈晓文` is a name).
_ROLE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[摄攝]影?|[图圖])$|(?<=[\u4e00-\u9fff]{3})文$")


def _names(value: str) -> str:
    """`黄崇森文 汪洋摄` → `黄崇森 汪洋`: the roles written after the names go."""
    return " ".join(_ROLE_AFTER.sub("", name) for name in value.split())


def paren_byline(text: str) -> str | None:
    """`(王鹏)` alone on its line → `王鹏`."""
    m = _PAREN_BYLINE.match(text)
    return _names(m.group("v")) if m and m.group("v") not in _NOT_NAMES else None


def trailing_byline(text: str) -> tuple[str, str, str] | None:
    """`…變為美好現實。(賀欣瑜)` → (`…變為美好現實。`, `(賀欣瑜)`, `賀欣瑜`)."""
    m = _TRAILING_BYLINE.search(text)
    if not m or m.group("v") in _NOT_NAMES:
        return None
    return text[: m.start("paren")].rstrip(), m.group("paren"), _names(m.group("v"))


def extract(
    units: Sequence[Unit], verdicts: Sequence[str | None], zones: Zones, fields: dict[str, str | None]
) -> tuple[dict[str, str | None], int | None, list[Unit], list[str | None]]:
    """Title, subtitle and bylines, after `read_lines`; lines taken get a `metadata.*` verdict.

    Returns the fields, the index of the title unit, and the units and verdicts (a byline
    closing the last paragraph becomes a unit of its own).
    """
    texts = [u.text.strip() for u in units]
    out = list(verdicts)
    found = dict(fields)
    picked = _pick_title(texts, out, zones.first)
    title_at = picked[0] if picked else None
    if picked:
        found["title"], date = trim_title(picked[1])
        found["date"] = found["date"] or date
        if out[picked[0]] == "chrome.breadcrumb":  # the title is the breadcrumb's last crumb
            found["date"] = found["date"] or read_date(texts[picked[0]])
        else:
            out[picked[0]] = "metadata.title"
        found["subtitle"] = _below_title(texts, out, picked[0], picked[1], zones.first)
        for i in range(min(zones.first, len(texts))):  # every `名称：` row is the page's metadata table
            if out[i] is None and _TITLE_LABEL.match(texts[i]):
                out[i] = "metadata.title"
        signer = _org_above_text(texts, out, picked[0], zones.first)  # taken even when an author is known
        found["author"] = found["author"] or signer
    if not found["author"] and zones.first < len(texts):
        found["author"] = read_lead_byline(texts[zones.first])
    units = list(units)
    last = zones.last
    if 0 <= last < len(units) and out[last] is None and (split := trailing_byline(units[last].text)):
        body, paren, name = split
        units[last : last + 1] = [Unit(units[last].line, body), Unit(units[last].line, paren)]
        out[last + 1 : last + 1] = ["metadata.byline"]
        found["author"] = found["author"] or name
    elif (below := _next_open(texts, out, last + 1, len(texts), taken=_SIGNABLE)) is not None and (
        name := paren_byline(texts[below])
    ):  # `(王鹏)` on a line of its own below the last paragraph
        out[below] = "metadata.byline"
        found["author"] = found["author"] or name
    return found, title_at, units, out


# Common surnames, so that a lone name above the text (`刘金新`, `孙 璐`) is told from a heading (`引言`).
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍"
    "史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"
)
# Three characters, or a surname spaced from its name (`孙 璐`): two bare characters are as
# often a column's name (`时政`, `党建`) as a person's.
_PERSON = re.compile(rf"^[{_SURNAMES}](?:[\u4e00-\u9fff]{{2}}|\s{{1,3}}[\u4e00-\u9fff]{{1,2}})$")


_AFFILIATION = re.compile(r"^[（(][^()（）]{4,60}[)）]$")


def _org_above_text(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`区政务服务局党总支` or `刘金新` alone right above the first paragraph signs it; two are text."""
    at = _last_open(texts, out, title_at + 1, first) if first < len(texts) else None
    if at is not None and _AFFILIATION.match(texts[at]):  # `许翾` over `(浙江大学 公共管理学院, 浙江 杭州)`
        at = _last_open(texts, out, title_at + 1, at)
    if at is None or not (_ORG_BYLINE.match(texts[at]) or _PERSON.match(texts[at])):
        return None
    before = _last_open(texts, out, title_at + 1, at)
    if before is not None and (_ORG_BYLINE.match(texts[before]) or _PERSON.match(texts[before])):
        return None
    out[at] = "metadata.byline"
    return texts[at]


def _last_open(texts: Sequence[str], verdicts: Sequence[str | None], start: int, stop: int,
               taken: frozenset[str | None] = _UNTAKEN) -> int | None:
    """The last line before `stop` whose verdict is in `taken` (by default: that no rule has taken)."""
    return _open_in(texts, verdicts, reversed(range(start, min(stop, len(texts)))), taken)
