"""Rule group `chrome`: each line rule on seed lines, on near misses, and the page-level passes."""

from __future__ import annotations

import pytest

from reader.clean import RULES, clean
from reader.clean.chrome import lines, zones
from reader.clean.chrome.lines import BODY, EDGE
from reader.clean.chrome.zones import Zones
from reader.clean.signals import MENU_ITEM_MAX, is_menu
from reader.convert import convert
from tests.clean.scripts import SCRIPTS, cleaned, in_script


def fires(rule, text: str, bar: float = BODY) -> bool:
    return rule(text) >= bar


@pytest.mark.parametrize(
    "text",
    [
        "上传人:xrp****65 文档编号:7023759 上传时间:2024-12-25 格式:DOC 页数:12 大小:33.50KB",
        "文明清风谱华章2.doc",
        "文明清风谱华章2.doc_第1页",
        "展开阅读全文",
        "资源描述",
        "收藏 分销(赏)",
        "下载 相关 举报",
        "开通  VIP会员、SVIP会员  优惠大",
        "下载10份以上建议开通VIP会员",
        "开通VIP      成为共赢上传",
        "点击查看更多>>",
        "还剩4页未读，继续阅读",
        "相关文档",
    ],
)
def test_doc_share(text: str) -> None:
    assert fires(lines.doc_share, text)


@pytest.mark.parametrize("text", ["全市工会会员代表大会召开", "关于做好收藏品市场管理工作的通知"])
def test_doc_share_spares_titles_with_its_words(text: str) -> None:
    assert not fires(lines.doc_share, text, EDGE)


@pytest.mark.parametrize(
    "text",
    [
        "第1页 / 共12页",
        "第2页/共12页",
        "12",
        "- 3 -",
        "共5页",
        "上一页 下一页 第3页",
        "点击进入下一页",
        "點擊進入下一頁",
    ],
)
def test_page_count(text: str) -> None:
    assert fires(lines.page_count, text)


@pytest.mark.parametrize("text", ["2012年", "第一章 总则", "12345"])
def test_page_count_near_misses(text: str) -> None:
    assert lines.page_count(text) == 0


def test_ad() -> None:
    assert fires(lines.ad, "移动网页_全站_页脚广告1")
    assert not fires(lines.ad, "广告法实施三周年座谈会召开", EDGE)


@pytest.mark.parametrize(
    "text",
    [
        "亚洲av无码乱码中文_日韩激情一级无码毛片_国产91资源午夜福利_玖玖资源站最新地址2",
        "機關單位團建(機關單位團建活動經費)",
        "党建工作总结_党建工作计划_党建心得体会",
    ],
)
def test_seo_title(text: str) -> None:
    assert lines.seo_title(text) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "江蘇昆山:市級機關工委推動機關服務品牌",
        "亚洲文明对话大会在京开幕",
        "同时,坚持和运用好党员干部履行村(居)民公约责任考核办法",
    ],
)
def test_seo_title_near_misses(text: str) -> None:
    assert lines.seo_title(text) == 0.0


def test_keyword_title_is_the_seo_keyword() -> None:
    assert lines.keyword_title("機關單位團建(機關單位團建活動經費)") == "機關單位團建"
    assert lines.keyword_title("“品质机关”提升通川品质") is None


@pytest.mark.parametrize(
    "text",
    [
        "首页>> 区县头条",
        "您所在的位置: 東南網 > 理論頻道 > 正文",
        "首页 >> 党建专题 >> 创先争优 >> 正文",
        "当前位置:首页 > 包罗万象 > 大杂烩",
        "首頁 » 地方新聞 » 宜蘭縣",
        "南方网 > 广东 > 正文",
        "位置：首页 >> 基层党建",
        "人民网首页|上海频道首页",
        "首頁 | 重要新聞",
    ],
)
def test_breadcrumb(text: str) -> None:
    assert lines.breadcrumb(text) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "财政收入>支出的县达到12个",
        "2021年GDP增长>5%,好于预期。",
        "全市首页|第一期新农村建设培训班今天开班",  # an item longer than a link
    ],
)
def test_breadcrumb_near_misses(text: str) -> None:
    assert lines.breadcrumb(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "互联网新闻信息服务许可证:51120190013 蜀ICP备13024881号-1 川公网安备 51170202000151号",
        "辽ICP备14006427号-1",
        "gongan.png浙公网安备33021202000488号",
        "icp.png浙ICP备2021020529号-1  |  浙B2-20240490",
        "网站标识码：3301220001",
    ],
)
def test_footer_icp(text: str) -> None:
    assert lines.footer_icp(text) == 1.0


def test_footer_icp_needs_a_number() -> None:
    assert lines.footer_icp("网站须依法办理ICP备案") == 0.0


def test_footer_licence() -> None:
    assert lines.footer_licence("互联网新闻信息服务许可证:51120190013") == 1.0
    assert lines.footer_licence("二、规范许可证管理") == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "©2010-2025 宁波自信网络信息技术有限公司  版权所有",
        "Copyright 2011 © 中共沈阳市苏家屯区委组织部主办 区纪委、区委宣传部、区委党校协办",
        "版權聲明:本文由一點團建發布,如需轉載請注明出處。",
        "主办单位：桐庐县人民政府办公室  承办：桐庐县大数据发展中心",
    ],
)
def test_copyright(text: str) -> None:
    assert fires(lines.copyright_, text)


def test_copyright_spares_article_words() -> None:
    assert not fires(lines.copyright_, "二、加强版权保护工作", EDGE)


@pytest.mark.parametrize(
    "text",
    [
        "网站地图 | 联系我们",
        "关于我们      便捷服务       自信AI       AI导航        抽奖活动",
        "聯絡我們 | 隱私權政策",
    ],
)
def test_footer_links(text: str) -> None:
    assert fires(lines.footer_links, text, EDGE)


