"""The article's body on an HTML page: what the markup says about where the article is.

Each test is a small page of its own, read the way `reader show` reads a file, in both scripts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.clean import clean
from reader.clean.markup import OUTSIDE
from reader.convert import convert
from reader.corpus import html, read_file
from reader.document import Document
from reader.engine import analyse
from tests.crawls import html_page

HEADLINE = "南岸区召开全区安全生产工作会议"
PARAGRAPHS = [
    "3月5日，南岸区召开全区安全生产工作会议，总结去年工作，部署今年安全生产重点任务。",
    "会议要求，各街道各部门要压紧压实责任，深入开展隐患排查整治，坚决遏制重特大事故发生。",
]
# Teasers of other stories: prose as long as the article's own, with nothing in their words that
# says they are not the article.
TEASERS = [
    "江北区持续推进老旧小区改造",
    "今年以来，江北区加快推进老旧小区改造，完成外墙整治和管网更新，居民生活环境明显改善。",
    "渝中区开展春季消防安全检查",
    "渝中区消防救援支队近日深入商场、餐馆和居民小区，开展春季消防安全检查，排除隐患多处。",
    "沙坪坝区举办返乡创业培训班",
    "沙坪坝区人社局日前举办返乡创业培训班，邀请专家讲授电商运营和财务管理知识，学员两百余人。",
]


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def read(tmp_path: Path, markup: str, script: str) -> Document:
    if script == "traditional":
        markup = convert(markup, "traditional", "simplified")
    path = tmp_path / "page.html"
    path.write_text(
        html_page(markup, head=f'<meta charset="utf-8"><title>{HEADLINE}_新闻网</title>'), "utf-8"
    )
    return analyse(read_file(path)[0])


def in_script(lines: list[str], script: str) -> list[str]:
    return [convert(line, "traditional", "simplified") if script == "traditional" else line for line in lines]


SCRIPTS = pytest.mark.parametrize("script", ["simplified", "traditional"])


@SCRIPTS
def test_what_stands_below_the_marked_article_is_the_pages(tmp_path: Path, script: str) -> None:
    doc = read(
        tmp_path,
        f"<h1>{HEADLINE}</h1><article>{paragraphs(PARAGRAPHS)}</article>"
        f'<div class="more"><h2>其他人也在看</h2>{paragraphs(TEASERS)}</div>',
        script,
    )
    assert [b.text for b in doc.blocks] == in_script(PARAGRAPHS, script)
    teasers = in_script(TEASERS, script)
    assert {r.text for r in doc.removed if r.rule == OUTSIDE.name} >= set(teasers)


@SCRIPTS
def test_the_innermost_marked_element_is_the_article(tmp_path: Path, script: str) -> None:
    """An `<article>` that wraps the headline, the body and its own related stories: the body is the
    `itemprop="articleBody"` inside it, and the related stories below it go."""
    doc = read(
        tmp_path,
        f'<article><h1>{HEADLINE}</h1><div itemprop="articleBody">{paragraphs(PARAGRAPHS)}</div>'
        f"<section>{paragraphs(TEASERS)}</section></article>",
        script,
    )
    assert [b.text for b in doc.blocks] == in_script(PARAGRAPHS, script)


@SCRIPTS
def test_a_thread_of_posts_each_its_own_article_marks_no_one_article(tmp_path: Path, script: str) -> None:
    posts = "".join(f"<article>{paragraphs([t])}</article>" for t in TEASERS[1::2])
    doc = read(tmp_path, f"<h1>{HEADLINE}</h1>{posts}", script)
    assert [b.text for b in doc.blocks] == in_script(TEASERS[1::2], script)
    assert not any(r.rule == OUTSIDE.name for r in doc.removed)


def test_a_teaser_marked_above_the_headline_is_not_the_article() -> None:
    """A sidebar's `<article>` teaser above the headline: the story below the headline is unmarked,
    so its block is the one that holds the prose, to the page's last line."""
    page = html.read_page(
        html_page(
            f"<aside><article>{paragraphs(TEASERS[:2])}</article></aside>"
            f"<h1>{HEADLINE}</h1>{paragraphs(PARAGRAPHS)}{paragraphs(TEASERS[2:])}",
            head=f'<meta charset="utf-8"><title>{HEADLINE}</title>',
        ).encode()
    )
    assert page.article_lines is not None and page.article_lines[1] == len(page.text.split("\n"))


def test_the_article_lines_are_the_chosen_elements_first_and_last() -> None:
    page = html.read_page(
        html_page(
            f"<h1>{HEADLINE}</h1><p>分享到微信</p>"
            f"<article><p>{PARAGRAPHS[0]}</p><div>{PARAGRAPHS[1]}</div></article>"
            f"<article><p>{TEASERS[1]}</p></article>",
            head=f'<meta charset="utf-8"><title>{HEADLINE}</title>',
        ).encode()
    )
    assert page.article_lines == (3, 4)
    assert page.text.split("\n")[2:4] == PARAGRAPHS


