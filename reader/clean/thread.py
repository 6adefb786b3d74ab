"""Rule group `thread`: on a forum or blog page the first post is the article, the rest are replies.

A reply starts at a post header: `whb761 | 发表于 2005-8-4 21:37:32`, `2楼`, `沙发`, `回复日期：…`,
`发表于 2015-3-4 12:00:00 | 只看该作者` (under the poster's name), `Post By:2024/8/30 13:35:52`,
`2楼2015-03-04 13:10` (a floor's number closing its post), `#2楼 2015-03-04 13:10 张三`,
`作者：张三 时间：2015-03-04 13:10:22`.
The first such header belongs to the article (it carries its author and date); from the next one
that stands below some article text, every line still in the body is a reply, quoted posts and
signatures with it. A page needs two headers, or one that names a poster and a time, to be a thread:
a lone `2楼` is no evidence. The article's own signature, below a separator line, goes too.

The first floor's own header (`楼主`, `1楼`, `#1`, Flarum's `发布 #1 2024年5月15日…`) is the
article's when no article text stands above it (below the text, a blog's `#1楼` numbers its first
comment). A first floor's line that closes its post (Tieba's `来自Android客户端1楼2022-10-02 23:02回复`:
the client, the floor, the time and the reply button under the post) ends the first post, so the
replies start on the line after it. `寒冰冽 回复了此帖` (Flarum: who answered the post above) and
`引用 2楼 张三 的回复` (a post quoting a floor is a reply) open the replies too. A reply takes the
poster lines above its header: the name and the time, and a user card's fields (`积分 1024`, `中级会员`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.chrome.lines import both_scripts
from reader.clean.first_chars import alternation
from reader.clean.rules import IN_FOOT, REMOVE, Rule, register
from reader.clean.signals import POSTED, is_prose

_DATE = r"(?:19|20)?\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
_FLOOR = both_scripts("楼")
# A header that names who posted and when: a thread for sure.
_POSTER = re.compile(
    rf"(?:{both_scripts('发表于', '发布于')})\s*[:：]?\s*{_DATE}|"  # under the poster's name
    rf"^(?i:post\s*by)\s*[:：]\s*{_DATE}|"  # Dvbbs' and ShuzirenCms': `Post By:2024/8/29 9:20:24`
    rf"(?:{both_scripts('作者', '楼主')})\s*[:：]\s*\S{{1,20}}\s+"
    rf"(?:{both_scripts('提交', '发表', '发布')})?(?:{both_scripts('时间', '日期')})\s*[:：]\s*{_DATE}"
)
_REPLY_DATE = re.compile(
    rf"(?:{both_scripts('回复', '回覆')})(?:{both_scripts('日期', '时间')})\s*[:：]\s*\d"
)
_HEADER_MAX = 80  # a post header is at most this long
# A floor: its number alone or before a date or a name (`2楼`, `#2楼 2015-…`, `5#`, `2楼2015-…`,
# `来自Android客户端1楼…`, `IP属地:广东来自…8楼…`, `发布 #2 …`), or the forum words for the first
# floors. Not `3楼会议室…`.
_FROM = rf"(?:{both_scripts('来自')})\S{{0,16}}?(?:{both_scripts('客户端')})"
_CLIENT = rf"(?:(?:IP\s*)?(?:{both_scripts('属地')})\s*[:：]\s*\S{{1,12}}?)?(?:{_FROM})?"
_FLOOR_HEADER = re.compile(
    rf"^{_CLIENT}(?:第\s*)?[#＃]?(?P<n>\d{{1,4}})\s*(?:{_FLOOR}|[#＃])(?=$|\s|\d|\[|【)"
    rf"|^[#＃]\s*(?P<m>\d{{1,4}})\s*$"
    rf"|^(?:{both_scripts('发布', '发表')})\s*[#＃]\s*(?P<k>\d{{1,4}})\s+(?={_DATE})"
    rf"|^(?:{both_scripts('楼主', '沙发', '板凳', '地板')})(?:\s|$)"
)
# A floor line under its post: the client it was sent from, or the reply button after the time.
_CLOSING = re.compile(
    rf"^(?:IP\s*)?(?:{both_scripts('属地')})|^{_FROM}"
    rf"|{_DATE}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:{both_scripts('回复')})$"
)
# Lines that open the replies on their own, with no poster above: who answered the post above
# (`寒冰冽 回复了此帖`), a post quoting or answering a floor (`引用 2楼 张三 的回复`).
_ANSWERED = re.compile(
    rf"^[^\s，。,:：；;！!？?]{{1,20}}\s*(?:{both_scripts('回复了此帖', '回复了该帖', '回复了这个帖子')})$"
    rf"|^(?:{both_scripts('引用', '回复')})\s*(?:第\s*)?\d{{1,4}}\s*(?:{_FLOOR})"
)
# A user card's fields between posts: `积分`, `主题 12`, `中级粉丝`, `12`.
_CARD_FIELDS = both_scripts(
    "积分", "主题", "帖子", "精华", "威望", "金钱", "贡献", "经验", "等级", "阅读权限", "在线时间",
    "注册时间", "最后登录", "听众", "收听", "好友", "粉丝", "发消息", "串个门", "加好友", "打招呼",
    "送TA礼物",
)  # fmt: skip
_RANKS = both_scripts("粉丝", "会员", "版主", "上路", "新手", "中级", "高级")
_CARD = re.compile(
    rf"^(?:(?:{_CARD_FIELDS})\s*[:：]?\s*[\d.,\-: 小时]*|\S{{0,4}}(?:{_RANKS})|UID\s*[:：]?\s*\d*|\d{{1,7}})$"
)
_CARD_MAX = 16  # lines of a user card above a reply's header
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


# The headers that open their line, as one pattern: most lines are none, told in one test.
_OPENING_HEADER = re.compile(alternation([POSTED, _POSTER, _FLOOR_HEADER, _ANSWERED]))


def is_post_header(text: str) -> bool:
    """`2楼`, `回复日期：2005-05-07 12:00`, `老王 | 发表于 2005-5-7`, `寒冰冽 回复了此帖` → True."""
    return len(text) <= _HEADER_MAX and (
        _OPENING_HEADER.match(text) is not None or ("回" in text and _REPLY_DATE.search(text) is not None)
    )


def _names_poster(text: str) -> bool:
    if POSTED.match(text) or _POSTER.match(text):
        return True
    return ("回" in text) and _REPLY_DATE.search(text) is not None


def _first_floor(text: str) -> bool:
    """`楼主`, `1楼`, `#1`, `发布 #1 2024年5月15日`: the thread's first post, the article."""
    if _OWN_FLOOR.match(text):
        return True
    m = _FLOOR_HEADER.match(text)
    return m is not None and (m.group("n") or m.group("m") or m.group("k")) == "1"


