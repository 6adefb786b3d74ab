"""Chrome page zones: where the article starts and ends, and the furniture around it.

The line rules (`chrome.lines`) judge each line alone. This pass finds the article's first and
last anchor paragraphs: lines above the first are the page head, lines below the last the page
foot. Chrome rules need less evidence there; the foot past the last paragraph goes whole
(`chrome.footer`), unclaimed lines above the title go (`chrome.header`), and runs of short lines at
the head and foot are menus (`chrome.nav`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from reader.clean.chrome import runs
from reader.clean.chrome.lines import (
    BODY,
    BREADCRUMB,
    DATED_LIST,
    FORUM,
    IN_TEXT_RULES,
    LINK_FARM,
    LOGIN_WALL,
    MARKUP,
    RELATED,
    SEO_TITLE,
    TAIL_MARKERS,
    WORDLESS,
    both_scripts,
    forum,
    line_verdicts,
    prose_label,
    simplified,
)
from reader.clean.rules import IN_FOOT, IN_HEAD, REMOVE, SHAPE, Rule, register
from reader.clean.signals import (
    ATTACHMENT,
    CAPTION_OPEN,
    CJK,
    DATELINE,
    META_LABEL,
    NUMBERED,
    SENTENCE_PUNCT,
    cjk_count,
    ends_sentence,
    is_code,
    is_headline,
    is_prose,
    is_table_row,
    spaceless,
)
from reader.clean.structure import DATE_LINE, cited_names, document_title, heading_kind

NAV = register(
    Rule(
        "chrome.nav",
        REMOVE,
        "首页\n新闻中心\n政务公开\n办事服务",
        "removed (menus: a run of three or more short lines at the page head or foot)",
        at=IN_HEAD,
    )
)
HEADER = register(
    Rule(
        "chrome.header",
        REMOVE,
        "东南网",
        "removed (page furniture: lines no rule claims above the title)",
        at=IN_HEAD,
    )
)
CODE = register(
    Rule(
        "chrome.code",
        SHAPE,
        "#include<math.h>\nuchar temp;\nvoid delay(uchar n)\n{\nDQ=1; //拉高数据线\n}",
        "kept (a program or a table of numbers the text quotes, below it or inside it, is no furniture)",
        at=IN_FOOT,
    )
)
CUT_OFF = register(
    Rule(
        "chrome.cut_off",
        SHAPE,
        "一“出”一“",
        "kept (a page cut off inside its article: the lines of words below its last paragraph, "
        "the last one even a broken word)",
        at=IN_FOOT,
    )
)
SHORT_LINES = register(
    Rule(
        "chrome.short_lines",
        SHAPE,
        "真是个享受退休生活的好地方\n刚过百年校庆的小学\n很斑驳的大象溜滑梯\n几棵大大的榕树守护这块土地\n"
        "谢谢所有热情协助的乡亲们啊!\n借我们脚踏车的阿姨家\n养了好多只猫",
        "kept (an article in short lines, its one sentence among them: the short lines below it too)",
        at=IN_FOOT,
    )
)
CAPTIONS = register(
    Rule(
        "chrome.captions",
        SHAPE,
        "某县召开全县重点项目推进会\n\n与会人员参观重点项目建设现场\n",
        "kept (the headline over its photo, the photo's caption, the headline again over the text: "
        "a caption or two, each alone, between the copies)",
        at=IN_HEAD,
    )
)
FOOTER = register(
    Rule(
        "chrome.footer",
        REMOVE,
        "客服",
        "removed (the page foot: lines after the article's last paragraph)",
        at=IN_FOOT,
    )
)

REPEAT = register(
    Rule(
        "chrome.repeat",
        REMOVE,
        "某县召开全县重点项目推进会",
        "removed (the title, or a paragraph, shown again word for word below other paragraphs, or "
        "cut short anywhere: a list template's teaser of the text)",
    )
)


class Zones(NamedTuple):
    """Units before `first` are the page head, units after `last` the page foot; `boxes` are the
    lines of related-link boxes set inside the article (`延伸阅读` and its links); `code` the lines of
    the programs it quotes, whatever a line rule took them for (its sentences stay anyway)."""

    first: int
    last: int
    boxes: frozenset[int] = frozenset()
    code: frozenset[int] = frozenset()

    def edge(self, i: int) -> bool:
        return i < self.first or i > self.last


# An editor's sign-off (`责任编辑:`, `编辑 | 某某`, `审核:`): the article's last line before the page foot.
_EDITORS = both_scripts("责任编辑", "责编", "编辑", "审核", "审校", "校对", "终审")
_EDITOR_LABEL = re.compile(rf"^[\[【（(]?\s*(?:{_EDITORS})\s*[:：|｜]")
NAV_ITEM = 6  # a navigation item is at most this long
NAV_RUN = 3  # and comes with at least this many neighbours


def nav_runs(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[bool]:
    """`首页 / 新闻中心 / 政务公开` as three short lines at the page head → removed (menus).

    A row of two or three items between bars (`站长简介 | 常见问题`) counts as a short line: a menu
    set in rows.

    Lines other rules took (chrome, metadata) do not break a run: without them it would still be there.
    Two short lines make a menu too when short chrome (`微信公众号`, `官方微博`) stands around them.
    A menu stands beside an article: a page of nothing but short lines (a list, a poem) is the article.
    The page's first line joins a run but does not count toward one, nor toward a page of short lines:
    it is where a cleaned text has its title, which must not turn two short lines after it into a menu
    when the text is cleaned again, nor the short lines under it.
    """
    open_ = [i for i, t in enumerate(texts) if t and verdicts[i] is None]
    first = next((i for i, t in enumerate(texts) if t), None)
    short = [
        (len(texts[i]) <= NAV_ITEM or _menu_row(texts[i]))
        and not SENTENCE_PUNCT.search(texts[i])
        and heading_kind(texts[i]) in (None, "plain")
        for i in open_
    ]
    marks = [False] * len(texts)
    start = 0
    for k in range(len(open_) + 1):
        if k < len(open_) and short[k]:
            continue
        run = open_[start:k]
        count = len(run) - (run[:1] == [first])
        beside = _chrome_items(texts, verdicts, open_, start, k) if count == NAV_RUN - 1 else 0
        if count >= NAV_RUN or count + beside > NAV_RUN:
            for j in run:
                marks[j] = True
        start = k + 1
    if all(marks[i] for i in open_ if i != first):  # the title over them makes no article of them
        return [False] * len(texts)
    return marks


_MENU_ROW = re.compile(r"\s*[|｜]\s*")


def _menu_row(text: str) -> bool:
    """`作品列表 | 电子图书`: a row of a menu set in short rows, its items between bars."""
    if "|" not in text and "｜" not in text:
        return False
    items = _MENU_ROW.split(text)
    return 1 < len(items) <= NAV_RUN and all(0 < len(item) <= NAV_ITEM for item in items)


def _chrome_items(
    texts: Sequence[str], verdicts: Sequence[str | None], open_: Sequence[int], start: int, stop: int
) -> int:
    """Short lines chrome rules took between the open lines around the run `open_[start:stop]`."""
    lo = open_[start - 1] + 1 if start else 0
    hi = open_[stop] if stop < len(open_) else len(texts)
    return sum(
        1 for j in range(lo, hi) if (verdicts[j] or "").startswith("chrome.") and len(texts[j]) <= NAV_ITEM
    )


def header(
    verdicts: list[str | None], title_at: int | None, first: int, texts: Sequence[str] = ()
) -> list[str | None]:
    """`东南网` alone above the title → removed: unclaimed lines above the title are page furniture.

    A title found below where the text seemed to start (a lede-like line above it went to the
    header) makes the lines between it and the text the page's head: a rule that holds only at the
    edge (`点击查看更多>>`) takes them there, as it would on the cleaner's own output.
    """
    stop = first if title_at is None else title_at
    out = list(verdicts)
    captions = _captions(texts, verdicts, title_at) if texts and title_at is not None else ()
    for i in range(min(stop, len(out))):
        if out[i] is None and i not in captions:
            out[i] = HEADER.name
    if title_at is not None and title_at < first:
        # a thread's tool bar (`随时随地手机跟帖`, `跳转到指定楼层`) between its title and its first post
        below = range(title_at + 1, min(first, len(texts)))
        # (lines a rule took are not on the output: a lede the breadcrumb cut off is no text)
        bar = next((k for k in below if _post_bar(texts[k]) or (out[k] is None and is_prose(texts[k]))), None)
        for i in range(title_at + 1, bar if bar is not None and _post_bar(texts[bar]) else 0):
            if out[i] is None and texts[i] and not is_code(texts[i]):
                out[i] = HEADER.name
    if title_at is not None and title_at >= first:
        out = edge_below_title(texts, out, title_at)
    return out


def edge_below_title(
    texts: Sequence[str], verdicts: Sequence[str | None], title_at: int, start: int | None = None
) -> list[str | None]:
    """A title found below where the text seemed to start: the lines between it and the text's first
    paragraph (or `start`, where the output's text starts) are the page's head, where a rule that holds
    only at the edge takes them (as on the cleaner's own output, which sets the title first)."""
    out = list(verdicts)
    for i in range(title_at + 1, len(texts) if start is None else start):
        if not texts[i] or out[i] is not None:
            continue
        if is_prose(texts[i]):
            if start is None:
                break
            continue
        out[i] = line_verdicts(texts[i])[1]
    return out


_CAPTIONS_MAX = 3  # captions between a headline shown over its photo and the headline over the text


def _captions(texts: Sequence[str], verdicts: Sequence[str | None], title_at: int) -> range | tuple[()]:
    """`街總嘉年華促睦鄰互助` over its photo, `嘉賓主持嘉年華開幕禮`, the headline again over the text: the
    lines between the title and its copy just above are the photos' captions, the article's. So they
    read only when they are few, words, each alone between blank lines, and no rule took any line
    there (a date line, a share bar, a list of other headlines: the page's head between two titles)."""
    key = spaceless(texts[title_at])
    copy = next((i for i in range(title_at - 1, -1, -1) if spaceless(texts[i]) == key), None)
    if copy is None or not key:
        return ()
    between = [i for i in range(copy + 1, title_at) if texts[i]]
    if not between or len(between) > _CAPTIONS_MAX:
        return ()
    for i in between:
        alone = not texts[i - 1] and not texts[i + 1]
        if verdicts[i] is not None or not alone or cjk_count(texts[i]) < _CUT_CJK:
            return ()
    return range(copy + 1, title_at)


def menu_under_title(
    texts: Sequence[str], verdicts: Sequence[str | None], title_at: int | None, first: int
) -> list[str | None]:
    """A title found below where the text seemed to start: the short lines left between it and the
    text are, on the output, the head under its first line, where a run of them is a menu
    (`chrome.nav`). Judged on the lines every other rule has left, as the output holds them."""
    out = list(verdicts)
    if title_at is None or title_at < first:
        return out
    view = [t if i == title_at or (i > title_at and out[i] is None) else "" for i, t in enumerate(texts)]
    nav = nav_runs(view, [None] * len(view))
    for i in range(title_at + 1, len(texts)):
        if not texts[i] or out[i] is not None:
            continue
        if is_prose(texts[i]):
            break
        if nav[i]:
            out[i] = NAV.name
    return out


# A date alone on its line, as a list of the site's news sets one over (or under) each headline:
# `2026/03/11`, `2026-03-05 14:59 HKT` (with its time, and the time zone a Hong Kong site adds).
_BARE_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[A-Z]{3})?$"
)
_DATED_ITEMS = 3  # dated headlines in a row that make a list
_ITEM_MAX = 80  # a list item is a headline: at most this long, and no full stop (a `！` it may have)


