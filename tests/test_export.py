"""Curated sets out: `reader export` as JSON Lines, CSV and Parquet; where it writes, what it refuses,
and that an export read back lists as its source did."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from reader import export
from reader.cli import main
from tests.crawls import fineweb_rows, html_page, wet_bytes, write_parquet
from tests.helpers import golden, isolated_dirs
from tests.helpers import run_cli as run

SEEDS = Path(__file__).resolve().parent.parent / "articles"
SCHEMA = [
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
    "province",
    "city",
    "county",
    "adcode",
    "text",
    "mark",
]
SICHUAN = "2021年12月7日，四川省达州市通川区召开全区经济工作会议，研究部署明年重点任务。"
YILAN = "宜蘭縣政府今天宣布，今年將在全縣新增12處社區照顧關懷據點，並安排健康講座。"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path) -> Iterator[None]:
    with isolated_dirs(tmp_path / "home"):
        yield


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small mixed corpus: a seed, a Traditional HTML page, a WET record and a FineWeb-2 row."""
    root = tmp_path / "articles"
    root.mkdir()
    shutil.copy(SEEDS / "004_676df3e1dad808dc.txt", root)
    (root / "yilan.html").write_text(
        html_page(f"<h1>宜蘭縣新增照顧據點</h1><p>{YILAN}</p><p>{YILAN}</p>"), encoding="utf-8"
    )
    (root / "crawl.warc.wet.gz").write_bytes(
        wet_bytes([("https://news.example.cn/tc.html", f"通川区召开会议\n{SICHUAN}\n{SICHUAN}")])
    )
    write_parquet(root / "fw.parquet", fineweb_rows([f"通川区第二次会议\n{SICHUAN}"]))
    return root


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_to_stdout_has_exactly_the_schema(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, err = run(capsys, "export", str(corpus), "--format", "jsonl")
    assert code == 0 and err == ""
    rows = _jsonl(out)
    assert len(rows) == 4
    assert all(list(r) == SCHEMA for r in rows)
    assert tuple(SCHEMA) == export.SCHEMA
    by_id = {r["id"]: r for r in rows}
    assert by_id["news.example.cn/tc.html"]["url"] == "https://news.example.cn/tc.html"
    assert by_id["004_676df3e1dad808dc"]["url"] is None
    assert by_id["004_676df3e1dad808dc"]["county"] == "苏家屯区"
    assert by_id["004_676df3e1dad808dc"]["text"] == golden("004_676df3e1dad808dc.md")  # as `reader show`
    assert by_id["yilan"]["script"] == "traditional" and YILAN in by_id["yilan"]["text"]
    assert by_id["news.example.cn/tc.html"]["text"].startswith("# ")  # the cleaned article, as Markdown


def test_csv_to_stdout_has_exactly_the_schema(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, _ = run(capsys, "export", str(corpus), "--format", "csv")
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == SCHEMA and len(rows) == 4
    _, js, _ = run(capsys, "export", str(corpus), "--format", "jsonl")
    expected = [{k: "" if v is None else v for k, v in r.items()} for r in _jsonl(js)]
    assert rows == expected  # multi-line text survives the quoting


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_file_holds_what_stdout_would(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, fmt: str
) -> None:
    _, out, _ = run(capsys, "export", str(corpus), "--format", fmt)
    target = tmp_path / "out" / f"set.{fmt}"
    code, stdout, err = run(capsys, "export", str(corpus), "--format", fmt, "-o", str(target))
    assert code == 0 and stdout == ""
    assert err == f"reader: 4 articles → {target}\n"
    assert target.read_text(encoding="utf-8") == out


def test_parquet_has_exactly_the_schema(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "set.parquet"
    code, out, _ = run(capsys, "export", str(corpus), "--format", "parquet", "-o", str(target))
    assert code == 0 and out == ""
    table = pq.read_table(target)
    assert table.schema.names == SCHEMA
    assert all(t == pa.string() for t in table.schema.types)
    _, js, _ = run(capsys, "export", str(corpus), "--format", "jsonl")
    assert table.to_pylist() == _jsonl(js)


def test_parquet_refuses_stdout(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, err = run(capsys, "export", str(corpus), "--format", "parquet")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "-o" in err


@pytest.mark.parametrize("where", ["inside", "nested", "the folder", "the file"])
def test_refuses_to_write_into_the_articles(
    capsys: pytest.CaptureFixture[str], corpus: Path, where: str
) -> None:
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    root, target = {
        "inside": (corpus, corpus / "export.jsonl"),
        "nested": (corpus, corpus / "sub" / ".." / "deeper" / "export.jsonl"),
        "the folder": (corpus, corpus),
        "the file": (corpus / "fw.parquet", corpus / "fw.parquet"),
    }[where]
    code, out, err = run(capsys, "export", str(root), "--format", "jsonl", "-o", str(target), "--force")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "articles folder" in err
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before


def test_refuses_to_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "set.csv"
    target.write_text("keep me", encoding="utf-8")
    code, out, err = run(capsys, "export", str(corpus), "--format", "csv", "-o", str(target))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, err = run(capsys, "export", str(corpus), "--format", "csv", "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith(",".join(SCHEMA) + "\n")


def test_a_failed_export_leaves_no_file(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> Iterator[dict]:
        yield {k: "x" for k in SCHEMA}
        raise KeyboardInterrupt

    monkeypatch.setattr("reader.cli.rows", broken)
    target = tmp_path / "out" / "set.parquet"
    assert main(["export", str(corpus), "--format", "parquet", "-o", str(target)]) == 130
    assert list(target.parent.iterdir()) == []  # neither the file nor its .part


@pytest.mark.parametrize(
    "script, present, absent",
    [
        ("simplified", "宜兰县政府", "宜蘭縣政府"),
        ("traditional", "四川省達州市通川區", "四川省达州市通川区"),
    ],
)
def test_script_converts(
    capsys: pytest.CaptureFixture[str], corpus: Path, script: str, present: str, absent: str
) -> None:
    _, original, _ = run(capsys, "export", str(corpus), "--format", "jsonl")
    assert absent in original and present not in original
    code, out, _ = run(capsys, "export", str(corpus), "--format", "jsonl", "--script", script)
    assert code == 0
    texts = "".join(r["title"] + r["text"] for r in _jsonl(out))
    assert present in texts and absent not in texts


def test_filters_pick_the_rows(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    _, out, _ = run(capsys, "export", str(corpus), "--format", "jsonl", "--search", "宜兰")
    assert [r["id"] for r in _jsonl(out)] == ["yilan"]
    _, out, _ = run(capsys, "export", str(corpus), "--format", "jsonl", "--region", "达州")
    assert sorted(r["id"] for r in _jsonl(out)) == sorted(
        ["news.example.cn/tc.html", "<urn:uuid:00000000-0000-4000-8000-000000000000>"]
    )
    _, out, _ = run(capsys, "export", str(corpus), "--format", "csv", "--search", "没有这样的文字")
    assert out == ",".join(SCHEMA) + "\n"  # an empty set is still a CSV with its header


def _listing(capsys: pytest.CaptureFixture[str], root: Path) -> list[tuple]:
    code, out, err = run(capsys, "list", str(root), "--json")
    assert code == 0, err
    return sorted(
        (r["id"], r["title"], r["date"], json.dumps(r["region"], sort_keys=True))
        for r in map(json.loads, out.splitlines())
    )


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_the_seeds_exported_list_as_the_seeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    """An export is a corpus: listed, it has the seeds' ids, titles, dates and regions."""
    target = tmp_path / "set" / f"seeds.{fmt}"
    code, _, err = run(capsys, "export", str(SEEDS), "--format", fmt, "-o", str(target))
    assert code == 0, err
    seeds = _listing(capsys, SEEDS)
    assert len(seeds) == 5
    assert _listing(capsys, target) == seeds
    # Opened again, each article reads as the seed does.
    for ref, title, _, _ in seeds:
        code, out, _ = run(capsys, "show", "--articles", str(target), "--format", "json", "--", ref)
        assert code == 0 and json.loads(out)["title"] == title
