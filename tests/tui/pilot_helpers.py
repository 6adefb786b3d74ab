"""The one way the Pilot tests run, in tests/tui and tests/robustness (their conftests load the hook
and the fixtures from here):

    async def test_x(make_app: MakeApp) -> None:
        app = make_app()                       # or make_app(root): a reader loading `root` itself
        async with app.run_test(size=(120, 40)) as pilot:
            await press(pilot, "j")            # each key, then `settle`
            assert ... screen_text(app) ...

`async def` tests run to the end in a fresh event loop (`pytest_pyfunc_call`, no asyncio plugin);
snapshots take `run_before=keys_then(...)`. Also here: waiting until workers are done, reading the
screen as text, and the seed articles' ids.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import unicodedata
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from reader.tui.app import ReaderApp

ARTICLES = Path(__file__).resolve().parents[2] / "articles"
SIMPLIFIED = "000_63a1824498e7c653"  # 四川 达州 通川区, Simplified, no headings
KUNSHAN = "001_54e58c66e0c3be4b"  # 江苏 昆山, Traditional
GUANGAN = "003_a94347fa62b8522e"  # 四川 广安, Traditional, headings
SUJIATUN = "004_676df3e1dad808dc"  # 辽宁 沈阳 苏家屯区, Simplified, headings at two levels
WENMING = "002_2b473b5650339e5b"  # 湖北 黄冈, undated
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}  # the two sizes every view is checked at
MakeApp = Callable[..., ReaderApp]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (Pilot needs a loop) without an asyncio plugin."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**args))
    return True


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.json"


@pytest.fixture
def make_app(request: pytest.FixtureRequest, state_path: Path) -> MakeApp:
    """`make_app()` is a reader on the seed articles (the folder's shared `library`); `make_app(root)`
    loads `root` itself. Apps share one state file unless given another."""

    def make(root: Path | None = None, state: Path = state_path) -> ReaderApp:
        if root is not None:
            return ReaderApp(root, state_path=state)
        return ReaderApp(ARTICLES, library=request.getfixturevalue("library"), state_path=state)

    return make


def _busy(app: ReaderApp) -> bool:
    """A worker runs, a message waits in the app's or the screen's queues, or a layout or a callback
    waits for the screen's next refresh (`call_after_refresh`)."""
    if not app.is_running or app._exception is not None:
        return False  # ended, or failing: nothing more will be handled
    screen = app.screen
    if app.workers or screen._callbacks:
        return True
    nodes = (app, *screen.walk_children(with_self=True))
    return any(not node._message_queue.empty() or getattr(node, "_layout_required", False) for node in nodes)


async def settle(pilot: Pilot) -> None:
    """Let every message, worker and the messages workers send back run to the end (a message
    handled on the way may start another worker: wait for that one too)."""
    app = pilot.app
    await pilot.pause()
    for _ in range(100):  # bounded: a test that never settles fails on its own asserts, not hangs
        if not _busy(app):
            break
        with contextlib.suppress(WorkerFailed, WorkerCancelled):  # the app reports a failed worker itself
            await app.workers.wait_for_complete()
        await pilot.pause()


def keys_then(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A snapshot's `run_before`: settle, then press each key (`type:TEXT` types TEXT)."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            if key.startswith("type:"):
                await type_text(pilot, key.removeprefix("type:"))
            else:
                await press(pilot, key)

    return run_before


def key_event(key: str) -> events.Key:
    """The event `Pilot.press(key)` sends: `"j"`, `"question_mark"`, `"?"`, `"ｊ"`, `"enter"`…"""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def press(pilot: Pilot, *keys: str) -> None:
    """Each key as `Pilot.press` sends it, then `settle`. (`Pilot.press` itself waits for the app
    to idle twice per key on top of that: three times the wait for the same outcome.)"""
    app = pilot.app
    for key in keys:
        event = key_event(key)
        event.set_sender(app)
        app.post_message(event)
        await settle(pilot)


async def type_text(pilot: Pilot, text: str) -> None:
    await press(pilot, *text)


def screen_text(app: ReaderApp) -> str:
    """What the terminal shows, one line per row, wide characters once each."""
    return "\n".join("".join(s.text for s in strip) for strip in app.screen._compositor.render_strips())


def shown_ids(app: ReaderApp) -> list[str]:
    return [e.id for e in app.main.article_list.entries]
