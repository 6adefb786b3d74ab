"""A line of 100,000 characters is cleaned in time that grows with its length, not its square.

A pattern that can start anywhere in a long run (`[\\w-]+\\.html` over a run of letters without a
dot) rescans the rest of the line from every start: 0.7 s of CPU at 20,000 characters, about 18 s at
100,000. CPU time, not the clock, so other work on the machine does not count.
"""

from __future__ import annotations

import time

import pytest

from reader.clean import clean

SHAPES = {
    "no punctuation": "全县上下紧盯目标任务重点项目建设取得明显成效",
    "words and spaces": "全县 上下 紧盯 目标 任务 ",
    "Latin words": "abc def ghi jkl ",
    "labels and dates": "来源：人民网 作者：张三 2012-04-10 会议指出，今年以来全县上下紧盯目标任务。 ",
    "a menu": "首页 | 新闻 | 政务 | ",
}


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_a_100k_character_line_cleans_in_linear_time(unit: str) -> None:
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    used = time.process_time()
    doc = clean(line)
    assert time.process_time() - used < 5  # about 0.3 s here; the quadratic scan took 18 s
    assert doc.text() or doc.removed  # kept, or removed under a rule `explain` names: never lost


def test_a_page_of_40k_repeated_paragraphs_cleans_in_linear_time() -> None:
    """Copies of the text's paragraphs in a row (`chrome.repeat`) were marked again, all of them, at
    each new copy: 1.3 s of CPU for 10,000 lines, and minutes for a 50 MB file of them."""
    page = "\n".join(["区政务服务局党总支下设5个党支部，党员39名，坚持每月开展主题党日活动。"] * 40_000)
    used = time.process_time()
    doc = clean(page)
    assert time.process_time() - used < 5  # about 1 s here
    assert {r.rule for r in doc.removed} == {"chrome.repeat"}
