"""Who posted a forum thread or owns a blog, where the page names them only by its layout: the
first post's poster over the post's time, over their rank or over their profile; a blog's owner
in its profile box.

Each vocabulary is written in Simplified: a line is read after t2s (`script.simplified`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome import cards
from reader.clean.chrome.runs import PROFILE
from reader.clean.metadata.bylines import BYLINE
from reader.clean.metadata.script import simplified

_POSTED_BARE = re.compile(r"^\s*(?P<floor>楼主\s*[|｜]?\s*)?发表于\s*[:：]?\s*\d")
_POSTER_MAX = 20
# A poster's profile under their name: `前程往事` / `1` / `主题` / `5` / `帖子` / `积分`.
_PROFILE = re.compile(rf"^(?:\d+\s*)?(?:{'|'.join(cards.keys(cards.TOP))})")
# The first post's own edit note: `本帖最后由 晨枫 于 2022-9-20 15:18 编辑`; a post is edited by its poster.
_EDITED_BY = re.compile(r"^\s*本帖最后由\s*(?P<v>[^\s]{2,20})\s*于\s*\d")


# A thread's box for jumping to a floor, beside the first post's floor (`电梯直达`, `跳转到指定楼层`).
_ELEVATOR = re.compile(r"^\s*(?:电梯直达|跳转到指定楼层)\s*$")
# A poster's rank or a field of their profile, as a forum sets it under their name (`cards`): `Rank: 2`,
# `中级粉丝`, `正式会员`, `Lv.5`, `性别 保密`, `UID 2391`, `帖子 260`, `累计在线` / `120730分钟`. Each
# holds its number or its closed word, so that a heading (`积分规则`) is none.
_RANK = cards.rank_pattern()
_RANK_LINE = re.compile(rf"^(?:{_RANK})(?:\s|$)")
# The name and the rank on one line: `甘仔超     Rank: 2Rank: 2`.
_NAME_RANKED = re.compile(rf"^(?P<v>[^\s:：]{{2,{_POSTER_MAX}}})\s+(?:{_RANK})")


_BUTTON = re.compile(r"^[\[【].*[\]】]$")  # `[复制链接]`: a button's label in brackets, no name


def _poster_name(text: str) -> bool:
    return (
        2 <= len(text) <= _POSTER_MAX
        and not re.search(r"[\s，。,.!?！？:：]", text)
        and not _BUTTON.match(text)
    )


def poster_above(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`小明同学` over `电梯直达` / `楼主` / `发表于 2012-3-5 21:23:57`: the first post's poster signs it.

    A forum sets the poster's name on its own line above the post's time; only chrome may stand
    between them, and the name is short and no sentence. Where chrome took every line between, the
    name is the one over the poster's profile (`主题` `帖子` `积分`); else the post's own edit note
    (`本帖最后由 晨枫 于 … 编辑`) names its poster.
    """
    heads = (
        (i, _POSTED_BARE.match(simplified(texts[i]))) for i in range(title_at + 1, min(first, len(texts)))
    )
    posted, head = next(((i, m) for i, m in heads if m), (None, None))
    if posted is None or head is None:
        return None
    profiled = None
    for i in range(posted - 1, title_at, -1):
        if not texts[i]:
            continue
        t = texts[i]
        if _RANK_LINE.match(simplified(t)) or _ELEVATOR.match(simplified(t)):  # their rank, the floor's
            continue  # jump box (`中级粉丝`, `跳转到指定楼层`): no name
        if (out[i] or "").startswith("chrome."):
            below = "".join([texts[j] for j in range(i + 1, posted) if texts[j]][:2])  # `1` `主题`
            if _poster_name(t) and _PROFILE.match(simplified(below)):
                profiled = i  # the profile's top line, as the scan goes up
            continue
        if out[i] is None and _poster_name(t) and not head.group("floor"):  # `楼主|` heads a post of its own
            out[i] = BYLINE.name
            return t
        break
    if profiled is not None:
        out[profiled] = BYLINE.name
        return texts[profiled]
    note = next((j for j in range(posted + 1, len(texts)) if texts[j]), None)
    m = _EDITED_BY.match(simplified(texts[note])) if note is not None else None
    return texts[note][m.start("v") : m.end("v")] if m and note is not None else None


