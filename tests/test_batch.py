"""`reader batch` on a LocalCluster of 2 workers: every article of every format cleaned exactly once,
resumed runs, a worker killed mid-task, and the reader opening the output without cleaning again."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import pyarrow as pa
import pyarrow.parquet as pq

from reader import batch
from reader.cli import main
from reader.corpus import Article, discover, locate, read_articles
from reader.corpus.cleaned import CLEANED_KEY, ERRORS_KEY, parse_markdown
from reader.document import Block, Document, Region
from reader.index import Index
from reader.library import Library
from reader.render import render_markdown
from tests.helpers import golden

SEEDS = Path(__file__).resolve().parents[1] / "articles"


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _wet(uri: str, text: str) -> bytes:
    payload = text.encode()
    head = [
        "WARC/1.0",
        "WARC-Type: conversion",
        "WARC-Date: 2024-04-15T12:34:56Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Target-URI: {uri}",
        "Content-Type: text/plain",
        f"Content-Length: {len(payload)}",
    ]
    return gzip.compress(("\r\n".join(head) + "\r\n\r\n").encode() + payload + b"\r\n\r\n")


def make_corpus(root: Path) -> Path:
    """The seeds as text, and in JSON Lines (one bad line), Parquet (3 row groups), HTML and WET;
    and one empty file."""
    texts = _seed_texts()
    shutil.copytree(SEEDS, root / "seeds")
    with open(root / "web.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate(texts[:3]):
            f.write(
                json.dumps(
                    {"id": f"j{i}", "text": text, "url": f"http://www.sc.gov.cn/{i}.html"}, ensure_ascii=False
                )
                + "\n"
            )
        f.write("not json\n")
    rows = [texts[i % 5] for i in range(6)]
    pq.write_table(
        pa.table({"id": [f"p{i}" for i in range(6)], "text": rows}), root / "rows.parquet", row_group_size=2
    )
    body = "".join(f"<p>{line}</p>" for line in texts[1].splitlines() if line.strip())
    (root / "page.html").write_text(
        f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8"
    )
    (root / "crawl.warc.wet.gz").write_bytes(
        _wet("http://a.example.cn/1", texts[2]) + _wet("http://a.example.cn/2", texts[4])
    )
    (root / "empty.txt").write_bytes(b"")
    return root


def originals(root: Path) -> list[tuple[str, int | None]]:
    """(absolute path, record) of every article the reader reads under `root`."""
    found = []
    for path in discover(root):
        try:
            for item in read_articles(path):
                if isinstance(item, Article):
                    locator = locate(item)
                    found.append((os.path.abspath(locator.path), locator.line))
        except Exception:
            pass
    return found


def dataset(out: Path) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted(out.glob("part-*.parquet"))])


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        with Client(c) as client:  # closed at once: a second client in this process would share its loop
            client.run(_warm)  # load the cleaner's tables once per worker, not in each test's time
        yield c


def _warm() -> None:
    from reader.engine import analyse

    analyse(Article("warm", "warm", SEEDS.joinpath("000_63a1824498e7c653.txt").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("in"))


@pytest.fixture(scope="module")
def written(cluster, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, batch.Report]:
    out = tmp_path_factory.mktemp("out") / "clean"
    report = batch.run(corpus, out, scheduler=cluster.scheduler_address, partition_size=4)
    return out, report


# -- The plan ----------------------------------------------------------------------------------------


def test_plan_splits_parquet_by_row_groups_and_groups_small_files(corpus: Path) -> None:
    partitions, size = batch.plan(corpus, partition_size=4)
    assert size == 4 and (partitions, 4) == batch.plan(corpus, partition_size=4)  # names included
    pieces = [piece for p in partitions for piece in p.pieces]
    groups = [piece.groups for piece in pieces if piece.path.endswith(".parquet")]
    assert len(groups) >= 2 and sorted(g for g in groups) == groups  # split, in order
    assert [g[0] for g in groups][1:] == [g[1] for g in groups][:-1]  # and every row group once
    seeds = [p for p in partitions if all("seeds" in piece.path for piece in p.pieces)]
    assert seeds and all(p.articles <= 4 for p in seeds) and any(len(p.pieces) > 1 for p in seeds)
    assert sorted({piece.path for piece in pieces}) == sorted(os.path.abspath(p) for p in discover(corpus))
    assert len({p.name for p in partitions}) == len(partitions)


def test_a_small_corpus_makes_enough_partitions_for_the_workers_and_the_index() -> None:
    assert batch.default_size(20_000) == 313 and batch.default_size(10_000_000) == batch.PARTITION_SIZE
    assert batch.default_size(17) == batch.PARTITION_MIN


def test_markdown_turns_back_into_the_same_blocks() -> None:
    blocks = (
        Block("paragraph", "第一段。"),
        Block("heading", "一、小标题", 1),
        Block("list_item", "甲"),
        Block("list_item", "乙"),
        Block("paragraph", "两行的\n段落"),
        Block("heading", "三级", 3),
        Block("list_item", "丙"),
        Block("heading", "二级", 2),
        Block("paragraph", "#话题# 不是标题"),
    )
    doc = Document(
        title="标题",
        subtitle="副标题",
        date="2021-12-07",
        source="达州日报网",
        author="张三",
        blocks=blocks,
        region=Region("四川省", "达州市", "通川区", "511702", 1.0),
    )
    assert parse_markdown(render_markdown(doc), doc) == blocks
    bare = Document(blocks=(Block("list_item", "只有一项"),))
    assert parse_markdown(render_markdown(bare), bare) == bare.blocks


# -- A run ---------------------------------------------------------------------------------------------


def test_every_article_of_every_format_once_with_the_export_columns(written, corpus: Path) -> None:
    out, report = written
    table = dataset(out)
    assert tuple(table.column_names) == batch.COLUMNS
    found = list(zip(table["source_path"].to_pylist(), table["source_record"].to_pylist(), strict=True))
    assert sorted(found, key=str) == sorted(originals(corpus), key=str)
    assert len(found) == len(set(found)) == report.articles == 17
    for part in out.glob("part-*.parquet"):
        assert CLEANED_KEY in pq.read_metadata(part).metadata
    row = table.filter(pa.compute.equal(table["id"], "003_a94347fa62b8522e")).to_pylist()[0]
    assert row["title"] == "機關單位團建" and row["province"] == "四川省" and row["script"] == "traditional"
    assert row["text"] == golden("003_a94347fa62b8522e.md")  # as `reader show` renders it
    assert row["path"].endswith("003_a94347fa62b8522e.txt")
    assert any(r["rule"] == "chrome.share" for r in json.loads(row["removed_lines"]))
    assert any(r["rule"] == "garble.gbk_shift" for r in json.loads(row["repairs"]))
    parquet_rows = table.filter(pa.compute.equal(table["id"], "p5")).to_pylist()[0]
    assert parquet_rows["source_record"] == 6 and parquet_rows["path"].endswith("rows.parquet:6")


def test_records_that_cannot_be_read_go_to_the_errors_table(written) -> None:
    out, report = written
    files = sorted((out / batch.ERRORS_DIR).glob("*.parquet"))
    assert files and all(ERRORS_KEY in pq.read_metadata(f).metadata for f in files)
    errors = pa.concat_tables([pq.read_table(f) for f in files]).to_pylist()
    assert report.errors == len(errors) == 2
    by_file = {Path(e["source_path"]).name: e for e in errors}
    assert by_file["web.jsonl"]["where"] == "line 4" and by_file["web.jsonl"]["source_record"] == 4
    assert by_file["empty.txt"]["where"] == "the file" and by_file["empty.txt"]["reason"] == "empty"


def test_the_reader_opens_the_output_without_cleaning_it_again(
    written, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, _ = written
    files = Library.load(corpus, index=Index(tmp_path / "files.sqlite3"))
    expected = {e.id: files.document(e) for e in files.entries}
    from reader import engine

    def no_cleaning(*_: object) -> None:
        raise AssertionError("cleaned again")

    monkeypatch.setattr(engine, "analyse", no_cleaning)
    monkeypatch.setattr(engine, "clean", no_cleaning)
    cleaned = Library.load(out, index=Index(tmp_path / "out.sqlite3"))

    def listing(lib: Library) -> dict:
        return {e.id: (e.title, e.date, e.source, e.script, e.region.contract()) for e in lib.entries}

    assert listing(cleaned) == listing(files)
    for entry in cleaned.entries:
        mine, theirs = cleaned.document(entry), expected[entry.id]
        assert (mine.blocks, mine.removed, mine.repairs, mine.title) == (
            theirs.blocks,
            theirs.removed,
            theirs.repairs,
            theirs.title,
        )
    for query in ("机关", "機關", "品质机关", "文明"):
        assert sorted(e.id for e in cleaned.search(query)) == sorted(e.id for e in files.search(query))
    warnings = " ".join(cleaned.warnings)
    assert "line 4" in warnings and "empty.txt" in warnings


def test_the_index_reads_the_same_search_text_as_the_parsed_blocks_give(written) -> None:
    from reader.corpus.cleaned import document_at, search_body
    from reader.index import search_text

    out, _ = written
    for part in sorted(out.glob("part-*.parquet")):
        for number, row in enumerate(pq.read_table(part).to_pylist(), 1):
            full = document_at(part, number).text()
            assert search_text(search_body(row)).rstrip("\u3000 ") == search_text(full).rstrip("\u3000 ")


def test_each_part_file_has_its_search_shard_and_the_index_copies_it_in(
    written, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.index import store
    from reader.index.parts import shard_path

    out, _ = written
    parts = sorted(out.glob("part-*.parquet"))
    assert all(shard_path(p).exists() for p in parts) and not list(out.glob("_search/.*"))
    tokenised: list[str] = []
    add = store.Shard.add
    monkeypatch.setattr(store.Shard, "add", lambda self, texts: tokenised.extend(texts) or add(self, texts))
    index = Index(tmp_path / "copied.sqlite3")
    copied = Library.load(out, index=index)
    assert tokenised == [] and len(store.shard_paths(index.path)) >= len(parts)

    # A shard made by other search code, or missing, is not used: the index tokenises the texts.
    other = tmp_path / "other"
    shutil.copytree(out, other)
    shutil.rmtree(other / "_search")
    by_texts = Library.load(other, index=Index(tmp_path / "texts.sqlite3"))
    assert len(tokenised) == len(copied.entries) == len(by_texts.entries)

    def listed(library: Library) -> list[tuple]:
        return [
            (e.id, e.title, e.date, e.source, e.script, e.region, e.size, e.fingerprint)
            for e in library.entries
        ]

    assert listed(copied) == listed(by_texts)
    for query in ("机关", "機關", "品质机关", "文明", "四川"):
        found = sorted(e.id for e in copied.search(query))
        assert found and found == sorted(e.id for e in by_texts.search(query))


def test_a_part_file_gone_takes_its_copied_shard_with_it(written, tmp_path: Path) -> None:
    from reader.index import store

    out = tmp_path / "out"
    shutil.copytree(written[0], out)
    index = Index(tmp_path / "index.sqlite3")
    library = Library.load(out, index=index)
    before = len(store.shard_paths(index.path))
    part = sorted(out.glob("part-*.parquet"))[0]
    gone = {e.id for e in library.entries if Path(e.locator.path) == part}
    part.unlink()
    library = Library.load(out, index=index)
    assert gone and not gone & {e.id for e in library.entries}
    assert len(store.shard_paths(index.path)) == before - 1
    assert not gone & {e.id for e in library.search("机关")}


# -- Exactly once --------------------------------------------------------------------------------------


def test_a_rerun_resumes_and_redoes_only_what_changed(cluster, corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "in"
    shutil.copytree(corpus, source)
    out = tmp_path / "out"
    first = batch.run(source, out, scheduler=cluster.scheduler_address, partition_size=4)
    parts = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
    again = batch.run(source, out, scheduler="tcp://0.0.0.0:1")  # nothing to do: no scheduler is asked
    assert again.resumed == again.partitions == first.partitions and again.articles == first.articles
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")} == parts

    lost = sorted(parts)[2]
    (out / lost).unlink()  # a run that stopped before this partition was written
    (out / f".{lost}.123-abcd.tmp").write_bytes(b"PAR1")  # and the temporary file it left
    resumed = batch.run(source, out, scheduler=cluster.scheduler_address, partition_size=4)
    assert resumed.resumed == first.partitions - 1 and (out / lost).exists()
    assert not list(out.glob(".*.tmp"))

    seed = source / "seeds" / "001_54e58c66e0c3be4b.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n追加的一段。\n", encoding="utf-8")
    changed = batch.run(source, out, scheduler=cluster.scheduler_address, partition_size=4)
    assert changed.removed == 1 and changed.resumed == first.partitions - 1
    shards = sorted(p.name.removesuffix(".sqlite3") for p in (out / "_search").iterdir())
    assert shards == sorted(p.name.removesuffix(".parquet") for p in out.glob("part-*.parquet"))
    table = dataset(out)
    found = list(zip(table["source_path"].to_pylist(), table["source_record"].to_pylist(), strict=True))
    assert len(found) == len(set(found)) == first.articles == changed.articles


def test_a_worker_killed_mid_task_still_gives_every_article_once(cluster, tmp_path: Path) -> None:
    import psutil

    source = tmp_path / "in"
    source.mkdir()
    for i in range(60):
        seed = sorted(SEEDS.glob("*.txt"))[i % 5]
        shutil.copy(seed, source / f"{i:03d}_{seed.name}")
    out = tmp_path / "out"
    killed: list[tuple[int, str]] = []
    stop = threading.Event()

    def kill_a_writer() -> None:
        """SIGKILL the worker writing a part file, once another part file is whole."""
        while not stop.is_set():
            if list(out.glob("part-*.parquet")) and (tmps := list(out.glob(".part-*.tmp"))):
                pid = int(tmps[0].name.rsplit(".", 2)[-2].split("-")[0])
                workers = {p.pid for p in psutil.Process().children(recursive=True)}
                os.kill(pid, signal.SIGKILL)
                killed.append((pid, pid in workers))
                return
            time.sleep(0.001)

    killer = threading.Thread(target=kill_a_writer)
    killer.start()
    try:
        report = batch.run(source, out, scheduler=cluster.scheduler_address, partition_size=3)
    finally:
        stop.set()
        killer.join()
    assert killed and killed[0][1], "no worker of the cluster was killed mid-task"
    table = dataset(out)
    found = list(zip(table["source_path"].to_pylist(), table["source_record"].to_pylist(), strict=True))
    assert len(found) == len(set(found)) == report.articles == 60
    assert sorted(found, key=str) == sorted(originals(source), key=str)
    assert not list(out.glob(".*.tmp")) and len(list(out.glob("part-*.parquet"))) == report.partitions == 20


def test_a_partition_written_already_is_not_written_again(written) -> None:
    out, _ = written
    part = sorted(out.glob("part-*.parquet"))[0]
    before = part.stat().st_mtime_ns
    partition = batch.Partition(part.name.removesuffix(".parquet"), ())
    result = batch.clean_partition(partition, str(out))
    assert result["resumed"] and result["articles"] == pq.read_metadata(part).num_rows
    assert part.stat().st_mtime_ns == before


# -- The command ---------------------------------------------------------------------------------------


def test_cli_batch_on_a_local_cluster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    shutil.copytree(SEEDS, source)
    out = tmp_path / "out"
    assert main(["batch", str(source), str(out), "--workers", "2", "--partition-size", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("5 articles in 3 partitions") and str(out) in captured.out
    assert "━" not in captured.err  # no progress bar in a pipe
    assert main(["list", str(out)]) == 0
    assert capsys.readouterr().out.count("\n") == 5


@pytest.mark.parametrize("case", ["inside", "not-a-batch", "other-input", "both-options"])
def test_cli_batch_refuses(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    shutil.copytree(SEEDS, source)
    out = tmp_path / "out"
    args = ["batch", str(source), str(out)]
    if case == "inside":
        args[2] = str(source / "out")
    elif case == "not-a-batch":
        out.mkdir()
        (out / "notes.txt").write_text("mine")
    elif case == "other-input":
        out.mkdir()
        (out / batch.MANIFEST).write_text(json.dumps({"format": batch.FORMAT, "input": "/elsewhere"}))
    else:
        args += ["--scheduler", "tcp://127.0.0.1:1", "--workers", "2"]
    assert main(args) == 2
    assert capsys.readouterr().err.startswith("reader: ")
    if case == "not-a-batch":
        assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