@pytest.mark.parametrize(
    "text",
    [
        "地址:沈阳市苏家屯区翠柏路14号 邮编:110101 电话:024-89812076 E-mail:zzxx@sjtdj.gov.cn",
        "客服电话:4009-655-100  投诉/维权电话:18658249818",
        "邮箱:dzrbsjgjw@163.com",
    ],
)
def test_contact(text: str) -> None:
    assert fires(lines.contact, text)


def test_contact_only_at_the_edges() -> None:
    """`咨询电话：…` between two paragraphs is the article's; in the footer it is chrome."""
    assert lines.line_verdicts("咨询电话：0571-64612345") == (None, "chrome.contact")


def test_app_prompt() -> None:
    assert fires(lines.app_prompt, "手机读报看新闻,下载掌上达州")
    assert fires(lines.app_prompt, "手机看新闻 下载客户端")


@pytest.mark.parametrize(
    "text",
    [
        "掃描二維碼推送至手機訪問。",
        "ID:jrtt",
        "关注我们 :微信公众号    抖音    微博    LOFTER ",
        "分享到：",
        "【字号：大 中 小】【打印】【关闭】",
        "分享至：Facebook LINE 複製連結",
        "扫一扫在手机打开当前页",
        "【纠错】",
    ],
)
def test_share(text: str) -> None:
    assert fires(lines.share, text)


def test_comment() -> None:
    assert fires(lines.comment, "我來說兩句")
    assert fires(lines.comment, "请文明发言，理性评论")
    assert not fires(lines.comment, "加强网络评论引导", EDGE)


@pytest.mark.parametrize(
    "text",
    [
        "相關新聞",
        "更多>>視頻現場",
        "上一篇：宁乡市开展村（社区）党组织书记轮训",
        "相关链接",
        "热门推荐",
        "相关推荐",
        "相關推薦",
    ],
)
def test_related(text: str) -> None:
    assert fires(lines.related, text)


def test_welcome() -> None:
    assert fires(lines.welcome, "欢迎访问中共宁乡市委组织部网站！今天是2020年11月2日 星期一", EDGE)


def test_url() -> None:
    assert lines.url("www.uplandwellness.com") == 1.0
    assert lines.url("gongan.png") == 1.0
    assert lines.url("可登录县政府门户网站www.tonglu.gov.cn留言") == 0.0


def test_a_menu_item_is_no_longer_than_link_farm_reads_it() -> None:
    # `_menu` turns down a line with a longer item before its phrases are joined: `is_menu`'s own bound
    longest = "某" * MENU_ITEM_MAX
    assert is_menu(f"{longest} 新闻 财经 体育")
    assert not is_menu(f"{longest}某 新闻 财经 体育")


def test_link_farm() -> None:
    assert (
        lines.link_farm(" 趕集網  火車票  福州分類信息  福州租房  福州二手房  福州招聘  福州兼職  福州公交")
        == 1.0
    )
    assert lines.link_farm("南方网首页 | 新闻 | 财经 | 娱乐 | 体育 | 视频 | 图片") == 1.0
    assert lines.link_farm("率先垂范  强力推进   争创全市一流政务环境") == 0.0


def test_end_mark() -> None:
    assert lines.end_mark("（完）") == 1.0
    assert lines.end_mark("完成全年任务") == 0.0


def test_line_verdicts_body_and_edge() -> None:
    assert lines.line_verdicts("手机读报看新闻,下载掌上达州") == ("chrome.app_prompt", "chrome.app_prompt")
    assert lines.line_verdicts("品牌引領聚合力") == (None, None)
    assert lines.line_verdicts("相關評論>>") == ("chrome.related", "chrome.related")  # words of two rules


def test_prose_label_removes_a_sentence_only_by_its_opening_label() -> None:
    assert lines.prose_label("版權聲明:本文由一點團建發布,如需轉載請注明出處。") == "chrome.copyright"
    assert lines.prose_label("掃描二維碼推送至手機訪問。") == "chrome.share"
    assert lines.prose_label("市民可扫描二维码报名参加活动。") is None
    assert lines.prose_label("馬上註冊，結交更多好友，享用更多功能，讓你輕鬆玩轉社區。") == "chrome.comment"
    assert lines.prose_label("立即注册的用户可享受优惠。") is None


def test_nav_runs_skip_lines_other_rules_took() -> None:
    texts = [
        "网站导航",
        "首页",
        "",
        "政务公开",
        "当前位置：首页",
        "办事服务",
        "县农业农村局召开推进会",
        "互动",
    ]
    taken = [None, None, None, None, "chrome.breadcrumb", None, None, None]
    assert zones.nav_runs(texts, taken) == [True, True, False, True, False, True, False, False]


def test_nav_runs_do_not_count_the_first_line() -> None:
    # A cleaned text starts with its title: cleaned again, a short one must not make a menu of
    # two short lines after it.
    texts = ["机关团建", "", "A", "", "B", "", "区政务服务局党总支下设5个党支部。"]
    assert not any(zones.nav_runs(texts, [None] * len(texts)))
    assert zones.nav_runs(["首页", "新闻", "政务", "服务", "正文在此。"], [None] * 5) == [True] * 4 + [False]


def test_header_takes_unclaimed_lines_above_the_title() -> None:
    verdicts = [None, "chrome.breadcrumb", None, None]
    assert zones.header(verdicts, 2, first=4) == ["chrome.header", "chrome.breadcrumb", None, None]
    assert zones.header([None, None], None, first=1) == ["chrome.header", None]


def test_footer_takes_what_follows_the_last_paragraph() -> None:
    assert zones.footer(["正文。", "", "客服"], [None, None, None], last=0) == [None, None, "chrome.footer"]


PAGE = [
    "首页 >> 新闻中心 >> 正文",
    "某县召开工作会议",
    "对群众反映的问题，可拨打服务热线0571-64612345咨询，也可登录www.example.gov.cn留言。",
    "报名电话：0816-2345678",
    "会议要求，各乡镇要围绕“一村一品”谋划项目，推动闲置资产盘活利用。",
    "网友评论",
    "网友7788：写得很好，为基层党员干部点赞！",
    "地址：某县迎春南路278号 邮编：311500",
]


