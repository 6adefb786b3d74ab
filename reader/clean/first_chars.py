"""A search pattern tried only where a match can begin.

`re` tries every branch of an alternation at every position of a line. A vocabulary of hundreds of
words, most of them CJK, can only begin at a few hundred characters: a lookahead of those characters
lets the engine skip the other positions at the cost of one set test each. The pattern's parse tree
says which characters those are; where it cannot tell (a branch that opens with `\\w`, `.`, a negated
class, or may match nothing), the pattern is left as it is. A branch anchored at `^` begins only at the
line's start, where every branch is tried.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser `re` itself uses: private, so a Python without it only loses the speed-up
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _CATEGORIES = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
except (ImportError, AttributeError):
    sre_parse = None

_WIDE_RANGE = 512  # a class's range wider than this gives up (a set of that many characters is no filter)


class _Unknown(Exception):
    """A branch's first character may be any."""


def _firsts(items: Any, flags: int, cased: set[str], folded: set[str]) -> bool:
    """Add the characters a match of the sequence `items` can begin with; True when it may be empty
    or begin at the line's start only (both leave the later items to say nothing)."""
    for op, av in items:
        if op is sre.AT:
            if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) and not flags & re.MULTILINE:
                return False  # matches only at position 0, where the lookahead lets every branch try
            continue  # `\b`, `$`: zero width
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item reads the first character
        if op is sre.LITERAL:
            (folded if flags & re.IGNORECASE else cased).add(re.escape(chr(av)))
            return False
        if op is sre.CATEGORY and av in _CATEGORIES:
            cased.add(_CATEGORIES[av])
            return False
        if op is sre.IN:
            _class(av, folded if flags & re.IGNORECASE else cased)
            return False
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if not _firsts(sub, (flags | add) & ~remove, cased, folded):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _firsts(alt, flags, cased, folded)
            if not empty:
                return False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not _firsts(sub, flags, cased, folded) and low > 0:
                return False
            continue
        raise _Unknown  # `.`, a back reference, an atomic group: no set of characters
    return True  # every item may match nothing


def _class(items: Any, chars: set[str]) -> None:
    """Add a class's members as the lookahead's class writes them (`\\d` stays `\\d`)."""
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(re.escape(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] <= _WIDE_RANGE:
            chars.update(re.escape(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:  # a negation, a wide range
            raise _Unknown


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead of the characters a match can begin with: the same matches
    (`search`, `finditer`), found faster; `pattern` itself when its first characters are not known."""
    if sre_parse is None:
        return pattern
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    cased: set[str] = set()
    folded: set[str] = set()
    try:
        if _firsts(tree, tree.state.flags, cased, folded):
            return pattern  # it may match nothing, anywhere
    except _Unknown:
        return pattern
    if pattern.flags & (re.ASCII | re.LOCALE):
        return pattern  # `\\d` in the lookahead would read as the pattern's own flags say: keep it simple
    starts = [f"[{''.join(sorted(cased))}]"] if cased else []
    starts += [f"(?i:[{''.join(sorted(folded))}])"] if folded else []
    try:
        return re.compile(rf"(?:\A|(?={'|'.join(starts) or '(?!)'}))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags (`(?i)…`) must stay at the start
        return pattern
