"""Where the text ends and what the page says to the reader, each on a synthetic page, in both scripts.

A photo's caption under the last paragraph stays with the text (its placeholder `图片` goes); the
site's consent notice, its ad slots named by their place, `回顶部`, a sentence telling how to share
the page, a forum's share reward and a teaser that says the text's words below it go; the article's
own sentences about consent or sharing stay; `Post By:` heads a reply.
"""

from __future__ import annotations

import pytest

from tests.clean.scripts import SCRIPTS, body_text, cleaned, in_script
from tests.clean.test_chrome_kinds import ARTICLE, DATE, TITLE


def rules(page: list[str], script: str) -> dict[str, str]:
    """Each removed line (in Simplified, as the page was written) and its rule."""
    doc = cleaned(page, script)
    lines = [in_script(script, t) for t in page]
    return {page[r.line - 1]: r.rule for r in doc.removed if not r.part and lines[r.line - 1].strip()}


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_caption_under_the_last_paragraph_stays(script: str) -> None:
    caption = "图为检查组在古城墙遗址查看消防设施配备情况"
    page = [TITLE, DATE, *ARTICLE, caption, "版权所有：某县融媒体中心 未经授权不得转载"]
    doc = cleaned(page, script)
    assert in_script(script, caption) in body_text(doc)
    assert "版权" not in body_text(doc) and "版權" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_photos_placeholder_between_paragraphs_goes(script: str) -> None:
    page = [TITLE, DATE, ARTICLE[0], "图片", *ARTICLE[1:]]
    assert rules(page, script)["图片"] == "chrome.photo_note"
    assert body_text(cleaned(page, script)) == "".join(in_script(script, t) for t in ARTICLE)


@pytest.mark.parametrize("script", SCRIPTS)
def test_consent_notices_go_and_a_sentence_about_consent_stays(script: str) -> None:
    banner = "本网站使用相关技术提供更好的阅读体验，关闭此窗口，代表您同意上述规范。"
    widget = "请同意我们的隐私权规范，才能启用听新闻的功能。"
    news = "有的应用默认勾选同意隐私政策，消费者协会认为这一做法侵害了用户的知情权和选择权。"
    page = [banner, TITLE, DATE, widget, ARTICLE[0], news, *ARTICLE[1:]]
    removed = rules(page, script)
    assert removed[banner] == removed[widget] == "chrome.consent"
    assert in_script(script, news) in body_text(cleaned(page, script))


@pytest.mark.parametrize("script", SCRIPTS)
def test_ad_slots_back_to_top_and_share_prompts_go(script: str) -> None:
    slot = "自动轮播广告(右)横式1栏"
    share = "打开微信，点击 “ 发现 ” ，使用 “ 扫一扫 ” 即可将网页分享至朋友圈。"
    page = [slot, TITLE, DATE, share, *ARTICLE, "回顶部"]
    removed = rules(page, script)
    assert (removed[slot], removed[share], removed["回顶部"]) == (
        "chrome.ad",
        "chrome.share",
        "chrome.footer_links",
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_sentence_about_sharing_stays(script: str) -> None:
    said = "用户长按图片即可保存分享，这一功能上线后，县文旅局的宣传图片在朋友圈传播很快。"
    doc = cleaned([TITLE, DATE, ARTICLE[0], said, *ARTICLE[1:]], script)
    assert in_script(script, said) in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_forum_share_reward_goes(script: str) -> None:
    reward = "当他人从你分享的链接访问本页面时，每一个访问者的点击，你将获得[1金钱]的奖励，一个IP计算一次."
    page = [
        TITLE,
        "发表于 2024-12-6 11:17:46 | 只看该作者 |倒序浏览 |阅读模式",
        *ARTICLE,
        reward,
        "回复",
        "使用道具 举报",
    ]
    assert rules(page, script)[reward] == "chrome.forum"


@pytest.mark.parametrize("script", SCRIPTS)
def test_post_by_heads_a_reply(script: str) -> None:
    reply = "等着吧，财政困难，得先发了工资养活他们，后面还有其他的跟着，这个公园还得荒着。"
    page = [
        TITLE,
        "Post By:2024/8/29 9:20:24",
        *ARTICLE,
        "匿名:223.80.100.*",
        "Post By:2024/8/30 13:35:52",
        reply,
    ]
    doc = cleaned(page, script)
    assert in_script(script, ARTICLE[-1]) in body_text(doc)
    assert in_script(script, reply) not in body_text(doc)
    assert "223.80" not in body_text(doc)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_teaser_of_the_text_above_it_goes(script: str) -> None:
    teaser = f"- [某某网]{ARTICLE[0]}{ARTICLE[1][:20]}......"  # over one paragraph and into the next
    page = [TITLE, DATE, teaser, *ARTICLE]
    assert rules(page, script)[teaser] == "chrome.repeat"
    assert body_text(cleaned(page, script)) == "".join(in_script(script, t) for t in ARTICLE)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_paragraph_that_trails_off_stays(script: str) -> None:
    # its words are not the text's below it: the writer's own ellipsis
    trails = "检查组一行还将陆续走访全县各乡镇的文物点，逐一登记造册，建立台账，做到心中有数……"
    page = [TITLE, DATE, trails, *ARTICLE]
    assert in_script(script, trails) in body_text(cleaned(page, script))
