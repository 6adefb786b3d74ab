"""The region detector: the labelled cases, every trap of issue 3 on its own, and the five seed pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.clean import clean
from reader.convert import convert
from reader.document import Block, Document, Region
from reader.regions import detect_region, parts

HERE = Path(__file__).parent
ARTICLES = HERE.parents[1] / "articles"
CASES = json.loads((HERE / "cases.json").read_text("utf-8"))


def doc(title: str = "", *paragraphs: str, script: str = "simplified") -> Document:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Document(title=title, blocks=blocks, script=script)  # type: ignore[arg-type]


def where(title: str = "", *paragraphs: str, script: str = "simplified") -> tuple:
    """(province, city, county) of a document made of these texts."""
    return levels(detect_region(doc(title, *paragraphs, script=script)))


def levels(region: Region) -> tuple[str | None, str | None, str | None]:
    return region.province, region.city, region.county


def case_doc(case: dict) -> Document:
    blocks = tuple(Block("heading" if kind == "h" else "paragraph", text) for kind, text in case["blocks"])
    return Document(title=case["title"], blocks=blocks, script=case["script"])


def test_the_labelled_set_is_broad() -> None:
    assert len(CASES) >= 30
    assert len({c["expect"][0] for c in CASES}) >= 20  # provinces
    assert any(c["script"] == "traditional" for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_labelled_case(case: dict) -> None:
    assert list(levels(detect_region(case_doc(case)))) == case["expect"]


# --- one test per trap of the issue -------------------------------------------------------------------


def test_a_chain_is_one_strong_mention() -> None:
    r = detect_region(doc("", "四川省达州市通川区召开会议。", "会议还通报了成都、绵阳的做法。"))
    assert levels(r) == ("四川省", "达州市", "通川区")
    assert r.evidence[0] == "四川省达州市通川区×1"


def test_a_word_across_a_chains_seam_does_not_break_it() -> None:
    # 西南 runs across 广西|南宁, 南方 across 河南|方城: the seam of a chain, not a word the name is in.
    assert (
        both_scripts("", "广西南宁召开会议。", "广西南宁各界参加。")
        == [("广西壮族自治区", "南宁市", None)] * 2
    )
    assert both_scripts("", "江西南昌召开会议。", "江西南昌各界参加。") == [("江西省", "南昌市", None)] * 2
    assert both_scripts("", "广东南海召开会议。") == [("广东省", "佛山市", "南海区")] * 2
    # With no unit of it right after, the word still wins: 和安宁疗护 is no 和安县.
    assert where("", "推进和安宁疗护服务。", "和安宁疗护服务进社区。") == (None, None, None)


def test_a_provinces_name_is_no_piece_of_the_word_across_its_end() -> None:
    # 南部, 北部, 中南 run across 山西, 陕西, 台中 (of 台湾省): a province's name is still its name.
    page = ("山西南部普降大雨", "山西南部各地积极应对，山西南部的农田灌溉无虞。")
    assert both_scripts(*page) == [("山西省", None, None)] * 2
    taiwan = ("散步 | 台中南屯镇和巷", "台中南屯的老街巷弄，台中人周末最爱去的地方。")
    assert both_scripts(*taiwan) == [("台湾省", None, None)] * 2
    # Unless a word before it claims its first character: 主席台 + 中央 leaves no 台中.
    stage = ("大会隆重开幕", "代表们走到主席台中央，向全体代表致意。主席台中央悬挂着会标。")
    assert both_scripts(*stage) == [(None, None, None)] * 2


def test_newspaper_names_weigh_little() -> None:
    text = ("黄州区召开会议。", "会议经验被《武汉晚报》《襄阳日报》报道。")
    assert where("", *text) == ("湖北省", "黄冈市", "黄州区")
    assert where("", "据《沈阳日报》消息，会议近日召开。") == (None, None, None)


def test_a_chain_outweighs_a_plain_mention() -> None:
    assert where("", "江苏省苏州市昆山市召开会议。", "会议学习了浙江省的经验。")[0] == "江苏省"


def test_county_votes_for_its_city_and_province() -> None:
    assert where("通川区召开会议", "通川区要求各部门落实责任。") == ("四川省", "达州市", "通川区")


def test_title_outweighs_a_body_mention() -> None:
    r = detect_region(doc("黄州区召开会议", "会议学习了昆山的经验。"))
    assert levels(r) == ("湖北省", "黄冈市", "黄州区")


def test_headings_outweigh_body() -> None:
    d = Document(blocks=(Block("heading", "黄州区：文明创建纪实", 1), Block("paragraph", "学习苏州经验。")))
    assert levels(detect_region(d)) == ("湖北省", "黄冈市", "黄州区")


def test_footer_never_decides() -> None:
    body = ("杭州市西湖区召开数字政府建设推进会。", "西湖区将持续推进改革。")
    footer = (
        "主办：宁波市海曙区融媒体中心 地址：宁波市海曙区解放南路 电话：0574-87654321",
        "Copyright © 2021 宁波市海曙区 浙ICP备12345678号",
        "来源：宁波日报",
    )
    assert detect_region(doc("", *body, *footer)) == detect_region(doc("", *body))


def test_menu_line_never_decides() -> None:
    body = "龙沙区组织党员进社区。"
    menu = "鹤城新闻 鹤城视点 鹤城论坛 鹤城旅游 鹤城人社"
    assert detect_region(doc("", menu, body)) == detect_region(doc("", body))


def test_only_traditional_text_is_converted() -> None:
    assert where("", "吉林省松原市乾安县召开会议。乾安县要求……") == ("吉林省", "松原市", "乾安县")
    traditional = where("", "吉林省松原市乾安縣召開會議。乾安縣要求……", script="traditional")
    assert traditional == ("吉林省", "松原市", "乾安县")


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_traditional_names_match_whatever_the_script_field(script: str) -> None:
    r = detect_region(doc("", "近日，筆者走進廣安市政府辦公大樓。廣安市屬國企……", script=script))
    assert levels(r) == ("四川省", "广安市", None)


def test_glued_pinyin_does_not_hide_a_name() -> None:
    assert where("江蘇昆(kūn)山:市級(jí)機(jī)關(guān)工委") == ("江苏省", "苏州市", "昆山市")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长春市朝阳区召开会议。朝阳区将……", ("吉林省", "长春市", "朝阳区")),
        ("北京市朝阳区召开会议。朝阳区将……", ("北京市", None, "朝阳区")),
        ("福州市召开会议。鼓楼区、台江区作交流发言，鼓楼区介绍了经验。", ("福建省", "福州市", "鼓楼区")),
        ("开封市鼓楼区召开会议。", ("河南省", "开封市", "鼓楼区")),
    ],
)
def test_shared_names_are_resolved_by_their_parents(text: str, expected: tuple) -> None:
    assert levels(detect_region(doc("", text))) == expected


def test_shared_name_that_cannot_be_decided_is_null() -> None:
    assert levels(detect_region(doc("", "朝阳区召开会议。朝阳区要求各部门落实责任。"))) == (None, None, None)
    # 南京 and 徐州 both have a 鼓楼区: the province is known, the city is not.
    assert levels(detect_region(doc("鼓楼区召开会议", "会议学习江苏省有关精神。"))) == ("江苏省", None, None)


def test_city_and_its_district_share_a_short_name() -> None:
    # 广安 is 广安市 or its 广安区: both say 广安市, only the county is open.
    assert levels(detect_region(doc("", "懂广安的干部。广安经济发展迅速。"))) == ("四川省", "广安市", None)


@pytest.mark.parametrize(
    "text",
    [
        "坚持合作共赢，深化对外合作，引导农民专业合作社发展。",  # 合作 (合作市)
        "加快推进中心城区和新区建设，完善城区道路。",  # 城区, 新区
        "维护世界和平，推进长安街沿线环境整治。",  # 和平, 长安
        "社区居民唱起《东方红》，大家的做法大同小异。",  # 东方 (东方市), 大同 (大同市)
        "推进老城区改造，改善群众居住条件。",  # 老城区
        "县委书记主持会议，县长出席。",  # no unit is called just 县
        "山西北路、重庆路和南开大学一带交通拥堵。",  # streets and a university
        "朝阳社区开展志愿服务活动。",  # a neighbourhood
        "会议于北京时间10时开始。",
        "鹤城新闻 鹤城视点 鹤城论坛 鹤城旅游",  # 鹤城 nickname of 齐齐哈尔 in a menu
        "市委和县委高度重视，振兴县域经济，发展现代县域产业。",  # 和县, 兴县, 代县
        "奋力谱写中国式现代化新篇章贡献力量。",  # 篇章贡献 holds 章贡 (章贡区)
        "推进经开区、高新区和工业园区建设。",
        "副主任沈传斌、简育田、纪洪山和各委员出席会议，李建平同志主持。",  # people: 洪山区, 建平县
    ],
)
def test_ordinary_words_are_no_places(text: str) -> None:
    r = detect_region(doc("", text))
    assert r == Region(), r.evidence


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_name_after_a_persons_role_is_that_persons(script: str) -> None:
    """`队员谭玉林激动地说`: a surname after a role's last character (队员, 村民, 书记, 队长) opens a
    person's name, whatever follows it, so 玉林 (玉林市) and 大同 (大同市) are no places; the story's
    township still places it."""
    text = (
        "汀泗桥镇古塘村的志愿者走村串巷，为老弱病残者修房补漏。",
        "舞蹈队队员谭玉林激动地告诉笔者，村民李大同也赞不绝口。",
    )
    if script == "traditional":
        text = tuple(convert(t, "traditional", "simplified") for t in text)
    assert where("", *text, script=script) == ("湖北省", "咸宁市", "咸安区")
    assert where("", "舞蹈队队员谭玉林激动地告诉笔者。", script=script) == (None, None, None)


def test_idioms_block_a_generic_name_even_beside_its_parent() -> None:
    # 山西 supports 大同 (大同市), but 大同小异 is an idiom, not the city.
    text = "山西省召开会议。各地做法大同小异，大同小异的做法要改进。"
    assert where("太原市小店区召开会议", text) == ("山西省", "太原市", "小店区")
    assert where("", text) == ("山西省", None, None)


def test_generic_name_counts_with_its_parent() -> None:
    assert where("", "河源市和平县召开会议。和平县要求……") == ("广东省", "河源市", "和平县")
    text = "沈阳市召开会议，和平区、沈河区作交流发言，和平区介绍了经验。和平区还……"
    assert where("", text) == ("辽宁省", "沈阳市", "和平区")


def test_chengqu_counts_only_after_its_city() -> None:
    assert where("阳泉市城区召开会议", "城区政务服务中心……") == ("山西省", "阳泉市", "城区")
    assert where("阳泉市召开会议", "推进中心城区改造。") == ("山西省", "阳泉市", None)


def test_development_zones_are_no_counties() -> None:
    assert where("成都高新区发布新政", "成都高新区管委会……") == ("四川省", "成都市", None)
    assert where("达州经开区项目集中开工") == ("四川省", "达州市", None)


def test_guangxi_regional_committee_is_province_level() -> None:
    r = detect_region(doc("九三学社广西区委召开全会", "九三学社广西区委围绕广西发展大局建言献策。"))
    assert levels(r) == ("广西壮族自治区", None, None)


def test_province_short_names() -> None:
    assert detect_region(doc("内蒙古召开会议", "内蒙古自治区要求……")).province == "内蒙古自治区"
    assert detect_region(doc("广西召开会议")).province == "广西壮族自治区"


def test_only_supported_levels_are_reported() -> None:
    # A city as a whole (003): the county stays null even though one is named in passing.
    r = detect_region(doc("佛山市召开大会", "佛山市要求……", "南海区、顺德区作交流发言。", "佛山市将……"))
    assert levels(r) == ("广东省", "佛山市", None)
    # 003: a city as a whole, one of its counties named once.
    assert where("", "广安市召开会议。", "广安市要求……", "岳池县作交流发言。") == ("四川省", "广安市", None)
    # Two counties named about as often: neither is what the article is about.
    text = "南海区作交流发言，顺德区作交流发言。南海区介绍了经验，顺德区也介绍了经验。南海区将……"
    assert where("", text) == ("广东省", "佛山市", None)
    # A province as a whole.
    r = detect_region(doc("江西省召开全省会议", "会议在南昌召开。", "江西省要求……"))
    assert levels(r) == ("江西省", None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆市渝中区召开会议。", ("重庆市", None, "渝中区")),
        ("上海市浦东新区召开会议。", ("上海市", None, "浦东新区")),
        ("天津市和平区召开会议。", ("天津市", None, "和平区")),
        ("北京市东城区召开会议。", ("北京市", None, "东城区")),
    ],
)
def test_municipalities_have_no_city(text: str, expected: tuple) -> None:
    assert levels(detect_region(doc("", text))) == expected


def test_an_enumeration_weighs_less_than_the_subject() -> None:
    text = (
        "阳信县召开经验交流会。",
        "滨城区、沾化区、邹平市作交流发言。",
        "阳信将以此次会议为契机，贡献阳信力量。",
    )
    assert where("", *text) == ("山东省", "滨州市", "阳信县")


def test_the_place_visitors_come_to_is_the_subject() -> None:
    title = "桐城市直机关工委党建考察团来望江县考察基层党建工作"
    text = "考察团详细了解望江县基层党建工作的经验做法，希望桐城与望江加强交流。"
    assert where(title, text) == ("安徽省", "安庆市", "望江县")


def test_the_place_a_delegation_goes_to_is_not_the_subject() -> None:
    title = "本报记者今赴北京联手新华社推出特别报道"
    text = "杭州市民通过热线反映了不少问题。"
    assert where(title, text) == ("浙江省", "杭州市", None)


def test_a_story_spread_over_many_provinces_is_national() -> None:
    title = "春运专报：西北地区有沙尘 冷空气影响东北华北等地"
    text = (
        "内蒙古中西部、甘肃河西有扬沙，黑龙江东部、吉林东部有小雪，四川盆地有小雨。",
        "内蒙古东部气温下降4～6℃，请旅客合理安排出行。",
    )
    assert where(title, *text) == (None, None, None)


def test_a_story_of_one_province_that_names_two_others_keeps_it() -> None:
    title = "四川省召开防汛工作会议"
    text = ("会议要求四川各地学习甘肃、贵州的经验，四川省各市州要压实责任，确保四川安全度汛。",)
    assert where(title, *text) == ("四川省", None, None)


def test_result_carries_adcode_confidence_and_evidence() -> None:
    r = detect_region(doc("通川区召开会议", "四川省达州市通川区要求……"))
    assert r.adcode == "511702"
    assert 0 < r.confidence <= 1
    assert any("通川区" in e for e in r.evidence)
    assert detect_region(doc("", "没有任何地名的文章。")) == Region()


def test_empty_document() -> None:
    assert detect_region(Document()) == Region()


# --- the seed pages -------------------------------------------------------------------------------------

SEEDS = {
    # id: (expected, title, first body line, last body line): the footers stripped by hand
    "000_63a1824498e7c653": (
        ("四川省", "达州市", "通川区"),
        "“品质机关”提升通川品质",
        "什么是“品质通川”",
        "作出积极贡献",
    ),
    "001_54e58c66e0c3be4b": (
        ("江苏省", "苏州市", "昆山市"),
        "江蘇昆山:市級機關工委推動機關服務品牌",
        "【背景與起因】",
        "大力支持",
    ),
    "002_2b473b5650339e5b": (("湖北省", "黄冈市", "黄州区"), "文明清风谱华章", "文明清风谱华章 ——", "新篇章"),
    "003_a94347fa62b8522e": (("四川省", "广安市", None), "", "“四川省文明單位”", "(賀欣瑜)"),
    "004_676df3e1dad808dc": (
        ("辽宁省", "沈阳市", "苏家屯区"),
        "苏家屯区深入开展创先争优活动简报77期",
        "率先垂范",
        "高效便捷服务",
    ),
}


def page_lines(article: str) -> list[str]:
    text = (ARTICLES / f"{article}.txt").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("article", sorted(SEEDS))
def test_seed_with_footers_stripped_by_hand(article: str) -> None:
    expected, title, first, last = SEEDS[article]
    lines = page_lines(article)
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if i >= start and last in line)
    script = "traditional" if article[:3] in ("001", "003") else "simplified"
    assert levels(detect_region(doc(title, *lines[start : end + 1], script=script))) == expected


@pytest.mark.parametrize("article", sorted(SEEDS))
def test_seed_with_every_line_kept(article: str) -> None:
    """Menus, footers and all, as a placeholder cleaner leaves them: the answer must not change."""
    lines = page_lines(article)
    assert levels(detect_region(doc(lines[0], *lines[1:]))) == SEEDS[article][0]


@pytest.mark.parametrize("article", sorted(SEEDS))
def test_seed_through_the_cleaner(article: str) -> None:
    assert levels(detect_region(clean((ARTICLES / f"{article}.txt").read_text("utf-8")))) == SEEDS[article][0]


def test_a_dateline_alone_is_no_region() -> None:
    national = (
        "新华社北京2月13日电 国务院常务会议部署优化营商环境，推动各地区各部门持续深化改革。",
        "会议要求，各有关部门要抓紧制定配套措施，确保各项政策落地见效。",
    )
    assert where("国务院部署优化营商环境", *national) == (None, None, None)
    moe = "央广网北京2月13日消息 教育部近日印发通知，部署全国中小学安全工作。"
    assert where("", moe) == (None, None, None)
    # Older wire copy writes the date in words, in either script.
    wire = "中新社北京三月十八日电 总理今天在记者见面会上引用大量数字说明经济建设的成就。"
    assert both_scripts("", wire) == [(None, None, None)] * 2


def test_a_dateline_does_not_outvote_the_subject() -> None:
    local = ("中新网杭州11月1日电 近日，达州市通川区召开基层党建工作推进会。", "通川区委组织部介绍了经验。")
    assert where("", *local) == ("四川省", "达州市", "通川区")


def test_a_county_short_name_needs_support() -> None:
    # 民乐团 is a folk orchestra: one unbacked 民乐 is no county.
    assert where("", "县民乐团举行新年音乐会，演奏了多首经典曲目。") == (None, None, None)
    # Backed by its parent, by a repeat, or by the full name, it counts.
    assert where("", "张掖市召开会议，民乐介绍了经验。", "民乐将继续推进工作。")[2] == "民乐县"
    assert where("", "民乐县召开会议。", "会上，民乐介绍了经验。")[2] == "民乐县"


def test_the_capital_as_seat_of_government_is_no_region() -> None:
    national = (
        "中央政法工作会议9日在北京召开。中央政法委书记传达党中央重要指示并讲话。",
        "会议强调，全国政法机关要坚持以人民为中心，推动国务院各项部署落地。",
    )
    assert where("中央政法工作会议召开", *national) == (None, None, None)
    # A story about Beijing itself keeps it, and so does one about a district.
    assert where("北京市召开优化营商环境大会", "北京市要求各区落实责任。")[0] == "北京市"
    district = "全国文明城市表彰：北京市东城区介绍经验。中央文明办、国务院有关部门出席。党中央……"
    assert where("", district)[2] == "东城区"


def test_a_ministers_briefing_in_the_capital_is_no_region() -> None:
    """`人社部部长26日在北京介绍`: a ministry said thrice is the centre's words, as 中央 and 国务院 are, so
    北京 is where it spoke, not the story's place; a city bureau's briefing stays 北京's."""
    national = (
        "某某社北京9月26日电 人力资源和社会保障部部长26日在北京介绍，城镇新增就业超额完成目标任务。",
        "人社部会同有关部门连续出台政策文件，完善就业政策体系。人社部强化全方位就业服务。",
    )
    assert both_scripts("城镇新增就业累计达五千万人", *national) == [(None, None, None)] * 2
    local = ("北京市人社局26日介绍，全市城镇新增就业超额完成目标任务。", "市人社局将强化就业服务。")
    assert both_scripts("北京城镇新增就业超额完成目标", *local)[0][0] == "北京市"


