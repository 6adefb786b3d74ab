"""Fixtures for the TUI tests: state, cache and XDG directories in a temporary folder and one
shared library of the seed articles; the Pilot hook and `make_app` come from `pilot_helpers`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.library import Library
from tests.helpers import isolated_dirs as isolated
from tests.tui.pilot_helpers import ARTICLES, make_app, pytest_pyfunc_call, state_path  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Nothing a test runs may touch the real home: state, index cache and config all go here."""
    with isolated(tmp_path_factory.mktemp("xdg")) as base:
        yield base


@pytest.fixture(scope="session")
def library(isolated_dirs: Path) -> Library:
    return Library.load(ARTICLES)
