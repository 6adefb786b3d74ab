"""The child that indexes the first articles while the TUI starts (`reader.prefetch`)."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from reader import prefetch
from reader.extract import index_rows
from reader.index import Index
from reader.library import Library

SEEDS = Path(__file__).parent.parent / "articles"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))  # the child inherits it
    shutil.copytree(SEEDS, tmp_path / "articles")
    return tmp_path / "articles"


def titles(root: Path) -> list[str]:
    return [row.title for chunk in Index().rows(root) for row in chunk]


def test_a_cold_folder_is_indexed_by_the_child(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch, "BUDGET_S", 60.0)  # a loaded machine must not stop it early
    warming = prefetch.start(root)
    assert warming is not None
    warming.wait(timeout=120)
    fresh = Index(root.parent / "fresh.sqlite3")
    expected = [entry.title for entry in Library.load(root, index=fresh).entries]
    assert titles(root) == expected
    assert "文明清风谱华章" in "".join(expected)


def test_a_slow_first_batch_does_not_use_up_the_budget(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first article loads the tables, which on a busy machine takes longer than the budget: the
    # child must still clean on past it, not leave the app a first screen of one row.
    from reader.index import store

    first: list[str] = []

    def loading_first(path: str) -> object:
        if not first:
            first.append(path)
            time.sleep(store.FIRST_BATCH_SECONDS + 0.1)  # its batch holds it alone
        return index_rows(path)

    monkeypatch.setattr(prefetch, "index_rows", loading_first)  # before the fork, so the child has it
    monkeypatch.setattr(prefetch, "BUDGET_S", 0.0)  # every batch after the first is past the budget
    monkeypatch.setattr(store, "BATCH_SECONDS", 60.0)  # so the rest make one batch, however slow
    warming = prefetch.start(root)
    assert warming is not None
    warming.wait(timeout=120)
    assert len(titles(root)) == 5


def test_an_indexed_folder_is_left_to_the_app(root: Path) -> None:
    Library.load(root)
    changed = root / "002_2b473b5650339e5b.txt"
    changed.write_text("新的标题\n\n正文一段。\n", encoding="utf-8")
    warming = prefetch.start(root)
    assert warming is not None
    warming.wait()
    assert "新的标题" not in titles(root)  # the app's sync, not the child, cleans changed files
    assert "新的标题" in [entry.title for entry in Library.load(root).entries]


def test_a_slow_child_is_stopped_and_its_work_redone(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck(path: str) -> object:
        time.sleep(600)  # far past the hang guard below: only a kill ends it in time
        raise AssertionError("never reached")

    monkeypatch.setattr(prefetch, "index_rows", stuck)  # before the fork, so the child has it
    warming = prefetch.start(root)
    assert warming is not None
    waiting = threading.Thread(target=warming.wait, kwargs={"timeout": 0.3})
    waiting.start()
    waiting.join(120)  # a hang guard, not a timing check: `wait` must stop the child itself
    hung = waiting.is_alive()
    if hung:  # never leave the child behind (still unreaped, so the pid is still this test's child)
        os.kill(warming.pid, signal.SIGKILL)
    assert not hung, "wait() did not stop the stuck child"
    with pytest.raises(ChildProcessError):  # stopped and reaped: no such child any more
        os.waitpid(warming.pid, os.WNOHANG)
    assert titles(root) == []  # it committed nothing
    assert len(Library.load(root).entries) == 5  # the app cleans what the child did not


def test_a_missing_folder_ends_the_child_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    warming = prefetch.start(tmp_path / "nowhere")
    assert warming is not None
    warming.wait()
    assert titles(tmp_path / "nowhere") == []
