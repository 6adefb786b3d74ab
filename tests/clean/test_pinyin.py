"""Rule `pinyin.annotation`: glued readings go, only where they read the character before them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.clean import pinyin
from reader.clean.normalize import split_lines

ARTICLES = Path(__file__).parents[2] / "articles"
RULE = "pinyin.annotation"
LEFTOVER_READING = re.compile(r"[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")

# 003 line 3, verbatim, and as the rule must leave it: 市(州) is no reading.
LINE_003_3 = (
    "去年以來(lái),市政府辦公室認(rèn)真落實(shí)“節(jié)奏更快、效率更高、質(zhì)量更優(yōu)"
    "”工作要求,堅(jiān)持理念創(chuàng)新、思路創(chuàng)新、方式創(chuàng)新,深入開展陽(yáng)"
    "光活力機(jī)關(guān)建設(shè),把“陽(yáng)光”“活力”作為主基調(diào),貫穿參謀服務(wù)全"
    "過(guò)程,干部職工內(nèi)生動(dòng)力全面激發(fā)、干事熱情日益高漲、精神面貌煥然一新,"
    "多項(xiàng)工作走在全省市(州)政府辦公室前列。"
)
CLEAN_003_3 = (
    "去年以來,市政府辦公室認真落實“節奏更快、效率更高、質量更優”工作要求,堅持理念創新、思路"
    "創新、方式創新,深入開展陽光活力機關建設,把“陽光”“活力”作為主基調,貫穿參謀服務全過程,干"
    "部職工內生動力全面激發、干事熱情日益高漲、精神面貌煥然一新,多項工作走在全省市(州)政府"
    "辦公室前列。"
)


def test_seed_title_lines() -> None:
    title_003 = "機(jī)關(guān)單位團(tuán)建(機(jī)關(guān)單位團(tuán)建活動(dòng)經(jīng)費(fèi))"
    assert pinyin.repair_line(title_003) == (
        "機關單位團建(機關單位團建活動經費)",
        [
            (RULE, "機(jī)", "機"),
            (RULE, "關(guān)", "關"),
            (RULE, "團(tuán)", "團"),
            (RULE, "機(jī)", "機"),
            (RULE, "關(guān)", "關"),
            (RULE, "團(tuán)", "團"),
            (RULE, "動(dòng)", "動"),
            (RULE, "經(jīng)", "經"),
            (RULE, "費(fèi)", "費"),
        ],
    )
    assert pinyin.repair_line("江蘇昆山:市級(jí)機(jī)關(guān)工委推動(dòng)機(jī)關(guān)服務(wù)品牌") == (
        "江蘇昆山:市級機關工委推動機關服務品牌",
        [
            (RULE, "級(jí)", "級"),
            (RULE, "機(jī)", "機"),
            (RULE, "關(guān)", "關"),
            (RULE, "動(dòng)", "動"),
            (RULE, "機(jī)", "機"),
            (RULE, "關(guān)", "關"),
            (RULE, "務(wù)", "務"),
        ],
    )


def test_seed_body_line() -> None:
    line, changes = pinyin.repair_line(LINE_003_3)
    assert line == CLEAN_003_3
    assert len(changes) == 22
    assert changes[:2] == [(RULE, "來(lái)", "來"), (RULE, "認(rèn)", "認")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("機（jī）關（guān）", "機關"),  # full-width parentheses
        ("機(jī）關（guān)", "機關"),  # mixed
        ("機(ji)關(guan)", "機關"),  # toneless
        ("綠(lǜ)綠(lv)女(nü)", "綠綠女"),  # ü, also written v
        ("關(ɡuān)", "關"),  # GBK's ɡ for g
        ("長(zhǎng)長(cháng)", "長長"),  # heteronyms
        ("什麼(ma)", "什麼"),  # a reading of 麼's t2s form 么 only
        ("機(jī)(jī)", "機"),  # doubled
    ],
)
def test_reading_forms(line: str, expected: str) -> None:
    assert pinyin.repair_line(line)[0] == expected


@pytest.mark.parametrize(
    "line",
    [
        "北京(Beijing)",
        "村(居)民",
        "(含作息、着装、车辆停放等)",
        "全省市(州)政府",
        "京(jǐng)",  # a syllable, but not this character's reading
        "機(bei)(jī)",  # the first group is no reading, so the second stays behind it
        "機(JĪ)",
        "機(ji1)",
        "機( jī )",
        "?jī)芍荛_展",  # garble is not an annotation
        "www.example.com(index)",
    ],
)
def test_what_is_no_glued_reading_stays(line: str) -> None:
    assert pinyin.repair_line(line) == (line, [])


@pytest.mark.parametrize("seed", ["000", "002", "004"])
def test_pages_without_annotations_come_through_unchanged(seed: str) -> None:
    (path,) = ARTICLES.glob(f"{seed}_*.txt")
    for line in split_lines(path.read_text(encoding="utf-8")):
        assert pinyin.repair_line(line) == (line, [])


@pytest.mark.parametrize("seed", ["001", "003"])
def test_annotated_pages_keep_no_reading(seed: str) -> None:
    (path,) = ARTICLES.glob(f"{seed}_*.txt")
    text = "\n".join(pinyin.repair_line(line)[0] for line in split_lines(path.read_text(encoding="utf-8")))
    assert LEFTOVER_READING.findall(text) == []


def test_readings_load_only_for_a_candidate_annotation() -> None:
    script = (
        "import sys\n"
        "from reader.clean import pinyin\n"
        "pinyin.repair_line('什么是“品质通川”?(含作息、着装)')\n"
        "print(pinyin._table.cache_info().currsize, end=' ')\n"
        "print(pinyin.repair_line('機(jī)')[0], pinyin._table.cache_info().currsize, end=' ')\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "機", "1", "False"]


_PIECES = st.sampled_from(
    [
        "機",
        "關",
        "長",
        "京",
        "(",
        ")",
        "（",
        "）",
        "jī",
        "guān",
        "ji",
        "cháng",
        "Beijing",
        "居",
        "(jī)",
        "(ji)",
        "(bei)",
        "\ud800",
        " ",
    ]
)
LINES = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=2)), max_size=12).map("".join))


@given(LINES)
def test_repair_never_raises_is_stable_and_invents_nothing(line: str) -> None:
    repaired, changes = pinyin.repair_line(line)
    assert pinyin.repair_line(repaired) == (repaired, [])
    assert set(repaired) <= set(line) | set("".join(after for _, _, after in changes))
    for rule, before, after in changes:
        assert rule == RULE and before in line and before.startswith(after) and len(after) == 1


@pytest.mark.parametrize("syllable", ["bào", "bao", "ma", "lǜ", "lv", "zhí", "ɡuān", "yōu", "ng", "xyz"])
def test_chars_read_as_finds_every_character_with_the_reading(syllable: str) -> None:
    every = [chr(int(code)) for code in pinyin._table()]
    assert pinyin.chars_read_as(syllable) == {c for c in every if pinyin.is_reading(c, syllable)}


def test_every_reading_is_a_syllable() -> None:
    spellings = {s for value in pinyin._table().values() for s in value.split(",")}
    assert all(pinyin.is_syllable(s) for s in spellings)
    assert not pinyin.is_syllable("abc") and not pinyin.is_syllable("Beijing")
