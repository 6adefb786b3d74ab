"""Headline placement: which line is the title, which the subtitle, and which lines above the
article repeat them; a site's banner, a label or a numbered section is never the title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome import keyword_title, line_verdicts
from reader.clean.metadata.dates import DATE_FORM, read_date
from reader.clean.metadata.fields import TABLE, read_fields
from reader.clean.metadata.lines import next_open
from reader.clean.rules import rule
from reader.clean.signals import DASH_LED, cjk_count, is_headline, is_prose
from reader.clean.structure import heading_kind

TITLE = "metadata.title"
SUBTITLE = "metadata.subtitle"
MAX_TITLE = 80

_TITLE_LABEL = re.compile(r"^(?:名\s*称|名\s*稱|标\s*题|標\s*題)(?:\s*[:：]\s*|\s+)(?P<v>\S.{3,79})$")
_TITLE_MARK = re.compile(r"\s*[\[【（(](?:[组組多]?[图圖]|[图圖]文|[视視][频頻])[\]】）)]\s*$")
_TITLE_TAIL = re.compile(r"\s*[|｜*＊#]+\s*$")  # a layout's leftovers: `…防汛救灾工作|`, `…华北等地******`
_TITLE_DATE = re.compile(r"\s*[（(]\s*([^()（）]{6,24}?)\s*[）)]\s*$")


def trim_title(title: str) -> tuple[str, str | None]:
    """`…胜利召开[图]` → `…胜利召开`; `…工作(2012年08月14日)` → the title without its date, and the date."""
    title = _TITLE_MARK.sub("", _TITLE_TAIL.sub("", title))
    m = _TITLE_DATE.search(title)
    if m and DATE_FORM.fullmatch(m.group(1)) and read_date(m.group(1)):
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


@rule(TITLE)
def choose_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> int | None:
    """`“品质机关”提升通川品质` just above `发布时间:…` → title.

    Without a dateline, the first title-like line below the head's chrome.
    """
    head = range(min(first, len(texts)))
    candidates = [i for i in head if verdicts[i] is None and is_title_like(texts[i])]
    meta_at = next(
        (i for i in head if (verdicts[i] or "").startswith("metadata.") and verdicts[i] != TABLE),
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


def pick_title(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> tuple[int, str] | None:
    """The title's line and text: a labelled `名称：…` row, else `choose_title`, else an SEO keyword.

    `機關單位團建(機關單位團建活動經費)` gives `機關單位團建` when the head offers nothing better.
    """
    head = range(min(first, len(texts)))
    for i in head:
        m = _TITLE_LABEL.match(texts[i]) if verdicts[i] in (None, TABLE) else None
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


@rule(SUBTITLE)
def is_subtitle(text: str) -> bool:
    """`——黄州区政府办公室创建文明单位纪实` right below the title → subtitle."""
    return (
        bool(DASH_LED.match(text)) and cjk_count(text) >= 2 and not is_prose(text) and len(text) <= MAX_TITLE
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
            out[j] = TITLE
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
            subtitle, out[j] = texts[j], SUBTITLE
        else:
            break
        j = next_open(texts, out, j + 1, first)
    return subtitle


def place(
    texts: Sequence[str], out: list[str | None], first: int, found: dict[str, str | None]
) -> int | None:
    """Title and subtitle into `found`, their lines (and the `名称：` rows) marked in `out`.

    Returns the index of the title's line, None when the page has no title.
    """
    picked = pick_title(texts, out, first)
    if not picked:
        return None
    found["title"], date = trim_title(picked[1])
    found["date"] = found["date"] or date
    if out[picked[0]] == "chrome.breadcrumb":  # the title is the breadcrumb's last crumb
        found["date"] = found["date"] or read_date(texts[picked[0]])
    else:
        out[picked[0]] = TITLE
    found["subtitle"] = below_title(texts, out, picked[0], picked[1], first)
    for i in range(min(first, len(texts))):  # every `名称：` row is the page's metadata table
        if out[i] is None and _TITLE_LABEL.match(texts[i]):
            out[i] = TITLE
    return picked[0]

