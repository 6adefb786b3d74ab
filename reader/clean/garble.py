"""Rule group `garble`: read byte-shifted GBK spans in step again and recover the characters they lost.

gbk_shift  `每?jī)芍荛_展` → `每兩周開展`: the shifted span is re-read, and a character whose bytes were
           lost is chosen from the words around it (or marked `〓` when they do not decide).

How such a span arises: a farm inserted an annotation `(jī)` between the two bytes of a GBK character
(兩 = 83 C9). The decoder took the orphaned lead byte with `(` as one invalid pair and wrote `?` (or
U+FFFD then `(`); from the orphaned trail byte on it read every pair one byte off (C9 D6 → 芍,
DC E9 → 荛) until a single-byte character put it back in step (5F → `_`). Re-encoding the span as GBK,
dropping C9 and decoding gives 周開 back. Of 兩 only its trail byte C9 survives.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

from reader.clean import tables
from reader.clean.pinyin import SYLLABLE, chars_read_as, is_reading, is_syllable, to_simplified
from reader.clean.rules import REPAIR, Rule, register

RULE = register(
    Rule("garble.gbk_shift", REPAIR, "每?jī)芍荛_展", "`每兩周開展`; an unrecoverable character becomes `〓`")
).name
Script = Literal["traditional", "simplified"] | None
LOST = "〓"  # GB 2312's geta mark: a character was here but cannot be recovered

# The orphaned lead byte (`?`, or U+FFFD before the `(` it failed on) and the inserted syllable.
_MARKER = re.compile(rf"(?:\?|\ufffd\()({SYLLABLE})\)")
# `_MARKER`'s two forms apart, for a whole page: a pattern that begins with a literal character scans
# ten times faster than one that begins with a class.
_PAGE_MARKERS = (re.compile(rf"\?{SYLLABLE}\)"), re.compile(rf"\ufffd\({SYLLABLE}\)"))
_ANNOTATION = re.compile(rf"\(({SYLLABLE})\)")
_ANNOTATIONS = re.compile(rf"[(（]{SYLLABLE}[)）]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTEXT = 3  # characters on each side that score a candidate
_SAMPLE = 40  # characters on each side that tell a Traditional line from a Simplified one
_MAX_WORD = 4  # 97% of jieba's words; longer ones rarely fit in a window
_MARGIN = math.log(10)  # a recovered character is ten times likelier than any other
# Log priors of a candidate: a character of the other script, or one the farm would not have split
# (on Traditional pages they annotate only Traditional-only characters), starts far behind; a
# Traditional form that no standard gives back (噹, where 当 is 當) starts a little behind.
_UNLIKELY = -math.log(1000)
_VARIANT = -math.log(100)
_BEAM = 16  # partial readings kept while lost characters are chosen one after another
_GUESSES = 3  # how many `?` in a row may each have swallowed a lead byte
_TO_TRADITIONAL = ("s2t", "s2tw", "s2hk")  # the standards a Traditional form may follow


@dataclass(frozen=True)
class _Lost:
    """What survives of a lost character: perhaps one of its bytes, perhaps its reading."""

    lead: int | None = None
    trail: int | None = None
    reading: str | None = None
    split: bool = False  # the character the annotation went into, rather than one lost to a later `?`


@dataclass(frozen=True)
class _Span:
    """A garbled span read back in step: text, with the characters whose bytes were lost."""

    end: int
    pieces: tuple[str | _Lost, ...]


# --- Reading the bytes back in step -------------------------------------------------------------


def _gbk(char: str) -> bytes | None:
    try:
        return char.encode("gbk")
    except UnicodeEncodeError:
        return None


def _pair(lead: int, trail: int) -> str | None:
    """The character GBK encodes as `lead trail`, if any."""
    try:
        char = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 else None


def _is_trail(byte: int) -> bool:
    return 0x40 <= byte <= 0x7E or 0x80 <= byte <= 0xFE


def _parse(line: str, marker: re.Match[str]) -> _Span | None:
    """The span after `marker` read back in step, or None when its bytes do not fit a shift."""
    if not is_syllable(marker.group(1)):
        return None
    span = _read_behind(line, marker.end(), _GUESSES)
    if span is None or not isinstance(first := span.pieces[0], _Lost):
        return None
    # A real shift reads better in step than as the page has it (芍荛_ → 周開); text that only
    # happens to fit one does not (戰斗機 → 鸲窓C), and is left as it is.
    if not _reads_better(span, line, marker.end()):
        return None
    return _Span(span.end, (replace(first, split=True), *span.pieces[1:]))


def _read_behind(line: str, k: int, guesses: int) -> _Span | None:
    """Read `line[k:]` one byte behind the decoder until a character ends in both readings.

    `pending` is the lead byte of the character whose trail byte comes next; None when it was lost.
    """
    pieces: list[str | _Lost] = []
    pending: int | None = None
    while k < len(line):
        if line[k] in "?\ufffd":  # the decoder could not read the next trail byte with the byte after it
            note = _MARKER.match(line, k)
            pieces.append(_Lost(lead=pending, reading=note.group(1) if note else None))
            if note:  # that byte was the `(` of the lost character's annotation
                return _Span(note.end(), tuple(pieces))
            # U+FFFD took one byte. `?` took two: an ASCII byte (lost), or the next lead byte.
            ahead = _read_behind(line, k + 1, guesses - 1) if guesses and line[k] == "?" else None
            if ahead and _reads_better(ahead, line, k + 1):
                return _Span(ahead.end, (*pieces, *ahead.pieces))
            return _Span(k + 1, tuple(pieces))
        data = _gbk(line[k])
        # `〓` marks a character a repair gave up on: text after it was read in step already.
        if data is None or line[k] == LOST or not _is_trail(data[0]):
            return None
        char = _Lost(trail=data[0]) if pending is None else _pair(pending, data[0])
        if char is None:
            return None
        pieces.append(char)
        k += 1
        if len(data) == 2 and data[1] >= 0x80:
            pending = data[1]
            continue
        # An ASCII byte ends a character in both readings: back in step.
        if len(data) == 2:
            pieces.append(chr(data[1]))
        elif isinstance(char, _Lost) and (note := _ANNOTATION.match(line, k)):
            pieces[-1], k = replace(char, reading=note.group(1)), note.end()
        return _Span(k, tuple(pieces))
    return None


def _reads_better(span: _Span, line: str, start: int) -> bool:
    """Whether `span`, re-read from `line[start]`, is likelier Chinese than the text it would replace."""
    reread = "".join(p for p in span.pieces if isinstance(p, str))
    if not reread:  # only lost characters: they replace garble, unless an ASCII word goes on after them
        after = line[span.end : span.end + 1]
        return not (after.isascii() and after.isalnum())
    return _fluency(reread) > _fluency(line[start : span.end])


# --- Word statistics ----------------------------------------------------------------------------


def _words_at(text: str) -> list[list[tuple[int, float]]]:
    """For each position of `text`, the words that begin there as `(end, log-probability)`.

    Unigram log-probabilities from jieba's counts; a character the dictionary lacks counts once.
    """
    table = tables.words()
    log_total = table.log_total
    found: list[list[tuple[int, float]]] = []
    for start in range(len(text)):
        here = []
        for end in range(start + 1, min(len(text), start + _MAX_WORD) + 1):
            count = table.count(text[start:end])
            if count is not None:
                here.append((end, math.log(count or 1) - log_total))
            elif end == start + 1:
                here.append((end, -log_total))
        found.append(here)
    return found


def _forward(text: str) -> tuple[list[float], list[int]]:
    """Best segmentation of every prefix: `best[i]` scores `text[:i]`, whose last word starts at `back[i]`."""
    best = [0.0] + [-math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for start, words in enumerate(_words_at(text)):  # every word ending at `end` is offered in order of start
        for end, logp in words:
            if best[start] + logp > best[end]:
                best[end], back[end] = best[start] + logp, start
    return best, back


def _backward(text: str) -> list[float]:
    """`best[i]` scores the best segmentation of `text[i:]`."""
    best = [-math.inf] * len(text) + [0.0]
    words_at = _words_at(text)
    for start in range(len(text) - 1, -1, -1):
        for end, logp in words_at[start]:
            best[start] = max(best[start], logp + best[end])
    return best


def _fluency(text: str) -> float:
    """Mean log-probability per character of `text`'s best segmentation."""
    plain = _context(text)
    return _forward(plain)[0][-1] / max(len(plain), 1)