def _open(verdict: str | None) -> bool:
    """A line still in the body, or one metadata read (a reply's poster and date are no article's)."""
    return verdict is None or verdict.startswith("metadata.")


def replies_start(texts: Sequence[str], verdicts: Sequence[str | None], start: int) -> int | None:
    """`2楼 张三 回复日期：2005-05-08`: where the replies start (their first poster's line), None on a
    page that is no thread. From there on every line goes (`replies_from`): a reply, not the article."""
    headers = [i for i, t in enumerate(texts) if t and is_post_header(t)]
    if not headers or (len(headers) < 2 and not _names_poster(texts[headers[0]])):
        return None
    # The first header is the article's own when it names its poster (`作者：张三 时间：…`, `楼主`),
    # even below some text: only a later header, a reply's (`回复日期：…`) or a floor's number opens
    # the replies. A first floor's number (`1楼`, `#1`) is the article's above its text (its poster's
    # lines may stand above it); below it, it numbers the first comment (a blog's `#1楼`).
    at = headers[0]
    top = texts[at]
    poster = _poster_above(texts, verdicts, at)  # its poster's name and time stand above it
    first_floor = _first_floor(top) and all(verdicts[j] is not None for j in range(start, poster))
    own = at if first_floor or (_names_poster(top) and not _REPLY_DATE.search(top)) else None
    if first_floor and len(headers) > 1 and _CLOSING.search(top):
        return at + 1  # the first post closes with its floor line
    body_seen = False
    separator = None
    header_set = set(headers)  # each line asked once
    for i in range(len(texts)):
        if not texts[i]:
            continue
        if body_seen and i != own and i in header_set:
            first = i if _ANSWERED.match(texts[i]) else _poster_above(texts, verdicts, i)
            below = texts[separator + 1 : first] if separator is not None else ()
            if separator is not None and sum(map(bool, below)) <= _SIGNATURE:  # the article's signature
                first = separator
            return first
        if body_seen and separator is None and _SEPARATOR.match(texts[i]):
            separator = i
        # the article's text: from the first anchor on, or right under its own header (a post of code
        # and a short question has no anchor of its own)
        body_seen = body_seen or (verdicts[i] is None and (i >= start or (own is not None and i > own)))
    return None


def replies_from(texts: Sequence[str], verdicts: Sequence[str | None], first: int) -> list[str | None]:
    """Every line from `first` on that is still in the body → a reply."""
    out = list(verdicts)
    for j in range(first, len(texts)):
        if texts[j] and _open(out[j]):
            out[j] = REPLY.name
    return out


def _poster_above(texts: Sequence[str], verdicts: Sequence[str | None], i: int) -> int:
    """Where the reply whose header is at `i` starts: the poster's name and the time, when they
    stand on short lines right above it (`城南旧事` / `2015-03-04 13:10` / `#2`), with the poster's
    user card (`中级粉丝` / `积分` / `1024`), else the header."""
    first, taken = i, 0
    for j in range(i - 1, max(i - 1 - _CARD_MAX, -1), -1):
        if not texts[j]:
            continue
        t = texts[j]
        card = len(t) <= _NAME_MAX and _CARD.match(t) is not None
        if not _open(verdicts[j]) and card:
            continue  # a card's field already removed (`积分`): the poster's lines may stand above it
        if (
            not _open(verdicts[j])
            or len(t) > _NAME_MAX
            or is_prose(t)
            or (taken == _POSTER_LINES and not card)
        ):
            break
        first, taken = j, taken + (not card)
    return first
