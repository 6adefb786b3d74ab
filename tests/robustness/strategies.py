"""Hypothesis strategies for hostile scraped pages: their text, the bytes a file holds, whole folders.

A page mixes article sentences (Simplified and Traditional), site chrome, place names, pinyin
readings glued after characters, byte-shifted GBK garble, the renderer attacks of `hostile.ATTACKS`,
control and bidi characters, lone surrogates and arbitrary Unicode. Its bytes come in every encoding a
scrape holds, sometimes corrupted, and sometimes are not text at all.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from hypothesis import strategies as st
from pypinyin import Style, pinyin

from reader.regions import load_gazetteer
from tests.helpers import decode_like_a_farm
from tests.robustness import hostile

ROOT = Path(__file__).parents[2]
_SOURCES = [*sorted((ROOT / "articles").glob("*.txt")), *sorted((ROOT / "tests/clean/pages").glob("*.txt"))]
# Lines of real pages, article text and chrome alike.
REAL_LINES = sorted(
    {line.strip() for path in _SOURCES for line in path.read_text("utf-8").splitlines()} - {""}
)

SIMPLIFIED = [
    hostile.BODY,
    "2021年12月7日，四川省达州市通川区召开全区经济工作会议，研究部署明年重点任务。",
    "一、主要工作及成效",
    "（一）强化理论武装。全年召开党委理论学习中心组学习会12次。",
    "1. 全面推进乡村振兴；",
    "据了解，该项目总投资3.2亿元，预计明年6月建成投用。",
]
TRADITIONAL = [
    hostile.TRAD,
    "宜蘭縣政府今天宣布，今年將在全縣新增12處社區照顧關懷據點。",
    "【服務內容】",
    "據點將提供每週至少兩次的共餐服務，並安排健康講座。",
]
CHROME = [
    "首页 > 新闻 > 正文",
    "首页 > 新闻",
    "当前位置：首页 > 政务公开 > 工作动态",
    "首頁 » 地方新聞 » 宜蘭縣",
    "Copyright © 2021 达州日报网 版权所有",
    "蜀ICP备12345678号-1",
    "京ICP备05070602号 京公网安备 11010502000001号",
    "主办：苏家屯区人民政府 承办：区政务服务局",
    "地址：四川省达州市通川区朝阳东路 电话：0818-1234567",
    "【打印本页】【关闭窗口】",
    "分享到：微信 微博 QQ空间",
    "上一篇：我区召开安全生产工作会议",
    "下一篇：没有了",
    "责任编辑：庞岚月",
    "来源：达州日报网  作者：张三  发布时间：2021-12-07 10:35",
    "2021-12-07 10:35:12",
    "繁體中文 | 简体中文",
    "网站地图 | 联系我们 | 关于我们",
    "相关文章",
]
# The garble pieces a farm leaves, and the readings it glues on.
GARBLE_PIECES = [
    "?jī)",
    "?qǐng)",
    "\ufffd(",
    "?zhí)K",
    "芍荛_",
    "屜劝l",
    "〓",
    "?",
    "\ufffd",
    "(bào)",
    "（guān）",
]
SYLLABLES = ["jī", "guān", "dān", "wèi", "zhōng", "guó", "bào", "qǐng", "lǘ", "a", "Beijing", "ng"]
# Characters a terminal acts on, and the invisible or odd ones the normaliser handles.
CONTROLS = [
    *hostile.CONTROL_CHARS,
    "\u202a",
    "\u202b",
    "\u202c",
    "\u061c",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u2028",
    "\u2029",
    "\r",
    "\n",
    "\t",
    "\u3000",
    "\u00a0",
    "\u2003",
]
# Bidi formatting characters the hostile list leaves out; checked as strictly as the rest.
_EXTRA_BIDI = frozenset("\u202a\u202b\u202c\u061c")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def unsafe(text: str) -> list[str]:
    """What must never reach a terminal: `hostile.unsafe_in`, other bidi formatting, lone surrogates."""
    others = {c for c in text if c in _EXTRA_BIDI} | set(_SURROGATE.findall(text))
    return hostile.unsafe_in(text) + sorted(others)


def _place_forms() -> list[str]:
    """Every written form of every unit, and county chains such as 四川省达州市通川区."""
    g = load_gazetteer()
    forms = {form for unit in g.units.values() for form in (unit.name, *unit.shorts, *unit.traditional)}
    for unit in g.units.values():
        if unit.parent is not None:
            forms.add("".join(g.units[c].name for c in reversed(g.ancestors(unit.code))))
    return sorted(forms)


PLACES = st.sampled_from(_place_forms())
SENTENCES = st.sampled_from(SIMPLIFIED + TRADITIONAL + REAL_LINES)


@st.composite
def annotated(draw: st.DrawFn) -> str:
    """A sentence with a reading glued after one character: `機(jī)`, right or wrong."""
    text = draw(SENTENCES)
    spots = [m.start() for m in _CJK.finditer(text)]
    if not spots:
        return text
    i = draw(st.sampled_from(spots))
    reading = draw(st.one_of(st.just(pinyin(text[i], style=Style.TONE)[0][0]), st.sampled_from(SYLLABLES)))
    left, right = draw(st.sampled_from([("(", ")"), ("（", "）")]))
    return f"{text[: i + 1]}{left}{reading}{right}{text[i + 1 :]}"


@st.composite
def garbled(draw: st.DrawFn) -> str:
    """A sentence garbled as content farms do: `(reading)` pushed between the two bytes of a character,
    then read by the farm's decoder or Python's (`每?jī)芍荛_展`)."""
    text = draw(SENTENCES)
    spots = [m.start() for m in _CJK.finditer(text)]
    if not spots:
        return text
    i = draw(st.sampled_from(spots))
    try:
        code, before, after = text[i].encode("gbk"), text[:i].encode("gbk"), text[i + 1 :].encode("gbk")
    except UnicodeEncodeError:
        return text
    note = f"({draw(st.sampled_from(SYLLABLES))})".encode("gbk", "ignore")
    data = before + code[:1] + note + code[1:] + after
    return data.decode("gbk", "replace") if draw(st.booleans()) else decode_like_a_farm(data)


NOISE = st.one_of(
    st.text(max_size=20),
    st.text(st.sampled_from(CONTROLS), min_size=1, max_size=4),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=2),  # lone surrogates
    st.text(st.characters(max_codepoint=0x2FF), max_size=10),
)
PIECES = st.one_of(
    SENTENCES,
    st.sampled_from(CHROME),
    st.sampled_from(hostile.ATTACKS),
    PLACES,
    st.sampled_from(GARBLE_PIECES),
    NOISE,
)
LINES = st.one_of(
    st.lists(PIECES, min_size=1, max_size=4).map("".join),
    annotated(),
    garbled(),
    st.sampled_from(CHROME),
    st.tuples(PLACES, SENTENCES).map("".join),
)
BREAKS = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r", " ", "\u2028", "\x0c"])


def _joined(lines: list[tuple[str, str]]) -> str:
    return "".join(line + end for line, end in lines)


def pages(max_lines: int = 20) -> st.SearchStrategy[str]:
    """A whole page: lines joined by any kind of line break (or none), or arbitrary text."""
    lines = st.lists(st.tuples(LINES, BREAKS), max_size=max_lines)
    return st.one_of(lines.map(_joined), st.text(max_size=200))


@st.composite
def readable(draw: st.DrawFn) -> bytes:
    """A page with text on it, encoded as pages usually are: it loads, so a folder is not all bad files."""
    page = draw(st.lists(st.tuples(LINES, BREAKS), min_size=1, max_size=20).map(_joined))
    return (page + "。").encode(draw(st.sampled_from(["utf-8", "gb18030"])), "replace")


# How a text becomes bytes: (codec, error handler, byte-order mark).
ENCODINGS = [
    ("utf-8", "surrogatepass", b""),
    ("utf-8", "surrogatepass", b"\xef\xbb\xbf"),
    ("gb18030", "ignore", b""),
    ("gbk", "ignore", b""),
    ("big5", "ignore", b""),
    ("utf-16-le", "surrogatepass", b"\xff\xfe"),
    ("utf-16-be", "surrogatepass", b"\xfe\xff"),
    ("utf-16-le", "surrogatepass", b""),
    ("utf-16-be", "surrogatepass", b""),
]


def _corrupt(data: bytes, edits: list[tuple[int, str, int]], cut: int | None) -> bytes:
    """Flip, insert or delete bytes at the given offsets, then perhaps truncate."""
    buf = bytearray(data)
    for at, op, value in edits:
        i = at % (len(buf) + 1)
        if op == "insert":
            buf.insert(i, value)
        elif buf and i < len(buf):
            if op == "flip":
                buf[i] ^= value or 0x80
            else:
                del buf[i]
    return bytes(buf if cut is None else buf[: cut % (len(buf) + 1)])


EDITS = st.lists(
    st.tuples(st.integers(0, 1 << 16), st.sampled_from(["flip", "insert", "delete"]), st.integers(0, 255)),
    max_size=4,
)


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """`text` in one of `ENCODINGS`, corrupted half the time."""
    codec, errors, bom = draw(st.sampled_from(ENCODINGS))
    data = bom + draw(text).encode(codec, errors)
    if draw(st.booleans()):
        data = _corrupt(data, draw(EDITS), draw(st.none() | st.integers(0, 1 << 16)))
    return data


BINARY = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=400).map(lambda b: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b),
    st.sampled_from([b"", b" \n\t\r\n  ", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00"]),
)


def page_bytes() -> st.SearchStrategy[bytes]:
    """What a `.txt` file holds: mostly an encoded page, else bytes that may not be text at all."""
    text = encoded(pages())
    return st.one_of(text, text, text, BINARY)


# JSON Lines: records with hostile fields, and lines that are not valid records.
FIELDS = st.one_of(
    LINES,
    st.sampled_from(hostile.ATTACKS),
    NOISE,
    st.sampled_from(["标题\n第二行", "标题\t制表", "2021-12-07\r\n10:35", " \u3000 "]),
)
RECORD_IDS = st.one_of(
    st.none(), FIELDS, st.integers(-5, 10**12), st.sampled_from(["-dash", "a", "1", " "]), st.just([1, 2])
)
JUNK_LINES = st.one_of(
    st.sampled_from(
        [
            "{not json at all",
            "",
            "   ",
            "[1, 2]",
            "null",
            '"a bare string"',
            '{"title": "no text"}',
            '{"text": ["not", "a", "string"]}',
            '{"text": 5}',
            "\ufeff{}",
        ]
    ),
    st.text(max_size=40),
)


@st.composite
def records(draw: st.DrawFn) -> str:
    """One JSON Lines record, `\\ud800`-style escapes included (json.dumps writes lone surrogates so)."""
    rec: dict[str, object] = {"text": draw(pages(max_lines=10))}
    for key, values in (("id", RECORD_IDS), ("title", FIELDS), ("date", FIELDS), ("url", FIELDS)):
        if draw(st.booleans()):
            rec[key] = draw(values)
    return json.dumps(rec, ensure_ascii=draw(st.booleans()))


@st.composite
def jsonl_bytes(draw: st.DrawFn, records_only: bool = False) -> bytes:
    """A JSON Lines file: mostly records, some junk; mostly UTF-8, sometimes another encoding or corrupt.
    With `records_only`, UTF-8 records only: every line loads."""
    lines = draw(
        st.lists(
            records() if records_only else st.one_of(records(), records(), JUNK_LINES), min_size=1, max_size=5
        )
    )
    text = draw(st.sampled_from(["\n", "\r\n"])).join(lines)
    if records_only:
        return text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 3)) == 0:
        return draw(encoded(st.just(text)))
    return text.encode("utf-8", "surrogatepass")


# File stems a list or a path shows: ordinary, Chinese, markup-like and hostile ones.
STEMS = st.sampled_from(
    [
        "a",
        "新闻",
        "evil\x1b[31m",
        "r\u202eevil",
        "[bold red]x",
        "-dash",
        "sp ace",
        ":smile:",
        "bel\x07",
        "機關",
    ]
)
KINDS = st.sampled_from([".txt", ".md", ".jsonl", ".jsonl.gz"])


@st.composite
def folders(draw: st.DrawFn) -> dict[str, bytes]:
    """A folder of one to four article files, some in a subfolder: relative path → bytes."""
    files: dict[str, bytes] = {}
    for i in range(draw(st.integers(1, 4))):
        kind = draw(KINDS)
        folder = draw(st.sampled_from(["", "sub/"]))
        name = f"{folder}{draw(STEMS)}{draw(st.sampled_from(['', str(i)]))}{kind}"
        if kind == ".txt" or kind == ".md":
            data = draw(readable() if i == 0 and draw(st.booleans()) else page_bytes())
        else:
            data = draw(jsonl_bytes())
            if kind == ".jsonl.gz":
                data = gzip.compress(data, mtime=0) if draw(st.integers(0, 4)) else data  # sometimes not gzip
        files[name] = data
    return files


# --- Crawl formats: HTML pages, WARC and WET files, Parquet tables ----------------------------------------

# Text that looks like markup, and entities, numeric references to control characters among them.
MARKUP_TEXT = st.sampled_from(
    [
        "<",
        ">",
        "&",
        "</p",
        "<p",
        "<!--",
        "-->",
        "<![CDATA[x]]>",
        "<?xml version='1.0'?>",
        "<!DOCTYPE html>",
        "</script>",
        "<script>",
        "</style>",
        "&amp;",
        "&lt;b&gt;",
        "&nbsp;",
        "&#12288;",
        "&#x1b;[31m",
        "&#27;",
        "&#8238;",
        "&#x202E;",
        "&#xD800;",
        "&#0;",
        "&#x110000;",
        "&#9999999999;",
        "&bogus;",
        "&",
        "&#;",
        "&#x7;",
        "&#155;",
        "<br/>",
        "<p/>",
        "< p>",
        "<<p>>",
        "<a href='>'>",
        '"',
        "'",
    ]
)
HTML_TEXT = st.one_of(LINES, MARKUP_TEXT, st.sampled_from(hostile.ATTACKS), NOISE)
HTML_TAGS = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "td",
        "th",
        "br",
        "hr",
        "a",
        "b",
        "i",
        "pre",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "script",
        "style",
        "noscript",
        "template",
        "title",
        "head",
        "body",
        "html",
        "textarea",
        "select",
        "option",
        "svg",
        "math",
        "iframe",
        "object",
        "button",
        "form",
        "font",
        "center",
        "x-custom",
        "marquee",
        "meta",
        "img",
        "plaintext",
        "xmp",
    ]
)
ATTRIBUTES = st.one_of(
    st.sampled_from(
        [
            " hidden",
            ' style="display:none"',
            ' style="DISPLAY : NONE ; color:red"',
            " style='visibility: hidden'",
            ' aria-hidden="true"',
            ' aria-hidden="TRUE"',
            ' hidden="false"',
            ' style="none"',
            ' class="hidden"',
            ' role="article"',
            ' itemprop="articleBody"',
            ' ITEMPROP="mainEntityOfPage"',
            " style",
            ' =""',
            " '",
            ' "',
        ]
    ),
    st.tuples(
        st.sampled_from(["class", "id", "style", "title", "lang", "data-x", "href", "onclick"]), HTML_TEXT
    ).map(lambda kv: f' {kv[0]}="{kv[1]}"'),
)
CHARSETS = [
    "utf-8",
    "UTF8",
    "gb2312",
    "GBK",
    "gb18030",
    "big5",
    "big5-hkscs",
    "utf-16",
    "shift_jis",
    "latin-1",
    "windows-1252",
    "hz",
    "x-no-such-codec",
    "",
    'utf-8"><script>',
    "utf-7",
    "rot13",
]


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def element(draw: st.DrawFn) -> str:
        tag = draw(HTML_TAGS)
        attrs = "".join(draw(st.lists(ATTRIBUTES, max_size=2)))
        inner = "".join(draw(st.lists(children, max_size=4)))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{tag.upper()} >"]))
        return f"<{tag}{attrs}>{inner}{close}"

    return element()


HTML_NODES = st.recursive(HTML_TEXT, _element, max_leaves=25)


@st.composite
def html_head(draw: st.DrawFn) -> str:
    metas = []
    if draw(st.booleans()):
        charset = draw(st.sampled_from(CHARSETS))
        declared = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        metas.append(
            draw(st.sampled_from([f'<meta charset="{charset}">', f"<meta charset={charset}>", declared]))
        )
    names = st.sampled_from(
        [
            "og:title",
            "twitter:title",
            "article:published_time",
            "pubdate",
            "author",
            "og:site_name",
            "og:url",
            "description",
        ]
    )
    for name in draw(st.lists(names, max_size=4)):
        metas.append(f'<meta property="{name}" content="{draw(HTML_TEXT)}">')
    if draw(st.integers(0, 4)) == 0:
        metas.append(f'<link rel="canonical" href="{draw(HTML_TEXT)}">')
    if draw(st.integers(0, 4)) == 0:
        metas.append(
            f'<script type="application/ld+json">{{"datePublished": "{draw(HTML_TEXT)}", '
            f'"author": {{"name": "{draw(HTML_TEXT)}"}}}}</script>'
        )
    return f"<title>{draw(HTML_TEXT)}</title>" * draw(st.integers(0, 1)) + "".join(metas)


@st.composite
def html_markup(draw: st.DrawFn) -> str:
    """A page of random tags, attributes, metas, entities and markup-like text; sometimes nested past
    the parser's depth guard, sometimes not HTML at all."""
    body = "".join(draw(st.lists(HTML_NODES, max_size=6)))
    shape = draw(st.integers(0, 9))
    if shape == 0:  # deeper than MAX_DEPTH: read with its tags stripped
        depth = draw(st.integers(5001, 6000))
        body = draw(st.sampled_from(["<div>", "<span>", "<b><i>"])) * depth + body
    elif shape == 1:
        return body
    return f"<!DOCTYPE html><html><head>{draw(html_head())}</head><body>{body}</body></html>"


