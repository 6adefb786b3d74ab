"""`v`: the overview of the list as filtered now, at 80×24 and 120×40: the bars are the counts, enter
on a province sets the region filter, on a month filters by month, escape and v close it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from reader.stats import per_month, per_province
from reader.tui.app import ReaderApp
from reader.tui.keymap import help_rows, key_owners, shown
from reader.tui.screens.main import MainScreen
from reader.tui.screens.overview import BarRow, Choice, OverviewScreen
from reader.tui.widgets.status_bar import StatusBar
from tests.tui.pilot_helpers import (
    GUANGAN,
    KUNSHAN,
    SIMPLIFIED,
    SIZES,
    SUJIATUN,
    WENMING,
    MakeApp,
    keys_then,
    press,
    screen_text,
    shown_ids,
    type_text,
)

BLOCKS = "█▏▎▍▌▋▊▉"


def chart(app: ReaderApp, name: str) -> OptionList:
    assert isinstance(app.screen, OverviewScreen)
    return app.screen.query_one(f"#overview-{name}", OptionList)


def bars(app: ReaderApp, name: str) -> list[tuple[str, int]]:
    """The chart's bar rows as (label, count)."""
    prompts = [option.prompt for option in chart(app, name).options]
    return [(p.label, p.count) for p in prompts if isinstance(p, BarRow)]


def drawn(app: ReaderApp, label: str) -> tuple[int, int, float]:
    """Where the bar of `label` stands on the screen: the cell its count ends in, the count, and the
    bar's length in cells (a partial block counts its eighths)."""
    for line in screen_text(app).splitlines():
        if m := re.search(rf" {re.escape(label)}( +)(\d+)  ([{BLOCKS}]+)", line):
            bar = m.group(3)
            length = sum(1 if c == "█" else BLOCKS.index(c) / 8 for c in bar)
            return cell_len(line[: m.end(2)]), int(m.group(2)), length
    raise AssertionError(f"no bar for {label}")


@pytest.mark.parametrize("size", SIZES)
async def test_bars_are_the_counts_of_the_list(make_app: MakeApp, size: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZES[size]) as pilot:
        await press(pilot, "v")
        assert isinstance(app.screen, OverviewScreen)
        entries = app.main.article_list.entries
        assert bars(app, "provinces") == [(p.name, p.count) for p in per_province(entries)]
        months, undated = per_month(entries)
        assert bars(app, "months") == [*months, ("undated", undated)]
        assert bars(app, "provinces") == [("四川省", 2), ("辽宁省", 1), ("江苏省", 1), ("湖北省", 1)]
        text = screen_text(app)
        assert "5 articles as listed now" in text
        assert "⋯ 27 months without articles" in text  # 2009-12 … 2012-04
        # Drawn to scale, the counts in one column whatever the labels' scripts.
        for label, count in bars(app, "provinces") + bars(app, "months"):
            assert drawn(app, label)[1] == count
        sichuan, liaoning = drawn(app, "四川省"), drawn(app, "辽宁省")
        assert sichuan[2] == pytest.approx(2 * liaoning[2], abs=0.5) and liaoning[2] >= 10
        assert sichuan[0] == liaoning[0] == drawn(app, "湖北省")[0]
        undated, december = drawn(app, "undated"), drawn(app, "2021-12")
        assert undated[2] == pytest.approx(2 * december[2], abs=0.5)
        assert undated[0] == december[0]


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_a_province_sets_the_region_filter(make_app: MakeApp, size: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZES[size]) as pilot:
        await press(pilot, "v", "j", "enter")  # the second bar: 辽宁省
        assert isinstance(app.screen, MainScreen)
        assert app.state.region_filter == "辽宁省"
        assert shown_ids(app) == [SUJIATUN]
        assert app.focused is app.main.article_list
        assert " region  辽宁省 " in screen_text(app)


