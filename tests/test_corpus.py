"""Loading articles: discovery, encodings, JSON Lines, bad files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from reader.corpus import (
    LoadError,
    Locator,
    PartialLoad,
    can_share,
    decode,
    discover,
    load_one,
    locate,
    read_articles,
    read_file,
)

TEXT = "苏家屯区深入开展创先争优活动简报。機關單位團建活動。"


def test_discover_is_recursive_sorted_and_filters_suffixes(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a.md",
        "sub/c.jsonl",
        "sub/deeper/d.jsonl.gz",
        "e.html",
        "f.json",
        "g.png",
        "h.warc.wet.gz",
        "i.parquet",
        "j.HTM",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == [
        "a.md",
        "b.txt",
        "e.html",
        "h.warc.wet.gz",
        "i.parquet",
        "j.HTM",
        "sub/c.jsonl",
        "sub/deeper/d.jsonl.gz",
    ]


def test_discover_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(TEXT)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    assert [p.name for p in discover(tmp_path)] == ["x.txt"]


def test_discover_a_single_file(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(TEXT)
    assert list(discover(f)) == [f]


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        "機關單位團建活動經費，市政府辦公室認真落實工作要求。".encode("big5"),
        TEXT.encode("utf-16"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "big5", "utf16", "utf16le-bom", "utf16be-bom"],
)
def test_decode_cjk_encodings(data: bytes) -> None:
    text = decode(data)
    assert text.lstrip("\ufeff")[:2] in ("苏家", "機關")


def test_decode_gbk_page_of_real_text() -> None:
    page = Path("articles/000_63a1824498e7c653.txt").read_text(encoding="utf-8")
    assert decode(page.encode("gb18030")) == page


def test_decode_rejects_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(LoadError):
        decode(png)


def test_read_jsonl_records_ids_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "title": "标题", "date": "2020-01-02", "url": "http://x"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": TEXT}),
        "",
        json.dumps({"id": "two\nlines\x1b[2J", "text": TEXT}),
    ]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(PartialLoad) as info:
        read_file(f)
    articles = info.value.articles
    assert [a.id for a in articles] == ["a1", "feed:6", "two lines"]
    assert articles[0].title == "标题" and articles[0].fallback_date == "2020-01-02"
    assert str(info.value).startswith("4 record(s) skipped: line 2: not a JSON object with a text field")


def test_read_jsonl_gz_and_reload_by_locator(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl.gz"
    f.write_bytes(gzip.compress("\n".join(json.dumps({"text": f"{TEXT}{i}"}) for i in range(3)).encode()))
    articles = read_file(f)
    assert [a.id for a in articles] == ["feed:1", "feed:2", "feed:3"]
    loc = locate(articles[1])
    assert loc == Locator(str(f), 2)
    assert load_one(loc).text == f"{TEXT}1"


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz", "feed.parquet"])
def test_the_shares_of_a_file_read_each_record_once(tmp_path: Path, name: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{"id": f"r{i}", "text": f"{TEXT}{i}"} for i in range(300)]
    f = tmp_path / name
    if name.endswith(".parquet"):
        pq.write_table(pa.Table.from_pylist(records), f, row_group_size=20)
    else:
        lines = [json.dumps(r) for r in records]
        lines[150] = "{not json"
        data = "\n".join(lines).encode()
        f.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert can_share(name) and not can_share("crawl.warc.gz")
    whole = [(type(a).__name__, str(a)) for a in read_articles(f)]
    for parts in (2, 3, 4):
        shares = [
            [(type(a).__name__, str(a)) for a in read_articles(f, share=(k, parts))] for k in range(parts)
        ]
        assert all(shares)  # five blocks of lines, or 15 row groups: something for every part
        assert sorted(item for share in shares for item in share) == sorted(whole)


def test_fake_gzip_is_a_load_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl.gz"
    f.write_bytes(b"this is not gzip")
    with pytest.raises(LoadError):
        read_file(f)


def test_text_article_id_is_the_stem(tmp_path: Path) -> None:
    f = tmp_path / "000_abc.txt"
    f.write_text(TEXT, encoding="utf-8")
    (article,) = read_file(f)
    assert article.id == "000_abc" and article.text == TEXT
    assert load_one(locate(article)).text == TEXT