@SCRIPTS
def test_what_stands_between_the_headline_and_the_marked_article_goes_but_is_still_read(
    tmp_path: Path, script: str
) -> None:
    """A photo caption and a byline bar above the article element leave the body; the byline's
    date is read first, so the article keeps it."""
    caption = "图为会议现场，与会人员认真听取工作报告，现场座无虚席。记者李明摄"
    doc = read(
        tmp_path,
        f"<h1>{HEADLINE}</h1><div>2024-03-05 10:20 来源：南岸报</div><p>{caption}</p>"
        f'<div itemprop="articleBody">{paragraphs(PARAGRAPHS)}</div>',
        script,
    )
    assert [b.text for b in doc.blocks] == in_script(PARAGRAPHS, script)
    assert any(r.rule == OUTSIDE.name for r in doc.removed if r.text == in_script([caption], script)[0])
    assert doc.date == "2024-03-05 10:20"


@SCRIPTS
def test_a_question_page_keeps_the_answer_it_is_about(tmp_path: Path, script: str) -> None:
    """A Q&A page marks the answer its address names (`mainEntityOfPage`) among other answers: those
    go, with the question's detail above it."""
    doc = read(
        tmp_path,
        f"<h1>{HEADLINE}</h1><div>{TEASERS[1]}</div>"
        f'<div itemprop="mainEntityOfPage">{paragraphs(PARAGRAPHS)}</div>'
        f'<div itemprop="answer">{paragraphs(TEASERS[3:4])}</div>'
        f'<div itemprop="answer">{paragraphs(TEASERS[5:6])}</div>',
        script,
    )
    assert [b.text for b in doc.blocks] == in_script(PARAGRAPHS, script)


def test_an_empty_or_tiny_article_element_marks_nothing() -> None:
    """A share bar in an `<article>`: the body's block is the one that holds the prose instead."""
    page = html.read_page(
        html_page(
            f"<h1>{HEADLINE}</h1><article><p>分享到</p></article>{paragraphs(PARAGRAPHS + TEASERS)}",
            head=f'<meta charset="utf-8"><title>{HEADLINE}</title>',
        ).encode()
    )
    assert page.article_lines == (1, len(page.text.split("\n")))  # the prose's block: the page


# --- pages that mark nothing: the block that holds the prose --------------------------------------------

MENU = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流"]
LINKS = ["江北区持续推进老旧小区改造", "渝中区开展春季消防安全检查", "沙坪坝区举办返乡创业培训班"]


@SCRIPTS
def test_an_unmarked_page_keeps_the_block_that_holds_its_prose(tmp_path: Path, script: str) -> None:
    """Menus above and a link list and footer below, outside the block that holds the paragraphs,
    go even where no rule of the text would know them; the metadata beside the block is still read."""
    doc = read(
        tmp_path,
        f"<div>{paragraphs(MENU)}</div><h1>{HEADLINE}</h1><div>发布时间：2024-03-05 10:20</div>"
        f"<div>{paragraphs(LINKS[:1])}</div>"
        f'<div class="text">{paragraphs(PARAGRAPHS)}</div>'
        f"<div><ul>{''.join(f'<li>{t}</li>' for t in LINKS)}</ul></div>",
        script,
    )
    assert [b.text for b in doc.blocks] == in_script(PARAGRAPHS, script)
    gone = {r.text for r in doc.removed if r.rule == OUTSIDE.name}
    assert in_script(LINKS[:1], script)[0] in gone
    assert doc.date == "2024-03-05 10:20"


@SCRIPTS
def test_a_short_article_above_a_long_comment_thread_is_kept(tmp_path: Path, script: str) -> None:
    """The comments hold most of the prose, but not the article's first line: their block is no
    article's, and the article stays."""
    comments = [t for t in TEASERS[1::2] for _ in range(3)]
    doc = read(
        tmp_path,
        f"<h1>{HEADLINE}</h1><div>{paragraphs(PARAGRAPHS[:1])}</div><div>{paragraphs(comments)}</div>",
        script,
    )
    assert in_script(PARAGRAPHS[:1], script)[0] in [b.text for b in doc.blocks]


def test_a_page_without_prose_marks_no_block() -> None:
    page = html.read_page(html_page(f"<h1>{HEADLINE}</h1><div>{paragraphs(MENU + LINKS)}</div>").encode())
    assert page.article_lines is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*PARAGRAPHS, *TEASERS, *MENU, "", " "]), max_size=12),
    st.integers(-3, 15),
    st.integers(-3, 15),
)
def test_any_article_lines_only_remove_lines(lines: list[str], first: int, last: int) -> None:
    """Whatever lines a page's markup gives (even outside the page, or reversed), the cleaner never
    raises, and the body it keeps is lines of the page that lie within them."""
    raw = "\n".join(lines)
    doc = clean(raw, article_lines=(first, last))
    within = set(lines[max(first, 1) - 1 : max(last, 0)])
    assert all(block.text in within for block in doc.blocks)
