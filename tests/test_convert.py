"""Script conversion: the Traditional standards and full-width punctuation, both display-only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import convert as convert_module
from reader.convert import (
    convert,
    convert_document,
    detect_script,
    full_width_punctuation,
    read_simplified,
    simplified,
)
from reader.document import Block, Document
from reader.tui.listing import next_script, next_traditional


@pytest.mark.parametrize(
    ("script", "original", "text", "shown"),
    [
        ("traditional", "simplified", "软件和网络的信息", "軟件和網絡的信息"),
        ("traditional-tw", "simplified", "软件和网络的信息", "軟體和網路的資訊"),  # Taiwan's phrases
        ("traditional-hk", "simplified", "着力推进", "着力推進"),
        ("traditional-tw", "traditional", "着力", "著力"),  # a Traditional page in Taiwan's forms
        ("simplified", "traditional", "機關單位", "机关单位"),
        ("original", "simplified", "软件", "软件"),
        ("traditional", "traditional", "乾安縣", "乾安縣"),  # a page already in the script: untouched
    ],
)
def test_each_standard_converts_as_opencc_does(script: str, original: str, text: str, shown: str) -> None:
    assert convert(text, script, original) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("发言,道出了心声", "发言，道出了心声"),
        ("市(州)政府办公室", "市（州）政府办公室"),
        ("真的吗?是的!时间:今天;明天", "真的吗？是的！时间：今天；明天"),
        ("时间:2022-06-21", "时间:2022-06-21"),  # a neighbour that is not a hanzi: left alone
        ("Hello, world (1)", "Hello, world (1)"),
        ("", ""),
    ],
)
def test_full_width_punctuation_between_hanzi_only(text: str, shown: str) -> None:
    assert full_width_punctuation(text) == shown


def test_punctuation_is_a_view_of_the_text_and_the_page_stays_as_read() -> None:
    doc = Document(title="标题,副题", blocks=(Block("paragraph", "近日,笔者走进"),), lines=("近日,笔者走进",))
    shown = convert_document(doc, "original", punctuation=True)
    assert (shown.title, shown.blocks[0].text) == ("标题，副题", "近日，笔者走进")
    assert shown.lines == doc.lines
    assert convert_document(doc, "original") is doc


@pytest.mark.parametrize(
    ("standard", "article", "cycle"),
    [
        ("traditional", "simplified", ["traditional", "simplified", "original"]),
        ("traditional-tw", "simplified", ["traditional-tw", "simplified", "original"]),
        ("traditional-hk", "traditional", ["simplified", "traditional-hk", "original"]),
    ],
)
def test_t_cycles_through_the_chosen_standard(standard: str, article: str, cycle: list[str]) -> None:
    seen, script = [], "original"
    for _ in cycle:
        script = next_script(script, article, standard)  # type: ignore[arg-type]
        seen.append(script)
    assert seen == cycle


def test_capital_t_cycles_the_standards() -> None:
    standards = ("traditional", "traditional-tw", "traditional-hk", "simplified")
    assert [next_traditional(s) for s in standards] == [
        "traditional-tw",
        "traditional-hk",
        "traditional",
        "traditional",
    ]


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("機關單位黨建工作", "traditional"),
        ("机关单位党建工作", "simplified"),
        ("機關單位的党建工作和机关", "simplified"),  # more characters a conversion to Traditional changes
        ("", "simplified"),
        ("ASCII only 123", "simplified"),
    ],
)
def test_the_script_is_the_one_fewer_characters_differ_from(text: str, script: str) -> None:
    assert detect_script(text) == script


# Characters t2s changes alone and in phrases (乾 stays in 乾坤, 干 in 乾燥), line breaks and spaces.
# 覆 and 沈 change only in phrases (回覆 → 回复, 深沈 → 深沉), 𠀀 lies past the BMP.
_PIECES = st.one_of(
    st.sampled_from(["機關", "乾", "坤", "燥", "頭髮", "發", "著", "名", "单位", " ", "\n", "\r", "ａ"]),
    st.sampled_from(["回", "覆", "深", "沈", "𠀀"]),
)


@given(st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=6))
def test_lines_read_together_read_as_each_alone(texts: list[str]) -> None:
    """Read in one call (joined by line breaks, a text holding one among them), each text is what
    t2s makes of it alone, whether it was read before or not."""
    alone = [convert(t, "simplified", "traditional") for t in texts]
    assert read_simplified(texts) == alone
    assert read_simplified(texts) == alone  # from the memo now
    assert [simplified(t) for t in texts] == alone


def test_the_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert_module, "_READINGS", {})
    monkeypatch.setattr(convert_module, "_READINGS_MAX", 3)
    assert read_simplified(["機", "關"]) == ["机", "关"]
    assert read_simplified(["機", "單", "位"]) == ["机", "单", "位"]  # 機 was read before the memo emptied
    assert set(convert_module._READINGS) == {"機", "單", "位"}
    assert simplified("發") == "发"
    assert set(convert_module._READINGS) == {"發"}


def test_a_text_t2s_would_leave_as_it_is_is_spared_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert_module, "_READINGS", {})
    monkeypatch.setattr(convert_module, "_converter", None)  # any call to OpenCC would raise
    assert read_simplified(["机关单位的工作", "ASCII"]) == ["机关单位的工作", "ASCII"]
    assert simplified("达州市通川区") == "达州市通川区"
    assert detect_script("机关单位党建工作") == "simplified"


def test_every_character_t2s_changes_alone_is_in_the_table() -> None:
    """Each character of the BMP that t2s changes on its own (a compatibility ideograph, 機, 麼) is
    listed, so no text without a listed character is changed by one."""
    table = convert_module._t2s_changes()
    chars = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000 and chr(c) not in "\n\r"]
    t2s = convert_module._converter("t2s.json")
    read = t2s.convert("\n".join(chars)).split("\n")
    assert len(read) == len(chars)
    assert [c for c, r in zip(chars, read, strict=True) if r != c and not table.search(c)] == []


def test_the_table_is_the_installed_opencc_s() -> None:
    """`data/t2s_chars.txt` is what `scripts/build_t2s_chars.py` makes of the installed OpenCC's
    dictionaries, phrases included: a new OpenCC needs the table built again."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "build_t2s_chars.py"
    spec = importlib.util.spec_from_file_location("build_t2s_chars", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    if not (build.OPENCC / "bin" / "opencc_dict").exists():
        pytest.skip("this OpenCC ships no opencc_dict to read its dictionaries with")
    shipped = Path(convert_module.__file__).with_name("data") / "t2s_chars.txt"
    assert shipped.read_text("utf-8") == build.render(build.t2s_chars())