def test_the_centres_taiwan_affairs_are_no_region() -> None:
    """`国台办…台湾同胞…对台政策`: the centre's Taiwan affairs in its own words are national, whether a
    mainland outlet or a Taiwan one reports them; a Taiwan story that says 对台 once stays Taiwan's."""
    national = (
        "国务院台湾事务办公室17日举行例行新闻发布会，发言人就支持台湾同胞台资企业发展答问。",
        "发言人表示，将继续出台对台惠民措施，为台湾青年来大陆发展创造更好条件。",
    )
    assert both_scripts("为台胞台企发展带来新机遇", *national) == [(None, None, None)] * 2
    local = (
        "台湾中部一座庙宇今年举办文化节，吸引台湾各地信众前来参拜。",
        "庙方表示，文化节也展出对台湾民间信仰研究的成果。",
    )
    assert both_scripts("台湾庙宇文化节开幕", *local)[0][0] == "台湾省"


def test_a_province_alone_does_not_back_a_county_short_name() -> None:
    # 西夏 is the Western Xia dynasty here, not 银川's 西夏区.
    assert where("宁夏召开文物保护会议", "宁夏回族自治区文物局介绍了西夏陵遗址保护情况。") == (
        "宁夏回族自治区",
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "坚持党和政府的领导，推动工作落实。党和政府高度重视。",
        "县民乐团和乐团指挥举行音乐会。民乐团演出。",
        "和安宁疗护中心开业。和安宁疗护相关。",
    ],
)
def test_a_short_name_must_stand_on_a_word_boundary(text: str) -> None:
    assert where("", text) == (None, None, None)


