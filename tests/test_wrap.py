"""The CJK line breaker: cells, kinsoku, whole Latin words, and nothing lost."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.wrap import NO_END, NO_START, line_spans, wrap


def widths(lines: list[str]) -> list[int]:
    return [cell_len(line.rstrip()) for line in lines]


def test_breaks_between_any_two_cjk_characters() -> None:
    assert wrap("品质改变生活品质铸就未来", 8) == ["品质改变", "生活品质", "铸就未来"]


def test_measures_in_cells_not_characters() -> None:
    lines = wrap("通川区行政审批局对400余项政务服务事项", 10)
    assert max(widths(lines)) <= 10
    assert len(lines) > 2  # 20 characters but 37 cells


@pytest.mark.parametrize("mark", sorted("。，、；：？！）》」』”’"))
def test_closing_punctuation_never_starts_a_line(mark: str) -> None:
    # 一二三四 fills the line exactly, so the mark would start the next: it takes 四 along instead.
    assert wrap(f"一二三四{mark}五六七八", 8) == ["一二三", f"四{mark}五六", "七八"]


@pytest.mark.parametrize("mark", sorted("（《「『“‘"))
def test_opening_punctuation_never_ends_a_line(mark: str) -> None:
    lines = wrap(f"一二三{mark}四五六七", 8)
    assert all(not line.rstrip().endswith(mark) for line in lines)
    assert "".join(lines) == f"一二三{mark}四五六七"


def test_keeps_latin_words_and_numbers_whole() -> None:
    lines = wrap("发布时间2021-12-07 10:35，来源Xinhua News Agency报道", 14)
    for word in ("2021-12-07", "10:35", "Xinhua", "News", "Agency"):
        assert any(word in line for line in lines), (word, lines)


def test_breaks_after_spaces_and_keeps_them_at_the_line_end() -> None:
    assert wrap("alpha beta gamma", 11) == ["alpha beta ", "gamma"]


def test_a_word_longer_than_the_line_is_cut_at_the_width() -> None:
    lines = wrap("见https://example.com/a/very/long/path", 10)
    assert max(widths(lines)) <= 10
    assert "".join(lines) == "见https://example.com/a/very/long/path"


def test_newlines_end_lines() -> None:
    assert wrap("第一行\n第二行", 40) == ["第一行\n", "第二行"]


def test_ambiguous_quotes_are_breakable_like_cjk() -> None:
    lines = wrap("他说“品质通川”如和风细雨", 10)
    assert max(widths(lines)) <= 10
    assert not any(line.rstrip().endswith("“") for line in lines)


def test_combining_marks_stay_with_their_letter() -> None:
    text = "e\u0301" * 3 + "中文"
    assert all(not line.startswith("\u0301") for line in wrap(text, 2))


def test_spans_cover_the_text_without_gaps() -> None:
    spans = line_spans("一二三四五六七八九十", 6)
    assert spans[0][0] == 0 and spans[-1][1] == 10
    assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_empty_text_is_one_empty_line() -> None:
    assert wrap("", 10) == [""]


CJK = st.sampled_from("品质机关提升通川改变生活的建设和风细雨")
LATIN = st.text(alphabet="abcxyz0123", min_size=1, max_size=5)
CLOSERS = st.sampled_from(sorted("。，、；：？！）》」』”’"))
OPENERS = st.sampled_from(sorted("（《「『“‘"))
# A chunk as prose has them: an optional opener, a run of characters or a Latin word, an optional
# closer. Punctuation is never doubled, so a breakable point is always within a few cells.
RUN = st.one_of(st.lists(CJK, min_size=1, max_size=4).map("".join), LATIN.map(lambda w: f" {w} "))
CHUNK = st.tuples(st.one_of(st.just(""), OPENERS), RUN, st.one_of(st.just(""), CLOSERS)).map("".join)
PROSE = st.lists(CHUNK, min_size=1, max_size=30).map("".join)
ANY_TEXT = st.text(alphabet=st.one_of(CJK, CLOSERS, OPENERS, st.sampled_from("ab1 -\n\u0301é")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.integers(min_value=1, max_value=30))
def test_property_joining_lines_gives_back_the_text(text: str, width: int) -> None:
    assert "".join(wrap(text, width)) == text


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.integers(min_value=2, max_value=30))
def test_property_no_line_wider_than_the_width_unless_one_character(text: str, width: int) -> None:
    for line in wrap(text, width):
        content = line.rstrip()
        assert cell_len(content) <= width or len(content) == 1


@settings(max_examples=300, deadline=None)
@given(PROSE, st.integers(min_value=12, max_value=40))
def test_property_kinsoku_holds_where_avoidable(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in NO_START, lines
    for line in lines[:-1]:
        content = line.rstrip()
        assert not content or content[-1] not in NO_END, lines
    words = set(text.split())
    for line in lines:  # Latin words are never split when they fit a line
        assert all(word in words for word in line.split() if word.isascii())
