"""Rule group `structure`: run-on splitting, headings with levels, list items."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean import clean, structure
from reader.clean.signals import Unit, is_code
from reader.document import Block, Removal

SEED_002 = Path(__file__).parents[2] / "articles" / "002_2b473b5650339e5b.txt"
RUN_ON_LINE = SEED_002.read_text(encoding="utf-8").splitlines()[12]


def texts(units: list[Unit]) -> list[str]:
    return [u.text for u in units]


def test_run_on_splits_at_sentence_ends_and_spaced_headings() -> None:
    line = (
        "谱写了一曲曲亮丽华章。 管 理 篇 干部队伍素质的高低是做好工作的前提。 一是强化职能定位,突出创新意识。"
    )
    assert texts(structure.split_run_on(13, line)) == [
        "谱写了一曲曲亮丽华章。",
        "管 理 篇",
        "干部队伍素质的高低是做好工作的前提。",
        "一是强化职能定位,突出创新意识。",
    ]


def test_run_on_splits_title_subtitle_and_body() -> None:
    line = "文明清风谱华章 ——黄州区政府办公室创建文明单位纪实 黄州区政府办公室作为综合服务部门,是办事机构。"
    assert texts(structure.split_run_on(1, line)) == [
        "文明清风谱华章",
        "——黄州区政府办公室创建文明单位纪实",
        "黄州区政府办公室作为综合服务部门,是办事机构。",
    ]


def test_run_on_splits_the_honours_and_keeps_their_spaces() -> None:
    line = (
        "硕果累累! —— 2009-2011年度市级文明单位 —— 2006-2011 年度区政府目标责任制考核先进单位 "
        "—— 2011年度计划生育工作先进单位 光荣属于过去,梦想铸就未来。 12"
    )
    assert texts(structure.split_run_on(13, line)) == [
        "硕果累累!",
        "—— 2009-2011年度市级文明单位",
        "—— 2006-2011 年度区政府目标责任制考核先进单位",
        "—— 2011年度计划生育工作先进单位",
        "光荣属于过去,梦想铸就未来。",
        "12",
    ]


def test_run_on_splits_inline_enumerations() -> None:
    line = "力争实现“三个满意”。一是让人民群众满意。二是让基层满意。"
    assert texts(structure.split_run_on(1, line)) == [
        "力争实现“三个满意”。",
        "一是让人民群众满意。",
        "二是让基层满意。",
    ]


def test_is_run_on() -> None:
    assert structure.is_run_on(RUN_ON_LINE)
    assert structure.is_run_on(
        "现将全年工作总结如下。 一、主要工作及成效 " + "内容。" * 60 + " 二、存在的问题 " + "内容。" * 10
    )
    assert not structure.is_run_on("一是明确责任抓落实。" * 80)  # 800 characters, but one paragraph


def test_split_units_cuts_only_whitespace_and_invents_nothing() -> None:
    units = structure.split_units(["", RUN_ON_LINE])
    assert "".join("".join(t.split()) for t in texts(units)) == "".join(RUN_ON_LINE.split())
    assert {u.line for u in units if u.text} == {2}
    assert max(len(u.text) for u in units) <= structure.MAX_PARAGRAPH


def test_overlong_paragraph_is_cut_at_sentence_ends() -> None:
    sentence = "区政府办公室强化服务意识，提高工作效率，群众满意度持续提升。"  # 30 characters
    units = structure.split_units([sentence * 60])
    assert len(units) == 3
    assert all(u.text.endswith("。") and len(u.text) <= structure.MAX_PARAGRAPH for u in units)
    assert "".join(texts(units)) == sentence * 60


def test_end_mark_is_set_apart() -> None:
    assert texts(structure.split_units(["设置不同价格。（完）"])) == ["设置不同价格。", "（完）"]
    assert texts(structure.split_units(["（完）全年任务"])) == ["（完）全年任务"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("【背景與起因】", "bracket"),
        ("管 理 篇", "spaced"),
        ("一、夯基础、创特色,健全服务机制", "numeral"),
        ("（一）强化项目带动", "paren_numeral"),
        ("1、加强组织领导", "arabic"),
        ("2.强化督查问责", "arabic"),
        ("第一章 总则", "chapter"),
        ("品牌引領聚合力", "plain"),
        ("率先垂范  强力推进   争创全市一流政务环境", "plain"),
        ("1.初創階段——積極探索夯實基礎。2004-2005年是服務品牌初創階段", None),
        ("活动地点：魏城镇文化广场", None),
        ("春花秋实,硕果累累!", None),
        ("1.2万亩茶园", "plain"),
        ("区" * 41, None),
    ],
)
def test_heading_kind(text: str, kind: str | None) -> None:
    assert structure.heading_kind(text) == kind


def test_list_items_runs_of_three_short_lines_dashes_and_bullets() -> None:
    lines = [
        "某段落写了很多内容，而且有标点。",
        "2009年度市级文明单位",
        "2010年度平安创建奖",
        "2011年度先进基层党组织",
        "品牌引領聚合力",
        "某段落写了很多内容，而且有标点。",
        "——甲",
        "——乙",
        "● 一项",
        "另一段落，也有标点，很长很长。",
    ]
    assert structure.list_items(lines) == [False, True, True, True, True, False, True, True, True, False]
    assert structure.list_items(["品牌引領聚合力", "陽光學習強本領"]) == [False, False]


def test_strip_list_marks_only_when_the_items_stand_alone() -> None:
    assert structure.strip_list_marks(["—— 2009年度市级文明单位", "——2010年度平安创建奖", "● 新规实施"]) == [
        "2009年度市级文明单位",
        "2010年度平安创建奖",
        "新规实施",
    ]
    assert structure.strip_list_marks(["——甲方", "——乙方"]) is None  # two items: the marks keep them a list
    assert structure.strip_list_marks(["● 第一，要这样。", "● 第二", "● 第三"]) is None


def test_build_levels_follow_the_order_kinds_appear_in() -> None:
    units = [
        Unit(1, "率先垂范  强力推进"),
        Unit(2, "一、夯基础、创特色,健全服务机制"),
        Unit(3, "正文，有内容。"),
        Unit(4, "二、争先锋、树形象,提升服务水平"),
        Unit(5, "正文，有内容。"),
    ]
    blocks, removals = structure.build(units)
    assert blocks == [
        Block("heading", "率先垂范  强力推进", 1),
        Block("heading", "一、夯基础、创特色,健全服务机制", 2),
        Block("paragraph", "正文，有内容。"),
        Block("heading", "二、争先锋、树形象,提升服务水平", 2),
        Block("paragraph", "正文，有内容。"),
    ]
    assert removals == []


def test_build_strips_dash_marks_and_records_them() -> None:
    units = [
        Unit(13, "—— 2009-2011年度市级文明单位"),
        Unit(13, "—— 2010年度平安创建奖"),
        Unit(13, "——2011年度先进单位"),
    ]
    blocks, removals = structure.build(units)
    assert [b.text for b in blocks] == ["2009-2011年度市级文明单位", "2010年度平安创建奖", "2011年度先进单位"]
    assert {b.type for b in blocks} == {"list_item"}
    assert removals == [Removal(13, "——", "structure.list_marker", part=True)] * 3


def test_marks_are_stripped_before_lists_are_found() -> None:
    """A short line above stripped items joins their list, as it will when the cleaned text is read."""
    units = [
        Unit(1, "荣誉榜"),
        Unit(2, "——2009年度市级文明单位"),
        Unit(3, "——2010年度平安创建奖"),
        Unit(4, "——2011年度先进单位"),
    ]
    blocks, _ = structure.build(units)
    again, _ = structure.build([Unit(i, b.text) for i, b in enumerate(blocks, 1)])
    assert blocks == again
    assert [b.type for b in blocks] == ["list_item"] * 4


@pytest.mark.parametrize(
    "text", ["海府〔2011〕33号", "齐政办发〔2019〕29号", "二○一一年四月八日", "2019年11月29日"]
)
def test_a_document_number_or_a_date_is_no_heading(text: str) -> None:
    assert structure.heading_kind(text) is None


# A notice that issues a document, with the document below it (its title over two lines).
ISSUING_NOTICE = """某县人民政府关于印发《某县政务公开工作 实施办法》的通知
各乡镇人民政府，县政府各部门：
《某县政务公开工作实施办法》已经县政府常务会议审议通过，现印发给你们，请认真贯彻执行。
某县人民政府
2024年3月1日
某县政务公开工作
实施办法
第一章 总则
第一条 为推进政务公开工作，提高政府工作透明度，结合本县实际，制定本办法。
第二条 本办法适用于县政府各部门和各乡镇人民政府。
"""


def test_the_title_of_an_issued_document_is_a_heading() -> None:
    doc = clean(ISSUING_NOTICE)
    headings = [b.text for b in doc.blocks if b.type == "heading"]
    assert headings[:2] == ["某县政务公开工作", "实施办法"]
    assert "某县人民政府" not in headings  # the signature above it names no document
    assert clean(doc.text()).blocks == doc.blocks


# A public notice whose attached list, with groups of a given size, follows its signature.
ATTACHED_LIST = """关于某县2024年度示范村拟命名名单的公示
经各乡镇申报、县级复核，拟命名以下村（社区）为2024年度示范村，现予公示，公示期为5个工作日。
如对公示名单有异议，请在公示期内向县司法局反映，联系电话：0000-1234567。
附件：2024年度某县示范村拟命名名单
某县司法局
2024年4月1日
2024年度某县示范村
拟命名名单（5个）
东城镇（3个）
东城镇东风村
东城镇红旗社区
东城镇向阳村
西山乡（1个）
西山乡石桥村
"""


def test_an_attached_list_below_the_signature_is_the_articles() -> None:
    doc = clean(ATTACHED_LIST)
    assert [b.text for b in doc.blocks if b.type == "heading"] == [
        "2024年度某县示范村",
        "拟命名名单（5个）",
        "东城镇（3个）",
        "西山乡（1个）",
    ]
    assert [b.text for b in doc.blocks if b.type == "list_item"] == [
        "东城镇东风村",
        "东城镇红旗社区",
        "东城镇向阳村",
        "西山乡石桥村",
    ]
    assert "某县司法局" in doc.text()
    assert clean(doc.text()).blocks == doc.blocks


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["关于印发《某县工作规则》的通知"], {"某县工作规则"}),
        (["附件：1.某县 工作规则"], {"某县工作规则"}),
        (["根据《宪法》规定"], set()),  # too short a name to look for
    ],
)
def test_cited_names(texts: list[str], names: set[str]) -> None:
    assert structure.cited_names(texts) == names


PARAGRAPHS = [
    "今年以来，社区坚持党建引领，聚焦居民急难愁盼问题，推动各项工作落地见效。",
    "社区党委组织党员志愿者走访辖区商户，收集意见建议三十余条，逐一建立台账。",
    "下一步，社区将继续完善服务机制，让居民的获得感成色更足、幸福感更可持续。",
]


def subheads(lines: list[str]) -> list[str]:
    doc = clean("某社区推进基层治理\n发布时间：2024-03-01\n" + "\n".join(lines) + "\n")
    assert clean(doc.text()).blocks == doc.blocks
    return [b.text for b in doc.blocks if b.type == "heading"]


@pytest.mark.parametrize(
    "subhead",
    [
        "产业美：激活发展内生动力",
        "安居乐业，社区里的温暖",
        "绝对忠诚：做群众的好“街坊”",
        "破解三大难题在一线(1)：人从哪里来?",
        "共建·共治·共享",
        "抓机制 统筹推进不减速",
        "“爱在商圈”",
    ],
)
def test_a_subhead_of_two_phrases_between_paragraphs(subhead: str) -> None:
    assert subheads([PARAGRAPHS[0], subhead, PARAGRAPHS[1], PARAGRAPHS[2]]) == [subhead]


@pytest.mark.parametrize(
    "line",
    ["活动地点：社区文化广场", "联系电话：0000-1234567", "咨询单位：县人社局", "他说，这是应该的。"],
)
def test_information_between_paragraphs_is_no_subhead(line: str) -> None:
    assert subheads([PARAGRAPHS[0], line, PARAGRAPHS[1], PARAGRAPHS[2]]) == []


def test_a_run_of_information_lines_is_no_subhead() -> None:
    run = ["主题突出，形式多样", "报名踊跃，参与广泛", "报名对象，全县青年"]
    assert subheads([PARAGRAPHS[0], *run, PARAGRAPHS[1]]) == []


def test_a_lead_in_ending_in_a_colon_is_a_heading_above_text() -> None:
    assert subheads(["编者的话：", PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]) == ["编者的话："]
    assert "联系人：" not in subheads([PARAGRAPHS[0], PARAGRAPHS[1], "联系人：", "王小明", PARAGRAPHS[2]])


def test_subheads_buried_in_a_run_on_page_are_split_off() -> None:
    heads = ["“爱在商圈”", "共建·共治·共享", "抓机制 统筹推进不减速", "产业美：激活发展内生动力"]
    line = " ".join(p for h, text in zip(heads, PARAGRAPHS * 2, strict=False) for p in (text * 12, h))
    assert structure.is_run_on(line)
    assert subheads([line + " " + PARAGRAPHS[2]]) == heads


@pytest.mark.parametrize("text", ["东城镇（3个）", "東城鎮（3個）", "拟命名名单（21个）", "重点项目(12项)"])
def test_a_list_group_with_its_size_is_a_heading_in_both_scripts(text: str) -> None:
    assert structure.heading_kind(text) == "count"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("DQ=1; //拉高数据线，延时一段时间等待传感器响应", True),  # the comment is most of the line
        ("#include<math.h>", True),
        ("}", True),
        ("0.15 0.10 0.12 1.07", True),
        ("temp = read_byte(); % 读取温度的高八位和低八位数据", True),
        ("全市共有100%的村完成了改造，其中#1号线路由市政府统筹", False),  # `%` and `#` in prose
        ("会议强调，要把学习贯彻落实到工作中去，推动各项工作取得新成效。", False),
        ("网址：http://www.example.gov.cn/index.html", False),
        ("", False),
    ],
)
def test_a_line_of_code_is_told_from_prose(line: str, code: bool) -> None:
    assert is_code(line) is code