def test_a_county_short_name_that_begins_a_common_word_is_that_word() -> None:
    # 江汉平原 is a plain, not 江汉区 (武汉): the page's town is named only by its township.
    page = ("江汉平原腹地的某某镇，是鱼米之乡。", "江汉平原上稻田连片，小龙虾产业兴旺。")
    assert where("稻香虾肥生态美", *page) == (None, None, None)
    # Written on its own, 江汉 still names the district.
    assert where("武汉江汉召开会议", "江汉区召开会议。") == ("湖北省", "武汉市", "江汉区")


def test_a_short_name_after_the_same_surname_every_time_is_a_person() -> None:
    # 刘海东 is a villager, not 海东市 (青海); the village's county is named once, in full.
    page = (
        "地处渭源县田家河乡的元古堆村热闹起来。",
        "村民刘海东早早就赶到了广场。今年66岁的刘海东是一名老党员。",
        "“以后我们更有信心。”刘海东说。",
    )
    assert where("村里的好日子", *page) == ("甘肃省", "定西市", "渭源县")
    # 海东 written on its own even once is the city.
    assert where("村里的好日子", *page, "海东的客人也来了，海东市民纷纷点赞。")[0] == "青海省"


def test_a_title_that_names_only_the_province_heads_a_province_wide_story() -> None:
    body = (
        "广西壮族自治区持续推进兴边富民行动，边境各地面貌一新。",
        "在靖西市龙邦镇，界碑旁的党员先锋岗日夜值守。靖西市还建起了边贸市场，靖西市的边民说好。",
        "在崇左市大新县，边民互市带动了增收。",
    )
    assert where("广西：红旗耀边关 堡垒筑前沿", *body) == ("广西壮族自治区", None, None)
    # The same body under a title that names no place: the county with most of the story is reported.
    assert where("红旗耀边关 堡垒筑前沿", *body)[1] == "百色市"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_province_title_that_names_a_township_or_an_institute_heads_no_province_wide_story(
    script: str,
) -> None:
    body = (
        "广西壮族自治区持续推进兴边富民行动，边境各地面貌一新。",
        "在靖西市龙邦镇，界碑旁的党员先锋岗日夜值守。靖西市还建起了边贸市场，靖西市的边民说好。",
        "在崇左市大新县，边民互市带动了增收。",
    )

    def at(title: str) -> tuple:
        texts = [convert(t, script, "simplified") for t in (title, *body)]  # type: ignore[arg-type]
        return where(*texts, script=script)

    province_wide = "广西：红旗耀边关 堡垒筑前沿"
    assert at(province_wide) == ("广西壮族自治区", None, None)
    # A township in the title is below the province: the story is its county's.
    assert at("深入龙邦镇开展庆祝广西壮族自治区成立纪念宣讲") == ("广西壮族自治区", "百色市", "靖西市")
    # The province heading an institute's name (广西农科院) names the institute, which works in a county.
    assert at("广西农科院驻村工作纪实") == ("广西壮族自治区", "百色市", "靖西市")
    assert at("广西农业科学院驻村工作纪实") == ("广西壮族自治区", "百色市", "靖西市")
    # The province heading an honour (优秀党务工作者, 劳动模范) names who gave it to a person of a county.
    assert at("边关擎旗人——记广西壮族自治区优秀党务工作者") == ("广西壮族自治区", "百色市", "靖西市")
    assert at("广西壮族自治区劳动模范的边关岁月") == ("广西壮族自治区", "百色市", "靖西市")
    # Not the province's own bodies: 广西区委 speaks for the province.
    assert at("广西区委部署兴边富民") == ("广西壮族自治区", None, None)


