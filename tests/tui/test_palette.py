"""The command palette (`ctrl+p`): an article by its title in either script, a region by any form `r`
takes, the view's switches; at 80×24 and 120×40."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.fuzzy import Matcher
from textual.pilot import Pilot

from reader.library import Library
from reader.tui.app import ReaderApp
from reader.tui.commands import PROVIDERS, find_articles, find_regions, highlighted, match
from reader.tui.screens.main import MainScreen
from reader.tui.screens.overview import OverviewScreen
from tests.tui.pilot_helpers import (
    ARTICLES,
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
    settle,
    shown_ids,
    type_text,
)


async def palette(pilot: Pilot, query: str) -> list[str]:
    """Open the palette, type `query`, and return the hits as listed (their plain text)."""
    await press(pilot, "ctrl+p")
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, query)
    await settle(pilot)
    commands = pilot.app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).hit.text) for i in range(commands.option_count)]


async def choose(pilot: Pilot, index: int = 0) -> None:
    """Run the hit at `index` (the palette highlights the first hit once they are listed)."""
    assert pilot.app.screen.query_one(CommandList).highlighted == 0
    await press(pilot, *["down"] * index, "enter")
    await settle(pilot)


def test_textual_alone_would_not_match_across_scripts() -> None:
    assert Matcher("广东").match("廣東省") == 0  # why the providers fold to Simplified first
    assert match("广东", "廣東省") is not None
    assert match("廣東", "广东省").offsets == (0, 1)
    assert match("機關 團建", "机关单位团建").score > 0.7  # every word, anywhere
    assert match("品機", "“品质机关”提升通川品质").score < 0.6  # in order, with gaps: fuzzy
    assert match("蘇州", "“品质机关”提升通川品质") is None


def test_titles_are_never_read_as_markup() -> None:
    shown = highlighted("[b]標題[/b] [link=x]", match("标题", "[b]標題[/b] [link=x]"))
    assert isinstance(shown, Text) and shown.plain == "[b]標題[/b] [link=x]"


def test_finders_on_the_seeds() -> None:
    library = Library.load(ARTICLES)
    assert [e.id for e, _ in find_articles(library, "蘇家屯區")] == [SUJIATUN]
    assert [e.id for e, _ in find_articles(library, "机关单位团建")] == [GUANGAN]
    assert find_articles(library, "   ") == []
    for query in ("廣安", "guangan", "四川 广安", "5116"):
        assert find_regions(library, query)[0].query == "四川省 › 广安市", query
    assert find_regions(library, "sc")[0].count == 2
    assert find_regions(library, "未知")[0].query == "未知"
    assert find_regions(library, "") == []


def test_the_app_has_the_providers() -> None:
    assert set(PROVIDERS) == ReaderApp.COMMANDS


@pytest.mark.parametrize("size", SIZES)
async def test_a_traditional_query_opens_a_simplified_title(make_app: MakeApp, size: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZES[size]) as pilot:
        await settle(pilot)
        assert app.main.reader.prepared.article == SIMPLIFIED
        hits = await palette(pilot, "蘇家屯區深入")
        assert hits == ["苏家屯区深入开展创先争优活动简报77期"]
        await choose(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.main.reader.prepared.article == SUJIATUN
        assert app.main.article_list.selected.id == SUJIATUN  # the list cursor follows
        assert app.focused is app.main.reader


async def test_a_simplified_query_opens_a_traditional_title(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        hits = await palette(pilot, "机关单位")
        assert hits[0] == "機關單位團建"
        await choose(pilot)
        assert app.main.reader.prepared.article == GUANGAN


async def test_an_article_outside_the_filter_clears_the_filters(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter")
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]
        await palette(pilot, "推動機關服務")
        await choose(pilot)
        assert app.state.region_filter == ""
        assert len(shown_ids(app)) == 5
        assert app.main.reader.prepared.article == KUNSHAN


@pytest.mark.parametrize(
    ("query", "shown"), [("廣安", [GUANGAN]), ("hubei huanggang", [WENMING]), ("sc", [SIMPLIFIED, GUANGAN])]
)
async def test_a_region_jump_filters_the_list(make_app: MakeApp, query: str, shown: list[str]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter")  # from the reader: the list comes back in front
        hits = await palette(pilot, query)
        await choose(pilot)
        assert shown_ids(app) == shown
        assert app.state.region_filter == hits[0]  # the place's names, as the footer shows them
        assert app.focused is app.main.article_list


async def test_switches_act(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        hits = await palette(pilot, "head")
        assert hits[0] == "Headings: turn off"
        await choose(pilot)
        assert app.state.headings is False
        hits = await palette(pilot, "简体")  # found by a Chinese name too
        assert hits[0] == "Script: show 繁體"
        await choose(pilot)
        assert app.state.script == "traditional"
        assert app.main.reader.prepared.doc.title == "“品質機關”提升通川品質"
        await palette(pilot, "overview")
        await choose(pilot)
        assert isinstance(app.screen, OverviewScreen)


async def test_an_empty_palette_lists_the_switches(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "ctrl+p")
        await settle(pilot)
        text = screen_text(app)
        for label in ("Script: show 繁體", "Headings: turn off", "Overview: articles per province"):
            assert label in text


async def test_a_command_chosen_over_the_overview_acts_on_the_list(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "v")
        await palette(pilot, "蘇家屯")
        await choose(pilot, 1)  # after the region 苏家屯区: the article
        assert isinstance(app.screen, MainScreen)
        assert app.main.reader.prepared.article == SUJIATUN


@pytest.mark.parametrize("size", SIZES)
def test_snapshot(snap_compare: Callable[..., bool], make_app: MakeApp, size: str) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=keys_then("ctrl+p", "type:機關"))
