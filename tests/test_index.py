"""The metadata index: file walk order, incremental sync, corrupt and stale files, the search scheme,
the process pool and its search shards, and `reader index`."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from reader import index as index_module
from reader import reposts
from reader.cli import main
from reader.corpus import discover
from reader.document import fingerprint
from reader.index import Index, Row, key_range, match_expression, normalise, scan, search_text, storable
from reader.index import pool as pool_module
from reader.index import store as store_module


def hits(index: Index, query: str) -> set[int]:
    """`Index.search` as a set, after checking its contract: each rowid once."""
    found = index.search(query).tolist()
    assert len(found) == len(set(found))
    return set(found)


def fake_extract(path: str) -> index_module.Extracted:
    """One row per file whose text is its content; module level, so a pool can pickle it."""
    text = Path(path).read_text("utf-8")
    row = Row(
        0,
        "",
        None,
        storable(Path(path).stem),
        text[:10],
        None,
        None,
        "simplified",
        None,
        None,
        None,
        None,
        0.0,
        "",
        len(text),
        fingerprint(text),
        normalise(text[:10]),
    )
    searched = search_text(text)
    return [(row, searched, reposts.signature(searched))], ("odd file" if "odd" in path else None)


def worker_numbers(path: str) -> index_module.Extracted:
    """`fake_extract`, with the number of the worker that cleaned the file as its title."""
    [(row, text, sig)], warning = fake_extract(path)
    return [(row._replace(title=str(pool_module.worker_number())), text, sig)], warning


class Counting:
    """`fake_extract`, counting the files it saw (in-process syncs only)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, path: str) -> index_module.Extracted:
        self.seen.append(Path(path).name)
        return fake_extract(path)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index(tmp_path / "cache" / "index.sqlite3")


def ids(index: Index, root: Path) -> list[str]:
    return [row.id for chunk in index.rows(root) for row in chunk]


# -- walking ---------------------------------------------------------------------------------------


def test_scan_lists_what_discover_lists_in_the_same_order(tmp_path: Path) -> None:
    names = [
        "b.txt",
        "a.md",
        "a b/x.txt",
        "a/y.txt",
        "a/z/w.jsonl",
        "a/z/v.jsonl.gz",
        "z.txt",
        "e.html",
        "中文/文章.txt",
        "a-b/c.txt",
    ]
    for name in names:
        write(tmp_path / name, "x")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    assert [f.path for f in scan(tmp_path)] == [os.path.abspath(p) for p in discover(tmp_path)]
    assert [f.key for f in scan(tmp_path)] == sorted(f.key for f in scan(tmp_path))


def test_scan_of_one_file_and_of_nothing(tmp_path: Path) -> None:
    f = write(tmp_path / "one.txt", "一")
    assert [s.path for s in scan(f)] == [str(f)]
    assert scan(tmp_path / "missing") == []


def test_key_range_holds_a_folder_and_not_its_namesake(tmp_path: Path) -> None:
    inside = scan(write(tmp_path / "articles" / "sub" / "a.txt", "x"))[0].key
    beside = scan(write(tmp_path / "articles2" / "b.txt", "x"))[0].key
    low, high = key_range(tmp_path / "articles")
    assert low <= inside < high
    assert not low <= beside < high


# -- the search scheme -----------------------------------------------------------------------------


def test_normalise_folds_script_case_and_full_width() -> None:
    assert normalise("機關ＡＢ１２Ab") == "机关ab12ab"


def test_search_text_is_one_token_a_character_and_ascii_gaps_break_words() -> None:
    assert search_text("機關。ＡＢ") == "机 关 。 a b "
    assert search_text("机关, 单位\n\nICP_备") == "机 关 \u3000 单 位 \u3000 i c p \u3000 备 "
    assert search_text("") == ""


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("机关", '"机 关"'),
        ("機關單位", '"机 关 单 位"'),
        ("机", '"机"'),
        ("机关，单位", '"机 关" AND "单 位"'),
        ("机关 机关", '"机 关"'),
        ("ICP备案", '"i c p 备 案"'),
        ("  ！ ", None),
    ],
)
def test_match_expression(query: str, expression: str | None) -> None:
    assert match_expression(query) == expression


# -- syncing ---------------------------------------------------------------------------------------


