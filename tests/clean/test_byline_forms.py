"""More byline forms from real pages (issue 10): each on a synthetic page of its own, in both scripts
(the Traditional page is OpenCC's s2t of the Simplified one), and the ordinary text they must not
turn into an author."""

from __future__ import annotations

import pytest

from reader.clean import clean
from tests.clean.scripts import body_text, in_script

SCRIPTS = ["simplified", "traditional"]
TITLE = "某县召开重点项目推进会"
BODY = (
    "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
)
LAST = "会议强调，要强化要素保障，优化营商环境，为项目建设提供有力支撑。"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # the outlet in title marks, the place the reporter filed from after a bar
        ("《某某经济周刊》记者 张明 | 新疆阿克苏报道", "张明"),
        # the outlet's app
        ("某某+记者 张明", "张明"),
        ("某某日报客户端记者 张明 李华", "张明 李华"),
    ],
)
def test_a_reporter_titled_by_their_outlet_signs_above_the_text(
    byline: str, author: str, script: str
) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{byline}\n{BODY}"))
    assert doc.author == in_script(script, author)
    assert in_script(script, byline) not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # two outlets share the reporter; names run on after their roles
        ("(某某日报、某某网记者李华通讯员王强)", "李华 王强"),
        # the report's closing word, and a planner, who is no author
        ("(某某日报客户端记者 张明 赵丽 报道 策划 马玉峰)", "张明 赵丽"),
        # the correspondent writes too, run on after a slash
        ("(记者/梁乾胜通讯员/姚虹伊)", "梁乾胜 姚虹伊"),
    ],
)
@pytest.mark.parametrize("foot", ["", "版权声明：本文源自网络，由某某网整理发布，共 231 字。\n"])
def test_a_reporters_brackets_below_the_text_name_them(
    byline: str, author: str, foot: str, script: str
) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{BODY}{LAST}\n{byline}\n{foot}"))
    assert set(doc.author.split()) == set(in_script(script, author).split())
    assert in_script(script, LAST) in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_apps_credits_after_bars_are_fields(script: str) -> None:
    page = f"{TITLE}\n{BODY}{LAST}\n来源 | 中新社\n记者 | 郎佳慧\n编辑 | 廉伟\n"
    doc = clean(in_script(script, page))
    assert (doc.author, doc.source, doc.editor) == tuple(
        in_script(script, v) for v in ("郎佳慧", "中新社", "廉伟")
    )
    assert "中新社" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_credits_lines_together_name_every_writer(script: str) -> None:
    page = (
        f"{TITLE}\n{BODY}{LAST}\n"
        "某某+记者 张明\n通讯员 冯锐钊\n【作者】 张明\n【来源】 某某报业传媒集团客户端\n"
    )
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "张明 冯锐钊")
    assert doc.source == in_script(script, "某某报业传媒集团客户端")
    assert in_script(script, "冯锐钊") not in body_text(doc)


# Found by the no-invented-characters property: the role went, and the `0` after it was joined by a
# space the page never had, as a second name.
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("byline", ["作者：张明通讯员0", "记者/张明通讯员/0"])
def test_a_name_holds_a_letter(byline: str, script: str) -> None:
    page = f"{TITLE}\n{byline}\n{BODY}{LAST}"
    assert clean(in_script(script, page)).author == in_script(script, "张明")


@pytest.mark.parametrize("script", SCRIPTS)
def test_credits_apart_from_the_first_byline_add_no_one(script: str) -> None:
    page = f"{TITLE}\n作者：张明\n{BODY}{LAST}\n记者 李华\n"
    assert clean(in_script(script, page)).author == in_script(script, "张明")


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_interviewers_question_is_no_byline(script: str) -> None:
    page = f"{TITLE}\n{BODY}《某某经纬》记者：这时候他已经打了你一下？\n{LAST}\n"
    doc = clean(in_script(script, page))
    assert doc.author is None
    assert in_script(script, "这时候他已经打了你一下") in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("outlet", ["某某新闻网", "某某日报", "某某县融媒体中心"])
