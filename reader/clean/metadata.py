"""Rule group `metadata`: title, subtitle, date, source, author and editor.

Fields are read from the page head and foot (and from labelled lines anywhere), never from
article sentences. A line read into fields is removed from the body with a `metadata.*` rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome import Zones, keyword_title, line_verdicts
from reader.clean.rules import rule
from reader.clean.signals import DASH_LED, META_LABEL, Unit, cjk_count, is_headline, is_prose
from reader.clean.structure import heading_kind

FIELDS = ("title", "subtitle", "date", "source", "author", "editor")
MAX_TITLE = 80
_RESIDUE = 4  # word characters a metadata line may carry besides its fields and labels

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时時点點]\s*(\d{2})(?!\d)(?:\s*[:：分]\s*\d{2}(?!\d))?)?"
)


@rule("metadata.date")
def read_date(text: str) -> str | None:
    """`发布时间:2021-12-07 10:35` → date `2021-12-07 10:35`; `2012年4月10日` → `2012-04-10`."""
    for m in _DATE.finditer(text):
        year, month, day, hour, minute = m.groups()
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
_WORD = r"[^\s,，。;；:：|｜()（）【】\[\]]"
_ROLE = r"通[讯訊][员員]|[记記]者|[编編][辑輯]|[摄攝]"
_VALUE = rf"(?P<v>{_WORD}{{2,20}}(?:\s{{1,2}}(?!{_ROLE}){_WORD}{{2,4}}(?!{_WORD}*[:：]))*)"
_AUTHOR = re.compile(
    rf"(?:作\s*者\s*[:：]|撰[文稿]\s*[:：]|文\s*[/:：]|(?:本[报報]|特[约約])?(?:记者|記者)\s*[:：]?|"
    rf"通[讯訊][员員]\s*[:：]?|供稿\s*[:：])\s*{_VALUE}"
)
_ORG_BYLINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:党总支|党支部|党委|党组|党工委|工委|办公室|委员会|人民政府|政府|局|厅|委|办|"
    r"中心|报社|記者站|记者站|研究室|组织部|宣传部|统战部|支部)$"
)


@rule("metadata.byline")
def read_author(text: str) -> str | None:
    """`作者:张三`, `本报记者 李四`, `区政务服务局党总支` above the first paragraph → author."""
    m = _AUTHOR.search(text)
    return m.group("v") if m else None


_EDITOR = re.compile(
    rf"(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|审核|審核|校对|校對|编审|編審)\s*[:：]\s*{_VALUE}"
)


@rule("metadata.editor")
def read_editor(text: str) -> str | None:
    """`責任編輯:趙舒文` → editor `趙舒文`; `编辑:庞岚月` → `庞岚月`."""
    m = _EDITOR.search(text)
    return m.group("v") if m else None


_READERS = (
    ("date", read_date, _DATE),
    ("source", read_source, _SOURCE),
    ("author", read_author, _AUTHOR),
    ("editor", read_editor, _EDITOR),
)
# What a metadata line may hold besides its fields: labels, counters, widgets, links, separators.
_NOISE = re.compile(
    r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|"
    r"(?:发布|發布|發佈|发表|發表|更新|上传|上傳)?(?:时间|時間|日期)|"
    r"(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量|数|數)?\s*[:：]?\s*\d*|"
    r"字[号號体體]\s*[:：]?\s*[大中小\s]*|打印|[关關]闭|[关關]閉|收藏|分享|[纠糾][错錯]|"
    r"我[来來][说說][两兩]句|[评評][论論]\s*\d*|"
    r"(?:索引号|索引號|文号|文號|主[题題]分[类類]|公[开開]方式|公[开開]范[围圍]|[体體]裁分[类類]|有效性)\s*[:：]\s*\S*|[\W_]+"
)
_TITLE_LABEL = re.compile(r"^(?:名\s*称|名\s*稱|标\s*题|標\s*題)\s*[:：]\s*(?P<v>\S.{3,79})$")


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
    if META_LABEL.match(text):
        return fields
    rest = text
    for _, _, pattern in _READERS:
        rest = pattern.sub(" ", rest)
    rest = _NOISE.sub("", rest)
    if len(rest) <= _RESIDUE:
        return fields
    if "author" not in fields and _ORG_BYLINE.match(rest):
        return fields | {"author": rest}
    return None


def is_title_like(text: str) -> bool:
    """`"“品质机关”提升通川品质"` → True: could be a page title (short, not a sentence, not a dash line)."""
    return (
        4 <= len(text) <= MAX_TITLE
        and cjk_count(text) >= 3
        and (is_headline(text) or not is_prose(text))
        and not DASH_LED.match(text)
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


def read_lines(
    texts: Sequence[str], verdicts: Sequence[str | None], zones: Zones
) -> tuple[dict[str, str | None], list[str | None]]:
    """Read metadata lines into fields, first value wins; mark each line with its first field's rule."""
    verdicts = list(verdicts)
    found: dict[str, str | None] = dict.fromkeys(FIELDS)
    for i, t in enumerate(texts):
        fields = (
            read_fields(t) if t and verdicts[i] not in _NOT_CARRIERS and _may_hold(t, zones.edge(i)) else None
        )
        if fields is None:
            continue
        for name, value in fields.items():
            found[name] = found[name] or value
        verdicts[i] = f"metadata.{'byline' if next(iter(fields)) == 'author' else next(iter(fields))}"
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
    return labelled and edge if is_prose(text) else edge or labelled