def poster_over_rank(texts: Sequence[str], out: list[str | None], title_at: int, first: int) -> str | None:
    """`绫清逸` over `中级粉丝`, `甘仔超  Rank: 2` over `性别 保密`: the first post's poster, named above
    their rank or profile between the thread's title and its first post."""
    seen = None  # the last line with text: the name, when the next is a rank
    for i in range(title_at + 1, min(first, len(texts))):
        if not texts[i]:
            continue
        simple = simplified(texts[i])
        if m := _NAME_RANKED.match(simple):
            out[i] = BYLINE.name
            return texts[i][m.start("v") : m.end("v")]
        if _RANK_LINE.match(simple):
            # the line over the rank is the name, unless chrome took it as the card's top (`蓝之初`,
            # the rank's title)
            if seen is None or out[seen] == PROFILE.name or not _poster_name(texts[seen]):
                return None
            if _RANK_LINE.match(simplified(texts[seen])):
                return None
            out[seen] = BYLINE.name
            return texts[seen]
        seen = i
    return None


# A blog's profile box: its heading, the owner's name, and the blog's counters below it.
_PROFILE_BOX = re.compile(r"^(?:个人资料|博主资料|博主简介|个人档案)$")
_BLOG_COUNTER = re.compile(r"^\W*(?:博客等级|博客积分|博客访问|关注人气|文章数|访问量)")
_BOX_REACH = 4  # lines from the owner's name to the blog's counters


def blog_owner(texts: Sequence[str], out: list[str | None], title_at: int) -> str | None:
    """`个人资料` / `快乐双冠王` / `博客等级:` above the post: the blog's owner writes it."""
    lines = [i for i in range(title_at) if texts[i]]
    for k, i in enumerate(lines[:-1]):
        if not _PROFILE_BOX.match(simplified(texts[i])):
            continue
        name = lines[k + 1]
        below = lines[k + 2 : k + 2 + _BOX_REACH]
        if _poster_name(texts[name]) and any(_BLOG_COUNTER.match(simplified(texts[j])) for j in below):
            out[name] = BYLINE.name
            return texts[name]
    return None


# A Q&A page's answer, headed by its count of votes: `1 人赞同了该回答`.
_ANSWER_HEAD = re.compile(r"^[\d,]+\s*人赞同了该回答$")
_COUNT_OPEN = re.compile(r"[\d,]")
_ANSWER_REACH = 40  # lines from the question's title to the first answer's head
_WORDLESS = re.compile(r"^\W*$")  # `​​`: zero-width spaces the page sets between the name and the bio


def answerer(texts: Sequence[str], out: list[str | None], title_at: int) -> str | None:
    """`西日韩留学吕老师` / `某某公司 留学部门总监` / `1 人赞同了该回答`: the first answer's writer, named
    over their bio (one line, or none) above the answer's count of votes."""
    stop = min(title_at + _ANSWER_REACH, len(texts))
    # the count's digits open the line as the page wrote it, too: no other line is read in Simplified
    heads = (i for i in range(title_at + 1, stop) if _COUNT_OPEN.match(texts[i]))
    head = next((i for i in heads if _ANSWER_HEAD.match(simplified(texts[i]))), None)
    if head is None:
        return None
    above = [k for k in range(head - 1, title_at, -1) if texts[k] and not _WORDLESS.match(texts[k])][:2]
    names = [k for k in above if _poster_name(texts[k]) and out[k] is None]
    name = names[-1] if names else None  # of two short lines, the name is over the bio (`律师`)
    if name is None:
        return None
    out[name] = BYLINE.name
    return texts[name]