def test_places_of_taiwan_hong_kong_and_macau_name_their_region() -> None:
    # The gazetteer has no units below them: a city or district named alone names the region.
    assert where(
        "高雄市長出席港口典禮", "高雄市政府今天舉行典禮，市長表示高雄港將持續擴建。", script="traditional"
    ) == (
        "台湾省",
        None,
        None,
    )
    assert where("商戶受惠", "香港旺角一帶的商戶受惠，荃灣也是如此。")[0] == "香港特别行政区"
    # 九龙 is shared with 九龙县 (四川): the page's other names decide.
    assert where("九龙县召开会议", "甘孜州九龙县召开会议。") == ("四川省", "甘孜藏族自治州", "九龙县")
    # Inside ordinary words they are nothing: 舞台中央, 平台东侧.
    assert where("演出", "她站在舞台中央，平台东侧是乐队。") == (None, None, None)


# --- real-page failures of issue 10, each as a page of its own ----------------------------------------


def both_scripts(title: str, *paragraphs: str) -> list[tuple]:
    """The region of the page as written (Simplified) and machine-converted to Traditional."""
    from reader.convert import convert

    def trad(t: str) -> str:
        return convert(t, "traditional", "simplified")

    return [where(title, *paragraphs), where(trad(title), *map(trad, paragraphs), script="traditional")]


