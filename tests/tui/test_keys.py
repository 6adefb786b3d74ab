"""Every key of the reader, driven through Pilot at 120×40 (list and reader side by side)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from reader.tui.app import ReaderApp
from reader.tui.screens import main as main_screen
from reader.tui.screens.explain import ExplainScreen
from reader.tui.screens.outline import OutlineScreen
from reader.tui.screens.regions import RegionTreeScreen
from reader.tui.screens.save import SaveScreen
from reader.tui.widgets.prompt import Prompt
from reader.tui.widgets.status_bar import StatusBar
from tests.helpers import golden
from tests.tui.pilot_helpers import (
    ARTICLES,
    GUANGAN,
    KUNSHAN,
    SIMPLIFIED,
    SUJIATUN,
    MakeApp,
    key_event,
    press,
    screen_text,
    settle,
    shown_ids,
    type_text,
)

WIDE = (120, 40)


async def test_first_screen_lists_every_article_and_previews_the_first(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert len(shown_ids(app)) == 5
        for title in ("品质机关", "文明清风谱华章", "苏家屯区深入开展"):
            assert title in text
        assert app.main.reader.prepared.article == SIMPLIFIED
        assert "四川省 › 达州市 › 通川区" in text
        assert app.focused is app.main.article_list


async def test_rows_move_in_the_list_and_the_reader_follows(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        for down, up in (("j", "k"), ("down", "up")):
            await press(pilot, down)
            assert app.main.article_list.cursor == 1
            assert app.main.reader.prepared.article == KUNSHAN
            await press(pilot, up)
            assert app.main.article_list.cursor == 0
            assert app.main.reader.prepared.article == SIMPLIFIED


async def test_rows_scroll_the_reader(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        reader = app.main.reader
        assert app.focused is reader
        for down, up in (("j", "k"), ("down", "up")):
            await press(pilot, down, down)
            assert reader.scroll_y == 2
            await press(pilot, up, up)
            assert reader.scroll_y == 0
        assert app.main.article_list.cursor == 0


async def test_pages(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        reader = app.main.reader
        for down, up in (("space", "b"), ("pagedown", "pageup")):
            await press(pilot, down)
            assert app.main.article_list.cursor == 4  # a page is longer than the five rows
            await press(pilot, up)
            assert app.main.article_list.cursor == 0
            await press(pilot, "enter", down)
            assert reader.scroll_y == reader.scrollable_content_region.height - 1
            await press(pilot, up)
            assert reader.scroll_y == 0
            await press(pilot, "escape")


async def test_bottom_and_top(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        reader = app.main.reader
        for bottom, top in (("G", "g"), ("end", "home")):
            await press(pilot, bottom)
            assert app.main.article_list.cursor == 4
            assert reader.prepared.article == SUJIATUN
            await press(pilot, top, "enter", bottom)
            assert reader.max_scroll_y > 0 and reader.scroll_y == reader.max_scroll_y
            assert reader.percent == 100
            assert app.main.query_one("#reader-pane").border_subtitle == "100%"
            await press(pilot, top)
            assert reader.scroll_y == 0
            assert app.main.query_one("#reader-pane").border_subtitle == "0%"
            await press(pilot, "escape")


async def test_enter_opens_and_escape_returns_to_the_list(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j", "enter")
        assert app.focused is app.main.reader
        assert app.main.reader.prepared.article == shown_ids(app)[2]
        await press(pilot, "escape")
        assert app.focused is app.main.article_list
        assert app.main.article_list.cursor == 2


async def test_next_and_previous_article_stay_within_the_filter(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter", "enter")  # keep the filter, then open the first article
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]
        await press(pilot, "right_square_bracket")
        assert app.main.reader.prepared.article == GUANGAN
        assert app.focused is app.main.reader
        await press(pilot, "right_square_bracket")  # the last one: stays
        assert app.main.reader.prepared.article == GUANGAN
        await press(pilot, "left_square_bracket")
        assert app.main.reader.prepared.article == SIMPLIFIED


async def test_t_cycles_the_script_of_list_header_and_body(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.state.script == "original"
        await press(pilot, "t")  # a Simplified article: the first t shows it in 繁體
        text = screen_text(app)
        assert app.state.script == "traditional"
        assert "“品質機關”提升通川品質" in text  # list and header
        assert "什麼是“品質通川”" in text  # body
        assert "四川省 › 達州市 › 通川區" in text
        assert "文明清風譜華章" in text  # every title in the list follows
        await press(pilot, "t")
        assert app.state.script == "simplified"
        assert "江苏昆山" in screen_text(app)
        await press(pilot, "t")
        assert app.state.script == "original"
        assert "江蘇昆山" in screen_text(app) and "品质机关" in screen_text(app)


async def test_t_on_a_traditional_article_goes_to_simplified_first(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "t")
        assert app.state.script == "simplified"
        assert "江苏昆山" in screen_text(app)
        await press(pilot, "t", "t")
        assert app.state.script == "original"


async def test_capital_t_chooses_taiwan_and_the_header_says_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "t", "T")  # 繁體, then the next standard: Taiwan's
        assert (app.state.script, app.state.traditional) == ("traditional-tw", "traditional-tw")
        await settle(pilot)
        assert f"{SIMPLIFIED} · 繁體·臺灣" in screen_text(app)
        await press(pilot, "t", "t", "t")
        assert app.state.script == "traditional-tw"  # t keeps to the chosen standard


async def test_p_shows_full_width_punctuation_and_changes_no_file(make_app: MakeApp) -> None:
    app = make_app()
    before = (ARTICLES / f"{GUANGAN}.txt").read_bytes()
    async with app.run_test(size=WIDE) as pilot:
        app.main.open(next(e for e in app.main.article_list.entries if e.id == GUANGAN))
        await settle(pilot)
        assert "近日,筆者" in screen_text(app)
        await press(pilot, "p")
        await settle(pilot)
        assert "近日，筆者" in screen_text(app) and "，全角" in screen_text(app)
        await press(pilot, "p")
        await settle(pilot)
        assert "近日,筆者" in screen_text(app)
    assert (ARTICLES / f"{GUANGAN}.txt").read_bytes() == before


async def test_h_turns_headings_into_paragraphs_and_removes_the_outline(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "G")
        assert len(app.main.reader.headings) == 4
        await press(pilot, "h")
        assert app.state.headings is False
        assert app.main.reader.headings == []
        assert "headings off" in screen_text(app)
        await press(pilot, "o")
        assert not isinstance(app.screen, OutlineScreen)
        assert any("Headings are off" in n.message for n in app._notifications)
        await press(pilot, "h")
        assert len(app.main.reader.headings) == 4


async def test_region_filter_is_live_kept_with_enter_and_does_not_leak_r(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        prompt = app.main.query_one(Prompt)
        assert prompt.display and app.focused is prompt.input
        await type_text(pilot, "sc")
        assert prompt.input.value == "sc"
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]  # live, before enter
        await press(pilot, "enter")
        assert not prompt.display and app.focused is app.main.article_list
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]
        assert "region" in screen_text(app) and "2/5" in screen_text(app)


async def test_region_filter_reads_every_form(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        for query in ("四川", "廣安", "sichuan", "51", "ｓｃ"):
            await press(pilot, "r")
            app.main.query_one(Prompt).input.value = query  # as if typed: the filter follows each edit
            await press(pilot, "enter")
            assert shown_ids(app) == [e.id for e in app.library.filter(query)], query
            assert GUANGAN in shown_ids(app)
            await press(pilot, "r", "escape")


async def test_escape_clears_the_region_filter(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter", "r")
        assert app.main.query_one(Prompt).input.value == "sc"  # r edits the kept filter
        await press(pilot, "escape")
        assert len(shown_ids(app)) == 5 and app.state.region_filter == ""
        assert app.focused is app.main.article_list


async def test_slash_in_the_list_filters_by_title_and_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "slash")
        assert app.main.query_one(Prompt).mode == "filter"
        await type_text(pilot, "张靖")  # only in the body of 000
        assert shown_ids(app) == [SIMPLIFIED]
        await press(pilot, "escape")
        assert len(shown_ids(app)) == 5
        await press(pilot, "slash")
        await type_text(pilot, "机关")  # in either script: 機關 matches too
        await press(pilot, "enter")
        assert KUNSHAN in shown_ids(app) and GUANGAN in shown_ids(app)
        assert "filter" in screen_text(app)


async def _typed_fast(pilot: Pilot, keys: str | list[str]) -> None:
    """A key every 50 ms, then `settle`: a user typing faster than `SEARCH_DELAY_S` (set to 1 s)."""
    for key in keys:
        event = key_event(key)
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
        await asyncio.sleep(0.05)  # the app handles the key meanwhile: a search it starts may run
    await settle(pilot)


def _searches(app: ReaderApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries `Library.search` is asked from now on."""
    asked: list[str] = []
    library = app.main.library
    assert library is not None
    search = library.search
    monkeypatch.setattr(library, "search", lambda query: asked.append(query) or search(query))
    return asked


