"""Region names written in variant or old forms (issue 10, machine-converted Traditional): 靑海 is 青海,
峩眉 is 峨眉, 甯夏 is 宁夏, for the detector and the filter alike."""

from __future__ import annotations

import pytest

from reader.document import Block, Document
from reader.regions import compile_query, detect_region, load_gazetteer


def where(title: str, *paragraphs: str, script: str = "traditional") -> tuple:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    r = detect_region(Document(title=title, blocks=blocks, script=script))  # type: ignore[arg-type]
    return r.province, r.city, r.county


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_a_province_in_an_old_form(script: str) -> None:
    page = ("靑海省召開敎育工作會議", "靑海省敎育廳召開會議，部署全省戶籍與敎育工作。")
    if script == "simplified":  # old forms on a Simplified page: 靑 is read as 青 all the same
        page = ("靑海省召开教育工作会议", "靑海省教育厅召开会议，部署全省户籍与教育工作。")
    assert where(*page, script=script) == ("青海省", None, None)


def test_a_province_in_a_variant_form() -> None:
    assert where("甯夏召開敎育工作會議", "甯夏回族自治區敎育廳召開會議。") == ("宁夏回族自治区", None, None)


def test_a_county_by_its_full_name_and_by_its_short_name() -> None:
    assert where("峩眉山市召開會議", "峩眉山市召開敎育工作會議。") == ("四川省", "乐山市", "峨眉山市")
    assert where("靑神召開會議", "靑神縣委召開會議。靑神各鄕鎭參加。") == ("四川省", "眉山市", "青神县")


def test_a_township_in_a_variant_form() -> None:
    assert where("峩口鎭召開會議", "峩口鎭黨員幹部參加會議。") == ("山西省", "忻州市", "代县")


def test_the_filter_reads_variant_forms() -> None:
    assert compile_query("靑海").codes == compile_query("青海").codes == ("630000",)
    assert compile_query("峩眉山市").codes == compile_query("峨眉山市").codes


def test_the_fold_keeps_every_character_a_place_name_is_written_with() -> None:
    g = load_gazetteer()
    # 埇 is a variant of 甬 in Unihan, and the 埇 of 埇桥区; 乾 of 乾安县 is no 干 either
    assert g.fold("埇桥区 乾安县") == "埇桥区 乾安县"
    assert g.fold("靑海省 峩眉 淸河 甯夏 緖") == "青海省 峨眉 清河 宁夏 绪"
    text = "峩眉山市靑神縣"
    assert len(g.fold(text)) == len(text)  # offsets in the folded text are the page's