def test_sync_cleans_only_new_and_changed_files_and_drops_deleted_ones(tmp_path: Path, index: Index) -> None:
    root = tmp_path / "articles"
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        write(root / name, f"{name} 机关单位")
    first = Counting()
    report = index.sync(root, first)
    assert first.seen == ["a.txt", "b.txt", "c.txt"] and report.cleaned == 3
    assert ids(index, root) == ["a", "b", "c"]

    again = Counting()
    assert index.sync(root, again).cleaned == 0 and again.seen == []

    write(root / "a.txt", "a.txt 改了 机关单位")  # new size
    stat = (root / "b.txt").stat()
    os.utime(root / "b.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched only
    (root / "sub" / "c.txt").unlink()
    write(root / "d.txt", "d.txt")
    changed = Counting()
    report = index.sync(root, changed)
    assert changed.seen == ["a.txt", "b.txt", "d.txt"]
    assert (report.cleaned, report.removed) == (3, 1)
    assert ids(index, root) == ["a", "b", "d"]


def test_search_never_returns_a_deleted_article_as_live(tmp_path: Path, index: Index) -> None:
    root = tmp_path / "articles"
    write(root / "a.txt", "机关单位")
    index.sync(root, fake_extract)
    old = {row.rowid for chunk in index.rows(root) for row in chunk}
    assert hits(index, "机关") == old
    write(root / "a.txt", "机关单位，重写")
    index.sync(root, fake_extract)
    live = {row.rowid for chunk in index.rows(root) for row in chunk}
    assert live.isdisjoint(old)  # rowids are never reused, so the dead search row names nothing
    assert live <= hits(index, "机关")


def test_sync_of_one_root_leaves_other_roots_alone(tmp_path: Path, index: Index) -> None:
    write(tmp_path / "one" / "a.txt", "甲")
    write(tmp_path / "two" / "b.txt", "乙")
    index.sync(tmp_path / "one", fake_extract)
    index.sync(tmp_path / "two", fake_extract)
    index.sync(tmp_path / "one", fake_extract)
    assert ids(index, tmp_path / "two") == ["b"]
    assert ids(index, tmp_path) == ["a", "b"]


def test_warnings_are_stored_with_their_file(tmp_path: Path, index: Index) -> None:
    write(tmp_path / "odd.txt", "x")
    index.sync(tmp_path, fake_extract)
    assert index.warnings(tmp_path) == [(str(tmp_path / "odd.txt"), "odd file")]


def prebuilt(path: str) -> index_module.Extracted:
    """Each line of a file a row, with a shard made beside it (`<file>.shard`) as `reader batch` does."""
    lines = Path(path).read_text("utf-8").splitlines()
    [(row, _, _)], _ = fake_extract(path)
    shard = f"{path}.shard"
    if not os.path.exists(shard):
        made = store_module.NewShard(Path(shard))
        made.add([search_text(line) for line in lines])
        made.finish({"rows": len(lines)})
    rows = [row._replace(line=n, id=f"{row.id}:{n}", title=line) for n, line in enumerate(lines, 1)]
    return index_module.Prebuilt(rows, shard, [b""] * len(rows)), None


def test_a_shard_made_already_is_copied_in_and_goes_with_its_file(tmp_path: Path, index: Index) -> None:
    root = tmp_path / "articles"
    write(root / "a.txt", "文明单位\n机关单位")
    write(root / "b.txt", "机关作风")
    index.sync(root, prebuilt)
    index.sync(root, fake_extract)  # what it holds already stays: the files did not change
    rowid = {row.id: row.rowid for chunk in index.rows(root) for row in chunk}
    assert min(rowid.values()) > store_module.EXTERNAL
    assert hits(index, "机关") == {rowid["a:2"], rowid["b:1"]} and hits(index, "文明") == {rowid["a:1"]}
    copies = [p for p in store_module.shard_paths(index.path) if p.name.split("-")[-1].startswith("x")]
    assert len(copies) == 2

    (root / "a.txt").unlink()
    write(root / "c.txt", "机关单位")
    index.sync(root, fake_extract)  # a counted rowid for c, past every copied shard's number
    rowid = {row.id: row.rowid for chunk in index.rows(root) for row in chunk}
    assert hits(index, "机关") == {rowid["b:1"], rowid["c"]} and hits(index, "文明") == set()
    assert [p.exists() for p in copies] == [False, True]  # a's copy went with a's rows


def test_a_word_matches_only_where_it_stands_whole(tmp_path: Path, index: Index) -> None:
    write(tmp_path / "whole.txt", "开展文明单位创建活动")
    write(tmp_path / "apart.txt", "文明单位，创建活动")  # every character, never side by side
    write(tmp_path / "gap.txt", "文明单位 创建活动")
    write(tmp_path / "trad.txt", "開展文明單位創建")
    index.sync(tmp_path, fake_extract)
    rowid = {row.id: row.rowid for chunk in index.rows(tmp_path) for row in chunk}
    assert hits(index, "文明单位创建") == {rowid["whole"], rowid["trad"]}
    assert hits(index, "文明單位 创建") == set(rowid.values())
    assert hits(index, "位创") == {rowid["whole"], rowid["trad"]}


def test_the_pool_gives_what_one_process_gives(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    for i in range(index_module.POOL_MIN + 40):
        write(root / f"{i // 30:02d}" / f"{i:03d}.txt", f"第{i}篇 机关单位")
    pooled, single = Index(tmp_path / "p.sqlite3"), Index(tmp_path / "s.sqlite3")
    batches: list[int] = []
    pooled.sync(root, fake_extract, processes=2, on_batch=lambda rows, done, total: batches.append(done))
    single.sync(root, fake_extract, processes=1)
    strip = [[row[1:] for row in chunk] for chunk in pooled.rows(root)]
    assert strip == [[row[1:] for row in chunk] for chunk in single.rows(root)]
    assert batches[-1] == index_module.POOL_MIN + 40
    found = {row.id for chunk in pooled.rows(root) for row in chunk if row.rowid in hits(pooled, "第7篇")}
    assert found == {"007"}


def test_each_worker_writes_a_search_shard_of_its_own(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    for i in range(index_module.POOL_MIN * 2):
        write(root / f"{i:03d}.txt", f"第{i}篇")
    index = Index(tmp_path / "index.sqlite3")
    index.sync(root, worker_numbers, processes=2)
    rows = [row for chunk in index.rows(root) for row in chunk]
    assert {row.title for row in rows} == {"0", "1"}  # both workers cleaned
    assert {row.rowid % store_module.SHARD_SLOTS for row in rows} == {0, 1}  # each into its own shard
    assert [p.name[-8:] for p in store_module.shard_paths(index.path)] == ["search-0", "search-1"]
    assert len({row.rowid for row in rows}) == len(rows)
    assert hits(index, "第100篇") == {row.rowid for row in rows if row.id == "100"}


def shared_lines(path: str, share: tuple[int, int] | None = None) -> index_module.Extracted:
    """One row per record of a JSON Lines file, read in shares, titled with the worker's number."""
    from reader.corpus import DEFAULT_FIELDS, Skipped, describe, jsonl, locate

    time.sleep(0.05)  # a share takes a while, so that both workers take some
    rows, skipped = [], []
    for article in jsonl.read(Path(path), DEFAULT_FIELDS, share):
        if isinstance(article, Skipped):
            skipped.append(article)
            continue
        number = str(pool_module.worker_number())
        line = locate(article).line
        row = Row(
            0,
            "",
            line,
            article.id,
            number,
            None,
            None,
            "simplified",
            None,
            None,
            None,
            None,
            0.0,
            "",
            0,
            "",
            number,
        )
        rows.append((row, search_text(article.text), b""))
    return rows, describe(skipped) if skipped else None


def test_one_large_file_is_read_in_shares_by_every_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"第{i}篇 机关"}) for i in range(700)]
    lines[300] = "{not json"
    write(tmp_path / "crawl" / "one.jsonl", "\n".join(lines))
    monkeypatch.setattr(pool_module, "SPLIT_BYTES", 2000)
    assert [share for _, share in pool_module.split(scan(tmp_path), 2)] == [(k, 8) for k in range(8)]
    shared, whole = Index(tmp_path / "shared.sqlite3"), Index(tmp_path / "whole.sqlite3")
    done: list[tuple[int, int]] = []
    shared.sync(tmp_path, shared_lines, processes=2, on_batch=lambda _, n, total: done.append((n, total)))
    whole.sync(tmp_path, shared_lines, processes=1)
    rows = [row for chunk in shared.rows(tmp_path) for row in chunk]
    assert {row.title for row in rows} == {"0", "1"}  # both workers read the one file
    assert [(row.id, row.line) for row in rows] == [
        (row.id, row.line) for c in whole.rows(tmp_path) for row in c
    ]
    assert len(rows) == 699 and done[-1] == (1, 1)
    assert shared.warnings(tmp_path) == whole.warnings(tmp_path) != []
    assert hits(shared, "第699篇") == {row.rowid for row in rows if row.id == "r699"}


