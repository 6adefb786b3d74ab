"""Triage in the reader: `m` cycles a mark, `M` marks the filtered list after a confirmation, `f`
filters by mark; marks show in the list, outlive the session, and work through an input method.
Snapshots of the list with marks and of the `M` confirmation at 80×24 and 120×40."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.marks import FILE_NAME, Marks
from reader.tui.app import ReaderApp
from reader.tui.screens.mark_all import MarkAllScreen
from reader.tui.widgets.status_bar import StatusBar
from tests.tui.pilot_helpers import (
    GUANGAN,
    KUNSHAN,
    SIMPLIFIED,
    SUJIATUN,
    press,
    screen_text,
    settle,
    shown_ids,
)

WIDE = (120, 40)
MakeApp = Callable[..., ReaderApp]


def marks_of(app: ReaderApp) -> dict[str, str | None]:
    """Each listed article's mark as stored on disk (read afresh, not the app's memory)."""
    stored = Marks(app.state_path.parent / FILE_NAME)
    return {e.id: stored.of(e) for e in app.library.entries} if app.library else {}


def row_of(app: ReaderApp, title: str) -> str:
    """The list's row of the article titled `title`, as drawn."""
    article_list = app.main.article_list
    rows = ("".join(s.text for s in article_list.render_line(y)) for y in range(len(article_list.entries)))
    return next(row for row in rows if title in row)


async def test_m_cycles_keep_reject_none_and_the_list_shows_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "✓" not in screen_text(app)  # no mark column until something is marked
        await press(pilot, "j", "m")
        assert marks_of(app)[KUNSHAN] == "keep"
        assert row_of(app, "江蘇昆山").startswith("✓ 江蘇昆山")
        assert row_of(app, "品质机关").startswith("  “品质机关”")  # unmarked: a blank cell
        await press(pilot, "m")
        assert marks_of(app)[KUNSHAN] == "reject" and row_of(app, "江蘇昆山").startswith("✗ 江蘇昆山")
        await press(pilot, "m")
        assert marks_of(app)[KUNSHAN] is None
        assert set(marks_of(app).values()) == {None}


async def test_m_in_the_reader_marks_the_article_read(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "G", "enter")
        assert app.focused is app.main.reader
        await press(pilot, "m")
        assert marks_of(app)[SUJIATUN] == "keep"


async def test_marks_outlive_the_session(make_app: MakeApp, state_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j", "j", "m", "m")
    again = make_app()
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert row_of(again, "機關單位團建").startswith("✗ 機關單位團建")
    assert not any(p.name == FILE_NAME for p in Path(again.root).rglob("*"))  # never in the articles


async def test_capital_m_marks_the_filtered_list_after_confirming(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r", *"sc", "enter")
        assert sorted(shown_ids(app)) == [SIMPLIFIED, GUANGAN]
        await press(pilot, "M")
        assert isinstance(app.screen, MarkAllScreen)
        text = screen_text(app)
        assert "Mark 2 articles" in text and "region sc" in text
        await press(pilot, "j", "enter")  # the second choice: reject
        assert app.screen is app.main
        marks = marks_of(app)
        assert marks[SIMPLIFIED] == marks[GUANGAN] == "reject"
        assert [i for i, m in marks.items() if m] == sorted([SIMPLIFIED, GUANGAN])  # nothing else
        await press(pilot, "M", "j", "j", "enter")  # none: clears them
        assert set(marks_of(app).values()) == {None}


async def test_capital_m_cancelled_marks_nothing(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "M")
        assert "Mark 5 articles" in screen_text(app) and "(no filter)" in screen_text(app)
        await press(pilot, "escape")
        assert app.screen is app.main
        assert set(marks_of(app).values()) == {None}


async def test_f_cycles_the_mark_filter_and_escape_clears_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "m", "j", "j", "m", "m")  # KUNSHAN kept, GUANGAN rejected
        status = app.main.query_one(StatusBar)
        await press(pilot, "f")
        assert shown_ids(app) == [KUNSHAN] and status.status.mark == "keep"
        assert "mark  ✓ keep" in screen_text(app).splitlines()[-1]
        await press(pilot, "f")
        assert shown_ids(app) == [GUANGAN]
        await press(pilot, "f")
        assert len(shown_ids(app)) == 3 and KUNSHAN not in shown_ids(app)
        await press(pilot, "f")
        assert len(shown_ids(app)) == 5 and status.status.mark == ""
        await press(pilot, "f", "escape")
        assert len(shown_ids(app)) == 5 and status.status.mark == ""


async def test_f_reads_marks_another_session_made(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "m")  # this session keeps the first article
        assert app.library is not None
        other = Marks(app.state_path.parent / FILE_NAME)
        other.set([e for e in app.library.entries if e.id == SUJIATUN], "keep")
        await press(pilot, "f")
        assert sorted(shown_ids(app)) == sorted([SIMPLIFIED, SUJIATUN])


async def test_full_width_m_and_capital_m(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "ｍ")
        assert marks_of(app)[SIMPLIFIED] == "keep"
        await press(pilot, "ｆ")
        assert shown_ids(app) == [SIMPLIFIED]
        await press(pilot, "Ｍ")
        assert isinstance(app.screen, MarkAllScreen)
        await press(pilot, "ｊ", "enter")
        assert marks_of(app)[SIMPLIFIED] == "reject"


async def test_a_corrupt_marks_file_warns_once_and_marking_works(make_app: MakeApp, state_path: Path) -> None:
    state_path.parent.mkdir(parents=True, exist_ok=True)
    (state_path.parent / FILE_NAME).write_bytes(b"\x00not sqlite" * 50)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        warnings = [n for n in app._notifications if n.title == "Marks"]
        assert len(warnings) == 1 and "unreadable" in warnings[0].message
        await press(pilot, "m")
        assert marks_of(app)[SIMPLIFIED] == "keep"
        assert len([n for n in app._notifications if n.title == "Marks"]) == 1


async def test_x_exports_the_marks_of_the_list_filtered_by_mark(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    target = tmp_path / "kept.jsonl"
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "m", "G", "m", "f", "x")  # two kept; the list filtered to them
        app.screen.query_one("#save-path", Input).value = str(target)
        await press(pilot, "enter")
        await app.workers.wait_for_complete()
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["mark"]) for r in rows] == [(KUNSHAN, "keep"), (SUJIATUN, "keep")]


# -- Snapshots ------------------------------------------------------------------------------------

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


def _premark(app: ReaderApp) -> None:
    """Kunshan kept, Guang'an rejected: in the store before the app starts, as a past session left them."""
    assert app.library is not None
    marks = Marks(app.state_path.parent / FILE_NAME)
    entries = {e.id: e for e in app.library.entries}
    marks.set([entries[KUNSHAN]], "keep")
    marks.set([entries[GUANGAN]], "reject")


VIEWS: dict[str, tuple[str, ...]] = {
    "list_with_marks": ("j",),
    "mark_all_confirmation": ("r", "s", "c", "enter", "M"),
}


@pytest.mark.parametrize(("view", "size"), [(v, s) for v in VIEWS for s in SIZES])
def test_snapshot(snap_compare: Callable[..., bool], make_app: MakeApp, view: str, size: str) -> None:
    app = make_app()
    _premark(app)
    app.marks.reload()

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await press(pilot, *VIEWS[view])

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)
