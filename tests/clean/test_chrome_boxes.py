"""Boxes a news site sets inside its article (help lines, a paywall, print tools), and body text the
menu and SEO-title rules must leave alone (English references, quoted programs): one synthetic page
each, cleaned as it is and in Traditional."""

from __future__ import annotations

import pytest

from reader.clean.chrome import lines
from reader.document import Document
from tests.clean.scripts import SCRIPTS, cleaned, in_script

TITLE = "某市一男子深夜坠楼身亡 警方排除他杀"
DATELINE = "2024-03-01 09:30  来源：某某新闻网"
STORY = [
    "某市某区一处住宅小区今天凌晨发生一起坠楼事件，一名四十岁男子从自家阳台坠落，送医后不治。",
    "警方表示，现场没有打斗痕迹，初步排除他杀，详细原因仍在调查中，家属情绪激动，由社工陪同。",
    "邻居说，男子平日为人和善，近来因工作不顺心情低落，常在深夜独自在阳台抽烟，没想到会出事。",
]


def removed_by(doc: Document, rule: str) -> list[str]:
    return [r.text for r in doc.removed if r.rule == rule]


def kept(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


HOTLINE_BOX = [
    "《某报》关心你",
    "自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。",
    "再给自己一次机会",
    "自杀防治安心专线：1925（24小时）",
    "生命线协谈专线：1995",
    "张老师专线：1980",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_the_help_line_box_under_a_story_goes_and_the_story_stays(which: str) -> None:
    doc = cleaned([TITLE, DATELINE, *STORY, *HOTLINE_BOX], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert removed_by(doc, lines.HOTLINE.name) == [in_script(which, t) for t in HOTLINE_BOX]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_help_line_box_set_between_paragraphs_goes(which: str) -> None:
    box = ["●某某新闻网提醒您，请给自己机会：", "自杀防治安心专线：1925", "生命线：1995"]
    doc = cleaned([TITLE, DATELINE, STORY[0], *box, *STORY[1:]], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert len(removed_by(doc, lines.HOTLINE.name)) == len(box)


@pytest.mark.parametrize(
    "line",
    [
        "市卫健委开通心理健康服务，市民遇到困难可以拨打热线求助，专业人员全天候提供帮助。",
        "他说，每一个生命都值得珍惜，请珍惜生命的人其实最懂得生活，这是他二十年来的体会。",
        "关心你我他",
        "生命线",
    ],
)
def test_words_of_a_help_line_in_the_article_are_no_box(line: str) -> None:
    for which in SCRIPTS:
        doc = cleaned([TITLE, DATELINE, STORY[0], line, *STORY[1:]], which)
        assert in_script(which, line) in kept(doc)


PAYWALL = "您所浏览的新闻已过查询时效。建议您加入某某社付费会员找寻您要的新闻。"


@pytest.mark.parametrize("which", SCRIPTS)
@pytest.mark.parametrize("notice", [PAYWALL, "开通会员后可阅读全文", "订阅后即可查看完整内容。"])
def test_a_paywall_notice_goes(which: str, notice: str) -> None:
    doc = cleaned([TITLE, DATELINE, *STORY, notice], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert removed_by(doc, lines.PAYWALL.name) == [in_script(which, notice)]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_story_about_paid_members_is_no_paywall(which: str) -> None:
    line = "该平台去年付费会员数量突破一亿，欢迎更多用户成为会员的活动也将持续到年底。"
    doc = cleaned([TITLE, DATELINE, STORY[0], line, *STORY[1:]], which)
    assert in_script(which, line) in kept(doc)


@pytest.mark.parametrize("which", SCRIPTS)
def test_print_and_font_size_tools_above_the_story_go(which: str) -> None:
    tools = ["留言", "列印", "字级", "A-A+"]
    doc = cleaned([TITLE, *tools, DATELINE, *STORY], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert {lines.line_verdicts(in_script(which, t))[0] for t in tools} <= {
        lines.SHARE.name,
        lines.COMMENT.name,
    }


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_newspapers_issue_credit_goes(which: str) -> None:
    credit = "《 某某日报 》 ( 2022年10月18日   第 06 版)"
    doc = cleaned([TITLE, DATELINE, *STORY, credit], which)
    assert removed_by(doc, lines.EPAPER.name) == [in_script(which, credit)]


# A note that quotes English and lists its references: words spaced like a menu's items.
NOTE_TITLE = "月亮的故事"
NOTE = [
    "月亮在各国的神话里有许多不同的面孔，下面收集了几个我最喜欢的故事，以及它们的出处和插图。",
    "被掩埋的月 (The Buried Moon)",
    "The Buried Moon, Illustrated by John D. Batten",
    "Iceland Under the Full Moon by OZZO Photography",
    "Now, fair Hippolyta, our nuptial hour Draws on apace; four happy days bring in Another moon",
    "[英] 毛姆 / 2006 / 上海译文出版社",
    "Ackerman, Diane / 1992 / Random House Inc",
    "这些故事说的都是同一个月亮，却让人看见了各地的人如何看待夜空，这大概就是神话最迷人的地方。",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_english_references_and_translations_in_a_note_are_no_link_farm(which: str) -> None:
    doc = cleaned([NOTE_TITLE, "2017-11-08 作者：某某", *NOTE], which)
    assert kept(doc) == [in_script(which, t) for t in NOTE]
    assert not removed_by(doc, lines.LINK_FARM.name)


@pytest.mark.parametrize(
    "line",
    [
        "求助：电脑开不了机 - 电脑硬件 - 某某论坛 - Powered by Discuz!",
        "首页 新闻 政务 服务 互动",
        "Home News Sports Business",
        "故事 文学 读书 趣味 人文",
    ],
)
def test_menus_are_still_menus(line: str) -> None:
    for which in SCRIPTS:
        assert lines.link_farm(in_script(which, line)) == 1.0


# A tutorial that quotes a shell script flattened onto one line: names joined by `_`, `JAVA_OPTS`,
# lines continued with `\`.
TUTORIAL = [
    "本文记录部署配置中心的过程，脚本初步加工后可直接使用，对于关键点会有说明，细节请读者自行查阅。",
    "1、docker脚本",
    "docker stop apollo && docker rm apollo docker run -p 8080:8080 \\ -d --rm \\ "
    "-e SPRING_DATASOURCE_URL=jdbc:mysql://db:3306/ApolloConfigDB \\ -e JAVA_OPTS=-Xms100m \\ "
    "--network=common_container_network \\ --name apollo apolloconfig/apollo:2.0.1",
    "--restart=no \\ -u root \\",
    "--network=common_container_network \\",
    "注意容器之间要在同一个网络里才能互相访问，否则会出现连接超时的问题，这一点很容易被忽略。",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_quoted_shell_script_is_no_seo_title_nor_menu(which: str) -> None:
    doc = cleaned(["对于Docker的一点使用经验", "posted @ 2024-05-09 14:45 某某", *TUTORIAL], which)
    body = "\n".join(kept(doc))
    assert all(in_script(which, t) in body for t in TUTORIAL)
    assert not [r for r in doc.removed if r.rule.startswith("chrome.")]


@pytest.mark.parametrize(
    "line",
    ["--network=common_container_network \\", "-e JAVA_OPTS=-Xms100m -e SPRING_PROFILES_ACTIVE=github"],
)
def test_a_programs_names_are_no_seo_title(line: str) -> None:
    assert lines.seo_title(line) == 0.0


def test_spam_keyword_titles_are_still_seo_titles() -> None:
    assert lines.seo_title("亚洲av无码乱码中文_日韩激情一级无码毛片_国产91资源午夜福利") == 1.0
    assert lines.seo_title("党建工作总结_党建工作计划_党建心得体会") == 1.0


# A platform's or a site's word on the text and its comments, in a sentence of its own.
NOTICES = [
    "“特别声明：以上作品内容为某某号用户上传并发布，本平台仅提供信息存储空间服务。",
    "某某健康网原创内容，未经授权不得转载，违者必究。",
    "网友评论仅供其表达个人看法，并不表明某某网立场。",
    "网友个人意见，不代表本站立场，对于发言内容，由发表者自负责任。",
]


@pytest.mark.parametrize("which", SCRIPTS)
@pytest.mark.parametrize("notice", NOTICES)
def test_a_sites_notice_under_the_story_goes(which: str, notice: str) -> None:
    doc = cleaned([TITLE, DATELINE, *STORY, notice], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert removed_by(doc, lines.COPYRIGHT.name) == [in_script(which, notice)]


@pytest.mark.parametrize(
    "line",
    [
        "对未经许可擅自占用道路的，执法部门将依法处理，并责令其限期恢复原状，请市民相互转告。",
        "他强调，这只是学者的个人观点，并不代表政府的立场，有关政策仍以正式文件为准。",
        "他说，这些只是个人意见，不代表本单位的立场，最终以公告为准。",
    ],
)
def test_an_articles_sentence_about_permission_is_no_notice(line: str) -> None:
    for which in SCRIPTS:
        doc = cleaned([TITLE, DATELINE, STORY[0], line, *STORY[1:]], which)
        assert in_script(which, line) in kept(doc)


ANSWER = [
    "这个级别的地震确实有震感，但不会对房屋和道路造成明显损坏，大家不必过于担心。",
    "一般来说只有震中附近的地区感觉明显，夜里发生时很多人已经睡下，所以感觉的人不多。",
    "平时多留意官方发布的信息，家里备好应急包，比听信各种传言要可靠得多。",
]


@pytest.mark.parametrize("which", SCRIPTS)
def test_a_question_and_answer_sites_furniture_goes_and_the_answer_stays(which: str) -> None:
    page = [
        "昨晚的地震会不会有大的余震？",
        "2021-10-19 回答者：某某老师",
        "采纳数：1451 获赞数：249608",
        "向TA提问 私信TA",
        "1 人赞同了该回答",
        *ANSWER,
        "抢首赞 已赞过 已踩过",
        "你对这个回答的评价是？",
    ]
    doc = cleaned(page, which)
    assert kept(doc) == [in_script(which, t) for t in ANSWER]
    assert len(removed_by(doc, lines.FORUM.name)) == 5


@pytest.mark.parametrize("which", SCRIPTS)
def test_an_original_headline_that_is_a_question_goes(which: str) -> None:
    line = "原标题：三星失意 路在何方？"
    doc = cleaned([TITLE, DATELINE, line, *STORY], which)
    assert kept(doc) == [in_script(which, t) for t in STORY]
    assert removed_by(doc, lines.ORIGINAL_TITLE.name) == [in_script(which, line)]