def test_classify_keeps_sentences_that_mention_phones_and_sites() -> None:
    verdicts, z = zones.classify(PAGE)
    assert z == Zones(2, 4)
    assert verdicts == [
        "chrome.breadcrumb",
        None,
        None,
        None,
        None,
        "chrome.comment",
        "chrome.footer",
        "chrome.contact",
    ]


def test_a_late_comment_box_ends_the_article_even_before_prose() -> None:
    _, z = zones.classify(PAGE)
    assert z.last == 4  # the comment after `网友评论` is not an anchor


def test_an_early_breadcrumb_ends_the_head() -> None:
    texts = [
        "欢迎您来到本站，祝您浏览愉快，有问题请留言！",
        "当前位置：首页 > 新闻",
        "正文第一段，内容很长很长很长，写了很多事情。",
    ]
    _, z = zones.classify(texts)
    assert z.first == 2


def test_vocabularies_have_no_groups() -> None:
    """Coverage joins `findall` results, which must be whole matches."""
    assert [p.pattern for p in lines.VOCABULARIES if p.groups] == []


def test_registry_names_every_rule_with_an_example() -> None:
    assert {
        "chrome.footer_icp",
        "chrome.breadcrumb",
        "chrome.link_farm",
        "chrome.seo_title",
        "chrome.app_prompt",
        "chrome.doc_share",
        "chrome.page_count",
        "chrome.nav",
        "chrome.header",
        "chrome.footer",
    } <= RULES.keys()
    assert all("→" in example for example in RULES.values())


# Patterns met on real pages of other provinces (see tests/clean/pages/ for whole pages).


def test_breadcrumb_label_variants() -> None:
    assert lines.breadcrumb("您的当前位置:广西公务员考试网 >> 时政要闻 >> 重要新闻") == 1.0
    assert lines.breadcrumb("您当前的位置 :浙江在线 > 浙江舆情网 > 正文") == 1.0


@pytest.mark.parametrize("text", ["|港城快讯|", "｜时政要闻｜", "关于本站 |"])
def test_link_farm_takes_a_menu_piece_between_bars(text: str) -> None:
    assert lines.link_farm(text) == 1.0


@pytest.mark.parametrize("text", ["|", "财政收入|支出", "一、总体要求"])
def test_link_farm_menu_piece_near_misses(text: str) -> None:
    assert lines.link_farm(text) == 0.0


def test_tags() -> None:
    assert lines.tags("關鍵詞:組織部門組織部干部") == 1.0
    assert lines.tags("标签：党建 乡村振兴") == 1.0
    assert lines.tags("文章标签 新闻社会资讯") == lines.tags("文章標籤 新聞社會資訊") == 1.0
    assert lines.tags("文章标签化管理的好处") == 0.0
    assert lines.tags("关键在于落实，要抓好关键词句的学习。") == 0.0


_PAPER = [
    "党建引领乡村治理的路径探析",
    "2024-01-21 09:51 张三 李四",
    "某某学报 2023年6期",
    "摘要:党建引领乡村治理是实现乡村治理现代化的必然要求。本文以某县某村为例,分析其经验与启示。",
    "关键词:党的建设;乡村治理;农村基层党组织;“千万工程”",
    "[中图分类号] D26;D422.6 [文献标识码] A [文章编号] 1009-6922(2023)06-05-07",
    "一、问题的提出",
    "乡村治理是国家治理的基石,也是中国式现代化的重要组成部分,",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_papers_keywords_and_catalogue_codes_go_and_its_text_stays(script: str) -> None:
    doc = cleaned(_PAPER, script)
    assert {r.text: r.rule for r in doc.removed}[in_script(script, _PAPER[4])] == "chrome.tags"
    assert {r.text: r.rule for r in doc.removed}[in_script(script, _PAPER[5])] == "chrome.tags"
    assert [b.text for b in doc.blocks][-2:] == [in_script(script, t) for t in _PAPER[-2:]]


@pytest.mark.parametrize(
    "text",
    [
        "以上文章僅代表作者個人觀點,本網只是轉載,如涉及作品內容、版權、稿酬問題,請及時聯系我們。",
        "本文仅代表作者观点，不代表本站立场。",
    ],
)
def test_a_reposting_disclaimer_is_removed_even_as_a_sentence(text: str) -> None:
    assert lines.prose_label(text) == "chrome.copyright"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text", ["马上注册，结交更多好友，享用更多功能。", "欢迎注册【某某前线】!", "欢迎您注册本论坛！"]
)
def test_a_forums_call_to_sign_up_is_removed_even_as_a_sentence(script: str, text: str) -> None:
    assert lines.prose_label(in_script(script, text)) == "chrome.comment"


@pytest.mark.parametrize("text", ["欢迎注册成为志愿者，报名截止到本月底。", "欢迎大家注册参加！"])
def test_a_welcome_to_sign_up_for_something_else_stays(text: str) -> None:
    assert lines.prose_label(text) is None


def test_a_disclosure_table_row_is_no_anchor_even_with_semicolons() -> None:
    texts = [
        "索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府、市政府办公室文件;",
        "经市政府同意,现将《实施细则》印发给你们,请认真遵照执行。",
    ]
    _, z = zones.classify(texts)
    assert z.first == 1


def test_text_end_goes_on_over_sections_and_short_clauses() -> None:
    texts = [
        "本预案适用于本县行政区域内突发公共卫生事件的防范和应急处置。",
        "(四)工作原则",
        "1.预防为主,常备不懈。提高全社会防范意识",
        "关于我们 | 联系我们",
        "(五)其他",
    ]
    strict = [None, None, None, "chrome.footer_links", None]
    assert zones.text_end(texts, strict, strict, 0, len(texts)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "1.全县强村公司建设现场会在分水镇召开",  # a numbered related link
        "地址:沈阳市苏家屯区翠柏路14号,邮编:110101,电话:024-89812076",  # chrome at the edge
        "来源:县农业农村局，作者:王小明",  # metadata
    ],
)
def test_text_end_stops_at_links_chrome_and_labels(line: str) -> None:
    texts = ["本预案适用于本县行政区域内突发公共卫生事件的防范和应急处置。", line]
    strict = [None, None]
    edge = [None, lines.line_verdicts(line)[1]]
    assert zones.text_end(texts, strict, edge, 0, len(texts)) == 0


