"""Reposts grouped in the list: one row per story (`×N`, the original's date and source), `enter`
opens the original, `z` shows and hides a story's members, `Z` switches grouping off and on (also in
the palette), under an input method too; the status bar counts articles and stories. Snapshots at
80×24 and 120×40."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.convert import convert
from reader.stories import Story
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_list import Member
from tests.tui.conftest import ARTICLES
from tests.tui.pilot_helpers import GUANGAN, SIMPLIFIED, press, screen_text, settle, type_text

MakeApp = Callable[..., ReaderApp]
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
TW_REPOST = "900_repost_tw"  # the Simplified seed reposted in Traditional, other chrome
EDITED_REPOST = "901_repost_edit"  # the Simplified seed with a paragraph dropped, another source
GUANGAN_REPOST = "902_repost_sc"  # the Traditional Guang'an seed reposted in Simplified


@pytest.fixture(scope="module")
def reposted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds and three reposts of two of them: eight articles, five stories."""
    root = tmp_path_factory.mktemp("grouping") / "articles"
    shutil.copytree(ARTICLES, root)
    seed = (ARTICLES / f"{SIMPLIFIED}.txt").read_text("utf-8")
    traditional = convert(seed, "traditional", "simplified")
    (root / f"{TW_REPOST}.txt").write_text(
        f"首頁 > 新聞中心 > 正文\n{traditional}\n責任編輯：王芳\n", "utf-8"
    )
    paragraphs = seed.split("\n\n")
    edited = "\n\n".join(paragraphs[:6] + paragraphs[7:]).replace("发布时间:2021-12-07 10:35", "来源：人民网")
    (root / f"{EDITED_REPOST}.txt").write_text(edited, "utf-8")
    guangan = (ARTICLES / f"{GUANGAN}.txt").read_text("utf-8")
    (root / f"{GUANGAN_REPOST}.txt").write_text(convert(guangan, "simplified", "traditional"), "utf-8")
    return root


def rows(app: ReaderApp) -> list[str]:
    """The list's rows: `×N original` for a story, `  member` under an expanded one, else the id."""
    out = []
    for row in app.main.article_list.rows:
        if isinstance(row, Story):
            out.append(f"×{len(row.members)} {row.original.id}")
        elif isinstance(row, Member):
            out.append(f"  {row.entry.id}")
        else:
            out.append(row.id)
    return out


async def start(pilot: Pilot) -> None:
    await settle(pilot)
    await press(pilot, "g")


async def test_one_row_per_story_and_enter_opens_the_original(make_app: MakeApp, reposted: Path) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        listed = rows(app)
        assert len(listed) == 5 and len(app.main.article_list.entries) == 8
        assert f"×3 {SIMPLIFIED}" in listed and f"×2 {GUANGAN}" in listed
        assert TW_REPOST not in " ".join(listed) and EDITED_REPOST not in " ".join(listed)
        text = screen_text(app)
        assert " 8/8 · 5 stories " in text
        assert "×3 " in text and "×2 " in text
        story_row = listed.index(f"×3 {SIMPLIFIED}")
        await press(pilot, *["j"] * story_row, "enter")
        assert app.main.current is not None and app.main.current.id == SIMPLIFIED  # the original
        assert app.focused is app.main.reader


async def test_z_shows_and_hides_a_storys_members(make_app: MakeApp, reposted: Path) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        at = rows(app).index(f"×3 {SIMPLIFIED}")
        await press(pilot, *["j"] * at, "z")
        assert rows(app)[at : at + 4] == [
            f"×3 {SIMPLIFIED}",
            f"  {SIMPLIFIED}",
            f"  {TW_REPOST}",
            f"  {EDITED_REPOST}",
        ]
        assert app.main.article_list.cursor == at
        text = screen_text(app)
        assert "人民网" in text  # a member's site
        assert " 8/8 · 5 stories " in text  # members are not counted as stories
        await press(pilot, "j", "j", "enter")  # a member opens itself
        assert app.main.current is not None and app.main.current.id == TW_REPOST
        await press(pilot, "escape", "z")  # z on a member hides its story's members
        assert len(rows(app)) == 5 and app.main.article_list.cursor == at
        plain = next(i for i, row in enumerate(rows(app)) if not row.startswith("×"))
        await press(pilot, "g", *["j"] * plain, "z")
        assert len(rows(app)) == 5
        assert any("No reposts" in n.message for n in app._notifications)


async def test_capital_z_switches_grouping_and_is_remembered(
    make_app: MakeApp, reposted: Path, state_path: Path
) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        await press(pilot, "Z")
        assert len(rows(app)) == 8 and all(not isinstance(r, Story) for r in app.main.article_list.rows)
        assert "stories" not in screen_text(app)
        assert json.loads(state_path.read_text("utf-8"))["grouping"] is False
        await press(pilot, "z")
        assert any("Grouping is off" in n.message for n in app._notifications)
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        assert len(rows(app)) == 8  # still off
        await press(pilot, "Z")
        assert len(rows(app)) == 5


