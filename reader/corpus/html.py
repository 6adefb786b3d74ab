"""HTML pages as the text dump the cleaner reads: one block a line, plus what the markup gives for free.

- Decoding: the byte-order mark, then the charset the HTTP header or the page declares, then detection.
  A declared GB2312 or GBK is read as GB18030, its superset: pages declared GB2312 carry GBK characters.
- The dump: every block element (p, div, li, td, h1…) starts a line; scripts, styles, forms and hidden
  elements (`hidden`, `display:none`) are dropped. Headings and list items are remembered by line, so
  the cleaner need not guess them.
- Metadata: `og:title`, the published-time metas and `author` become the article's title, date and
  author hints; the `<title>` names the page when nothing better does.

Parsing is lexbor's (selectolax): fast C, tolerant of any markup. Its cost grows with the square of
the nesting depth, so a page nested deeper than `MAX_DEPTH` is read with its tags stripped instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from reader.corpus.errors import LoadError
from reader.corpus.text import decode
from reader.document import BlockType

SUFFIXES = (".html", ".htm")
MAX_DEPTH = 2000
_SNIFF = 4096  # bytes searched for a <meta> charset, as browsers do (1024) with room for long heads

BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
))
SKIP = frozenset((
    "script", "style", "noscript", "template", "head", "iframe", "svg", "select", "option", "textarea",
    "button", "object",
))
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements that close themselves or are closed by their next sibling: they add no nesting depth.
_FLAT = frozenset((
    "p", "li", "td", "th", "tr", "dt", "dd", "option", "br", "hr", "img", "input", "meta", "link", "area",
    "base", "col", "embed", "source", "wbr",
))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_NEWLINES = re.compile(r"\n{2,}")
_TITLE_METAS = ("og:title", "twitter:title")
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "pubtime",
    "firstpublishedtime",
)
_AUTHOR_METAS = ("author", "article:author", "dc.creator")


@dataclass(slots=True)
class Page:
    """An HTML page read: its text dump, the block kind of lines the markup marks, and its metas."""

    text: str
    hints: dict[int, BlockType] = field(default_factory=dict)  # 1-based line → heading or list_item
    title: str | None = None
    date: str | None = None
    author: str | None = None
    page_title: str | None = None  # the <title>, which usually carries the site's name too


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page's text: from its byte-order mark, the declared charset (`declared`, then the page's own
    <meta>), or detection, in that order. A declaration that names no codec, or that the bytes do not
    fit, is ignored."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    meta = _META_CHARSET.search(data[:_SNIFF])
    for label in (declared, meta.group(1).decode("ascii", "replace") if meta else None):
        codec = _codec(label)
        if codec is None:
            continue
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") <= len(text) // 1000:  # a true label fits; a stray byte or two is noise
            return text
    return decode(data)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "hz") else name


def read_page(data: bytes, declared: str | None = None) -> Page:
    """An HTML page's dump and metadata; `LoadError` when it holds no text at all."""
    markup = decode_html(data, declared)
    page = _dump(markup) if _depth(markup) <= MAX_DEPTH else _stripped(markup)
    if not page.text.strip():
        raise LoadError("no text in the page (markup only)")
    return page


def _depth(markup: str) -> int:
    """The deepest nesting of elements that need closing, as a tag scan sees it (scripts included)."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(2).lower() in _FLAT or m.group(3):
            continue
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _stripped(markup: str) -> Page:
    """A page too deeply nested to parse: its tags removed, block tags as line breaks."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", markup)

    def tag(m: re.Match[str]) -> str:
        return "\n" if m.group(2).lower() in BLOCKS else ""

    import html

    text = html.unescape(_TAG.sub(tag, markup))
    return Page(_tidy(text.split("\n"))[0])


def _tidy(pieces: list[str]) -> tuple[str, list[int]]:
    """Lines with runs of spaces folded and blank lines gone; and where each non-blank piece landed."""
    lines: list[str] = []
    landed: list[int] = []
    for piece in pieces:
        line = _SPACE.sub(" ", piece).strip()
        landed.append(len(lines) + 1 if line else 0)
        if line:
            lines.append(line)
    return "\n".join(lines), landed


def _hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _dump(markup: str) -> Page:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    pieces: list[str] = []  # one piece of text per block boundary
    kinds: list[BlockType | None] = []
    current: list[str] = []
    open_blocks: list[tuple[int, BlockType | None]] = []  # the blocks entered: (mem_id, kind)

    def flush() -> None:
        pieces.append("".join(current))
        kinds.append(next((k for _, k in reversed(open_blocks) if k), None))
        current.clear()

    root = tree.root
    node = root.child if root is not None else None
    while node is not None:  # a walk without recursion: pages nest deeper than Python's stack
        tag = node.tag or ""
        descend = False
        if tag == "-text":
            current.append((node.text_content or "").replace("\n", " "))
        elif not tag.startswith(("-", "!")) and tag not in SKIP and not _hidden(node.attributes):
            if tag in BLOCKS:
                flush()
                open_blocks.append(
                    (node.mem_id, "heading" if tag in HEADINGS else "list_item" if tag == "li" else None)
                )
            descend = True
        if descend and node.child is not None:
            node = node.child
            continue
        while node is not None:  # leave this node, and every parent it was the last child of
            if open_blocks and open_blocks[-1][0] == node.mem_id:
                flush()
                open_blocks.pop()
            if node.next is not None:
                node = node.next
                break
            node = node.parent
            if node is None or node.mem_id == root.mem_id:
                node = None
    flush()
    text, landed = _tidy(pieces)
    hints = {line: k for line, k in zip(landed, kinds, strict=True) if line and k}
    return Page(text, hints, **_metas(tree))


def _metas(tree: object) -> dict[str, str | None]:
    found: dict[str, str] = {}
    for meta in tree.css("meta"):  # type: ignore[attr-defined]
        attrs = meta.attributes
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        if name and content and name not in found:
            found[name] = content
    title_node = tree.css_first("title")  # type: ignore[attr-defined]
    page_title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    return {
        "title": next((found[n] for n in _TITLE_METAS if n in found), None),
        "date": next((found[n] for n in _DATE_METAS if n in found), None),
        "author": next((found[n] for n in _AUTHOR_METAS if n in found), None),
        "page_title": page_title or None,
    }
