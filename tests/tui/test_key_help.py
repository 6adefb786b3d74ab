"""Key help read from the bindings: the help screen, the status bar's hints and the README's table
all agree with the keys the reader binds, and a new binding shows in all of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pytest
from textual.binding import Binding, BindingType
from textual.widget import Widget

from reader.tui.app import ReaderApp
from reader.tui.keymap import MOVING, OTHER, ROWS, Help, help_rows, hints, key_owners, markdown_table, shown
from reader.tui.screens.explain import ExplainScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen
from reader.tui.screens.outline import OutlineScreen
from reader.tui.screens.regions import RegionTreeScreen
from reader.tui.screens.save import SaveScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.prompt import Prompt
from scripts.keys_table import BEGIN, END, README, table, with_table
from tests.tui.pilot_helpers import press, screen_text, settle

MakeApp = Callable[..., ReaderApp]


def documented() -> set[str]:
    return {key for _, rows in help_rows(key_owners()) for row in rows for key in row.keys}


@pytest.mark.parametrize(
    "owner",
    [
        ReaderApp,
        MainScreen,
        ArticleList,
        ArticleView,
        Prompt,
        HelpScreen,
        OutlineScreen,
        ExplainScreen,
        RegionTreeScreen,
        SaveScreen,
    ],
)
def test_every_binding_is_in_the_help(owner: type) -> None:
    keys = documented()
    for cls in owner.__mro__:
        for binding in cls.__dict__.get("BINDINGS", ()):
            if cls.__module__.startswith("reader."):
                for key in binding.key.split(","):
                    assert shown(key) in keys, (owner.__name__, key)


def test_bindings_sharing_a_row_read_first_keys_first() -> None:
    sections = dict(help_rows([ArticleList, ArticleView], extra=()))
    rows = {row.text: row.keys for row in sections[MOVING]}
    # ArticleList's and the reader's j/k make one row, each key once.
    assert rows[ROWS.description] == ("j", "k", "↓", "↑")
    assert rows["top/bottom"] == ("g", "G", "Home", "End")
    assert [s for s, _ in help_rows(key_owners())] == [
        "Moving",
        "Reading",
        "Filtering",
        "Reposts",
        "Triage",
        "Other",
    ]


def test_a_new_binding_shows_in_the_help_and_the_readme_without_more() -> None:
    """What another branch adds (`m`, with no help text yet) is listed by its description."""

    class Marks(Widget):
        BINDINGS: ClassVar[list[BindingType]] = [
            Binding("m", "mark", "mark the article", show=False),
            Binding("M", "marks", "marked", group=Help("the marked articles", MOVING)),
        ]

    sections = dict(help_rows([*key_owners(), Marks]))
    other = [row.keys for row in sections[OTHER]]
    assert other.index(("m",)) == other.index(("ctrl+p",)) - 1  # after the reader's keys, before Textual's
    assert [row.text for row in sections[OTHER] if row.keys == ("m",)] == ["mark the article"]
    assert [row.text for row in sections[MOVING] if row.keys == ("M",)] == ["the marked articles"]
    assert ("M", "marked") in hints([*key_owners(), Marks])  # show=True: hinted in the status bar
    assert "| `m` | mark the article |" in markdown_table(help_rows([*key_owners(), Marks]))


def test_the_readme_table_is_the_bindings() -> None:
    """Fails until `python scripts/keys_table.py --write` is run after a binding changes."""
    readme = README.read_text(encoding="utf-8")
    assert with_table(readme, table()) == readme
    for _, rows in help_rows(key_owners()):
        for row in rows:
            assert " ".join(f"`{k}`" for k in row.keys) in readme, row
    assert "| `w` |" in readme


def test_with_table_replaces_only_between_the_markers() -> None:
    readme = f"intro\n{BEGIN}\n| old |\n{END}\noutro\n"
    assert with_table(readme, "| new |") == f"intro\n{BEGIN}\n| new |\n{END}\noutro\n"
    with pytest.raises(ValueError):
        with_table("no markers", "| new |")


async def test_help_screen_shows_every_row(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 80)) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for section, rows in help_rows(key_owners()):
            assert section in text
            for row in rows:
                assert "  ".join(row.keys) in text, row
                assert row.text[:30] in text.replace("│", ""), row
        await press(pilot, "escape")
        assert app.screen is app.main


async def test_status_bar_hints_are_the_shown_bindings(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(180, 30)) as pilot:
        await settle(pilot)
        bar = screen_text(app).splitlines()[-1]
        expected = hints(key_owners())
        assert [key for key, _ in expected][:2] == ["?", "q"]  # the app's first: the last to be cut
        assert ("enter", "open") in expected and ("/", "filter·find") in expected
        assert bar.endswith("".join(f" {key} {label}" for key, label in expected))
