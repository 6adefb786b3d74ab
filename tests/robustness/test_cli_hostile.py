"""The CLI on the hostile corpus: no traceback, every bad file named once, no raw control
character in any output, the user's files byte-identical afterwards."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness import hostile


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _reader(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        errors="strict",
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    root = tmp_path_factory.mktemp("hostile")
    return root, hostile.make(root)


@pytest.fixture(scope="module")
def listed(corpus: tuple[Path, set[str]]) -> subprocess.CompletedProcess[str]:
    root, _ = corpus
    return _reader("list", str(root), "--json")


def test_list_loads_the_rest_and_names_each_bad_file_once(
    corpus: tuple[Path, set[str]], listed: subprocess.CompletedProcess[str]
) -> None:
    root, skipped = corpus
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    for name in [*skipped, "attack/feed.jsonl"]:
        assert listed.stderr.count(name) == 1, (name, listed.stderr)
    warned = [line for line in listed.stderr.splitlines() if line.startswith("reader: warning:")]
    assert len(warned) == len(skipped) + 1
    paths = {json.loads(line)["path"] for line in listed.stdout.splitlines()}
    loaded_files = {p.split(".jsonl:")[0] for p in paths}
    for rel in (
        "degenerate/one-byte.txt",
        "degenerate/nul-inside.txt",
        "enc/gb18030.txt",
        "enc/big5.txt",
        "enc/utf16le.txt",
        "enc/utf16be.txt",
        "enc/utf8-bom.txt",
        "enc/broken-utf8.txt",
        "attack/markup-and-escapes.txt",
    ):
        assert str(root / rel) in loaded_files, rel
    assert sum(1 for p in paths if ".jsonl:" in p) == 3  # three good records in feed.jsonl


def test_no_output_carries_a_control_character(
    corpus: tuple[Path, set[str]], listed: subprocess.CompletedProcess[str]
) -> None:
    root, _ = corpus
    outputs = [listed.stdout, listed.stderr]
    ids = [json.loads(line)["id"] for line in listed.stdout.splitlines()]
    for article in ids:
        for args in (
            ("show", article, "--format", "json"),
            ("show", article, "--format", "markdown"),
            ("show", article),
            ("explain", article),
            ("explain", article, "--json"),
        ):
            proc = _reader(*args, "--articles", str(root))
            assert proc.returncode == 0, (args, proc.stderr)
            outputs += [proc.stdout, proc.stderr]
    for out in outputs:
        assert hostile.unsafe_in(out) == []
    shown = _reader("show", "markup", "--articles", str(root)).stdout
    for literal in ("[/]", "[bold red]x", "[link=file:///etc/passwd]", ":smile:"):
        assert literal in shown


def test_files_stay_byte_identical(tmp_path: Path) -> None:
    hostile.make(tmp_path)
    before = _hashes(tmp_path)
    for args in (
        ("list", str(tmp_path)),
        ("regions", str(tmp_path), "--json"),
        ("show", "markup", "--articles", str(tmp_path)),
        ("explain", "big5", "--articles", str(tmp_path)),
    ):
        assert _reader(*args).returncode == 0
    assert _hashes(tmp_path) == before


@pytest.mark.parametrize("setup", ["missing", "empty", "only-bad"])
def test_nothing_loadable_is_one_line_and_exit_2(tmp_path: Path, setup: str) -> None:
    root = tmp_path / "articles"
    if setup != "missing":
        root.mkdir()
    if setup == "only-bad":
        (root / "x.txt").write_bytes(b"")
        (root / "y.jsonl").write_text("{oops\n")
    proc = _reader("list", str(root))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert [line for line in proc.stderr.splitlines() if not line.startswith("reader: warning:")] == [
        proc.stderr.splitlines()[-1]
    ]


def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions; run as a normal user to test this")
    (tmp_path / "ok.txt").write_text(hostile.BODY)
    locked = tmp_path / "locked.txt"
    locked.write_text(hostile.BODY)
    locked.chmod(0)
    proc = _reader("list", str(tmp_path))
    assert proc.returncode == 0 and proc.stderr.count("locked.txt") == 1


def test_file_changed_or_deleted_after_listing(tmp_path: Path) -> None:
    from reader.corpus import LoadError
    from reader.library import Library

    changed, deleted = tmp_path / "a.txt", tmp_path / "b.txt"
    changed.write_text(hostile.BODY)
    deleted.write_text(hostile.BODY)
    lib = Library.load(tmp_path)
    changed.write_text(hostile.TRAD)
    deleted.unlink()
    assert "機關" in lib.view(lib.find("a")).text()
    with pytest.raises(LoadError):
        lib.document(lib.find("b"))


@pytest.mark.slow
def test_big_files(tmp_path: Path) -> None:
    hostile.make(tmp_path, big=True)
    proc = _reader("show", "long-line", "--articles", str(tmp_path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert max(len(b["text"]) for b in doc["blocks"]) < 5000  # the 2 MB line is split