def test_a_pool_started_from_another_thread_does_not_fork_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    methods: list[str] = []
    real = pool_module.context
    monkeypatch.setattr(pool_module, "context", lambda: methods.append(real().get_start_method()) or real())
    root = tmp_path / "articles"
    for i in range(index_module.POOL_MIN):
        write(root / f"{i:03d}.txt", f"第{i}篇")
    index = Index(tmp_path / "index.sqlite3")
    thread = threading.Thread(target=index.sync, args=(root, fake_extract), kwargs={"processes": 2})
    thread.start()
    thread.join()
    assert methods == ["forkserver"]
    assert len(ids(index, root)) == index_module.POOL_MIN
    index.sync(root / "000.txt", fake_extract, processes=2)  # one file: no pool at all
    assert pool_module.context().get_start_method() == "fork"  # from the main thread


# -- a broken or stale index is rebuilt, never trusted ---------------------------------------------


def fill(index: Index, root: Path) -> list[str]:
    write(root / "a.txt", "机关")
    index.sync(root, fake_extract)
    return ids(index, root)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty-header"])
def test_a_corrupt_index_is_moved_aside_and_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "index.sqlite3"
    root = tmp_path / "articles"
    index = Index(path)
    assert fill(index, root) == ["a"]
    index.close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(b"\0" * len(data))
    rebuilt = Index(path)
    assert ids(rebuilt, root) == []  # nothing of the broken file is trusted
    assert path.with_name(path.name + ".bad").exists()
    assert fill(rebuilt, root) == ["a"]