async def test_slash_searches_only_the_query_typed_last(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_screen, "SEARCH_DELAY_S", 1.0)  # the keys surely come within it
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "slash")
        asked = _searches(app, monkeypatch)
        await _typed_fast(pilot, "张靖")  # only in the body of 000
        assert asked == ["张靖"]  # 张 alone was typed past before its search began
        assert shown_ids(app) == [SIMPLIFIED]
        await _typed_fast(pilot, ["backspace", "backspace"])  # cleared: the search of 张 is dropped
        assert asked == ["张靖"] and len(shown_ids(app)) == 5
        await _typed_fast(pilot, "机关")
        assert asked == ["张靖", "机关"]
        assert KUNSHAN in shown_ids(app) and GUANGAN in shown_ids(app)  # 機關 matches too


async def test_slash_in_the_reader_finds_and_n_steps_through_matches(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "slash")
        assert app.main.query_one(Prompt).mode == "find"
        await type_text(pilot, "品质")
        await press(pilot, "enter")
        reader = app.main.reader
        assert app.focused is reader
        total = len(reader._matches)
        assert total > 5
        assert f"品质 1/{total}" in screen_text(app)
        await press(pilot, "n", "n")
        assert f"品质 3/{total}" in screen_text(app)
        await press(pilot, "N")
        assert f"品质 2/{total}" in screen_text(app)
        await press(pilot, "N", "N")
        assert f"品质 {total}/{total}" in screen_text(app)  # wraps around
        para, start, _ = reader._matches[reader._current]
        line = reader.line_of(para, start)
        assert reader.scroll_y <= line < reader.scroll_y + reader.scrollable_content_region.height