@st.composite
def html_bytes(draw: st.DrawFn) -> bytes:
    """A page's bytes, in an encoding its declaration may or may not name, corrupted now and then."""
    markup = draw(html_markup())
    codec = draw(
        st.sampled_from(["utf-8", "utf-8", "gb18030", "gbk", "big5", "utf-16-le", "utf-16", "latin-1"])
    )
    data = markup.encode(codec, draw(st.sampled_from(["ignore", "xmlcharrefreplace", "replace"])))
    if draw(st.integers(0, 3)) == 0:
        data = _corrupt(data, draw(EDITS), draw(st.none() | st.integers(0, 1 << 16)))
    return data


def _utf8(text: str) -> str:
    """`text` without lone surrogates, which no file's UTF-8 header can hold."""
    return text.encode("utf-8", "replace").decode("utf-8")


URIS = st.one_of(
    st.sampled_from(
        [
            "http://news.example.cn/a.html",
            "https://news.example.cn/a.html",
            "http://tw.example.com/",
            "",
            "news.example.cn/no-scheme",
            "http://例子.中国/新闻",
            "urn:uuid:1234",
            "http://a/b#c",
        ]
    ),
    FIELDS,
).map(_utf8)
CONTENT_TYPES = st.sampled_from(
    [
        "text/html",
        "text/html; charset=utf-8",
        "text/html; charset=gb2312",
        'text/html;charset="big5"',
        "text/html; charset=x-bogus",
        "TEXT/HTML",
        "application/xhtml+xml",
        "image/png",
        "text/plain",
        "",
        "text/html; charset=",
    ]
)
DATES = st.one_of(
    st.just("2024-04-15T12:34:56Z"), st.sampled_from(["", "not a date", "2024-13-45"]), FIELDS.map(_utf8)
)