def test_a_person_closing_the_text_outranks_an_outlet_given_as_writer(outlet: str, script: str) -> None:
    page = f"{TITLE}\n作者：{outlet}  发布时间：2024-03-01\n{BODY}{LAST}(杨帆)\n"
    assert clean(in_script(script, page)).author == in_script(script, "杨帆")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "head",
    [
        "看板 Live\n作者 Append (鸦片)\n标题\n[技术] 某某设定的技术解释\n时间 Sat Aug  3 01:56:16 2013",
        # the header run into one line, as a mirror of PTT prints it
        "看板Expansion07 (龙骑士07)作者Append (喵喵叫的猫)时间17年前 (2009/02/05 04:55)推嘘32(32推 0嘘)",
    ],
)
def test_a_ptt_headers_account_is_the_author_not_its_nickname(head: str, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{head}\n{BODY}"))
    assert doc.author == "Append"
    assert in_script(script, "鸦片") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_word_and_its_gloss_after_zuozhe_is_no_ptt_header(script: str) -> None:
    assert clean(in_script(script, f"{TITLE}\n作者 Python (编程语言) 入门\n{BODY}")).author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("profile", "poster"),
    [
        ("甘仔超     Rank: 2Rank: 2\n蓝之初\n性别 保密\nUID 2391\n帖子 260\n积分 100   详情", "甘仔超"),
        ("只看楼主收藏回复\n绫清逸\n中级粉丝\n2", "绫清逸"),
    ],
)
def test_a_threads_poster_stands_over_their_rank(profile: str, poster: str, script: str) -> None:
    page = f"{TITLE}\n{profile}\n发表于 2007-9-21 08:23\n{BODY}"
    doc = clean(in_script(script, page), title=in_script(script, TITLE))  # the title the markup gives
    assert doc.author == in_script(script, poster)
    assert in_script(script, poster) not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_heading_about_points_is_no_rank(script: str) -> None:
    page = f"{TITLE}\n活动简介\n积分兑换规则\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("head", "owner"),
    [
        (
            "加载中…\n个人资料\n快乐双冠王\n快乐双冠王\n• 博客等级:\n• 博客积分:0\n• 博客访问:18,716",
            "快乐双冠王",
        ),
        ("lxg133298的个人博客分享 http://blog.example.cn/u/lxg133298\n博文", "lxg133298"),
    ],
)
def test_a_blogs_owner_writes_its_posts(head: str, owner: str, script: str) -> None:
    page = f"{head}\n{TITLE}\n(2012-11-23 08:42:09)\n{BODY}"
    assert clean(in_script(script, page)).author == in_script(script, owner)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_profile_box_without_a_blogs_counters_names_no_owner(script: str) -> None:
    page = f"个人资料\n快乐双冠王\n联系我们\n{TITLE}\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("byline", ["■ 本报评论员", "本报记者", "特约小记者北京访“两会”"])
def test_a_role_without_a_name_or_a_quoted_phrase_names_no_one(byline: str, script: str) -> None:
    assert clean(in_script(script, f"{TITLE}\n{byline}\n{BODY}")).author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("来源: 某某网作者:霍艳华编辑:孙畅2020-04-23 17:07:00", "霍艳华"),
        ("2020-04-23 17:07:00 作者:张明摄影:李华", "张明"),
        ("2020-04-23 17:07:00 作者:编辑:孙畅", None),  # a label is no name
    ],
)
def test_a_writer_ends_where_the_next_label_starts(line: str, author: str | None, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{line}\n{BODY}"))
    assert (doc.author, doc.date) == (author and in_script(script, author), "2020-04-23 17:07")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_source_ends_where_the_editors_label_starts(script: str) -> None:
    page = f"{TITLE}\n2025-08-21 16:53:13来源:某某国际在线编辑:王奇英责编:薛阳\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.author, doc.source) == (None, in_script(script, "某某国际在线"))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("outlet", ["某某人才网", "地方频道"])
def test_an_outlet_given_as_writer_is_the_source(outlet: str, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n作者：{outlet}  发布时间：2024-03-01 09:30\n{BODY}"))
    assert (doc.author, doc.source) == (None, in_script(script, outlet))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_related_storys_lead_below_the_lead_names_no_author(script: str) -> None:
    lead = BODY.splitlines()[0] * 2  # a long first paragraph: surely the lead
    other = "扫二维码了解更多精彩内容本报讯(某某晚报记者王思璇)风靡健身圈的运动近日走红。"
    page = f"{TITLE}\n{lead}\n{other}\n{BODY}"
    assert clean(in_script(script, page)).author is None


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"), [("- 卢昌海 -", "卢昌海"), ("—— 卢昌海 ——", "卢昌海"), ("-苏格拉底", None)]
)
def test_a_name_between_dashes_signs_the_text(line: str, author: str | None, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{line}\n{BODY}"))
    assert doc.author == (author and in_script(script, author))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("header", "author"),
    [
        (
            "西日韩留学吕老师\n\u200b\u200b\n某某国际教育咨询有限公司 留学部门总监\n1 人赞同了该回答",
            "西日韩留学吕老师",
        ),
        ("等风\n律师\n12 人赞同了该回答", "等风"),  # a short bio under the name
        ("查看全部 22 个回答\n等风\n1,024 人赞同了该回答", "等风"),
    ],
)
def test_an_answers_writer_stands_over_its_votes(header: str, author: str, script: str) -> None:
    page = f"{TITLE}？\n{header}\n{BODY}编辑于 2023-03-01 15:45・IP 属地北京\n"
    doc = clean(in_script(script, page), title=in_script(script, f"{TITLE}？"))
    assert doc.author == in_script(script, author)


# A long notice (cookies, a script switch) in the page head reads as a paragraph, so the text seems to
# start at it; the lead whose brackets name the reporters is the first sentence below the title.
NOTICE = (
    "本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解本社隐私声明,"
    "当您关闭此窗口,代表您同意上述规范,并同意本网站依据隐私权政策收集与使用您的资料。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_leads_bracketed_reporters_below_a_long_notice_in_the_head(script: str) -> None:
    lead = "(某某社记者张明、李华北京5日电)" + BODY
    doc = clean(in_script(script, f"{NOTICE}{TITLE}\n2023/3/5 09:43(3/5 10:26 更新)\n{lead}"))
    assert (doc.title, doc.author) == (in_script(script, TITLE), in_script(script, "张明 李华"))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        # writers named alone above the text, `等` ("and others") closing the list
        ("王军伟 甘泉等", "王军伟 甘泉"),
        ("王军伟 甘泉", "王军伟 甘泉"),
        ("记者 张三 李四等", "张三 李四"),
        # a review's team, surnames spaced from their names, set apart by wide gaps
        ("丁 伟    汪晓东   刘晓鹏     张 音 于 洋 ", "丁伟 汪晓东 刘晓鹏 张音 于洋"),
        # two words that open with a surname are no names
        ("文明 和谐", None),
        ("高效    便捷    文明    和谐", None),
    ],
)
def test_names_alone_above_the_text_and_others_closing_them(
    line: str, author: str | None, script: str
) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{line}\n{BODY}"))
    assert doc.author == (author and in_script(script, author))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_teams_names_under_the_subtitle_sign_though_their_gaps_read_as_a_menu(script: str) -> None:
    page = (
        f"{TITLE}\n\n发布日期:2012/7/13 来源:某某网\n\n{TITLE}\n\n——某县重点项目建设述评之二\n\n"
        f"丁 伟    汪晓东   刘晓鹏     张 音 于 洋 \n\n\n{BODY}"
    )
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "丁伟 汪晓东 刘晓鹏 张音 于洋")
    assert in_script(script, "汪晓东") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_reporter_filing_from_a_citys_desk_above_the_text(script: str) -> None:
    page = f"2018年11月27日 星期二\n\n{TITLE}\n\n\n 《记者黄淑惠/南市讯》2018.11.27\n\n{BODY}"
    doc = clean(in_script(script, page))
    assert (doc.author, doc.date) == (in_script(script, "黄淑惠"), "2018-11-27")
    assert in_script(script, "南市讯") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("label", ["原文作者:", "原作者："])
