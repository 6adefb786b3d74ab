"""Rule group `thread`: a forum page's first post is the article; replies go, each with its rule."""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.thread import is_post_header

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
