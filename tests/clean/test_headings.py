"""In-body headings on pages shaped like real ones: what a heading's place makes one, and what is set
apart like a subhead but heads nothing. Each page is cleaned as written and in Traditional (OpenCC)."""

from __future__ import annotations

import pytest

from reader.clean import clean, structure
from reader.convert import convert

SCRIPTS = ["simplified", "traditional"]
HEAD = "某镇党建引领乡村振兴见实效\n发布时间：2024-03-01 09:30\n"
TEXT = [
    "今年以来，镇党委坚持党建引领，聚焦群众急难愁盼问题，推动各项工作落地见效，群众满意度持续提升。",
    "镇里组织党员志愿者走访辖区农户，收集意见建议三十余条，逐一建立台账，限期办结并及时反馈。",
    "下一步，全镇将继续完善服务机制，让群众的获得感成色更足、幸福感更可持续，为乡村振兴注入动力。",
    "村里的产业路修通了，合作社的订单多了，外出务工的年轻人也陆续回到家乡，村子一天比一天热闹。",
]


def written(text: str, script: str) -> str:
    return text if script == "simplified" else convert(text, "traditional", "simplified")


def headings(lines: list[str], script: str) -> list[str]:
    """The headings of a page of `lines` below a title and a date, the page written in `script`."""
    doc = clean(written(HEAD + "\n".join(lines) + "\n", script))
    assert clean(doc.text()).blocks == doc.blocks  # the cleaned text reads back the same
    return [b.text for b in doc.blocks if b.type == "heading"]


