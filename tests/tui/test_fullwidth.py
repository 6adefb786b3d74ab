"""Keys typed through a CJK input method arrive full-width (`ｊ`); they act as their ASCII keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from reader.tui.app import ReaderApp
from reader.tui.keys import ascii_for, key_name, normalise
from reader.tui.widgets.prompt import Prompt
from tests.tui.pilot_helpers import GUANGAN, SIMPLIFIED, MakeApp, press, settle, shown_ids, type_text

# One session of keys through every screen; the full-width run must end up exactly where the ASCII
# run does, step by step. (Each key's mapping onto its binding is checked without the app, below.)
SESSION = [
    "j",
    "t",
    "h",
    "right_square_bracket",
    "h",
    "G",
    "enter",
    "space",
    "o",
    "escape",
    "e",
    "e",
    "question_mark",
    "escape",
    "R",
    "escape",
    "escape",
    "l",
    "q",
]
FULL_WIDTH = {
    "j": "ｊ",
    "k": "ｋ",
    "G": "Ｇ",
    "g": "ｇ",
    "t": "ｔ",
    "h": "ｈ",
    "right_square_bracket": "］",
    "left_square_bracket": "［",
    "space": "\u3000",
    "b": "ｂ",
    "o": "ｏ",
    "e": "ｅ",
    "question_mark": "？",
    "R": "Ｒ",
    "slash": "／",
    "r": "ｒ",
    "l": "ｌ",
    "q": "ｑ",
}


def observe(app: ReaderApp) -> tuple:
    main = app.main
    return (
        type(app.screen).__name__,
        type(app.focused).__name__,
        main.article_list.cursor,
        app.state.script,
        app.state.headings,
        main.reader.scroll_y,
        main.reader.prepared.article if main.reader.prepared else None,
        main.has_class("-list-hidden"),
    )


async def run_session(app: ReaderApp, keys: list[str]) -> list[tuple]:
    seen = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key in keys:
            if ascii_for(key) == "q" or key == "q":
                await pilot.press(key)
                break
            await press(pilot, key)
            seen.append(observe(app))
    return seen


def test_every_key_has_a_full_width_form_here() -> None:
    for ascii_key, wide in FULL_WIDTH.items():
        assert ascii_for(wide) is not None, ascii_key


@pytest.mark.parametrize(("ascii_key", "wide"), FULL_WIDTH.items())
def test_each_full_width_key_becomes_the_key_its_binding_names(ascii_key: str, wide: str) -> None:
    for sent in (events.Key(key_name(wide), wide), events.Key(key_name(wide), None)):
        assert normalise(sent).key == ascii_key


async def test_full_width_keys_act_like_ascii_keys(make_app: MakeApp, tmp_path: Path) -> None:
    plain = await run_session(make_app(state=tmp_path / "ascii.json"), SESSION)
    wide_app = make_app(state=tmp_path / "wide.json")
    wide = await run_session(wide_app, [FULL_WIDTH.get(k, k) for k in SESSION])
    assert len(plain) == len(wide) == len(SESSION) - 1  # q ended both
    for key, a, b in zip(SESSION, plain, wide, strict=False):
        assert a == b, key
    assert len({step[0] for step in plain}) >= 5  # the session did visit the other screens
    assert wide_app.return_code == 0  # ｑ quit


async def test_full_width_letters_in_a_prompt_are_typed_as_they_are(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "ｒ")
        prompt = app.main.query_one(Prompt)
        assert prompt.display and prompt.input.value == ""  # the opening key does not leak
        await type_text(pilot, "ｓｃｔｑ")
        assert prompt.input.value == "ｓｃｔｑ" and app.state.script == "original"


async def test_full_width_region_query_filters(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "ｒ")
        await type_text(pilot, "ｓｃ")
        await press(pilot, "enter")
        assert shown_ids(app) == [SIMPLIFIED, GUANGAN]
