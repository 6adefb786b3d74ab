"""Crawl formats in: each written by the library that writes it, read back through `reader list`, `show`
and `explain` (HTML in GB2312 and UTF-8, WET and WARC by warcio, FineWeb-2 Parquet by pyarrow, web-corpus
JSON Lines), with the field overrides and `--search`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from reader.corpus import DEFAULT_FIELDS, html, parquet, read_file
from reader.document import Article
from reader.engine import analyse
from tests.crawls import (
    CRAWL_DATE,
    fineweb_rows,
    html_page,
    warc_bytes,
    wet_bytes,
    write_jsonl,
    write_parquet,
)
from tests.helpers import isolated_dirs
from tests.helpers import run_cli as run

# 镕 is GBK, not GB2312: a page declared GB2312 that holds it decodes only as GB18030 (or GBK).
RONG = "朱镕基同志来到四川省达州市通川区视察，与基层干部群众亲切交谈。"
SICHUAN = "2021年12月7日，四川省达州市通川区召开全区经济工作会议，研究部署明年重点任务。"
YILAN = "宜蘭縣政府今天宣布，今年將在全縣新增12處社區照顧關懷據點，並安排健康講座。"
SUJIATUN = "辽宁省沈阳市苏家屯区深入开展创先争优活动，区政务服务局党总支下设5个党支部，党员39名。"
LIST_ITEMS = ["第一项全面推进乡村振兴", "第二项持续优化营商环境", "第三项加强生态保护"]
HIDDEN = ("藏起来的文字", "不显示的文字", "脚本里的文字", "样式里的文字", "无障碍隐藏文字")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path) -> Iterator[None]:
    with isolated_dirs(tmp_path / "home"):
        yield


def listed(capsys: pytest.CaptureFixture[str], root: Path, *extra: str) -> list[dict]:
    code, out, err = run(capsys, "list", str(root), "--json", *extra)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def shown(capsys: pytest.CaptureFixture[str], root: Path, ref: str, *extra: str) -> dict:
    code, out, err = run(capsys, "show", "--articles", str(root), "--format", "json", *extra, "--", ref)
    assert code == 0, err
    return json.loads(out)


def explained(capsys: pytest.CaptureFixture[str], root: Path, ref: str) -> str:
    code, out, err = run(capsys, "explain", "--articles", str(root), "--", ref)
    assert code == 0, err
    return out


def blocks(doc: dict, kind: str) -> list[str]:
    return [b["text"] for b in doc["blocks"] if b["type"] == kind]


# --- HTML -------------------------------------------------------------------------------------------------

STRUCTURED = html_page(
    "<h1>通川区召开经济工作会议</h1>"
    f"<p>{SICHUAN}</p>"
    "<h2>二级标题会议精神</h2>"
    f"<p>{RONG}</p>"
    "<h3>三级标题重点任务</h3>"
    f"<p>{SUJIATUN}</p>"
    "<ul><li>第一项全面推进乡村振兴</li><li>第二项持续优化营商环境</li></ul>"
    "<ol><li>第三项加强生态保护</li></ol>"
    f"<p>{SUJIATUN}</p>"
    "<h4>四级标题保障措施</h4>"
    f"<p>{SICHUAN}</p>"
    "<h5>五级标题工作要求</h5>"
    f"<p>{RONG}</p>"
    "<h6>六级标题附则说明</h6>"
    f"<p>{SICHUAN}</p>"
    f"<div hidden>{HIDDEN[0]}</div>"
    f'<div style="color: red; DISPLAY : none">{HIDDEN[1]}</div>'
    f"<script>document.write('<p>{HIDDEN[2]}</p>');</script>"
    f"<style>p::after {{ content: '{HIDDEN[3]}'; }}</style>"
    f'<span aria-hidden="true">{HIDDEN[4]}</span>',
    head='<meta charset="utf-8"><title>站点 - 通川区召开经济工作会议</title>',
)


def test_gb2312_declared_page_is_read_as_gb18030(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = html_page(
        f"<h1>镕基同志视察通川</h1><p>{RONG}</p><p>{SICHUAN}</p>",
        head='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    )
    data = page.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")  # the page is not valid GB2312: its label undersells it
    (tmp_path / "gb.html").write_bytes(data)
    (article,) = listed(capsys, tmp_path)
    assert article["id"] == "gb" and article["region"]["county"] == "通川区"
    doc = shown(capsys, tmp_path, "gb")
    assert RONG in blocks(doc, "paragraph")
    assert "\ufffd" not in json.dumps(doc, ensure_ascii=False)


def test_utf8_page_without_a_charset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = html_page(f"<h1>宜蘭縣新增照顧據點</h1><p>{YILAN}</p><p>{YILAN}</p>", lang="zh-TW")
    assert "charset" not in page
    (tmp_path / "tw.htm").write_bytes(page.encode("utf-8"))
    (article,) = listed(capsys, tmp_path)
    assert article["id"] == "tw" and article["script"] == "traditional"
    assert YILAN in blocks(shown(capsys, tmp_path, "tw"), "paragraph")


def test_read_page_marks_headings_and_list_items_and_drops_what_is_hidden() -> None:
    page = html.read_page(STRUCTURED.encode("utf-8"))
    lines = page.text.split("\n")
    assert lines == [
        "通川区召开经济工作会议",
        SICHUAN,
        "二级标题会议精神",
        RONG,
        "三级标题重点任务",
        SUJIATUN,
        *LIST_ITEMS,
        SUJIATUN,
        "四级标题保障措施",
        SICHUAN,
        "五级标题工作要求",
        RONG,
        "六级标题附则说明",
        SICHUAN,
    ]
    assert page.hints == {
        1: "heading",
        3: "heading",
        5: "heading",
        7: "list_item",
        8: "list_item",
        9: "list_item",
        11: "heading",
        13: "heading",
        15: "heading",
    }
    assert page.title == "通川区召开经济工作会议"  # the <title>'s part that stands as a line of the page
    assert page.date is None and page.author is None


def test_html_structure_reaches_show_and_explain(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(STRUCTURED, encoding="utf-8")
    doc = shown(capsys, tmp_path, "page")
    headings = blocks(doc, "heading")
    for text in (
        "二级标题会议精神",
        "三级标题重点任务",
        "四级标题保障措施",
        "五级标题工作要求",
        "六级标题附则说明",
    ):
        assert text in headings
    assert blocks(doc, "list_item") == LIST_ITEMS
    explain = explained(capsys, tmp_path, "page")
    for gone in HIDDEN:
        assert gone not in json.dumps(doc, ensure_ascii=False) and gone not in explain
    assert "date " not in explain.splitlines()[1]  # no date from outside the page: no such line


def test_a_heading_right_beside_a_list_stays_a_heading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = (
        f"<h1>通川区召开经济工作会议</h1><p>{SICHUAN}</p><h3>重点任务</h3>"
        f"<ul><li>全面推进乡村振兴</li><li>持续优化营商环境</li></ul><h4>保障措施</h4><p>{RONG}</p>"
    )
    (tmp_path / "page.html").write_text(html_page(body), encoding="utf-8")
    doc = shown(capsys, tmp_path, "page")
    assert blocks(doc, "list_item") == ["全面推进乡村振兴", "持续优化营商环境"]
    assert {"重点任务", "保障措施"} <= set(blocks(doc, "heading"))


META_HEAD = (
    '<meta property="og:title" content="镕基同志视察通川区 - 通川新闻网">'
    '<meta property="article:published_time" content="2019-03-04T09:30:00+08:00">'
    '<meta name="author" content="王记者"><title>通川新闻网 - 首页</title>'
)


def test_metas_give_title_author_and_a_date_the_text_lacks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = f"<p>首页 > 新闻 > 正文</p><h2>镕基同志视察通川区</h2><p>{RONG}</p><p>{SICHUAN[11:]}</p>"
    (tmp_path / "meta.html").write_text(html_page(body, META_HEAD), encoding="utf-8")
    page = html.read_page((tmp_path / "meta.html").read_bytes())
    assert (page.title, page.date, page.author) == ("镕基同志视察通川区", "2019-03-04 09:30", "王记者")
    (article,) = listed(capsys, tmp_path)
    assert (article["title"], article["date"]) == ("镕基同志视察通川区", "2019-03-04 09:30")
    doc = shown(capsys, tmp_path, "meta")
    assert (doc["title"], doc["author"], doc["date"]) == ("镕基同志视察通川区", "王记者", "2019-03-04 09:30")
    assert "date " not in explained(capsys, tmp_path, "meta").splitlines()[1]  # the page's own date


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="author" content="网易"><title>镕基同志视察通川区_网易财经</title>',  # the site's name
        '<meta name="author" content="天府之声"><meta name="copyright" content="天府之声版权所有">',
        '<meta name="author" content="Discuz! Team and Comsenz UI Team"><title>页</title>',  # the template's
    ],
)
def test_an_author_meta_naming_the_site_or_its_template_names_no_writer(head: str) -> None:
    page = html.read_page(html_page(f"<h1>镕基同志视察通川区</h1><p>{RONG}</p>", head).encode())
    assert page.author is None


def test_an_account_posts_script_time_dates_it_in_china() -> None:
    script = '<script>var ct = "1581418070";</script>'  # 2020-02-11 10:47:50 UTC
    page = html.read_page(html_page(f"<h1>镕基同志视察通川区</h1><p>{RONG}</p>{script}").encode())
    assert page.date == "2020-02-11 18:47"


def test_an_author_meta_the_page_names_its_editor_is_no_author(tmp_path: Path) -> None:
    body = f"<h1>镕基同志视察通川区</h1><p>{RONG}</p><p>{SICHUAN[11:]}</p><p>编辑：张倩</p>"
    (tmp_path / "ed.html").write_text(html_page(body, '<meta name="author" content="张倩">'), "utf-8")
    (article,) = read_file(tmp_path / "ed.html")
    doc = analyse(article)
    assert (article.author, doc.author, doc.editor) == ("张倩", None, "张倩")


def test_the_meta_date_is_the_pages_own(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The <meta> publication date is the page's own, so it stands even beside a date in the text (3a2cd0d);
    only a date from outside the page (a record's field, WARC-Date) waits for the text to give none."""
    body = f"<h1>镕基同志视察通川区</h1><p>发布时间：2021-12-07 10:35</p><p>{SICHUAN}</p><p>{RONG}</p>"
    (tmp_path / "dated.html").write_text(html_page(body, META_HEAD), encoding="utf-8")
    doc = shown(capsys, tmp_path, "dated")
    assert doc["date"] == "2019-03-04 09:30" and doc["title"] == "镕基同志视察通川区"
    assert "date " not in explained(capsys, tmp_path, "dated").splitlines()[1]


