"""Every test runs with its own cache, state and config directories, never the user's."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from hypothesis import settings

# The machines are shared and noisy: an example that runs slow is no bug, so no deadline, on top of
# whatever profile is loaded (Hypothesis's own `ci` when $CI is set).
settings.register_profile("reader", settings(settings.default, deadline=None))
settings.load_profile("reader")

_HOME = tempfile.mkdtemp(prefix="reader-tests-")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the files under tests/golden/ from the current output (then review `git diff`)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # Set before any test (and any subprocess a test starts) can read them.
    for var in ("READER_CACHE_DIR", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = os.path.join(_HOME, var.lower())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)