async def test_full_width_keys_under_an_input_method(make_app: MakeApp, reposted: Path) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        at = rows(app).index(f"×2 {GUANGAN}")
        await press(pilot, *["ｊ"] * at, "ｚ")
        assert rows(app)[at + 1 : at + 3] == [f"  {GUANGAN}", f"  {GUANGAN_REPOST}"]
        await press(pilot, "Ｚ")
        assert len(rows(app)) == 8
        await press(pilot, "Ｚ")
        assert len(rows(app)) == 7  # grouped again, the story still open


async def test_the_palette_switches_grouping(make_app: MakeApp, reposted: Path) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, "转载")  # found by its Chinese name too
        await settle(pilot)
        assert "Grouping of reposts: turn off" in screen_text(app)
        await press(pilot, "enter")
        await settle(pilot)
        assert len(rows(app)) == 8
        await press(pilot, "ctrl+p")
        await type_text(pilot, "grouping")
        await settle(pilot)
        assert "Grouping of reposts: turn on" in screen_text(app)
        await press(pilot, "enter")
        await settle(pilot)
        assert len(rows(app)) == 5


async def test_opening_a_repost_by_title_shows_it_inside_its_story(make_app: MakeApp, reposted: Path) -> None:
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        repost = next(e for e in app.main.library.entries if e.id == GUANGAN_REPOST)
        app.main.reveal(repost)
        await settle(pilot)
        assert rows(app)[app.main.article_list.cursor] == f"  {GUANGAN_REPOST}"
        assert app.main.current is not None and app.main.current.id == GUANGAN_REPOST


async def test_a_filter_shows_the_stories_of_the_articles_it_keeps(make_app: MakeApp, reposted: Path) -> None:
    """The list is grouped once, when it is read; each filter keystroke then shows a story of the
    articles it keeps: ×N counts them, the original is the earliest of them, and a story of which
    one article is kept is that article's own row."""
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        await press(pilot, "r", *"四川")  # the two Sichuan seeds and their three reposts
        assert rows(app) == [f"×3 {SIMPLIFIED}", f"×2 {GUANGAN}"]
        assert " 5/8 · 2 stories " in screen_text(app)
        await press(pilot, "backspace", "backspace")  # erased: the whole list again
        assert len(rows(app)) == 5 and f"×3 {SIMPLIFIED}" in rows(app)
        await press(pilot, "escape")
        at = rows(app).index(f"×3 {SIMPLIFIED}")
        await press(pilot, *["j"] * at, "z", "j", "j", "m", "j", "m")  # both reposts of it kept
        guangan = rows(app).index(f"×2 {GUANGAN}")
        await press(pilot, "g", *["j"] * guangan, "z", "j", "j", "m")  # and Guang'an's repost
        await press(pilot, "f")  # only the kept ones: the seed itself is not, so a repost leads
        assert rows(app) == [f"×2 {TW_REPOST}", f"  {TW_REPOST}", f"  {EDITED_REPOST}", GUANGAN_REPOST]
        story = next(r for r in app.main.article_list.rows if isinstance(r, Story))
        assert [m.id for m in story.members] == [TW_REPOST, EDITED_REPOST]  # dated before undated
        assert " 3/8 · 2 stories " in screen_text(app)  # the story still open: its members are no story
        await press(pilot, "escape")  # the filter cleared: the stories whole again
        assert rows(app)[rows(app).index(f"×3 {SIMPLIFIED}") + 1 :][:3] == [
            f"  {SIMPLIFIED}",
            f"  {TW_REPOST}",
            f"  {EDITED_REPOST}",
        ]


async def test_a_searchs_stories_are_grouped_once_and_off_the_event_loop(
    make_app: MakeApp, reposted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hits of a corpus search are grouped in the search's worker thread, and `z` on one of
    their stories shows its members without grouping the hits again."""
    app = make_app(reposted)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot)
        library = app.main.library
        assert library is not None
        grouped_in: list[str] = []  # the thread of each `Library.collapse`
        collapse = library.collapse

        def counted(entries: list) -> list:
            grouped_in.append(threading.current_thread().name)
            return collapse(entries)

        monkeypatch.setattr(library, "collapse", counted)
        await press(pilot, "slash", *"张靖", "enter")  # in the body of the seed and its reposts
        assert rows(app) == [f"×3 {SIMPLIFIED}"]
        assert grouped_in[-1] != threading.main_thread().name
        done = len(grouped_in)
        await press(pilot, "z")
        assert rows(app) == [f"×3 {SIMPLIFIED}", f"  {SIMPLIFIED}", f"  {TW_REPOST}", f"  {EDITED_REPOST}"]
        await press(pilot, "z")
        assert rows(app) == [f"×3 {SIMPLIFIED}"]
        assert len(grouped_in) == done  # shown again, not grouped again


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("expanded", [False, True], ids=["grouped", "expanded"])
def test_snapshot_grouping(
    snap_compare: Callable[..., bool], make_app: MakeApp, reposted: Path, size: str, expanded: bool
) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start(pilot)
        if expanded:
            await press(pilot, "z")  # the first row: the story of the Simplified seed

    assert snap_compare(make_app(reposted), terminal_size=SIZES[size], run_before=run_before)