class _Options(NamedTuple):
    """What a lost character may have been, ready for `_Slot`: the same for every span that lost it."""

    options: list[tuple[str, float]]  # each candidate with its log prior
    priors: list[float]
    distinct: list[str]  # the candidates' Simplified forms, each once: each is scored once
    form_at: list[int]  # the position in `distinct` of each candidate's form
    by_first: dict[str, list[int]]  # the forms in `distinct` by their first character
    firsts: frozenset[str]
    alone: list[float]  # log count of each form alone (once if the dictionary lacks it)
    followers: list[frozenset[str]]  # what comes after each form in the longer words it begins


@lru_cache(maxsize=1 << 11)
def _options(lost: _Lost, script: Script) -> _Options:
    options = _candidates(lost, script)
    simple = [_simplified(char) for char, _ in options]
    distinct = list(dict.fromkeys(simple))
    position = {char: k for k, char in enumerate(distinct)}
    by_first: dict[str, list[int]] = {}
    for k, char in enumerate(distinct):
        by_first.setdefault(char[0], []).append(k)
    words = tables.words()
    return _Options(
        options,
        [prior for _, prior in options],
        distinct,
        [position[char] for char in simple],
        by_first,
        frozenset(by_first),
        [math.log(words.count(char) or 1) for char in distinct],
        [words.followers(char) for char in distinct],
    )


