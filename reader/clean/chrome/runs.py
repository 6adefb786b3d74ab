"""Chrome runs: lines that are furniture by the company they keep, not alone.

A single `帖子 260` or a single summary cut off with `…` could be anyone's line; several in a row are a
forum poster's profile card or a list of teasers for other stories. Each rule finds its runs on the
page's lines (Simplified or Traditional) and names the lines it takes, before the zones are drawn, so
that a teaser list's long lines never pass for the article's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome import cards
from reader.clean.chrome.lines import TAGS, both_scripts
from reader.clean.rules import IN_FOOT, IN_HEAD, REMOVE, Rule, register
from reader.clean.signals import SENTENCE_PUNCT, ends_sentence, is_prose
from reader.clean.structure import heading_kind

# A forum poster's card beside each post (`cards`): `UID 2391`, `帖子 260`, `积分 100 详情`, `性别 保密`,
# `状态 离线`, `来自 广州`. A field's name, a space or a colon, a short value.
_PROFILE_KEYS = both_scripts(*cards.keys(cards.RUN))
_PROFILE_FIELD = re.compile(rf"^(?:{_PROFILE_KEYS})(?:\s*[:：]\s*|\s+)\S.{{0,23}}$")
_PROFILE_FIELDS = 3  # fields in a run that make a card
_PROFILE_GAP = 1  # other lines a card's fields may have between them (a field the rule does not know)
_NAME_MAX = 16  # the poster's name over the card

PROFILE = register(
    Rule(
        "chrome.profile",
        REMOVE,
        "蓝之初\n性别 保密\nUID 2391\n帖子 260\n积分 100 详情\n来自 广东\n状态 离线",
        "removed (a forum poster's card: UID, 帖子, 积分, 性别…, three or more, and the name over it)",
        at=IN_HEAD,
    )
)

# A teaser: a story's summary cut off with one `…` or `...` in mid-sentence (`特区政府表示,该份所谓「…`),
# never the writer's `……` nor a sentence's trailing `。…`.
_CUT_OFF = re.compile(r"(?<![….。！？!?])(?:…|(?<!\.)\.\.\.)$")
_CUT_OFF_ENDS = ("…", "...", "…\n", "...\n")  # how a line `_CUT_OFF` finds ends: checked first, in C
_TEASER_MIN = 40  # characters of a summary; a shorter line cut off is a link's label or a post's aside
_TEASERS = 2  # summaries in a run that make a list of teasers
_TEASER_GAP = 3  # lines between two summaries: the next one's headline, a date, a counter
_TEASER_TITLE = 40  # a teaser's headline is at most this long

TEASER = register(
    Rule(
        "chrome.teaser",
        REMOVE,
        "区政府召开常务会议\n会议研究了近期重点工作，强调各部门要压实责任，加强协作配合，确保全年各项目标任务按期…\n"
        "全市春耕生产全面铺开\n连日来，各地抢抓农时，组织农机下田作业，农技人员深入田间地头开展技术指导，各地一派…",
        "removed (a list of other stories: each summary cut off with `…`, two or more, and their headlines)",
        at=IN_FOOT,
    )
)


def marks(texts: Sequence[str]) -> list[str | None]:
    """The rule of each line a run takes (None for the others): poster cards, teaser lists, tags."""
    return tag_values(texts, teasers(texts, profiles(texts, [None] * len(texts))))


# A date and time alone on its line (`(2010-05-12 21:33:08)`): the metadata takes it, so on the output it
# parts no run.
_DATE_ALONE = re.compile(
    r"^[\[【(（]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?$"
)


def _runs(hits: Sequence[int], texts: Sequence[str], gap: int) -> list[list[int]]:
    """`hits` grouped into runs: at most `gap` non-blank lines between two neighbours, dates alone
    not counted."""
    runs: list[list[int]] = []
    for i in hits:
        between = range(runs[-1][-1] + 1, i) if runs else range(0)
        if runs and sum(1 for j in between if texts[j] and not _DATE_ALONE.match(texts[j])) <= gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _above(texts: Sequence[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)


def profiles(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[str | None]:
    """`蓝之初` over `性别 保密`, `UID 2391`, `帖子 260` → removed: a poster's card, name and fields."""
    out = list(verdicts)
    hits = [i for i, t in enumerate(texts) if t and _PROFILE_FIELD.match(t) and not ends_sentence(t)]
    for run in _runs(hits, texts, _PROFILE_GAP):
        if len(run) < _PROFILE_FIELDS:
            continue
        lines = [j for j in range(run[0], run[-1] + 1) if texts[j]]
        name = _above(texts, run[0])
        if name is not None and len(texts[name]) <= _NAME_MAX and not is_prose(texts[name]):
            lines.append(name)
        for j in lines:
            if j in run or (out[j] is None and not is_prose(texts[j])):
                out[j] = PROFILE.name
    return out


def teasers(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[str | None]:
    """`某会议召开` over `会议研究了…,确保各项任务按期…`, twice or more → removed: other stories' teasers.

    Each summary stands under its headline: a post's own lines that trail off with `…` have none.
    """
    out = list(verdicts)
    titled: dict[int, int] = {}  # summary → its headline
    for i, t in enumerate(texts):
        if len(t) >= _TEASER_MIN and t.endswith(_CUT_OFF_ENDS) and _CUT_OFF.search(t):
            title = _above(texts, i)
            if title is not None and out[title] is None and _headline(texts[title]):
                titled[i] = title
    for run in _runs(list(titled), texts, _TEASER_GAP):
        if len(run) >= _TEASERS:
            for i in run:
                out[i] = out[titled[i]] = TEASER.name
    return out


def _headline(text: str) -> bool:
    return len(text) <= _TEASER_TITLE and not ends_sentence(text)


# A tag label alone on its line (`标签:`), its tags on the lines below it: `杂谈`.
_TAG_LABEL = re.compile(
    rf"^[【\[]?(?:{both_scripts('文章标签', '标签', '关键词', '关键字')}|tags?)[】\]]?\s*[:：]?$", re.I
)
_TAG_LINES = 3  # tags a label holds on lines of their own, at most
_TAG_MAX = 12  # characters of a line of tags


def tag_values(texts: Sequence[str], verdicts: Sequence[str | None]) -> list[str | None]:
    """`标签:` over `杂谈` → both removed: the label and the tags set below it."""
    out = list(verdicts)
    for i, t in enumerate(texts):
        if not t or not _TAG_LABEL.match(t):
            continue
        below = [j for j in range(i + 1, len(texts)) if texts[j]][:_TAG_LINES]
        for j in below:
            t = texts[j]
            if out[j] is not None or len(t) > _TAG_MAX or SENTENCE_PUNCT.search(t) or _section(t):
                break
            out[j] = TAGS.name
    return out


def _section(text: str) -> bool:
    """`一、基本情况`, `（二）工作措施`: the article's heading, no tag."""
    return heading_kind(text) not in (None, "plain")
