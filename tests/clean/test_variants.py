"""The cleaner's vocabularies read variant and old forms as the standard ones (issue 10, machine-converted
Traditional: 兪 for 俞, 窻 for 窗), and the page keeps its own characters: the fold is for matching only."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.clean import clean
from reader.variants import variants
from tests.clean.scripts import in_script

SCRIPTS = ["simplified", "traditional"]
TITLE = "某县召开重点项目推进会"
BODY = (
    "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。\n"
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。\n"
)
# One variant form of each standard character that has some, as an old or converted page writes it.
OLD_FORMS = str.maketrans({s: v for v, s in sorted(variants().items(), reverse=True)})


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("兪晨曦", "兪晨曦"),  # a lone name above the text: 兪 is the surname 俞
        ("□本报记者 兪 平", "兪平"),  # a newspaper's byline mark
    ],
)
def test_a_byline_whose_name_is_written_in_an_old_form(line: str, author: str, script: str) -> None:
    doc = clean(in_script(script, f"{TITLE}\n{line}\n{BODY}"))
    assert doc.author == in_script(script, author)  # the page's 兪, never the standard 俞


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("words", "variant"), [("【关闭", "窻口】"), ("站点地", "圕")])  # 窗, 图
def test_a_chrome_line_in_variant_forms(words: str, variant: str, script: str) -> None:
    line = in_script(script, words) + variant
    doc = clean(in_script(script, f"{TITLE}\n{BODY}") + line + "\n")
    assert line not in doc.text()
    assert [r.text for r in doc.removed if r.text == line]  # `explain` shows it, with its rule


PAGES = st.lists(
    st.sampled_from(
        [TITLE, *BODY.splitlines(), "兪晨曦", "□本报记者 兪 平", "【打印本页】【关闭窗口】", "来源：青海日报"]
    ),
    max_size=12,
).map(lambda lines: "\n".join(lines).translate(OLD_FORMS))
SETTINGS = settings(
    max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(st.sampled_from(SCRIPTS), PAGES)
def test_pages_in_old_forms_keep_their_characters(script: str, raw: str) -> None:
    raw = in_script(script, raw)
    doc = clean(raw)
    fields = (doc.title, doc.subtitle, doc.source, doc.author, doc.editor)
    produced = "".join(b.text for b in doc.blocks) + "".join(f or "" for f in fields)
    assert set(produced) <= set(raw) | {c for r in doc.repairs for c in r.after}
    again = clean(doc.text())
    assert again.text() == doc.text()