@st.composite
def warc_records(draw: st.DrawFn, wet: bool) -> tuple[str, bytes, str]:
    uri = draw(URIS)
    if wet:
        return uri, draw(encoded(pages(max_lines=8))), ""
    body = draw(st.one_of(html_bytes(), html_bytes(), BINARY))
    return uri, body, draw(CONTENT_TYPES)


@st.composite
def warc_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A WARC or WET file written by warcio from random records, gzipped or not, mutated half the time
    (bytes flipped, inserted, deleted, the file cut short, a record's Content-Length changed)."""
    import re as _re

    from tests.crawls import warc_bytes, wet_bytes

    wet = draw(st.booleans())
    gz = draw(st.booleans())
    records = draw(st.lists(warc_records(wet), min_size=1, max_size=4))
    date = draw(DATES)
    if wet:
        data = wet_bytes([(u, b.decode("utf-8", "replace")) for u, b, _ in records], gzip=gz, date=date)
    else:
        data = warc_bytes(records, gzip=gz, date=date, requests=draw(st.booleans()))
    mutation = draw(st.integers(0, 5))
    if mutation in (0, 1):
        data = _corrupt(data, draw(EDITS), draw(st.none() | st.integers(0, 1 << 16)))
    elif mutation == 2 and not gz:
        lengths = list(_re.finditer(rb"Content-Length: (\d+)", data))
        m = lengths[draw(st.integers(0, len(lengths) - 1))]
        new = str(max(0, int(m.group(1)) + draw(st.integers(-60, 60)))).encode()
        data = data[: m.start(1)] + new + data[m.end(1) :]
    elif mutation == 3:
        data = data[: draw(st.integers(0, len(data)))]
    suffix = (".warc.wet" if wet else ".warc") + (".gz" if gz else "")
    if draw(st.integers(0, 9)) == 0:  # mislabelled: gzip named plain, or plain named gzip
        suffix = suffix.removesuffix(".gz") if gz else suffix + ".gz"
    return suffix, data


# Parquet columns: the names the loader reads (and some it does not), of every type, with nulls.
PARQUET_NAMES = [
    "text",
    "content",
    "raw_content",
    "body",
    "id",
    "url",
    "title",
    "date",
    "timestamp",
    "subtitle",
    "source",
    "author",
    "editor",
    "province",
    "city",
    "county",
    "adcode",
    "language_score",
    "dump",
]


@st.composite
def parquet_column(draw: st.DrawFn, rows: int) -> object:
    import datetime as dt

    import pyarrow as pa

    kind = draw(
        st.sampled_from(
            [
                "string",
                "string",
                "string",
                "large_string",
                "int",
                "float",
                "bool",
                "binary",
                "timestamp",
                "date",
                "list",
                "struct",
                "dictionary",
                "null",
            ]
        )
    )
    nullable = st.none() if draw(st.booleans()) else st.nothing()

    def values(strategy: st.SearchStrategy) -> list:
        return draw(st.lists(st.one_of(strategy, nullable), min_size=rows, max_size=rows))

    text = st.one_of(FIELDS, pages(max_lines=5)).map(_utf8)
    if kind in ("string", "large_string", "dictionary"):
        array = pa.array(values(text), type=pa.large_string() if kind == "large_string" else pa.string())
        return array.dictionary_encode() if kind == "dictionary" else array
    if kind == "int":
        return pa.array(values(st.integers(-(2**63), 2**63 - 1)), type=pa.int64())
    if kind == "float":
        return pa.array(values(st.floats(allow_nan=True, allow_infinity=True)), type=pa.float64())
    if kind == "bool":
        return pa.array(values(st.booleans()), type=pa.bool_())
    if kind == "binary":
        return pa.array(values(st.binary(max_size=40)), type=pa.binary())
    if kind == "timestamp":
        moments = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 1, 1))
        return pa.array(values(moments), type=pa.timestamp("us"))
    if kind == "date":
        return pa.array(values(st.dates()), type=pa.date32())
    if kind == "list":
        return pa.array(values(st.lists(text, max_size=3)), type=pa.list_(pa.string()))
    if kind == "struct":
        return pa.array(values(st.fixed_dictionaries({"a": text})), type=pa.struct([("a", pa.string())]))
    return pa.nulls(rows)


