"""Rule group `pinyin`: drop the pinyin readings content farms glue after characters.

annotation  `機(jī)關(guān)單位` → `機關單位`: a parenthesised syllable goes only when it is a reading
            of the character before it, so `北京(Beijing)` and `村(居)民` stay.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path

from reader.clean.rules import REPAIR, Rule, register
from reader.convert import _converter as converter  # one instance of each OpenCC config per process

RULE = register(Rule("pinyin.annotation", REPAIR, "機(jī)關(guān)", "`機關`; `北京(Beijing)` stays")).name

# Letters a syllable may hold: toned vowels, ü, the rare syllabic nasals, and GBK's ɑ/ɡ look-alikes.
LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿɑɡ"
SYLLABLE = rf"[{LETTERS}]{{1,6}}"
_HANZI = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# One or more `(syllable)` groups, ASCII or full-width parentheses, after a character. The pattern
# starts at the parenthesis and looks back for the character: a scan for a parenthesis is quicker than
# a try at every character.
_ANNOTATED = re.compile(rf"([(（](?<={_HANZI}[(（]){SYLLABLE}[)）](?:[(（]{SYLLABLE}[)）])*)")
_GROUP = re.compile(rf"[(（]({SYLLABLE})[)）]")
# Cheap test that rejects almost every line before the full pattern runs.
_HINT = re.compile(rf"[(（][{LETTERS}]")
# The same for a whole page, one parenthesis at a time: a pattern that begins with a literal character
# scans ten times faster than one that begins with a class.
_PAGE_HINTS = (re.compile(rf"\([{LETTERS}]"), re.compile(rf"（[{LETTERS}]"))
_TONE_MARKS = re.compile(r"[\u0300-\u0307\u0309-\u036f]")  # every combining mark but ü's diaeresis


def to_simplified(text: str) -> str:
    """`"機關"` → `"机关"` (OpenCC t2s, loaded on first use and shared with `reader.convert`)."""
    return converter("t2s.json").convert(text)


@lru_cache(maxsize=1 << 12)  # a few thousand syllables, looked up again and again
def _canonical(syllable: str) -> str:
    """One spelling per reading, tones kept: `"ɡuān"` → `"guān"`, `"lv"` → `"lü"`."""
    return unicodedata.normalize("NFC", syllable.replace("v", "ü").replace("ɑ", "a").replace("ɡ", "g"))


@lru_cache(maxsize=1 << 12)
def toneless(syllable: str) -> str:
    """`"lǜ"` → `"lü"`, `"lv"` → `"lü"`, `"ɡuān"` → `"guan"`."""
    plain = _TONE_MARKS.sub("", unicodedata.normalize("NFD", _canonical(syllable)))
    return unicodedata.normalize("NFC", plain)


@cache
def _table() -> dict[str, str]:
    """pypinyin's readings by decimal code point, `"20841"` (兩) → `"liǎng,liàng"`, from its data file.

    Importing pypinyin costs 0.13 s, the file 0.01 s; only pages with a candidate annotation pay.
    The keys stay strings: turning 42 000 of them into characters would cost as much again.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pypinyin")
    return json.loads(Path(spec.origin).with_name("pinyin_dict.json").read_text(encoding="utf-8"))


def _value(char: str) -> str:
    """`"兩"` → `"liǎng,liàng"`: pypinyin's readings of `char`, comma-separated; `""` when it has none."""
    return _table().get(str(ord(char)), "") if len(char) == 1 else ""


def _parse_readings(*values: str) -> frozenset[str]:
    return frozenset(_canonical(s) for value in values for s in value.split(",") if s)


@cache
def readings(char: str) -> frozenset[str]:
    """`"兩"` → `{"liǎng", "liàng"}`: the toned readings (heteronyms) of `char` and of its t2s form."""
    return _parse_readings(_value(char), _value(to_simplified(char)))


@cache
def _toneless_readings(char: str) -> frozenset[str]:
    return frozenset(toneless(s) for s in readings(char))


