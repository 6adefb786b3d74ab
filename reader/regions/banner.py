"""Where a site's own chrome names its publisher: `达州市人民政府门户网站`, `主办单位：某某县融媒体中心`.

A local government's, party committee's or news outlet's own site publishes its own area's news, so a
banner or a footer the cleaner removed (`澳門特別行政區政府入口網站`, `中共宁乡市委组织部主办`) is
evidence of the page's place, as a gov.cn host is (see `host`). This module finds the removed lines of
the site's furniture and where, in them, a place stands as a publisher's name (a government, a party
committee, a news outlet, a public institution such as 盐城市文化馆); the detector finds the
place (a gazetteer mention) and decides what it is worth beside the page's own text.

The vocabulary is written once, in Simplified, and matched on lines folded to Simplified by the
gazetteer's table (OpenCC's characters), so that 入口網站, 縣委 and 廣播電視臺 match as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reader.clean.chrome.lines import (
    BREADCRUMB,
    COPYRIGHT,
    EPAPER,
    FOOTER_ICP,
    FOOTER_LICENCE,
    FOOTER_LINKS,
    LINK_FARM,
    URL,
    WELCOME,
)
from reader.clean.chrome.zones import FOOTER, HEADER, NAV
from reader.clean.metadata.dates import DATE
from reader.clean.metadata.fields import SOURCE, TABLE
from reader.document import Removal

# The site's own furniture: its banner, menus, welcome bar and footer; and the story's own source
# line (`来源：永靖县人民政府`, `发布机构：太湖县人民政府办公室`, read under the date's rule when it
# shares the date's line): a local body or paper that issued the story writes of its own area, as the
# one that runs the site does. Not the rules that take other stories (a teaser's
# `达州市人民政府召开常务会议`, a related list, a repeat).
SITE_CHROME = frozenset(
    r.name
    for r in (
        HEADER,
        FOOTER,
        NAV,
        WELCOME,
        BREADCRUMB,
        LINK_FARM,
        URL,
        COPYRIGHT,
        FOOTER_ICP,
        FOOTER_LICENCE,
        FOOTER_LINKS,
        EPAPER,
        DATE,
        SOURCE,
        TABLE,
    )
)

# A local body that runs a site, written right after its place (达州市 + 人民政府, 宁乡市 + 委组织部).
GOVERNMENT = r"(?:人民)?政府(?:办公[室厅])?|人大(?:常委会)?|人民代表大会(?:常务委员会)?|政协"
PARTY = r"(?:党工|党)?委(?:员会)?(?:办公室|组织部|宣传部|统战部|政法委|网信办)?|纪委(?:监委)?"
# A local forum is named for its place as a paper is (平度论坛, 深圳论坛), and writes of it as much.
MEDIA = r"融媒体中心|日报社?|晚报社?|报社|报业(?:传媒)?集团|传媒集团|广播电视台|电视台|新闻网|论坛"
# A local public institution runs a site of its own area's events as its government does (盐城市文化馆).
INSTITUTION = r"(?:文化|图书|博物|档案|纪念|科技|美术|群众艺术)馆"
PORTAL = r"门户网站?|入口网站|政务(?:服务)?网|官方网站|官网"  # the site itself: 某某县门户网站
SITE = rf"{PORTAL}|网站|网"  # after a body: 政府网, 重庆日报网, 市委组织部网站
# The name ends where the line, a mark or a sponsor's word does: `…人民政府召开…` is a headline.
BODY = re.compile(
    rf"(?P<name>(?:{GOVERNMENT}|{PARTY}|{MEDIA}|{INSTITUTION})(?:{SITE})?|{PORTAL})(?:主办|版权所有)?"
    r"(?![\u4e00-\u9fff])"
)
# What may stand before the place: the line's start or a mark, a welcome, a sponsor's or owner's label,
# and the party's name (中共宁乡市委).
BEFORE = re.compile(
    r"(?:[^\u4e00-\u9fff]|欢迎(?:访问|来到|光临)|主办(?:单位)?|主管(?:单位)?|版权所有)(?:中共|中国共产党)?$"
)
BEFORE_REACH = 10  # characters before a place that `BEFORE` reads: 版权所有中国共产党 is 9
# A word some body above has: a line without one names no publisher, and is not scanned.
HINT = re.compile(
    r"政府|人大|人民代表|政协|委|日报|晚报|报社|报业|传媒|媒体|电视台|新闻网|论坛|门户|入口网站|政务|官|馆"
)


def site_lines(removed: Iterable[Removal], fold: Callable[[str], str]) -> list[tuple[str, str]]:
    """The removed lines of the site's furniture that may name a publisher: (as written, folded)."""
    out = []
    for r in removed:
        if r.rule in SITE_CHROME and HINT.search(folded := fold(r.text)):
            out.append((r.text, folded))
    return out


def publisher_end(folded: str, start: int, end: int) -> int | None:
    """Where a publisher's name ends, when the place written at `start:end` heads one; else None.

    `主办单位：某某县人民政府办公室`, `欢迎访问中共宁乡市委组织部网站！`: the place stands at the line's
    start or after a mark or a label, and a body follows it up to the line's end, a mark or 主办.
    """
    head = folded[max(0, start - BEFORE_REACH) : start]
    if start <= BEFORE_REACH:
        head = "\n" + head
    if not BEFORE.search(head):
        return None
    body = BODY.match(folded, end)
    return body.end("name") if body else None
