"""Article text is never markup and never reaches the terminal raw."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.corpus import LoadError
from reader.tui.app import ReaderApp, run
from tests.robustness import hostile
from tests.robustness.hostile import unsafe_in
from tests.tui.pilot_helpers import press, screen_text, settle

MakeApp = Callable[..., ReaderApp]
LITERALS = ["[/]", "[bold red]x", ":smile:", "[link=file:///etc/passwd]点我[/link]"]


def segments(app: ReaderApp) -> str:
    return "".join(seg.text for strip in app.screen._compositor.render_strips() for seg in strip)


async def test_markup_and_escapes_in_articles_show_as_literal_text(make_app: MakeApp, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    body = "\n\n".join(f"第{i}段：苏家屯区深入开展创先争优活动。{attack}党员39名。"
                       for i, attack in enumerate([*LITERALS, "\x1b[2J清屏", "\x1b]52;c;aGk=\x07剪贴板"]))
    (root / "evil\x1b[31m.txt").write_text(f"标题[bold red]x[/]:smile:\n\n{body}\n", encoding="utf-8")
    app = make_app(root)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        text = screen_text(app)
        for literal in LITERALS:
            assert literal in text, literal
        assert "evil␛[31m" in text  # a file name shows its escape as a visible symbol
        assert not unsafe_in(segments(app))
        await press(pilot, "e")  # the explain view shows the page as read, made harmless
        assert "␛" in screen_text(app) and not unsafe_in(segments(app))


async def test_every_article_of_the_hostile_corpus_opens_safely(make_app: MakeApp, tmp_path: Path) -> None:
    hostile.make(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        count = len(app.main.article_list.entries)
        assert count > 5
        for _ in range(count):
            assert app.main.reader.prepared is not None
            assert not unsafe_in(segments(app))
            await press(pilot, "j")
        await press(pilot, "e")
        assert not unsafe_in(segments(app))
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_a_folder_without_articles_says_so(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "Cannot read the articles: no readable articles" in screen_text(app)
        await press(pilot, "j", "enter", "t", "e", "o", "y", "s")  # nothing to act on: no crash
        assert app.screen is app.main


def test_a_missing_folder_is_an_error_before_the_app_starts(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or directory"):
        run(tmp_path / "missing")
