"""A cold folder in the TUI: rows appear as the pool commits them, and the list is usable meanwhile."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.index import POOL_MIN, Index
from reader.index import store as store_module
from reader.library import Library, Progress
from reader.tui.app import ReaderApp
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.status_bar import StatusBar
from tests.tui.pilot_helpers import ARTICLES, key_event, screen_text, shown_ids

FILES = POOL_MIN + 6  # enough for a process pool


async def until(pilot: Pilot, condition: Callable[[], object]) -> None:
    """Let the app run until `condition` holds (a bound on waiting, not a timing check)."""
    for _ in range(1200):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there:\n" + screen_text(pilot.app))


async def keys(pilot: Pilot, *names: str) -> None:
    """Keys as `Pilot.press` sends them, without waiting for the loading worker to end."""
    for name in names:
        event = key_event(name)
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
        await pilot.pause()


async def test_rows_appear_batch_by_batch_and_can_be_read_and_filtered_meanwhile(
    tmp_path: Path, state_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    seeds = sorted(ARTICLES.glob("*.txt"))
    for i in range(FILES):
        shutil.copy(seeds[i % len(seeds)], root / f"{i:03d}_{seeds[i % len(seeds)].name}")
    monkeypatch.setattr(store_module, "FIRST_BATCH_SECONDS", 0)  # a batch per task of the pool
    monkeypatch.setattr(store_module, "BATCH_SECONDS", 0)
    go_on = threading.Event()
    store = Index._store
    stored: list[int] = []

    def held(self: Index, db: object, batch: list, *shares: object) -> None:
        if stored:  # the first batch is stored: the rest waits while the test uses the list
            go_on.wait(120)
        store(self, db, batch, *shares)  # type: ignore[arg-type]
        stored.append(len(batch))

    monkeypatch.setattr(Index, "_store", held)
    seen: list[Progress] = []
    progress = MainScreen.library_progress
    monkeypatch.setattr(MainScreen, "library_progress", lambda self, p: (seen.append(p), progress(self, p)))

    app = ReaderApp(root, state_path=state_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: shown_ids(app))
        first = shown_ids(app)
        assert 0 < len(first) < FILES and first == sorted(first)  # one batch, in walk order
        assert app.main.query_one(StatusBar).status.indexing.endswith(f"/{FILES}")
        assert "indexing" in screen_text(app)

        await keys(pilot, "j", "enter")  # move and open while the rest is being indexed
        await until(
            pilot,
            lambda: (
                app.main.current is not None
                and app.main.reader.prepared is not None
                and app.main.reader.prepared.article == first[1]
            ),
        )
        await keys(pilot, "escape", "r", "四", "川", "enter")  # filter by region
        await until(pilot, lambda: app.main.state.region_filter == "四川")
        sichuan = shown_ids(app)
        assert sichuan and all(any(s in i for s in ("_000_", "_003_")) for i in sichuan)  # 通川, 广安

        go_on.set()
        await until(pilot, lambda: seen and seen[-1].done)
        await keys(pilot, "r", "escape")  # clear the filter
        await until(pilot, lambda: len(shown_ids(app)) == FILES)
        assert not app.main.query_one(StatusBar).status.indexing
    counts = [p.entries for p in seen]
    assert counts == sorted(counts) and len(set(counts)) > 2  # the list grew batch by batch


async def test_quitting_while_indexing_stops_the_sync(
    tmp_path: Path, state_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    seeds = sorted(ARTICLES.glob("*.txt"))
    for i in range(FILES):
        shutil.copy(seeds[i % len(seeds)], root / f"{i:03d}_{seeds[i % len(seeds)].name}")
    monkeypatch.setattr(store_module, "FIRST_BATCH_SECONDS", 0)
    monkeypatch.setattr(store_module, "BATCH_SECONDS", 0)
    go_on, stopped = threading.Event(), threading.Event()
    store, sync = Index._store, Library.sync
    stored: list[int] = []

    def held(self: Index, db: object, batch: list, *shares: object) -> None:
        if stored:
            go_on.wait(120)
        store(self, db, batch, *shares)  # type: ignore[arg-type]
        stored.append(len(batch))

    def watched(self: Library, *args: object, **kwargs: object) -> object:
        try:
            return sync(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            stopped.set()

    monkeypatch.setattr(Index, "_store", held)
    monkeypatch.setattr(Library, "sync", watched)
    app = ReaderApp(root, state_path=state_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: shown_ids(app))
        await keys(pilot, "q")
    go_on.set()
    assert stopped.wait(120)
    assert len(stored) == 2 and sum(stored) < FILES  # the batch under way was stored, then it stopped
