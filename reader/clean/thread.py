"""Rule group `thread`: on a forum or blog page the first post is the article, the rest are replies.

A reply starts at a post header: `whb761 | 发表于 2005-8-4 21:37:32`, `2楼`, `沙发`, `回复日期：…`.
The first such header belongs to the article (it carries its author and date); from the next one
that stands below some article text, every line still in the body is a reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.rules import IN_FOOT, REMOVE, Rule, register
from reader.clean.signals import POSTED

# Besides a `POSTED` line: a reply's date, its floor number, or the forum words for the first floors.
_REPLY_HEADER = re.compile(
    r"(?:回复|回覆)(?:日期|时间|時間)\s*[:：]\s*\d|"
    r"^(?:第\s*)?\d{1,4}\s*[楼樓](?:\s|$)|^[#＃]\s*\d{1,4}\s*$|^(?:沙发|沙發|板凳|地板)(?:\s|$)"
)


REPLY = register(
    Rule(
        "thread.reply",
        REMOVE,
        "2楼\n谢谢楼主分享，写得很详细，收藏了慢慢看。\n3楼\n支持一下，学习了。",
        "removed (a reply: from the second post header on, every line still in the body)",
        at=IN_FOOT,
    )
)


def is_post_header(text: str) -> bool:
    """`2楼`, `回复日期：2005-05-07 12:00`, `老王 | 发表于 2005-5-7` → True."""
    return POSTED.match(text) is not None or _REPLY_HEADER.search(text) is not None


def replies(texts: Sequence[str], verdicts: Sequence[str | None], start: int) -> list[str | None]:
    """`2楼 张三 回复日期：2005-05-08` and every line after it → removed (a reply, not the article)."""
    out = list(verdicts)
    body_seen = False
    for i in range(len(texts)):
        if not texts[i]:
            continue
        if body_seen and is_post_header(texts[i]):
            for j in range(i, len(texts)):
                if texts[j] and (out[j] is None or (out[j] or "").startswith("metadata.")):
                    out[j] = REPLY.name
            break
        body_seen = body_seen or (i >= start and out[i] is None)
    return out
