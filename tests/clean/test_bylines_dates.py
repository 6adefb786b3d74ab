"""Authors and dates on real pages' shapes (issue 10): each rule on a synthetic page of its own, in both
scripts (the Traditional page is OpenCC's s2t of the Simplified one)."""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.chrome import Zones
from reader.clean.metadata import FIELDS, extract, read_date, read_lines
from reader.clean.signals import Unit
from tests.clean.scripts import body_text, in_script

SCRIPTS = ["simplified", "traditional"]
TITLE = "某县召开重点项目推进会"
BODY = (
    "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("lead", "author"),
    [
        # a reporter's title with a qualifier, several names after it
        ("本站讯（职工通讯员 李琴雯 刘会）近日，我院举办了专业技能大赛。", "李琴雯 刘会"),
        # the outlets named before the title
        ("某某报客户端北京9月15日电(某某报·某某网见习记者 赵丽梅)今天，记者从发布会上获悉。", "赵丽梅"),
        # names set apart by 、, and the report's closing word
        ("新华社北京3月14日电(记者熊争艳、丁小溪)会议今天在北京闭幕。", "熊争艳 丁小溪"),
        ("某某网讯(记者邓仕林报道)截至目前，全市工作组已全部进点到位。", "邓仕林"),
        # the lead's opening credit in 【】, the outlet and the reporter's posting before 记者
        (
            "【某某时报赴新疆特派记者 范凌志】如果你有在新疆当公务员的朋友，估计常常会碰到这样的情况。",
            "范凌志",
        ),
        # no brackets: where the reporter filed from opens the lead, behind a slash or a backslash
        ("郑建勋\\台中报导 台中市政府教育局重视学生健康，将口腔保健列入推动议题之一。", "郑建勋"),
        ("记者郑建勋/台中报导 台中市政府教育局重视学生健康，将口腔保健列入推动议题之一。", "郑建勋"),
        # a byline mark opening a lead that runs on (a forum's repost), an attachment's file name first
        ("1210100635459661.jpg □记者 刘斐珺 现在越来越多的年轻人喜欢用网络博客记录生活。", "刘斐珺"),
        ("□本报记者 李琴雯 刘会 近日，我院举办了专业技能大赛，全院职工踊跃参加。", "李琴雯 刘会"),
    ],
)
def test_the_leads_brackets_name_reporters_a_few_paragraphs_in(lead: str, author: str, script: str) -> None:
    # a photo caption and a note stand above the lead
    page = f"{TITLE}\n图为会议现场。（资料图）\n调查问题加载中，请稍候。\n{lead}\n{BODY}"
    assert clean(in_script(script, page)).author == in_script(script, author)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_mark_without_a_reporters_title_opening_the_lead_names_no_one(script: str) -> None:
    page = f"{TITLE}\n◎ 张三 李四 近日，我院举办了专业技能大赛，全院职工踊跃参加。\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_brackets_that_name_no_reporter_give_no_author(script: str) -> None:
    page = f"{TITLE}\n本报讯(通讯员供稿)近日，全市组织部长会议召开。\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_person_in_the_lead_outranks_an_organisation_in_the_dateline(script: str) -> None:
    page = (
        f"{TITLE}\n来源：本站原创 作者：医技药剂党支部\n时间：2019年10月31日 23:00\n"
        f"本站讯（通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合，我院举办了技能大赛。\n{BODY}"
    )
    assert clean(in_script(script, page)).author == in_script(script, "李琴雯 刘会")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_reporter_filing_from_a_place_signs_a_paragraph_before_the_last(script: str) -> None:
    page = (
        f"{TITLE}\n{BODY}"
        "警方已勘验现场并报请相验，将进一步厘清死因。（王煌忠／台中报导）\n"
        "自杀解决不了问题，却留给家人无比悲痛。\n生命线协谈专线：1995\n"
    )
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "王煌忠")
    assert in_script(script, "台中报导") not in body_text(doc)
    assert in_script(script, "将进一步厘清死因。") in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("credit", ["（游丽卿执笔于101/11/11）", "(游丽卿执笔)"])
