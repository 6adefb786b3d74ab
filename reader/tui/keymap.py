"""Key help, read from the bindings themselves: the help screen (`?`), the status bar's hints and the
README's key table are all made here, so none can fall behind the code.

A binding says what the help says of it with `group=Help(text, section)`; bindings that share one
`Help` make one row (`j,down` and `k,up`: `j k ↓ ↑`). One with `show=True` is hinted in the status
bar, its description the hint. A binding with no `Help` is still listed, under Other, by its
description: a new key is never missing from the help.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import zip_longest

from textual.binding import Binding
from textual.keys import _get_unicode_name_from_key

MOVING, READING, FILTERING, REPOSTS, TRIAGE, OTHER = (
    "Moving",
    "Reading",
    "Filtering",
    "Reposts",
    "Triage",
    "Other",
)
SECTIONS = (MOVING, READING, FILTERING, REPOSTS, TRIAGE, OTHER)


@dataclass(frozen=True, init=False)
class Help(Binding.Group):
    """One row of the help: `description` is its text, `section` where it goes."""

    section: str = OTHER

    def __init__(self, description: str, section: str = OTHER) -> None:
        # By hand: the dataclass's own would take a second argument for the group's `compact`.
        object.__setattr__(self, "description", description)
        object.__setattr__(self, "compact", False)
        object.__setattr__(self, "section", section)


@dataclass(frozen=True, slots=True)
class Row:
    keys: tuple[str, ...]  # as shown: "j", "↓", "?"
    text: str
    section: str


# Rows shared by bindings of more than one widget.
ROWS = Help("next/previous row in the list; scroll in the reader", MOVING)
PAGES = Help("page down/up", MOVING)
ENDS = Help("top/bottom", MOVING)
BACK = Help("back to the list; in a prompt, cancel it; in the list, clear a month or mark filter", MOVING)

# Keys that Textual binds, not the reader: told here as the rest are.
FRAMEWORK = (
    Row(("tab",), "move focus between the list and the reader", MOVING),
    Row(("mouse",), "click a row to open it; the wheel scrolls", MOVING),
    Row(
        ("ctrl+p",),
        "command palette: open an article by its title (type it in either script: 蘇家屯 finds "
        "苏家屯…), jump to a region (any form r takes), switch script, Traditional standard, headings, "
        "punctuation, the overview",
        OTHER,
    ),
)

SHOWN_AS = {
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
}


def shown(key: str) -> str:
    """How the help writes Textual's key name: `question_mark` → `?`, `comma` → `,`, `enter` → `enter`."""
    if key in SHOWN_AS:
        return SHOWN_AS[key]
    try:
        character = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        return key
    return character if character.isprintable() and not character.isspace() else key


def key_owners() -> tuple[type, ...]:
    """The classes whose bindings the help lists, in the help's order."""
    # Imported here: these modules import the help screen and the status bar, which read this one.
    from reader.tui.app import ReaderApp
    from reader.tui.screens.main import MainScreen
    from reader.tui.widgets.article_list import ArticleList
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.prompt import Prompt

    return (ArticleList, MainScreen, ArticleView, Prompt, ReaderApp)


def bindings(owners: Iterable[type]) -> list[Binding]:
    """The bindings of `owners` and the classes they extend, Textual's own left out; a class's after
    those of the classes it extends, as Textual merges them."""
    found = []
    for owner in owners:
        for cls in reversed(owner.__mro__):
            if cls.__module__.partition(".")[0] not in ("textual", "builtins"):
                found += [b for b in cls.__dict__.get("BINDINGS", ()) if isinstance(b, Binding)]
    return found


def _help_of(binding: Binding) -> Help:
    group = binding.group
    return group if isinstance(group, Help) else Help(binding.description or binding.action)


def help_rows(owners: Iterable[type], extra: Iterable[Row] = FRAMEWORK) -> list[tuple[str, list[Row]]]:
    """The help by section: a row per `Help`, its keys in binding order, first keys first."""
    keys: dict[Help, list[list[str]]] = {}
    for binding in bindings(owners):
        keys.setdefault(_help_of(binding), []).append([k.strip() for k in binding.key.split(",")])
    rows = [
        Row(
            tuple(dict.fromkeys(shown(k) for ks in zip_longest(*lists) for k in ks if k)),
            h.description,
            h.section,
        )
        for h, lists in keys.items()
    ]
    rows += extra
    sections = [*SECTIONS, *dict.fromkeys(r.section for r in rows if r.section not in SECTIONS)]
    return [(s, [r for r in rows if r.section == s]) for s in sections if any(r.section == s for r in rows)]


def hints(owners: Iterable[type]) -> list[tuple[str, str]]:
    """The status bar's hints, `("?", "help")`…: bindings with `show=True`, the app's first."""
    return [
        ("/".join(shown(k.strip()) for k in b.key.split(",")), b.description)
        for b in bindings(reversed(tuple(owners)))
        if b.show
    ]


def markdown_table(sections: list[tuple[str, list[Row]]]) -> str:
    """The README's key table: a row per help row, the section's name on its first."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")

    lines = ["| | key | what it does |", "|---|---|---|"]
    for section, rows in sections:
        for i, row in enumerate(rows):
            keys = " ".join(f"`{k}`".replace("|", "\\|") for k in row.keys)
            lines.append(f"| {section if i == 0 else ''} | {keys} | {cell(row.text)} |")
    return "\n".join(lines)