@pytest.mark.parametrize("text", ["第A02版:热点 PDF版", "01版:头版", "电子报阅读机", "第04版:要闻 PDF版"])
def test_epaper_furniture(text: str) -> None:
    assert lines.line_verdicts(text) == ("chrome.epaper", "chrome.epaper")


def test_epaper_words_in_a_sentence_stay() -> None:
    assert lines.line_verdicts("本报记者在第3版发表评论文章。") == (None, None)


def test_font_size_widget_is_chrome() -> None:
    assert lines.line_verdicts("放大 缩小 默认")[1] == "chrome.share"


BOTH_SCRIPTS = [
    "站点地图 | 用户协议",
    "今日头条",
    "已有5人参与",
    "关于我们 | 联系我们 | 网站地图",
    "扫描二维码推送至手机访问",
    "相关新闻",
    "我来说两句",
    "上传人:xrp****65 文档编号:7023759",
]


@pytest.mark.parametrize("text", BOTH_SCRIPTS)
def test_every_vocabulary_holds_in_both_scripts(text: str) -> None:
    simplified = lines.line_verdicts(text)
    assert simplified != (None, None)
    assert lines.line_verdicts(convert(text, "traditional", "simplified")) == simplified


def test_every_vocabulary_is_written_once_in_simplified() -> None:
    """The rules read lines in Simplified, so a Traditional form in a pattern could never match."""
    patterns = [*lines.VOCABULARIES, *(p for lr in lines.LINE_RULES for p in (lr.prose_label,) if p)]
    patterns += [
        lines._PAGE_COUNT,
        lines._BREADCRUMB_LABEL,
        lines._BREADCRUMB_HOME,
        lines._TAGS,
        lines._ORIGINAL_TITLE,
        lines._EPAPER,
        lines._SPAM_ANY,
        lines._DISCLAIMER_RE,
    ]
    assert [p.pattern for p in patterns if convert(p.pattern, "simplified", "traditional") != p.pattern] == []


def test_prose_labels_hold_in_both_scripts() -> None:
    assert lines.prose_label("版權聲明:本文由一點團建發布,如需轉載請注明出處。") == "chrome.copyright"
    assert lines.prose_label("長按識別二維碼關注我們，獲取更多資訊。") == "chrome.share"


# A page cut off inside its article: the lines below its last whole paragraph are the article's.
CUT_OFF = """县文旅局开展文物安全检查
发布时间：2024-05-06 10:20
近日，县文旅局组织专班对全县重点文物保护单位开展安全检查，逐一排查消防、防盗等隐患。
检查组一行先后来到古城墙遗址、文庙等处，详细了解安全管理制度落实情况。
同时 检查组还对各文物点安全员履职情况进行了抽查
针对发现的问题，检查组要求相关单位立即整改，并
"""


def test_a_page_cut_off_inside_its_article_keeps_its_last_lines() -> None:
    doc = clean(CUT_OFF)
    assert [b.text for b in doc.blocks][-2:] == CUT_OFF.splitlines()[-2:]
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize(
    "foot",
    [
        "版权所有：某县文旅局 技术支持：某公司",  # chrome below the text: the page has its foot
        "责任编辑：王小明",  # metadata
        "东南网",  # too few words to be text
    ],
)
def test_a_page_with_a_foot_is_not_cut_off(foot: str) -> None:
    doc = clean(CUT_OFF + foot + "\n")
    assert "针对发现的问题" not in doc.text()


def test_markup_residue_is_chrome() -> None:
    residue = "2023-11-24 2 2 某某晚报 content_123456.html 1 /enpproperty-->"
    assert lines.line_verdicts(residue)[0] == "chrome.markup"
    assert lines.line_verdicts("<!-- 正文开始 -->")[0] == "chrome.markup"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_photos_file_name_between_paragraphs_goes(script: str) -> None:
    story = [convert(t, "traditional", "simplified") for t in TW_STORY]
    doc = cleaned(["某县推动社区营造", "2023-11-02 10:30", story[0], "IMG_8438.JPG", *story[1:]], script)
    assert [b.text for b in doc.blocks] == [in_script(script, t) for t in story]
    assert {r.text: r.rule for r in doc.removed}["IMG_8438.JPG"] == "chrome.markup"


@pytest.mark.parametrize(
    "line", ["附件：某县风景.jpg", "请将照片命名为姓名.jpg后上传。", "下载地址 logo.png 及说明"]
)
def test_a_line_that_names_a_photo_among_words_is_no_markup(line: str) -> None:
    assert lines.markup(line) == 0.0


ARTICLE = [
    "近日，县文旅局组织专班对全县重点文物保护单位开展安全检查，逐一排查消防、防盗等隐患。",
    "检查组一行先后来到古城墙遗址、文庙等处，详细了解安全管理制度落实情况，现场指出问题。",
    "针对发现的问题，检查组要求相关单位立即整改，确保文物安全形势持续稳定向好，不留死角。",
]


def test_a_paragraph_shown_again_below_the_article_goes_with_the_foot() -> None:
    page = ["县文旅局开展文物安全检查", *ARTICLE, "来源：县文旅局  编辑：王小明", "返回", ARTICLE[0]]
    doc = clean("\n".join(page))
    assert [b.text for b in doc.blocks] == ARTICLE
    assert {r.text: r.rule for r in doc.removed}["返回"] == "chrome.footer"


