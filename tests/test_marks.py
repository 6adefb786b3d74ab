"""Triage marks: the store in the state directory (round trip, a corrupt or unwritable file, two
sessions at once), the fingerprint they are kept by (renames, re-indexing, `reader batch` output),
and `reader list`, `export` and `stats` with `--mark`."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import batch
from reader.document import fingerprint
from reader.library import Library
from reader.marks import Marks, counts, default_path, next_filter, next_mark, select
from tests.helpers import isolated_dirs
from tests.helpers import run_cli as run

SEEDS = Path(__file__).resolve().parent.parent / "articles"
KUNSHAN = "001_54e58c66e0c3be4b"
GUANGAN = "003_a94347fa62b8522e"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path) -> Iterator[None]:
    """Each test its own state directory (where the CLI reads marks) and index cache."""
    with isolated_dirs(tmp_path / "home"):
        yield


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    shutil.copytree(SEEDS, root)
    return root


def by_id(library: Library) -> dict:
    return {e.id: e for e in library.entries}


# -- The store ------------------------------------------------------------------------------------


def test_marks_round_trip_and_none_clears(tmp_path: Path, corpus: Path) -> None:
    entries = by_id(Library.load(corpus))
    path = tmp_path / "state" / "marks.sqlite3"
    marks = Marks(path)
    marks.set([entries[KUNSHAN]], "keep")
    marks.set([entries[GUANGAN]], "reject")
    again = Marks(path)
    assert again.of(entries[KUNSHAN]) == "keep" and again.of(entries[GUANGAN]) == "reject"
    assert len(again) == 2 and again.take_warning() is None
    again.set([entries[KUNSHAN]], None)
    assert Marks(path).of(entries[KUNSHAN]) is None and len(Marks(path)) == 1


def test_a_missing_file_reads_empty_and_reading_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "marks.sqlite3"
    marks = Marks(path)
    assert len(marks) == 0 and marks.take_warning() is None
    assert not path.parent.exists()


def test_a_corrupt_file_is_set_aside_with_one_warning_and_marking_goes_on(
    tmp_path: Path, corpus: Path
) -> None:
    entry = by_id(Library.load(corpus))[KUNSHAN]
    path = tmp_path / "marks.sqlite3"
    path.write_bytes(b"not a database at all, " * 100)
    marks = Marks(path)
    assert len(marks) == 0
    warning = marks.take_warning()
    assert warning is not None and "unreadable" in warning
    assert marks.take_warning() is None  # once
    assert [p.name[:22] for p in tmp_path.glob("marks*")] == ["marks.sqlite3.corrupt-"]  # set aside
    marks.set([entry], "keep")
    assert Marks(path).of(entry) == "keep"


def test_another_programs_database_is_set_aside_too(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "marks.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 1")
        db.execute("CREATE TABLE other (x)")
    marks = Marks(path)
    assert len(marks) == 0 and "unreadable" in (marks.take_warning() or "")


def test_an_unwritable_folder_keeps_marks_in_memory_and_writes_them_later(
    tmp_path: Path, corpus: Path
) -> None:
    entries = by_id(Library.load(corpus))
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    path = blocker / "marks.sqlite3"
    marks = Marks(path)
    marks.set([entries[KUNSHAN]], "keep")  # never raises
    assert marks.of(entries[KUNSHAN]) == "keep"
    assert "could not be saved" in (marks.take_warning() or "")
    marks.set([entries[GUANGAN]], "reject")
    assert marks.take_warning() is None  # warned once
    blocker.unlink()
    marks.set([entries[GUANGAN]], "keep")
    stored = Marks(path)
    assert stored.of(entries[KUNSHAN]) == "keep" and stored.of(entries[GUANGAN]) == "keep"


def test_two_sessions_keep_each_others_marks(tmp_path: Path, corpus: Path) -> None:
    entries = by_id(Library.load(corpus))
    path = tmp_path / "marks.sqlite3"
    first, second = Marks(path), Marks(path)  # both read the file before either wrote
    first.set([entries[KUNSHAN]], "keep")
    second.set([entries[GUANGAN]], "reject")
    third = Marks(path)
    assert third.of(entries[KUNSHAN]) == "keep" and third.of(entries[GUANGAN]) == "reject"
    assert first.of(entries[GUANGAN]) is None
    first.reload()
    assert first.of(entries[GUANGAN]) == "reject"


def test_cycles() -> None:
    assert [next_mark(None), next_mark("keep"), next_mark("reject")] == ["keep", "reject", None]
    assert [next_filter(f) for f in ("", "keep", "reject", "none", "bogus")] == [
        "keep",
        "reject",
        "none",
        "",
        "",
    ]


def test_select_and_counts(tmp_path: Path, corpus: Path) -> None:
    entries = Library.load(corpus).entries
    marks = Marks(tmp_path / "marks.sqlite3")
    marks.set(entries[:2], "keep")
    marks.set(entries[2:3], "reject")
    assert select(entries, marks, "keep") == entries[:2]
    assert select(entries, marks, "reject") == entries[2:3]
    assert select(entries, marks, "none") == entries[3:]
    assert counts(entries, marks) == {"keep": 2, "reject": 1, "none": 2}


# -- The fingerprint ------------------------------------------------------------------------------


def test_the_fingerprint_is_of_the_text_as_read_not_as_cleaned(corpus: Path) -> None:
    entries = by_id(Library.load(corpus))
    raw = (corpus / f"{GUANGAN}.txt").read_text(encoding="utf-8")
    assert entries[GUANGAN].fingerprint == fingerprint(raw)
    assert len({e.fingerprint for e in entries.values()}) == len(entries)


def test_a_mark_survives_a_rename_and_a_move(tmp_path: Path, corpus: Path) -> None:
    marks = Marks(tmp_path / "marks.sqlite3")
    marks.set([by_id(Library.load(corpus))[GUANGAN]], "keep")
    (corpus / "moved").mkdir()
    (corpus / f"{GUANGAN}.txt").rename(corpus / "moved" / "renamed.txt")
    after = by_id(Library.load(corpus))
    assert GUANGAN not in after
    assert marks.of(after["renamed"]) == "keep"
    assert [e.id for e in after.values() if marks.of(e)] == ["renamed"]


def test_a_mark_survives_re_indexing(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marks = Marks(tmp_path / "marks.sqlite3")
    marks.set([by_id(Library.load(corpus))[KUNSHAN]], "reject")
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "another-cache"))  # a fresh index
    library = Library.load(corpus)
    assert library.index is not None and str(tmp_path / "another-cache") in str(library.index.path)
    assert marks.of(by_id(library)[KUNSHAN]) == "reject"


def test_batch_output_carries_the_fingerprint(tmp_path: Path, corpus: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    out.mkdir()
    partitions, _ = batch.plan(corpus)
    for partition in partitions:
        batch.clean_partition(partition, str(out))
    marks = Marks(tmp_path / "marks.sqlite3")
    marks.set([by_id(Library.load(corpus))[GUANGAN]], "keep")
    cleaned = Library.load(out)
    assert {e.fingerprint for e in cleaned.entries} == {e.fingerprint for e in Library.load(corpus).entries}
    assert [e.id for e in cleaned.entries if marks.of(e) == "keep"] == [GUANGAN]


# -- The command line -----------------------------------------------------------------------------


@pytest.fixture
def marked(corpus: Path) -> Path:
    """The seeds with 001 kept and 003 rejected, in the user state directory the CLI reads."""
    entries = by_id(Library.load(corpus))
    marks = Marks(default_path())
    marks.set([entries[KUNSHAN]], "keep")
    marks.set([entries[GUANGAN]], "reject")
    return corpus


def _ids(out: str) -> list[str]:
    return [line.split("\t")[0] for line in out.splitlines()]


def test_list_by_mark(capsys: pytest.CaptureFixture[str], marked: Path) -> None:
    assert _ids(run(capsys, "list", str(marked), "--mark", "keep")[1]) == [KUNSHAN]
    assert _ids(run(capsys, "list", str(marked), "--mark", "reject")[1]) == [GUANGAN]
    unmarked = _ids(run(capsys, "list", str(marked), "--mark", "none")[1])
    assert len(unmarked) == 3 and KUNSHAN not in unmarked and GUANGAN not in unmarked
    code, out, _ = run(capsys, "list", str(marked), "--mark", "none", "--region", "四川")
    assert code == 0 and [i[:3] for i in _ids(out)] == ["000"]
    rows = [json.loads(line) for line in run(capsys, "list", str(marked), "--json")[1].splitlines()]
    assert {r["id"][:3]: r["mark"] for r in rows} == {
        "000": None,
        "001": "keep",
        "002": None,
        "003": "reject",
        "004": None,
    }
    code, _, err = run(capsys, "list", str(marked), "--mark", "maybe")
    assert code == 2 and "--mark" in err


def test_export_has_the_mark_and_filters_by_it(capsys: pytest.CaptureFixture[str], marked: Path) -> None:
    code, out, _ = run(capsys, "export", str(marked), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["id"][:3]: r["mark"] for r in rows}["001"] == "keep"
    _, out, _ = run(capsys, "export", str(marked), "--format", "csv", "--mark", "reject")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["mark"]) for r in table] == [(GUANGAN, "reject")]
    _, out, _ = run(capsys, "export", str(marked), "--format", "csv", "--mark", "none")
    assert {r["mark"] for r in csv.DictReader(io.StringIO(out))} == {""}


def test_stats_count_marks(capsys: pytest.CaptureFixture[str], marked: Path) -> None:
    _, out, _ = run(capsys, "stats", str(marked), "--json")
    assert json.loads(out)["marks"] == {"keep": 1, "reject": 1, "none": 3}
    _, out, _ = run(capsys, "stats", str(marked), "--json", "--region", "四川")
    assert json.loads(out)["marks"] == {"keep": 0, "reject": 1, "none": 1}
    _, out, _ = run(capsys, "stats", str(marked))
    table = out.split("\n\nmark")[1].splitlines()[1:]
    assert [line.split()[:2] for line in table] == [["keep", "1"], ["reject", "1"], ["none", "3"]]


def test_the_cli_warns_of_a_corrupt_marks_file_and_goes_on(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage" * 64)
    code, out, err = run(capsys, "list", str(corpus), "--mark", "none")
    assert code == 0 and len(out.splitlines()) == 5
    assert err.count("marks file") == 1


def test_the_cli_never_writes_marks(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    run(capsys, "list", str(corpus), "--mark", "keep")
    run(capsys, "stats", str(corpus))
    assert not default_path().exists()