def expect(lines: list[str], script: str) -> list[str]:
    return [written(t, script) for t in lines]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "line",
    [
        "图为村民在田间采摘芒果",  # a photo's caption
        "▲某某园区开工大典的金铲子",  # a caption the triangle points from
        "扁牙村全貌",
        "陇山镇航拍新貌",
        "特此通告",  # a notice's closing formula
        "（此件主动公开）",  # an aside wholly in brackets
        "截屏2022-11-15 下午1.23.30.jpg",  # an image's file name
        "哈哈~~~我也来说两句~~~",  # a forum's tildes
        "2 V. W) h% y. @& H村里也跟进",  # anti-scraping noise
        "DQ=0;  //拉低数据线",  # code
        "方程初始值为",  # a sentence cut before what it introduces
        "具体安排如下：",
        "得标规定：以投标价额最高者为",
        "（二）可能逃跑、自杀的；",  # a clause of an enumeration
        "张三(图右)在村民家的火塘边登记信息 某县委组织部供图",  # a photo's caption and its credit
        "中共山水县委办公室",  # an issuer or a signature
        "吴晓军",  # a writer's name
        "摄影部 马昭",  # a writer's desk and name
    ],
)
def test_a_line_set_apart_that_heads_nothing_is_no_heading(line: str, script: str) -> None:
    page = [TEXT[0], line, TEXT[1], "产业美：激活发展内生动力", TEXT[2]]
    assert headings(page, script) == expect(["产业美：激活发展内生动力"], script)
    assert structure.heads_nothing(written(line, script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_lead_in_over_a_heading_heads_the_text_with_it(script: str) -> None:
    page = [TEXT[0], "人民日报社：", "唱响抗击疫情最强音", TEXT[1], TEXT[2]]
    assert headings(page, script) == expect(["人民日报社：", "唱响抗击疫情最强音"], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_lead_in_over_a_sentence_ending_in_a_colon_but_not_in_a_run_of_such_lines(script: str) -> None:
    formula = "2TG + 3M = 2DG + 3ME"
    page = [TEXT[0], "问题描述：", "有三个可逆反应组成的反应体系，各反应的速率常数如下：", formula, TEXT[1]]
    assert headings(page, script) == expect(["问题描述："], script)
    shots = [
        "顺便放点截图：",
        "导航条是无限层的：",
        "评论的顺序可切换：",
        "鼠标移至回复上会显示被引用的评论：",
    ]
    assert headings([TEXT[0], *shots, TEXT[1]], script) == []


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_beside_a_caption_or_a_paragraph_whose_stop_was_lost(script: str) -> None:
    caption = "图为镇党委书记带领党员干部到村里走访慰问老党员、困难群众，并在村委会听取意见建议的现场照片"
    unstopped = "首先想到的第一个思路是从村里的集体经济入手，看一看村里的产业发展这几年到底靠的是什么"
    page = [
        TEXT[0],
        caption,
        "坚持党建引领，建强乡村振兴桥头堡",
        TEXT[1],
        "抓机制：统筹推进不减速",
        unstopped,
    ]
    assert headings(page, script) == expect(
        ["坚持党建引领，建强乡村振兴桥头堡", "抓机制：统筹推进不减速"], script
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_dialogue_speakers_lines_are_no_subheads(script: str) -> None:
    page = [
        TEXT[0],
        "电视台记者：当时究竟是谁动的手？",
        "村民张某某：当时他冲过来就打了我一下，我根本没有反应过来，旁边的人都看见了。",
        "电视台记者：那时他已经动手了吗？",
        TEXT[1],
    ]
    assert headings(page, script) == []


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_next_of_a_series_of_subheads_even_cut_short_at_the_pages_end(script: str) -> None:
    page = [TEXT[0], "产业美：激活发展内生动力", TEXT[1], "环境美：扮靓宜居家园底色", TEXT[2], "文化美：传"]
    assert headings(page, script) == expect(
        ["产业美：激活发展内生动力", "环境美：扮靓宜居家园底色", "文化美：传"], script
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_last_line_heads_nothing_unless_its_like_came_before(script: str) -> None:
    assert headings([TEXT[0], TEXT[1], "同日 省委常委、市委书记主持召开"], script) == []
    cut = [TEXT[0], "强化理论武装 筑牢思想根基", TEXT[1], "传承红色基因 汲取榜样力"]
    assert headings(cut, script) == expect(["强化理论武装 筑牢思想根基", "传承红色基因 汲取榜样力"], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_deck_of_phrases_over_text_is_a_heading(script: str) -> None:
    deck = "省委书记在全省政法工作会议上强调 更加注重系统观念法治思维强基导向 切实推动政法工作高质量发展"
    assert headings([deck, TEXT[0], TEXT[1]], script) == expect([deck], script)
    run_on = "一、不动产所在地、种类、权利范围、实际状况、占有使用情 形、调查所得之情况、拍卖最低价额"
    assert headings([TEXT[0], run_on, TEXT[1]], script) == []  # an enumerated clause run on


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_item_after_a_paragraph_item_is_a_paragraph(script: str) -> None:
    page = [
        "一、总体要求",
        "（一）完善重大事项事前研判机制。各级政府在作出重大行政决策前，可根据工作需要听取意见。",
        "（二）建立重大案件沟通协调机制，健全信息共享",
        TEXT[0],
        "二、重点任务",
        TEXT[1],
    ]
    assert headings(page, script) == expect(["一、总体要求", "二、重点任务"], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_table_of_contents_ends_where_its_numbers_start_again(script: str) -> None:
    contents = ["1.1 初学者重要提示", "1.2 颜色格式说明", "1.3 固定调色板说明", "1.4 总结"]
    page = [TEXT[0], *contents, "1.1 初学者重要提示", TEXT[1], "1.2 颜色格式说明", TEXT[2]]
    doc = clean(written(HEAD + "\n".join(page) + "\n", script))
    blocks = [(b.type, b.text) for b in doc.blocks]
    assert blocks[1:5] == [("list_item", t) for t in expect(contents, script)]
    assert [t for kind, t in blocks if kind == "heading"] == expect(
        ["1.1 初学者重要提示", "1.2 颜色格式说明"], script
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("3、颜色格式", ("arabic", 3)),
        ("（十二）工作原则", ("paren_numeral", 12)),
        ("二十一、附则", ("numeral", 21)),
    ],
)
def test_enumeration(text: str, found: tuple[str, int]) -> None:
    assert structure.enumeration(text) == found
    assert structure.enumeration("三月里的小雨") is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_that_quotes_a_person_whole_is_a_heading(script: str) -> None:
    quoted = "驻村队长张万里：“群众一日不脱贫，我就一日不离岗”"
    said = "张万里说：“我最大的心愿，就是带着群众脱贫。”"  # a sentence quoted: a paragraph
    page = [TEXT[0], quoted, TEXT[1], said, TEXT[2]]
    assert headings(page, script) == expect([quoted], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_spaced_letter_by_letter_is_no_menu(script: str) -> None:
    spaced = "网 民 炮 轰 滥 用 税 收"
    assert headings([TEXT[0], spaced, TEXT[1]], script) == expect([spaced], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_with_its_english_title_counts_each_word_once(script: str) -> None:
    both = "Technical explanation of the software settings 软件设定的技术解释"  # 47 characters, 13 words
    english = "This post contains technical explanations of some settings"  # no CJK: no subhead
    page = [TEXT[0], both, TEXT[1], english, TEXT[2]]
    assert headings(page, script) == expect([both], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_column_line_naming_reporters_in_a_quotation_is_no_byline(script: str) -> None:
    doc = clean(written(f"{HEAD}特约小记者北京访“两会”\n" + "\n".join(TEXT[:2]) + "\n", script))
    assert doc.author is None
    assert [b.text for b in doc.blocks if b.type == "heading"] == expect(["特约小记者北京访“两会”"], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_word_that_opens_with_a_surname_is_still_a_subhead(script: str) -> None:
    assert headings([TEXT[0], "黄金周", TEXT[1], "高质量", TEXT[2]], script) == expect(
        ["黄金周", "高质量"], script
    )


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("ruled", "heading"),
    [
        ("======概念部分======", "概念部分"),  # a forum post's, a wiki's
        ("== 基础知识 ==", "基础知识"),
        ("**** 第二章 ****", "第二章"),
    ],
)
def test_a_heading_between_rulers_is_a_heading_without_them(ruled: str, heading: str, script: str) -> None:
    assert headings([TEXT[0], ruled, TEXT[1], TEXT[2]], script) == expect([heading], script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "line",
    [
        "**重点**",  # Markdown's bold: two marks, shown as written
        "=== 概念部分 ***",  # rulers of two marks
        "========",  # a rule alone
    ],
)
def test_other_ruled_lines_are_kept_as_written(line: str, script: str) -> None:
    doc = clean(written(HEAD + "\n".join([TEXT[0], line, TEXT[1], TEXT[2]]) + "\n", script))
    assert not [r for r in doc.removed if r.rule == structure.HEADING_RULER.name]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_closing_on_a_set_phrase_is_no_clause_left_hanging(script: str) -> None:
    # `及` closing `触手可及` is the phrase's own; `以及` closing a line leaves it hanging
    closed = "从“指尖”到“脚尖”，居民的幸福触手可及"
    page = [TEXT[0], closed, TEXT[1], "具体工作包括宣传以及", TEXT[2]]
    assert headings(page, script) == expect([closed], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subhead_led_by_a_quotation_and_a_dash_is_a_heading(script: str) -> None:
    # the quotation's own exclamation ends no sentence of the line; a quotation that a sentence
    # follows is a paragraph
    led = "“安全感更高了!”——打造扁平化、精细化、“无缝隙”社会治理体系"
    said = "“安全感更高了!”——居民们纷纷这样说。"
    page = [TEXT[0], led, TEXT[1], said, TEXT[2]]
    assert headings(page, script) == expect([led], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_numbered_question_over_its_answer_is_a_heading(script: str) -> None:
    # a Q&A's questions head their answers; points raised as questions, of clauses or in a run, do not
    asked = "174.什么是入党积极分子?入党积极分子应具备哪些条件?"
    answer = "入党积极分子，是指申请入党人经党组织讨论研究，被列为培养教育和考察的对象。"
    raised = "(1)该图体现了服务端引擎,但是,对文本协议的支持没有体现出来?"
    page = [TEXT[0], asked, answer, raised, TEXT[1]]
    assert headings(page, script) == expect([asked], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_numbered_heading_closed_by_a_full_stop_over_text(script: str) -> None:
    # an official document's heading alone on its line, closed by its stop; short sentences numbered
    # in a row are a list's items, no headings
    closed = "（一）总体要求和主要预期目标。"
    items = ["1、不得吸烟。", "2、不得饮酒。"]
    page = [TEXT[0], closed, TEXT[1], *items, TEXT[2]]
    assert headings(page, script) == expect([closed], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_section_bar_before_a_head_makes_it_one(script: str) -> None:
    page = [TEXT[0], "▊ 老社区翻身?某某园区与福德街", TEXT[1], TEXT[2]]
    assert headings(page, script) == expect(["▊ 老社区翻身?某某园区与福德街"], script)