async def test_find_is_highlighted(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "slash")
        await type_text(pilot, "通川")
        await press(pilot, "enter")
        reader = app.main.reader
        current = reader.get_component_rich_style("text-view--current-match")
        other = reader.get_component_rich_style("text-view--match")
        strips = [reader.render_line(y) for y in range(reader.scrollable_content_region.height)]
        styled = [(seg.text, seg.style) for strip in strips for seg in strip if "通川" in seg.text]
        assert any(style and style.bgcolor == current.bgcolor for _, style in styled)
        assert any(style and style.bgcolor == other.bgcolor for _, style in styled)
        await press(pilot, "slash", "escape")
        assert reader._matches == [] and app.main.query_one(StatusBar).status.find == ""


async def test_outline_jumps_to_a_heading(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "G", "o")
        assert isinstance(app.screen, OutlineScreen)
        assert "率先垂范" in screen_text(app)
        await press(pilot, "j", "j", "enter")
        assert not isinstance(app.screen, OutlineScreen)
        reader = app.main.reader
        heading = reader.headings[2]
        assert reader.scroll_y == min(reader.line_of(heading.para), reader.max_scroll_y)
        assert app.focused is reader


async def test_outline_of_an_article_without_headings_says_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "o")
        assert not isinstance(app.screen, OutlineScreen)
        assert any("no headings" in n.message for n in app._notifications)


async def test_e_explains_and_e_again_returns(make_app: MakeApp, library: object) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "e")
        assert isinstance(app.screen, ExplainScreen)
        text = screen_text(app)
        doc = app.library.document(app.library.find(SIMPLIFIED))
        assert f"[{doc.removed[0].rule}]" in text and "✗" in text
        assert f"{len(doc.removed)} removed" in text
        await press(pilot, "e")
        assert app.screen is app.main


async def test_explain_shows_repairs_before_and_after(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "e")
        doc = app.library.document(app.library.find(KUNSHAN))
        repair = doc.repairs[0]
        assert f"{repair.before} → {repair.after}" in screen_text(app).replace("\n", "")
        await press(pilot, "escape")
        assert app.screen is app.main


