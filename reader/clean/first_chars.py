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
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

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


_Char = tuple[str, bool]


class _Shape(NamedTuple):
    """What a piece of a pattern can match: nothing; which characters alone; which first; which two
    first (each character `(escaped, folded)`: a class member, and whether case is folded)."""

    empty: bool
    single: frozenset[_Char]
    first: frozenset[_Char]
    pairs: frozenset[tuple[_Char, _Char]]


_NOTHING = _Shape(True, frozenset(), frozenset(), frozenset())
_NEVER = _Shape(False, frozenset(), frozenset(), frozenset())  # no match but at the line's start
_ANY = frozenset({("", False)})  # any character: no filter


def _shape(items: Any, flags: int, lead: bool = False) -> _Shape:
    """The `_Shape` of the sequence `items`; `_Unknown` where a character may be any.

    `lead`: the sequence opens a match, and only whether the line holds one matters, not where it
    starts. An optional item there is left out and a repeated one read once, as long as nothing
    before it narrows where the match may start (an assertion): the pattern also matches from after
    the optional item, or from the repeated one's last repetition (`\\d+人` from the digit before `人`).
    """
    shape = _NOTHING
    for op, av in items:
        fold = bool(flags & re.IGNORECASE)
        if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) and not flags & re.MULTILINE:
            return _NEVER  # matches only at the line's start, where every branch is tried
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            lead = False  # where the match starts is no longer free
            continue  # zero width: it only narrows where a match may be
        if op in (sre.ANY, sre.NOT_LITERAL):
            part = _Shape(False, _ANY, _ANY, frozenset())
        elif op is sre.LITERAL:
            part = _char(frozenset({(re.escape(chr(av)), fold)}))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            part = _char(frozenset({(_CATEGORIES[av], False)}))
        elif op is sre.IN:
            chars: set[str] = set()
            try:
                _class(av, chars)
                part = _char(frozenset((c, fold) for c in chars))
            except _Unknown:  # a negation, a wide range
                part = _char(_ANY)
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            part = _shape(sub, (flags | add) & ~remove, lead)
        elif op is sre.BRANCH:
            alts = [_shape(alt, flags, lead) for alt in av[1]]
            part = _Shape(
                any(a.empty for a in alts),
                frozenset().union(*(a.single for a in alts)),
                frozenset().union(*(a.first for a in alts)),
                frozenset().union(*(a.pairs for a in alts)),
            )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            lead = lead and op is not sre.POSSESSIVE_REPEAT  # (which gives back no repetition)
            if high == 0 or (lead and low == 0):
                continue
            inner = _shape(sub, flags, lead)
            # one repetition of a single character followed by another (at the lead, the last one is read)
            again = _product(inner.single, inner.first) if high != 1 and not lead else frozenset()
            part = _Shape(low == 0 or inner.empty, inner.single, inner.first, inner.pairs | again)
        else:
            raise _Unknown
        lead = lead and part == _NOTHING
        shape = _Shape(
            shape.empty and part.empty,
            (shape.single if part.empty else frozenset()) | (part.single if shape.empty else frozenset()),
            shape.first | (part.first if shape.empty else frozenset()),
            shape.pairs | _product(shape.single, part.first) | (part.pairs if shape.empty else frozenset()),
        )
    return shape


def _char(chars: frozenset[tuple[str, bool]]) -> _Shape:
    return _Shape(False, chars, chars, frozenset())


def _product(a: frozenset[_Char], b: frozenset[_Char]) -> frozenset[tuple[_Char, _Char]]:
    return frozenset((x, y) for x in a for y in b)


def _broad(chars: set[_Char]) -> bool:
    """Any character, or a category (`\\w`, `\\S`) among them."""
    return any(c == "" or (c[:1] == "\\" and c[1:2].isalpha()) for c, _ in chars)


_MANY = frozenset({"", r"\S", r"\w", r"\W", r"\D"})  # any character, or categories of most of them


def _ascii_firsts(seconds: dict[_Char, set[_Char]]) -> frozenset[_Char]:
    """The ASCII first characters not followed by most characters: each is let through only with its
    own seconds (`_each_with_its_seconds`).

    ASCII characters are few and common, and what may follow each differs most (a mail address's `@`,
    a word's next letter): lumped together, every pair of letters or digits would be let through.
    """
    return frozenset(a for a, b in seconds.items() if a[0].isascii() and not any(c in _MANY for c, _ in b))


def _each_with_its_seconds(firsts: frozenset[_Char], seconds: dict[_Char, set[_Char]]) -> str:
    """A lookahead's branch for `firsts`, each followed by its own seconds, in groups of the firsts that
    share them, behind one test of them all."""
    groups: dict[frozenset[_Char], set[_Char]] = {}
    for a in firsts:
        groups.setdefault(frozenset(seconds[a]), set()).add(a)
    pairs = sorted(f"(?:{_members(frozenset(f))})(?:{_members(after)})" for after, f in groups.items())
    return f"(?={_members(firsts)})(?:{'|'.join(pairs)})"