def test_an_index_of_another_engine_or_schema_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    root = tmp_path / "articles"
    fill(Index(path), root)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'another cleaner' WHERE key = 'engine'")
    assert ids(Index(path), root) == []
    fill(Index(path), root)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 999")
    assert ids(Index(path), root) == []
    assert not path.with_name(path.name + ".bad").exists()  # stale is not broken: nothing kept


def test_mostly_dead_search_rows_make_a_fresh_index_and_keep_none_aside(tmp_path: Path, index: Index) -> None:
    root = tmp_path / "articles"
    write(root / "a.txt", "机关")
    index.sync(root, fake_extract)
    old = {row.rowid for chunk in index.rows(root) for row in chunk}
    index.db.execute("UPDATE meta SET value = 5000 WHERE key = 'dead'")
    counting = Counting()
    index.sync(root, counting)
    assert counting.seen == ["a.txt"]  # rebuilt from the files
    assert index.db.execute("SELECT value FROM meta WHERE key = 'dead'").fetchone()[0] == 0
    assert not list(index.path.parent.glob("*.bad"))  # a healthy index is not set aside as broken
    assert hits(index, "机关") == {row.rowid for chunk in index.rows(root) for row in chunk}
    assert old.isdisjoint(hits(index, "机关"))


def test_files_set_aside_are_pruned_after_a_day(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    old, recent = path.with_name(path.name + ".bad"), tmp_path / "other.sqlite3.bad"
    for bad in (old, recent):
        bad.write_bytes(b"broken")
    day_ago = time.time() - store_module.STALE_AFTER_S - 60
    os.utime(old, (day_ago, day_ago))
    Index(path)
    assert not old.exists() and recent.exists()


def test_an_unwritable_cache_falls_back_to_a_temporary_index(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    index = Index(blocked / "index.sqlite3")
    assert index.notice and "temporary" in index.notice
    assert fill(index, tmp_path / "articles") == ["a"]


def test_the_default_index_lives_in_reader_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    index = Index()
    assert index.path.parent == tmp_path / "cache" and index.path.exists()


# -- reader index ----------------------------------------------------------------------------------


def test_reader_index_builds_then_updates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "articles"
    write(root / "a.txt", "四川省达州市通川区机关工作。\n\n通川区召开会议，部署机关作风建设。")
    write(root / "b.txt", "機關單位團建活動。\n\n市政府辦公室認真落實工作要求。")
    assert main(["index", str(root)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("2 articles in 2 files: 2 cleaned, 0 removed")
    assert main(["index", str(root)]) == 0
    assert "2 articles in 2 files: 0 cleaned" in capsys.readouterr()[0]
    assert sorted(p.name for p in root.iterdir()) == ["a.txt", "b.txt"]  # nothing written there
    assert main(["index", str(tmp_path / "missing")]) == 2


def test_a_file_name_that_is_not_utf8_round_trips(tmp_path: Path, index: Index) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: a surrogate escape in Python
    write(tmp_path / name, "机关")
    write(tmp_path / "odd\udcff.txt", "x")  # and its warning too
    index.sync(tmp_path, fake_extract)
    paths = [row.path for chunk in index.rows(tmp_path) for row in chunk]
    assert paths == [str(tmp_path / name), str(tmp_path / "odd\udcff.txt")]
    assert index.warnings(tmp_path) == [(str(tmp_path / "odd\udcff.txt"), "odd file")]
