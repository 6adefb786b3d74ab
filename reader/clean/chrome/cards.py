"""A forum poster's profile card, as data: the fields Discuz and phpwind set beside each post
(`UID 2391`, `帖子 260`, `性别 保密`, `来自 广东`) and the ranks under a poster's name (`中级粉丝`),
written once in Simplified, and the patterns its three readers build from them:

- `chrome.runs` (`PROFILE`): three or more fields in a run, whatever their values → the card goes;
- `chrome.lines` (`FORUM`): one field alone on its line, with a number or one of its closed words;
- `metadata.posters`: the poster's rank or field under their name, and the counters that open a card.

A field says which of them read it (`at`): a card shows more fields than any one line can be sure of.
"""

from __future__ import annotations

from typing import NamedTuple

# Which reader reads a field (see the module docstring).
RUN = "run"  # a field of a card in a run of them, with any short value
ROW = "row"  # a line that is chrome alone: the field and its number, closed word or place
RANK = "rank"  # the poster's standing under their name: the field and its number or closed word
TOP = "top"  # a counter that opens a card under a name: `主题` under `前程往事`

NUMBER = "number"  # a count, an id, a time: `260`, `2391`, `120 小时`, `2021-3-5`
WORDS = "words"  # one of the field's closed words: `保密`
PLACE = "place"  # where the poster is: `东经113度,北纬22.3度`


class Field(NamedTuple):
    key: str  # as the card labels it, in Simplified
    at: frozenset[str]  # the readers that read it: RUN, ROW, RANK, TOP
    value: str = NUMBER  # NUMBER, WORDS or PLACE
    words: tuple[str, ...] = ()  # a WORDS field's values


def _at(*readers: str) -> frozenset[str]:
    return frozenset(readers)


FIELDS: tuple[Field, ...] = (
    Field("UID", _at(RUN, ROW, RANK, TOP)),
    Field("精华", _at(RUN, ROW, RANK, TOP)),
    Field("帖子", _at(RUN, ROW, RANK, TOP)),
    Field("积分", _at(RUN, ROW, RANK, TOP)),
    Field("阅读权限", _at(RUN, ROW, TOP)),
    Field("威望", _at(RUN, ROW, RANK, TOP)),
    Field("金钱", _at(RUN, ROW, RANK, TOP)),
    Field("贡献", _at(RUN, ROW, RANK, TOP)),
    Field("主题", _at(RUN, RANK, TOP)),
    Field("好友", _at(RUN)),
    Field("听众", _at(RUN)),
    Field("收听", _at(RUN)),
    Field("日志", _at(RUN)),
    Field("相册", _at(RUN)),
    Field("金币", _at(RUN)),
    Field("经验", _at(RUN)),
    Field("在线时间", _at(RUN, ROW, TOP)),
    Field("最后登录", _at(RUN, ROW)),
    Field("注册时间", _at(RUN, ROW, TOP)),
    Field("注册", _at(RUN)),
    Field("来自", _at(RUN, ROW), PLACE),
    Field("性别", _at(RUN, ROW, RANK), WORDS, ("男", "女", "保密")),
    Field("状态", _at(RUN, ROW), WORDS, ("离线", "在线", "隐身")),
    Field("用户组", _at(RUN)),
    Field("等级", _at(RUN, RANK)),
)
"""The fields of a card, in Simplified."""

# A poster's standing as the forum names it under their name: `Rank: 2`, `Lv.5`, `中级粉丝`, `正式会员`.
RANK_NUMBERS = (r"Rank\s*[:：]\s*", r"Lv\.?\s*")  # a label and its number
RANK_TITLES: dict[str, tuple[str, ...]] = {  # a grade and what it grades
    "粉丝": ("初级", "中级", "高级", "铁杆", "忠实"),
    "会员": ("正式", "核心", "铁杆", "注册", "普通", "高级", "荣誉", "新手"),
}

# Time online as a card sets it under a name, its label and its value on two lines: `累计在线` / `120730分钟`.
TIME_ONLINE = (r"(?:累计在线|在线时间)$", r"\d+\s*(?:分钟|小时)")

_ROW_NUMBER = r"[\d.,\-: ]+(?:小时|分钟)?"  # a row's whole value: `260`, `120 小时`, `2021-3-5 10:02`
_PLACE = r"[^\s。！？]{2,24}"  # a place alone, no sentence
_LABEL = r"\s*[:：]?\s*"  # a field's name and its value: a space, a colon or nothing between


def keys(reader: str) -> tuple[str, ...]:
    """The keys of the fields `reader` reads, in Simplified."""
    return tuple(f.key for f in FIELDS if reader in f.at)


def _alternation(items: tuple[str, ...] | list[str]) -> str:
    return "|".join(items)


def row_pattern() -> str:
    """A card's row alone on its line (Simplified): `性别 保密`, `帖子 260`, `积分 100 详情`, `来自 广东`."""
    fields = [f for f in FIELDS if ROW in f.at]
    valued = _alternation([f.key for f in fields if f.value != PLACE])
    values = _alternation([_ROW_NUMBER, *(w for f in fields for w in f.words)])
    places = _alternation([f.key for f in fields if f.value == PLACE])
    return rf"^(?:{valued}){_LABEL}(?:{values})\s*(?:详情)?$|^(?:{places})\s+{_PLACE}$"


def rank_pattern() -> str:
    """A poster's standing (Simplified), to be followed by a space or the line's end: `Rank: 2`,
    `中级粉丝`, `性别 保密`, `UID 2391`, time online. Each holds its number or closed word: `积分规则`
    is none."""
    numbers = [*RANK_NUMBERS, *(rf"{f.key}{_LABEL}" for f in FIELDS if RANK in f.at and f.value == NUMBER)]
    worded = [
        rf"{f.key}{_LABEL}(?:{_alternation(f.words)})" for f in FIELDS if RANK in f.at and f.value == WORDS
    ]
    titles = [rf"(?:{_alternation(grades)}){what}" for what, grades in RANK_TITLES.items()]
    return _alternation([rf"(?:{_alternation(numbers)})\d+", *titles, *worded, *TIME_ONLINE])
