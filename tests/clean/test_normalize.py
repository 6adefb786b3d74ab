"""Rule group `normalize`: line breaks, escapes, controls, bidi, zero-width, odd spaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.clean.normalize import normalize_line, split_lines
from reader.safe import has_unsafe


def test_split_lines_folds_every_break() -> None:
    assert split_lines("a\r\nb\rc\u2028d\x85e\nf") == ["a", "b", "c", "d", "e", "f"]
    assert split_lines("a\r\r\nb\n\rc\r\n\r\nd\x0b\ne") == ["a", "", "b", "", "c", "", "d", "", "e"]


def test_escapes_go_whole() -> None:
    line, changes = normalize_line("标题\x1b[2J\x1b[31m红\x1b]52;c;aGk=\x07字\x1b]8;;http://x\x1b\\链\x9b1m")
    assert line == "标题红字链"
    assert [c[0] for c in changes] == ["normalize.escapes"] * 5
    assert changes[0] == ("normalize.escapes", "␛[2J", "")  # the record shows the escape, never carries it
    assert changes[2][1] == "␛]52;c;aGk=␇"


def test_controls_bidi_zero_width_and_spaces() -> None:
    line, changes = normalize_line("a\x00b\x07c\u202ed\u200be\u00a0f\tg")
    assert line == "abcde f g"
    assert changes == [
        ("normalize.controls", "␀", ""),
        ("normalize.controls", "␇", ""),
        ("normalize.bidi", "<U+202E>", ""),
        ("normalize.zero_width", "<U+200B>", ""),
        ("normalize.spaces", "<U+00A0>", " "),
        ("normalize.spaces", "␉", " "),
    ]


def test_plain_chinese_is_untouched() -> None:
    line = "什么是“品质通川”?对这个相对宽泛的问题,你或许觉得既熟悉又陌生。"
    assert normalize_line(line) == (line, [])


@given(st.text())
def test_normalized_lines_hold_no_unsafe_character_and_are_stable(text: str) -> None:
    for raw in split_lines(text):
        line, changes = normalize_line(raw)
        assert not has_unsafe(line)
        assert "\x1b" not in line and "\n" not in line
        assert normalize_line(line) == (line, [])
        assert all(not has_unsafe(before) for _, before, _ in changes)