class _Slot:
    """A lost character's options, and what every guess before it shares: the text after it.

    `fit(before)` scores each option put between `before` and `after`: the best segmentation in which
    exactly one word holds it. That word begins with the option (found once, here), or in `before`
    (found per guess, only for the options the dictionary has after that beginning).
    """

    def __init__(self, options: _Options, after: str) -> None:
        self.options = options
        self.after = after
        self.suffix = _backward(after)
        words = tables.words()
        self.log_total = words.log_total
        # The longer words an option begins, `(k, end, log count)`: `after[:end]` completes the word.
        self.longer: list[tuple[int, int, float]] = []
        for k, follow in enumerate(options.followers):
            if after[:1] in follow:
                char = options.distinct[k]
                for end in range(1, min(len(after), _MAX_WORD - 1) + 1):
                    count = words.count(char + after[:end])
                    if count is not None:
                        self.longer.append((k, end, math.log(count or 1)))

    def fit(self, before: str) -> list[float]:
        """The score of each option between `before` and `self.after` (the hot loop)."""
        prefix, suffix, log_total = _forward(before)[0], self.suffix, self.log_total
        here = prefix[len(before)]
        rest = here + suffix[0]
        best = [rest + logc - log_total for logc in self.options.alone]
        for k, end, logc in self.longer:
            score = here + suffix[end] + logc - log_total
            if score > best[k]:
                best[k] = score
        words = tables.words()
        for start in range(max(0, len(before) - _MAX_WORD + 1), len(before)):
            head = before[start:]
            follow = self.options.firsts.intersection(words.followers(head))
            if not follow:
                continue
            for end in range(min(len(self.after), _MAX_WORD - 1 - len(head)) + 1):
                tail = self.after[:end]
                rest = prefix[start] + suffix[end]
                for k in (k for first in follow for k in self.options.by_first[first]):
                    count = words.count(head + self.options.distinct[k] + tail)
                    if count is not None:
                        score = rest + math.log(count or 1) - log_total
                        if score > best[k]:
                            best[k] = score
        return [best[k] for k in self.options.form_at]


