"""The code stays ruff clean, ruff formatted and mypy clean (`[tool.mypy]` in pyproject.toml): lint
is part of the test suite, so CI enforces it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))


@pytest.mark.parametrize(
    "command",
    [["check"], ["format", "--check"]],
    ids=["check", "format"],
)
def test_ruff_is_clean(command: list[str]) -> None:
    proc = subprocess.run(
        [RUFF, *command, "reader", "tests", "scripts"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_passes_on_the_package() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("Success: no issues found"), proc.stdout  # it checked `reader`