def test_two_short_lines_among_short_chrome_are_a_menu() -> None:
    widget = ["1", "某某网", "微信公众号", "某某网", "官方微博"]
    page = ["县文旅局开展文物安全检查", "2024-05-06  来源：县文旅局", *widget, *ARTICLE]
    doc = clean("\n".join(page))
    assert [b.text for b in doc.blocks] == ARTICLE
    assert [r.rule for r in doc.removed if r.text == "某某网"] == ["chrome.nav", "chrome.nav"]


def test_a_short_heading_beside_one_chrome_line_stays() -> None:
    page = ["县文旅局开展文物安全检查", "2024-05-06  来源：县文旅局", "打印", "引言", *ARTICLE]
    assert "引言" in [b.text for b in clean("\n".join(page)).blocks]


NOTICE = [
    "某镇人民政府关于取消庙会的通告",
    "为做好安全防范工作，确保广大群众生命财产安全，经研究决定，取消本年度庙会活动。",
    "请广大群众相互转告，自觉遵守，共同维护良好的社会秩序，感谢大家的理解和支持。",
    "特此通告",
    "某镇人民政府",
    "2024年2月25日",
]


def test_the_signature_ends_a_notice() -> None:
    promo = "温馨提示：微信搜索本地宝公众号，关注后在对话框回复关键词，即可获取最新消息。"
    doc = clean("\n".join([*NOTICE, promo]))
    assert [b.text for b in doc.blocks] == NOTICE[1:4]  # the closing formula is the notice's
    assert (doc.author, doc.date) == ("某镇人民政府", "2024-02-25")
    assert {r.text: r.rule for r in doc.removed}[promo] == "chrome.footer"
    assert clean(doc.text()).text() == doc.text()


def test_a_date_heading_in_a_chronicle_is_no_signature() -> None:
    page = ["某县大事记", ARTICLE[0], "2024年5月1日", ARTICLE[1], "2024年6月1日", ARTICLE[2]]
    assert [b.text for b in clean("\n".join(page)).blocks] == page[1:]


@pytest.mark.parametrize("text", ["（下转第三版）", "(上接第1版)", "（紧接A2版）"])
def test_epaper_continuation_marks(text: str) -> None:
    assert lines.line_verdicts(text)[0] == "chrome.epaper"


STORY = [
    "连日来，各地采取多种形式开展宣讲活动，推动会议精神深入人心、落地见效。",
    "在山区县，宣讲团成员走进田间地头，用群众听得懂的语言宣讲惠民政策。",
    "各地表示，将把学习成果转化为推动高质量发展的实际行动，干出新成效。",
]


@pytest.mark.parametrize(
    "dateline",
    ["新华社乌鲁木齐11月1日电 题：天山南北宣讲忙", "新华社北京11月1日电 题：宣讲进万家 记者张三 李四"],
)
def test_a_line_that_opens_with_a_dateline_is_the_storys(dateline: str) -> None:
    for page in (
        ["各地开展宣讲活动", "2023-11-02 来源：某某网", dateline, *STORY],  # above the first paragraph
        ["各地开展宣讲活动", "2023-11-02 来源：某某网", *STORY, dateline, "责任编辑：王五"],  # below the last
    ):
        assert dateline in [b.text for b in clean("\n".join(page)).blocks]


@pytest.mark.parametrize(
    "line",
    [
        "?????? ??? ??县委召开 ???? 常委会议",
        "???? ???? ?? 县委召开常委会议",
        "？？？？ ？？ 县委召开常委会议 研究部署工作",
    ],
)
def test_a_line_a_broken_encoding_left_question_marks_in_is_no_menu(line: str) -> None:
    assert lines.line_verdicts(line) == (None, None)
    page = ["各地开展宣讲活动", "2023-11-02 来源：某某网", STORY[0], line, *STORY[1:]]
    assert line in [b.text for b in clean("\n".join(page)).blocks]
    assert lines.link_farm("??? 首页 新闻 政务 服务 互动") == 1.0  # the words alone still make a menu


@pytest.mark.parametrize(
    "line",
    ["张伟 王芳 李娜 刘洋 陈静 杨帆", "序号 姓名 单位 职务", "1 张伟 县委办 主任", "2 王芳 县政府办 副主任"],
)
def test_a_table_row_or_a_list_of_names_is_no_menu(line: str) -> None:
    assert lines.link_farm(line) == 0.0
    page = ["县委组织部召开全县组织工作会议", "发布时间：2024-03-01", ARTICLE[0], line, *ARTICLE[1:]]
    assert line in [b.text for b in clean("\n".join(page)).blocks]


def test_menus_of_words_are_still_menus() -> None:
    assert lines.link_farm("首页 新闻 政务 服务 互动") == 1.0
    assert lines.link_farm("黄冈 黄石 孝感 荆州 宜昌") == 1.0


def test_an_article_in_short_lines_goes_on_below_its_last_sentence() -> None:
    verse = ["山里的日子", "过得很慢", "慢到能听见花开的声音", "村口的老井", "养活了几代人", "井水清又甜"]
    tail = ["后来通了自来水", "老井就歇下了", "可乡亲们还常去看看它"]
    page = [
        "老井",
        "2024-05-06  来源：县融媒体中心",
        "老家村口有一口老井，是祖辈们一锹一锹挖出来的。",
        *verse,
        "那年大旱，全村人都靠它渡过了难关。",
        *tail,
        "版权所有：县融媒体中心",
    ]
    doc = clean("\n".join(page))
    assert [b.text for b in doc.blocks][-3:] == tail
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("熱門新聞", "chrome.related"),
        ("即時新聞 排行榜", "chrome.related"),
        ("分享 複製連結 訂閱", "chrome.share"),
        ("我要留言", "chrome.comment"),
        ("本網站著作權屬於某某公司", "chrome.copyright"),
        ("回首頁", "chrome.footer_links"),
        ("播放本新聞相關短片", "chrome.share"),
        ("以文本方式查看主題", "chrome.forum"),
        ("新聞推薦", "chrome.related"),
        ("24小時熱門版塊排行榜", "chrome.related"),
    ],
)
def test_words_of_taiwan_and_hong_kong_pages(line: str, rule: str) -> None:
    assert lines.line_verdicts(line)[1] == rule