def dated_lists(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[str | None]:
    """`2026/03/11` over `千田愛紗助陣!竹市食品亮相`, or a headline over `2026-03-05 14:59 HKT`, three
    times or more in a row → removed: a list of the site's latest news, dates and all (no dateline of
    the article's)."""
    out = list(verdicts)
    open_ = [i for i, t in enumerate(texts) if t]
    if sum(1 for i in open_ if _BARE_DATE.match(texts[i])) < _DATED_ITEMS:
        return out  # the cheap test: too few bare dates for a list
    for date_first in (True, False):
        pairs: list[tuple[int, int]] = []
        k = 0
        while k <= len(open_):
            a, b = (open_[k], open_[k + 1]) if k + 1 < len(open_) else (None, None)
            if a is not None and b is not None:
                date, item = (a, b) if date_first else (b, a)
                if _dated_item(texts, verdicts, date, item):
                    pairs.append((date, item))
                    k += 2
                    continue
            if len(pairs) >= _DATED_ITEMS:
                for i in (i for pair in pairs for i in pair):
                    out[i] = DATED_LIST.name
            pairs = []
            k += 1
    return out


def _dated_item(texts: Sequence[str], verdicts: Sequence[str | None], date: int, item: int) -> bool:
    t = texts[item]
    return (
        verdicts[date] is None
        and verdicts[item] is None
        and _BARE_DATE.match(texts[date]) is not None
        and len(t) <= _ITEM_MAX
        and "。" not in t
        and not _BARE_DATE.match(t)
    )


def _post_bar(text: str) -> bool:
    """`楼主`, `hotpower|  楼主 | 2008-9-7 10:04 | 只看该作者`: a post's header or tool bar."""
    return bool(text) and forum(text) >= BODY


def footer(texts: Sequence[str], verdicts: list[str | None], last: int) -> list[str | None]:
    """`客服` after the article's last paragraph → removed: the page foot holds no article text."""
    out = list(verdicts)
    for i in range(last + 1, len(out)):
        if out[i] is None and texts[i]:
            out[i] = FOOTER.name
    return out


def _ends_article(text: str, verdict: str | None) -> bool:
    return verdict in TAIL_MARKERS or _EDITOR_LABEL.match(text) is not None


def _anchors(texts: Sequence[str], prose: Sequence[bool], strict: Sequence[str | None]) -> list[int]:
    """Prose lines no rule or label claims; short headline-like ones only when nothing else is left.

    A line that repeats an earlier one (a summary shown again below the article) is no anchor.
    """
    seen: set[str] = set()
    free = []
    for i, t in enumerate(texts):
        if not prose[i]:
            continue
        claimed = strict[i] is not None or META_LABEL.match(t) or is_table_row(t)
        if not claimed and t not in seen:
            free.append(i)
        seen.add(t)
    return [i for i in free if not is_headline(texts[i])] or free


def _tail_cut(
    texts: Sequence[str],
    strict: Sequence[str | None],
    before: Sequence[int],
    start: int,
    boxes: dict[int, range] | None = None,
) -> int:
    """The first tail marker in the second half of the article text above it.

    "Half" is measured against the article that remains, so cut again until no earlier
    marker qualifies: cleaning the cleaned text then finds the same cut. A box of related
    links that the article goes on below (`boxes`) is no tail marker.
    """
    cut = len(texts)
    boxes = boxes or {}
    while True:
        half = before[cut] / 2
        marks = (
            i
            for i in range(start, cut)
            if before[i] >= half and _ends_article(texts[i], strict[i]) and i not in boxes
        )
        earlier = next(marks, cut)
        if earlier == cut:
            return cut
        cut = earlier


def zones(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    edge: Sequence[str | None] | None = None,
) -> Zones:
    """Where the article starts and ends: its first and last anchor paragraphs.

    An anchor is a prose line that no rule claims and that could not be a title. A breadcrumb
    early in the page ends the head; chrome late in the page (related links, comments,
    editor line) starts the foot, even if prose such as comments follows it. `edge` holds
    each line's verdict at the page's edge, for `text_end`.
    """
    anchors = _anchors(texts, prose, strict)
    if not anchors:
        return Zones(len(texts), len(texts))
    is_anchor = set(anchors)
    before = list(
        itertools.accumulate((len(t) if i in is_anchor else 0 for i, t in enumerate(texts)), initial=0)
    )
    boxes = inline_boxes(texts, strict, is_anchor, before)
    tail = _tail_cut(texts, strict, before, anchors[0] + 1, boxes)
    half = before[tail] / 2
    crumbs = (i for i in range(tail) if strict[i] == BREADCRUMB.name and before[i] < half)
    head = max(crumbs, default=-1)
    kept = [i for i in anchors if head < i < tail] or anchors
    kept = _past_stray_lines(texts, prose, strict, edge or strict, kept)
    signed = signature_end(texts, prose, strict, kept, before, tail)
    # the text ended there, an earlier signature may stand in its second half: the output, without what
    # followed, reads it so
    while signed is not None and (earlier := signature_end(texts, prose, strict, kept, before, signed)):
        signed = earlier
    if signed is not None:
        kept = [i for i in kept if i < signed] or kept
    # the costlier test of an article in short lines only when the line below its end may be one
    below = next((j for j in range(kept[-1] + 1, tail) if texts[j]), None)
    short_lines = below is not None and not prose[below] and _short_line(texts[below])
    if short_lines:
        start = (
            kept[0] if len(kept) > 1 else _short_lines_start(texts, prose, strict, edge or strict, kept[0])
        )
        short_lines = in_short_lines(texts, prose, strict, start, kept[-1])
    last = attachments_end(texts, text_end(texts, strict, edge or strict, kept[-1], tail, short_lines))
    last = attached_document_end(texts, strict, edge or strict, last, tail)
    last, code = code_end(texts, prose, strict, kept[0], last, tail)
    if tail == len(texts) and signed is None:  # a signed article is whole
        last = cut_off_end(texts, strict, edge or strict, last)
    inside = frozenset(j for i, box in boxes.items() if kept[0] < i < last for j in box)
    return Zones(kept[0], last, inside, code)


_STRAY_MAX = 30  # characters of a sentence set alone in the page head (a motto, a notice)
_STRAY_GAP = 8  # lines between it and the next paragraph, none of them a sentence
_STRAY_CHROME = 3  # of which chrome rules take at least this many


def _past_stray_lines(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    edge: Sequence[str | None],
    anchors: list[int],
) -> list[int]:
    """`我什么都不懂。` over a sidebar (`站长简介 | 常见问题`, `本站点击数`…) and only then the article: a
    short sentence set apart from the text by a long run of furniture is the page head's, not the
    article's first paragraph."""
    while len(anchors) > 1 and len(texts[anchors[0]]) <= _STRAY_MAX:
        between = [j for j in range(anchors[0] + 1, anchors[1]) if texts[j]]
        if len(between) < _STRAY_GAP or any(prose[j] for j in between):
            break
        if sum(1 for j in between if strict[j] or edge[j]) < _STRAY_CHROME:
            break
        anchors = anchors[1:]
    return anchors


# Line rules that take a line of code for furniture: `{` has no word, `#define uint unsigned int` is
# spaced like a menu, `_nop_();_nop_();` repeats like a page's keywords, `#include<math.h>` has a tag.
_CODE_MISREADS = frozenset({LINK_FARM.name, WORDLESS.name, SEO_TITLE.name, MARKUP.name})
_CODE_RUN = 3  # code lines below the text that make a quoted program, not a stray line of symbols


def _code_line(text: str, verdict: str | None) -> bool:
    return (verdict is None or verdict in _CODE_MISREADS) and is_code(text)


def code_end(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    first: int,
    last: int,
    stop: int,
) -> tuple[int, frozenset[int]]:
    """`附代码如下:` then `#include<math.h>`, `DQ=1;`, `}`: a program below the last paragraph goes on
    with the article, up to its last line of code (lines no rule takes may stand between them).

    Returns the article's new last line and the code lines from its first line on (but sentences,
    which stay whatever they are).
    """
    end, found = last, []
    for j in range(last + 1, min(stop, len(texts))):
        if not texts[j]:
            continue
        if _code_line(texts[j], strict[j]):
            end = j
            found.append(j)
        elif strict[j] is not None:
            break
    if len(found) < _CODE_RUN:
        end = last
    code = (j for j in range(first, end + 1) if texts[j] and not prose[j] and _code_line(texts[j], strict[j]))
    return end, frozenset(code)


def inline_boxes(
    texts: Sequence[str], strict: Sequence[str | None], is_anchor: set[int], before: Sequence[int]
) -> dict[int, range]:
    """`延伸阅读` and a few short links, with the article's paragraphs going on below: a box set
    inside the article, not the start of its foot. Label line → the lines of the box.

    A link's teaser under it, its opening cut short (`本报讯…被国家林业...`), is the box's, not the
    article going on; and the text below must outweigh the box: a site's blurb of a line or two
    under a box of headlines and teasers is the page's foot (`蓝田新闻,新鲜有料。…`)."""
    boxes: dict[int, range] = {}
    for i, verdict in enumerate(strict):
        if verdict != RELATED.name:
            continue
        links, size = 0, len(texts[i])
        for j in range(i + 1, len(texts)):
            t = texts[j]
            if not t:
                continue
            teaser = links > 0 and _CUT_MARK.search(t) is not None
            if j in is_anchor and not teaser:  # the article goes on: enough of it to be more than a comment?
                following = _next_marker(texts, strict, j)
                if links and before[following] - before[j] >= max(_BOX_TEXT, size):
                    boxes[i] = range(i, j)
                break
            long_ = len(t) > _LINK_MAX and not teaser
            if links == _BOX_LINKS or long_ or strict[j] not in (None, RELATED.name):
                break
            links, size = links + 1, size + len(t)
    return boxes


def _next_marker(texts: Sequence[str], strict: Sequence[str | None], start: int) -> int:
    return next((k for k in range(start, len(texts)) if _ends_article(texts[k], strict[k])), len(texts))


_SECTION_KINDS = frozenset({"numeral", "paren_numeral", "chapter"})
_SECTION_OPENS = frozenset("第一二三四五六七八九十（(")  # what a heading of those kinds opens with
_TEXT_CJK = 8  # CJK characters of a line that continues the article below its last anchor
# The formula that closes a notice or a letter, above its signature.
_CLOSINGS = ("特此通知", "特此通告", "特此公告", "特此函告", "特此函复", "特此批复", "特此报告", "此复")
_CLOSING = re.compile(rf"^(?:{both_scripts(*_CLOSINGS)})[。！!]?$")
_LINK_LED = re.compile(r"^[►▶▸→»]")  # an arrow before a line: a link to another article
_CUT_LINES = 10  # lines a page cut off inside its article may leave below its last paragraph
_CUT_CJK = 4  # CJK characters of each of them
_DOCUMENT_GAP = 6  # lines (a signature, a date) between the last paragraph and an attached document
_SIGNER_MAX = 30  # a signature's line above its date is at most this long
_BOX_LINKS = 6  # links a box of related links set inside the article holds at most
_LINK_MAX = 40  # and each is at most this long
_BOX_TEXT = 40  # characters of paragraphs that go on below a box before the next chrome
# A teaser's cut mark: `...` or one `…` ending the line (the writer's own ellipsis is `……`).
_CUT_MARK = re.compile(r"(?<![.…])(?:\.{3}|…)$")
_SHORT_LINES = 4  # short lines of words an article written in them has at least


def _continues_text(text: str) -> bool:
    """`（四）工作原则`, `1.预防为主,常备不懈。提高…`, `特此通知`, `图为…`: a section, a clause, a closing
    formula, a dateline or a photo's caption (the last photo's, under the last paragraph)."""
    if META_LABEL.match(text):
        return False
    if _CLOSING.match(text) or DATELINE.match(text):
        return True
    if CAPTION_OPEN.match(simplified(text)) and len(CJK.findall(text)) >= _TEXT_CJK:
        return True
    if text[:1] in _SECTION_OPENS and heading_kind(text) in _SECTION_KINDS:
        return True
    clauses = "。" in text or len(SENTENCE_PUNCT.findall(text)) >= 2 or ends_sentence(text)
    return clauses and len(CJK.findall(text)) >= _TEXT_CJK


def text_end(
    texts: Sequence[str],
    strict: Sequence[str | None],
    edge: Sequence[str | None],
    last: int,
    stop: int,
    short_lines: bool = False,
) -> int:
    """The last anchor, moved down over the lines right below it that go on with the article.

    A numbered section, or a line of clauses too short to be an anchor, continues the text as
    long as no chrome rule, even at the page's edge, claims it; so does any line of words when
    the article is written in short lines (`short_lines`: verse, a caption-like feature).
    """
    end = last
    for j in range(last + 1, min(stop, len(texts))):
        t = texts[j]
        if not t:
            continue
        goes_on = (
            _continues_text(t)
            or (short_lines and _short_line(t))
            or _closes_post(texts, strict, j)
            or _above_wall(texts, strict, j)
        )
        if strict[j] is not None or edge[j] is not None or not goes_on:
            break
        end = j
    return end


def _closes_post(texts: Sequence[str], strict: Sequence[str | None], j: int) -> bool:
    """`先谢谢大家了！` right over a post's tool bar (`回复`, `使用道具 举报`): the post's last sentence,
    when it still closes the text once the bar is gone (as `cut_off_end` reads it): words, no label
    (`·?`, `编辑:… 来源：…` are the page's foot then)."""
    below = next((k for k in range(j + 1, len(texts)) if texts[k]), None)
    t = texts[j]
    closes = below is not None and strict[below] == FORUM.name and ends_sentence(t)
    return closes and cjk_count(t) >= _CUT_CJK and not META_LABEL.match(t) and not is_table_row(t)


def _above_wall(texts: Sequence[str], strict: Sequence[str | None], j: int) -> bool:
    """`重新“夺回麦克风` right over `登录后获取更多权限`: the words a paywall cut off, the article's."""
    below = next((k for k in range(j + 1, len(texts)) if texts[k]), None)
    return below is not None and strict[below] == LOGIN_WALL.name and _short_line(texts[j])


def _short_line(text: str) -> bool:
    """A line of words that is neither a sentence nor a label (`台长: 吕大吉`, whatever its key):
    `希望的曙光就出现在那一年`."""
    label = META_LABEL.match(text) or _LABEL_COLON.match(text)
    return cjk_count(text) >= _CUT_CJK and not label and not is_table_row(text)


def _short_lines_start(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    edge: Sequence[str | None],
    first: int,
) -> int:
    """An article's one paragraph, moved up over the lines of words right above it that no rule
    claims, even at the page's edge: an article in short lines (a photo diary, verse) may have one
    sentence only, and is read from where its short lines start.

    Only when enough of them are longer than a menu item: `新闻中心 / 政务公开` over a one-paragraph
    notice are the page's menu, not its verse.
    """
    start, long_ = first, 0
    for j in range(first - 1, -1, -1):
        t = texts[j]
        if not t:
            continue
        label = META_LABEL.match(t) or _LABEL_COLON.match(t) or is_table_row(t)
        if prose[j] or strict[j] is not None or edge[j] is not None or label or not cjk_count(t):
            break
        start, long_ = j, long_ + (len(t) > NAV_ITEM)
    return start if long_ >= _SHORT_LINES else first


def in_short_lines(
    texts: Sequence[str], prose: Sequence[bool], strict: Sequence[str | None], first: int, last: int
) -> bool:
    """Whether the article between its first and last paragraph is mostly short lines of words."""
    lines = [i for i in range(first, last + 1) if texts[i]]
    short = sum(1 for i in lines if not prose[i] and strict[i] is None and _short_line(texts[i]))
    return short >= _SHORT_LINES and 2 * short >= len(lines)


def signature_end(
    texts: Sequence[str],
    prose: Sequence[bool],
    strict: Sequence[str | None],
    anchors: Sequence[int],
    before: Sequence[int],
    stop: int,
) -> int | None:
    """`某县人民政府` over `2024年3月1日` in the text's second half: the signature, where the article ends.

    The signature itself is the foot's first metadata (who signed, when); what follows it is the
    page's (a promotion, a comment), unless an attached document starts there.
    """
    half = before[stop] / 2
    for d in range(anchors[0] + 1, stop):
        if before[d] < half or not DATE_LINE.match(texts[d]):
            continue
        # (a line a rule takes anywhere is not on the output, and stands between nothing)
        above = next((j for j in range(d - 1, anchors[0], -1) if texts[j] and not strict[j]), None)
        if above is not None and not prose[above] and len(texts[above]) <= _SIGNER_MAX:
            return d
    return None


def cut_off_end(
    texts: Sequence[str], strict: Sequence[str | None], edge: Sequence[str | None], last: int
) -> int:
    """A page cut off inside its article: the few lines below the last paragraph go on with it.

    So it reads when nothing below the last paragraph is chrome, even at the page's edge, nor
    metadata: every line there is words (`同日 省委常委、市委书记王新伟主持召开`, the page's end, or
    Latin words: `or php+css+csv/zip)`), and none is a link an arrow points to
    (`►台78线水泥车翻覆 驾驶受伤送医`). The page's very last line may be shorter when it shows the cut
    (`broken`): a word cut after one character (`朱`), a quote or bracket left open (`一“出”一“`,
    `fprintf('\\n`); a short whole line there (`东南网`) is the page's foot. Not after a label
    (`信息来源:某镇`): the article ended with its source line. A line set in the text in place of what
    it hides (`图片隐藏,注册或登录后显示`) stands between paragraphs: it ends nothing.
    """
    rest = [j for j in range(last + 1, len(texts)) if texts[j] and strict[j] not in IN_TEXT_RULES]
    if len(rest) > _CUT_LINES:
        return last
    labelled = any(_LABEL_COLON.match(texts[j]) for j in rest)
    for j in rest:
        t = texts[j]
        words = 1 if j == rest[-1] and not labelled and broken(t) else _CUT_CJK
        if strict[j] or edge[j] or META_LABEL.match(t) or is_table_row(t) or _words(t) < words:
            return last
        if _LINK_LED.match(t):
            return last
    return rest[-1] if rest else last


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LABEL_COLON = re.compile(r"^[^\s:：]{1,6}[:：]")  # `信息来源:`, a label's colon near the line's start
_OPENERS, _CLOSERS = "“‘「『《〈（(【[", "”’」』》〉）)】]"


def broken(text: str) -> bool:
    """`朱`, `一“出”一“`, `fprintf('\\n` → True: a line cut off inside a word or a quotation (one
    character alone, more quotes or brackets opened than closed, an odd number of straight quotes)."""
    if len(text) == 1:
        return cjk_count(text) == 1
    opened = sum(text.count(c) for c in _OPENERS) > sum(text.count(c) for c in _CLOSERS)
    return opened or text.count("'") % 2 == 1 or text.count('"') % 2 == 1


def _words(text: str) -> int:
    """`or php+css+csv/zip)` → 5: its CJK characters and its Latin words."""
    return cjk_count(text) + len(_LATIN_WORD.findall(text))


def attached_document_end(
    texts: Sequence[str], strict: Sequence[str | None], edge: Sequence[str | None], last: int, stop: int
) -> int:
    """`附件：某县工作规则`, a signature, `某县工作规则` and its text: the document goes on with the article.

    The title of a document the page cites (`《…》`, `附件：…`) a few lines below the last paragraph
    starts the document; it ends where chrome, even at the page's edge, starts.
    """
    open_ = [j for j in range(last + 1, min(stop, len(texts))) if texts[j]]
    if not open_ or strict[open_[0]] or edge[open_[0]]:
        return last  # nothing below, or chrome right there: the page's names are not read
    names = cited_names(texts)
    if not names:
        return last
    for n, j in enumerate(open_[:_DOCUMENT_GAP]):
        if strict[j] or edge[j]:
            return last
        if document_title(texts, j, names):
            end = j
            for k in open_[n:]:
                if strict[k] or edge[k]:
                    break
                end = k
            return end
    return last


def attachments_end(texts: Sequence[str], last: int) -> int:
    """`附件：1.…` and its numbered lines right after the last paragraph extend the article."""
    end, listed = last, False
    for j in range(last + 1, len(texts)):
        t = texts[j]
        if t and not (ATTACHMENT.match(t) or (listed and NUMBERED.match(t))):
            break
        if t:
            end, listed = j, True
    return end


def classify(texts: Sequence[str]) -> tuple[list[str | None], Zones]:
    """The rule name for each unit (stripped text) that is chrome, None for article or metadata units."""
    prose = [bool(t) and is_prose(t) for t in texts]
    both = [
        line_verdicts(t) if t and not p else (prose_label(t) if p else None, None)
        for t, p in zip(texts, prose, strict=True)
    ]
    taken = runs.marks(texts)
    both = [(m, m) if m else b for m, b in zip(taken, both, strict=True)]
    strict = [b[0] for b in both]
    z = zones(texts, prose, strict, [b[1] for b in both])
    verdicts: list[str | None] = []
    for i, t in enumerate(texts):
        if not t:
            verdicts.append(None)
        elif i in z.boxes:  # its links, and their teasers, sentences cut short
            verdicts.append(strict[i] or RELATED.name)
        elif prose[i]:
            # prose above the first anchor is there only because a breadcrumb cut the head off
            cut_off = i < z.first and not is_headline(t) and not META_LABEL.match(t)
            verdicts.append(strict[i] or (HEADER.name if cut_off else None))
        elif i in z.code:
            verdicts.append(None)
        else:
            verdicts.append(both[i][1] if z.edge(i) else strict[i])
    return footer(texts, verdicts, z.last), z


def mark_nav(texts: Sequence[str], verdicts: Sequence[str | None], z: Zones) -> list[str | None]:
    """`chrome.nav` for runs of short lines at the head and foot; run after metadata has taken its lines."""
    nav = nav_runs(texts, verdicts)
    return [NAV.name if v is None and nav[i] and z.edge(i) else v for i, v in enumerate(verdicts)]


_REPEAT_MIN = 20  # characters of a paragraph whose second showing is a template's, not the writer's
_REPEAT_RUN = 2  # paragraphs in a row shown again that make a template's copy of a block of the text


def repeats(
    texts: Sequence[str],
    verdicts: Sequence[str | None],
    title_at: int | None,
    first: int,
    title: str | None = None,
) -> list[str | None]:
    """The title shown again below it, or a run of the article's paragraphs shown again word for word
    further down → removed: a template's duplicate (the headline over the text's first picture, the
    text's opening paragraphs set again under it).

    From the article's first paragraph on, and only with other paragraphs between the copies. A single
    paragraph shown twice is the writer's or the page's way (a summary then the text, a pull quote);
    so is a line set twice in a row. Headings and short lines repeat by design (a table of contents).
    `title` is the title as read from its line (`标题: X` gives `X`), which its copy says alone.
    """
    out = list(verdicts)
    paragraphs = 0  # prose lines so far, copies among them
    line = spaceless(texts[title_at]) if title_at is not None else None
    read = spaceless(title) if title and line is not None else line  # `标题: X` read as `X`
    seen: dict[str, int] = {}
    run: list[int] = []  # the copies in a row so far
    for i in range(first if title_at is None else title_at + 1, len(texts)):
        if not texts[i] or out[i] is not None:
            continue
        key = spaceless(texts[i])
        if (i >= first and key == line) or (key == read and read != line):
            out[i] = REPEAT.name  # above the text, only the copy of a title read from inside its line
            continue
        if i < first:
            continue
        if seen.get(key, paragraphs) >= paragraphs:  # not a copy
            run = []
        else:
            run.append(i)
            if len(run) == _REPEAT_RUN:  # long enough now: its copies so far, once
                for j in run:
                    out[j] = REPEAT.name
            elif len(run) > _REPEAT_RUN:  # a copy that extends a marked run
                out[i] = REPEAT.name
        if len(key) >= _REPEAT_MIN and is_prose(texts[i]):
            paragraphs += 1
            seen.setdefault(key, paragraphs)
    return _teaser_copies(texts, _cut_copies(texts, out))


_CUT_MIN = 40  # characters of a paragraph's copy cut short: a shorter one may be the writer's own lead-in


def _cut_copies(texts: Sequence[str], verdicts: list[str | None]) -> list[str | None]:
    """A paragraph's opening shown again and cut off mid-sentence (`…区民政`), above the paragraph or
    below it → removed: a list template's teaser of the text, or a duplicate the page's end cut. The
    writer never stops a sentence short; the paragraph whole, which goes on from it, stays."""
    long = [i for i, t in enumerate(texts) if len(t) >= _CUT_MIN and verdicts[i] is None]
    cut = [i for i in long if not ends_sentence(texts[i])]  # most pages: none, and nothing more to do
    if not cut:
        return verdicts
    keys = {i: spaceless(texts[i]) for i in long}
    whole: dict[str, list[int]] = {}  # a long line's opening → the lines that open so
    for i, key in keys.items():
        whole.setdefault(key[:_CUT_MIN], []).append(i)
    for i in cut:
        key = keys[i]
        if len(key) < _CUT_MIN:
            continue
        if any(len(keys[j]) > len(key) and keys[j].startswith(key) for j in whole[key[:_CUT_MIN]]):
            verdicts[i] = REPEAT.name
    return verdicts


# A teaser's form: a list's mark and a source's tag before it (`- [HK01]`), a cut mark after it.
_TEASER_FORM = re.compile(r"^(?:[-•·*▪●]\s*)?(?:[\[【][^\]】]{1,12}[\]】]\s*)?(?P<v>.+?)\s*(?:\.{3,}|…+)$")


def _teaser_copies(texts: Sequence[str], verdicts: list[str | None]) -> list[str | None]:
    """`- [HK01]阿茵自葵涌邨住處…是兩個世界。......` over that paragraph, or `国务院关于…的批复 国函〔2022〕
    50号广东省人民政府,…...` over the document's title, number and first lines → removed: an
    aggregator's or a list's teaser of the text below it, which says the text's words in order (over
    one paragraph or several) and then the cut mark. The text itself stays."""
    for i, t in enumerate(texts):
        if verdicts[i] is not None or len(t) < _CUT_MIN or not t.endswith(("...", "…")):
            continue
        if not (m := _TEASER_FORM.match(t)):
            continue
        key, below = spaceless(m.group("v")), ""
        for j in range(i + 1, len(texts)):
            if len(below) >= len(key):
                break
            below += spaceless(texts[j])
        if len(key) >= _CUT_MIN and below.startswith(key):
            verdicts[i] = REPEAT.name
    return verdicts