# --- WARC and WET -----------------------------------------------------------------------------------------

WET_TEXTS = [
    ("https://news.example.cn/a.html", f"通川区召开全区经济工作会议\n{SICHUAN}\n{RONG}"),
    ("https://news.example.cn/a.html", f"宜蘭縣新增社區照顧據點\n{YILAN}\n{YILAN}"),  # the same URI again
    ("http://www.example.com.cn/news/3?x=1", f"苏家屯区创先争优简报\n{SUJIATUN}\n{SUJIATUN}"),
]


def test_wet_file_of_three_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "CC-MAIN-x.warc.wet.gz").write_bytes(wet_bytes(WET_TEXTS))
    articles = listed(capsys, tmp_path)
    assert [a["id"] for a in articles] == [
        "news.example.cn/a.html",
        "news.example.cn/a.html#2",
        "www.example.com.cn/news/3?x=1",
    ]
    assert [a["region"]["county"] for a in articles] == ["通川区", None, "苏家屯区"]
    assert all(a["date"] == CRAWL_DATE for a in articles)  # no date on the pages: the crawl's
    for article, (uri, text) in zip(articles, WET_TEXTS, strict=True):
        doc = shown(capsys, tmp_path, article["id"])
        assert doc["url"] == uri and text.split("\n")[1] in blocks(doc, "paragraph")
        assert f"date {CRAWL_DATE}: from the crawl (WARC-Date)" in explained(capsys, tmp_path, article["id"])