def test_a_writer_who_penned_it_signs_the_last_paragraph(script: str, credit: str) -> None:
    """`…收获满满回家。(某某执笔于101/11/11)`: a citizen reporter's closing credit, with or without
    the day of writing, names the writer and leaves the text."""
    page = f"{TITLE}\n{BODY}谢谢此次筹划者及参与此次活动的伙伴们，我又收获满满回家。{credit}\n"
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "游丽卿")
    assert in_script(script, "执笔") not in body_text(doc)
    assert in_script(script, "我又收获满满回家。") in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者 王之言 高孜然", "王之言 高孜然"),  # the label set apart by a space
        ("《棱镜》作者 周纯", "周纯"),  # after the column's name
        ("本文来源：某某经济报道 作者：何苗 张梦洁", "何苗 张梦洁"),
        ("执笔/叨叨姐、胡一刀&李小飞刀", "叨叨姐、胡一刀、李小飞刀"),
        ("采写：南都见习记者 林子沛", "林子沛"),  # a reporter's title between label and name
    ],
)
def test_writer_labels_below_the_text(line: str, author: str, script: str) -> None:
    page = f"{TITLE}\n2023-05-12 10:20\n{BODY}{line}\n编辑 周某某\n"
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, author)
    assert in_script(script, author.split()[0].split("、")[0]) not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_thread_starters_floor_header_names_the_poster_and_a_floor_is_no_name(script: str) -> None:
    header = "hotpower|  楼主 | 2008-9-7 10:04 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式"
    doc = clean(in_script(script, f"菜农星期公式揭秘\n楼主\n{header}\n{BODY}"))
    assert (doc.author, doc.date) == ("hotpower", "2008-09-07 10:04")
    doc = clean(
        in_script(script, f"菜农星期公式揭秘\n楼主| 发表于 2022-9-21 00:46:47 | 只看该作者 |倒序浏览\n{BODY}")
    )
    assert (doc.author, doc.date) == (None, "2022-09-21 00:46")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：某某大学公共管理学院教授 张三", "张三"),
        (
            "（本文来源：某某日报 作者：某某中心研究部部长，“一带一路”研究部部长、研究员徐占忱）返回首页",
            "徐占忱",
        ),
    ],
)
def test_a_writer_given_with_the_posts_they_hold(line: str, author: str, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n2023-05-12 10:20\n{BODY}{line}\n{BODY}"))
    assert doc.author == in_script(script, author)
    assert in_script(script, "研究部部长") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("2023-06-15 08:10 来源：某某新闻网 王帆", "王帆"),  # a two-character name jieba does not know
        ("吴为 2015年05月01日 来源:某某报", "吴为"),
        ("李光斗 2015-07-03 11:31:09 0人参与评论", "李光斗"),  # beside a counter
        ("时政 2015年05月01日 来源:某某报", None),  # a column's name is a word
    ],
)
def test_a_name_on_the_dateline(dateline: str, author: str | None, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{dateline}\n{BODY}"))
    assert doc.author == (author and in_script(script, author))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_commenters_name_and_time_below_the_text_is_no_byline(script: str) -> None:
    page = f"{TITLE}\n2017-09-30 21:38\n{BODY}2条回应\n王寂寥2018-07-28 08:06:55\n赞\n回应\n"
    doc = clean(in_script(script, page))
    assert (doc.author, doc.date) == (None, "2017-09-30 21:38")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "author"),
    [
        (f"{TITLE}\n{BODY}posted @ 2024-05-09 14:45 好看的hk 阅读(430) 评论(2) 编辑 收藏 举报\n", "好看的hk"),
        (f"{TITLE}\nA-肖老师-树谷学院 于 2024-05-06 15:47:53 发布\n{BODY}", "A-肖老师-树谷学院"),
    ],
)
def test_a_blog_posts_writer_beside_its_time(page: str, author: str, script: str) -> None:
    assert clean(in_script(script, page)).author == in_script(script, author)