@st.composite
def parquet_bytes(draw: st.DrawFn) -> bytes:
    """A Parquet file of 0-6 rows: random columns of random types (text among them more often than not),
    nulls, small row groups; corrupted now and then."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = draw(st.integers(0, 6))
    names = draw(st.lists(st.sampled_from(PARQUET_NAMES), max_size=5, unique=True))
    if draw(st.integers(0, 3)) and "text" not in names:
        names.insert(0, draw(st.sampled_from(["text", "content", "raw_content", "body"])))
    table = pa.table({name: draw(parquet_column(rows)) for name in names}) if names else pa.table({})
    out = io.BytesIO()
    pq.write_table(table, out, row_group_size=draw(st.integers(1, 4)))
    data = out.getvalue()
    if draw(st.integers(0, 4)) == 0:
        data = _corrupt(data, draw(EDITS), draw(st.none() | st.integers(0, 1 << 16)))
    return data


CRAWL_FILES = st.one_of(
    st.tuples(st.sampled_from([".html", ".htm"]), html_bytes()),
    warc_files(),
    st.tuples(st.just(".parquet"), parquet_bytes()),
    st.tuples(
        st.just(".jsonl.gz"),
        jsonl_bytes()
        .map(lambda b: gzip.compress(b, mtime=0))
        .flatmap(lambda b: st.sampled_from([b, b[: len(b) // 2], b[:-4]])),
    ),
)
