"""Headline placement on synthetic page heads: which line is the title, and which lines are not.

Every page is cleaned as written (Simplified) and in Traditional (OpenCC s2t): the rules read a line
in Simplified, so each must hold on both.
"""

from __future__ import annotations

import pytest

from reader.clean import clean, metadata
from reader.convert import convert
from reader.document import Document

BODY = (
    "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
)
SCRIPTS = ["simplified", "traditional"]


def cleaned(page: str, script: str) -> Document:
    return clean(page if script == "simplified" else convert(page, "traditional", "simplified"))


def written(text: str | None, script: str) -> str | None:
    return text if script == "simplified" or text is None else convert(text, "traditional", "simplified")


def test_a_disclosure_table_with_file_number_and_category_rows_is_no_title() -> None:
    page = (
        "市人民政府关于印发城市管理办法的通知\n"
        "索引号 SY-000000-2022-00001\n"
        "文件编号 市府〔2022〕1号\n"
        "发布机构 市政府\n"
        "公开类别 主动公开\n"
        "发布时间 2022-01-29\n"
        "各区人民政府，市政府各委、办、局：\n"
        "《城市管理办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
    )
    doc = clean(page)
    assert doc.title == "市人民政府关于印发城市管理办法的通知"
    assert doc.date == "2022-01-29"