def test_a_two_character_county_named_again_and_again_is_the_county() -> None:
    page = (
        "凤县召开全县重点工作推进会",
        "8月3日，凤县召开全县重点工作推进会，总结上半年工作。",
        "会议要求，各镇党委和县直部门要聚焦主业，打造有特色的“凤县品牌”。",
    )
    assert both_scripts(*page) == [("陕西省", "宝鸡市", "凤县")] * 2
    # Once, and inside 和县直 (和/县直), it is a phrase, not 和县.
    assert where("", "各镇党委和县直部门要聚焦主业。") == (None, None, None)
    assert where("", "凤县召开会议。") == (None, None, None)


def test_a_city_named_only_as_a_province_wide_meetings_venue_is_no_subject() -> None:
    page = (
        "全省基层党建工作会议在长沙召开",
        "今天下午，全省基层党建工作会议在长沙召开，省委书记出席并讲话，省长主持会议。",
        "会议要求，全省各级党组织要抓好落实。",
    )
    assert both_scripts(*page) == [("湖南省", None, None)] * 2
    # The city as the subject (its own meeting, or named beyond the venue) keeps its level.
    own = ("长沙市召开基层党建工作会议", "会议在长沙召开，传达省委、省政府有关精神，部署长沙全市工作。")
    assert where(*own) == ("湖南省", "长沙市", None)


def test_a_short_name_said_once_in_a_text_with_no_area_of_its_own_is_an_example() -> None:
    # A national commentary reaches for 文山 once: an example, not the story's place.
    body = (
        "基层减负要重在实效，不能停留在口头上。",
        "比如文山的一些乡镇，过去迎检材料堆积如山，如今把精力放到了服务群众上。",
        "减负不是减责任，而是让干部腾出手来干实事。",
    )
    assert both_scripts("基层减负重在实", *body) == [(None, None, None)] * 2
    # A text that speaks of its own area (全州) is that place's story, one name or not.
    own = (*body, "全州上下要把减负落到实处。")
    assert both_scripts("基层减负重在实", *own) == [("云南省", "文山壮族苗族自治州", None)] * 2
    # So is a place named twice, or once in full.
    twice = (*body, "文山的做法值得推广。")
    assert where("基层减负重在实", *twice)[1] == "文山壮族苗族自治州"
    full = (body[0], body[1].replace("文山", "文山壮族苗族自治州"), body[2])
    assert where("基层减负重在实", *full)[1] == "文山壮族苗族自治州"
    # A resident's complaint about their own estate (我们小区) names the one place they live in.
    home = ("西门像垃圾场，怎么办", "我们小区的西门堆满了垃圾。", "这还像大北京的小区吗？")
    assert both_scripts(*home) == [("北京市", None, None)] * 2
    assert where(home[0], "小区的西门堆满了垃圾。", home[2]) == (None, None, None)


def test_a_place_named_once_below_a_beijing_dateline_is_an_example() -> None:
    page = (
        "冲锋在最前线——记奋战在脱贫攻坚战场上的村党支部书记",
        "新华社北京11月25日电 题：冲锋在最前线",
        "党的十八大以来，在全国12.8万个贫困村中，一个个村党支部书记就如同一面面旗帜。",
        "贵州省罗甸县麻怀村所处的地方，被称为天坑。村支书带领村民凿通了隧道。",
    )
    assert both_scripts(*page) == [(None, None, None)] * 2
    # Named again, the place is the story's subject.
    again = (*page, "如今，罗甸县的山货走出了大山。")
    assert where(*again) == ("贵州省", "黔南布依族苗族自治州", "罗甸县")


def test_a_place_written_in_full_where_the_lede_opens_is_the_setting() -> None:
    page = (
        "点亮乡村振兴的每一盏灯",
        "湖北省崇阳县的大市村曾是省级重点贫困村。2014年，“90后”姑娘程桔从繁华的广州回到家乡，当选村党支部书记。",
        "村干部们商议后，想到了刚大学毕业正在广州做设计师的程桔。",
    )
    assert both_scripts(*page) == [("湖北省", "咸宁市", "崇阳县")] * 2


def test_a_national_ministrys_own_news_is_national_wherever_it_met() -> None:
    page = (
        "国家卫生健康委员会2024年4月18日新闻发布会文字实录",
        "地点：云南省曲靖市曲靖会堂",
        "欢迎参加国家卫生健康委在云南省曲靖市召开的新闻发布会。云南省曲靖市人民政府市长介绍了曲靖的做法。",
    )
    assert both_scripts(*page) == [(None, None, None)] * 2
    # A ministry's title that names the place keeps it: the place is its subject.
    named = ("国家卫生健康委员会在曲靖召开爱国卫生现场会", *page[1:])
    assert where(*named) == ("云南省", "曲靖市", None)


def test_a_newspapers_office_and_staff_weigh_as_little_as_its_name() -> None:
    page = (
        "开在村委会里的表彰会",
        "11月23日，淮阳区冯塘乡刘庄行政村，一场表彰会正在进行。周口日报社联合爱心企业为获奖群众颁发奖品。",
        "周口日报社党委副书记与村民畅所欲言，要求驻村队员贡献周口报人的一份力量。作为周口日报社的帮扶村，刘庄村变化很大。",
    )
    assert both_scripts(*page) == [("河南省", "周口市", "淮阳区")] * 2


def test_a_title_that_says_our_province_heads_a_province_wide_story() -> None:
    body = (
        "青海藏区是一个民族性、区域性很强的地区，青海省的党建工作主阵地在藏区。青海各地积极探索。",
        "海北藏族自治州海晏县青海湖乡同宝村如今是远近闻名的“富裕村”。",
        "2015年，海北州围绕创建民族团结进步示范州，积极打造战斗堡垒。青海藏区党建水平不断提升。",
    )
    province_wide = ("鲜红的党旗飘扬高原——我省全力打造“藏区党建长廊”", *body)
    assert both_scripts(*province_wide) == [("青海省", None, None)] * 2
    # Without it, the county's chain and the prefecture's name make the prefecture the subject.
    assert where("鲜红的党旗飘扬高原", *body)[1] == "海北藏族自治州"


