"""`with_first_chars`, `with_first_pair`: a pattern tried only where a match can begin finds the same
matches; `word_gate`: a vocabulary tried so finds a word in the same lines."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.clean.chrome.lines import _HAS_WORD, VOCABULARIES
from reader.clean.first_chars import _ASCII_FOLDS, with_first_chars, with_first_pair, word_gate

PATTERNS = [
    re.compile(r"网站地图|版权所有|(?i:copyright)\s*©?"),
    re.compile(r"(?<!\d)\d+\s*人赞同|^\W{0,2}关注|[上下]一篇\s*[:：]"),
    re.compile(r"(?:来源|作者)?\s*[:：]\s*\S+"),  # may open with spaces: `\s` in the lookahead
    re.compile(r"^(?:[上下]一篇)$|^\d{1,3}(?:,\d{3})+$"),  # anchored only: tried at the start alone
    re.compile(r"(?i)kelvin|ſtraße"),  # global flags: case folding beyond ASCII (K, ſ)
    re.compile(r"©|(?i:\(c\))\s*\d{4}|本帖最后由.{1,30}编辑"),  # one character alone; any character third
    re.compile(r"(?:请您?|欢迎)\w{0,2}(?:加入|成为)|_\w{0,8}广告|(?i:kk)"),  # `\w` second; folded letters
    re.compile(r"(?:[上下]一篇)?\s*[:：]|(?:点击|浏览)+量"),  # an optional opening; a repeated word
]
LINES = [
    "",
    "網站地圖 网站地图 | 版权所有",
    "Copyright © 2024 本站",
    "COPYRIGHT 2024",
    "\u212aELVIN and ſtraSSe STRASSE",
    "123 人赞同了该回答",
    "12345人赞同",
    "  关注我们",
    "下一篇：某某文章",
    "作者 ： 张三",
    "1,234",
    "上一篇",
    "这是一段普通的文字，没有任何词语。",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("fast_form", [with_first_chars, with_first_pair])
@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_the_pattern(pattern: re.Pattern[str], fast_form) -> None:
    fast = fast_form(pattern)
    for line in LINES:
        assert _found(fast, line) == _found(pattern, line), (pattern.pattern, line)


def test_a_lookahead_is_added_where_the_first_characters_are_known() -> None:
    assert with_first_chars(PATTERNS[0]).pattern.startswith(r"(?:\A|(?=")


def test_a_pair_lookahead_names_the_characters_that_can_follow_the_first() -> None:
    fast = with_first_pair(re.compile(r"网站地图|版权所有"))
    assert fast.pattern.startswith(r"(?:\A|(?=(?:[版网])(?:[权站])))")
    # a match may be one character long: that character alone is let through too
    assert "(?:[©])" in with_first_pair(re.compile(r"©|版权所有")).pattern


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"a?"),  # may match nothing, anywhere
        re.compile(r".{2}站"),  # any character may begin it
        re.compile(r"[^a]b"),  # a negated class
        re.compile(r"\d+年", re.ASCII),  # the lookahead would read `\d` as its own flags say
    ],
)
def test_a_pattern_whose_first_characters_are_unknown_is_kept(pattern: re.Pattern[str]) -> None:
    assert with_first_chars(pattern) is pattern
    assert with_first_pair(pattern) is pattern


_CHROME_TEXT = st.text(
    alphabet=st.sampled_from(
        list(
            "网站地图版权所有上下一篇：:0123 4人赞同关注返回顶部首页打印本页"
            "CcOoPpYyRrIiGgHhTt©|ſ\u212a请您加入_广告"
        )
    ),
    max_size=30,
)


@given(_CHROME_TEXT)
def test_the_vocabulary_finds_what_its_rules_find(text: str) -> None:
    # the rules' joint vocabulary, filtered, finds a word in a line exactly when one of theirs does
    assert _HAS_WORD(text) == any(p.search(text) for p in VOCABULARIES)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("版权所有©(Cc) 1999本帖最后由编辑请您加入欢迎成为_广告Kk\u212a上下一篇:：点击量")
        ),
        max_size=30,
    )
)
def test_a_pair_lookahead_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in PATTERNS:
        assert _found(with_first_pair(pattern), text) == _found(pattern, text), (pattern.pattern, text)


# Patterns whose matches open with an optional or a repeated part, or a mail address's ASCII run.
ANYWHERE = [
    *PATTERNS,
    re.compile(r"(?<!\d)\d+\s*人赞同|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    re.compile(r"(?:客服|投诉)?/?(?:电话|邮箱)\s*[:：]|\d+人赞同|(?i:ab)+c"),
]


@given(
    st.text(
        alphabet=st.sampled_from(
            list("客服投诉/电话邮箱:：12 3人赞同ab.AB@cC-x版权所有上下一篇\u0130\u0131ſ\u212akK")
        ),
        max_size=30,
    )
)
def test_a_gate_finds_a_match_where_the_pattern_does(text: str) -> None:
    for pattern in ANYWHERE:
        assert word_gate([pattern])(text) == (pattern.search(text) is not None), (pattern.pattern, text)
    assert word_gate(ANYWHERE[-2:])(text) == any(p.search(text) for p in ANYWHERE[-2:])


def test_a_gate_lets_a_repeated_opening_through_at_its_pair_only() -> None:
    gate = word_gate([re.compile(r"\d+人|[a-z]+@x\.cn"), re.compile(r"(?i:kb)")])
    assert gate("编号12345人") and gate("mail abc@x.cn") and gate("\u212aB")
    # a line of digits and letters alone is let through nowhere
    assert not gate("2024-01-01 abc 12:30")


def test_the_folds_beyond_ascii_of_ascii_letters_are_all_listed() -> None:
    letters = re.compile(r"(?i:[a-z])")
    folds = [chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))]
    assert sorted(folds) == sorted(_ASCII_FOLDS)
