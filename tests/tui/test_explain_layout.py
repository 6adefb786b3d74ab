"""`e` reads like `git blame` or `less -N`: one gutter of right-aligned line numbers, the text in one
column that wrapped lines hang under, a removed line's rule after its text, at 80 and 120 columns."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.render import explain
from reader.tui.app import ReaderApp
from reader.tui.screens.explain import ExplainScreen
from tests.tui.pilot_helpers import KUNSHAN, press, screen_text, settle

MakeApp = Callable[..., ReaderApp]
NUMBERED = re.compile(r"^( *)(\d+) ([│✗])(?: |$)")  # a page line's first row


def rows(app: ReaderApp) -> list[str]:
    """The explain view's rows inside its border and scrollbar, less the margin. The gutter is one
    character a cell, so its columns are string offsets."""
    return [line[1:-2].rstrip()[2:] for line in screen_text(app).splitlines()[1:-1]]


@pytest.mark.parametrize("size", [(80, 40), (120, 40)])
async def test_explain_has_one_gutter_and_one_text_column(make_app: MakeApp, size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await press(pilot, "j", "e")
        assert isinstance(app.screen, ExplainScreen)
        page = explain(app.library.document(app.library.find(KUNSHAN)))
        width = len(str(len(page.lines)))  # 26 lines: two cells of numbers
        shown = rows(app)
        numbered = [(row, m) for row in shown if (m := NUMBERED.match(row))]
        assert [int(m[2]) for _, m in numbered][:5] == [1, 2, 3, 4, 5]
        # Right-aligned in one column as wide as the largest number; the text column after the mark.
        assert {len(m[1]) + len(m[2]) for _, m in numbered} == {width}
        text_column = width + 3
        for row, m in numbered:
            line = page.lines[int(m[2]) - 1]
            assert row[text_column:].startswith(line.text.strip()[:8]), row  # the text, not the rule
            if line.rule:
                assert m[3] == "✗"
        # Line 1 is removed, and too long for one row at 80 columns: its rule follows its text, the
        # rest of the line hangs under the text column, with the gutter's rule going on beside it.
        first = shown.index(next(row for row, m in numbered if m[2] == "1"))
        removed = page.lines[0]
        assert removed.rule == "chrome.seo_title"
        hanging = " " * width + " │ "
        continued = [row[text_column:] for row in shown[first + 1 : first + 4] if row.startswith(hanging)]
        assert len(continued) == (1 if size[0] == 80 else 0)
        assert shown[first][text_column:] + "".join(continued) == f"{removed.text}  [{removed.rule}]"
        # A repair beneath its line, in the text column: before → after, then its rule.
        repair = next(row for row in shown if "↳" in row)
        assert repair.index("↳") == width + 1
        assert re.match(r"\S+ → \S+( ×\d+)?  \[[a-z_.]+\]$", repair[text_column:]), repair


async def test_explain_wrapped_kept_line_hangs_under_its_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 60)) as pilot:
        await press(pilot, "j", "e")
        shown = rows(app)
        page = explain(app.library.document(app.library.find(KUNSHAN)))
        nine = next(i for i, row in enumerate(shown) if row.startswith(" 9 │ "))
        tail = []
        for row in shown[nine + 1 :]:
            if not row.startswith("   │ "):
                break
            tail.append(row[5:])
        assert len(tail) >= 2  # a long paragraph: wrapped, every row in the text column
        assert shown[nine][5:] + "".join(tail) == page.lines[8].text


async def test_explain_shows_markup_like_text_literally(make_app: MakeApp, tmp_path: Path) -> None:
    page = "首页 > [bold]新闻[/bold]\n\n标题[red]红[/red]\n\n正文里有 \\[link=x] 和 [/] 照原样显示。\n"
    (tmp_path / "markup.txt").write_text(page, encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        text = screen_text(app)
        for literal in ("[bold]新闻[/bold]", "标题[red]红[/red]", "\\[link=x] 和 [/]"):
            assert literal in text