@rule("metadata.title")
def choose_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`“品质机关”提升通川品质` just above `发布时间:…` → title.

    Without a dateline, the first title-like line below the head's chrome.
    """
    head = range(min(first, len(texts)))
    candidates = [i for i in head if verdicts[i] is None and is_title_like(texts[i])]
    meta_at = next((i for i in head if (verdicts[i] or "").startswith("metadata.")), None)
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
        m = _TITLE_LABEL.match(texts[i]) if verdicts[i] is None else None
        if m and _usable(m.group("v").strip()):
            return i, m.group("v").strip()
    at = choose_title(texts, verdicts, first)
    if at is not None:
        return at, texts[at]
    for i in head:
        key = keyword_title(texts[i]) if verdicts[i] == "chrome.seo_title" else None
        if key and _usable(key):
            return i, key
    return None


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


def _next_open(texts: Sequence[str], verdicts: Sequence[str | None], start: int, stop: int) -> int | None:
    """The next line no rule has taken (chrome between title and subtitle does not count)."""
    return next((j for j in range(start, min(stop, len(texts))) if texts[j] and verdicts[j] is None), None)


@rule("metadata.subtitle")
def is_subtitle(text: str) -> bool:
    """`——黄州区政府办公室创建文明单位纪实` right below the title → subtitle."""
    return (
        bool(DASH_LED.match(text)) and cjk_count(text) >= 2 and not is_prose(text) and len(text) <= MAX_TITLE
    )


_LEAD_BYLINE = re.compile(rf"^.{{0,30}}?[（(]\s*(?:本[报報]|特[约約])?(?:记者|記者)\s*{_VALUE}")


def read_lead_byline(text: str) -> str | None:
    """`本报海口3月19日讯（记者 张三 通讯员 李四）近日，…` → author `张三`; the paragraph keeps its text."""
    m = _LEAD_BYLINE.match(text)
    return m.group("v") if m else None


_TRAILING_BYLINE = re.compile(
    r"(?<=[。！？!?”」])\s*(?P<paren>[（(](?:(?:记者|記者|通讯员|通訊員|作者|文|[图圖])\s*[:：/]?\s*)?"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3})[）)])\s*$"
)
_NOT_NAMES = frozenset({"待续", "待續", "未完待续", "未完待續", "全文完", "完", "续", "續"})


def trailing_byline(text: str) -> tuple[str, str, str] | None:
    """`…變為美好現實。(賀欣瑜)` → (`…變為美好現實。`, `(賀欣瑜)`, `賀欣瑜`)."""
    m = _TRAILING_BYLINE.search(text)
    if not m or m.group("v") in _NOT_NAMES:
        return None
    return text[: m.start("paren")].rstrip(), m.group("paren"), m.group("v")


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
        found["title"] = picked[1]
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
    return found, title_at, units, out


def _org_above_text(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`区政务服务局党总支` alone right above the first paragraph signs it; two such lines are text."""
    at = _last_open(texts, out, title_at + 1, first) if first < len(texts) else None
    if at is None or not _ORG_BYLINE.match(texts[at]):
        return None
    before = _last_open(texts, out, title_at + 1, at)
    if before is not None and _ORG_BYLINE.match(texts[before]):
        return None
    out[at] = "metadata.byline"
    return texts[at]


def _last_open(
    texts: Sequence[str],
    verdicts: Sequence[str | None],
    start: int,
    stop: int,
    taken: frozenset[str | None] = frozenset({None}),
) -> int | None:
    """The last line before `stop` whose verdict is in `taken` (by default: that no rule has taken)."""
    return next(
        (j for j in range(min(stop, len(texts)) - 1, start - 1, -1) if texts[j] and verdicts[j] in taken),
        None,
    )