def test_a_bracketed_dateline_is_never_chrome() -> None:
    assert lines.line_verdicts("【某某報訊】 各地 宣講 活動 持續") == (None, None)
    assert lines.line_verdicts("各地 宣講 活動 持續 熱烈")[0] == "chrome.link_farm"


TW_STORY = [
    "宜蘭縣政府今天舉辦社區營造成果展，縣長表示，將持續推動社區發展，讓居民生活更美好。",
    "縣府指出，近年來共補助超過五十個社區，推動環境綠美化、長者關懷及文化傳承等工作。",
    "許多社區居民也到場分享經驗，希望透過交流，讓更多社區一起加入營造行列，共創美好家園。",
    "縣府表示，明年將再擴大補助範圍，並邀請專家輔導，協助社區培養在地人才、永續經營。",
]


def test_a_box_of_related_links_inside_the_article_is_no_end() -> None:
    box = ["延伸閱讀", "宜蘭冬山河親水公園重新開放", "羅東夜市攤商響應減塑"]
    page = [
        "宜蘭縣府推動社區營造",
        "2023-11-02 10:30 記者王小明／宜蘭報導",
        *TW_STORY[:3],
        *box,
        TW_STORY[3],
        "熱門新聞",
        "某地發生車禍 一人受傷",
    ]
    doc = clean("\n".join(page))
    assert [b.text for b in doc.blocks] == TW_STORY
    assert {r.text: r.rule for r in doc.removed}["羅東夜市攤商響應減塑"] == "chrome.related"
    assert clean(doc.text()).text() == doc.text()


def test_related_links_then_comments_still_end_the_article() -> None:
    comments = ["網友甲：寫得很好，支持縣府繼續推動社區營造，讓家鄉越來越好。"]
    page = [
        "宜蘭縣府推動社區營造",
        "2023-11-02 10:30 記者王小明／宜蘭報導",
        *TW_STORY,
        "延伸閱讀",
        "宜蘭冬山河親水公園重新開放",
        *comments,
    ]
    assert [b.text for b in clean("\n".join(page)).blocks] == TW_STORY


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_box_of_headlines_and_teasers_then_a_blurb_is_the_foot(script: str) -> None:
    story = [convert(t, "traditional", "simplified") for t in TW_STORY]
    teaser = "本报讯(记者李明)记者昨日从市林业局获悉,近日某市某区某镇某村等20个村被国家林业..."
    blurb = "某县新闻,新鲜有料。走遍天涯,难忘故乡。世界很大,期待在此相遇。"
    foot = ["新闻推荐", "某市20个村被评为“国家森林乡村”", teaser, blurb, "相关推荐", "新闻推荐"]
    doc = cleaned(["某县推动社区营造", "2023-11-02 10:30 来源：某某日报", *story, *foot], script)
    assert [b.text for b in doc.blocks] == [in_script(script, t) for t in story]
    assert {r.text for r in doc.removed} >= {in_script(script, teaser), in_script(script, blurb)}


def test_a_box_whose_teaser_is_followed_by_the_story_is_still_inside() -> None:
    box = ["延伸閱讀", "宜蘭冬山河親水公園重新開放", "冬山河親水公園整修完成，明起重新開放..."]
    page = [
        "宜蘭縣府推動社區營造",
        "2023-11-02 10:30 記者王小明／宜蘭報導",
        *TW_STORY[:2],
        *box,
        *TW_STORY[2:],
        "熱門新聞",
        "某地發生車禍 一人受傷",
    ]
    doc = clean("\n".join(page))
    assert [b.text for b in doc.blocks] == TW_STORY
    assert {r.text: r.rule for r in doc.removed}[box[2]] == "chrome.related"


