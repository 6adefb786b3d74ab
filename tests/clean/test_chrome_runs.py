"""Furniture known by its neighbours (a poster's card, a list of teasers), the article's end after an
editor's sign-off, and the small widgets and notes around it: one synthetic page each, cleaned as it
is and in Traditional, with the near misses that must stay."""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.chrome import lines
from reader.document import Document
from tests.clean.scripts import SCRIPTS, cleaned, in_script

TITLE = "某县召开全县春耕生产推进会"
DATELINE = "发布时间：2024-03-01 09:30"
STORY = [
    "会议指出，今年以来全县上下紧盯目标任务，春耕备耕工作扎实推进，农资储备充足，农机检修到位。",
    "会议要求，各乡镇各部门要进一步压实责任，抢抓农时组织生产，确保粮食播种面积稳定在去年水平。",
    "会议强调，要强化技术指导和服务保障，组织农技人员下沉一线，帮助农户解决生产中的实际困难。",
]


def rules_of(doc: Document, page: list[str], which: str, wanted: list[str]) -> list[str | None]:
    """The rule that removed each of the `wanted` lines (None when it was kept)."""
    out = []
    for text in wanted:
        n = page.index(text) + 1
        out.append(next((r.rule for r in doc.removed if r.line == n and not r.part), None))
    return out


def kept(doc: Document, which: str, texts: list[str]) -> bool:
    body = doc.text()
    return all(in_script(which, t) in body for t in texts)