def test_a_reposts_original_writer_is_the_author(label: str, script: str) -> None:
    lead = "这是一篇我之前发在别的论坛的帖子，修改整理一下发在这里的专栏了，欢迎大家指正。"
    page = f"[转载]{TITLE}\n\n{lead}\n\n{label}Lunamos\n\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.author == "Lunamos"
    assert "Lunamos" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_wire_storys_reporters_set_apart_by_commas_under_its_dateline(script: str) -> None:
    page = (
        f"{TITLE}\n2020-12-09 10:00:13 来源: 某某网\n\n"
        f"  新华社郑州12月9日电  题:{TITLE}\n\n  新华社记者韩朝阳,、马骁\n\n{BODY}"
    )
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "韩朝阳 马骁")
    assert in_script(script, "马骁") not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # where the reporter filed from, after a space rather than a slash: no second name
        ("某某新闻记者 姜雪颖 北京报道", "姜雪颖"),
        # the outlet's correspondents after its reporter, each with the outlet's own title
        ("作者:本报记者 许露露 本报通讯员 韩龙新 黄雪松", "许露露 韩龙新 黄雪松"),
    ],
)
def test_a_credit_line_names_every_writer_and_no_place(byline: str, author: str, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{byline}\n{BODY}"))
    assert doc.author == in_script(script, author)
    assert in_script(script, byline) not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # a two-character name padded to three, whatever its surname
        ("(记者:容 晨)", "容晨"),
        # a writer, then an outlet's reporter after their title
        ("(刘雨 某某日报融媒体记者 帅弋)", "刘雨 帅弋"),
    ],
)
def test_brackets_closing_the_text_name_padded_and_titled_writers(
    byline: str, author: str, script: str
) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{BODY}{LAST}{byline}\n"))
    assert doc.author == in_script(script, author)
    assert in_script(script, LAST) in body_text(doc)
    assert in_script(script, byline) not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_roles_alone_in_brackets_name_no_one(script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{BODY}{LAST}\n(图 文)\n"))
    assert doc.author is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_op_eds_writer_with_the_post_they_hold_after_the_name(script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n  叶傲冬 某某联盟秘书长\n{BODY}"))
    assert doc.author == in_script(script, "叶傲冬")
    assert "秘书长" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_writer_with_their_company_under_the_dateline_over_a_section_head(script: str) -> None:
    page = f"{TITLE}\n来源:admin 时间:2021/3/8 9:03:58\n某某创投公司  吴叶\n腊月三十、除夕、晴、日顺\n{BODY}"
    doc = clean(in_script(script, page))
    assert doc.author == in_script(script, "吴叶")
    assert in_script(script, "腊月三十、除夕、晴、日顺") in body_text(doc)