_HEADLINE = "某街坊会嘉年华促睦邻互助"
_TEXT = [
    "某街坊会日前举办“睦邻互助齐关心嘉年华”，旨在联系不同大厦业主会和居民，推动邻里团结。",
    "开幕式本月十七日下午四时举行，多个部门代表出席，街坊会负责人致辞时表示将深化社区服务。",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_captions_between_a_headline_and_its_copy_are_the_articles(script: str) -> None:
    captions = ["嘉宾主持嘉年华开幕礼", "?居民投入玩摊位游戏"]
    page = [
        "某某日报",
        "第A13版:本地",
        "",
        _HEADLINE,
        "",
        captions[0],
        "",
        captions[1],
        "",
        _HEADLINE,
        "",
        *_TEXT,
    ]
    doc = cleaned(page, script)
    assert [b.text for b in doc.blocks] == [in_script(script, t) for t in [*captions, *_TEXT]]
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize(
    "between",
    [
        ["其他新闻一则标题在此", "其他新闻二则标题在此", "其他新闻三则标题在此"],  # a list, line under line
        ["", "某地举行新春联欢晚会", "", "分享到: 微信 微博", ""],  # a share bar: the head between titles
        [
            "",
            "市民参观展览现场",
            "",
            "嘉宾为活动剪彩",
            "",
            "居民参加游戏",
            "",
            "义工派发礼物",
            "",
        ],  # too many
    ],
)
def test_lines_between_a_headline_and_its_copy_that_are_no_captions_go(between: list[str]) -> None:
    doc = clean("\n".join(["某某日报", _HEADLINE, *between, _HEADLINE, "", *_TEXT]))
    assert [b.text for b in doc.blocks] == _TEXT


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("cut", ["重新“夺回麦克风", "人民日报的评论风格"])
def test_the_words_a_paywall_cuts_off_are_the_articles(script: str, cut: str) -> None:
    story = [convert(t, "traditional", "simplified") for t in TW_STORY]
    foot = ["登录后获取更多权限", "网络编辑:方亚", "本作品的版权为某某周末所有，未经授权不得转载。"]
    doc = cleaned(["某报评论员:为党立言的温度", "2023-11-02 10:30", *story, cut, *foot], script)
    assert [b.text for b in doc.blocks] == [in_script(script, t) for t in [*story, cut]]


def test_a_label_over_a_paywall_is_no_text_it_cut() -> None:
    story = [convert(t, "traditional", "simplified") for t in TW_STORY]
    doc = clean(
        "\n".join(
            ["某报评论员:为党立言的温度", "2023-11-02 10:30", *story, "来源:某某周末", "登录后获取更多权限"]
        )
    )
    assert [b.text for b in doc.blocks] == story


_POST = [
    "请问怎么解决18B20测温时总显示85的问题",
    "最近写了一个测温程序，但为何在数码管上的显示总是85呢？网上有许多解释，我还是不太明白。",
    "小弟是一名初学者，请大家帮忙分析一下，不胜感激！",
]
_PROGRAM = [
    "附代码如下:",
    "#include<REG52.H>",
    "#define uchar unsigned char",
    "uchar code tab[]={0x39,0x06,0x5b} ;",
    "void delay15us(uchar n )",
    "{",
    "_nop_();_nop_();_nop_();_nop_();",
    "DQ=1; //拉高数据线",
    "}",
    "0.1512   0.1088  0.1244  1.0757",
    "闰年  1月 2月 3月 4月 5月 6月",
    "天数   31  29  31  30  31  30",
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_program_quoted_below_the_text_goes_on_with_it(script: str) -> None:
    """A forum post cut off inside its code: the code, and the lead-in over it, are the post's text."""
    raw = "\n".join([*_POST, *_PROGRAM]) + "\n"
    raw = convert(raw, "traditional", "simplified") if script == "traditional" else raw
    kept = {line for b in clean(raw).blocks for line in b.text.split("\n")}
    assert set(raw.split("\n")[3:-1]) <= kept


def test_a_few_symbols_below_the_text_are_still_its_foot() -> None:
    """Two lines of code shape are no program: with a copyright they stay the page's foot."""
    raw = "\n".join([*_POST, "{", "x=1;", "Copyright © 2009 某某论坛 版权所有"]) + "\n"
    assert [b.text for b in clean(raw).blocks] == _POST[1:]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_links_an_arrow_points_to_below_a_cut_off_page_are_its_foot(script: str) -> None:
    """A page cut off below its article: lines of words go on with the text, but not arrowed links."""
    body = [
        "某县召开全县重点项目推进会",
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。",
        "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
    ]
    links = ["【其他新闻】", "►台78线预拌混凝土车翻覆 驾驶受伤送医", "►小奶喵头卡罐罐无助趴路中 警察及时救援"]
    raw = "\n".join([*body, *links]) + "\n"
    raw = convert(raw, "traditional", "simplified") if script == "traditional" else raw
    assert [b.text for b in clean(raw).blocks] == raw.split("\n")[1:3]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_short_lines_under_the_title_alone_are_the_article_on_its_own_output_too(script: str) -> None:
    page = "标 题 关于印发《某县工作规则》的通知\n床前明月光\n疑是地上霜\n举头望明月\n"
    if script == "traditional":
        page = convert(page, "traditional", "simplified")
    doc = clean(page)
    assert len(doc.blocks) == 3
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("stub", ["朱", "一“出”一“", "调研时说“要", "printf('\\n"])
def test_a_page_cut_inside_a_word_keeps_the_broken_last_line(stub: str, script: str) -> None:
    """The cut falls where it falls: one character, or a quotation left open, is still the article's."""
    page = (
        convert(f"{CUT_OFF}{stub}\n", "traditional", "simplified")
        if script == "traditional"
        else f"{CUT_OFF}{stub}\n"
    )
    doc = clean(page)
    assert doc.blocks[-1].text.endswith(page.splitlines()[-1])
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize("stub", ["首页", "客服", "返回顶部", "TOP", "172.30.142.39", "（完）"])
def test_a_whole_short_line_at_the_pages_end_is_still_its_foot(stub: str) -> None:
    doc = clean(CUT_OFF + stub + "\n")
    assert "针对发现的问题" not in doc.text()


def test_a_broken_last_line_after_a_source_label_is_the_foot() -> None:
    """`信息来源:某镇` closed the article: what follows is the page's, cut or not."""
    doc = clean(CUT_OFF + "信息来源:城关镇\n朱\n")
    assert "针对发现的问题" not in doc.text()


# A photo diary in short lines: one sentence among them, more short lines under it, then the blog's foot.
DIARY = [
    "真是个享受退休生活的好地方",
    "简单的几条街",
    "热闹的市场",
    "刚过百年校庆的小学",
    "很斑驳的大象溜滑梯",
    "几棵大大的榕树守护这块土地",
    "谢谢所有热情协助的乡亲们啊!",
    "借我们脚踏车的阿姨家",
    "养了好多只猫",
]
DIARY_FOOT = ["台长: 吕大吉", "人气(1,379) | 回应(0)| 推荐 (0)| 收藏 (0)| 转寄", "此分类上一篇:17天"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_article_in_short_lines_keeps_those_below_its_one_sentence(script: str) -> None:
    page = "\n\n".join(["小镇三日", *DIARY, *DIARY_FOOT]) + "\n"
    if script == "traditional":
        page = convert(page, "traditional", "simplified")
    doc = clean(page)
    texts = [b.text for b in doc.blocks]
    assert texts[-2:] == page.split("\n\n")[len(DIARY) - 1 : len(DIARY) + 1]
    assert not any("台长" in t or "臺長" in t or "人气" in t or "人氣" in t for t in texts)
    assert clean(doc.text()).text() == doc.text()


FOOT_LINKS = ["全县文物工作会议召开", "县文旅局举办文物培训班", "版权所有：某县文旅局 技术支持：某公司"]


MENU = ["新闻中心", "政务公开", "办事服务", "互动交流", "专题专栏"]
LONG_MENU = ["全县文物工作动态", "政务公开信息专栏", "办事服务指南大全"]


@pytest.mark.parametrize(("menu", "paragraphs"), [(MENU, 1), (MENU, 3), (LONG_MENU, 3)])
def test_short_lines_of_a_menu_make_no_article_in_short_lines(menu: list[str], paragraphs: int) -> None:
    """A menu over the text is no verse: the short links under the text stay the page's foot."""
    page = [*menu, "县文旅局开展文物安全检查", *ARTICLE[:paragraphs], *FOOT_LINKS]
    doc = clean("\n".join(page) + "\n")
    assert not any(link in doc.text() for link in FOOT_LINKS)


SPAM_LINE = "亚洲免费av电影一区二区三区,日韩爱爱视频,久久精品视频,国产午夜精品无码理论片,中文字幕少妇AV"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("sep", [",", "，", " ", "_"])
def test_a_string_of_spam_keywords_between_commas_is_chrome(script: str, sep: str) -> None:
    """An injected keyword string over a mirrored article: commas do not make it a sentence."""
    spam = SPAM_LINE.replace(",", sep)
    page = "\n".join([spam, *CUT_OFF.splitlines()[:4]]) + "\n"
    if script == "traditional":
        page = convert(page, "traditional", "simplified")
    doc = clean(page)
    assert any(r.line == 1 and r.rule == "chrome.seo_title" for r in doc.removed)
    assert doc.title == page.splitlines()[1]


@pytest.mark.parametrize(
    "line",
    [
        # a story about a crackdown names the words in sentences
        "警方查明,该网站以“亚洲av”“国产无码”“午夜福利”等为名传播淫秽视频,涉案人员已被刑事拘留。",
        # a list whose items are mostly not spam
        "午夜场电影,亲子阅读会,社区书法展,老年健身操,国产新能源汽车展",
        # a headline listing them with the enumeration comma
        "扫黄打非:查处色情、博彩、午夜福利、无码视频等有害信息",
    ],
)
def test_a_sentence_or_list_naming_spam_words_is_no_keyword_string(line: str) -> None:
    assert not lines.spam_keywords(line)
    assert lines.prose_label(line) is None


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "notice",
    [
        "本网站之文字、图片及影音,非经授权,不得转载、公开播送或公开传输及利用。",  # Taiwan's 非经
        "本站所有内容非经同意不得转载。",
        "未经本网授权,不得转载、摘编或利用其它方式使用上述作品。",
    ],
)
def test_a_sites_word_on_reposting_is_chrome_under_the_text(notice: str, script: str) -> None:
    page = "\n".join([*CUT_OFF.splitlines()[:4], notice]) + "\n"
    if script == "traditional":
        page = convert(page, "traditional", "simplified")
    doc = clean(page)
    assert any(r.line == 5 and r.rule == "chrome.copyright" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "% G0 d; d# @* Z6 }[attach]4821915[/attach]",
        ": c' H$ {9 i/ Q& _- D, W [attach]4821916[/attach]  [1 B/ q; V% r- H# |- g",
        '[attachimg]12345[/attachimg] 5 V! w! p! p" `7 ^( ~',
        "# @* g; f( L7 J& U     (, 下载次数: 136) ; W% V) A  x/ A+ o  V5 U+ O",
        "# @* g; f( L7 J& U     (, 下載次數: 136) ; W% V) A  x/ A+ o  V5 U+ O",
    ],
)
def test_forum_noise_around_a_pictures_placeholder_is_chrome(line: str) -> None:
    assert lines.line_verdicts(line)[0] == "chrome.jammer"


@pytest.mark.parametrize(
    "line",
    [
        "[attach]4821915[/attach]",
        "见附图 [attach]4821915[/attach] 5 V! w! p! p",
        "见附图 (, 下载次数: 136) 5 V! w! p! p",
    ],
)
def test_a_placeholder_alone_or_beside_words_is_no_noise(line: str) -> None:
    """A placeholder alone is no noise (no run of it), and words beside it make no line of noise."""
    assert lines.line_verdicts(line)[0] != "chrome.jammer"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_list_of_headlines_each_over_its_time_is_chrome_under_the_text(script: str) -> None:
    """A news site's `最热` box lists other stories, each headline over its time and time zone; a
    headline may end in `！` or `？` and read as a paragraph, so the foot does not take the list: none of
    it is the article's, and its dates are not the page's."""
    head = ["国家主席出席联组会 强调建设健康中国", "发布时间：08:49 2026-03-07"]
    text = [
        "国家主席昨日下午看望了参加全国政协会议的委员，并参加联组会，听取意见和建议。",
        "他强调，建设健康中国是一项系统工程，必须完善医疗、医保、医药协同发展和治理机制。",
    ]
    listed = [
        "最热",
        "老街旧楼活化成青年宿舍 租金低/交通好：住客大赞一住就不想搬！",
        "2026-03-05 14:59 HKT",
        "6大最受欢迎行山径!? 户外用品店销售数据揭秘 西贡、大屿山上榜 第一位「压倒性」领先"
        " 行友有同感：周末挤满人",
        "2026-03-05 11:32 HKT",
        "绕场一周｜公益慈善伙伴大奖",
        "2026-03-05 11:15 HKT",
        "「最长寿茶楼」结业30年后重开 老师傅再掌厨点心味道依旧 旧街坊排队一个钟头也甘愿？",
        "2026-03-06 09:00 HKT",
    ]
    doc = cleaned(head + text + listed, script)
    assert [b.text for b in doc.blocks] == [in_script(script, t) for t in text]
    assert doc.date == "2026-03-07"


@pytest.mark.parametrize("script", SCRIPTS)
def test_two_timed_headlines_are_no_list(script: str) -> None:
    """Two headline-and-time pairs are not yet a list: the dated lines stay the article's."""
    page = [
        "某某镇召开项目推进会",
        "2026-03-05 14:59",
        "会议听取了各村项目进展情况汇报，研究部署下一阶段重点工作任务。",
        "2026-03-06 09:00",
        "会议要求各村加快进度，确保项目按期完工，早日发挥效益，惠及群众。",
    ]
    doc = cleaned(page, script)
    assert in_script(script, page[2]) in [b.text for b in doc.blocks]
