"""Remembered state: round trip, atomic writes, corrupt files set aside, the XDG location."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader import state
from reader.state import MAX_POSITIONS, State


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "state.json"
    saved = State(
        last_article="003_a",
        positions={"003_a": 0.5, "000_b": 1.0},
        script="traditional-tw",
        headings=False,
        region_filter="廣安",
        traditional="traditional-tw",
        punctuation=True,
        grouping=False,
    )
    state.save(saved, path)
    loaded, warning = state.load(path)
    assert warning is None
    assert loaded == saved


def test_a_missing_file_is_a_fresh_state(tmp_path: Path) -> None:
    assert state.load(tmp_path / "none.json") == (State(), None)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'{"version": 99}',
        b'{"version": 1, "script": "klingon"}',
        b'{"version": 1, "positions": {"a": 7}}',
        b'{"version": 1, "positions": {"a": true}}',
        b'{"version": 1, "headings": "yes"}',
        b'{"version": 1, "last_article": 5}',
        b'{"version": 1, "traditional": "simplified"}',
        b'{"version": 1, "punctuation": "on"}',
        b'{"version": 1, "grouping": 0}',
        b"[" * 100_000,
    ],
)
def test_a_corrupt_file_is_set_aside_with_a_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    loaded, warning = state.load(path)
    assert loaded == State()
    assert warning is not None and "starting afresh" in warning
    aside = list(tmp_path.glob("state.json.corrupt-*"))
    assert not path.exists() and len(aside) == 1
    assert aside[0].read_bytes() == content


def test_writes_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    state.save(State(script="simplified"), path)

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        state.save(State(script="traditional"), path)
    assert json.loads(path.read_text(encoding="utf-8"))["script"] == "simplified"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no temporary file left


def test_positions_are_clamped_and_bounded() -> None:
    s = State()
    s.remember_position("a", 1.7)
    s.remember_position("b", -1)
    assert s.positions == {"a": 1.0, "b": 0.0}
    for i in range(MAX_POSITIONS + 5):
        s.remember_position(f"x{i}", 0.5)
    assert len(s.positions) == MAX_POSITIONS
    assert "a" not in s.positions and f"x{MAX_POSITIONS + 4}" in s.positions
    s.remember_position("x10", 0.25)  # reading an article again makes it the most recent
    assert list(s.positions)[-1] == "x10"


def test_default_path_follows_xdg_state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert state.default_path() == tmp_path / "reader" / "state.json"
