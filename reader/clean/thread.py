"""Rule group `thread`: on a forum or blog page the first post is the article, the rest are replies.

A reply starts at a post header: `whb761 | 发表于 2005-8-4 21:37:32`, `2楼`, `沙发`, `回复日期：…`,
`发表于 2015-3-4 12:00:00 | 只看该作者` (under the poster's name), `2楼2015-03-04 13:10` (a floor's
number closing its post), `#2楼 2015-03-04 13:10 张三`, `作者：张三 时间：2015-03-04 13:10:22`.
The first such header belongs to the article (it carries its author and date); from the next one
that stands below some article text, every line still in the body is a reply, quoted posts and
signatures with it. A page needs two headers, or one that names a poster and a time, to be a thread:
a lone `2楼` is no evidence. The article's own signature, below a separator line, goes too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome.lines import both_scripts
from reader.clean.rules import IN_FOOT, REMOVE, Rule, register
from reader.clean.signals import POSTED, is_prose

_DATE = r"(?:19|20)?\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
_FLOOR = both_scripts("楼")
# A header that names who posted and when: a thread for sure.
_POSTER = re.compile(
    rf"(?:{both_scripts('发表于', '发布于')})\s*[:：]?\s*{_DATE}|"  # under the poster's name
    rf"(?:{both_scripts('作者', '楼主')})\s*[:：]\s*\S{{1,20}}\s+"
    rf"(?:{both_scripts('提交', '发表', '发布')})?(?:{both_scripts('时间', '日期')})\s*[:：]\s*{_DATE}"
)
_REPLY_DATE = re.compile(
    rf"(?:{both_scripts('回复', '回覆')})(?:{both_scripts('日期', '时间')})\s*[:：]\s*\d"
)
_HEADER_MAX = 80  # a post header is at most this long
# A floor: its number alone or before a date or a name (`2楼`, `#2楼 2015-…`, `5#`, `2楼2015-…`,
# `来自Android客户端1楼…`), or the forum words for the first floors. Not `3楼会议室…`.
_FLOOR_HEADER = re.compile(
    rf"^(?:(?:{both_scripts('来自')})\S{{0,16}}?(?:{both_scripts('客户端')}))?(?:第\s*)?[#＃]?\d{{1,4}}\s*(?:{_FLOOR}|[#＃])"
    rf"(?=$|\s|\d|\[|【)|^[#＃]\s*\d{{1,4}}\s*$|^(?:{both_scripts('楼主', '沙发', '板凳', '地板')})(?:\s|$)"
)
_OWN_FLOOR = re.compile(rf"^(?:{both_scripts('楼主')})(?:\s|$)")
_NAME_MAX = 20
_POSTER_LINES = 2  # short lines (a name, a time) above a floor's number that are its reply's
# A signature's separator below the article's text: `----------`, `__________`.
_SEPARATOR = re.compile(r"^[-_=—─～~.·*]{4,}$")
_SIGNATURE = 4  # lines a signature may hold between its separator and the next post


REPLY = register(
    Rule(
        "thread.reply",
        REMOVE,
        "2楼\n谢谢楼主分享，写得很详细，收藏了慢慢看。\n3楼\n支持一下，学习了。",
        "removed (replies from the second post header on, quoted posts and signatures)",
        at=IN_FOOT,
    )
)


def is_post_header(text: str) -> bool:
    """`2楼`, `回复日期：2005-05-07 12:00`, `老王 | 发表于 2005-5-7` → True."""
    return len(text) <= _HEADER_MAX and (_names_poster(text) or _FLOOR_HEADER.match(text) is not None)


def _names_poster(text: str) -> bool:
    if POSTED.match(text) or _POSTER.match(text):
        return True
    return ("回" in text) and _REPLY_DATE.search(text) is not None


def _open(verdict: str | None) -> bool:
    """A line still in the body, or one metadata read (a reply's poster and date are no article's)."""
    return verdict is None or verdict.startswith("metadata.")


def replies(texts: Sequence[str], verdicts: Sequence[str | None], start: int) -> list[str | None]:
    """`2楼 张三 回复日期：2005-05-08` and every line after it → removed (a reply, not the article)."""
    out = list(verdicts)
    headers = [i for i, t in enumerate(texts) if t and is_post_header(t)]
    if not headers or (len(headers) < 2 and not _names_poster(texts[headers[0]])):
        return out
    # The first header is the article's own when it names its poster (`作者：张三 时间：…`, `楼主`), even
    # below some text: only a later header, a reply's (`回复日期：…`) or a floor's number opens the replies.
    top = texts[headers[0]]
    own = (
        headers[0] if _OWN_FLOOR.match(top) or (_names_poster(top) and not _REPLY_DATE.search(top)) else None
    )
    body_seen = False
    separator = None
    for i in range(len(texts)):
        if not texts[i]:
            continue
        if body_seen and i != own and is_post_header(texts[i]):
            first = _poster_above(texts, out, i)
            below = texts[separator + 1 : first] if separator is not None else ()
            if separator is not None and sum(map(bool, below)) <= _SIGNATURE:  # the article's signature
                first = separator
            for j in range(first, len(texts)):
                if texts[j] and _open(out[j]):
                    out[j] = REPLY.name
            break
        if body_seen and separator is None and _SEPARATOR.match(texts[i]):
            separator = i
        # the article's text: from the first anchor on, or right under its own header (a post of code
        # and a short question has no anchor of its own)
        body_seen = body_seen or (out[i] is None and (i >= start or (own is not None and i > own)))
    return out


def _poster_above(texts: Sequence[str], verdicts: Sequence[str | None], i: int) -> int:
    """Where the reply whose header is at `i` starts: the poster's name and the time, when they
    stand on short lines right above it (`城南旧事` / `2015-03-04 13:10` / `#2`), else the header."""
    first, taken = i, 0
    for j in range(i - 1, -1, -1):
        if not texts[j]:
            continue
        t = texts[j]
        if taken == _POSTER_LINES or not _open(verdicts[j]) or len(t) > _NAME_MAX or is_prose(t):
            break
        first, taken = j, taken + 1
    return first
