"""Rule group `thread`: a forum page's first post is the article; replies go, each with its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean import clean
from reader.clean.thread import is_post_header
from reader.convert import convert
from reader.corpus import read_file
from reader.engine import analyse
from tests.crawls import html_page

THREAD = """论坛首页 › 灌水区
格盘详解
楼主：whb761  发表于 2005-8-4 21:37:32
格式化硬盘之前，一定要先备份重要的数据，否则数据会全部丢失，后悔也来不及。
低级格式化一般不需要做，高级格式化可以在系统安装时完成，速度也比较快。
2楼
路人甲 发表于 2005-8-5 09:12:01
谢谢楼主分享，写得很详细，收藏了慢慢看。
3楼
支持一下，学习了。
"""


def test_the_first_post_is_the_article_and_replies_are_removed() -> None:
    doc = clean(THREAD)
    assert (doc.title, doc.author, doc.date) == ("格盘详解", "whb761", "2005-08-04 21:37")
    assert [b.text for b in doc.blocks] == [
        "格式化硬盘之前，一定要先备份重要的数据，否则数据会全部丢失，后悔也来不及。",
        "低级格式化一般不需要做，高级格式化可以在系统安装时完成，速度也比较快。",
    ]
    rules = {r.line: r.rule for r in doc.removed}
    assert rules[6] == rules[8] == rules[10] == "thread.reply"
    assert clean(doc.text()).text() == doc.text()


def test_tianya_style_replies_go_too() -> None:
    page = THREAD.replace("2楼\n", "作者：路人甲 回复日期：2005-8-5 9:12:01\n")
    assert "谢谢楼主分享" not in clean(page).text()


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("2楼", True),
        ("第12楼 张三", True),
        ("回复日期：2005-05-07 12:00", True),
        ("老王 | 发表于 2005-5-7 21:23", True),
        ("沙发", True),
        ("3楼会议室召开全体干部大会，传达学习会议精神。", False),
        ("大家纷纷发表意见，会场气氛热烈。", False),
    ],
)
def test_is_post_header(text: str, header: bool) -> None:
    assert is_post_header(text) is header


def test_an_article_without_replies_keeps_its_text() -> None:
    page = "县城新闻\n全县召开大会\n3楼会议室召开全体干部大会，传达学习会议精神。\n会议要求，抓好落实。\n"
    assert "3楼会议室" in clean(page).text()


POST = [
    "老家院子里有一棵槐树，是爷爷年轻时亲手栽下的，到现在已经有六十多年了。",
    "每年春天槐花开的时候，满院子都是清香，奶奶总会摘下槐花给我们蒸槐花饭。",
    "后来我们都搬到了城里，老屋空了，只有那棵槐树还守在院子里，年年开花。",
]
REPLY_TEXT = "写得真好，让我想起了我家门口的那棵老榆树，小时候常在树下乘凉。"

# Threads as forum and blog software print them: the first post is the article.
THREADS = {
    "discuz": [
        "某某论坛 › 生活杂谈 › 老家的那棵槐树",
        "查看: 2318|回复: 26",
        "老家的那棵槐树",
        "楼主",
        "山里人家",
        "发表于 2015-3-4 12:00:00 | 只看该作者 |倒序浏览 |阅读模式",
        "本帖最后由 山里人家 于 2015-3-4 12:30 编辑",
        *POST,
        "------------------------",
        "故乡是回不去的远方。",
        "回复 支持 反对",
        "使用道具 举报",
        "城南旧事",
        "发表于 2015-3-4 13:10:22 | 只看该作者",
        REPLY_TEXT,
        "回复 支持 反对",
        "路过的风",
        "发表于 2015-3-4 14:02:51",
        "山里人家 发表于 2015-3-4 12:00",
        POST[0][:20],
        "槐花饭我也吃过。",
    ],
    "tieba": [
        "老家的那棵槐树_生活吧_百度贴吧",
        "只看楼主 收藏 回复",
        "山里人家",
        *POST,
        "来自Android客户端1楼2015-03-04 12:00",
        "回复",
        "城南旧事",
        REPLY_TEXT,
        "2楼2015-03-04 13:10",
        "回复(2)",
        "收起回复",
    ],
    "tianya": [
        "天涯社区 > 天涯杂谈",
        "老家的那棵槐树",
        "楼主：山里人家 时间：2015-03-04 12:00:00 点击：2318 回复：26",
        *POST,
        "打赏 评论 举报",
        "作者：城南旧事 时间：2015-03-04 13:10:22",
        REPLY_TEXT,
    ],
    "blog": [
        "山里人家的博客",
        "老家的那棵槐树 (2015-03-04 12:00:00)",
        "转载▼",
        "标签： 杂谈 故乡",
        *POST,
        "分享：",
        "喜欢 0 赠金笔",
        "阅读(2318) ┊ 评论 (3) ┊ 收藏(0) ┊转载(1) ┊打印┊举报",
        "前一篇：春天的田野",
        "后一篇：外婆的菜园",
        "[发评论]",
        "城南旧事",
        REPLY_TEXT,
        "2015-3-4 13:10:22 [回复]",
    ],
    "blog_floors": [
        "山里人家 - 博客园",
        "首页 新随笔 联系 订阅 管理",
        "老家的那棵槐树",
        *POST,
        "posted @ 2015-03-04 12:00 山里人家 阅读(2318) 评论(2)",
        "#1楼 2015-03-04 13:10 城南旧事",
        REPLY_TEXT,
        "支持(0) 反对(0)",
        "#2楼 [楼主] 2015-03-04 14:02 山里人家",
        "谢谢，常回来看看。",
    ],
    "blog_comments": [
        "山里人家的小站",
        "首页 | 关于 | 留言板 | 归档",
        "老家的那棵槐树",
        "发表于 2015年3月4日 由 山里人家",
        *POST,
        "← 春天的田野",
        "外婆的菜园 →",
        "《老家的那棵槐树》有3条评论",
        "城南旧事 说：",
        "2015年3月4日 13:10",
        REPLY_TEXT,
        "回复",
        "发表评论",
    ],
    "blog_bar": [
        "老家的那棵槐树_山里人家的博客",
        "首页 | 博客 | 下载 | 学习",
        "老家的那棵槐树",
        "山里人家 于 2015-03-04 12:00:00 发布 2318 收藏 26",
        *POST,
        "点赞 26 评论 3 分享 收藏 打赏 举报",
        "关注 一键三连",
        "城南旧事 2015.03.04",
        REPLY_TEXT,
    ],
    "bbs": [
        "某某社区>> 新闻论坛",
        "某地频道 发表于 2018-04-17 10:13:14 5440字 ( 0/190)",
        "老家的那棵槐树",
        *POST,
        "回复 | 引用 | 举报",
        "城南旧事 发表于 2018-04-17 11:00:02",
        REPLY_TEXT,
        "回复 | 引用 | 举报",
    ],
}


@pytest.mark.parametrize("style", THREADS)
def test_the_first_post_is_the_article_whatever_the_software(style: str) -> None:
    doc = clean("\n".join(THREADS[style]))
    blocks = [b.text for b in doc.blocks]
    # where the title is the site's, the post's own headline stays above its text (metadata's call)
    assert blocks[-len(POST) :] == POST and len(blocks) <= len(POST) + 1
    assert clean(doc.text()).text() == doc.text()


@pytest.mark.parametrize(
    "text",
    [
        "2楼2015-03-04 13:10",
        "#1楼 2015-03-04 13:10 张三",
        "5#",
        "来自Android客户端1楼2015-03-04 12:00",
        "发表于 2015-3-4 13:10:22 | 只看该作者",
        "作者：张三 时间：2015-03-04 13:10:22",
    ],
)
def test_more_post_headers(text: str) -> None:
    assert is_post_header(text)


@pytest.mark.parametrize("text", ["1#楼主体结构顺利封顶", "3楼会议室", "2号楼"])
def test_floors_of_a_building_are_no_post_headers(text: str) -> None:
    assert not is_post_header(text)


def test_a_lone_floor_number_is_no_thread() -> None:
    moved = "各窗口搬迁后，群众可到新址办理业务，咨询电话不变，服务时间不变。"
    page = ["某县政务服务中心搬迁", *POST, "2楼", moved]
    assert "各窗口搬迁后" in clean("\n".join(page)).text()


def test_a_divider_in_the_article_is_no_signature_without_replies() -> None:
    page = ["老家的那棵槐树", "楼主：山里人家  发表于 2015-3-4 12:00", POST[0], "------", POST[1], POST[2]]
    assert [b.text for b in clean("\n".join(page)).blocks] == POST


def test_a_reply_takes_its_posters_name_and_time_above_its_floor() -> None:
    page = [
        "某某论坛 › 闲聊",
        "老家的那棵槐树",
        "山里人家",
        "2015-03-04 12:00",
        "楼主",
        *POST,
        "分享",
        "城南旧事",
        "2015-03-04 13:10",
        "#2",
        REPLY_TEXT,
    ]
    doc = clean("\n".join(page))
    assert "城南旧事" not in doc.text() and REPLY_TEXT not in doc.text()
    assert [b.text for b in doc.blocks][-len(POST) :] == POST
    traditional = clean(convert("\n".join(page), "traditional", "simplified"))
    assert convert(REPLY_TEXT, "traditional", "simplified") not in traditional.text()


def test_a_lone_poster_header_below_some_text_is_the_articles_own() -> None:
    # `作者：… 时间：…` set below a lead paragraph signs the article: nothing after it is a reply.
    page = (
        "2016年夏天，一场暴雨冲毁了祖塔村的进村公路。刘建军连夜赶到现场，组织党员抢修道路。\n"
        "作者：市委组织部  时间：2020-11-02  点击：356次\n"
        "1.初创阶段——积极探索，形成了人人参与的良好局面，不少单位对创建服务品牌有了全面深刻的认识。\n"
    )
    doc = clean(page)
    assert (doc.author, doc.date) == ("市委组织部", "2020-11-02")
    assert doc.blocks[-1].text.startswith("1.初创阶段")
    assert clean(doc.text()).text() == doc.text()
    # A second header below it still opens the replies.
    doc = clean(page + "2楼\n路人甲 发表于 2020-11-03 09:12:01\n谢谢分享，学习了。\n")
    assert "谢谢分享" not in doc.text()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_forum_poster_and_title_in_both_scripts(script: str) -> None:
    raw = (Path(__file__).parent / "pages" / "discuz_thread.txt").read_text("utf-8")
    if script == "traditional":
        raw = convert(raw, "traditional", "simplified")
    doc = clean(raw)
    simple = convert(f"{doc.title}|{doc.author}", "simplified", "traditional")
    assert simple == "求助：家里的老电脑开不了机怎么办|小明同学"
    assert "先谢谢大家了" in convert(doc.text(), "simplified", "traditional")
    assert "多半是电源的问题" not in convert(doc.text(), "simplified", "traditional")


def test_only_this_author_is_a_filter_link_not_a_byline() -> None:
    header = "发表于 2012-3-5 21:23:57 | 只看该作者 |倒序浏览"
    assert clean(f"某帖子标题\n{header}\n正文内容很长很长，说明了事情的来龙去脉。\n").author is None


def test_a_reply_header_first_opens_the_replies() -> None:
    # Tianya: the post's own header says 提交日期; the first 回复日期 header is a reply's, not the post's.
    page = (
        "[天涯杂谈]说说我们村这些年的变化\n"
        "作者：山里娃2008 提交日期：2009-10-13 21:05:00\n"
        "访问：5230 回复：36\n"
        "我老家在大别山区的一个小山村，小时候村里只有一条泥巴路，一下雨就没法走。\n"
        "前几年国家搞村村通，水泥路修到了家门口，村里的年轻人也在家门口办起了养殖场。\n"
        "作者：路过的风 回复日期：2009-10-13 21:30:12\n"
        "沙发！我们那边也差不多。\n"
    )
    doc = clean(page)
    assert (doc.author, doc.date) == ("山里娃2008", "2009-10-13 21:05")
    assert [b.text[:4] for b in doc.blocks] == ["我老家在", "前几年国"]
    assert {r.text: r.rule for r in doc.removed}["访问：5230 回复：36"] == "chrome.forum"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_forum_print_view(script: str) -> None:
    # Discuz!'s print view: `标题: … [打印本页]`, then `作者: … 时间: …` over every post.
    page = (
        "标题: 请教一个shell脚本的问题 [打印本页]\n"
        "作者: linuxfan    时间: 2009-10-13 10:20    标题: 请教一个shell脚本的问题\n"
        "我想写一个脚本，每天凌晨自动备份网站目录，然后删除七天以前的备份文件。\n"
        "用find命令可以找到旧文件，但是不知道怎么和tar结合起来，请大家指点一下。\n"
        "作者: 老鸟    时间: 2009-10-13 11:02\n"
        "用crontab加find -mtime +7 -exec rm就可以了。\n"
    )
    doc = clean(page if script == "simplified" else convert(page, "traditional", "simplified"))
    assert convert(doc.title, "simplified", "traditional") == "请教一个shell脚本的问题"
    assert (doc.author, doc.date) == ("linuxfan", "2009-10-13 10:20")
    assert "crontab" not in doc.text()


def _both(page: list[str], script: str) -> str:
    raw = "\n".join(page)
    return raw if script == "simplified" else convert(raw, "traditional", "simplified")


def _kept(raw: str) -> str:
    return convert(clean(raw).text(), "simplified", "traditional")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_numbered_first_post_under_the_headline_is_the_article(script: str) -> None:
    # Flarum: each post is its poster, a relative time and `发布 #N <date>`; `X 回复了此帖` closes a post
    # that was answered. The first post's header follows the headline: the post stays whole.
    page = [
        "某某社区",
        "首页 | 标签 | 规范",
        "老家的那棵槐树",
        "山里人家",
        "12 天前",
        "发布 #1 2024年5月15日星期三 20点20分",
        *POST,
        "城南旧事 回复了此帖",
        "城南旧事",
        "11 天前",
        "发布 #2 2024年5月16日星期四 15点48分",
        REPLY_TEXT,
        "路过的风",
        "10 天前",
        "发布 #3 2024年5月17日星期五 01点31分",
        "山里人家 谢谢，常回来看看。",
    ]
    doc = clean(_both(page, script))
    kept = _kept(_both(page, script))
    assert all(p in kept for p in POST)
    assert "回复了此帖" not in kept and REPLY_TEXT not in kept and "常回来看看" not in kept
    assert {r.rule for r in doc.removed if "城南旧事" in convert(r.text, "simplified", "traditional")} == {
        "thread.reply"
    }


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_first_floor_number_below_its_post_ends_it(script: str) -> None:
    # Tieba: a user card, the post, then its floor line (client, floor, time, reply button). The long
    # replies below hold the page's prose; the first post is short, yet it is the article.
    short = "最近总是睡不着，大家有什么好办法吗？"
    page = [
        "睡不着怎么办_失眠吧_百度贴吧",
        "只看楼主 收藏 回复",
        "山里人家",
        short,
        "来自Android客户端1楼2022-10-02 23:02回复",
        "城南旧事",
        "初级粉丝",
        "1",
        *POST,
        "IP属地:广东来自Android客户端2楼2022-11-26 15:19",
        "回复(1)收起回复",
        "路过的风",
        REPLY_TEXT,
        "IP属地:内蒙古来自iPhone客户端3楼2022-11-27 21:26",
    ]
    kept = _kept(_both(page, script))
    assert short in kept
    assert POST[0] not in kept and REPLY_TEXT not in kept and "城南旧事" not in kept


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_reply_takes_its_posters_user_card(script: str) -> None:
    # Discuz: the reply's poster, rank and fields (`积分 1024`) stand above its floor line.
    page = [
        "老家的那棵槐树",
        "山里人家",
        "楼主 发表于 2015-3-4 12:00:00",
        *POST,
        "城南旧事",
        "中级会员",
        "积分 1024",
        "主题 12",
        "2楼 发表于 2015-3-4 13:10:22",
        REPLY_TEXT,
        "我们村口也有一棵老槐树，夏天的时候全村人都在树下乘凉聊天，孩子们在树下玩耍，热闹极了。",
        "路过的风",
        "3楼 发表于 2015-3-4 14:10:22",
        "槐花蒸饭确实好吃，我奶奶也常做，拌上蒜汁和香油，那是小时候最难忘的味道。",
    ]
    doc = clean(_both(page, script))
    assert [convert(b.text, "simplified", "traditional") for b in doc.blocks][-len(POST) :] == POST
    removed = {convert(r.text, "simplified", "traditional"): r.rule for r in doc.removed}
    assert removed["城南旧事"] == "thread.reply" and REPLY_TEXT in removed
    assert removed["积分 1024"] == "chrome.forum"  # a card's row is the forum's furniture wherever it stands


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_post_quoting_a_floor_opens_the_replies(script: str) -> None:
    page = [
        "老家的那棵槐树",
        "楼主：山里人家 时间：2015-03-04 12:00:00",
        *POST,
        "引用 2楼 城南旧事 的回复：",
        REPLY_TEXT,
        "说得是，我们村也有一棵。",
    ]
    kept = _kept(_both(page, script))
    assert all(p in kept for p in POST) and REPLY_TEXT not in kept and "我们村" not in kept


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_news_page_with_a_byline_and_a_comment_count_loses_nothing(script: str) -> None:
    page = [
        "某县召开重点项目推进会",
        "发表于 2024-03-01 09:30 | 评论(12)",
        *POST,
        "已有12条评论，1人回复了此帖",
        "#1 2024年工作要点：抓项目、促投资、惠民生，全力以赴稳增长。",
        REPLY_TEXT,
    ]
    kept = _kept(_both(page, script))
    assert all(p in kept for p in POST) and REPLY_TEXT in kept


@pytest.mark.parametrize(
    "text",
    [
        "发布 #1 2024年5月15日星期三 20点20分",
        "IP属地:广东来自Android客户端8楼2023-02-01 21:54",
        "寒冰冽 回复了此帖",
        "引用 2楼 张三 的回复：",
    ],
)
def test_post_headers_of_more_engines(text: str) -> None:
    assert is_post_header(text) and is_post_header(convert(text, "traditional", "simplified"))


@pytest.mark.parametrize(
    "text",
    [
        "发布会于3月1日举行",
        "他回复了此帖中的问题，并表示感谢。",
        "#1 2024年工作要点：抓项目、促投资",
        "#3 2024-05-01 版本更新说明",
        "回复2号楼住户",
    ],
)
def test_no_post_headers(text: str) -> None:
    assert not is_post_header(text)


def _html_thread(tmp_path: Path, posts: str, script: str) -> str:
    """A thread page as HTML, read and cleaned the way `reader show` does: its kept text, Simplified."""
    title = "老家的那棵槐树"
    markup = html_page(
        f'<div class="nav"><a href="/">首页</a> <a href="/f">生活吧</a></div><h1>{title}</h1>{posts}'
        '<div class="foot">发表回复 | 使用签名档</div>',
        head=f'<meta charset="utf-8"><title>{title}_生活吧</title>',
    )
    path = tmp_path / "thread.html"
    path.write_text(
        markup if script == "simplified" else convert(markup, "traditional", "simplified"), "utf-8"
    )
    return convert(analyse(read_file(path)[0]).text(), "simplified", "traditional")


def _tieba_post(name: str, text: str, floor: int) -> str:
    return (
        f'<div class="l_post"><ul class="d_author"><li class="d_name">{name}</li><li>初级粉丝</li>'
        f'<li>1</li></ul><div class="d_post_content">{text}</div><div class="post-tail">'
        f"<span>IP属地:广东</span><span>来自Android客户端</span><span>{floor}楼</span>"
        f"<span>2022-10-0{floor} 23:02</span><a>回复</a></div></div>"
    )


def _flarum_post(name: str, text: str, number: int, answered: str = "") -> str:
    mentioned = f'<div class="Post-mentionedBy">{answered} 回复了此帖</div>' if answered else ""
    return (
        f'<div class="PostStream-item"><article class="CommentPost"><header><ul>'
        f'<li class="item-user">{name}</li><li class="item-meta">1{number} 天前</li></ul>'
        f"<div>发布 #{number} 2024年5月1{number}日星期三 20点20分</div></header>"
        f'<div class="Post-body"><p>{text}</p></div>{mentioned}</article></div>'
    )


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_html_threads_keep_the_first_post_only(tmp_path: Path, script: str) -> None:
    tieba = _tieba_post("山里人家", POST[0], 1) + _tieba_post("城南旧事", REPLY_TEXT, 2)
    tieba += _tieba_post("路过的风", POST[1] + POST[2], 3)
    kept = _html_thread(tmp_path, tieba, script)
    assert POST[0] in kept and REPLY_TEXT not in kept and POST[1] not in kept
    flarum = _flarum_post("山里人家", "".join(POST), 1, answered="城南旧事") + _flarum_post(
        "城南旧事", REPLY_TEXT, 2
    )
    kept = _html_thread(tmp_path, flarum, script)
    assert "".join(POST) in kept and REPLY_TEXT not in kept and "回复了此帖" not in kept


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("先谢谢大家了！", True),  # the post's last sentence, over its tool bar
        ("·?", False),  # no words: the page's foot once the bar is gone
        ("编辑:张三 2022-08-03 09:15:22 来源：某某日报 今年以来，全县推行积分管理模式。", False),  # a label
    ],
)
def test_a_line_over_a_posts_tool_bar_closes_the_post_only_as_it_would_without_it(
    last: str, kept: bool, script: str
) -> None:
    body = (
        "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
        "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
    )
    page = f"某县召开重点项目推进会\n{body}{last}\n回复\n"
    if script == "traditional":
        page = convert(page, "traditional", "simplified")
        last = convert(last, "traditional", "simplified")
    doc = clean(page)
    assert doc.blocks[-1].text.endswith(last) is kept
    assert clean(doc.text()).text() == doc.text()
