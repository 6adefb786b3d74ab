"""Crawl-format files written by the libraries that write them: warcio for WARC and WET, pyarrow for
Parquet. Shared by tests/test_formats.py, tests/test_export.py and the robustness suite."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CRAWL_DATE = "2024-04-15T12:34:56Z"


def html_page(body: str, head: str = "", lang: str = "zh-CN") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def _writer(out: io.BytesIO, gzip: bool) -> object:
    """warcio's writer, made deterministic (record ids counted, the warcinfo dated `CRAWL_DATE`): the same
    records give the same bytes, as Hypothesis needs of a strategy."""
    from warcio.warcwriter import WARCWriter

    class Writer(WARCWriter):
        count = 0

        def _make_warc_id(self, id_: object = None) -> str:
            self.count += 1
            return f"<urn:uuid:00000000-0000-4000-8000-{self.count:012d}>"

        def curr_warc_date(self) -> str:
            return CRAWL_DATE

    return Writer(out, gzip=gzip)


def warc_bytes(
    responses: Sequence[tuple[str, bytes, str]],
    gzip: bool = True,
    date: str = CRAWL_DATE,
    requests: bool = False,
) -> bytes:
    """A WARC file (a warcinfo record, then one `response` a page) written by warcio: each response is
    (target URI, HTTP body, Content-Type). With `requests`, each response follows its `request` record,
    as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders

    out = io.BytesIO()
    writer: Any = _writer(out, gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests/crawls.py"}))
    for uri, body, ctype in responses:
        if requests:
            asked = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    uri, "request", http_headers=asked, warc_headers_dict={"WARC-Date": date}
                )
            )
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)
    return out.getvalue()


def wet_bytes(conversions: Sequence[tuple[str, str]], gzip: bool = True, date: str = CRAWL_DATE) -> bytes:
    """A WET file as Common Crawl writes one: a warcinfo record, then one `conversion` record (the page's
    text, one block a line) per (target URI, text)."""
    out = io.BytesIO()
    writer: Any = _writer(out, gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc.wet", {"software": "tests/crawls.py"}))
    for uri, text in conversions:
        record = writer.create_warc_record(
            uri,
            "conversion",
            payload=io.BytesIO(text.encode("utf-8")),
            warc_headers_dict={"WARC-Date": date, "Content-Type": "text/plain"},
        )
        writer.write_record(record)
    return out.getvalue()


def record_offsets(data: bytes) -> list[int]:
    """The byte offset of every record of a WARC file, as warcio reads it."""
    from warcio.archiveiterator import ArchiveIterator

    stream = ArchiveIterator(io.BytesIO(data))
    offsets = []
    for record in stream:
        offsets.append(stream.get_record_offset())
        record.content_stream().read()
    return offsets


def fineweb_rows(texts: Sequence[str], urls: Sequence[str] | None = None) -> dict[str, list]:
    """FineWeb-2's columns for `texts`."""
    n = len(texts)
    urls = urls or [f"http://news.example.cn/{i}.html" for i in range(n)]
    return {
        "text": list(texts),
        "id": [f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>" for i in range(n)],
        "dump": ["CC-MAIN-2024-18"] * n,
        "url": list(urls),
        "date": [CRAWL_DATE] * n,
        "file_path": ["s3://commoncrawl/crawl-data/CC-MAIN-2024-18/segments/x.warc.gz"] * n,
        "language": ["cmn"] * n,
        "language_score": [0.99] * n,
    }


def write_parquet(path: Path, columns: dict[str, list], row_group_size: int = 2) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path, row_group_size=row_group_size)
    return path


def write_jsonl(path: Path, records: Sequence[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
