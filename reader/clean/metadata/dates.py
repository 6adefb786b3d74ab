"""Field reader `metadata.date`: the dates pages write, in every form they use, and which of a
page's dates is its publication date.

Each vocabulary is written in Simplified: a line is read after t2s (`script.simplified`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from reader.clean.metadata.script import simplified
from reader.clean.rules import FIELD, IN_HEAD, Rule, register

DATE = register(
    Rule(
        "metadata.date",
        FIELD,
        "更新时间：2024-03-05  发布时间：2024-03-01 09:30",
        "date `2024-03-01 09:30` (the publication date, not the update, the archiving, a poster's "
        "registration or a related list's; the day made public, `发布日期`, over the day signed, "
        "`成文日期`, or merely `日期`; also `2005-5-7 21:23:57`, `2005年5月7日`, `发表于 2005-05-07`, "
        "`[2005-05-07]`, "
        "`20210606期`, `中華民國107年3月13日`, `09/11/2009`, `2010 11 2 02:46`, `2022 05/ 13 10:36`; "
        "with none, the issue's: "
        "`前一版 下一版 2024年02月07日`, else the headline's: `2025年03月14日新闻联播文字版`)",
        at=IN_HEAD,
    )
)

# `2005-5-7 21:23:57`, `2005年5月7日`, `2021/06/18 14:05`, `2024年4月18日14时05分`.
DATE_FORM = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时点]\s*(\d{2})(?!\d)(?:\s*[:：分]\s*\d{2}(?!\d))?)?"
)
# Day first (`24.08.2015  19:19`), and a two-digit year, read only with its time (`19-04-29 22:07`).
# Hong Kong's pages write it with slashes (`09/11/2009` is 9 November).
_DAY_FIRST = re.compile(
    r"(?<![\d./])(\d{2})(?P<sep>[./])(\d{2})(?P=sep)((?:19|20)\d{2})(?![\d./])(?:\s*(\d{1,2}):(\d{2})(?!\d))?"
)
# Spaces for separators (a mark beside one or not), read only with its time: `2010 11 2 02:46 AM`, and
# a date set in spans, as Xinhua's pages do (`2022 05/ 13 10:36`).
_GAP = r"(?:\s?[-/.]\s?|\s)"
_SPACED = re.compile(
    rf"(?<![\d ])((?:19|20)\d{{2}}){_GAP}(\d{{1,2}}){_GAP}(\d{{1,2}})\s+(\d{{1,2}}):(\d{{2}})(?!\d)"
)
_SHORT_YEAR = re.compile(r"(?<![\d-])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?!\d)")
# The Republic of China's calendar, on Taiwan's official pages: `中華民國107年3月13日` is 2018-03-13.
_ROC = re.compile(r"(?:中华)?民国\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
ROC_OFFSET = 1911
# A newspaper's issue, numbered by its date: `20210606期`.
_ISSUE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?=期)")
# A date in Chinese numerals, as an official document signs it: `二〇二三年五月十二日`.
_CN_ZERO, _CN_ONES = "〇○零", "一二三四五六七八九"
_CN_DATE = re.compile(
    rf"([{_CN_ZERO}{_CN_ONES}]{{4}})\s*年\s*([{_CN_ONES}十]{{1,3}})\s*月\s*([{_CN_ONES}十]{{1,4}})\s*日"
)
# Any of the forms, for cutting the dates out of a line (read in Simplified). The lookahead names
# every character a form can start with, so the seven forms are tried only there (six times faster).
_DATE_FIRST = rf"(?=[\d中民{_CN_ZERO}{_CN_ONES}])"
ANY_DATE = re.compile(
    _DATE_FIRST
    + "(?:"
    + "|".join(p.pattern for p in (DATE_FORM, _DAY_FIRST, _SPACED, _SHORT_YEAR, _ISSUE, _ROC, _CN_DATE))
    + ")"
)


def _cn_digit(char: str) -> int:
    return 0 if char in _CN_ZERO else _CN_ONES.index(char) + 1


def _cn_number(text: str) -> str:
    """`二〇二三` → `2023` (digit by digit); `十二` → `12`, `二十一` → `21`, `三十` → `30`."""
    if "十" not in text:
        return "".join(str(_cn_digit(c)) for c in text)
    tens, _, ones = text.partition("十")
    return str((_cn_digit(tens) if tens else 1) * 10 + (_cn_digit(ones) if ones else 0))


# What the words before a date say it is. The page's publication date ranks first; a date that is
# not it (when the page was updated, printed, crawled, or what day the reader's clock shows) is
# taken only where the page gives no other.
# Of the dates called published, the one said to be made public outranks the others: `成文日期：
# 2021-03-11 发布日期：2021-03-15` is published on the 15th (成文 is when the document was signed).
MADE_PUBLIC, PUBLISHED, PLAIN, NOT_PUBLISHED = 3, 2, 1, 0
# `最新推荐文章于 …`, `相关阅读 …`: the date of another article the page links to.
_NOT_PUBLISHED = re.compile(
    r"(?:更新|修改|修订|打印|采集|抓取|爬取|收录|入库|归档|访问|下载|截止|生效|废止|失效|有效期|今天是|当前时间|北京时间|"
    r"推荐|相关|注册|登录|登陆|加入|上传)"
)
_PUBLISHED = re.compile(
    r"(?:发布|发表|发文|刊发|刊登|出版|成文|发稿|首发|日期|时间|posted|published)", re.IGNORECASE
)
_MADE_PUBLIC = re.compile(r"(?:发布|发表|公开|刊发|刊登|发稿|首发|posted|published)", re.IGNORECASE)
# A label after its date: `2024-05-13 06:16发布于…`, `于 2024-05-06 15:47 发布`.
_PUBLISHED_AFTER = re.compile(r"\s*(?:发布|发表)")
_LABEL_REACH = 10  # characters before a date that its label may take


# What every form of `_dates` holds: a digit (`\d`, of any script, as the forms read it), or the `年` of
# a date in Chinese numerals.
_DATE_CHARS = re.compile(r"[\d年]")


def _dates(text: str) -> Iterator[tuple[int, int, str, str, str, str | None, str | None]]:
    """(start, end, year, month, day, hour, minute) of every date written in `text` (in Simplified).

    A form is read only on a line that holds the marks it cannot be written without (most dated
    lines hold one or two forms: the others need not read them)."""
    for m in DATE_FORM.finditer(text):
        yield m.start(), m.end(), *m.groups()  # type: ignore[misc]
    timed = ":" in text
    for m in _DAY_FIRST.finditer(text) if "." in text or "/" in text else ():
        day, _, month, year, hour, minute = m.groups()
        yield m.start(), m.end(), year, month, day, hour, minute
    for m in _SPACED.finditer(text) if timed else ():
        yield m.start(), m.end(), *m.groups()  # type: ignore[misc]
    for m in _SHORT_YEAR.finditer(text) if timed and "-" in text else ():
        year, month, day, hour, minute = m.groups()
        yield m.start(), m.end(), "20" + year, month, day, hour, minute
    for m in _ISSUE.finditer(text) if "期" in text else ():
        year, month, day = m.groups()
        yield m.start(), m.end(), year, month, day, None, None
    for m in _ROC.finditer(text) if "民国" in text else ():
        year, month, day = m.groups()
        yield m.start(), m.end(), str(int(year) + ROC_OFFSET), month, day, None, None
    for m in _CN_DATE.finditer(text) if "年" in text else ():
        try:
            year, month, day = (_cn_number(g) for g in m.groups())
        except ValueError:  # `十十` is no number
            continue
        yield m.start(), m.end(), year, month, day, None, None


def _rank(text: str, start: int, end: int) -> int:
    """`更新时间：` before the date → NOT_PUBLISHED; `发布时间：` before it → MADE_PUBLIC, `成文日期：`
    before it or `发布于` after it → PUBLISHED; nothing → PLAIN."""
    label = text[max(0, start - _LABEL_REACH) : start]
    label = ANY_DATE.split(label)[-1]  # the words after the date before, if any
    if _NOT_PUBLISHED.search(label):
        return NOT_PUBLISHED
    if _MADE_PUBLIC.search(label):
        return MADE_PUBLIC
    if _PUBLISHED.search(label) or _PUBLISHED_AFTER.match(text, end):
        return PUBLISHED
    return PLAIN


@functools.lru_cache(maxsize=4096)
def read_dated(text: str) -> tuple[str, int] | None:
    """The line's best date, and its rank.

    `更新时间:2021-02-01 发布时间:2021-01-01` → (`2021-01-01`, PUBLISHED).

    Among dates of one rank, the first the forms find.
    """
    simple = simplified(text)
    if not _DATE_CHARS.search(simple):  # most lines hold neither: the seven forms need not read them
        return None
    best: tuple[str, int] | None = None
    for start, end, year, month, day, hour, minute in _dates(simple):
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            continue
        date = f"{year}-{int(month):02d}-{int(day):02d}"
        if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
            date += f" {int(hour):02d}:{minute}"
        rank = _rank(simple, start, end)
        if best is None or rank > best[1]:
            best = date, rank
    return best


def read_date(text: str) -> str | None:
    """`发布时间:2021-12-07 10:35` → date `2021-12-07 10:35`; `2012年4月10日` → `2012-04-10`."""
    dated = read_dated(text)
    return dated[0] if dated else None


_LONE_MAX = 40  # characters of the longest date alone on its line, brackets and spaces included
# A writer's sign-off after the date: the hour, and where they wrote (`上午 10:00 于家中`, `写于北京`).
_SIGNED_AT = (
    r"(?:\s*(?:[上下]午|早上|晚上|凌晨)?\s*\d{1,2}[:：]\d{2})?(?:\s*[写作草记]?于\s*[\u4e00-\u9fff]{1,10})?"
)
# …or where a speech was given, under its title: `——2019年2月26日在镇第十四届人民代表大会第三次会议上`.
_SPOKEN_AT = (
    r"(?:\s*在[^\s，。,]{2,36}?(?:会议|大会|典礼|仪式|论坛|座谈会)上?(?:的(?:讲话|报告|发言|致辞))?)?"
)
_LONE_DATE = re.compile(
    rf"^(?:——|—)?[\[【(（]?\s*(?:{DATE_FORM.pattern}|{_CN_DATE.pattern}|{_DAY_FIRST.pattern})\s*[\]】)）]?"
    rf"{_SIGNED_AT}{_SPOKEN_AT}$"
)


def lone_date(text: str) -> str | None:
    """`2023年1月17日` alone on its line (a notice's signature), or with the hour and place of a writer's
    sign-off (`2018 年 9 月 30 日 上午 10:00 于家中`) → `2023-01-17`."""
    if len(text) > _LONE_MAX:
        return None
    simple = simplified(text)
    return read_date(simple) if _LONE_DATE.match(simple) else None


# A line that dates an issue: an e-paper's page bar (`前一版 下一版 2024年02月07日`), a citation with its
# page (`《某某报》 ( 2022年10月18日 第 06 版)`), a dated source (`( 2023-03-15 ) 稿件来源:某某电讯`), a
# programme's title with its air date (`《采访受阻事件透视》(2002年3月28日)`), an e-paper's article bar
# with its text-size buttons (`2023 年 3 月 16 日 星期 放大 缩小 默认`).
_ISSUE_MARK = re.compile(
    r"第\s*\d{1,3}\s*版|\d{1,3}\s*版\s*[)）]|[上前下后]一版|版面|(?:稿件|信息)?来源\s*[:：]|放大\s*缩小|"
    rf"[（(]\s*(?:{DATE_FORM.pattern})\s*[）)]\s*$"
)


def issue_date(text: str) -> str | None:
    """`前一版 下一版 2024年02月07日` → `2024-02-07`: the date of the issue a page is from, or a date
    alone on its line; for a page that gives no other."""
    simple = simplified(text)
    if _LONE_DATE.match(simple) or _ISSUE_MARK.search(simple):
        return read_date(simple)
    return None
