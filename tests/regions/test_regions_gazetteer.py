"""The gazetteer data file and its loader."""

from __future__ import annotations

import json
import time
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.regions.gazetteer import CITY, COUNTY, PROVINCE, Gazetteer, load_gazetteer


def load_seconds() -> float:
    start = time.process_time()
    text = resources.files("reader.regions").joinpath("data/divisions.json").read_text("utf-8")
    Gazetteer(json.loads(text))
    return time.process_time() - start


def test_loads_well_under_100_ms() -> None:
    # CPU time, best of three, so that a busy test machine does not decide; it takes about 25 ms.
    assert min(load_seconds() for _ in range(3)) < 0.1


def test_loader_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_every_level_is_complete() -> None:
    units = load_gazetteer().units.values()
    by_level = {level: [u for u in units if u.level == level] for level in (PROVINCE, CITY, COUNTY)}
    assert len(by_level[PROVINCE]) == 34  # including Hong Kong, Macao and Taiwan
    assert len(by_level[CITY]) == 333
    assert len(by_level[COUNTY]) > 2800
    names = {u.code: u.name for u in units}
    assert names["810000"] == "香港特别行政区"
    assert names["820000"] == "澳门特别行政区"
    assert names["710000"] == "台湾省"
    # every kind of county-level unit
    assert {names[c] for c in ("421102", "320583", "150121", "429021", "520203", "500240")} == {
        "黄州区",
        "昆山市",
        "土默特左旗",
        "神农架林区",
        "六枝特区",
        "石柱土家族自治县",
    }


def test_no_development_zones() -> None:
    zones = ("开发区", "经开区", "高新区", "工业园区", "产业园区")
    assert not [u.name for u in load_gazetteer().units.values() if u.name.endswith(zones)]


@pytest.mark.parametrize(
    ("code", "short"),
    [
        ("511700", "达州"),
        ("210111", "苏家屯"),
        ("150000", "内蒙古"),
        ("450000", "广西"),
        ("522700", "黔南"),
        ("522700", "黔南州"),
        ("150100", "呼市"),
        ("120116", "滨海"),
        ("429021", "神农架"),
        ("532325", "姚安"),
    ],
)
def test_short_names(code: str, short: str) -> None:
    assert short in load_gazetteer().units[code].shorts


def test_pinyin_and_traditional_forms() -> None:
    units = load_gazetteer().units
    assert units["511600"].pinyin[:2] == ("guang an shi", "guang an")
    assert "chao yang" in units["110105"].pinyin  # curated pinyin, not pypinyin's zhao yang
    assert "廣安市" in units["511600"].traditional
    assert "蘇家屯區" in units["210111"].traditional


def test_fold_never_corrupts_a_simplified_name() -> None:
    g = load_gazetteer()
    assert g.fold("乾安县 乾县") == "乾安县 乾县"  # OpenCC t2s gives 干安县 干县
    assert g.fold("廣安市 蘇家屯區 臺灣 衞生") == "广安市 苏家屯区 台湾 卫生"
    for unit in g.units.values():
        assert g.fold(unit.name) == unit.name


_FOLD_PIECES = st.sampled_from(["廣安市", "乾安县", "靑海", "𠀀", "\udc80", "a", " ", "\n", "臺灣"])


@given(st.lists(_FOLD_PIECES, max_size=80))
def test_a_long_text_folds_as_each_character_alone(pieces: list[str]) -> None:
    """Past `TABLE_FOLD_MIN` characters the fold reads a table, not the dict: the same characters,
    one for one, a character past the BMP or a lone surrogate among them or not."""
    g = load_gazetteer()
    text = "".join(pieces)
    assert g.fold(text) == "".join(g.fold(c) for c in text)


def test_hierarchy() -> None:
    g = load_gazetteer()
    assert g.ancestors("511702") == ("511702", "511700", "510000")
    assert g.ancestors("110105") == ("110105", "110000")  # a municipality has no city
    assert g.ancestors("429004") == ("429004", "420000")  # 仙桃市 is directly under Hubei
    assert g.units["511600"].prefix == "5116"
    assert "511702" in g.children["511700"]


def test_the_subdivisions_of_hong_kong_macao_and_taiwan_name_their_unit() -> None:
    forms = load_gazetteer().forms
    for form, code in {
        "元朗区": "810000",
        "天水围": "810000",
        "花地玛堂区": "820000",
        "古坑乡": "710000",
        "马公市": "710000",
    }.items():
        assert [(c.code, c.full) for c in forms[form]] == [(code, True)]
    # Names no safer on a mainland page are left out: two characters, a mainland unit's name or a
    # stem another unit goes by, an ordinary word, a mainland township, a name two of them share.
    # (东区 and 中山区 stay the mainland units' alone: 攀枝花's, 大连's.)
    for form in ("东区", "中山区", "成功镇", "大社区", "长治乡", "竹山镇", "中西区", "大埔区"):
        assert not {c.code for c in forms.get(form, ())} & {"710000", "810000", "820000"}