FORUM_HEAD = "建议对鼠神进行改版\n[复制链接]\n"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_posters_name_over_their_profile(script: str) -> None:
    profile = "前程往事\n1\n主题\n5\n帖子\n新手上路\n积分\n5\n发消息\n电梯直达\n楼主\n"
    page = f"{FORUM_HEAD}{profile}发表于 2024-4-5 23:20:45 | 只看该作者 |倒序浏览 |阅读模式\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.author, doc.date) == (in_script(script, "前程往事"), "2024-04-05 23:20")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("above", "floor"),
    [
        ("", "楼主| "),  # the floor before the time on the header's line
        # only on the line of its own over it, the poster's time online and the floor's jump box
        # above it: no name
        ("累计在线\n120730分钟\n", ""),
    ],
)
def test_the_first_posts_edit_note_names_its_poster(above: str, floor: str, script: str) -> None:
    head = f"{floor}发表于 2022-9-21 00:46:47 | 只看该作者\n本帖最后由 晨枫 于 2022-9-20 15:18 编辑\n"
    doc = clean(in_script(script, f"{FORUM_HEAD}{above}跳转到指定楼层\n楼主\n{head}{BODY}"))
    assert (doc.author, doc.date) == (in_script(script, "晨枫"), "2022-09-21 00:46")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_photo_caption_under_the_same_mark_is_no_byline(script: str) -> None:
    page = f"{TITLE}\n原创：某某健康网2024-04-23 12:27:25\n{BODY}◎电影《百元之恋》截图\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_any_outlets_reporter_after_a_byline_mark_even_below_the_lead(script: str) -> None:
    page = f"{TITLE}\n2016-03-07 01:32:36\n“政府工作报告不好起草，难度奇高。”\n◎某经记者 胡健\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "胡健")
    assert in_script(script, "难度奇高") in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_writers_unit_before_the_name_closing_the_text(script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{BODY.rstrip()}(某某市委文明办 刘淑惠)\n"))
    assert doc.author == in_script(script, "刘淑惠")
    assert in_script(script, "文明办") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_outlet_reporter_and_picture_credit_closing_the_text(script: str) -> None:
    credit = "(某某网 记者/王佳豪 图片及信息来自某某县融媒、某某县发布微信公众号)"
    doc = clean(in_script(script, f"{TITLE}\n{BODY.rstrip()}{credit}\n"))
    assert doc.author == in_script(script, "王佳豪")
    assert in_script(script, "融媒") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_closing_credit_over_the_last_photos_caption(script: str) -> None:
    credit = "(某某网 记者/王佳豪 图片及信息来自某某县融媒)"
    caption = "图为参与活动的党员干部参观高原“铁姑娘”发祥地"
    doc = clean(in_script(script, f"{TITLE}\n{BODY.rstrip()}{credit}\n{caption}\n"))
    assert doc.author == in_script(script, "王佳豪")
    assert in_script(script, "融媒") not in body_text(doc)
    assert in_script(script, caption) in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_cut_at_a_verb_is_no_signing_organisation(script: str) -> None:
    page = f"{TITLE}\n{BODY}相关新闻\n- 2016-06-28某某获首届生态文明奖\n- 2016-06-27建宁县举办《\n"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2010 11 2 02:46 AM 23602次查看", "2010-11-02 02:46"),  # spaces for separators, with its time
        ("2022 05/ 13 10:36", "2022-05-13 10:36"),  # a date set in spans: a mark beside a space
        ("2022 05/ 13", None),  # …read only with its time
        ("09/11/2009", "2009-11-09"),  # day first, as Hong Kong writes it
        ("电话 2010 11 2", None),  # spaced numbers without a time are no date
        ("24.08/2015", None),  # one separator throughout
    ],
)
def test_more_date_forms(text: str, date: str | None) -> None:
    assert read_date(text) == date


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("page", "date"),
    [
        (f"Doodle博客的开发过程\n2010 11 2 02:46 AM 23602次查看\n{BODY}", "2010-11-02 02:46"),
        (f"09/11/2009\n播放本新闻相关短片\n{TITLE}\n{BODY}", "2009-11-09"),
        (f"西藏频道 > 正文\n2022 05/ 13 10:36\n来源: 新华社\n{TITLE}\n{BODY}", "2022-05-13 10:36"),
    ],
)
def test_pages_dated_in_those_forms(page: str, date: str, script: str) -> None:
    assert clean(in_script(script, page)).date == date


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_posters_registration_date_is_no_publication_date(script: str) -> None:
    profile = (
        "- 注册时间\n- 2011-7-26\n- 最后登录\n- 2018-5-7\n- 阅读权限\n- 200\n- 积分\n- 5057\n- 精华\n- 9\n|\n"
    )
    page = f"{profile}王县长主持第834次县务会议 发布日期:2014-04-21\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.date == "2014-04-21"
    assert doc.title == in_script(script, "王县长主持第834次县务会议")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_related_lists_dates_never_outrank_the_pages_update_date(script: str) -> None:
    related = "".join(f"某某新闻标题之{n}\n2012年12月{n}日\n" for n in (6, 5, 4))
    page = f"{TITLE}\n更新时间 2012年12月10日, 格林尼治标准时间10:41\n分享\n{BODY}{related}"
    assert clean(in_script(script, page)).date == "2012-12-10"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("01版:要闻\n02版:综合新闻\n前一版 下一版 2024年02月07日\n", "2024-02-07"),  # an e-paper's page bar
        ("首页\n《 某某日报 》 ( 2022年10月18日   第 06 版)\n", "2022-10-18"),  # a citation with its page
        # an e-paper article's bar with its text-size buttons (the weekday left blank) and links
        ("标题导航\n  2022年12月16日 星期 放大 缩小 默认 3 上一篇  下一篇 4 >>返回首页\n", "2022-12-16"),
    ],
)
def test_a_page_with_no_dateline_takes_its_issues_date(head: str, date: str, script: str) -> None:
    assert clean(in_script(script, f"{head}{TITLE}\n{BODY}")).date == date


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_programmes_title_with_its_air_date(script: str) -> None:
    page = f"首页 | 新闻频道 | 电视指南\n《采访受阻事件透视》(2002年3月28日)\n{BODY}"
    assert clean(in_script(script, page)).date == "2002-03-28"


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_issue_date_never_overrides_a_dateline(script: str) -> None:
    page = f"前一版 下一版 2024年02月07日\n{TITLE}\n发布时间：2024-02-06 10:00\n{BODY}"
    assert clean(in_script(script, page)).date == "2024-02-06 10:00"


