"""`Library` over the index: warm loads clean nothing, incremental updates, progressive sync,
corpus search in both scripts, filters, JSON Lines rows, and robustness of the cache."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import reader.engine as engine_module
from reader.corpus import Locator
from reader.document import Article, Document
from reader.index import Index, SyncReport
from reader.library import Library, Progress

SIMPLIFIED = (
    "四川省达州市通川区机关作风建设简报\n\n通川区召开机关作风建设会议，部署机关单位工作。\n\n"
    "会议要求提高服务质量。"
)
TRADITIONAL = "湖北省黃岡市黃州區機關單位團建活動\n\n黃州區政府辦公室認真落實工作要求，機關幹部積極參加。"
PLAIN = "辽宁省沈阳市苏家屯区开展读书活动\n\n苏家屯区组织干部读书，交流心得体会。"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(path))
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "a_simp.txt").write_text(SIMPLIFIED, "utf-8")
    (root / "b_trad.txt").write_text(TRADITIONAL, "utf-8")
    (root / "sub" / "c_plain.txt").write_text(PLAIN, "utf-8")
    return root


class CountingAnalyse:
    """Wraps `reader.engine.analyse` and records which articles it cleaned."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cleaned: list[str] = []
        self._real = engine_module.analyse
        monkeypatch.setattr(engine_module, "analyse", self)

    def __call__(self, article: Article) -> Document:
        self.cleaned.append(article.id)
        return self._real(article)


def refuse(article: Article) -> Document:
    raise AssertionError(f"cleaned {article.id} on a warm start")


