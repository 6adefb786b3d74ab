"""Township names (镇, 乡, 街道, 苏木) as evidence for their county: the table, and each rule on a page."""

from __future__ import annotations

import time
from importlib import resources

from reader.convert import convert
from reader.document import Block, Document
from reader.regions import detect_region, load_gazetteer
from reader.regions.townships import load_townships


def doc(title: str = "", *paragraphs: str, script: str = "simplified") -> Document:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Document(title=title, blocks=blocks, script=script)  # type: ignore[arg-type]


def where(title: str = "", *paragraphs: str, script: str = "simplified") -> tuple:
    r = detect_region(doc(title, *paragraphs, script=script))
    return r.province, r.city, r.county


def counties(name: str) -> set[str]:
    g = load_gazetteer()
    return {g.units[c].name for c in load_townships().codes[name].split(",")}


# --- the table -----------------------------------------------------------------------------------------


def test_the_table_holds_every_township_with_its_county() -> None:
    table = load_townships()
    units = sum(len(codes.split(",")) for codes in table.codes.values())
    assert 36_000 < units < 42_000 and len(table.codes) > 28_000
    assert counties("黄金坳镇") == counties("盈口乡") == {"鹤城区"}  # 怀化市
    assert counties("闽宁镇") == {"永宁县"}
    assert counties("大沁他拉街道") == {"奈曼旗"}  # written without its 办事处
    assert len(counties("城关镇")) > 50
    assert "张镇" not in table.codes and "街道" not in table.codes  # one-character stems are left out
    g = load_gazetteer()
    assert all(code in g.units for codes in table.codes.values() for code in codes.split(","))


def test_the_table_is_small_and_quick_to_load() -> None:
    data = resources.files("reader.regions").joinpath("data/townships.tsv.gz")
    assert len(data.read_bytes()) < 400_000

    def seconds() -> float:
        load_townships.cache_clear()
        start = time.process_time()
        load_townships()
        return time.process_time() - start

    # CPU time, best of three, so that a busy test machine does not decide; it takes about 10 ms.
    assert min(seconds() for _ in range(3)) < 0.1


def test_the_table_is_read_only_when_the_county_is_open() -> None:
    load_townships.cache_clear()
    assert where("通川区召开会议", "通川区要求各部门落实责任。")[2] == "通川区"
    assert load_townships.cache_info().currsize == 0
    assert where("达州市召开会议")[2] is None
    assert load_townships.cache_info().currsize == 1


def test_find_takes_the_longest_name_ending_on_a_suffix() -> None:
    # 万宝山镇 holds 宝山镇, another township: the longer name is the one written.
    found = load_townships().find("通川区北山镇和万宝山镇的干部")
    assert [(t.name, t.start, t.end) for t in found] == [("北山镇", 3, 6), ("万宝山镇", 7, 11)]


# --- the rules, each on a page of its own -----------------------------------------------------------------


def test_a_township_of_one_county_names_it() -> None:
    page = ("黄金坳镇召开乡村振兴推进会", "盈口乡、黄金坳镇党员干部参加会议。")
    assert where(*page) == ("湖南省", "怀化市", "鹤城区")


def test_traditional_township_names_are_folded() -> None:
    assert where("黃金坳鎮召開鄉村振興推進會", "盈口鄉黨員幹部參加會議。", script="traditional") == (
        "湖南省",
        "怀化市",
        "鹤城区",
    )


def test_a_shared_name_alone_votes_for_nothing() -> None:
    assert where("", "城北街道召开会议。城北街道要求各社区落实责任。") == (None, None, None)


def test_the_city_named_picks_a_shared_name() -> None:
    # 金华市 has one 城北街道 (婺城区); 浙江 has two (婺城区, 温岭市): the province alone picks none.
    assert where("", "金华市召开会议。城北街道介绍了经验，城北街道还将……") == ("浙江省", "金华市", "婺城区")
    assert where("", "浙江省召开会议。城北街道介绍了经验，城北街道还将……") == ("浙江省", None, None)


def test_a_township_never_votes_against_the_place_the_text_decided() -> None:
    # 黄金坳镇 is in Hunan: on a page about Sichuan it counts for nothing.
    assert where("", "四川省召开会议。四川省要求……", "黄金坳镇作交流发言。") == ("四川省", None, None)