CARD = ["蓝之初", "性别 保密", "UID 2391", "精华 0", "帖子 260", "积分 100   详情", "来自 广东", "状态 离线"]
POST = [
    "镇政府乔迁搞阅兵",
    "楼主 | 发表于 2007-9-21 08:23",
    "该县龙河镇政府为庆祝乔迁新办公楼，竟组织上千名官员、民众敲锣打鼓，在新楼前举行阅兵式。",
    "消息传出后，不少网友质疑参与庆祝活动的民众是否出于自愿，也有网友指出此举劳民伤财。",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_posters_card_goes_with_the_name_over_it(which: str) -> None:
    page = [POST[0], *CARD, *POST[1:]]
    doc = cleaned(page, which)
    assert set(rules_of(doc, page, which, CARD)) == {"chrome.profile"}
    assert kept(doc, which, POST[2:])


@pytest.mark.parametrize("which", SCRIPTS)
def test_two_profile_like_lines_are_no_card(which: str) -> None:
    """`主题 教育` and `来自 基层` alone are a short list in the text, not a poster's card."""
    fields = ["主题 党史学习教育", "来自 基层一线"]
    page = [TITLE, DATELINE, STORY[0], *fields, *STORY[1:]]
    doc = cleaned(page, which)
    assert "chrome.profile" not in {r.rule for r in doc.removed}
    assert kept(doc, which, STORY)


TEASERS = [
    "相关推荐",
    "全市春季植树活动启动",
    "连日来，全市各地组织干部群众开展义务植树活动，累计栽种各类苗木十余万株，为城乡增添…",
    "2024-03-02",
    "某镇举办农技培训班",
    "为提高农民种植技术水平，某镇日前邀请市农科院专家走进田间地头，现场讲解水稻育秧技术和…",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_list_of_cut_off_teasers_goes_with_its_headlines(which: str) -> None:
    page = [TITLE, DATELINE, *STORY, *TEASERS]
    doc = cleaned(page, which)
    assert rules_of(doc, page, which, [TEASERS[k] for k in (1, 2, 4, 5)]) == ["chrome.teaser"] * 4
    assert kept(doc, which, STORY)


@pytest.mark.parametrize("which", SCRIPTS)
def test_the_writers_ellipses_are_no_teasers(which: str) -> None:
    """`……` trails off in the writer's voice; so do lines ending in one `…` with no headline over them."""
    trailing = [
        "山乡的贫瘠伴着他童年的记忆，一间四处透风的土屋，还有冬夜里走向茅厕的那种莫名的恐惧……",
        "村党支部书记们正在最前线发起最后的冲锋，他们说，脱贫路上一个都不能少，一户都不能落下……",
        "他说，那时候大家心里只有一个念头，就是把路修通，让孩子们走出大山去看看外面的世界…",
        "后来路真的修通了，孩子们一个个走出了大山，可是回来的人却越来越少，村里也越来越安静…",
    ]
    page = [TITLE, DATELINE, STORY[0], *trailing, *STORY[1:]]
    doc = cleaned(page, which)
    assert "chrome.teaser" not in {r.rule for r in doc.removed}
    assert kept(doc, which, trailing)


PROMO = ["某县发布", "某县发布新闻平台，及时发布权威信息，解读有关政策。"]


@pytest.mark.parametrize("which", SCRIPTS)
@pytest.mark.parametrize("sign_off", ["编辑 | 王小明", "审核：李四", "责任编辑：张三"])
def test_an_editors_sign_off_ends_the_article(which: str, sign_off: str) -> None:
    page = [TITLE, DATELINE, *STORY, sign_off, *PROMO]
    doc = cleaned(page, which)
    assert rules_of(doc, page, which, PROMO) == ["chrome.footer"] * 2
    assert kept(doc, which, STORY)


@pytest.mark.parametrize("which", SCRIPTS)
def test_an_editors_line_at_the_top_ends_nothing(which: str) -> None:
    page = [TITLE, DATELINE, "编辑：王小明", *STORY]
    assert kept(cleaned(page, which), which, STORY)


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_question_below_the_last_paragraph_goes_on_with_it(which: str) -> None:
    """An interview's short turns: a sentence of words below the text is the text's, a `?` and all."""
    turns = ["张某：他冲过来打了我一下，我当时就懵了。", "《社会经纬》记者：这时候他已经打了你一下？"]
    page = [TITLE, DATELINE, *STORY, *turns, "东南网"]
    doc = cleaned(page, which)
    assert kept(doc, which, [*STORY, *turns])
    assert rules_of(doc, page, which, ["东南网"]) == ["chrome.footer"]


CUT_PROGRAM = [
    "论坛程序规格书第一版讨论稿",
    "发布时间：2009-03-01 10:20",
    "这篇文章整理了开发期间大家提出的各种点子，任何点子都可能成为重要的依据，欢迎大家补充。",
    "第一项是将账户申请与村民登录各自独立，玩家可以退出村庄或更改名称和头像，而不是被踢出。",
    "记录档汇出然后删除而不是留在数据库中(xml+xsl or htm+css",
    "or mht/chm or php+css+csv/zip)",
    "测试专用场，身代必为村人，人人有职位，不记录结果",
]


def test_a_cut_off_page_keeps_its_last_lines_in_latin_words() -> None:
    doc = clean("\n".join(CUT_PROGRAM) + "\n")
    assert all(line in doc.text() for line in CUT_PROGRAM[-3:])


@pytest.mark.parametrize("which", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Powered by Discuz! X3.4", "chrome.copyright"),
        ("powered by 闻道", "chrome.copyright"),
        ("点击进入下一页", "chrome.page_count"),
        ("版权宣告：本文源自网络，由某某网整理发布，共231字。", "chrome.copyright"),
        ("文章标签 新闻社会资讯", "chrome.tags"),
        ("（资料图片仅供参考）", "chrome.photo_note"),
        ("(资料图)", "chrome.photo_note"),
        ("图片来源：网络", "chrome.photo_note"),
        ("视力保护色：", "chrome.reading_aids"),
        ("收听本文 00:00/00:00", "chrome.reading_aids"),
        ("跳过导航", "chrome.skip_link"),
        ("无障碍 长辈版 繁体版", "chrome.reading_aids"),
    ],
)
def test_widgets_and_notes_between_paragraphs_go(which: str, line: str, rule: str) -> None:
    page = [TITLE, DATELINE, STORY[0], line, *STORY[1:]]
    doc = cleaned(page, which)
    assert rules_of(doc, page, which, [line]) == [rule]
    assert kept(doc, which, STORY)


@pytest.mark.parametrize("which", SCRIPTS)
@pytest.mark.parametrize(
    "line",
    [
        "资料图：2016年3月2日，全国政协十二届四次会议新闻发布会在北京人民大会堂举行。",  # a caption
        "标签化管理让每一名党员都找准了自己的位置",  # `标签` inside a sentence's words
        "网 民 炮 轰 滥 用 税 收",  # a heading spaced out, not a menu of one-character links
        "2023年，全县无障碍设施改造完成1200户，适老化改造惠及困难老人。",  # a sentence about them
    ],
)
def test_near_misses_stay(which: str, line: str) -> None:
    page = [TITLE, DATELINE, STORY[0], line, *STORY[1:]]
    assert kept(cleaned(page, which), which, [line, *STORY])


def test_spaced_hanzi_are_read_as_their_words() -> None:
    assert lines.line_verdicts("欢 迎 访 问 某 某 个 人 主 页")[1] == "chrome.welcome"
    assert lines.line_verdicts("网 民 炮 轰 滥 用 税 收") == (None, None)


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_long_original_title_line_runs_the_article_on(which: str) -> None:
    """`原标题：…` run on with the article's first sentences is the article's; alone it goes."""
    run_on = (
        "原标题：软件开发中的理性和感性 作者 | 某某 责编 | 某某 问题：这个软件在过去的很多年中，"
        "有很多用户使用，也有不少用户喜欢，还有更少的用户为之付钱，那么它的价值到底在哪里？"
    )
    page = [TITLE, DATELINE, STORY[0], run_on, *STORY[1:]]
    assert kept(cleaned(page, which), which, [run_on])
    alone = "原标题：软件开发中的理性和感性"
    page = [TITLE, DATELINE, STORY[0], alone, *STORY[1:]]
    assert rules_of(cleaned(page, which), page, which, [alone]) == ["chrome.original_title"]


@pytest.mark.parametrize("which", SCRIPTS)
def test_the_tags_below_a_label_alone_go_up_to_the_text(which: str) -> None:
    page = [TITLE, DATELINE, "标签：", "杂谈", "乡村振兴", "一、基本情况", *STORY]
    doc = cleaned(page, which)
    assert rules_of(doc, page, which, ["标签：", "杂谈", "乡村振兴"]) == ["chrome.tags"] * 3
    assert kept(doc, which, ["一、基本情况", *STORY])