HEADLINE = "全县重点项目推进会召开"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "why"),
    [
        ("新闻中心\n", "a column's name"),
        ("即时新闻\n", "a column's name"),
        ("强国社区>> 新闻论坛\n", "a breadcrumb ending in a column"),
        ("县政府办发〔2024〕7号\n", "a document number"),
        ("当前报纸名称:某某日报\n", "a widget's label:value"),
        ("国内统一刊号:CN00-0000 某某晚报出版\n", "a widget's label:value"),
        ("某某日报 阅读(0) 评论()\n", "counters"),
        ("山水县人民政府门户网站 www.example.gov.cn\n", "a portal's banner"),
    ],
)
def test_page_furniture_above_the_headline_is_no_title(head: str, why: str, script: str) -> None:
    doc = cleaned(f"{head}{HEADLINE}\n发布时间：2024-03-01 09:30\n{BODY}", script)
    assert doc.title == written(HEADLINE, script), why


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_ending_on_the_body_it_is_about_is_no_banner(script: str) -> None:
    title = "试点变示范山水区成立首个社区大党委"
    doc = cleaned(f"{title}\n03.04.2017  04:35\n{BODY}", script)
    assert (doc.title, doc.date) == (written(title, script), "2017-04-03 04:35")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_over_a_magazines_byline_a_few_lines_into_the_text(script: str) -> None:
    page = (
        "首页 国产 亚洲 小说图片,高清视频,精品国产,在线观看\n"
        "【特别报道】《某某经济周刊》记者深入南疆\n"
        "探访山水县“访惠聚”:机关干部的下乡住村路\n"
        "《某某经济周刊》记者 曹煦 | 山水县报道\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written("探访山水县“访惠聚”:机关干部的下乡住村路", script), "曹煦")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_skip_link_and_a_view_switch_over_an_undated_headline_are_no_title(script: str) -> None:
    page = f"跳过导航\n山水县人民政府门户网站\n新闻\n显示模式: 网格 列表\n{HEADLINE}\n{BODY}"
    doc = cleaned(page, script)
    assert doc.title == written(HEADLINE, script)
    assert doc.removed[0].rule == "chrome.skip_link"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_threads_title_under_a_bare_title_label(script: str) -> None:
    title = "[技术] 某某软件设定的技术解释 (官方建议的译文)"
    page = f"看板 Live\n作者 Append (小明)\n标题\n{title}\n时间 Sat Aug  3 01:56:16 2013\n{BODY}"
    assert cleaned(page, script).title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_epapers_link_back_to_its_page_is_no_title(script: str) -> None:
    doc = cleaned(f"返回 A2:综合新闻\n{HEADLINE}\n   本文字数: 410\n{BODY}", script)
    assert doc.title == written(HEADLINE, script)
    assert [r.rule for r in doc.removed] == ["chrome.epaper", "metadata.title", "chrome.counter"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("top", "title"), [("过年", "过年"), ("随笔", ""), ("新闻", "")])
def test_a_two_character_title_over_a_blogs_dateline_when_the_text_says_it(
    top: str, title: str, script: str
) -> None:
    text = (
        "花开花落年复年，日出日落天又天。人来人往念不念，不知不觉又过年。\n"
        "小时候盼过年，毕竟一年到头只有过年才有几块钱收入。大了则不同，过年的意义更多在于回家看看。\n"
        "按照家乡习俗，正月初一头等大事是去给已故亲人上坟，而且还要赶早，一直热闹到中午才散。\n"
    )
    doc = cleaned(f"{top}\n  • 2018-02-25\n  • 520\n  • 0\n{text}", script)
    assert (doc.title, doc.date) == (written(title, script), "2018-02-25")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_blog_posts_title_over_its_byline_between_dashes(script: str) -> None:
    title = "时空的乐章——引力波百年漫谈 (二)"
    page = (
        "-苏格拉底\n作品列表 | 电子图书\n站长简介 | 常见问题\n版权说明 | 电子邮箱\n本站点击数\n33,451,181\n"
        f"{title}\n- 卢昌海 -\n上一篇 | 返回目录 <<\n{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written(title, script), written("卢昌海", script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_page_label_between_a_prompt_and_the_dateline_sends_the_title_below_it(script: str) -> None:
    page = f"云端读报\n已是最后一期了!\n知道了\n内容详情\n2022年11月26日\n{HEADLINE}\n{BODY}"
    doc = cleaned(page, script)
    assert (doc.title, doc.date) == (written(HEADLINE, script), "2022-11-26")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_forum_thread_title_below_its_post_header(script: str) -> None:
    page = f"某某社区>> 地方论坛\n网友甲 发表于  2018-04-17 10:13:14 5440字\n{HEADLINE}\n{BODY}"
    doc = cleaned(page, script)
    assert (doc.title, doc.date) == (written(HEADLINE, script), "2018-04-17 10:13")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_kicker_gives_way_to_the_headline(script: str) -> None:
    page = f"• 基层治理让城市更有温度——\n  “幸福答卷”写在街头巷尾\n{BODY}"
    assert cleaned(page, script).title == written("“幸福答卷”写在街头巷尾", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_place_kicker_gives_way_to_the_headline_the_epapers_list_names(script: str) -> None:
    page = (
        "第A06版:要闻 上一版  下一版\n"
        "A06\n"
        "冬季应急除雪准备工作有序推进\n"
        f"{HEADLINE}\n"
        "定制公交开到群众家门口\n"
        "广告\n"
        "返回主页 | 某某晚报 | 标题导航\n"
        "上一期  下一期\n"
        "山水区 建设路街道\n"
        f"{HEADLINE}\n"
        f"{BODY}"
    )
    assert cleaned(page, script).title == written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_documents_number_before_its_title_in_angle_quotes_is_cut(script: str) -> None:
    title = "山水县人民政府办公室关于印发山水县社区服务体系建设实施方案的通知"
    page = (
        f"山政办字〔2022〕77号《{title}》\n"
        f"{title}\n"
        "山政办字〔2022〕77号\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《山水县社区服务体系建设实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
        f"{BODY}"
    )
    assert cleaned(page, script).title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "head",
    [
        "您访问的页面找不回来了!\n返回首页- 您感兴趣的信息加载中...\n",  # a 404 notice over the item
        "某某奇趣网\n\n汇聚全球精彩分享\n领您探索未知国度\n\n",  # a content farm's name and slogan
    ],
)
def test_a_head_that_says_nothing_of_the_text_gives_way_to_the_headline_under_it(
    head: str, script: str
) -> None:
    more = "会议强调，要强化要素保障，优化营商环境，为重点项目建设提供有力支撑。\n"  # enough text to judge
    doc = cleaned(f"{head}{HEADLINE}\n\n{BODY}{more}", script)
    assert doc.title == written(HEADLINE, script)
    assert cleaned(doc.text(), "simplified").title == doc.title  # the output, cleaned again


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a programme's transcript: its first story's headline under the dateline
        (f"新闻联播文字版\n2021-01-10 22:26 某某指南\n{HEADLINE}\n{BODY}", "新闻联播文字版"),
        # the text has started: a paragraph says its words before the line that would be a headline
        (f"重拾博客\n{BODY.splitlines()[0]}\n{HEADLINE}\n{BODY}", "重拾博客"),
    ],
)
def test_a_title_that_says_nothing_of_the_text_stays_over_a_dateline_or_a_paragraph(
    page: str, title: str, script: str
) -> None:
    assert cleaned(page, script).title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_short_column_label_under_the_dateline_is_no_title(script: str) -> None:
    page = f"2022年10月17日\n\n奋进新时代\n\n{HEADLINE}：干群同心 日子越过越红火\n\n{BODY}"
    doc = cleaned(page, script)
    assert doc.title == written(f"{HEADLINE}：干群同心 日子越过越红火", script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("  • 村规民约“润”乡风", "村规民约“润”乡风"),
        ("【某某新闻网】美丽乡村长兴村", "美丽乡村长兴村"),
        ("【海西州】一位选调生的下乡日记", "一位选调生的下乡日记"),
        ("【独家】一位选调生的下乡日记", "【独家】一位选调生的下乡日记"),
    ],
)
def test_a_bullet_and_a_site_or_place_tag_are_not_the_headline(line: str, title: str, script: str) -> None:
    doc = cleaned(f"{line}\n2018-01-19 09:34\n{BODY}", script)
    assert doc.title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_notice_title_on_two_lines_is_kept_whole(script: str) -> None:
    page = (
        "山水县人民政府办公室\n"
        "山水政办发〔2025〕4号\n"
        "山水县人民政府 山水县人民法院印发\n"
        "关于完善府院联动机制的意见的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《关于完善府院联动机制的意见》已经县政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
        "山水县人民政府 山水县人民法院\n"
        "2025年4月30日\n"
    )
    doc = cleaned(page, script)
    want = "山水县人民政府 山水县人民法院印发关于完善府院联动机制的意见的通知"
    assert (doc.title, doc.date) == (written(want, script), "2025-04-30")


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_official_notice_title_that_opens_with_its_issuer_is_whole(script: str) -> None:
    title = "吉林省人民政府关于加强安全生产工作的通告"
    doc = cleaned(f"吉林省人民政府\n{title}\n发布时间：2023-05-12 16:20\n{BODY}", script)
    assert doc.title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_articles_own_headline_wins_over_a_portals_longer_one(script: str) -> None:
    own = "山水镇人民政府关于取消庙会活动的通告"
    page = (
        f"某某本地宝{own}\n"
        "导语 为做好疫情防控工作，确保群众健康安全，某某本地宝山水镇人民政府关于取消庙会活动，详情如下。\n"
        f"  {own}\n"
        "  为做好疫情防控工作，确保群众健康安全，经研究决定，暂时取消本年度庙会活动。现就有关事项通告如下：\n"
        f"{BODY}"
    )
    assert cleaned(page, script).title == written(own, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_lede_gives_way_to_the_headline_the_page_repeats(script: str) -> None:
    page = f"{HEADLINE}\n3月1日上午，全县召开重点项目推进会\n发布时间：2024-03-01 09:30\n{HEADLINE}\n{BODY}"
    assert cleaned(page, script).title == written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_disclosure_table_of_bulleted_labels_leaves_the_title_above_it(script: str) -> None:
    page = (
        "返回顶部\n"
        "山水县人民政府工作规则\n"
        "  • 索引号:\n"
        "    6107280000/2024-001005\n"
        "  • 发文机构:\n"
        "    县政府网站\n"
        "  • 发文字号:\n"
        "    山政发〔2024〕7号\n"
        "  • 发布日期:\n"
        "    2024年04月06日 16:34\n"
        "山水县人民政府工作规则\n"
        "第一章 总则\n"
        "一、根据有关法律法规的规定，结合本县实际，制定本规则。县政府工作人员要严格遵守本规则的各项规定。\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.date) == (written("山水县人民政府工作规则", script), "2024-04-06 16:34")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_disclosure_table_with_labels_run_into_their_values_is_no_title_nor_dateline(script: str) -> None:
    page = (
        "当前位置:首页>山水县人民政府>工作动态\n"
        "山水乡人民政府网站\n"
        "索引号000014349/2025-20748 成文日期2025-08-12\n"
        "发文机关山水乡人民政府 发布日期2025-08-12\n"
        "发文字号 主题词\n"
        f"{HEADLINE}\n"
        "时间:2025-08-12 来源:山水县融媒体中心\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.date) == (written(HEADLINE, script), "2025-08-12")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("新闻中心", "column"),
        ("强国社区>> 新闻论坛", "crumb"),
        ("鹤政发〔2025〕4号", "number"),
        ("当前报纸名称:南阳日报", "widget"),
        ("吉林省人民政府", "banner"),
        ("中共山水县委组织部", "banner"),
        ("试点变示范山水区成立首个社区大党委", None),
        ("Categories: 未分类", "widget"),
        ("显示模式: 网格 列表", "widget"),
        ("Posted in 新闻动态", "widget"),
        ("教程不断更新中:http://www.example.cn/forum.php?tid=98429", "link"),
        ("客服QQ：800012345  工作时间：9:00-18:00", "contact"),
        ("联系电话：0571-64212345  地址：浙江省杭州市桐庐县迎春南路278号", "contact"),
        ("节目内容     栏目介绍     主创人员", "menu"),
        ("地方 地方焦点", "menu"),
        ("安全第一 预防为主", None),
        ("全县重点项目推进会召开", None),
        ("视频首页>>某某网>>我市召开乡镇行政区划调整工作动员大会", None),
    ],
)
def test_not_title(line: str, reason: str | None) -> None:
    assert metadata.not_title(line) == reason
    assert metadata.not_title(convert(line, "traditional", "simplified")) == reason


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("record", [metadata.TITLE, metadata.SUBTITLE], ids=lambda r: r.name)
def test_the_title_and_subtitle_examples_in_both_scripts(record: object, script: str) -> None:
    """The shared example page has no place below the title: these two run here."""
    example = record.example  # type: ignore[attr-defined]
    if record is metadata.TITLE:
        page = f"东南网\n{example}\n发布时间：2024-03-01 09:30\n{BODY}"
    else:
        page = f"文明清风谱华章\n{example}\n{BODY}"
    doc = cleaned(page, script)
    field = doc.title if record is metadata.TITLE else doc.subtitle
    assert field == written(example, script)
    assert record.name in {r.rule for r in doc.removed}  # type: ignore[attr-defined]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "title", "date"),
    [
        # the page's <title> is the only headline: its first part
        (f"{HEADLINE}_工作动态_某某市人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n", HEADLINE, None),
        # a site's name after the headline, a date after it, a forum's widget after it
        (f"{HEADLINE} - 某某新闻网\n", HEADLINE, None),
        (f"{HEADLINE} 2023-05-12\n", HEADLINE, "2023-05-12"),
        (f"{HEADLINE} [复制链接]\n查看: 1234|回复: 5\n", HEADLINE, None),
        # a bar inside a headline is the headline's own
        ("聚焦两会｜代表委员热议法治政府\n2023-03-05\n", "聚焦两会｜代表委员热议法治政府", "2023-03-05"),
        # the site's owner above the headline
        (f"某某县融媒体中心\n{HEADLINE}\n", HEADLINE, None),
        (f"中共某某县委宣传部\n{HEADLINE}\n", HEADLINE, None),
        # an outlet's name between the headline and the dateline
        (f"{HEADLINE}\n某某日报\n2023-05-12 16:20·四川\n", HEADLINE, "2023-05-12 16:20"),
        # a wire story's lead names its title after the dateline
        (f"发布时间:2023-10-12 01:37\n新华社北京2月28日电 题:{HEADLINE}\n", HEADLINE, "2023-10-12 01:37"),
        (f"某某社某某5月13日电 题：{HEADLINE}\n", HEADLINE, None),
    ],
)
def test_headlines_of_common_templates(page: str, title: str, date: str | None, script: str) -> None:
    doc = cleaned(page + BODY, script)
    assert (doc.title, doc.date) == (written(title, script), date)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_line_over_the_subtitle_is_the_headline_and_the_one_above_it_its_kicker(script: str) -> None:
    page = (
        "第A02版：要闻\n2023年05月12日\n安全第一 预防为主\n"
        f"{HEADLINE}\n——我县扎实推进安全生产专项整治\n本报记者 张三 通讯员 李四\n{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.subtitle, doc.author) == (
        written(HEADLINE, script),
        written("——我县扎实推进安全生产专项整治", script),
        written("张三 李四", script),
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_title_the_text_repeats_on_two_lines_stays_whole(script: str) -> None:
    title = "某某区人民政府关于印发《某某区人民政府工作规则》的通知"
    page = (
        f"{title}\n索引号 SY-000000-2022-00001\n发布时间 2022-01-29\n"
        "某某区人民政府关于印发\n《某某区人民政府工作规则》的通知\n"
        "区政府各委、办、局，各街道办事处、镇政府：\n"
        "《某某区人民政府工作规则》已经区政府常务会议审议通过，现予印发。\n"
        f"{BODY}"
    )
    assert cleaned(page, script).title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_promotions_above_an_aggregators_article_give_way_to_the_title_over_its_byline(script: str) -> None:
    page = (
        "某某媒体平台-某某网站>新闻\n"
        "他一出门就成了全村最靓的仔\n"
        "眼眸深邃、轮廓分明、身材颀长，活生生的一幅画。\n"
        "大学教授与老同学的重逢\n"
        "这在老同学们看来，那么令人感慨。\n"
        "“情人草原”上的新生活\n"
        "某某日报 阅读(0) 评论()\n"
        "本报记者 张三 李四\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written("“情人草原”上的新生活", script), written("张三 李四", script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_byline_below_the_first_paragraph_leaves_the_title_alone(script: str) -> None:
    page = f"{HEADLINE}\n{BODY}本报记者 张三\n{BODY}"
    assert cleaned(page, script).title == written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_date_before_the_headline_is_its_date(script: str) -> None:
    doc = cleaned(f"2023-05-12 {HEADLINE}\n{BODY}", script)
    assert (doc.title, doc.date) == (written(HEADLINE, script), "2023-05-12")
    assert metadata.trim_title("2023年5月12日市政府常务会议召开") == ("2023年5月12日市政府常务会议召开", None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_title_of_latin_words_and_few_characters(script: str) -> None:
    page = "首页 > 技术文章 > 正文\nshell 基础\n2009-10-13 来源:网络\n6.1 什么是shell?\n" + BODY
    assert cleaned(page, script).title == written("shell 基础", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_epaper_page_line_is_no_title(script: str) -> None:
    page = "某某日报 2024年01月10日 第06版\n我国将实施六大行动\n" + BODY
    assert cleaned(page, script).title == written("我国将实施六大行动", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_line_the_page_title_names_is_the_headline(script: str) -> None:
    page = (
        "光阴的故事_老树新芽_新浪博客\n老树新芽的博客\n首页\n博文目录\n光阴的故事\n(2010-05-12 21:33:08)\n"
        + BODY
    )
    assert cleaned(page, script).title == written("光阴的故事", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_line_over_a_threads_copy_link_is_its_title(script: str) -> None:
    """Discuz sets `[复制链接]` under a thread's title; a poster's rank below it is no title, and the
    tool bar between the title and the first post goes with the page's head."""
    page = (
        "查看: 124597|回复: 38253\n[高级教程] 皮肤配置文件的编写方法\n[复制链接]\n随时随地手机跟帖\n"
        "签到天数: 265 天\n[LV.8]以坛为家I\n发表于 2010-5-26 13:51:42 | 显示全部楼层 |阅读模式\n"
        "皮肤配置文件被分为四个部分，每一部分都有自己的设定，下面逐一说明它们的写法。\n" + BODY
    )
    doc = cleaned(page, script)
    assert doc.title == written("[高级教程] 皮肤配置文件的编写方法", script)
    assert next(b.text for b in doc.blocks).startswith(written("皮肤配置文件被分为", script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_the_markup_gives_places_the_title_below_a_portals_chrome(script: str) -> None:
    """`og:title` names the headline: the line that says it is the title, and every line above it,
    a portal's promotions written as sentences among them, is the page's head."""
    promos = [f"第{n}届城市美食节开幕，市民游客纷纷前来品尝各地特色小吃，现场十分热烈。" for n in range(1, 6)]
    headline = "全县重点项目推进会召开"
    page = "\n".join(["某某门户网", "首页", *promos, headline]) + "\n" + BODY
    page = page if script == "simplified" else convert(page, "traditional", "simplified")
    given = written(headline, script)
    doc = clean(page, title=given)
    assert doc.title == given
    assert [b.text for b in doc.blocks] == written(BODY, script).split()
    assert clean(page).title != given or len(clean(page).blocks) > len(doc.blocks)  # the hint decided


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_repeated_over_the_text_is_the_title_and_the_links_between_go(script: str) -> None:
    """A column page names its article, lists the others, then sets the article's headline again."""
    headline = "为台湾拼经济 却开放晶圆厂登陆这不是矛盾吗"
    others = ["拿出魄力处罚晶圆偷跑业者", "国营企业登陆就可以存活吗", "医学教育评鉴获国际认可之后"]
    page = "\n".join([headline, *others, headline]) + "\n" + BODY
    doc = cleaned(page, script)
    assert doc.title == written(headline, script)
    assert [b.text for b in doc.blocks] == written(BODY, script).split()


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_between_its_date_and_byline_under_a_dated_news_list(script: str) -> None:
    """A site's latest news, a date over each headline, then the article: its date, headline, byline."""
    news = ["2026/03/11", "千田爱纱助阵 竹市食品亮相东京食品展", "2026/03/11", "金门浯江故事短影音竞赛开跑"]
    news += ["2026/03/11", "农业部正式公告禁止饲养危险动物"]
    headline = "提升洽公环境 云林县东势乡公所新建大楼动工"
    page = "\n".join(["某某新闻联合网", *news, "最新消息", "2022/07/13", headline, "记者陈风益/云林报导"])
    doc = cleaned(page + "\n" + BODY, script)
    assert (doc.title, doc.date) == (written(headline, script), "2022-07-13")
    assert doc.author == written("陈风益", script)
    assert [b.text for b in doc.blocks] == written(BODY, script).split()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_dated_title_whose_rest_is_a_labelled_field_stays_whole(script: str) -> None:
    """Its date taken off, `编辑:某某 ● …` would read as the editor's line when cleaned again: the
    title keeps its date, so a cleaned text cleans to itself (found by the idempotence property)."""
    line = "2012-04-10    编辑:庞岚月 ● 城乡居民基础养老金最低标准提高"
    doc = cleaned(line, script)
    assert (doc.title, doc.date) == (written(line, script), "2012-04-10")
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_date_before_a_title_goes_the_first_kept(script: str) -> None:
    doc = cleaned("2012-04-10 2010-05-13 网络交易平台不得滥用大数据“杀熟”", script)
    assert (doc.title, doc.date) == (written("网络交易平台不得滥用大数据“杀熟”", script), "2012-04-10")
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_guanyu_title_runs_on_to_the_line_that_names_its_kind(script: str) -> None:
    page = (
        "发布时间：2024-11-01 21:09\n"
        "山水县人民政府关于推动全县高质量发展\n"
        "奋力书写现代化新篇章的意见\n"
        "山政发〔2024〕16号\n"
        "各乡镇人民政府，县政府各部门：\n"
        f"{BODY}"
    )
    want = "山水县人民政府关于推动全县高质量发展奋力书写现代化新篇章的意见"
    assert cleaned(page, script).title == written(want, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_issuer_on_its_own_line_opens_a_three_line_resolution(script: str) -> None:
    page = (
        "首页 > 公报 > 2007年第23号\n"
        "山水县人民代表大会常务委员会\n"
        "关于批准县财政局发行专项债券及\n"
        "调整2007年末债务余额限额的决议\n"
        "（2007年6月29日山水县第十届人民代表大会常务委员会第二十八次会议通过）\n"
        "山水县第十届人民代表大会常务委员会第二十八次会议，听取了县财政局局长所作的说明，并对议案进行了审议。\n"
        f"{BODY}"
    )
    want = "山水县人民代表大会常务委员会关于批准县财政局发行专项债券及调整2007年末债务余额限额的决议"
    assert cleaned(page, script).title == written(want, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_guanyu_line_over_a_sentence_stays_alone(script: str) -> None:
    page = f"关于开展安全生产大检查\n发布时间：2024-03-01 09:30\n{BODY}"
    assert cleaned(page, script).title == written("关于开展安全生产大检查", script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "head",
    [
        "Categories: 未分类\n",  # a blog's label
        "地方 地方焦点\n",  # a column and its sub-column
        "节目内容     栏目介绍     主创人员\n",  # a programme page's menu
        "教程不断更新中:http://www.example.cn/forum.php?tid=98429\n",  # a line with an address
        "人民网首页|上海频道首页\n",  # columns' names parted by a bar
    ],
)
def test_a_label_menu_or_link_line_gives_way_to_the_headline_below(head: str, script: str) -> None:
    page = f"{head}\n{HEADLINE}\n\n{BODY}"
    assert cleaned(page, script).title == written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_site_name_after_a_hyphen_without_spaces_is_cut(script: str) -> None:
    assert metadata.trim_title(written(f"{HEADLINE}-某某新闻网", script)) == (written(HEADLINE, script), None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_given_headline_loses_the_sites_name_and_keeps_its_marks(script: str) -> None:
    from reader.document import Article
    from reader.engine import analyse

    def given(title: str) -> str | None:
        text = written(f"{title}\n首页 新闻 时政\n{HEADLINE}\n{BODY}", script)
        return analyse(Article("1", "p.html", text, title=written(title, script))).title

    assert given(f"{HEADLINE}-某某新闻网") == written(HEADLINE, script)
    assert given(f"{HEADLINE}(多图)") == written(f"{HEADLINE}(多图)", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_line_that_says_a_given_headline_alone_is_the_title(script: str) -> None:
    # The page's <title> opens its text with the site's names; the headline's own line is below.
    page = written(f"{HEADLINE}-某某新闻网河北频道-某某新闻网\n首页 新闻 时政\n{HEADLINE}\n{BODY}", script)
    doc = clean(page, None, written(HEADLINE, script))
    titled = [r.line for r in doc.removed if r.rule == "metadata.title"]
    assert titled == [3]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "title"),
    [
        (f"议论风生/{HEADLINE}\\张小明、李晓红", HEADLINE),  # a column's name, the writers after a backslash
        (f"《{HEADLINE}》(2002年3月28日)", HEADLINE),  # a programme's name as the page's title
        (
            "学习《条例》心得体会交流会召开",
            "学习《条例》心得体会交流会召开",
        ),  # a work named inside a headline
        ("中美/中欧贸易新动向",) * 2,  # a slash inside a headline
    ],
)
def test_a_columns_name_its_writers_and_a_works_brackets_are_no_part_of_the_title(
    line: str, title: str, script: str
) -> None:
    doc = cleaned(f"{line}\n发布时间：2024-03-01 09:30\n{BODY}", script)
    assert doc.title == written(title, script)
    assert metadata.trim_title(doc.title)[0] == doc.title  # trimmed once, no further


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_title_under_an_epigraph_opens_the_text(script: str) -> None:
    page = f"梦想破碎是没有声音的，它只是缓慢又沉默地离开了。 by 苏更生\n\n{HEADLINE}\n\n{BODY}"
    assert cleaned(page, script).title == written(HEADLINE, script)
    # Without the attribution, the first line is the text's own: no title is made up.
    plain = f"梦想破碎是没有声音的，它只是缓慢又沉默地离开了。\n\n{HEADLINE}\n\n{BODY}"
    assert cleaned(plain, script).title != written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_head_set_twice_at_the_texts_start_gives_title_and_subtitle(script: str) -> None:
    sub = "——全县上下奋力推进重点项目建设侧记"
    page = f"01版:要闻\n02版:权威发布\n{HEADLINE} {sub}\n{HEADLINE}\n{sub}\n{BODY}"
    doc = cleaned(page, script)
    assert (doc.title, doc.subtitle) == (written(HEADLINE, script), written(sub, script))
    assert not any(HEADLINE in written(b.text, "simplified") for b in doc.blocks)  # the repeat is head


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_documents_field_row_names_its_title_and_stays_its_text(script: str) -> None:
    row = (
        "例稿名称：山水地方法院公告（第二次拍卖） 发文日期：2018年3月13日 "
        "主旨：公告以投标方法拍卖不动产有关事项。"
    )
    doc = cleaned(f"预览窗口\n{row}\n{BODY}", script)
    assert doc.title == written("山水地方法院公告（第二次拍卖）", script)
    assert any("主旨" in written(b.text, "simplified") for b in doc.blocks)  # the row's fields stay text


LONG_BODY = (
    "4月20日上午，县发展改革局通过网上方式举行4月份新闻发布会，介绍全县重点项目推进情况。\n"
    "新闻发布会上，县发展改革局负责人表示，一季度全县重点项目开工率达到九成，重点项目投资同比增长。\n"
    "下一步，县发展改革局将加快推进重点项目审批，确保重点项目按期建成投产，新闻发布会回答了记者提问。\n"
    "县发展改革局还通报了重点项目用地、用电、用工保障情况，全县重点项目推进会将于下月召开。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_line_that_says_nothing_of_the_text_gives_way_to_the_one_that_does(script: str) -> None:
    own = "县发展改革局召开4月份线上新闻发布会"
    page = f"首页 | 重要新闻\n{own}\n某某娱乐官网注册网址是什么\n2020-04-21\n{LONG_BODY}"
    assert cleaned(page, script).title == written(own, script)
    # The line's copy closing the page says nothing of the text (a later rule takes it as the title's).
    page += "某某娱乐官网注册网址是什么\n"
    assert cleaned(page, script).title == written(own, script)
    # A programme's title over its first story's headline, below the dateline, stays the title.
    show = "2021年1月9日 晚间节目音频及文稿(打卡有礼)"
    page = f"{show}\n2021-01-10 22:26\n{own}\n{LONG_BODY}"
    doc = cleaned(page, script)
    assert doc.title == written("晚间节目音频及文稿(打卡有礼)", script)
    # …and on the cleaner's own output, the story's headline under it and the dateline gone
    assert clean(doc.text()).title == doc.title


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_forums_print_view_indents_its_head_with_dashes(script: str) -> None:
    page = (
        "以文本方式查看主题\n"
        "--  作者:某某网友\n"
        "--  发布时间:2009/5/22 21:23:00\n"
        f"--  ★[转帖]{HEADLINE}\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.subtitle) == (written(f"★[转帖]{HEADLINE}", script), None)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_forum_posts_tagged_title_under_the_posters_name(script: str) -> None:
    post = "我在求解反应动力学方程时遇到一个非常棘手的问题，请大家帮忙看看，先谢谢每一位关注的朋友。\n"
    head = "该帖已被版主设为精华，感谢作者的分享。\njlzeng\n木虫 (正式写手)\n"  # a notice no rule knows
    page = f"{head}[交流] 【求助】反应动力学求解\n{post}{BODY}"
    assert cleaned(page, script).title == written("[交流] 【求助】反应动力学求解", script)
    # An untagged short line there is the poster's, not a title.
    untagged = page.replace("[交流] 【求助】", "")
    assert cleaned(untagged, script).title != written("反应动力学求解", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_short_title_under_the_dateline_that_the_text_speaks_of(script: str) -> None:
    text = (
        "今天周六下午和同事约好去城东的野河钓鱼，可是到了才发现河边全是人，只好去附近一个废弃的野塘。\n"
        "废弃的野塘里水草很多，我们打了窝，等了一个小时也没有口，同事说不如下去游游泳算了。\n"
        "傍晚回家，看到小区楼下也有很多人在钓鱼，看来今天大家的运气都不太好，下周再来野塘试试。\n"
    )
    page = f"2017年08月05日 15:51\n废弃野塘\n钓鱼之家\n翘嘴\n{text}"
    assert cleaned(page, script).title == written("废弃野塘", script)
    # A menu item the text says nothing of stays the menu's.
    other = page.replace("废弃野塘\n", "摄影天地\n", 1)
    assert cleaned(other, script).title != written("摄影天地", script)
    # The cleaner's output opens with the title, the dateline gone: the first line is it still.
    doc = cleaned(page, script)
    assert clean(doc.text()).title == doc.title


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_series_tag_before_a_repeated_title_is_the_headlines_own(script: str) -> None:
    title = "【第3版嵌入式教程】第40章 颜色格式说明"
    page = f"{title}\n教程不断更新中:http://www.example.cn/forum.php?tid=1\n第40章 颜色格式说明\n{BODY}"
    assert cleaned(page, script).title == written(title, script)
    # A site's name before it is no part of the headline (the portal's longer title loses).
    page = f"某某本地宝第40章 颜色格式说明\n教程不断更新中\n第40章 颜色格式说明\n{BODY}"
    assert cleaned(page, script).title == written("第40章 颜色格式说明", script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_title_set_again_without_its_date_is_the_title(script: str) -> None:
    title = "二、争先锋、树形象，提升服务水平"  # numbered: a heading, were it the text's
    doc = cleaned(f"{title} (2010-05-12 21:33:08)\n{title}\n", script)
    assert doc.title == written(title, script)
    assert all(b.text != doc.title for b in doc.blocks)
    assert clean(doc.text()).text() == doc.text()


# A page whose first line is a list of keywords (a mirror's stuffing, a dumped <meta keywords>): its
# commas make it read as prose, so the text seems to start above the title. The title is the line
# over the first line that opens with a date and goes on (a time, a byline, counters, a source).
KEYWORDS = (  # longer than a title, so it is no title
    "免费在线电影,高清视频免费播放,最新电视剧大全,综艺节目在线观看,热门动漫免费看,经典老歌在线试听,小说排行榜\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("dateline", "date", "author"),
    [
        ("2023/3/5 09:43(3/5 10:26 更新)", "2023-03-05 09:43", None),
        ("2017-11-08 20:21:54张三 李四", "2017-11-08 20:21", None),
        # spaced like a menu, so a chrome rule took it for links
        ("2020-02-18 17:23:00  来源:某某先锋  作者:王五", "2020-02-18 17:23", "王五"),
    ],
)
def test_the_title_over_a_dateline_below_a_keyword_list(
    dateline: str, date: str, author: str | None, script: str
) -> None:
    doc = cleaned(f"{KEYWORDS}?\n{HEADLINE}\n{dateline}\n{BODY}", script)
    assert (doc.title, doc.date, doc.author) == (written(HEADLINE, script), date, written(author, script))
    assert not any(written(HEADLINE, script) in b.text for b in doc.blocks)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_date_alone_under_a_notices_issuer_signs_it_and_names_no_title(script: str) -> None:
    signer = "某某市人民政府 某某市中级人民法院"
    page = (
        "各县(区)人民政府、法院,市政府各部门:\n"
        "《某某市人民政府关于完善某某机制的意见》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        f"{signer}\n2025年4月30日\n{signer}\n关于完善某某机制的意见\n{BODY}"
    )
    assert cleaned(page, script).title != written(signer, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_title_over_a_writers_bare_name_over_a_late_dateline(script: str) -> None:
    # the byline without its label (`翁佳美`) stands between the headline and the dateline
    page = f"{KEYWORDS}?\n{HEADLINE}\n翁佳美\n2024年09月14日08:35 | 来源:某某日报\n{BODY}"
    doc = cleaned(page, script)
    assert (doc.title, doc.date, doc.author) == (written(HEADLINE, script), "2024-09-14 08:35", "翁佳美")


WIRE_BODY = (
    "近年来，多地立足古村文化特点，推进乡风文明建设，古村文化焕新生，村民日子好起来，乡风文明入人心。\n"
    "在岭南古村，村民们自发修缮祠堂，开展文化活动，古村文化成为乡风文明建设的重要载体，村民日子越过越红火。\n"
    "在苏北乡村，志愿服务队走村入户，帮助村民解决急难愁盼问题，乡风文明建设让村民日子更加舒心。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_injected_title_gives_way_to_the_headline_a_wire_dateline_names(script: str) -> None:
    # a spam host's line over the dateline says nothing of the text; `…电 题：X` names the headline,
    # and the host's author slot filled with it names no one: the wire's byline does
    headline = "古村文化焕新生 村民日子好起来"
    page = (
        "首页\n女王视频免费看\n"
        f"时间:2025-05-25 08:25:18 作者:{headline} 浏览量:57724\n"
        f"新华社广州5月22日电 题:{headline}\n新华社记者张三、李四\n{WIRE_BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written(headline, script), written("张三、李四", script))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("gap", [" ", "|"])
def test_a_headlines_closing_clause_said_again_in_a_card_is_no_title_of_its_own(
    gap: str, script: str
) -> None:
    # a card of short lines says the headline's last clause again: a clause, not the article's title
    headline = f"春耕备播进展顺利{gap}夏季粮油丰收有基础"
    card = "\n\n".join(
        [
            "新华社讯 农业农村部4月20日发布消息",
            "目前春耕备播进展顺利",
            "全国春播粮食已完成近两成",
            "进度同比略快",
            "夏季粮油丰收有基础",
            "全年粮食意向种植面积稳中有增",
        ]
    )
    doc = cleaned(f"{headline}\n来源:新华社    2023-04-20 20:48:37\n\n{card}\n", script)
    assert doc.title == written(headline, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_portals_name_glued_to_the_title_gives_way_to_the_articles_own(script: str) -> None:
    own = "山水镇人民政府关于取消南山村庙会的通告"
    doc = cleaned(f"保定{own}\n发布时间:2020-02-25\n{own}\n{BODY}", script)
    assert doc.title == written(own, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_title_over_a_bare_timestamp_below_a_consent_banner(script: str) -> None:
    # the banner reads as prose, so the text seems to start there; a date timed to the minute under
    # the headline is its dateline (a notice's signing date is never timed)
    banner = "本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,当您关闭此视窗,代表您同意上述规范。"
    doc = cleaned(f"{banner}\n下载\n\n{HEADLINE}\n\n2020/2/22 20:12\n\n{BODY}", script)
    assert (doc.title, doc.date) == (written(HEADLINE, script), "2020-02-22 20:12")


FESTIVAL_BODY = (
    "【本报消息】街总举行街坊节开幕礼暨社区服务大楼开放日，邀请居民参与睦邻互助活动，街坊节开幕当日人流不断。\n"
    "活动开幕式昨日下午在社服大楼礼堂举行，街坊节以睦邻互助为主题，推动街坊之间守望相助，共建和谐社区。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_head_line_written_twice_over_an_advert_that_says_nothing_of_the_text(script: str) -> None:
    # an e-paper's article page: an advert over the edition's date, the headline over the photo's
    # caption and again over the text
    headline = "街坊节开幕推睦邻互助"
    page = (
        f"某某银行全币种信用卡\n2023年07月16日\n第A09版:澳闻\n虚拟图书馆\n\n{headline}\n\n出席活动人士合照\n\n"
        f"{headline}\n\n{FESTIVAL_BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.date) == (written(headline, script), "2023-07-16")


VILLAGE_BODY = (
    "时间长了没有看我们村上的微信群，今天翻开一看，觉得挺有意思的，群里有人晒庄稼，有人问路。\n"
    "群主是我们的村主任，建这个微信群是为了方便村民们互动，一个村有四个小组，总共二百多户人家。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_short_title_written_twice_over_the_byline_is_the_headline(script: str) -> None:
    # too short for a chrome rule to leave it (it reads as a share widget's label); written twice
    # over the byline and said by the text, it is the post's title
    byline = "作者: 雪域芨芨草 | 来源:发表于2024-06-09 20:17 被阅读0次"
    page = f"美文网首页\n村微信群\n\n村微信群\n\n{byline}\n\n{VILLAGE_BODY}"
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written("村微信群", script), "雪域芨芨草")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_writers_posting_and_name_under_an_editors_note_is_no_title(script: str) -> None:
    # a trainee reporter's notes: the headline says little of the text in its words, and the byline
    # (`筻口镇 谭好`, where the writer is posted, then the name) does; it stays a byline
    headline = "[心得体会]走近乡间·亲近绿色"
    page = (
        f"{headline}\n\n"
        "编者按:记者下基层是践行“走转改”的重要举措,新闻单位编辑记者分赴各乡镇开展为期一个月的实践锻炼。\n\n"
        "筻口镇 谭好\n\n"
        "来到岳阳县筻口镇下基层锻炼已有一周的时间,筻口镇的干部带着我走村入户,了解筻口镇精准扶贫的情况。\n"
        "5月16日,第一次参加筻口镇精准扶贫工作推进会,筻口镇全体机关干部、各村村干部就工作进行了部署。\n"
    )
    assert cleaned(page, script).title == written(headline, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_title_over_its_share_bar_not_the_neighbour_post_below_it(script: str) -> None:
    # a self-media post: the share bar stands under the title, and the link to the series' previous
    # part under the bar, right over the text; the bar is no furniture of the page's head
    page = (
        "网易首页 > 网易号 > 正文 申请入驻\n\n"
        "2026回乡见闻(二):乡镇的虚假繁荣\n\n0\n分享至\n\n"
        "2026回乡见闻(一):消失的村庄\n\n"
        f"{BODY}"
    )
    doc = cleaned(page, script)
    assert doc.title == written("2026回乡见闻(二):乡镇的虚假繁荣", script)
    # the link to the series' other part is no line of the text
    assert doc.blocks[0].text == written(BODY.splitlines()[0], script)
    assert "chrome.related" in [r.rule for r in doc.removed]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_line_under_the_title_that_opens_as_it_does_is_still_the_text(script: str) -> None:
    # the same subject opening the first line is no series: only a part's number sets a series apart
    title = "人力资源社会保障部召开2023年三季度新闻发布会"
    first = "人力资源社会保障部新闻发言人陈峰介绍"
    doc = cleaned(f"{title}\n{first}\n{BODY}", script)
    assert doc.blocks[0].text == written(first, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_headline_under_a_topics_blurb_with_no_title_above_it(script: str) -> None:
    # a special topic's page: the topic's introduction, a paragraph, over the lead story's headline
    blurb = (
        "为全面贯彻落实关于加强基层治理的部署要求，人民网上海频道从基层鲜活的实践案例中撷取一批"
        "可总结、可复制、可推广的社会治理样本予以呈现。"
    )
    headline = "上海:“美好社区 先锋行动”探索超大城市基层治理新路"
    doc = cleaned(f"人民网首页|上海频道首页\n\n{blurb}\n\n{headline}\n\n{BODY}", script)
    assert doc.title == written(headline, script)
    assert doc.blocks[0].text == written(BODY.splitlines()[0], script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_posts_dateline_signed_after_its_readers_count_is_no_title(script: str) -> None:
    # a blog mirror's head: a title too short to tell from a column's name (the text never says it),
    # the dateline with the readers' count and the writer's name last, the title again (a photo's
    # caption): the dateline is read, and no title is made of what it leaves
    text = (
        "出小区左拐十米便是条小巷。小巷长约二百米，延至菜市。有市容检查时它是仅容一车的巷子。\n"
        "无城管赶人的时候它自发为一个集。集上的菜比菜市场的便宜些，不很讲究的话，各式菜品可以买齐。\n"
        "这很像乡镇的三六九的集日。走进去可让时光倒转三十年，享受这尘世的味道。\n"
    )
    doc = cleaned(f"赶圩\n\n2017-12-31  本文已影响20人  我唐\n赶圩\n\n{text}", script)
    assert (doc.title, doc.date, doc.author) == ("", "2017-12-31", "我唐")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_blog_posts_title_under_its_counted_dateline_below_the_sites_top_bar(script: str) -> None:
    # a personal blog's page: the site's bar of links, the post's time with its popularity and replies
    # and the links to its neighbours, the title; the owner signs under the post
    page = (
        "24h购物| | PChome| 登入\n"
        "2011-09-24 15:08:47| 人气1,379| 回应0 | 上一篇 | 下一篇\n\n"
        "来去乡下住一晚\n\n"
        f"{BODY}\n"
        "台长: 吕大吉\n"
        "人气(1,379) | 回应(0)| 推荐 (0)| 收藏 (0)| 转寄\n"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.date, doc.author) == (
        written("来去乡下住一晚", script),
        "2011-09-24 15:08",
        written("吕大吉", script),
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_login_boxs_labels_over_the_dateline_are_no_title(script: str) -> None:
    """`检索: 帐户 密码`: a label with its colon, then short labels, is a form, no phrase of words."""
    page = (
        "检索: 帐户 密码\n检索 | 新用户 | 加入最爱 | 本报PDF版 | | 简体\n2024年3月1日 星期五\n"
        "您的位置: 文汇首页 > > 即时新闻\n【打印】 【投稿】 【推荐】 【关闭】\n\n"
        f"{HEADLINE}\n\nhttp://news.example.com   [2024-03-01]\n\n{BODY}"
    )
    assert cleaned(page, script).title == written(HEADLINE, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_profile_cards_empty_field_is_no_title(script: str) -> None:
    """`身份等级 | |||`: a card's label whose value was a picture; the post's title is under the card,
    its poster the card's `发表作者`; the forum's board above the card is no title."""
    page = (
        "作品发表区\n发表作者 | 好老爹 | 个人积分 | 458 |\n身份等级 | |||\n"
        f"作品类别 | 人文 | 发表时间 | 2012.07.06 22:14 |\n{HEADLINE}\n{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written(HEADLINE, script), written("好老爹", script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_photos_caption_marked_with_a_triangle_is_no_title(script: str) -> None:
    """A blog post's title that the text's start does not repeat stays over a `▲` caption that it does."""
    title = "天公庙到底是在拜谁?虎边龙边该走哪一边?藻井的由来与蜘蛛网有关?"
    page = (
        f"{title}\n身为五年级后段生，对台湾民间信仰其实很陌生。虽然从小常跟家人出门，多半是顺应大人要求，做做样子。\n"
        "▲洪某某老师\n今天的导览老师洪某某，不但博学多闻，还是知名药局负责人，经常受访，常见于报章电视媒体，且热心公益。\n"
        "一开场，洪某某老师就先亮出园区破土时使用的金铲子，上面有市长的亲笔签名，据说摸了会带来好运，信不信由你啰！\n"
    )
    assert cleaned(page, script).title == written(title, script)
    assert metadata.not_title("▲洪某某老师") == "caption"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_reporters_filed_credit_under_a_long_desk_name_is_a_byline_no_title(script: str) -> None:
    """`…校园记者范某某/新北报导` on its own line, under a tag list's label, is the byline: the title is
    the line above the label."""
    page = (
        f"寻找你的乐生活\n人气 1239\n{HEADLINE}\n相关关键字\n#文化里 #周世英 #在地乐 #主题乐\n"
        f"某某大学某某房屋公益产学合作校园记者范湧珩/新北报导\n{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written(HEADLINE, script), written("范湧珩", script))
    assert [r.rule for r in doc.removed if r.text == written("相关关键字", script)] == ["chrome.tags"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_two_character_title_under_a_breadcrumb_over_a_dateline_that_opens_with_its_writer(
    script: str,
) -> None:
    """`老话` under the site's breadcrumb (the output drops it, the title then the page's first line),
    over `正宗草民 · 2010-02-11 · 来源:某某之乡`: the title, and the word before the date the writer."""
    text = (
        "眼不见为净——正宗的老话，我加一句：耳闻难信。时光又到了大过年大享受的时候，较之于平日，农历年底年初的物质消耗量自然要大一些。\n"
        "前不久老大队长去世，耳闻此讯后赶去吊唁了一下，那才是农村的老规矩，老话说得好，人走茶凉。\n"
    )
    page = f"首页 > 文章 > 争鸣 > 网友杂谈\n\n老话\n\n正宗草民 · 2010-02-11 · 来源:某某之乡\n\n{text}"
    doc = cleaned(page, script)
    assert (doc.title, doc.author, doc.date) == (
        written("老话", script),
        written("正宗草民", script),
        "2010-02-11",
    )


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("first", ["人民网", "首页", "山水县"])
def test_a_site_a_page_or_a_place_before_the_date_is_no_writer(first: str, script: str) -> None:
    doc = cleaned(f"{HEADLINE}\n{first} · 2010-02-11 · 来源:某某日报\n{BODY}", script)
    assert doc.author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_repost_with_no_title_of_its_own_takes_the_original_headline(script: str) -> None:
    title = "农业农村部负责人首次出席新闻发布会:今年夏粮增产72.5亿,创历史新高"
    page = (
        f"来源:某某新闻\n2024-07-24 11:42:07\n原标题:{title}\n来源:某某新闻\n原标题:{title}\n"
        f"某某新闻记者 姜雪颖 北京报道\n{BODY}"
    )
    doc = cleaned(page, script)
    assert (doc.title, doc.author) == (written(title, script), written("姜雪颖", script))
    again = clean(f"{doc.title}\n" + "\n".join(b.text for b in doc.blocks))
    assert again.title == doc.title


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_reposts_own_title_wins_over_the_original_headline(script: str) -> None:
    page = f"{HEADLINE}\n2024-07-24 11:42:07\n原标题:某某会议隆重召开\n{BODY}"
    assert cleaned(page, script).title == written(HEADLINE, script)


NOTICE_TEXT = (
    "各乡镇人民政府，县人民政府各部门、各直属机构：\n"
    "《山水县关于加快发展保障性租赁住房的实施方案》已经县人民政府研究同意，现印发你们，请认真贯彻执行。\n"
    "山水县人民政府办公室\n2022年7月6日\n山水县关于加快发展保障性租赁住房的实施方案\n"
    "根据自治区有关实施意见精神，结合我县实际，制定本方案，加快发展保障性租赁住房，解决新市民住房困难。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("notice", "title"),
    [
        # the notice that issues the document the page's title names: the notice's title
        (
            "关于印发《山水县关于加快发展保障性租赁住房的实施方案》的通知",
            "关于印发《山水县关于加快发展保障性租赁住房的实施方案》的通知",
        ),
        # a notice that issues another document: the page's title stays
        ("关于印发《山水县城市管理办法》的通知", "山水县加快发展保障性租赁住房的实施方案"),
    ],
)
def test_the_notice_issuing_the_document_the_page_names_is_the_headline(
    notice: str, title: str, script: str
) -> None:
    page = f"《山水县加快发展保障性租赁住房的实施方案》\n山政办发〔2022〕31号\n{notice}\n{NOTICE_TEXT}"
    assert cleaned(page, script).title == written(title, script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("tail", ["五月综合激情婷婷六月色窝", "久久久人精午夜精国"])
def test_a_spam_tail_after_a_bar_leaves_the_headline(script: str, tail: str) -> None:
    """A spam host glues its keywords to the headline after a bar: the tail holds a spam word and none
    of the text's words, the head says what the text says, so the headline is the head."""
    headline = "今年以来全县城镇新增就业累计达五千人"
    body = (
        "记者从县人社局获悉，今年以来全县城镇新增就业累计达五千人，超额完成年度目标任务。\n"
        "县人社局表示，将继续完善就业政策体系，拓宽就业渠道，稳定青年就业局势，做好就业服务。\n"
        "据了解，全县今年还新建零工市场三家，推动就业服务资源向基层延伸、向农村覆盖。\n"
    )
    doc = cleaned(f"{headline}|{tail}\n{body}", script)
    assert doc.title == written(headline, script)
    assert clean(doc.text()).title == doc.title


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_series_name_after_a_bar_stays_in_the_headline(script: str) -> None:
    """A series' name after a bar holds no spam word: the headline keeps it, as the page shows it."""
    headline = "新边行(102)某镇:点亮独石溪 | 决战决胜脱贫攻坚报告文学系列"
    body = (
        "独石溪是某镇的一个村，过去交通闭塞，群众出行困难，如今一条水泥路通到了家家户户门口。\n"
        "村党支部书记说，点亮独石溪，靠的是全村党员群众一起干，靠的是驻村工作队的真心帮扶。\n"
    )
    assert cleaned(f"{headline}\n{body}", script).title == written(headline, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_programmes_site_banner_over_its_clock_is_no_title(script: str) -> None:
    """`《某某之声》栏目官网  某某协会协办` over the site's clock names the site and who co-runs it; the
    headline is the line over the article's own time."""
    headline = "我为家乡代言：某县第一书记的驻村日记"
    page = [
        "《乡村之声》栏目官网      某某协会乡村振兴工作委员会协办",
        "    2020年07月12日 08:14:30 星期日",
        "首页 > 家乡代言",
        headline,
        "时间:2020-12-21 00:14 |编辑:乡村之声|",
    ]
    doc = cleaned("\n".join(page) + "\n" + BODY, script)
    assert doc.title == written(headline, script)
    assert doc.date == "2020-12-21 00:14"
