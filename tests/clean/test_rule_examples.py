"""Every registered rule's example, run through the whole cleaner in both scripts (like ftfy's doctests).

Each example is set on one small page, at the place its record gives (`at`), and the page is cleaned
as it is and in Traditional (OpenCC s2t). The rule must then do what its kind says to every line of
its example: a `Removal` (REMOVE, FIELD) or a `Repair` (REPAIR) naming it, or blocks of the shape it
gives (SHAPE). Records registered from a docstring (LEGACY) have no runnable example yet.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.clean import clean, structure
from reader.clean.chrome.zones import CAPTIONS, CODE, CUT_OFF, SHORT_LINES
from reader.clean.rules import FIELD, IN_FOOT, IN_HEAD, LEGACY, RECORDS, REMOVE, REPAIR, SHAPE, Rule
from reader.convert import convert
from reader.document import Block, Document

TITLE = "某县召开全县重点项目推进会"
DATELINE = "发布时间：2024-03-01 09:30"
FIRST = "会议指出，今年以来全县上下紧盯目标任务，重点项目建设取得明显成效，投资完成率居全市前列。"
REST = [
    "会议要求，各乡镇各部门要进一步压实责任，加快推进项目建设，确保按期完成年度目标任务。",
    "会议强调，要强化要素保障，优化营商环境，为项目建设提供有力支撑，推动经济社会高质量发展。",
    "与会人员还就下一步工作进行了深入交流，大家纷纷表示将全力以赴抓好落实，不负群众期望。",
]


def page(record: Rule) -> tuple[str, range]:
    """The test page with the example at its place, and the 1-based lines the example fills."""
    example = record.example.split("\n")
    head, body, foot = ([], [], [])
    {IN_HEAD: head, IN_FOOT: foot}.get(record.at, body).extend(example)
    lines = [*head, TITLE, DATELINE, FIRST, *body, *REST, *foot]
    # where the example went: an example may repeat a line of the page (`chrome.repeat`)
    start = {IN_HEAD: 1, IN_FOOT: len(lines) - len(foot) + 1}.get(record.at, len(head) + 4)
    return "\n".join(lines) + "\n", range(start, start + len(example))


def removed(doc: Document, record: Rule, at: range) -> bool:
    return all(any(r.line == n and r.rule == record.name for r in doc.removed) for n in at)


def repaired(doc: Document, record: Rule, at: range) -> bool:
    return any(r.line in at and r.rule == record.name for r in doc.repairs)


def kept(doc: Document, kind: str) -> list[Block]:
    return [b for b in doc.blocks if b.type == kind]


# What each shaping rule makes of its example's lines (nothing records a shape by name).
SHAPES: dict[str, Callable[[Document, Rule], bool]] = {
    structure.HEADING.name: lambda doc, r: [b.text for b in kept(doc, "heading")] == [r.example],
    structure.NO_HEADING.name: lambda doc, r: (
        Block("paragraph", r.example) in doc.blocks and not kept(doc, "heading")
    ),
    structure.LIST.name: lambda doc, r: [b.text for b in kept(doc, "list_item")] == r.example.split("\n"),
    structure.RUN_ON_RULE.name: lambda doc, r: sum(b.text in r.example for b in doc.blocks) >= 4,
    CODE.name: lambda doc, r: all(
        any(line in b.text.split("\n") for b in doc.blocks) for line in r.example.split("\n")
    ),
    CUT_OFF.name: lambda doc, r: doc.blocks[-1].text == r.example,
    CAPTIONS.name: lambda doc, r: doc.blocks[0].text == r.example.split("\n")[2],
    # An article in short lines is a page of its own: under the test page's paragraphs it is their foot.
    SHORT_LINES.name: lambda doc, r: [b.text for b in short_lines_page(r).blocks] == r.example.split("\n"),
}


def short_lines_page(record: Rule) -> Document:
    """The example under a title, a blog's foot below it (`台长: 某某`, its counters)."""
    foot = "台长: 吕大吉\n人气(1,379) | 回应(0)| 推荐 (0)| 收藏 (0)| 转寄"
    return clean(f"小镇三日\n{record.example}\n{foot}\n")


def acts(record: Rule, raw: str, at: range) -> bool:
    # A markup rule acts on what the page's HTML says: here, that its article element ends above the example.
    doc = clean(raw, article_lines=(1, at.start - 1) if record.group == "markup" else None)
    if record.kind in (REMOVE, FIELD):
        return removed(doc, record, at)
    if record.kind == REPAIR:
        return repaired(doc, record, at)
    return SHAPES[record.name](doc, record)


RUNNABLE = [r for r in RECORDS.values() if r.kind != LEGACY]


@pytest.mark.parametrize("record", RUNNABLE, ids=[r.name for r in RUNNABLE])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_every_rule_does_what_its_example_says(record: Rule, script: str) -> None:
    raw, at = page(record)
    if script == "traditional":
        record = record._replace(example=convert(record.example, "traditional", "simplified"))
        raw = convert(raw, "traditional", "simplified")
    assert acts(record, raw, at), f"{record.name} on {record.example!r}"


def test_the_page_alone_loses_nothing_but_its_title_and_dateline() -> None:
    """So that what the examples lose is theirs: the bare test page keeps all of its paragraphs."""
    doc = clean(page(Rule("none.none", REMOVE, "", "-"))[0].replace("\n\n", "\n"))
    assert (doc.title, doc.date) == (TITLE, "2024-03-01 09:30")
    assert [b.text for b in doc.blocks] == [FIRST, *REST]


def test_every_rule_is_a_record_of_a_known_kind() -> None:
    assert {r.kind for r in RECORDS.values()} <= {REMOVE, FIELD, REPAIR, SHAPE, LEGACY}
    assert {r.name for r in RUNNABLE if r.kind == SHAPE} == SHAPES.keys()
    assert all(
        r.group in {"chrome", "structure", "markup", "thread", "metadata", "normalize", "garble", "pinyin"}
        for r in RECORDS.values()
    )
