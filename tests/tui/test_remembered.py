"""State across runs: last article, scroll positions as fractions, modes, region filter; a corrupt
state file is set aside with a warning."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tui.pilot_helpers import GUANGAN, SIMPLIFIED, MakeApp, press, settle, shown_ids, type_text


async def test_state_round_trips_across_runs(make_app: MakeApp, state_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "r")
        await type_text(pilot, "sc")
        await press(pilot, "enter", "j", "enter", "G", "t", "h", "q")
    saved = json.loads(state_path.read_text(encoding="utf-8"))
    assert saved["last_article"] == GUANGAN and saved["region_filter"] == "sc"
    assert saved["script"] == "simplified" and saved["headings"] is False
    assert saved["positions"][GUANGAN] == 1.0

    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:  # another size: the position is a fraction
        await settle(pilot)
        assert shown_ids(again) == [SIMPLIFIED, GUANGAN]
        assert again.main.article_list.selected.id == GUANGAN
        await press(pilot, "enter")
        reader = again.main.reader
        assert reader.prepared.article == GUANGAN
        assert reader.scroll_y == reader.max_scroll_y > 0
        assert again.state.script == "simplified" and reader.headings == []
        assert "笔者走进市政府办公大楼" in reader.prepared.doc.text()


async def test_a_corrupt_state_file_is_set_aside_with_a_warning(make_app: MakeApp, state_path: Path) -> None:
    state_path.parent.mkdir(parents=True)
    state_path.write_text('{"version": 1, "script": ', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert any("unreadable" in n.message for n in app._notifications)
        assert len(shown_ids(app)) == 5 and app.state.script == "original"
        await press(pilot, "q")
    assert list(state_path.parent.glob("state.json.corrupt-*"))
    assert json.loads(state_path.read_text(encoding="utf-8"))["version"] == 1
