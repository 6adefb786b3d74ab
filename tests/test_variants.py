"""The variant-form table (`reader/data/variants.tsv`): it folds only what OpenCC leaves, never a
Simplified character, and keeps every line's length."""

from __future__ import annotations

from pathlib import Path

from reader.convert import convert
from reader.variants import fold_variants, variants

HAND = Path(__file__).parents[1] / "scripts" / "variants_by_hand.tsv"


def test_the_hand_list_is_in_the_table_and_small() -> None:
    rows = [line.split("\t") for line in HAND.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert 0 < len(rows) <= 20
    assert all(variants()[variant] == standard for variant, standard, _ in rows)


def test_each_variant_is_one_opencc_leaves_and_comes_to_one_simplified_character() -> None:
    table = variants()
    assert {"峩", "靑", "淸", "緖", "甯", "鄕"} <= table.keys()
    for variant, standard in table.items():
        # t2s folds compatibility ideographs too, but the region fold reads no OpenCC: they stay
        assert ord(variant) <= 0xFFFF  # past the BMP, `re` tests a class's members one by one: slow
        compatible = 0xF900 <= ord(variant) < 0xFB00
        assert len(standard) == 1 and standard not in table  # one fold reaches the standard form
        left = convert(variant, "simplified", "traditional") == variant
        assert compatible or (left and _in_gb2312(standard))
    simplified = [v for v in table if v.isprintable() and _in_gb2312(v)]
    assert simplified == ["甯"]  # the one Simplified character folded, by hand (a surname since 2013)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_the_fold_keeps_the_length_and_leaves_standard_text_alone() -> None:
    assert fold_variants("靑海省西寧市 峩眉山 記者 兪晨曦") == "青海省西寧市 峨眉山 記者 俞晨曦"
    text = "四川省乐山市峨眉山市召开会议。機關單位"
    assert fold_variants(text) is text
    assert len(fold_variants("靑" * 5 + "\uf900")) == 6