def test_a_warm_load_cleans_nothing_and_gives_the_same_library(
    cache: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = Library.load(root)
    monkeypatch.setattr(engine_module, "analyse", refuse)
    warm = Library.load(root)
    assert warm.entries == cold.entries
    assert [e.id for e in warm.entries] == ["a_simp", "b_trad", "c_plain"]
    assert warm.warnings == cold.warnings


def test_entries_keep_the_root_as_given(cache: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root.parent)
    entry = Library.load(Path("articles")).entries[2]
    assert entry.path == os.path.join("articles", "sub", "c_plain.txt")
    assert entry.locator == Locator(entry.path)
    assert entry.size == len(PLAIN.encode())
    only = Library.load(Path("articles/sub/c_plain.txt")).entries
    assert [e.path for e in only] == ["articles/sub/c_plain.txt"]


def test_only_changed_files_are_cleaned_again(
    cache: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (root / "e_same.txt").write_text(PLAIN, "utf-8")
    Library.load(root)
    counting = CountingAnalyse(monkeypatch)
    (root / "a_simp.txt").write_text(SIMPLIFIED + "\n\n新增一段。", "utf-8")
    stat = (root / "b_trad.txt").stat()
    os.utime(root / "b_trad.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    (root / "sub" / "c_plain.txt").unlink()
    library = Library.load(root)
    assert counting.cleaned == ["a_simp", "b_trad"]
    assert [e.id for e in library.entries] == ["a_simp", "b_trad", "e_same"]
    assert [e.id for e in library.search("苏家屯")] == ["e_same"]


def test_deleting_the_cache_loses_nothing(cache: Path, root: Path) -> None:
    before = Library.load(root)
    shutil.rmtree(cache)
    after = Library.load(root)
    assert after.entries == before.entries
    assert [e.id for e in after.search("机关")] == [e.id for e in before.search("机关")]


def test_a_corrupt_index_file_is_rebuilt(cache: Path, root: Path) -> None:
    before = Library.load(root).entries
    for path in cache.glob("index-*.sqlite3*"):
        path.write_bytes(b"\x00garbage" * 512)
    assert Library.load(root).entries == before


def test_nothing_is_written_into_the_articles(cache: Path, root: Path) -> None:
    listing = sorted(p.relative_to(root) for p in root.rglob("*"))
    Library.load(root)
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == listing


# -- search and filters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("机关", ["a_simp", "b_trad"]),
        ("機關", ["a_simp", "b_trad"]),
        ("黄州区", ["b_trad"]),
        ("黃州區", ["b_trad"]),
        ("读书", ["c_plain"]),
        ("讀書", ["c_plain"]),
        ("干部", ["b_trad", "c_plain"]),
        ("会议 质量", ["a_simp"]),
        ("苏", ["c_plain"]),
        ("火星", []),
        ("。", []),
    ],
)
def test_search_matches_text_in_either_script(cache: Path, root: Path, query: str, found: list[str]) -> None:
    assert sorted(e.id for e in Library.load(root).search(query)) == found


def test_search_puts_title_matches_first(cache: Path, root: Path) -> None:
    (root / "d_body.txt").write_text("另一篇文章的标题\n\n正文里提到读书活动。", "utf-8")
    assert [e.id for e in Library.load(root).search("读书")] == ["c_plain", "d_body"]


def test_search_without_an_index_reads_the_bodies(cache: Path, root: Path) -> None:
    loaded = Library.load(root)
    bare = Library(root, loaded.entries, [])
    assert [e.id for e in bare.search("機關 工作")] == ["a_simp", "b_trad"]


def test_filter_by_region_and_by_title_in_either_script(cache: Path, root: Path) -> None:
    library = Library.load(root)
    assert [e.id for e in library.filter("四川")] == ["a_simp"]
    assert [e.id for e in library.filter("hubei")] == ["b_trad"]
    assert [e.id for e in library.filter(text="机关单位")] == ["b_trad"]
    assert [e.id for e in library.filter("辽宁", "读书")] == ["c_plain"]
    assert [e.id for e in library.filter("辽宁", "机关")] == []
    assert library.filter() == library.entries


def test_find_by_id_prefix_and_path(cache: Path, root: Path) -> None:
    library = Library.load(root)
    assert library.find("b_").id == "b_trad"
    assert library.find(str(root / "sub" / "c_plain.txt")).id == "c_plain"
    with pytest.raises(LookupError):
        library.find("zzz")


def test_find_by_the_listed_form_of_an_id_with_a_control_character(cache: Path, root: Path) -> None:
    (root / "r\u202eevil.txt").write_text(PLAIN, "utf-8")
    (root / "r\u202eevil2.txt").write_text(PLAIN, "utf-8")
    library = Library.load(root)
    assert library.find("r<U+202E>evil").id == "r\u202eevil"  # as `reader list` shows it
    assert library.find("r<U+202E>evil2").id == "r\u202eevil2"
    with pytest.raises(LookupError, match="matches 2 articles"):
        library.find("r<U+202E>e")


# -- JSON Lines --------------------------------------------------------------------------------------


def test_json_lines_records_are_rows_of_their_own(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "crawl"
    root.mkdir()
    lines = [
        json.dumps({"id": "r1", "text": SIMPLIFIED}, ensure_ascii=False),
        "{broken",
        json.dumps({"text": TRADITIONAL, "title": "自带标题"}, ensure_ascii=False),
    ]
    (root / "crawl.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    cold = Library.load(root)
    monkeypatch.setattr(engine_module, "analyse", refuse)
    warm = Library.load(root)
    assert warm.entries == cold.entries
    assert [(e.id, e.locator.line, e.path) for e in warm.entries] == [
        ("r1", 1, f"{root}/crawl.jsonl.gz:1"),
        ("crawl:3", 3, f"{root}/crawl.jsonl.gz:3"),
    ]
    assert warm.entries[1].title == "自带标题"
    assert warm.warnings == [
        f"{root}/crawl.jsonl.gz: 1 record(s) skipped: line 2: not a JSON object with a text field"
    ]
    assert [e.id for e in warm.search("黄州")] == ["crawl:3"]
    monkeypatch.undo()
    assert "黃州區政府辦公室" in cold.document(cold.entries[1]).text()


# -- progressive sync ---------------------------------------------------------------------------------


def test_a_cold_sync_fills_the_list_as_it_goes(cache: Path, root: Path) -> None:
    library = Library.open(root)
    assert library.entries == []
    seen: list[Progress] = []
    library.sync(seen.append)
    assert seen[-1] == Progress(cleaned=0, to_clean=0, entries=3, done=True)
    assert seen[0].to_clean == 3 and seen[0].entries == seen[0].cleaned  # entries appended per batch
    assert [e.id for e in library.entries] == ["a_simp", "b_trad", "c_plain"]


def test_a_warm_sync_lists_the_index_before_checking_the_files(cache: Path, root: Path) -> None:
    Library.load(root)
    (root / "sub" / "c_plain.txt").unlink()
    library = Library.open(root)
    seen: list[tuple[int, bool]] = []
    library.sync(lambda p: seen.append((p.entries, p.done)))
    assert seen == [(3, False), (2, True)]  # the cached list first, then the checked one


def test_an_empty_folder_is_an_error_after_sync(cache: Path, tmp_path: Path) -> None:
    from reader.corpus import LoadError

    with pytest.raises(LoadError, match="no readable articles"):
        Library.load(tmp_path)
    with pytest.raises(LoadError, match="no such file"):
        Library.open(tmp_path / "missing")


def test_a_shared_index_object_serves_several_roots(tmp_path: Path, root: Path) -> None:
    index = Index(tmp_path / "one.sqlite3")
    assert len(Library.load(root, index=index).entries) == 3
    assert [e.id for e in Library.load(root / "sub", index=index).entries] == ["c_plain"]


def test_corruption_found_mid_sync_rebuilds_and_a_busy_index_is_an_error(
    cache: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Index.sync
    failures = [sqlite3.DatabaseError("database disk image is malformed")]

    def flaky(self: Index, *args: object, **kwargs: object) -> SyncReport:
        if failures:
            raise failures.pop()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Index, "sync", flaky)
    assert [e.id for e in Library.load(root).entries] == ["a_simp", "b_trad", "c_plain"]
    assert list(cache.glob("*.bad"))  # the broken file was kept aside
    failures.append(sqlite3.OperationalError("database is locked"))
    with pytest.raises(sqlite3.OperationalError):
        Library.load(root)


def test_a_lone_surrogate_from_json_does_not_stop_the_index(cache: Path, tmp_path: Path) -> None:
    root = tmp_path / "crawl"
    root.mkdir()
    record = '{"id": "r\\ud800", "title": "\\ud800标题", "text": "正文讲读书。"}\n'  # JSON escapes
    (root / "a.jsonl").write_text(record, "utf-8")
    library = Library.load(root)
    [entry] = library.entries
    assert entry.title.endswith("标题") and entry.id.startswith("r")
    assert f"{entry.id}{entry.title}".encode()  # storable: no lone surrogate left
    assert library.search("标题 读书") == [entry]
    assert library.search("\ud800读书") == [entry]  # nor in a query
    assert library.filter(text="\ud800标题") == []  # U+FFFD is not in the title


def test_filtering_keystroke_by_keystroke_gives_what_one_filter_gives(cache: Path, root: Path) -> None:
    (root / "d_more.txt").write_text("四川省广安市机关读书会\n\n机关干部读书。", "utf-8")
    library = Library.load(root)
    typed = [
        ("", "机"),
        ("", "机关"),
        ("", "机关单"),
        ("", "机关"),
        ("四", "机关"),
        ("四川", "机关"),
        ("四川", "机关读"),
        ("四川", ""),
        ("", ""),
    ]
    results = [[e.id for e in library.filter(region, text)] for region, text in typed]
    fresh = [
        [e.id for e in Library(root, library.entries, []).filter(region, text)]  # no cache yet
        for region, text in typed
    ]
    assert results == fresh
    assert results[5] == ["a_simp", "d_more"] and results[6] == ["d_more"]
    (root / "e_new.txt").write_text("四川省机关新闻", "utf-8")
    library.sync()
    assert "e_new" in [e.id for e in library.filter("四川", "机关")]  # a new listing: nothing stale
