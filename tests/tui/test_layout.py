"""The 80×24 layout, where the list and the reader take turns, and re-wrapping on resize."""

from __future__ import annotations

import html
import re
import threading

import pytest
from rich.cells import cell_len

from reader.tui.app import ReaderApp
from reader.tui.widgets import text_view
from tests.tui.pilot_helpers import SIMPLIFIED, MakeApp, press, screen_text, settle

NARROW = (80, 24)


def shown(app: ReaderApp, selector: str) -> bool:
    return app.main.query_one(selector).display and app.main.query_one(selector).region.width > 0


async def test_at_80_columns_the_list_and_the_reader_take_turns(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert app.main.has_class("-narrow")
        assert shown(app, "#list-pane") and not shown(app, "#reader-pane")
        assert app.main.query_one("#list-pane").region.width == 80
        text = screen_text(app)
        assert "品质机关" in text and "2021-12-07" in text and "达州日报网" in text  # every column fits
        await press(pilot, "enter")
        assert not shown(app, "#list-pane") and shown(app, "#reader-pane")
        assert app.focused is app.main.reader
        assert "四川省 › 达州市 › 通川区" in screen_text(app)
        await press(pilot, "escape")
        assert shown(app, "#list-pane") and not shown(app, "#reader-pane")
        assert app.focused is app.main.article_list


async def test_l_toggles_the_list(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await press(pilot, "l")
        assert shown(app, "#reader-pane") and not shown(app, "#list-pane")
        await press(pilot, "l")
        assert shown(app, "#list-pane") and not shown(app, "#reader-pane")
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert shown(app, "#list-pane") and shown(app, "#reader-pane")
        await press(pilot, "l")  # wide: the reader takes the whole width
        assert not shown(app, "#list-pane") and app.focused is app.main.reader
        await press(pilot, "escape")
        assert shown(app, "#list-pane") and app.focused is app.main.article_list


async def test_reader_lines_fit_the_pane_at_a_comfortable_width(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        reader = app.main.reader
        assert reader.text_width == reader.max_text_width  # no wider, however wide the terminal
        for y in range(reader.scrollable_content_region.height):
            line = "".join(seg.text for seg in reader.render_line(y))
            assert cell_len(line.strip()) <= reader.max_text_width


async def test_resize_rewraps_and_keeps_the_reading_position(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter", *["j"] * 12)
        reader = app.main.reader
        wrapped = reader.wrapped
        top = wrapped.lines[int(reader.scroll_y)]
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert reader.wrapped is not wrapped
        now = reader.wrapped.lines[int(reader.scroll_y)]
        assert now.para == top.para and now.start <= top.start < now.end
        assert app.main.reader.prepared.article == SIMPLIFIED
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert reader.wrapped is wrapped  # cached per width


async def test_a_scrollbar_appearing_rewraps_so_the_last_line_stays_reachable(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")  # the reader's first layout: wrapped before it had a scrollbar
        reader = app.main.reader
        assert reader.show_vertical_scrollbar and reader.max_scroll_y > 0
        assert reader._drawn_width == reader.text_width == reader.scrollable_content_region.width - 4
        assert reader.virtual_size.height == len(reader.wrapped.lines)
        await press(pilot, "G")
        last = reader.paras[-1].text.plain[-10:]
        assert last in screen_text(app)


async def test_a_huge_text_rewraps_in_a_thread_and_keeps_the_position(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_view, "HUGE", 100)  # every article counts as huge here
    threads: list[bool] = []
    real_wrap = text_view.wrap_paras

    def spy(paras: list, width: int) -> text_view.Wrapped:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_wrap(paras, width)

    monkeypatch.setattr(text_view, "wrap_paras", spy)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter", *["j"] * 12)
        reader = app.main.reader
        top = reader.wrapped.lines[int(reader.scroll_y)]
        threads.clear()
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert threads and not any(threads)  # wrapped, and never on the UI thread
        assert reader._drawn_width == reader.text_width
        now = reader.wrapped.lines[int(reader.scroll_y)]
        assert now.para == top.para and now.start <= top.start < now.end


SVG_TEXT = re.compile(r'<text [^>]*\bx="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>')
CELL_PX = 12.2  # a cell's width in Rich's SVG export: a 20 px font × 0.61
STARTS = ("“品质机关”提升通川品质", "2021-12-07\xa010:35", "四川省\xa0›\xa0达州市", "什么是“品质通川”")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (180, 40)])
async def test_header_and_body_share_one_margin(make_app: MakeApp, size: tuple[int, int]) -> None:
    """On screen and in an SVG export (the snapshots): the title, the byline and the first paragraph
    start in one column. A row's margin is drawn apart from its text, never as leading spaces of
    a run of hanzi, which an SVG export measures in characters rather than cells."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await press(pilot, "enter")
        left = app.main.query_one("#reader-pane").region.x
        rows = screen_text(app).splitlines()
        cells = {  # the cell each starts at in the reader pane
            cell_len(row[: row.rindex(text)])
            for text in (start.replace("\xa0", " ") for start in STARTS)
            for row in rows
            if text in row and cell_len(row[: row.rindex(text)]) > left
        }
        assert len(cells) == 1, cells
        svg = app.export_screenshot(simplify=True)  # as the snapshots are taken
        runs = [(round(float(x) / CELL_PX), html.unescape(text)) for x, _, text in SVG_TEXT.findall(svg)]
        runs = [(x, text) for x, text in runs if x > left]
        assert {x for x, text in runs for start in STARTS if text.startswith(start)} == cells
        body = next(text for x, text in runs if "什么是“品质通川”" in text)
        assert body.startswith("什么是"), "the margin is a run of its own, not leading spaces"
