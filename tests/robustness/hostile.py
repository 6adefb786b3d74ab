"""A hostile corpus, generated: every kind of dirty file a scrape can hold.

`make(root)` writes it and returns the names of the files that must be skipped with a warning;
every other file must load.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
from pathlib import Path

BODY = "苏家屯区深入开展创先争优活动。区政务服务局党总支下设5个党支部，党员39名。"
TRAD = "機關單位團建活動經費。市政府辦公室認真落實“節奏更快、效率更高”工作要求。"

# Text that attacks a renderer: markup, emoji codes, escapes, bidi, joiners, combining floods.
ATTACKS = [
    "[/]",
    "[bold red]x",
    "[link=file:///etc/passwd]点我[/link]",
    ":smile: :thumbs_up:",
    "\x1b[2J\x1b[H清屏",
    "\x1b]52;c;aGVsbG8=\x07剪贴板",
    "\x1b]8;;http://evil.example/\x1b\\超链接\x1b]8;;\x1b\\",
    "\x9b31m红色",
    "\u202e反向文字\u202c",
    "👨\u200d👩\u200d👧 家庭",
    "e" + "\u0301" * 500,
    "\x00\x07\x08NUL和BEL",
]
HOSTILE_TEXT = "\n".join(f"第{i}段：{BODY}{a}{BODY}" for i, a in enumerate(ATTACKS))
CONTROL_CHARS = [chr(c) for c in (*range(0, 9), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))] + [
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
]


def unsafe_in(text: str) -> list[str]:
    """The control and bidi characters in `text` (newline and tab are fine)."""
    return sorted({c for c in text if c in CONTROL_CHARS and c not in "\n\t"})


def numbered(size: int, sep: str = "") -> str:
    """About `size` bytes of BODY, each copy numbered: `第000001段：…`."""
    piece = len(f"第000000段：{BODY}{sep}".encode())
    return "".join(f"第{i:06}段：{BODY}{sep}" for i in range(size // piece))


def make(root: Path, big: bool = False) -> set[str]:
    """Write the hostile corpus under `root`; return the relative paths that must be skipped."""
    rng = random.Random(7)
    skipped = set()

    def put(name: str, data: bytes, skip: bool = False) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if skip:
            skipped.add(name)

    # Degenerate files.
    put("degenerate/empty.txt", b"", skip=True)
    put("degenerate/blank.txt", b" \n\t\r\n  ", skip=True)
    put("degenerate/one-byte.txt", b"x")
    put("degenerate/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4000), skip=True)
    put("degenerate/random.md", rng.randbytes(6000), skip=True)
    put("degenerate/not-gzip.jsonl.gz", b"plainly not gzip data", skip=True)
    put("degenerate/nul-inside.txt", f"{BODY}\x00\x00{BODY}\n".encode())

    # Encodings, mixed in one folder.
    put("enc/gb18030.txt", (BODY * 3).encode("gb18030"))
    put("enc/big5.txt", (TRAD * 3).encode("big5"))
    put("enc/utf16le.txt", b"\xff\xfe" + (BODY * 3).encode("utf-16-le"))
    put("enc/utf16be.txt", b"\xfe\xff" + (BODY * 3).encode("utf-16-be"))
    put("enc/utf8-bom.txt", b"\xef\xbb\xbf" + (BODY * 3).encode())
    put("enc/broken-utf8.txt", BODY.encode() + b"\xff\xfe\xc3" + b"\xed\xa0\x80" + (BODY * 5).encode())

    # Renderer attacks, as a text file and as JSON Lines with hostile fields.
    put("attack/markup-and-escapes.txt", HOSTILE_TEXT.encode())
    records = [
        json.dumps({"id": "evil\x1b[31m", "title": "标题\x1b]0;pwned\x07[bold]", "text": HOSTILE_TEXT}),
        json.dumps({"text": BODY + "\ud800\udfff孤立代理"}),
        "{not json at all",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ["not", "a", "string"]}),
        json.dumps("a bare string"),
        json.dumps({"text": BODY * 20000}),  # a huge record
    ]
    put("attack/feed.jsonl", "\n".join(records).encode())

    # Layout: deep nesting and a symlink loop.
    deep = "/".join(f"d{i}" for i in range(60))
    put(f"{deep}/deep.txt", BODY.encode())
    (root / "loop").mkdir(exist_ok=True)
    if not (root / "loop" / "again").exists():
        os.symlink(root / "loop", root / "loop" / "again")

    if big:
        # numbered, so no paragraph copies another: a page of one paragraph repeated is chrome.repeat's
        put("big/fifty-mb.txt", numbered(50 * 1024 * 1024, "\n").encode())
        put("big/long-line.txt", numbered(2 * 1024 * 1024).encode())
        put(
            "big/feed.jsonl.gz",
            gzip.compress(json.dumps({"text": numbered(len(BODY.encode()) * 50000)}).encode()),
        )
    return skipped


# --- Crawl formats ------------------------------------------------------------------------------------------

PAGE = (
    f"<html><head><title>通川新闻</title></head><body><h1>通川区召开会议</h1><p>{BODY}</p><p>{BODY}</p>"
    "</body></html>"
)


def _cut(data: bytes, keep: int) -> bytes:
    return data[: len(data) - keep]


def _relength(warc: bytes, response: int, delta: int) -> bytes:
    """`warc` with the Content-Length of its `response`-th response record (1-based) off by `delta`."""
    at = -1
    for _ in range(response):
        at = warc.index(b"WARC-Type: response", at + 1)
    m = re.compile(rb"Content-Length: (\d+)").search(warc, at)
    assert m is not None
    return warc[: m.start(1)] + str(int(m.group(1)) + delta).encode() + warc[m.end(1) :]


def crawl_cases() -> dict[str, tuple[bytes, str | None, int]]:
    """Broken crawl files, one a case: file name → (bytes, the words its one warning must hold, or None
    when the file must load without one, how many articles it still gives). Written by warcio and pyarrow."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    from tests.crawls import html_page, record_offsets, warc_bytes

    def pages(n: int, prefix: str = "http://e.cn/") -> list[tuple[str, bytes, str]]:
        ctype = "text/html; charset=utf-8"
        return [
            (f"{prefix}{i}", PAGE.replace("通川区召开会议", f"第{i}次会议").encode(), ctype) for i in range(n)
        ]

    def parquet(columns: dict[str, list]) -> bytes:
        out = io.BytesIO()
        pq.write_table(pa.table(columns), out, row_group_size=2)
        return out.getvalue()

    feed = "\n".join(
        json.dumps({"text": f"{BODY}{i}", "url": f"http://e.cn/{i}"}, ensure_ascii=False) for i in range(400)
    ).encode()
    feed_gz = gzip.compress(feed, mtime=0)
    three = warc_bytes(pages(3))
    at = record_offsets(three)  # warcinfo, then the three responses: one gzip member each
    plain = warc_bytes(pages(3), gzip=False)
    plain_at = record_offsets(plain)
    cases: dict[str, tuple[bytes, str | None, int]] = {
        "cut.jsonl.gz": (_cut(feed_gz, len(feed_gz) // 3), "after line", -1),
        "cut.warc.gz": (_cut(three, 60), f"record at byte {at[3]}", 2),
        "cut-trailer.warc.gz": (_cut(three, 4), f"record at byte {at[3]}", 3),
        "cut-first.warc.gz": (three[: at[1] + 40], f"record at byte {at[1]}", 0),
        "cut-middle.warc.gz": (three[: at[2] + 50] + three[at[3] :], f"after the record at byte {at[1]}", 2),
        "cut.warc": (_cut(plain, 100), f"record at byte {plain_at[3]}", 2),
        "long-length.warc": (_relength(plain, 1, +40), "Content-Length is wrong", 3),
        "short-length.warc": (_relength(plain, 2, -40), "Content-Length is wrong", 3),
        "not-parquet.parquet": (b"PAR1" + BODY.encode() * 10 + b"PAR1", "not a readable Parquet file", 0),
        "no-text.parquet": (
            parquet({"title": ["a", "b"], "url": ["http://e.cn/a", None]}),
            "no text column",
            0,
        ),
        "nulls.parquet": (parquet({"text": [BODY, None, BODY, " \n"]}), "row 2: no text; row 4: no text", 2),
        "wrong-type.parquet": (parquet({"text": [1, 2], "id": [3, 4]}), "row 1", 0),
        "no-text.jsonl": (b'{"title": "x", "url": "http://e.cn/"}\n{"content": 5}\n', "line 1", 0),
        "no-codec.html": (
            html_page(f"<p>{BODY}</p>", '<meta charset="x-no-such-codec">').encode("gb18030"),
            None,
            1,
        ),
        "markup-only.html": (
            html_page(
                "<div><img src=\"a.png\"><span> </span><br><hr></div><script>var x = '正文';</script>"
            ).encode(),
            "no text in the page",
            0,
        ),
        "deep.html": (("<div>" * 100_000 + f"<p>{BODY}</p>" + "</div>" * 100_000).encode(), None, 1),
        "wrong-charset.html": (
            html_page(f"<p>{BODY}</p>", '<meta charset="big5">').encode("gb18030"),
            None,
            1,
        ),
    }
    return cases


def make_crawls(root: Path) -> dict[str, tuple[str | None, int]]:
    """Write `crawl_cases` under `root` beside one good file; return what each must give."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "good.txt").write_text(f"好文章\n\n{BODY}\n", encoding="utf-8")
    expected = {}
    for name, (data, warning, count) in crawl_cases().items():
        (root / name).write_bytes(data)
        expected[name] = (warning, count)
    return expected
