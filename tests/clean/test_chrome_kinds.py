"""Kinds of page furniture found on real pages, each on a synthetic page of its own, in both scripts.

Browser notices, visit counters, a close button's `x`, Discuz's anti-scraping noise, a template's
repeated title and paragraphs, a sidebar's short sentence above the article, a menu set in rows, a
thread's state and a comment count, a template's field name, and a post's own `声明:` line (kept); a
thread whose first post is code under its header; a teaser or a copy that cuts a paragraph short, a
login wall in the text, a row of bare counters at the head, a widget still loading.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.chrome import lines
from reader.convert import convert
from reader.document import Document
from tests.clean.scripts import SCRIPTS

TITLE = "县文旅局开展文物安全检查"
DATE = "发布时间：2024-05-06 10:20"
ARTICLE = [
    "近日，县文旅局组织专班对全县重点文物保护单位开展安全检查，逐一排查消防、防盗等隐患。",
    "检查组一行先后来到古城墙遗址、文庙等处，详细了解安全管理制度落实情况，现场指出问题。",
    "针对发现的问题，检查组要求相关单位立即整改，确保文物安全形势持续稳定向好，不留死角。",
]


def run(page: list[str], script: str) -> tuple[Document, list[str]]:
    """The page cleaned in `script`, and its lines as cleaned."""
    if script == "traditional":
        page = [convert(line, "traditional", "simplified") for line in page]
    return clean("\n".join(page) + "\n"), page


def rule_of(doc: Document, text: str) -> str | None:
    return next((r.rule for r in doc.removed if r.text.strip() == text.strip()), None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_browser_and_loading_notices_go(script: str) -> None:
    notices = [
        "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
        "调查问题加载中,请稍候。",
    ]
    doc, page = run([TITLE, DATE, *notices, *ARTICLE, "若长时间无响应,请刷新本页面"], script)
    assert [rule_of(doc, t) for t in page[2:4] + page[-1:]] == ["chrome.browser"] * 3
    assert len(doc.blocks) == 3


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_old_browser_notice_over_the_title_goes(script: str) -> None:
    """A news app's web page opens on `请更新您的浏览器` over `您使用的浏览器版本较旧…`: neither is the
    headline nor the text; the headline under them is."""
    notices = [
        "请更新您的浏览器",
        "您使用的浏览器版本较旧，已不再受支援。建议您更新浏览器版本，以获得最佳使用体验。",
    ]
    doc, page = run([*notices, TITLE, DATE, *ARTICLE], script)
    assert [rule_of(doc, t) for t in page[:2]] == ["chrome.browser"] * 2
    assert doc.title == page[2]
    assert [b.text for b in doc.blocks] == page[4:]


@pytest.mark.parametrize(
    "text",
    [
        "浏览器版本过低会影响部分功能的使用，建议群众及时更新。",
        "网页加载中出现的问题，请稍后向客服反映具体情况和时间。",
        "打开您的浏览器，输入网址后按回车键即可访问办事大厅。",
        "请更新您的浏览器书签，新版网站的地址已经变更为新的域名。",
    ],
)
def test_a_sentence_about_browsers_stays(text: str) -> None:
    assert lines.prose_label(text) is None
    assert text in [b.text for b in clean("\n".join([TITLE, DATE, ARTICLE[0], text, *ARTICLE[1:]])).blocks]


@pytest.mark.parametrize("script", SCRIPTS)
def test_visit_counters_go(script: str) -> None:
    counter = ["自 2008-02-01 以来", "本站点击数", "33,451,181", "昨日点击数 7,463", "今日点击数 1,016"]
    doc, page = run([TITLE, DATE, *ARTICLE, *counter], script)
    assert {rule_of(doc, t) for t in page[-5:]} == {"chrome.counter"}
    assert [b.text for b in doc.blocks] == page[2:5]


def test_a_number_or_a_year_in_the_text_is_no_counter() -> None:
    assert lines.line_verdicts("2024")[0] != "chrome.counter"
    assert lines.line_verdicts("全年接待游客12,345人次，同比增长百分之八。") == (None, None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_close_button_x_above_the_text_goes(script: str) -> None:
    doc, _ = run([TITLE, DATE, "您需要登录才可以下载或查看", "x", *ARTICLE], script)
    assert rule_of(doc, "x") == "chrome.close"
    assert len(doc.blocks) == 3


def test_x_between_paragraphs_stays() -> None:
    assert lines.line_verdicts("x") == (None, "chrome.close")  # a variable in a post's formula


JAMMED = [
    "[工程技术] 汽车大屏是智商税吗",
    "楼主| 发表于 2022-9-21 00:46:47 | 只看该作者",
    "观网风闻里有一篇文章，质疑汽车大屏的必要性，说它分散驾驶员的注意力。",
    "7 Z, X# ]+ f+ h8 N6 l6 |4 _",
    "必须说，质疑有道理，但抓错重点了，大屏本身并不是问题所在。",
    "沃尔沃是紧跟者之一0 |7 A9 r4 x1 n) {",
    "% @5 }# H* \\; V1 }' ^",
    "特斯拉是大屏的先驱，后来者纷纷跟进，各有各的做法和取舍。",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_discuz_jammer_lines_go_and_a_jammed_sentence_stays(script: str) -> None:
    doc, page = run(JAMMED, script)
    assert rule_of(doc, page[3]) == rule_of(doc, page[6]) == "chrome.jammer"
    assert any(page[5] in b.text for b in doc.blocks)  # the noise inside it is no menu


@pytest.mark.parametrize("text", ["a = b + c ;", "1 2 3 4", "PM 2.5 AQI"])
def test_code_and_numbers_are_no_jammer(text: str) -> None:
    assert lines.line_verdicts(text)[0] != "chrome.jammer"


MORE = "检查组还对各文物点安全员履职情况进行了抽查，并就日常巡查记录的规范填写作了具体指导。"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_template_repeats_the_title_and_a_run_of_paragraphs(script: str) -> None:
    page = [TITLE, DATE, ARTICLE[0], ARTICLE[1], TITLE, ARTICLE[2], ARTICLE[0], ARTICLE[1], MORE]
    doc, page = run(page, script)
    assert [b.text for b in doc.blocks] == [*page[2:4], page[5], page[8]]
    assert [r.rule for r in doc.removed if r.line in (5, 7, 8)] == ["chrome.repeat"] * 3


@pytest.mark.parametrize("script", SCRIPTS)
def test_one_paragraph_shown_again_stays(script: str) -> None:
    """A summary over the text that then gives it, a pull quote: the page's way, not a template's."""
    doc, page = run([TITLE, DATE, ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[0], MORE], script)
    assert [b.text for b in doc.blocks] == page[2:]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_lede_over_the_byline_then_the_text_is_no_repeat(script: str) -> None:
    page = [TITLE, DATE, ARTICLE[0], "本报记者 张明", ARTICLE[0], *ARTICLE[1:]]
    doc, page = run(page, script)
    assert [b.text for b in doc.blocks][-3:] == page[-3:]
    assert "chrome.repeat" not in {r.rule for r in doc.removed}


def test_headings_and_short_lines_repeat_by_design() -> None:
    toc = ["一、基本情况", "二、主要做法"]
    page = [TITLE, DATE, *toc, ARTICLE[0], toc[0], ARTICLE[1], toc[1], ARTICLE[2]]
    assert "chrome.repeat" not in {r.rule for r in clean("\n".join(page)).removed}


SIDEBAR = [
    "欢 迎 访 问 某 某 个 人 主 页",
    "我什么都不懂。",
    "信 息",
    "作品列表 | 电子图书",
    "站长简介 | 常见问题",
    "版权说明 | 电子邮箱",
    "统 计",
    "自 2008-02-01 以来",
    "本站点击数",
    "33,451,181",
    "今日点击数 1,016",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_short_sentence_over_a_sidebar_is_not_where_the_article_starts(script: str) -> None:
    doc, page = run([*SIDEBAR, TITLE, "上一篇 | 返回目录 <<", *ARTICLE], script)
    assert [b.text for b in doc.blocks] == page[-3:]
    menu = {rule_of(doc, t) for t in page[3:6]}
    assert menu == {"chrome.nav"}
    assert rule_of(doc, page[-4]) == "chrome.footer_links"


def test_a_short_sentence_over_a_list_of_names_starts_the_article() -> None:
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰"]
    page = [TITLE, DATE, "现将名单公示如下。", *names, *ARTICLE]
    assert "现将名单公示如下。" in [b.text for b in clean("\n".join(page)).blocks]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_posts_own_notice_stays_a_sites_goes(script: str) -> None:
    own, site = "声明:此文章为转载!", "声明:本站文章均来自网络,如有侵权请联系删除。"
    doc, page = run([TITLE, DATE, ARTICLE[0], own, *ARTICLE[1:], site], script)
    assert page[3] in [b.text for b in doc.blocks]
    assert rule_of(doc, page[-1]) == "chrome.copyright"


THREAD = [
    "标题: 和众高手一起探讨一个问题",
    "作者: 思平    时间: 2005-12-05 10:43",
    "our %sym = (",
    "name => 'hoowa',",
    ");",
    "会打印出 hoowa,为什么?",
    "作者: fayland    时间: 2005-12-05 11:00",
    "这个在骆驼书第十章包的符号表里有讲的。",
    "作者: 思平    时间: 2005-12-05 11:13",
    "不要这么早说出来嘛!",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_first_post_of_code_opens_the_replies_at_the_next_header(script: str) -> None:
    doc, page = run(THREAD, script)
    assert rule_of(doc, page[7]) == "thread.reply"
    assert "name => 'hoowa'," in doc.text()


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_threads_state_and_a_comment_count_go(script: str) -> None:
    doc, page = run(["当前主题已经存档。", TITLE, DATE, *ARTICLE, "19 跟贴"], script)
    assert rule_of(doc, page[0]) == "chrome.forum"
    assert rule_of(doc, page[-1]) == "chrome.comment"
    assert lines.prose_label("本主题已经引起广泛关注，各方纷纷发表看法。") is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_template_field_name_goes(script: str) -> None:
    doc, page = run([TITLE, DATE, ARTICLE[0], "Graywatermark.thumb_head", *ARTICLE[1:]], script)
    assert rule_of(doc, page[3]) == "chrome.markup"
    assert lines.line_verdicts("www.my_site.com")[0] is None  # an address, only at the edge
    assert lines.line_verdicts("Node.js")[0] is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_posters_user_card_and_the_threads_title_again_leave_the_first_post(script: str) -> None:
    card = [
        "网友甲",
        "性别 保密",
        "UID 2391",
        "精华 0",
        "帖子 260",
        "积分 100   详情",
        "来自 东经113度,北纬22.3度",
    ]
    head = ["标题: " + TITLE, *card, "状态 离线", "发表于 2007-9-21 08:23 PM", TITLE]
    doc, page = run([*head, *ARTICLE], script)
    assert {rule_of(doc, t) for t in page[1:8]} == {"chrome.profile"}  # the card, its name and rows
    assert doc.title == page[10]  # read from the line under the card or from the label: the same words
    assert [b.text for b in doc.blocks] == page[11:]


def test_words_beside_a_card_field_are_no_card() -> None:
    assert lines.line_verdicts("性别平等是基本国策")[1] != "chrome.forum"
    assert lines.line_verdicts("来自全国各地的游客纷纷赶来。") == (None, None)


LONG = ARTICLE[0] + ARTICLE[1]  # a paragraph long enough for a template to cut a teaser from


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_teaser_that_cuts_the_first_paragraph_short_goes(script: str) -> None:
    """A list template's summary over the text: the first paragraph's opening, cut off mid-sentence."""
    teaser = LONG[:50]  # no sentence ends there
    doc, page = run([TITLE, teaser, DATE, LONG, *ARTICLE[2:]], script)
    assert rule_of(doc, page[1]) == "chrome.repeat"
    assert [b.text for b in doc.blocks] == page[3:]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_copy_cut_short_at_the_pages_end_goes(script: str) -> None:
    doc, page = run([TITLE, DATE, LONG, ARTICLE[2], LONG[:60]], script)
    assert rule_of(doc, page[-1]) == "chrome.repeat"
    assert [b.text for b in doc.blocks] == page[2:4]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_paragraph_that_a_longer_one_goes_on_from_stays(script: str) -> None:
    """The writer's whole sentence, which a later paragraph quotes and continues, is no cut copy; nor is a
    short lead-in."""
    whole = LONG + "检查中发现问题五处。"
    doc, _ = run([TITLE, DATE, LONG, ARTICLE[2], whole, "检查组一行先后来到", ARTICLE[1]], script)
    assert "chrome.repeat" not in {r.rule for r in doc.removed}


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_login_wall_in_the_text_goes_and_the_text_goes_on(script: str) -> None:
    """`图片隐藏,注册或登录后显示` in a picture's place: the paragraphs below it, even a last line the
    page's end cuts off, are still the article's."""
    wall = "图片隐藏,注册或登陆后显示"
    doc, page = run([TITLE, DATE, *ARTICLE[:2], wall, ARTICLE[2], "回复后可见", "检查组还对各文物点"], script)
    assert rule_of(doc, page[4]) == rule_of(doc, page[6]) == "chrome.login_wall"
    assert [b.text for b in doc.blocks] == [*page[2:4], page[5], page[7]]


def test_a_sentence_about_logging_in_stays() -> None:
    for text in ("私密文章只有登录后可见。", "市民注册后即可查看办理进度，无需再到窗口排队等候。"):
        assert lines.line_verdicts(text) == (None, None) and lines.prose_label(text) is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_row_of_bare_counters_at_the_head_goes(script: str) -> None:
    """`7210 2` under the title (views, replies, their icons gone), `1 1 1` over it."""
    doc, page = run(["1 1 1", TITLE, "7210 2", DATE, *ARTICLE], script)
    assert rule_of(doc, "1 1 1") == rule_of(doc, "7210 2") == "chrome.counts"
    assert [b.text for b in doc.blocks] == page[4:]


def test_a_row_of_figures_between_paragraphs_stays() -> None:
    doc, page = run([TITLE, DATE, ARTICLE[0], "2021 2022 2023", "120 135 150", *ARTICLE[1:]], "simplified")
    assert [b.text for b in doc.blocks if b.text in page[3:5]] == page[3:5]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_widget_still_loading_goes(script: str) -> None:
    """`您感兴趣的信息加载中...` trails off where a widget's text would come, beside a link or alone."""
    loading = "返回首页- 您感兴趣的信息加载中..."
    doc, page = run([loading, TITLE, DATE, ARTICLE[0], "加载中…", *ARTICLE[1:]], script)
    assert rule_of(doc, page[0]) == rule_of(doc, page[4]) == "chrome.browser"
    assert doc.title == page[1] and [b.text for b in doc.blocks] == [page[3], *page[5:]]
    assert lines.line_verdicts("数据加载中")[0] is None  # no ellipsis: a heading's words