def _caseless(char: str) -> bool:
    """A hanzi or an ASCII character not a letter: read the same with case folded or not, and read
    faster without it."""
    return (len(char) == 1 and ("\u3400" <= char <= "\u9fff" or (char.isascii() and not char.isalpha()))) or (
        len(char) == 2 and char[0] == "\\" and char[1].isascii() and not char[1].isalnum()
    )


def _members(chars: frozenset[tuple[str, bool]]) -> str:
    """A class of the members, those read without case as such."""
    cased = "".join(sorted(c for c, fold in chars if not fold or _caseless(c)))
    folded = "".join(sorted(c for c, fold in chars if fold and not _caseless(c)))
    return "|".join(([f"[{cased}]"] if cased else []) + ([f"(?i:[{folded}])"] if folded else []))


def _tree_shape(source: str, flags: int, anywhere: bool) -> _Shape | None:
    """The `_Shape` of the pattern `source` (`anywhere`: as `_shape`'s `lead` reads it), None where its
    first characters are not known or it may match nothing."""
    if sre_parse is None or flags & (re.ASCII | re.LOCALE):
        return None
    tree = sre_parse.parse(source, flags)
    try:
        shape = _shape(tree, tree.state.flags, anywhere)
    except _Unknown:
        return None
    return None if shape.empty or not shape.first or shape.first >= _ANY else shape


def _starts(shape: _Shape) -> str:
    """A lookahead's branches for the first two characters a match of `shape` can have."""
    # The first characters whose seconds are few, and those whose seconds are many (`\w`, any)
    seconds: dict[_Char, set[_Char]] = {}
    for a, b in shape.pairs:
        seconds.setdefault(a, set()).add(b)
    starts = [f"(?:{_members(frozenset(shape.single))})"] if shape.single else []
    own = _ascii_firsts(seconds)
    for broad in (False, True):
        firsts = frozenset(a for a, b in seconds.items() if _broad(b) is broad and a not in own)
        after = frozenset().union(*(seconds[a] for a in firsts))
        if firsts:
            starts.append(f"(?:{_members(firsts)})" + ("" if after >= _ANY else f"(?:{_members(after)})"))
    if own:
        starts.append(_each_with_its_seconds(own, seconds))
    return "|".join(starts)


def with_first_pair(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead of the first two characters a match can have: the same matches,
    tried at fewer positions than `with_first_chars` (most CJK characters begin some word; fewer
    are followed by a character that can come second). `with_first_chars(pattern)` where a match
    may be one character long or nothing, or its characters are not known."""
    shape = _tree_shape(pattern.pattern, pattern.flags, anywhere=False)
    if shape is None:
        return with_first_chars(pattern)
    try:
        return re.compile(rf"(?:\A|(?={_starts(shape)}))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags (`(?i)…`) must stay at the start
        return pattern


# The characters beyond ASCII that `re` takes for an ASCII letter when it folds case (`(?i:k)` matches
# the Kelvin sign): a class of first characters read with case kept holds them too.
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def _first_class(chars: frozenset[_Char]) -> str | None:
    """One class, case kept, of the characters a match may begin with (a folded letter in both cases
    and its folds beyond ASCII); None where a folded letter beyond ASCII has folds not listed."""
    members: set[str] = set()
    for c, fold in chars:
        if fold and len(c) == 1 and c.lower() != c.upper():
            if not c.isascii():
                return None
            members |= {c.lower(), c.upper(), *_ASCII_FOLDS}
        else:
            members.add(c)
    return f"[{''.join(sorted(members))}]"


def alternation(patterns: Sequence[re.Pattern[str]]) -> str:
    """`patterns` as one, each with its case folding (their other flags are not kept)."""
    return "|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p in patterns)


def word_gate(patterns: Sequence[re.Pattern[str]]) -> Callable[[str], bool]:
    """Whether a line holds a match of one of `patterns` (not where, nor which one): a vocabulary of
    many words, which most lines hold none of.

    A match is looked for only where its first two characters stand, those it has without its
    optional or repeated opening (see `_shape`: `\\d+人` from the digit before `人`). `re` skips in C
    to a character of the class a pattern opens with, where a lookahead would be tried at every
    position: the gate opens on the class of those first characters, then reads the pair and a
    match from that character (a lookbehind of the one character taken). The patterns that have a
    branch anchored at the line's start are tried there, once."""
    joined = alternation(patterns)
    try:  # (parsed, not compiled: the gate's pattern holds it whole)
        shape = None if any(p.flags & ~(re.I | re.U) for p in patterns) else _tree_shape(joined, 0, True)
    except re.error:  # global inline flags (`(?i)…`) must stay at the start
        shape = None
    first = None if shape is None else _first_class(shape.first)
    if shape is None or first is None:  # (flags the join would lose among them)
        return lambda text: any(p.search(text) for p in patterns)
    scan = re.compile(rf"{first}(?<=(?={_starts(shape)})(?={joined})[\s\S])")
    anchored = [p for p in patterns if "^" in p.pattern or "\\A" in p.pattern]  # (a negated class too)
    if not anchored:
        return lambda text: scan.search(text) is not None
    at_start = re.compile(alternation(anchored))
    return lambda text: at_start.match(text) is not None or scan.search(text) is not None


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
