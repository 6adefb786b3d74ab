"""Field readers: date, source, author and editor from the page's labelled and metadata lines.

A line is read into fields when it is metadata (labelled as such, or holding fields and little
else), at the page head and foot, or anywhere when it opens with a label; it is then removed from
the body under its first field's rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome import Zones
from reader.clean.metadata.bylines import BYLINE, ORG_BYLINE, PERSON, PRESS, VALUE, without_roles
from reader.clean.metadata.dates import ANY_DATE, DATE, read_date
from reader.clean.metadata.lines import SIGNABLE, last_open
from reader.clean.rules import rule
from reader.clean.signals import META_LABEL, POSTED, SENTENCE_PUNCT, TABLE_LABEL, is_prose, is_table_row

FIELDS = ("title", "subtitle", "date", "source", "author", "editor")
SOURCE = "metadata.source"
EDITOR = "metadata.editor"
TABLE = "metadata.table"
LABEL = "metadata.label"

_RESIDUE = 4  # word characters a metadata line may carry besides its fields and labels
# …or, on a line that is surely a dateline (two fields, or a date with its time), a site name
# or a widget's label (`中国市场调查网  时间:… 来源:…`), as long as no sentence is there.
_DATELINE_RESIDUE = 12


_SOURCE = re.compile(
    r"(?:(?:本文|文章|原文)(?:来自|來自|转自|轉自)|转自|轉自|转载自|轉載自|信息来源|信息來源|来源|來源|稿源|出处|出處|"
    r"发布机构|發布機構|发文机关|發文機關)"
    r"\s*[:：]?\s*[【\[《]?\s*(?P<v>[^\s【】\[\]《》|｜,，。;；:：?？()（）]{2,30})[】\]》]?"
)


@rule(SOURCE)
def read_source(text: str) -> str | None:
    """`來源:人民網    我來說兩句` → source `人民網`; `本文來自【廣安日報】` → `廣安日報`."""
    m = _SOURCE.search(text)
    return m.group("v") if m and not m.group("v").isdigit() else None


# Who posted a forum thread or a blog post: its author.
_POSTER = r"(?:楼主|樓主|发表者|發表者|发布人|發布人|发布者|發布者|发帖人|發帖人)"
_AUTHOR = re.compile(
    rf"(?:作\s*者\s*[:：]\s*(?:{PRESS}\s*)?|撰[文稿]\s*[:：]|{_POSTER}\s*[:：]|文\s*[/:：]|{PRESS}\s*[:：]?|"
    rf"通[讯訊][员員]\s*[:：]?|供稿\s*[:：])\s*{VALUE}"
)


@rule(BYLINE)
def read_author(text: str) -> str | None:
    """`作者:张三`, `本报记者 李四`, `区政务服务局党总支` above the first paragraph → author."""
    m = _AUTHOR.search(text)
    return without_roles(m.group("v")) if m else None


_EDITOR = re.compile(
    rf"(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|审核|審核|校对|校對|编审|編審)\s*[:：]\s*{VALUE}"
)


@rule(EDITOR)
def read_editor(text: str) -> str | None:
    """`責任編輯:趙舒文` → editor `趙舒文`; `编辑:庞岚月` → `庞岚月`."""
    m = _EDITOR.search(text)
    return m.group("v") if m else None


_READERS = (
    ("date", read_date, ANY_DATE),
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
    if "author" not in fields and PERSON.match(rest):  # `来源:人民日报 王嘉斌`
        return fields | {"author": rest}
    if META_LABEL.match(text) or len(rest) <= _RESIDUE:
        return fields
    sure = len(fields) >= 2 or " " in fields.get("date", "")
    if sure and len(rest) <= _DATELINE_RESIDUE and not SENTENCE_PUNCT.search(text):
        return fields
    if "author" not in fields and ORG_BYLINE.match(rest):
        return fields | {"author": rest}
    return None


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


@rule(TABLE)
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


@rule(LABEL)
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


_FIELD_RULES = {"date": DATE, "source": SOURCE, "author": BYLINE, "editor": EDITOR}


def _rule_of(fields: dict[str, str]) -> str:
    return _FIELD_RULES[next(iter(fields))]


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
            verdicts[i] = TABLE
            continue
        if edge and bare_label(t):
            j = _label_value(texts, verdicts, i)
            fields = read_fields(t + texts[j]) if j is not None else None
            if fields:
                verdicts[j] = _rule_of(fields)
            verdicts[i] = _rule_of(fields) if fields else LABEL
        else:
            carrier = verdicts[i] not in _NOT_CARRIERS or META_LABEL.match(t)  # `本文來自【…】,僅代表…`
            fields = read_fields(t) if carrier and _may_hold(t, edge) else None
            if fields is None:
                continue
            verdicts[i] = _rule_of(fields)
        for name, value in (fields or {}).items():
            found[name] = found[name] or value
        if verdicts[i] == DATE and i > zones.last:  # `XX县人民政府办公室` above a closing date signs it
            signer = last_open(texts, verdicts, zones.last + 1, i, taken=SIGNABLE)
            if signer is not None and ORG_BYLINE.match(texts[signer]):
                found["author"] = found["author"] or texts[signer]
                verdicts[signer] = BYLINE
    return found, verdicts


def _may_hold(text: str, edge: bool) -> bool:
    """Metadata stands at the head or foot, or opens a labelled line; a sentence needs both."""
    labelled = META_LABEL.match(text) is not None
    if labelled == edge:  # both hold it whatever the line is, neither holds nothing
        return edge
    return not is_prose(text)
