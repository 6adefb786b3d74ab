"""The CLI contract: commands, JSON keys, errors, output safety."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from tests.helpers import golden
from tests.helpers import run_cli as run

SEEDS = Path(__file__).resolve().parent.parent / "articles"
LIST_KEYS = {"id", "path", "title", "date", "source", "script", "region", "group", "mark"}
SHOW_KEYS = {
    "id",
    "path",
    "url",
    "title",
    "subtitle",
    "date",
    "source",
    "author",
    "editor",
    "script",
    "region",
    "blocks",
    "removed",
    "repairs",
}
REGION_KEYS = {"province", "city", "county", "adcode"}


def test_list_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", str(SEEDS), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"][:3] for r in rows] == ["000", "001", "002", "003", "004"]
    for r in rows:
        assert set(r) == LIST_KEYS
        assert set(r["region"]) >= REGION_KEYS


def test_list_defaults_to_reader_articles(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shutil.copy(SEEDS / "004_676df3e1dad808dc.txt", tmp_path)
    monkeypatch.setenv("READER_ARTICLES", str(tmp_path))
    code, out, _ = run(capsys, "list")
    assert code == 0 and out.startswith("004_676df3e1dad808dc\t2012-04-10")


def test_show_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "004", "--articles", str(SEEDS), "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert set(doc) == SHOW_KEYS
    assert doc["id"] == "004_676df3e1dad808dc"
    kinds = {b["type"] for b in doc["blocks"]}
    assert kinds <= {"heading", "paragraph", "list_item"}
    assert all(
        set(b) == ({"type", "text", "level"} if b["type"] == "heading" else {"type", "text"})
        for b in doc["blocks"]
    )
    assert all(set(r) == {"line", "text", "rule"} for r in doc["removed"])
    assert all(set(r) == {"line", "before", "after", "rule"} for r in doc["repairs"])


def test_show_by_path_and_script(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SEEDS / "003_a94347fa62b8522e.txt")
    _, simp, _ = run(capsys, "show", path, "--articles", str(SEEDS), "--script", "simplified")
    _, orig, _ = run(capsys, "show", path, "--articles", str(SEEDS))
    assert "笔者走进市政府办公大楼" in simp
    assert "筆者走進市政府辦公大樓" in orig


def test_show_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "004", "--articles", str(SEEDS), "--format", "markdown")
    assert code == 0 and out == golden("004_676df3e1dad808dc.md")


@pytest.mark.parametrize(
    "args, message",
    [
        (("show", "999"), "no article matches '999'"),
        (("show", "00"), "matches 5 articles"),
        (("list", "/no/such/place"), "no such file or directory"),
        (("show", "004", "--format", "pdf"), "invalid choice"),
        (("list", "--bogus"), "unrecognized arguments"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    argv = [*args, "--articles", str(SEEDS)] if args[0] == "show" else list(args)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_empty_folder_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "list", str(tmp_path))
    assert code == 2 and "no readable articles" in err


def test_bad_file_is_named_once_and_others_load(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(SEEDS / "000_63a1824498e7c653.txt", tmp_path)
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    code, out, err = run(capsys, "list", str(tmp_path), "--json")
    assert code == 0 and len(out.splitlines()) == 1
    assert err.count("broken.jsonl.gz") == 1


def test_explain_labels_every_removal_and_repair(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "001", "--articles", str(SEEDS))
    _, js, _ = run(capsys, "explain", "001", "--articles", str(SEEDS), "--json")
    record = json.loads(js)
    assert code == 0
    lines = out.splitlines()
    for r in record["removed"]:
        assert (
            any(line.startswith(f"{r['line']:>4} ✗ [{r['rule']}]") for line in lines)
            or f"✂ [{r['rule']}] {r['text']}" in out
        )
    for r in record["repairs"]:
        assert f"[{r['rule']}] {r['before']} → {r['after']}" in out
    assert "Rules used:" in out and "pinyin.annotation  `機(jī)關(guān)` → `機關`" in out


def test_hostile_text_never_reaches_stdout_raw(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    evil = "标题[bold red]x[/]\x1b[2J\x1b]52;c;aGk=\x07\u202e正文\x9b31m内容。\n" * 3
    (tmp_path / "evil\x1b[31m.txt").write_text(evil, encoding="utf-8")
    for args in (
        ("list", str(tmp_path)),
        ("list", str(tmp_path), "--json"),
        ("show", "evil", "--articles", str(tmp_path), "--format", "json"),
        ("show", "evil", "--articles", str(tmp_path)),
        ("explain", "evil", "--articles", str(tmp_path)),
    ):
        code, out, err = run(capsys, *args)
        assert code == 0, err
        for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert bad not in out and bad not in err
    _, out, _ = run(capsys, "show", "evil", "--articles", str(tmp_path))
    assert "[bold red]x[/]" in out


def test_region_unknown_lists_the_articles_without_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(Path("articles") / "002_2b473b5650339e5b.txt", tmp_path)
    (tmp_path / "nowhere.txt").write_text("读书笔记\n\n今天读完了一本好书，收获很多。\n", encoding="utf-8")
    code, out, _ = run(capsys, "list", str(tmp_path), "--region", "未知", "--json")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["nowhere"]
    code, out, _ = run(capsys, "list", str(tmp_path), "--region", "湖北", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["002_2b473b5650339e5b"]


@pytest.mark.parametrize("command", ["show", "explain"])
def test_a_file_path_works_from_any_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    page = tmp_path / "elsewhere" / "page.txt"
    page.parent.mkdir()
    shutil.copy(SEEDS / "003_a94347fa62b8522e.txt", page)
    monkeypatch.chdir(tmp_path)  # no articles/ here, and no --articles
    monkeypatch.delenv("READER_ARTICLES", raising=False)
    code, out, err = run(capsys, command, str(page))
    assert (code, err) == (0, "")
    assert ("機關單位團建" if command == "show" else "[metadata.title] 機(jī)關(guān)單位團(tuán)建") in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from reader import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"reader {__version__}"
