"""The CLI on broken crawl files (hostile.crawl_cases): each bad file gets one warning naming it and the
record, the rest of it and every other file still load, no traceback, no raw control character out, the
files byte-identical afterwards; and the pathological pages stay fast."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.corpus import html
from tests.crawls import html_page
from tests.helpers import isolated_dirs
from tests.robustness import hostile
from tests.robustness.strategies import unsafe

CASES = hostile.crawl_cases()


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert "Traceback" not in err.getvalue()
    assert unsafe(out.getvalue()) == [] and unsafe(err.getvalue()) == []
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _timed(cpu: float) -> Iterator[None]:
    """The block takes under `cpu` seconds of this process's time: what a quadratic scan shows in,
    whatever else the machine runs (the wall clock would measure the other jobs too)."""
    used = time.process_time()
    yield
    assert time.process_time() - used < cpu


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict]]:
    base = tmp_path_factory.mktemp("crawls")
    with isolated_dirs(base / "home"):
        yield base / "corpus", hostile.make_crawls(base / "corpus")


@pytest.fixture(scope="module")
def listed(crawls: tuple[Path, dict]) -> tuple[int, list[dict], list[str]]:
    root, _ = crawls
    code, out, err = _run("list", str(root), "--json")
    return code, [json.loads(line) for line in out.splitlines()], err.splitlines()


def test_the_rest_loads(listed: tuple[int, list[dict], list[str]]) -> None:
    code, articles, err = listed
    assert code == 0
    assert "good" in {a["id"] for a in articles}
    assert all(line.startswith("reader: warning: ") for line in err), err


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_warning_naming_the_file_and_the_record(
    crawls: tuple[Path, dict], listed: tuple[int, list[dict], list[str]], name: str
) -> None:
    root, expected = crawls
    words, count = expected[name]
    _, articles, err = listed
    warnings = [line for line in err if f"{root / name}:" in line]
    if words is None:
        assert warnings == []
    else:
        assert len(warnings) == 1, warnings
        assert words in warnings[0], warnings[0]
    loaded = [a for a in articles if a["path"] == str(root / name) or a["path"].startswith(f"{root / name}:")]
    if count < 0:  # some of it: the records before the cut
        assert 0 < len(loaded) < 400
    else:
        assert len(loaded) == count, [a["id"] for a in loaded]


def test_every_record_that_loaded_opens_and_the_files_stay_as_they_were(
    crawls: tuple[Path, dict], listed: tuple[int, list[dict], list[str]]
) -> None:
    root, _ = crawls
    before = _hashes(root)
    _, articles, _ = listed
    opened = set()
    for a in articles:
        if ".jsonl.gz:" in a["path"] and not a["path"].endswith((":1", ":2")):
            continue  # one gzip feed of hundreds of the same record: two of them will do
        code, out, err = _run("show", "--articles", str(root), "--format", "json", "--", a["id"])
        assert code == 0, (a["id"], err)
        assert json.loads(out)["blocks"], a["id"]
        opened.add(a["path"].split(":")[0])
    code, _, err = _run("explain", "--articles", str(root), "--", articles[-1]["id"])
    assert code == 0, err
    assert len(opened) == sum(1 for *_, count in CASES.values() if count) + 1  # each that loads, good.txt
    assert _hashes(root) == before


@pytest.mark.parametrize("name", sorted(n for n, (_, _, count) in CASES.items() if count == 0))
def test_a_file_with_nothing_to_load_alone_exits_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(CASES[name][0])
    with isolated_dirs(tmp_path / "home"):
        code, out, err = _run("list", str(path))
    assert (code, out) == (2, "")
    # One line: nothing loaded, and why, naming the file.
    [line] = err.splitlines()
    assert line.startswith("reader: no readable articles") and name in line and CASES[name][1] in line


def test_a_50_mb_inline_script_stays_fast(tmp_path: Path) -> None:
    script = "var s = '<div><p>不是正文</p>';\n" * (50 * 1024 * 1024 // 34)
    body = f"<p>{hostile.BODY}</p>"
    page = html_page(f"<h1>通川区召开会议</h1>{body}<script>{script}</script>{body}")
    data = page.encode("utf-8")
    assert len(data) > 50 * 1024 * 1024
    with _timed(cpu=1.5):  # a tag scan of the script took 2 s of CPU, 10 s on a busy machine
        read = html.read_page(data)
    assert read.text.split("\n") == ["通川区召开会议", hostile.BODY, hostile.BODY]
    (tmp_path / "big.html").write_bytes(data)
    with isolated_dirs(tmp_path / "home"), _timed(cpu=5):
        code, out, err = _run("show", "--articles", str(tmp_path), "--format", "json", "--", "big")
    assert code == 0, err
    assert "不是正文" not in out and hostile.BODY in out


@pytest.mark.parametrize("depth", [100_000, 6_000])
def test_deep_nesting_does_not_hang(depth: int) -> None:
    for opening in ("<div>", "<span><b>", "<table><tr><td>"):
        page = (opening * depth + f"<p>{hostile.BODY}</p>" + "</div>" * 10).encode()
        with _timed(cpu=2):
            read = html.read_page(page)
        assert hostile.BODY in read.text
