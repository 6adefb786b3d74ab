"""A hostile corpus, generated: every kind of dirty file a scrape can hold.

`make(root)` writes it and returns the names of the files that must be skipped with a warning;
every other file must load.
"""

from __future__ import annotations

import gzip
import json
import os
import random
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
    "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
]


def unsafe_in(text: str) -> list[str]:
    """The control and bidi characters in `text` (newline and tab are fine)."""
    return sorted({c for c in text if c in CONTROL_CHARS and c not in "\n\t"})


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
        put("big/fifty-mb.txt", (BODY + "\n").encode() * (50 * 1024 * 1024 // len((BODY + "\n").encode())))
        put("big/long-line.txt", (BODY * (2 * 1024 * 1024 // len(BODY.encode()))).encode())
        put("big/feed.jsonl.gz", gzip.compress(json.dumps({"text": BODY * 50000}).encode()))
    return skipped