@lru_cache(maxsize=1 << 16)
def is_reading(char: str, syllable: str) -> bool:
    """`is_reading("機", "jī")` and `is_reading("機", "ji")` hold; `is_reading("京", "Beijing")` does not.

    A toned syllable must match a toned reading; a toneless one, any reading without its tone.
    """
    spelled, plain = _canonical(syllable), toneless(syllable)
    if spelled == plain:
        return plain in _toneless_readings(char)
    return spelled in readings(char)


@cache
def _holders() -> dict[str, list[str]]:
    """Each reading, toned and toneless, → the characters whose own readings include it (8 600 distinct
    readings lists are parsed, not 42 000)."""
    by_value: defaultdict[str, list[str]] = defaultdict(list)
    for code, value in _table().items():
        by_value[value].append(code)
    holders: defaultdict[str, list[str]] = defaultdict(list)
    for value, codes in by_value.items():
        for s in _parse_readings(value):
            holders[s] += codes
            if (plain := toneless(s)) != s:
                holders[plain] += codes
    return holders


@cache
def _traditional() -> dict[str, list[str]]:
    """`"报"` → `["報"]`: the characters with readings whose t2s form differs from them, by that form."""
    chars = list(map(chr, map(int, _table())))
    # One conversion for all: no phrase spans a line break, so each line converts on its own.
    simplified = to_simplified("\n".join(chars)).split("\n")
    forms: defaultdict[str, list[str]] = defaultdict(list)
    for char, simple in zip(chars, simplified, strict=True):
        if simple != char:
            forms[simple].append(char)
    return forms


@lru_cache(maxsize=1 << 12)
def chars_read_as(syllable: str) -> frozenset[str]:
    """`"bào"` → {…, "報", "报", "抱", …}: the characters pypinyin knows with `is_reading(char, syllable)`.

    A character reads so when its own readings or those of its t2s form (報 → 报) include `syllable`.
    """
    own = {chr(int(code)) for code in _holders().get(_canonical(syllable), ())}
    traditional = _traditional()
    return frozenset(own.union(*(traditional.get(char, ()) for char in own)))


@cache
def _syllables() -> frozenset[str]:
    spellings = ",".join(set(_table().values())).split(",")
    return frozenset(toneless(s) for s in set(spellings))


def is_syllable(syllable: str) -> bool:
    """`is_syllable("zhí")` and `is_syllable("zhi")` hold; `is_syllable("abc")` does not."""
    return toneless(syllable) in _syllables()


@lru_cache(maxsize=1 << 14)  # farms annotate the same few thousand characters the same way, page after page
def _strip(char: str, groups: str) -> tuple[str, tuple[str, str, str] | None]:
    """The `(syllable)` groups that stay after `char`, and the change, if any, of dropping those before.

    The leading groups that read `char` go; those after one that does not stay, so a second pass has
    nothing to do.
    """
    end = 0
    for syllable in _GROUP.findall(groups):
        if not is_reading(char, syllable):
            break
        end += len(syllable) + 2
    return groups[end:], (RULE, char + groups[:end], char) if end else None


def may_change(text: str) -> bool:
    """False when `repair_line` would leave every line of `text` as it is: a page-wide pre-check."""
    return any(hint.search(text) for hint in _PAGE_HINTS)


def repair_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
    """`"機(jī)關(guān)"` → `"機關"`, recording `(RULE, "機(jī)", "機")` and `(RULE, "關(guān)", "關")`."""
    if not _HINT.search(line):
        return line, []
    # split() gives text, then groups and text again for every match (no callback per match); the text
    # before groups ends with their character. map() runs the cached `_strip` without a Python frame.
    parts = _ANNOTATED.split(line)
    stripped = list(map(_strip, [text[-1] for text in parts[:-1:2]], parts[1::2]))
    parts[1::2] = [kept for kept, _ in stripped]
    return "".join(parts), [change for _, change in stripped if change]
