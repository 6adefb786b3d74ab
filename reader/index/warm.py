"""Imported by the pool's fork server (`reader.index.pool.PRELOAD`): loads the tables that the
cleaner, the region detector and OpenCC read lazily, once, so that every worker forked from the
server starts with them (shared, copy-on-write) instead of loading them again, each for a second.
The repost signature's datasketch (and the scipy it imports) is loaded here too."""

import contextlib

from reader import reposts
from reader.document import Article
from reader.engine import analyse
from reader.index.text import search_text

# Glued pinyin, GBK garble, a date, a source and places: each wakes one of the lazy tables.
_SAMPLE = (
    "機(jī)關(guān)單位團(tuán)建\n\n來源：廣安日報 2024-03-01\n\n"
    "綜合秘書科科長李勇?lián)屜劝l(fā)言,道出了大家的心聲。\n\n"
    "四川省达州市通川区北外镇召开会议，部署机关作风建设。"
)

with contextlib.suppress(Exception):  # a worker that loads its own tables is slower, not wrong
    reposts.signature(search_text(analyse(Article(id="warm", path="", text=_SAMPLE)).text()))
