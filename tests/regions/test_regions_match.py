"""Region filters, the region tree and region labels."""

from __future__ import annotations

import pytest

from reader.document import Region
from reader.regions import TreeNode, compile_query, display_name, region_path, region_tree

SEEDS = {
    "000": Region("四川省", "达州市", "通川区", "511702"),
    "001": Region("江苏省", "苏州市", "昆山市", "320583"),
    "002": Region("湖北省", "黄冈市", "黄州区", "421102"),
    "003": Region("四川省", "广安市", None, "511600"),
    "004": Region("辽宁省", "沈阳市", "苏家屯区", "210111"),
}


def matching(query: str) -> set[str]:
    q = compile_query(query)
    return {aid for aid, region in SEEDS.items() if q.matches(region)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the acceptance checks of seeds.py and tui.sh
        ("四川", {"000", "003"}),
        ("廣安", {"003"}),
        ("sichuan", {"000", "003"}),
        ("沈阳", {"004"}),
        ("51", {"000", "003"}),
        ("湖北省黄冈市", {"002"}),
        ("sc", {"000", "003"}),
        # full and short names, Simplified and Traditional
        ("四川省", {"000", "003"}),
        ("廣安市", {"003"}),
        ("苏家屯", {"004"}),
        ("蘇家屯區", {"004"}),
        ("昆山", {"001"}),
        ("江蘇", {"001"}),
        ("达州", {"000"}),
        ("通川区", {"000"}),
        # pinyin with or without tones, spaces, apostrophes, capitals; full-width letters
        ("guang'an", {"003"}),
        ("guangan", {"003"}),
        ("Guǎng'ān", {"003"}),
        ("guang an", {"003"}),
        ("guang3an1", {"003"}),
        ("SiChuan", {"000", "003"}),
        ("ｓｉｃｈｕａｎ", {"000", "003"}),
        ("sichuansheng", {"000", "003"}),
        ("sujiatun", {"004"}),
        ("huangzhou", {"002"}),
        # initials of a whole short name; three letters needed for a county
        ("sjt", {"004"}),
        ("hb", {"002"}),
        ("ln", {"004"}),
        ("tc", set()),
        ("hz", set()),
        # adcode prefixes
        ("5116", {"003"}),
        ("510000", {"000", "003"}),
        ("511702", {"000"}),
        ("42", {"002"}),
        ("99", set()),
        # chains
        ("湖北 黄冈", {"002"}),
        ("四川省 › 广安市", {"003"}),
        ("sichuan guangan", {"003"}),
        ("达州 通川", {"000"}),
        ("辽宁沈阳苏家屯", {"004"}),
        ("湖北省广安市", set()),
        # a county query does not match an article known only to its city
        ("广安区", set()),
        # nothing named
        ("xyz", set()),
        ("文明", set()),
    ],
)
def test_query(query: str, expected: set[str]) -> None:
    assert matching(query) == expected


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_matches_everything(query: str) -> None:
    q = compile_query(query)
    assert matching(query) == set(SEEDS)
    assert q.matches(Region())


def test_unknown_region_matches_only_the_empty_query() -> None:
    assert not compile_query("四川").matches(Region())


def test_ambiguous_queries_match_every_place_they_can_mean() -> None:
    assert set(compile_query("鼓楼").codes) == {"320106", "320302", "350102", "410204"}
    assert set(compile_query("朝阳区").codes) == {"110105", "220104"}
    suzhou = compile_query("suzhou")
    assert {"320500", "341300"} <= set(suzhou.codes)  # 苏州 and 宿州
    assert suzhou.matches(Region("安徽省", "宿州市", None, "341300"))


def test_municipality_district_and_direct_county() -> None:
    assert compile_query("北京").matches(Region("北京市", None, "朝阳区", "110105"))
    assert compile_query("朝阳").matches(Region("北京市", None, "朝阳区", "110105"))
    assert compile_query("湖北").matches(Region("湖北省", None, "仙桃市", "429004"))
    assert compile_query("xiantao").matches(Region("湖北省", None, "仙桃市", "429004"))


def test_matches_counts_every_article_of_the_province() -> None:
    # Its speed per keystroke is measured by bench.py (filter_p95_ms), not asserted here.
    q = compile_query("sc")
    regions = list(SEEDS.values()) * 20_000
    assert sum(q.matches(r) for r in regions) == 40_000


def test_unknown_matches_only_articles_without_a_region() -> None:
    q = compile_query("未知")
    assert q.matches(Region())
    assert not any(q.matches(r) for r in SEEDS.values())
    assert not compile_query("sc").matches(Region())


def test_region_tree() -> None:
    regions = [*SEEDS.values(), Region("四川省", None, None, "510000"), Region()]
    tree = region_tree(regions)
    # busiest first, then by adcode; articles without a region last
    assert [(n.name, n.count) for n in tree] == [
        ("四川省", 3),
        ("辽宁省", 1),
        ("江苏省", 1),
        ("湖北省", 1),
        ("未知", 1),
    ]
    sichuan = tree[0]
    assert sichuan.adcode == "510000"
    assert [(c.name, c.adcode, c.count) for c in sichuan.children] == [
        ("广安市", "511600", 1),
        ("达州市", "511700", 1),
    ]
    assert sichuan.children[1].children == [TreeNode("通川区", "511702", 1)]
    assert sichuan.children[0].children == []


def test_region_tree_of_a_municipality_skips_the_city() -> None:
    tree = region_tree([Region("北京市", None, "朝阳区", "110105"), Region("北京市", None, None, "110000")])
    assert tree == [TreeNode("北京市", "110000", 2, [TreeNode("朝阳区", "110105", 1)])]


def test_labels() -> None:
    assert display_name(SEEDS["000"]) == "通川区"
    assert display_name(SEEDS["003"]) == "广安市"
    assert display_name(Region()) == ""
    assert region_path(SEEDS["003"]) == "四川省 › 广安市"
    assert region_path(SEEDS["000"]) == "四川省 › 达州市 › 通川区"
    assert region_path(Region("北京市", None, "朝阳区", "110105")) == "北京市 › 朝阳区"