def test_a_dated_source_that_chrome_took_still_dates_the_page() -> None:
    texts = ["01版:要闻", TITLE, "( 2023-03-15 ) 稿件来源:某某电讯 要 闻", *BODY.split("\n")[:2]]
    verdicts = ["chrome.epaper", None, "chrome.link_farm", None, None]
    fields, _ = read_lines(texts, verdicts, Zones(3, 4))
    assert fields["date"] == "2023-03-15"


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_reporters_paper_after_the_name_is_no_name(script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{BODY.rstrip()}(记者陈昌旭 杭州日报)\n"))
    assert doc.author == in_script(script, "陈昌旭")


@pytest.mark.parametrize("script", SCRIPTS)
def test_writers_behind_a_backslash_after_the_headline(script: str) -> None:
    title = "议论风生/借鉴成都经验 打造北都城乡共融示范区\\阎小颖、何子煜"
    page = f"评论 > 正文\n{title}\n时间:2025-09-16 05:02:12\n{BODY}"
    assert clean(in_script(script, page)).author == in_script(script, "阎小颖 何子煜")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_notice_set_in_one_line_is_dated_by_its_labelled_date(script: str) -> None:
    notice = (
        "例稿名称：某某地方法院公告（第二次拍卖） 发文日期：中华民国107年3月13日 发文字号：某院字第70394号 "
        "主旨：公告以投标方法拍卖本院执行事件，债务人所有如附表所示不动产有关事项。依据：强制执行法第81条。"
    )
    assert clean(in_script(script, f"预览视窗\n{notice}\n")).date == "2018-03-13"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_dateline_below_a_caption_and_widgets_and_the_name_under_it(script: str) -> None:
    page = (
        f"首页\n社会\n{TITLE}\n某县一处工地发生火灾。\n友善列印\n小字型\n大字型\n"
        f"2018年09月16日 15:31 某时\n谢明俊\n{BODY}"
    )
    doc = clean(in_script(script, page))
    assert (doc.date, doc.author) == ("2018-09-16 15:31", in_script(script, "谢明俊"))
    assert in_script(script, "谢明俊") not in body_text(doc)


def test_a_name_under_the_dateline_signs_though_chrome_took_it_for_a_link() -> None:
    texts = ["首页", TITLE, "2018年09月16日 15:31 某时", "谢明俊", *BODY.split("\n")[:2]]
    units = [Unit(i + 1, t) for i, t in enumerate(texts)]
    verdicts = ["chrome.header", None, "metadata.date", "chrome.nav", None, None]
    found, _, _, out = extract(units, verdicts, Zones(4, 5), dict.fromkeys(FIELDS))
    assert (found["author"], out[3]) == ("谢明俊", "metadata.byline")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_title_below_the_texts_start_takes_the_metadata_under_it(script: str) -> None:
    lede = "“以前一坐就是一整天，腰酸背痛。跳了一段时间工间操后，干工作更有效率了。”谈起工间操，他赞不绝口。"
    page = f"{lede}\n{TITLE}\n2012-04-10\n信息来源：某某区人民政府办公室\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.title, doc.date) == (in_script(script, TITLE), "2012-04-10")
    assert "2012-04-10" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_texts_dateline_is_taken_though_the_foot_gave_a_date(script: str) -> None:
    page = f"{TITLE}\n{BODY}\n2018年09月16日 15:31 某时\n{BODY}\n发布日期：2018-09-17\n"
    doc = clean(in_script(script, page))
    assert "15:31" not in body_text(doc)
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_title_below_the_texts_start_reads_the_head_under_it(script: str) -> None:
    lede = "“以前一坐就是一整天，腰酸背痛。跳了一段时间工间操后，干工作更有效率了。”谈起工间操，他赞不绝口。"
    # an organisation alone over the text signs it; a table's row is the head's
    page = f"{lede}\n{TITLE}\n信息来源：某某区人民政府办公室\n某某县人民政府\n内容概述\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.title, doc.author) == (in_script(script, TITLE), in_script(script, "某某县人民政府"))
    assert body_text(doc) == in_script(script, BODY.replace("\n", ""))
    # a labelled line is the head's though a sentence follows its label
    page = f"{lede}\n{TITLE}\n信息来源：某某区人民政府办公室\n编辑：张三 今年以来，全县推行积分管理。\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.title == in_script(script, TITLE)
    assert (doc.editor or "").startswith(in_script(script, "张三"))
    assert body_text(doc) == in_script(script, BODY.replace("\n", ""))


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_dateline_opening_the_text_is_taken(script: str) -> None:
    # taken though the head gave a date, and the one under it too: the text cleaned again opens with them
    head = "发布日期：2010-05-12\n"
    page = f"{TITLE}\n{head}{BODY}(2010-05-12 21:33:08)\n(2010-05-12 21:35:00)\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.date == "2010-05-12"
    assert "2010" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "below",
    [
        "2023/07/15 10:20:05   来源：绵阳日报",
        TITLE,
        f"{TITLE}\n2023/07/15 10:20:05   来源：绵阳日报",
        BODY + BODY,  # the text's paragraphs shown again (`chrome.repeat`)
    ],
    ids=["dateline", "title", "title-dateline", "copies"],
)
def test_the_last_paragraphs_byline_goes_over_a_dateline_or_copies_below_it(below: str, script: str) -> None:
    page = f"{TITLE}\n{BODY}全力以赴把蓝图变为美好现实。(贺欣瑜)\n{below}\n"
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "贺欣瑜")
    assert body_text(doc).endswith(in_script(script, "美好现实。"))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "head",
    [
        # a disclosure table's row: the document signed on the 11th, made public on the 15th
        "发布机构: 某某镇 成文日期: 2021-03-11 发布日期: 2021-03-15",
        "成文日期：2021-03-11\n发布日期：2021-03-15",
        # the day the page was archived is no publication date
        "归档时间:2022-11-21\n来源:某某市政府门户网 日期:2021-03-15 17:08",
    ],
)
def test_the_date_made_public_outranks_the_date_signed_or_archived(head: str, script: str) -> None:
    page = f"{TITLE}\n{head}\n{BODY}"
    assert (clean(in_script(script, page)).date or "")[:10] == "2021-03-15"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "title", "date"),
    [
        # a transcript's or a briefing's day, named only in its headline
        ("", "2025年03月14日新闻联播文字版", "2025-03-14"),
        ("", "国家卫生健康委员会2024年4月18日新闻发布会文字实录", "2024-04-18"),
        # the page's own date outranks the headline's
        ("发布时间：2021-01-10 09:00\n", "2021年1月9日新闻联播音频及文稿", "2021-01-10 09:00"),
        ("", TITLE, None),
    ],
)
def test_a_date_named_only_in_the_headline_is_the_pages(
    head: str, title: str, date: str | None, script: str
) -> None:
    doc = clean(in_script(script, f"{title}\n{head}{BODY}"))
    assert (doc.title, doc.date) == (in_script(script, title), date)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "sign_off",
    ["2018 年 9 月 30 日 上午 10:00 于家中", "2018年9月30日于北京", "2018年9月30日 写于山水县"],
)
def test_a_writers_dated_sign_off_dates_an_undated_post(sign_off: str, script: str) -> None:
    page = f"重拾博客\n\n{BODY}\n{sign_off}\n\n评论\n"
    doc = clean(in_script(script, page))
    assert (doc.date, doc.author) == ("2018-09-30", None)  # `于北京` is where, no one's name


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_unlabelled_dateline_of_date_writer_and_outlet(script: str) -> None:
    # a county paper's line under its title: the date, the writer, the outlet, no label among them
    page = f"{TITLE}\n\n2026-02-02 张芳旭 某某新闻网\n\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.date, doc.author, doc.source) == (
        "2026-02-02",
        in_script(script, "张芳旭"),
        in_script(script, "某某新闻网"),
    )


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("label", ["发布日期", "发布人", "发布机构"])
def test_a_dateline_under_a_title_below_the_texts_start_is_read(label: str, script: str) -> None:
    # a promotion's sentence above the title: the dateline stands in the text, read by its label alone
    # (in Traditional as OpenCC writes it, `發佈日期`, as well as `發布日期`)
    page = (
        f"县里召开推进会，部署今年的重点任务，各乡镇负责人参加。\n{TITLE}\n{label}：2023-05-12 16:20\n{BODY}"
    )
    doc = clean(in_script(script, page))
    assert (doc.title, doc.date) == (in_script(script, TITLE), "2023-05-12 16:20")
    assert "2023" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_events_time_over_its_place_is_not_the_pages_date(script: str) -> None:
    """`时间：` over `地点：` gives the day of the outing the post tells of; the post's own timestamp
    under its title is the page's date. With no place under it, `时间：` labels the page's date."""
    event = ["时间：2012年11月10日", "地点：某县某乡"]
    page = [TITLE, "2012/11/11 08:11", *event]
    doc = clean(in_script(script, "\n".join(page) + "\n" + BODY))
    assert doc.date == "2012-11-11 08:11"
    alone = clean(in_script(script, "\n".join([TITLE, "2012/11/11 08:11", event[0]]) + "\n" + BODY))
    assert alone.date == "2012-11-10"
    only = clean(in_script(script, "\n".join([TITLE, *event]) + "\n" + BODY))
    assert only.date == "2012-11-10"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("stamp", ["2025-03-11某某旅游网", "2025-03-11 某某旅游网", "某某旅游网 2025-03-11"])
def test_a_reposts_date_beside_the_sites_name_is_the_pages_date(script: str, stamp: str) -> None:
    """A repost's stamp under the headline, the date glued to the site's name: the page's date and
    source, and no line of the text."""
    doc = clean(in_script(script, f"{TITLE}\n{stamp}\n{BODY}"))
    assert (doc.date, doc.source) == ("2025-03-11", in_script(script, "某某旅游网"))
    assert "2025" not in body_text(doc)