def _vouched(window: str, guessed: frozenset[int]) -> frozenset[int]:
    """The positions of `window` that its best segmentation puts in a word with a position not guessed.

    Two guessed characters forming a word between themselves prove nothing.
    """
    back = _forward(window)[1]
    vouched: set[int] = set()
    end = len(window)
    while end:
        word = range(back[end], end)
        if len(word) > 1 and not guessed.issuperset(word):
            vouched.update(word)
        end = back[end]
    return frozenset(vouched)


# --- Candidates ---------------------------------------------------------------------------------


def _fits(char: str, reading: str | None) -> bool:
    return (
        "\u3400" <= char <= "\u9fff"
        and _gbk(char) is not None
        and (reading is None or is_reading(char, reading))
    )


def _candidates(lost: _Lost, script: Script) -> list[tuple[str, float]]:
    """What `lost` may have been, each with its log prior; just `〓` when nothing is known."""
    if lost.lead is not None or lost.trail is not None:
        pool = {_pair(lost.lead or other, lost.trail or other) for other in range(0x40, 0xFF)}
    elif lost.reading is not None:
        pool = set(chars_read_as(lost.reading))
    else:
        pool = set()
    fits = sorted(c for c in pool if c is not None and _fits(c, lost.reading))
    return [(c, _prior(c, lost.split, script)) for c in fits] or [(LOST, 0.0)]


def _prior(char: str, split: bool, script: Script) -> float:
    """Log prior of `char` as a lost character of a line in `script` (None: no telling)."""
    traditional_only = _simplified(char) != char
    if script == "simplified":
        return _UNLIKELY if traditional_only else 0.0
    if script == "traditional" and not traditional_only and (split or _is_simplified_only(char)):
        return _UNLIKELY
    return _VARIANT if _is_variant(char) else 0.0


@lru_cache(maxsize=1 << 14)
def _is_simplified_only(char: str) -> bool:
    return all(tables.to_traditional(name).convert(char) != char for name in _TO_TRADITIONAL)


def _is_variant(char: str) -> bool:
    """`噹` (当 is 當 in every standard) is a variant; `為` (Taiwan's 为; OpenCC's is 爲) is not."""
    simplified = _simplified(char)
    return simplified != char and all(
        tables.to_traditional(name).convert(simplified) != char for name in _TO_TRADITIONAL
    )


@lru_cache(maxsize=1 << 14)
def _simplified(char: str) -> str:
    return to_simplified(char)


def _context(text: str) -> str:
    """Text as the dictionary spells it: no annotations, Simplified."""
    return to_simplified(_ANNOTATIONS.sub("", text))


# --- Choosing the lost characters ---------------------------------------------------------------


class _Guess(NamedTuple):
    """A choice for the first lost characters of a span, scored on the text up to the next one."""

    score: float
    prior: float
    chars: tuple[str, ...]


def _fill(plain: Sequence[str | None], chars: Iterable[str]) -> tuple[str, list[int]]:
    """`plain` with its lost characters (None) taken from `chars`, and where they went."""
    text, where, fill = "", [], iter(chars)
    for piece in plain:
        if piece is None:
            where.append(len(text))
            piece = _simplified(next(fill))
        text += piece
    return text, where


def _grow(guess: _Guess, option: tuple[str, float], score: float) -> _Guess:
    char, prior = option
    return _Guess(score, guess.prior + prior, (*guess.chars, char))


def _restore(pieces: tuple[str | _Lost, ...], left: str, right: str) -> str:
    """The span's text, its lost characters chosen from the words around them (else `〓`)."""
    left, right = left[-_SAMPLE:], right[:_SAMPLE]
    script = _script(left + "".join(p for p in pieces if isinstance(p, str)) + right)
    chosen = iter(_choose(pieces, _context(left)[-_CONTEXT:], _context(right)[:_CONTEXT], script))
    return "".join(p if isinstance(p, str) else next(chosen) for p in pieces)


def _script(text: str) -> Script:
    """`"機關"` → `"traditional"`, `"机关"` → `"simplified"`, `"每周"` → None: which script it shows.

    Characters, not phrases: OpenCC's s2t makes 每周 每週, though 周 is Traditional too.
    """
    leaning = sum(map(_leaning, text))  # the cached verdicts called from C: no Python frame per character
    if leaning == 0:
        return None
    return "traditional" if leaning > 0 else "simplified"