def test_the_one_county_a_page_that_says_our_county_names_is_the_writers_own() -> None:
    page = (
        "全市基层组织工作例会在我县召开",
        "6月1日下午，全市基层组织工作例会在天台宾馆召开。县委常委、组织部长致欢迎词，介绍了我县的基本情况。",
    )
    assert both_scripts(*page) == [("浙江省", "台州市", "天台县")] * 2
    # Without 我县, a short name once is too weak to stand for a county.
    assert where("全市基层组织工作例会召开", page[1].replace("我县", "本地")) == (None, None, None)


def test_a_former_county_name_votes_for_the_unit_it_became() -> None:
    # 遵义县 became 播州区 in 2016, 宜昌县 夷陵区 in 2001: an old story names them as they were then.
    page = ("村民上访受阻", "2002年，遵义县喇叭镇乐声村的村民多次上访。", "遵义县有关部门随后作出答复。")
    assert both_scripts(*page) == [("贵州省", "遵义市", "播州区")] * 2
    assert where("宜昌县召开会议", "宜昌县各乡镇负责人参加。") == ("湖北省", "宜昌市", "夷陵区")
    # A successor the stem's unit of today does not hold is an error of the source, not a rename:
    # 渭南县 still names 渭南, never 西安's 蓝田县.
    assert where("渭南县召开会议", "渭南县各乡镇负责人参加。")[2] != "蓝田县"


def test_a_short_form_that_keeps_its_suffix_may_begin_a_word_there() -> None:
    # 台北市 (a form of 台湾省) before 长 or 政府: 台北市长 is the mayor of 台北市, not 台北 + 市长.
    page = ("台北市长出席开学典礼", "台北市政府今天表示，市长将出席典礼。")
    assert both_scripts(*page) == [("台湾省", None, None)] * 2


def test_a_short_name_quoted_twice_in_the_same_phrase_is_named_once() -> None:
    # 做好万全准备 (all-round preparation) in the title and again in the body is one phrase, not 万全区
    # named twice; a short name in different phrases is still the county named again.
    page = ("开学挑战大 要做好万全准备", "市长要求各部门在开学前一定要做好万全准备。")
    assert both_scripts(*page) == [(None, None, None)] * 2
    county = ("万全召开会议", "万全各乡镇负责人参加会议。")
    assert both_scripts(*county) == [("河北省", "张家口市", "万全区")] * 2
    # A village named after a county's short name (双流湾村), in no dictionary, is one name quoted
    # again and again: the county that page names in full is the story's.
    village = (
        "永远的双流湾村",
        "我在子长县余家坪镇双流湾村任第一书记。",
        "双流湾村的乡亲们待我如家人，双流湾村变了样。",
    )
    assert both_scripts(*village) == [("陕西省", "延安市", "子长市")] * 2


def test_a_long_name_or_a_zone_quoted_in_the_same_phrase_is_named_each_time() -> None:
    # A name of three characters is no piece of a phrase: 冷水滩 before the same community in the
    # title and the lede is the district named twice, which backs its short name.
    page = ("冷水滩桐子坳社区举办邻里节", "5月8日，冷水滩桐子坳社区举办首届邻里节，居民们带来自家做的菜。")
    assert both_scripts(*page) == [("湖南省", "永州市", "冷水滩区")] * 2
    # A zone a place sets up in its own name (济源示范区) is the place again, however often written so.
    zone = (
        "山村修通致富路",
        "济源示范区王屋镇的村道去年铺上了柏油。",
        "济源示范区交通部门说，明年还要修通另外三条村道。",
    )
    assert both_scripts(*zone) == [("河南省", None, "济源市")] * 2
    # Only a zone: a two-character name before the same 示范村 twice stays one phrase (万全准备, above).
    assert (
        both_scripts("", "万全示范村建设启动。", "万全示范村的村民参加了会议。") == [(None, None, None)] * 2
    )
    assert (
        both_scripts("", "万全示范区建设启动。", "万全示范区的企业参加了会议。")
        == [("河北省", "张家口市", "万全区")] * 2
    )


def test_a_byline_that_opens_with_a_place_names_the_writers_unit() -> None:
    from reader.convert import convert
    from reader.document import Removal

    def page(byline: str, script: str = "simplified") -> tuple:
        def conv(t: str) -> str:
            return convert(t, "traditional", "simplified") if script == "traditional" else t

        title, body = "稻田夜话", "白马寺镇的村民在田间地头听党课，全镇建成文明实践网络。"
        blocks = (Block("paragraph", conv(body)),)
        removed = (Removal(3, conv(byline), "metadata.byline"),)
        doc = Document(title=conv(title), blocks=blocks, script=script, removed=removed)  # type: ignore[arg-type]
        return levels(detect_region(doc))

    # 白马寺镇 lies in two counties (洛阳's 瀍河区, 荆州's 江陵县): the writer's title picks one.
    for script in ("simplified", "traditional"):
        assert page("江陵县白马寺镇党委书记 邹建国", script) == ("湖北省", "荆州市", "江陵县")
        # A forum header's `来自` is where the poster was, not the story: the page stays open.
        assert page("whb761 | 发表于 2005-8-4 21:37 | 来自 中国四川眉山", script) == (None, None, None)
        # An outlet's staff write from the outlet: 北京 of 北京青年报 is no place of the story.
        assert page("北京青年报记者 张三", script) == (None, None, None)


def test_shared_township_names_with_one_county_in_common_name_it() -> None:
    # 普济镇 lies in 江陵县 and 旺苍县, 白马寺镇 in 江陵县 and 洛阳's 瀍河区: together, only 江陵县.
    page = ("夜话家常进田间", "普济镇和白马寺镇的干部一起走访农户，两镇共建文明实践网络。")
    assert both_scripts(*page) == [("湖北省", "荆州市", "江陵县")] * 2
    # One shared name alone names none of its counties.
    assert where("夜话家常进田间", "白马寺镇的干部走访农户。") == (None, None, None)


@pytest.mark.parametrize(
    ("title", "body", "script"),
    [
        ("镇政府乔迁", "重 庆 市 丰 都 县 是 贫 困 县 , 该 县 龙 河 镇 政 府 组 织 游 行 。", "simplified"),
        ("鎮政府喬遷", "重 慶 市 豐 都 縣 是 貧 困 縣 , 該 縣 龍 河 鎮 政 府 組 織 遊 行 。", "traditional"),
    ],
)
def test_a_letter_spaced_block_is_read_without_its_spaces(title: str, body: str, script: str) -> None:
    assert where(title, body, script=script) == ("重庆市", None, "丰都县")
    # Spaces between a few words are no letter-spacing: the names stay apart.
    assert where("", "重庆 市民 丰都 县城", script=script)[2] is None


