"""Fixtures for the TUI tests: state, cache and XDG directories in a temporary folder, one shared
library of the seed articles, and apps built on it."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.library import Library
from reader.tui.app import ReaderApp
from tests.helpers import isolated_dirs as isolated

ARTICLES = Path(__file__).resolve().parents[2] / "articles"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (Pilot needs a loop) without an asyncio plugin."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**args))
    return True


@pytest.fixture(scope="session", autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Nothing a test runs may touch the real home: state, index cache and config all go here."""
    with isolated(tmp_path_factory.mktemp("xdg")) as base:
        yield base


@pytest.fixture(scope="session")
def library(isolated_dirs: Path) -> Library:
    return Library.load(ARTICLES)


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.json"


@pytest.fixture
def make_app(library: Library, state_path: Path) -> Callable[..., ReaderApp]:
    """`make_app()` is a reader on the seed articles; `make_app(root)` loads `root` itself.
    Apps share one state file unless given another."""

    def make(root: Path | None = None, state: Path = state_path) -> ReaderApp:
        if root is not None:
            return ReaderApp(root, state_path=state)
        return ReaderApp(ARTICLES, library=library, state_path=state)

    return make
