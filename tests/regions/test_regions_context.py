"""Signals around the names, from the misses of the I set (issue 10): each rule on a page of its own,
in both scripts (the Traditional page is the Simplified one machine-converted)."""

from __future__ import annotations

import itertools
import re

import pytest

from reader.convert import convert
from reader.document import Block, Document
from reader.regions import detect_region, mentions

SCRIPTS = ["simplified", "traditional"]


def where(script: str, title: str, *paragraphs: str, url: str | None = None) -> tuple:
    """(province, city, county) of a page of these texts, written in `script`."""

    def written(t: str) -> str:
        return convert(t, script, "simplified")  # type: ignore[arg-type]

    blocks = tuple(Block("paragraph", written(p)) for p in paragraphs)
    r = detect_region(Document(title=written(title), blocks=blocks, script=script, url=url))  # type: ignore[arg-type]
    return r.province, r.city, r.county


OPENING = (
    "山里的日子过得很快，转眼又是一个春天。"  # no place: the lede's setting weighs no more than the rest
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_neighbour_across_the_border_is_not_the_place(script: str) -> None:
    hill = "我驻扎的九陇村是江西省永新县最偏远的村庄，翻过一座山头，便是湖南省茶陵县的地界。"
    assert where(script, "驻村手记", OPENING, hill) == ("江西省", "吉安市", "永新县")
    bordering = "九陇村地处江西省永新县西部，与湖南省茶陵县交界，山高路远。"
    assert where(script, "山里的村庄", OPENING, bordering) == ("江西省", "吉安市", "永新县")
    # The place the sentence is about, written before 与, keeps its weight.
    subject = "湖南省茶陵县与江西省永新县交界，茶陵县的村民种丝瓜。"
    assert where(script, "山里的村庄", OPENING, subject) == ("湖南省", "株洲市", "茶陵县")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_satellite_channel_names_no_place(script: str) -> None:
    page = ("村里的夜晚", "永新县九陇村的村民爱看湖南卫视，湖南卫视的节目他们都熟。")
    assert where(script, *page) == ("江西省", "吉安市", "永新县")
    # The province on its own still counts.
    assert where(script, "村里的夜晚", "湖南各地的村民，湖南的节目他们都熟。")[0] == "湖南省"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_county_whose_city_is_named_on_its_own_is_no_lone_example(script: str) -> None:
    team = "我们走访了双寿村，由于不懂信宜本地人的语言，沟通遇到了障碍，好在组员是茂名当地人。"
    assert where(script, "调研之路", team) == ("广东省", "茂名市", "信宜市")
    # Named once and alone, the county is still an example the writer reached for.
    alone = "我们走访了好几个村，比如信宜的一些村子，沟通遇到了障碍。"
    assert where(script, "调研之路", alone) == (None, None, None)


DIARY = (
    "接到组织部门通知，让我到对口帮扶的虞城去扶贫。虞城是我的老家，我想这正是我被选中的原因。",
    "我忘不了那片土地，我在那里长大，我一直想为它做点事情。我收拾好行李，我出发了。",
    "下午到虞城县。我见到了村里的干部，我们谈了很久，我记下了虞城的难处。",
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_diary_of_a_posting_is_about_the_place_it_was_posted_to(script: str) -> None:
    assert where(script, "驻村日记（持续更新中）", *DIARY) == ("河南省", "商丘市", "虞城县")
    assert where(script, "挂职日记之二", *DIARY) == ("河南省", "商丘市", "虞城县")
    # Any other first-person essay whose title names no place is about the writer.
    assert where(script, "我的日记", *DIARY) == (None, None, None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_province_title_is_wide_when_its_name_is_also_a_generic_citys(script: str) -> None:
    # 海南 is 海南省, and also the short name of 海南藏族自治州 (青海), which is a word here.
    body = ("海南各地坚持党建引领，推动乡村振兴。", "在海口市琼山区云龙镇长泰村，党员带头种植胡椒。")
    assert where(script, "坚持党建引领 海南三个村庄蹚出乡村振兴路", *body) == ("海南省", None, None)
    # A title naming the district heads the district's story.
    assert where(script, "琼山区长泰村蹚出乡村振兴路", *body) == ("海南省", "海口市", "琼山区")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_county_only_a_word_voted_for_does_not_shut_out_a_townships_county(script: str) -> None:
    page = (
        "近年来，阳朔镇党委将主题党日与理论学习结合起来，组织党员参观了桂林市的红色旧址。",
        "阳朔镇运用红色教育资源，开展“漓江保护日”主题党日活动，桂林市的志愿者也来了。",
        "阳朔镇各村党支部将继续开展活动。",
    )
    assert where(script, "三个聚焦提升主题党日实效", *page) == ("广西壮族自治区", "桂林市", "阳朔县")
    # A county the text names as a place (资源县, written out) still decides which townships vote.
    named = (page[0], "资源县的党员也来参加，资源县委组织部作了介绍。")
    assert where(script, "三个聚焦提升主题党日实效", *named)[2] == "资源县"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_county_the_sites_host_spells_backs_its_short_name(script: str) -> None:
    page = ("村中公园荒置", "即墨的蓝家庄村被授予山东省卫生村荣誉称号，却有人反映公园荒置。")
    assert where(script, *page, url="http://okmimi.qdjimo.com/bbs/450740.html") == (
        "山东省",
        "青岛市",
        "即墨区",
    )
    assert where(script, *page, url="http://bbs.jimo.net/t/1.html") == ("山东省", "青岛市", "即墨区")
    # Another site's host backs nothing: the short name said once beside its province decides nothing.
    assert where(script, *page, url="http://bbs.example.com/1.html") == ("山东省", None, None)
    # A host alone names no place the text does not write.
    assert where(script, "村中公园荒置", "村民反映公园荒置。", url="http://okmimi.qdjimo.com/1.html") == (
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (mentions.NOT_A_PLACE_AFTER, mentions.NOT_A_PLACE_FIRST),
        (mentions.NOT_A_PLACE_AFTER_FULL, mentions.NOT_A_PLACE_FIRST),
        (mentions.MEDIA_AFTER, mentions.MEDIA_FIRST),
    ],
)
def test_a_context_pattern_opens_with_a_character_its_cheap_test_lets_through(
    pattern: re.Pattern[str], first: str
) -> None:
    """The patterns are words of their own characters: every three of them that one matches (what
    `_context_weight` reads after a name) opens with a character of `first`, tested before it."""
    alphabet = sorted({c for c in pattern.pattern if "\u4e00" <= c <= "\u9fff"})
    for text in map("".join, itertools.product(alphabet, repeat=3)):
        assert not pattern.match(text) or text[0] in first, text