def test_where_counties_are_named_a_township_backs_only_one_of_them() -> None:
    tie = "南海区、顺德区作交流发言。南海区介绍了经验，顺德区也介绍了经验。"
    assert where("", tie) == ("广东省", "佛山市", None)
    # 祖庙街道 is in 禅城区, which the page does not name: it decides nothing, however often.
    assert where("", tie, "祖庙街道、祖庙街道和祖庙街道也参加了会议。") == ("广东省", "佛山市", None)
    # 桂城街道 (南海区, and 肇庆's 鼎湖区) backs the named 南海区.
    assert where("", tie, "桂城街道介绍了做法。") == ("广东省", "佛山市", "南海区")


def test_a_township_that_is_an_ordinary_phrase_needs_support() -> None:
    # 小城镇 is also a township of 舒兰市 (吉林).
    assert where("", "加快发展小城镇，推进小城镇建设。") == (None, None, None)


def test_a_township_after_its_own_county_is_one_mention() -> None:
    page = (
        "甘肃省召开特约监察员聘任会议",
        "甘肃省纪委监委召开会议，聘任新一届特约监察员。",
        "甘肃省纪委监委要求各级纪检监察机关支持特约监察员工作。",
    )
    # 庆阳市镇原县临泾镇 names one place: the chain counts, the township adds nothing to it.
    assert where(*page, "新任特约监察员、庆阳市镇原县临泾镇某村党支部书记表示，将认真履职。") == (
        "甘肃省",
        None,
        None,
    )
    chained = detect_region(doc(*page, "新任特约监察员、庆阳市镇原县临泾镇某村党支部书记表示，将认真履职。"))
    assert "临泾镇×1" not in chained.evidence
    # Written apart, the township is a mention of its own (under this province-wide title, still no city).
    apart = ("新任特约监察员、庆阳市镇原县某村党支部书记表示，将认真履职。", "临泾镇干部群众……")
    assert "临泾镇×1" in detect_region(doc(*page, *apart)).evidence
    assert where("特约监察员聘任会议召开", *page[1:], *apart) == ("甘肃省", "庆阳市", "镇原县")


def both_scripts(title: str, *paragraphs: str) -> list[tuple]:
    """The region of the page as written (Simplified) and machine-converted to Traditional."""

    def trad(t: str) -> str:
        return convert(t, "traditional", "simplified")

    return [where(title, *paragraphs), where(trad(title), *map(trad, paragraphs), script="traditional")]


def test_a_township_of_a_county_named_once_backs_the_county() -> None:
    # 吴村镇 lies in four counties, 曲阜市 among them; 曲阜 said once by its short name is too weak
    # alone. Together they agree on one place, as a dateline and the town it reports on do.
    page = ("美化环境齐动手", "本报曲阜讯 吴村镇组织干部清理村道。", "吴村镇各村也开展了评比。")
    assert both_scripts(*page) == [("山东省", "济宁市", "曲阜市")] * 2
    assert where("美化环境齐动手", "本报曲阜讯 该镇组织干部清理村道。") == (None, None, None)
    # A title's short name and a township of it (港西镇 lies in 崇明区 and 荣成市).
    page = ("崇明港西镇开展爱国卫生运动", "6月9日，港西镇的志愿者清扫了各村道路。")
    assert both_scripts(*page) == [("上海市", None, "崇明区")] * 2


def test_a_township_raised_since_is_found_under_its_new_name() -> None:
    # 阿依巴格乡 became 阿依巴格镇 (阿瓦提县); the table knows only the new name.
    found = load_townships().find("走访阿依巴格乡的村子")
    assert [(t.name, t.start, t.end, t.generic) for t in found] == [("阿依巴格镇", 2, 7, True)]
    page = (
        "走访驻村工作队",
        "阿克苏地区派出的工作队住在阿依巴格乡。",
        "阿依巴格乡的村民说，工作队常来家里。",
    )
    assert both_scripts(*page) == [("新疆维吾尔自治区", "阿克苏地区", "阿瓦提县")] * 2
    # It may be another place of that name: alone, it names nothing (as a shared name does).
    assert where("走访驻村工作队", "工作队住在阿依巴格乡。阿依巴格乡的村民说……") == (None, None, None)
    assert where("走访驻村工作队", "工作队住在阿依巴格镇。阿依巴格镇的村民说……")[2] == "阿瓦提县"
