"""The rule registry: every rule of the cleaner as one record, and the names `Removal`s and `Repair`s carry.

A rule is registered once, as data:

    RELATED = register(Rule(
        "chrome.related",               # name: group, a dot, the rule; what a Removal or Repair records
        REMOVE,                         # kind: what the cleaner does with a line the rule takes (below)
        "相关新闻",                      # example: a line as pages show it (lines joined by "\\n")
        "removed (related-link lists)", # does: what it removes or keeps, shown after the arrow
        tags=frozenset({ENDS_ARTICLE}), # tags: the group's own properties, which its code reads
        at=IN_BODY,                     # at: where on a page the example stands for the rule to act
    ))

Code names a rule by its record (`SHARE.name`), never by a string literal, and a group's sets of
rules (which ones end the article, which ones only hold at the page's edge…) are the names of its
records that carry a tag: `names_with(ENDS_ARTICLE, "chrome")`. `tests/clean/test_rule_examples.py`
puts every record's example on a page, at the place `at` says, runs the cleaner on it in both
scripts, and checks that the rule does what its `kind` says. `reader explain` shows `RULES`, each
rule's one line: `` `example` → does ``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., object])

# Kinds: what the cleaner records when a rule takes a line, so what the example test checks.
REMOVE = "remove"  # the line (or a piece of it) leaves the article: a `Removal` names the rule
FIELD = "field"  # the line is read into a metadata field and leaves the article: a `Removal` names it
REPAIR = "repair"  # characters inside the line are mended: a `Repair` names the rule
SHAPE = "shape"  # the kept text is shaped (a heading, a list, a split line): the blocks show it
LEGACY = "legacy"  # registered by `rule(name)`/`describe` from a docstring: no record to run yet
KINDS = frozenset({REMOVE, FIELD, REPAIR, SHAPE, LEGACY})

# Places on a page for an example (see the test page in tests/clean/test_rule_examples.py).
IN_HEAD = "head"  # above the title
IN_BODY = "body"  # between two paragraphs of the article
IN_FOOT = "foot"  # below the article's last paragraph
PLACES = frozenset({IN_HEAD, IN_BODY, IN_FOOT})
_SHOWN_MAX = 60  # a longer example is shown cut in the middle


class Rule(NamedTuple):
    """One rule of the cleaner, as data (see the module docstring for an example)."""

    name: str  # `group.rule`: what a Removal or Repair records, and what `reader explain` shows
    kind: str  # REMOVE, FIELD, REPAIR or SHAPE: what happens to a line the rule takes
    example: str  # a line the rule acts on, as pages show it; several lines joined by "\n"
    does: str  # what it removes or keeps, after the arrow: "removed (share bars…)", "`機關`"
    tags: frozenset[str] = frozenset()  # properties the group's code reads: names_with(tag)
    at: str = IN_BODY  # where on a page the example stands for the rule to act: IN_HEAD, IN_BODY, IN_FOOT

    @property
    def group(self) -> str:
        return self.name.partition(".")[0]

    def line(self) -> str:
        """The one line `reader explain` shows: `` `首页 >> 正文` → removed (breadcrumbs) ``."""
        example = shown(self.example)
        if len(example) > _SHOWN_MAX:
            example = example[: _SHOWN_MAX - 16] + "…" + example[-15:]
        return f"`{example}` → {self.does}"


RECORDS: dict[str, Rule] = {}
"""Rule name → its record, in the order registered."""
RULES: dict[str, str] = {}
"""Rule name → its one-line example (`Rule.line`), for `reader explain`."""


def shown(text: str) -> str:
    """`"a\\x1b[31mb"` → `"a␛[31mb"`: line breaks, controls, bidi and odd spaces made visible."""
    out = []
    for ch in text.replace("\n", " ⏎ "):
        if ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(chr(0x2400 + ord(ch)) if ord(ch) < 0x20 else "␡")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp") and ch != " ":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def register(record: Rule) -> Rule:
    """Add `record` to the registry; returns it, so that a module keeps it as a constant."""
    if record.name in RECORDS:
        raise ValueError(f"rule {record.name} registered twice")
    if record.kind not in KINDS or record.at not in PLACES:
        raise ValueError(f"rule {record.name}: kind {record.kind!r}, at {record.at!r}?")
    if not record.example or not record.does:
        raise ValueError(f"rule {record.name} needs an example and what it does")
    RECORDS[record.name] = record
    RULES[record.name] = record.line() if record.kind != LEGACY else record.does
    return record


def names_with(tag: str, group: str | None = None) -> frozenset[str]:
    """The names of the registered rules (of `group`) that carry `tag`."""
    return frozenset(
        r.name for r in RECORDS.values() if tag in r.tags and (group is None or r.group == group)
    )


def describe(name: str, example: str) -> str:
    """Register a rule by its one-line example (`` `a` → `b` ``) rather than a record; returns `name`.

    Kept for groups not yet written as records: prefer `register(Rule(...)).name`.
    """
    register(Rule(name, LEGACY, example, example))
    return name


def rule(record: Rule | str) -> Callable[[F], F]:
    """Register the decorated function's rule: a `Rule`, or a name with the docstring's first line."""

    def attach(fn: F) -> F:
        if isinstance(record, Rule):
            register(record)
            fn.rule_name = record.name  # type: ignore[attr-defined]
            return fn
        doc = (fn.__doc__ or "").strip()
        if not doc:
            raise ValueError(f"rule {record} needs a docstring example")
        describe(record, doc.splitlines()[0])
        fn.rule_name = record  # type: ignore[attr-defined]
        return fn

    return attach