@pytest.mark.parametrize(
    "national",
    [
        (
            "中新网北京3月2日电 全国政协会议将在人民大会堂举行新闻发布会。",
            "全国两会将在北京开幕，北京迎来两会时间。",
        ),
        (
            "中新網北京3月2日電 全國政協會議將在人民大會堂舉行新聞發布會。",
            "全國兩會將在北京開幕，北京迎來兩會時間。",
        ),
    ],
)
def test_the_seat_of_government_is_read_in_either_script(national: tuple[str, str]) -> None:
    assert where("两会时间", *national) == (None, None, None)


def test_a_ministry_named_without_guojia_heads_national_news_too() -> None:
    page = (
        "生态环境部：我国空气质量持续改善",
        "1月20日，生态环境部召开例行新闻发布会。北京市细颗粒物浓度下降，北京的经验值得推广。",
    )
    assert both_scripts(*page) == [(None, None, None)] * 2
    # After a column's name, the ministry still opens the title.
    assert both_scripts("媒体纵览 | " + page[0], *page[1:]) == [(None, None, None)] * 2
    # A ministry met by a local story's title is no subject: the place the title names is.
    assert where("北京市召开会议落实生态环境部部署", *page[1:])[0] == "北京市"
    # 教育部门 is any education office: a county's story about it keeps its county.
    assert where("教育部门开展校园安全检查", "渭源县教育局组织检查。渭源县各学校参加。")[2] == "渭源县"


def test_a_short_name_that_is_a_common_word_is_not_backed_by_its_repetition() -> None:
    # 商城 is a mall and 兴国 the tail of 执政兴国, each time: neither is 商城县 or 兴国县.
    mall = ("网购心得", "我们不妨用“综合商城”来比喻。", "以前去过，后来有更好的商城就不去了。")
    assert both_scripts(*mall) == [(None, None, None)] * 2
    duty = ("县委书记的担当", "县委是党执政兴国的一线指挥部。", "县委书记要做执政兴国的带头人。")
    assert both_scripts(*duty) == [(None, None, None)] * 2
    # Its parent named, the same short name is the county.
    assert both_scripts("信阳商城召开会议", *mall[1:])[0] == ("河南省", "信阳市", "商城县")
    assert both_scripts("网购心得", "信阳市商城召开会议，商城县委书记讲话。")[0][2] == "商城县"


def test_a_first_person_essay_whose_title_names_no_place_is_about_the_writer() -> None:
    essay = (
        "我写博客一年了，我从中学到很多。我每天都来看看，我也结交了朋友。",
        "我的老师、我们博山的宏志先生，我虽然未曾见面，但我知道他在博山很有名气。",
        "我想，我还会一直写下去，我也会一直读下去。",
    )
    assert both_scripts("博客一年感慨多", *essay) == [(None, None, None)] * 2
    # Its title naming the place, the essay is about it.
    assert both_scripts("我在博山写博客", *essay)[0][2] == "博山区"
    # A leader's speech for the county says 我 as often, and its county is still its subject.
    speech = [p.replace("博客", "全县工作") for p in essay]
    assert both_scripts("在工作会议上的讲话", *speech)[0][2] == "博山区"
    # A news story that quotes 我 now and then keeps its place.
    news = ("淄博市博山区召开会议。", "“我们将全力推进。”博山区负责人说。", "博山区各部门参加会议。")
    assert both_scripts("会议召开", *news)[0][2] == "博山区"


def test_a_place_the_title_holds_up_as_a_model_is_an_example() -> None:
    page = (
        "香港北部都会区的建设，承载着国家对香港的期望。香港的乡郊土地有待活化。",
        "距离成都市区80分钟车程的蒲江县铁牛村，成为了四川省乡村振兴示范村。成都市还推出了人才政策。",
        "成都市的做法，值得香港参考。",
    )
    assert both_scripts("借鉴成都经验 打造北都城乡共融示范区", *page) == [("香港特别行政区", None, None)] * 2
    # Named as the subject, not as a model, the same place wins.
    assert both_scripts("成都打造城乡共融示范区", *page)[0][0] == "四川省"


def test_a_county_named_only_as_a_prefecture_wide_meetings_venue_gives_the_prefecture() -> None:
    page = (
        "全州基层治理工作会议在延吉召开",
        "5月20日，全州基层治理工作会议在延吉召开。州委书记出席并讲话。",
        "会上，延吉市、汪清县依次汇报工作。会议要求，全州各级党组织抓好落实，州委将督导检查。",
    )
    assert both_scripts(*page) == [("吉林省", "延边朝鲜族自治州", None)] * 2
    # The county's own meeting, named beyond the venue, keeps the county.
    own = (*page[:2], "延吉市委书记介绍了延吉市的做法，延吉市各部门参加。")
    assert where(*own) == ("吉林省", "延边朝鲜族自治州", "延吉市")


@pytest.mark.parametrize(
    "line",
    ["Copyright © 2024 某县", "copyright 2024 某县融媒体中心", "icp 京B2-20080010", "E-MAIL: xx@gov.cn"],
)
def test_a_footer_line_is_chrome_in_any_case(line: str) -> None:
    assert parts.is_chrome(line)


def test_every_letter_a_latin_footer_word_may_begin_with_is_looked_for() -> None:
    """`FOOTER_LATIN` ignores case; the letters it may begin with are listed apart: none may be missing."""
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    may_begin = set(re.findall("[ice]", every, re.IGNORECASE))
    assert may_begin == set(parts.FOOTER_LATIN_FIRST.findall(every))


def test_a_district_or_township_of_hong_kong_macao_or_taiwan_names_its_unit() -> None:
    # The gazetteer has no units below them: their districts and townships stand for the unit.
    page = ("马公市长颁发邻长聘书", "马公市公所本月安排市长至所辖33里逐一颁发聘书。")
    assert both_scripts(*page) == [("台湾省", None, None)] * 2
    page = ("幸福感座谈节目", "协会于古坑乡麻园村推动参与式预算，邀请村民分享经验。")
    assert both_scripts(*page) == [("台湾省", None, None)] * 2
    page = ("活动下月举行", "活动将在深水埗区和观塘区举行，居民踊跃参加。")
    assert both_scripts(*page) == [("香港特别行政区", None, None)] * 2
    page = ("街坊会举办活动", "活动在花地玛堂区举行，居民踊跃参加。")
    assert both_scripts(*page) == [("澳门特别行政区", None, None)] * 2