@lru_cache(maxsize=1 << 14)
def _leaning(char: str) -> int:
    """`"機"` → 1 (a Traditional form), `"机"` → -1 (only Simplified writes it), `"每"` or `"a"` → 0."""
    if not "\u3400" <= char <= "\u9fff":
        return 0
    return (_simplified(char) != char) - _is_simplified_only(char)


@lru_cache(maxsize=1 << 10)  # farms copy whole articles, garble and all
def _choose(pieces: tuple[str | _Lost, ...], left: str, right: str, script: Script) -> tuple[str, ...]:
    """The lost characters of `pieces`, chosen together between `left` and `right`.

    The whole window is scored, not one neighbour at a time: 每股 is a word, but 股周 is not.
    """
    plain = [None if isinstance(p, _Lost) else _context(p) for p in pieces]
    lost = [(i, p) for i, p in enumerate(pieces) if isinstance(p, _Lost)]
    beam = [_Guess(0.0, 0.0, ())]
    for n, (i, piece) in enumerate(lost):
        # Each is scored on the text up to the next lost character; the last one also on `right`.
        end = lost[n + 1][0] if n + 1 < len(lost) else len(pieces)
        after = _fill(plain[i + 1 : end], ())[0] + (right if end == len(pieces) else "")
        slot = _Slot(_options(piece, script), after)
        scores: list[float] = []  # each guess with each option, in that order
        for guess in beam:
            fits = slot.fit(left + _fill(plain[:i], guess.chars)[0])
            scores += [fit + (guess.prior + p) for fit, p in zip(fits, slot.options.priors, strict=True)]
        # Only the best become guesses: ties go to the earlier, as in a stable sort.
        top = heapq.nlargest(_BEAM, range(len(scores)), key=scores.__getitem__)
        width = len(slot.options.options)
        beam = [_grow(beam[k // width], slot.options.options[k % width], scores[k]) for k in top]
    return _decide(beam, left, plain, right)


def _decide(ranked: list[_Guess], left: str, plain: list[str | None], right: str) -> tuple[str, ...]:
    """The best guess's characters, each kept only if it sits in a word and no rival comes close."""
    best = ranked[0]
    text, where = _fill(plain, best.chars)
    at = [len(left) + w for w in where]
    vouched = _vouched(left + text + right, frozenset(at))
    return tuple(
        c if a in vouched and best.score - max(_rivals(ranked, n, c), default=-math.inf) >= _MARGIN else LOST
        for n, (c, a) in enumerate(zip(best.chars, at, strict=True))
    )


def _rivals(ranked: list[_Guess], n: int, char: str) -> list[float]:
    return [g.score for g in ranked if g.chars[n] != char]


def may_change(text: str) -> bool:
    """False when `repair_line` would leave every line of `text` as it is: a page-wide pre-check."""
    return any(marker.search(text) for marker in _PAGE_MARKERS)


def repair_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
    """`"每?jī)芍荛_展"` → `"每兩周開展"`, recording `(RULE, "?jī)芍荛_", "兩周開")`."""
    if "?" not in line and "\ufffd" not in line:
        return line, []
    if _SURROGATES.search(line):  # no codec (nor OpenCC) takes a lone surrogate: leave the line alone
        return line, []
    parts: list[str] = []
    changes: list[tuple[str, str, str]] = []
    done = 0
    marker = _MARKER.search(line)
    while marker:
        span = _parse(line, marker)
        if span is None:
            marker = _MARKER.search(line, marker.start() + 1)
            continue
        parts.append(line[done : marker.start()])
        after = _restore(span.pieces, "".join(parts), line[span.end :])
        changes.append((RULE, line[marker.start() : span.end], after))
        parts.append(after)
        done = span.end
        marker = _MARKER.search(line, done)
    parts.append(line[done:])
    return "".join(parts), changes