def test_warc_file_of_two_html_responses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dated = html_page(
        f"<h1>通川区召开会议</h1><p>发布时间：2021-12-07 10:35</p><p>{SICHUAN}</p>"
        f"<h2>会议要求</h2><ul><li>{RONG}</li></ul>"
        f"<script>var hidden = '{HIDDEN[2]}';</script>"
    )
    undated = html_page(f"<h1>宜蘭縣新增據點</h1><p>{YILAN}</p><p>{YILAN}</p>", '<meta charset="big5">')
    responses = [
        ("http://news.example.cn/a.html", dated.encode("utf-8"), "text/html; charset=utf-8"),
        ("http://tw.example.com/b.html", undated.encode("big5"), "text/html"),
    ]
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(responses, requests=True))
    first, second = listed(capsys, tmp_path)
    assert (first["id"], second["id"]) == ("news.example.cn/a.html", "tw.example.com/b.html")
    assert first["date"].startswith("2021-12-07") and second["date"] == CRAWL_DATE
    doc = shown(capsys, tmp_path, first["id"])
    assert doc["url"] == "http://news.example.cn/a.html"
    assert "会议要求" in blocks(doc, "heading") and blocks(doc, "list_item") == [RONG]
    assert HIDDEN[2] not in json.dumps(doc, ensure_ascii=False)
    assert "WARC-Date" not in explained(capsys, tmp_path, first["id"])  # the page's own date
    doc = shown(capsys, tmp_path, second["id"])
    assert doc["url"] == "http://tw.example.com/b.html" and YILAN in blocks(doc, "paragraph")
    assert f"date {CRAWL_DATE}: from the crawl (WARC-Date)" in explained(capsys, tmp_path, second["id"])