def test_a_hong_kong_place_is_read_whole_not_as_the_mainland_name_inside_it() -> None:
    # 天水围 is a new town of 元朗, not 天水 (甘肃省天水市) followed by 围; 天水市 itself is still 天水.
    page = ("天水围规划不足", "天水围居民盼望增设设施。", "天水围的交通问题也要解决。")
    assert both_scripts(*page) == [("香港特别行政区", None, None)] * 2
    assert where("天水召开会议", "天水市各县区负责人参加。")[:2] == ("甘肃省", "天水市")


def test_a_name_no_safer_on_a_mainland_page_is_not_a_taiwan_township() -> None:
    # 成功镇 (台东) reads as 成功镇压, 大社区 (高雄) as 大社区建设, 长治乡 as 长治乡村: none names 台湾省.
    for page in (
        ("成功镇压叛乱", "官兵成功镇压了叛乱。"),
        ("大社区建设", "推进大社区建设，居民生活便利。"),
    ):
        assert where(*page)[0] is None
    assert where("长治乡村振兴", "长治乡村振兴取得成效。", "长治市召开会议。")[0] == "山西省"
    # A stem that is a word or another place (三峡, 春日) counts only beside another name of Taiwan.
    assert where("三峡区域经济", "推进三峡区域协调发展，春日乡村游客如织。")[0] is None
    assert where("三峡区老街整修", "新北市三峡区老街整修完成。", "三峡区公所表示欢迎游客。")[0] == "台湾省"


def test_hong_kong_and_macao_own_words_place_a_page_that_names_no_place() -> None:
    # 區議會 and 區議員 are Hong Kong's District Councils; 本澳 is Macao speaking of itself.
    page = ("新一届区议会展现新气象", "行政长官表示，区议会就任一个多星期，区议员积极发言。")
    assert both_scripts(*page) == [("香港特别行政区", None, None)] * 2
    page = ("街总嘉年华促睦邻互助", "街坊总会举办嘉年华，联系不同大厦业主会和本澳居民。")
    assert both_scripts(*page) == [("澳门特别行政区", None, None)] * 2
    # Never against a place the text names, and nothing from a page speaking in both SARs' words.
    assert where("区议会考察团访问成都", "区议会考察团抵达成都市，参观成都市多个社区。")[0] == "四川省"
    assert where("交流会", "区议会代表与本澳社团交流。")[0] is None
    # Japanese writes 区議会 of Tokyo's wards.
    assert where("江戸川区議会の選挙", "江戸川区議会議員選挙が告示された。", script="traditional")[0] is None


def test_an_authors_affiliation_names_no_place_of_the_story() -> None:
    # A journal article's affiliations: a university named for a city, and an address with its postcode.
    page = (
        "新中国基层党组织建设的实践逻辑",
        "（1.清华大学社会科学学院，北京 海淀 100084；"
        "2.南京航空航天大学人文与社会科学学院，江苏 南京 211106）",
        "中国共产党历来重视党的基层组织建设，本文总结其历史经验。",
    )
    assert both_scripts(*page) == [(None, None, None)] * 2
    # The city itself is still read, and so is an address without a postcode's digits.
    assert where("南京召开会议", "南京市各区负责人参加，南京师范大学代表列席。")[:2] == ("江苏省", "南京市")
    # A county's school is a local one: its story is the county's.
    assert where("平度技工学院举行开学典礼", "平度技工学院新生报到，平度各界祝贺。")[2] == "平度市"
    assert where("公告", "地址在江苏 南京 玄武区，欢迎来访。", "玄武区召开会议。")[2] == "玄武区"


def test_a_national_story_names_its_examples_in_passing() -> None:
    # No headline and no dateline (a mirror lost them): the centre's words, and a place named once
    # as a leader's native place and once as an example, make a national story.
    national = (
        "",
        "7月24日，农业农村部在国务院新闻办公室举行发布会，介绍全国夏粮生产情况。",
        "他1963年生，山东高青人，长期参与中央一号文件起草。",
        "我国粮食产量再创新高，党中央高度重视“三农”工作。",
        "发布会上提到，河南省开封市兰考县的高标准农田是一个生动窗口。",
    )
    assert both_scripts(*national) == [(None, None, None)] * 2
    # A county's own story cites the centre as often, but speaks of its own bodies (县委, 全县).
    local = (
        "",
        "近日，县委召开常委会，传达学习党中央、国务院有关精神和全国会议部署。",
        "会议强调，全县上下要把中央决策落到实处，县政府要抓好落实。",
        "会议指出，兰考县要扎实推进高标准农田建设。",
    )
    assert both_scripts(*local)[0] == ("河南省", "开封市", "兰考县")
    # Its place set in the opening paragraph is the subject, however national the words.
    opening = ("", "河南省开封市兰考县仪封镇，秋收正忙。", *national[1:4])
    assert both_scripts(*opening) == [("河南省", "开封市", "兰考县")] * 2


def test_a_short_name_inside_a_longer_name_every_time_is_no_place() -> None:
    # 博爱 (博爱县) inside a home's name, the same two characters before it each time.
    home = (
        "台北老社区走读",
        "导览从惠民博爱园区开始，台北市政府在这里兴建公共住宅。",
        "惠民博爱园区前身是惠民博爱院，创立于1964年。",
        "惠民博爱院早期设有老人所。",
    )
    assert both_scripts(*home) == [("台湾省", None, None)] * 2
    # Said on its own, or after different words, it is the county again.
    county = ("", "博爱县召开会议。", "会议在博爱召开，全县干部参加。", "来到博爱的客人很多。")
    assert both_scripts(*county)[0] == ("河南省", "焦作市", "博爱县")


def test_macaos_own_body_places_a_page_that_names_no_place() -> None:
    # 街总 is Macao's union of neighbourhood associations: a community story names nothing else.
    page = ("中秋月夜乐东北", "【本报消息】东北坊会昨日在黑沙环公园举办活动。", "街总副会长致词。")
    assert both_scripts(*page) == [("澳门特别行政区", None, None)] * 2


def test_a_place_said_once_is_no_example_where_its_own_words_say_it_too() -> None:
    # 澳门 once (its 街坊节, not a street) would be a lone example; 街总 says Macao as well.
    page = ("街坊节本周六开幕", "街总筹备的2019年澳门街坊节将于本周六举行。", "活动包括义诊服务。")
    assert both_scripts(*page) == [("澳门特别行政区", None, None)] * 2
    # Without them, one short name said once is still an example.
    assert where("街坊节本周六开幕", "筹备已久的2019年澳门街坊节将于本周六举行。") == (None, None, None)
    # A street named after a place is no place: 南京街上.
    assert where("", "我们走在南京街上，南京街上人很多。") == (None, None, None)