async def test_within_one_province_its_cities_are_bars_too(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter", "v")
        assert bars(app, "provinces") == [("四川省", 2), ("  广安市", 1), ("  达州市", 1)]
        assert "2 articles as listed now: region sc" in screen_text(app)
        await press(pilot, "j", "enter")
        assert app.state.region_filter == "四川省 › 广安市"
        assert shown_ids(app) == [GUANGAN]


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_a_month_filters_by_it_and_escape_clears_it(make_app: MakeApp, size: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZES[size]) as pilot:
        await press(pilot, "v", "tab", "enter")  # the first month: 2009-12
        assert isinstance(app.screen, MainScreen)
        assert app.main.month_filter == "2009-12"
        assert shown_ids(app) == [KUNSHAN]
        assert app.main.query_one(StatusBar).status.month == "2009-12"
        assert " month  2009-12 " in screen_text(app)
        await press(pilot, "escape")  # in the list: the month filter goes
        assert app.main.month_filter == ""
        assert len(shown_ids(app)) == 5
        assert " month " not in screen_text(app)


async def test_a_month_keeps_the_region_and_the_undated_bar_lists_the_undated(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter", "v", "tab", "G", "enter")  # the last bar: undated
        assert app.main.month_filter == "undated"
        assert shown_ids(app) == [GUANGAN]  # in 四川 and without a date
        await press(pilot, "v")
        assert bars(app, "months") == [("undated", 1)]
        assert "region sc · month undated" in screen_text(app)
        await press(pilot, "escape", "escape")
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]


async def test_choosing_a_bar_from_the_reader_returns_to_the_list(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        assert app.focused is app.main.reader
        await press(pilot, "v", "G", "enter")  # 湖北省
        assert shown_ids(app) == [WENMING]
        assert app.focused is app.main.article_list
        assert not app.main.has_class("-reading")


@pytest.mark.parametrize("closing", ["escape", "v"])
async def test_escape_and_v_close_it_without_filtering(make_app: MakeApp, closing: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "v", "j", "tab", "j")
        await press(pilot, closing)
        assert isinstance(app.screen, MainScreen)
        assert len(shown_ids(app)) == 5
        assert app.state.region_filter == "" and app.main.month_filter == ""
        assert app.focused is app.main.article_list


async def test_full_width_keys_drive_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "ｖ")
        assert isinstance(app.screen, OverviewScreen)
        await press(pilot, "ｊ", "ｊ", "ｋ")
        assert chart(app, "provinces").highlighted == 1
        await press(pilot, "ｖ")
        assert isinstance(app.screen, MainScreen)
        await press(pilot, "ｖ", "ｊ", "enter")
        assert shown_ids(app) == [SUJIATUN]


async def test_an_empty_list_has_no_overview(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "西藏")
        await press(pilot, "enter", "v")
        assert isinstance(app.screen, MainScreen)
        assert "nothing to count" in str([n.message for n in app._notifications])


def test_choices_are_the_filters_r_takes() -> None:
    from reader.regions import compile_query
    from reader.stats import Place
    from reader.tui.screens.overview import month_rows, province_rows

    sichuan = Place("四川省", "510000", 3, (Place("广安市", "511600", 2),))
    hubei = Place("湖北省", "420000", 1, (Place("黄冈市", "421100", 1),))
    rows = province_rows([sichuan, hubei, Place("未知", None, 1)])
    assert [r.choice for r in rows] == [
        Choice("region", "四川省"),
        Choice("region", "湖北省"),
        Choice("region", "未知"),
    ]
    one = province_rows([sichuan, Place("未知", None, 1)])  # one province: its cities follow it
    assert [r.choice for r in one] == [
        Choice("region", "四川省"),
        Choice("region", "四川省 › 广安市"),
        Choice("region", "未知"),
    ]
    assert compile_query(one[1].choice.value).prefixes == ("5116",)
    months = month_rows([("2021-11", 1), ("2021-12", 2), ("2022-03", 1)], 4)
    assert [(r.label, r.choice) for r in months] == [
        ("2021-11", Choice("month", "2021-11")),
        ("2021-12", Choice("month", "2021-12")),
        ("⋯ 2 months without articles", None),
        ("2022-03", Choice("month", "2022-03")),
        ("undated", Choice("month", "undated")),
    ]


def test_every_binding_of_the_overview_is_in_the_help() -> None:
    documented = {key for _, rows in help_rows(key_owners()) for row in rows for key in row.keys}
    for binding in (*OverviewScreen.BINDINGS, *MainScreen.BINDINGS):
        for key in binding.key.split(","):
            assert shown(key) in documented, key
    assert "v" in documented and "ctrl+p" in documented


@pytest.mark.parametrize("size", SIZES)
def test_snapshot(snap_compare: Callable[..., bool], make_app: MakeApp, size: str) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=keys_then("v", "j"))