def test_uncompressed_warc_and_a_non_html_response(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = html_page(f"<p>{SICHUAN}</p><p>{RONG}</p>").encode("utf-8")
    responses = [
        ("http://a.example.cn/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        ("http://a.example.cn/", page, "text/html; charset=utf-8"),
    ]
    (tmp_path / "plain.warc").write_bytes(warc_bytes(responses, gzip=False))
    (article,) = listed(capsys, tmp_path)  # the image is not an article, and no warning either
    assert article["id"] == "a.example.cn/" and article["region"]["county"] == "通川区"
    assert RONG in blocks(shown(capsys, tmp_path, "a.example.cn/"), "paragraph")


# --- Parquet ----------------------------------------------------------------------------------------------

FINEWEB_TEXTS = [
    f"通川区召开全区经济工作会议\n发布时间：2021-12-07 10:35\n{SICHUAN}\n{RONG}",
    f"宜蘭縣新增社區照顧據點\n{YILAN}\n{YILAN}",
    f"苏家屯区创先争优简报\n{SUJIATUN}\n{SUJIATUN}",
    f"朱镕基同志视察通川\n{RONG}\n{SICHUAN}",
    f"第五篇\n{SUJIATUN}\n{SUJIATUN}",
]


def test_fineweb_parquet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    columns = fineweb_rows(FINEWEB_TEXTS)
    path = write_parquet(tmp_path / "000_00000.parquet", columns, row_group_size=2)
    assert pq.ParquetFile(path).num_row_groups == 3
    articles = listed(capsys, tmp_path)
    assert [a["id"] for a in articles] == columns["id"]
    assert [a["path"] for a in articles] == [f"{path}:{n}" for n in range(1, 6)]
    assert articles[0]["date"].startswith("2021-12-07")  # the page's date, not the crawl's
    assert [a["date"] for a in articles[1:]] == [CRAWL_DATE] * 4
    assert [a["region"]["county"] for a in articles] == ["通川区", None, "苏家屯区", "通川区", "苏家屯区"]
    for n in (0, 3, 4):
        doc = shown(capsys, tmp_path, columns["id"][n])
        assert doc["url"] == columns["url"][n]
        assert FINEWEB_TEXTS[n].split("\n")[-1] in blocks(doc, "paragraph")
    assert "from the record's date field" in explained(capsys, tmp_path, columns["id"][1])


def test_parquet_read_streams_batch_by_batch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rows = 3000
    path = write_parquet(
        tmp_path / "big.parquet", fineweb_rows([f"{SICHUAN}{i}" for i in range(rows)]), row_group_size=500
    )
    pulled: list[int] = []
    real = pq.ParquetFile.iter_batches

    def counting(self: pq.ParquetFile, *args: object, **kwargs: object) -> Iterator:
        for batch in real(self, *args, **kwargs):
            pulled.append(batch.num_rows)
            yield batch

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("read the whole file")

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counting)
    for name in ("read", "read_row_groups"):
        monkeypatch.setattr(pq.ParquetFile, name, whole)
    monkeypatch.setattr(pq, "read_table", whole)
    articles = parquet.read(path, DEFAULT_FIELDS)
    first = next(articles)
    assert isinstance(first, Article) and first.text == f"{SICHUAN}0"
    assert pulled == [parquet.BATCH_ROWS]  # one batch read, not the file
    rest = list(articles)
    assert len(rest) == rows - 1 and rest[-1].text == f"{SICHUAN}{rows - 1}"
    assert sum(pulled) == rows and max(pulled) <= parquet.BATCH_ROWS


def test_show_reads_only_the_rows_group(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    columns = fineweb_rows(FINEWEB_TEXTS)
    write_parquet(tmp_path / "fw.parquet", columns, row_group_size=2)
    listed(capsys, tmp_path)  # the index is warm: show opens the one article
    groups: list[int] = []
    real = pq.ParquetFile.read_row_group

    def one_group(self: pq.ParquetFile, i: int, *args: object, **kwargs: object) -> object:
        groups.append(i)
        return real(self, i, *args, **kwargs)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read more than the row's group")

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", one_group)
    for name in ("iter_batches", "read", "read_row_groups"):
        monkeypatch.setattr(pq.ParquetFile, name, refuse)
    monkeypatch.setattr(pq, "read_table", refuse)
    doc = shown(capsys, tmp_path, columns["id"][3])  # row 4: the second group of two
    assert groups == [1]
    assert doc["url"] == columns["url"][3] and RONG in blocks(doc, "paragraph")


# --- JSON Lines and the field overrides -------------------------------------------------------------------


def test_web_corpus_jsonl_with_content_and_url(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    urls = ["http://news.example.cn/1.html", "http://tw.example.com/2.html"]
    write_jsonl(
        tmp_path / "cci.jsonl",
        [
            {"content": f"通川区会议\n{SICHUAN}\n{RONG}", "url": urls[0]},
            {"content": f"宜蘭據點\n{YILAN}\n{YILAN}", "url": urls[1]},
        ],
    )
    articles = listed(capsys, tmp_path)
    assert [a["id"] for a in articles] == ["cci:1", "cci:2"]
    assert [a["region"]["county"] for a in articles] == ["通川区", None]
    for article, url in zip(articles, urls, strict=True):
        assert shown(capsys, tmp_path, article["id"])["url"] == url


OVERRIDDEN = [
    {
        "text": f"不是正文\n{SUJIATUN}",
        "body_text": f"通川区会议\n{SICHUAN}\n{RONG}",
        "doc_id": "doc-a",
        "link": "http://override.example.cn/a",
        "url": "http://wrong.example/a",
        "id": "wrong-a",
    },
    {
        "text": f"不是正文\n{SUJIATUN}",
        "body_text": f"宜蘭據點\n{YILAN}\n{YILAN}",
        "doc_id": 42,
        "link": "http://override.example.cn/b",
        "url": "http://wrong.example/b",
        "id": "wrong-b",
    },
]


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_field_overrides(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    if kind == "jsonl":
        write_jsonl(tmp_path / "recs.jsonl", OVERRIDDEN)
    else:
        columns = {k: [str(r[k]) for r in OVERRIDDEN] for k in OVERRIDDEN[0]}
        write_parquet(tmp_path / "recs.parquet", columns)
    overrides = ("--text-field", "body_text", "--id-field", "doc_id", "--url-field", "link")
    code, out, err = run(capsys, "list", str(tmp_path), "--json", *overrides)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["doc-a", "42"]
    doc = shown(capsys, tmp_path, "doc-a", *overrides)
    assert doc["url"] == "http://override.example.cn/a" and RONG in blocks(doc, "paragraph")
    assert SUJIATUN not in json.dumps(doc, ensure_ascii=False)
    # Without them, the defaults: `text`, `id`, `url`.
    assert [a["id"] for a in listed(capsys, tmp_path)] == ["wrong-a", "wrong-b"]
    doc = shown(capsys, tmp_path, "wrong-a")
    assert doc["url"] == "http://wrong.example/a" and SUJIATUN in blocks(doc, "paragraph")


def test_a_missing_override_field_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_jsonl(tmp_path / "recs.jsonl", OVERRIDDEN)
    code, out, err = run(capsys, "list", str(tmp_path), "--text-field", "nope")
    assert (code, out) == (2, "")
    assert "recs.jsonl" in err and err.splitlines()[-1].startswith("reader: no readable articles")


def test_show_json_url_is_null_when_unknown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(f"通川区会议\n\n{SICHUAN}\n\n{RONG}\n", encoding="utf-8")
    write_jsonl(tmp_path / "nourl.jsonl", [{"text": f"宜蘭據點\n{YILAN}"}])
    (tmp_path / "page.html").write_text(html_page(f"<p>{SICHUAN}</p>"), encoding="utf-8")
    for ref in ("plain", "nourl:1", "page"):
        doc = shown(capsys, tmp_path, ref)
        assert "url" in doc and doc["url"] is None


# --- list --search ----------------------------------------------------------------------------------------


def test_list_search_across_formats_and_scripts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        html_page(f"<h1>通川区会议</h1><p>{SICHUAN}</p><p>{RONG}</p>"), encoding="utf-8"
    )
    (tmp_path / "crawl.warc.wet.gz").write_bytes(wet_bytes(WET_TEXTS[1:]))
    write_parquet(tmp_path / "fw.parquet", fineweb_rows([f"第五篇\n{SUJIATUN}\n{SUJIATUN}"]))
    assert len(listed(capsys, tmp_path)) == 4

    def found(query: str) -> list[str]:
        return sorted(a["id"] for a in listed(capsys, tmp_path, "--search", query))

    assert found("镕基") == ["page"]
    assert found("宜兰县") == found("宜蘭縣") == ["news.example.cn/a.html"]  # either script finds it
    assert found("苏家屯") == [fineweb_rows(["x"])["id"][0], "www.example.com.cn/news/3?x=1"]
    assert found("没有这样的文字") == []
    assert found("苏家屯 党支部") == found("苏家屯")  # every word, anywhere in the text


def test_read_file_of_each_format_gives_its_urls(tmp_path: Path) -> None:
    """The loader itself: each format's articles carry the URL its corpus gives."""
    wet = tmp_path / "x.warc.wet.gz"
    wet.write_bytes(wet_bytes(WET_TEXTS))
    assert [a.url for a in read_file(wet)] == [uri for uri, _ in WET_TEXTS]
    fw = write_parquet(tmp_path / "fw.parquet", fineweb_rows(FINEWEB_TEXTS[:2]))
    assert [a.url for a in read_file(fw)] == fineweb_rows(FINEWEB_TEXTS[:2])["url"]


def test_control_characters_in_metas_and_warc_headers_never_reach_a_document(tmp_path: Path) -> None:
    """A <meta> or a WARC header is one clean line, as a record's field is: escapes and bidi controls go."""
    from reader.engine import analyse
    from reader.render import render_markdown, render_text
    from tests.robustness.strategies import unsafe

    head = (
        '<meta property="og:title" content="镕基\x1b[31m同志视察\u202e通川区">'
        '<meta name="author" content="王\x1b]0;x\x07记者">'
        '<meta property="og:site_name" content="通川\x9b网">'
        '<meta property="og:url" content="http://news.example.cn/\x1b[2Ja.html">'
    )
    page = html_page(f"<h1>镕基\x1b[31m同志视察\u202e通川区</h1><p>{RONG}</p><p>{SICHUAN}</p>", head)
    (tmp_path / "evil.html").write_text(page, encoding="utf-8")
    uri = "http://news.example.cn/\x1b[2J\u202eb.html"
    (tmp_path / "evil.warc.gz").write_bytes(
        warc_bytes([(uri, page.encode("utf-8"), "text/html")], date="2024-04-15\x1b[31mT12:34:56Z")
    )
    articles = [*read_file(tmp_path / "evil.html"), *read_file(tmp_path / "evil.warc.gz")]
    assert len(articles) == 2
    for article in articles:
        fields = (
            article.id,
            article.title,
            article.author,
            article.url,
            article.date,
            article.fallback_date,
            *article.given.values(),
        )
        assert unsafe("".join(f or "" for f in fields)) == [], fields
        doc = analyse(article)
        assert doc.title == "镕基同志视察通川区" and doc.author == "王记者"
        for out in (render_text(doc), render_markdown(doc), json.dumps(doc.to_json(), ensure_ascii=False)):
            assert unsafe(out) == []
    assert articles[1].id == "news.example.cn/b.html" and articles[1].fallback_date == CRAWL_DATE