async def test_region_tree_filters_by_the_chosen_node(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "R")
        assert isinstance(app.screen, RegionTreeScreen)
        text = screen_text(app)
        assert "四川省  2" in text and "广安市  1" in text
        await press(pilot, "down", "enter")  # the busiest province comes first
        assert app.screen is app.main
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]
        assert app.state.region_filter == "四川省"
        assert "region  四川省" in screen_text(app)


async def test_region_tree_county_node(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "R")
        tree = app.screen.query_one("#region-tree")
        node = next(n for n in tree._tree_nodes.values() if str(n.label).startswith("苏家屯区"))
        tree.move_cursor(node)
        await press(pilot, "enter")
        assert shown_ids(app) == [SUJIATUN]


async def test_region_tree_unknown_node_lists_articles_without_a_region(
    make_app: MakeApp, tmp_path: Path
) -> None:
    shutil.copy(ARTICLES / f"{SUJIATUN}.txt", tmp_path)
    (tmp_path / "nowhere.txt").write_text("读书笔记\n\n今天读完了一本好书，收获很多。\n", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await press(pilot, "R")
        tree = app.screen.query_one("#region-tree")
        node = next(n for n in tree._tree_nodes.values() if str(n.label).startswith("未知"))
        tree.move_cursor(node)
        await press(pilot, "enter")
        assert shown_ids(app) == ["nowhere"]
        assert app.state.region_filter == "未知"


async def test_y_copies_the_cleaned_article(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "t", "y")
        assert len(copied) == 1
        assert copied[0].startswith("“品質機關”提升通川品質\n")  # as shown: in 繁體
        assert "什麼是“品質通川”" in copied[0]


async def test_s_saves_markdown_to_the_confirmed_path(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "s")
        assert isinstance(app.screen, SaveScreen)
        field = app.screen.query_one("#save-path")
        assert field.value == str(tmp_path / f"{SIMPLIFIED}.md")
        await press(pilot, "enter")
        assert app.screen is app.main
        saved = (tmp_path / f"{SIMPLIFIED}.md").read_text(encoding="utf-8")
        assert saved == golden(f"{SIMPLIFIED}.md")
        await press(pilot, "s", "enter")  # it exists now: a second enter confirms
        assert "exists" in screen_text(app)
        await press(pilot, "enter")
        assert app.screen is app.main


async def test_x_exports_the_filtered_list(make_app: MakeApp, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    app = make_app()
    target = tmp_path / "set.parquet"
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r", *"广安", "enter")  # one article is in 广安
        shown = [e.id for e in app.main.article_list.entries]
        await press(pilot, "x")
        assert isinstance(app.screen, SaveScreen)
        assert "Export 1 articles" in screen_text(app)
        app.screen.query_one("#save-path").value = str(target)
        await press(pilot, "enter")
        assert app.screen is app.main
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(n.message == f"Exported 1 articles to {target}" for n in app._notifications)
    table = pq.read_table(target)
    assert table.column("id").to_pylist() == shown
    assert table.column("city").to_pylist() == ["广安市"]


async def test_s_refuses_the_articles_folder(make_app: MakeApp) -> None:
    app = make_app()
    before = sorted(p.name for p in ARTICLES.iterdir())
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "s")
        app.screen.query_one("#save-path").value = str(ARTICLES / "copy.md")
        await press(pilot, "enter")
        assert isinstance(app.screen, SaveScreen)
        assert "inside the articles folder" in screen_text(app)
        await press(pilot, "escape")
        assert app.screen is app.main
    assert sorted(p.name for p in ARTICLES.iterdir()) == before


async def test_q_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "q")
    assert app.return_code == 0


async def test_a_click_opens_the_row(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.click("#articles", offset=(3, 3))
        await settle(pilot)
        assert app.main.article_list.cursor == 3
        assert app.main.reader.prepared.article == GUANGAN
        assert app.focused is app.main.reader


async def test_the_mouse_wheel_scrolls_the_reader(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot._post_mouse_events([events.MouseScrollDown], "#reader", offset=(10, 10))
        await settle(pilot)
        assert app.main.reader.scroll_y > 0


async def test_find_matches_either_script(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "enter", "slash")  # a Traditional article
        await type_text(pilot, "机关")
        assert len(app.main.reader._matches) > 3
        para, start, end = app.main.reader._matches[0]
        assert app.main.reader.paras[para].text.plain[start:end] == "機關"
