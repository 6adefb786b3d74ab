"""HTML pages as the text dump the cleaner reads: one block a line, plus what the markup gives for free.

- Decoding: the byte-order mark, then the charset the HTTP header or the page declares, then detection.
  A declared GB2312 or GBK is read as GB18030, its superset: pages declared GB2312 carry GBK characters.
- The dump: every block element (p, div, li, td, h1…) starts a line; scripts, styles, forms and hidden
  elements (`hidden`, `display:none`) are dropped. Headings and list items are remembered by line, so
  the cleaner need not guess them.
- Metadata: `og:title`, the published-time metas (or an account post's script time) and `author` become
  the article's title, date and author hints; the `<title>` names the page when nothing better does.

Parsing is lexbor's (selectolax): fast C, tolerant of any markup. Its cost grows with the square of
the nesting depth, so a page nested deeper than `MAX_DEPTH` is read with its tags stripped instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import accumulate

from reader.corpus.errors import LoadError
from reader.corpus.records import one_line
from reader.corpus.text import decode
from reader.document import BlockType

SUFFIXES = (".html", ".htm")
MAX_DEPTH = 5000  # lexbor parses a page this deep in about 30 ms
_SNIFF = 4096  # bytes searched for a <meta> charset, as browsers do (1024) with room for long heads

BLOCKS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    )
)
SKIP = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "iframe",
        "svg",
        "select",
        "option",
        "textarea",
        "button",
        "object",
    )
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Blocks that may hold an article: not a paragraph, a line break, a list item, a heading or a row.
_CONTAINERS = BLOCKS - {"br", "hr", "p", "li", "dt", "dd", "tr", "th", "title", "summary", *HEADINGS}
# Elements that close themselves or are closed by their next sibling: they add no nesting depth.
_FLAT = frozenset(
    (
        "p",
        "li",
        "td",
        "th",
        "tr",
        "dt",
        "dd",
        "option",
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "wbr",
    )
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_RAW_TEXT = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in ("script", "style")}
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
    article_lines: tuple[int, int] | None = None  # first and last line of the article's element (`<article>`)
    title: str | None = None  # the headline, where the markup and the text agree on it
    date: str | None = None  # the page's <meta> publication time
    author: str | None = None  # the <meta> author, where it names people rather than the site
    site: str | None = None  # og:site_name: the page's name for its site
    url: str | None = None  # og:url, else the canonical link: where the page says it lives


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
        try:
            text = data.decode(codec, errors="replace")
        except (LookupError, UnicodeError):  # a codec that is no text encoding (rot13, base64), or strict
            continue
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
    # A page cannot nest deeper than it has tags: most pages are spared the scan.
    deep = markup.count("<") > MAX_DEPTH and _depth(markup) > MAX_DEPTH
    page = _stripped(markup) if deep else _dump(markup)
    if not page.text.strip():
        raise LoadError("no text in the page (markup only)")
    return page


def _depth(markup: str) -> int:
    """The deepest nesting of elements that need closing, as a tag scan sees it. A script's or a
    style's contents are skipped, not scanned: a 50 MB inline script is one `find`, not a million tags."""
    depth = deepest = 0
    at = 0
    while (m := _TAG.search(markup, at)) is not None:
        at = m.end()
        name = m.group(2).lower()
        if name in _RAW_TEXT and not m.group(1):
            close = _RAW_TEXT[name].search(markup, at)
            at = close.end() if close else len(markup)
            continue
        if name in _FLAT or m.group(3):
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


_MAYBE_HIDDEN = '[hidden], [aria-hidden="true" i], [style*="none" i], [style*="hidden" i]'


def _hidden(tree: object) -> set[int]:
    """The elements the page hides (`hidden`, `display:none`…), found by lexbor's selector engine
    rather than by reading every element's attributes in Python."""
    found = set()
    for node in tree.css(_MAYBE_HIDDEN):  # type: ignore[attr-defined]
        attrs = node.attributes
        style = attrs.get("style") or ""
        if "hidden" in attrs or attrs.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(style):
            found.add(node.mem_id)
    return found


def _dump(markup: str) -> Page:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    pieces: list[str] = []  # one piece of text per block boundary
    kinds: list[BlockType | None] = []
    current: list[str] = []
    open_blocks: list[tuple[int, BlockType | None, int]] = []  # the blocks entered: (mem_id, kind, piece)

    def flush() -> None:
        pieces.append("".join(current))
        kinds.append(next((k for _, k, _ in reversed(open_blocks) if k), None))
        current.clear()

    hidden = _hidden(tree)
    marked = {n.mem_id for n in tree.css(_ARTICLE) if n.tag in BLOCKS}
    # Each block element's pieces, [first, past the last): the marked ones, and all the others.
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    root = tree.root
    node = root.child if root is not None else None
    while node is not None:  # a walk without recursion: pages nest deeper than Python's stack
        tag = node.tag or ""
        descend = False
        if tag == "-text":
            current.append((node.text_content or "").replace("\n", " "))
        elif not tag.startswith(("-", "!")) and tag not in SKIP and node.mem_id not in hidden:
            if tag in BLOCKS:
                flush()
                kind: BlockType | None = (
                    "heading" if tag in HEADINGS else "list_item" if tag == "li" else None
                )
                open_blocks.append((node.mem_id, kind, len(pieces) if tag in _CONTAINERS else -1))
            descend = True
        if descend and node.child is not None:
            node = node.child
            continue
        while node is not None:  # leave this node, and every parent it was the last child of
            if open_blocks and open_blocks[-1][0] == node.mem_id:
                flush()
                if (start := open_blocks.pop()[2]) >= 0:
                    spans[node.mem_id not in marked].append((start, len(pieces)))
            if node.next is not None:
                node = node.next
                break
            node = node.parent
            if node is None or root is None or node.mem_id == root.mem_id:
                node = None
    flush()
    text, landed = _tidy(pieces)
    hints = {line: k for line, k in zip(landed, kinds, strict=True) if line and k}
    lines = text.split("\n")
    metas = _metas(tree, lines)
    title_line = lines.index(metas["title"]) + 1 if metas["title"] in lines else 0
    extent = Extents(landed, lines)
    found = marked_article(spans[0], extent, title_line) or prose_block(spans[1], extent, title_line)
    return Page(text, hints, article_lines=found, **metas)


# The elements that say "this is the article": HTML's own, ARIA's, schema.org's (`mainEntityOfPage`:
# the one answer a Q&A page is about, among others).
_ARTICLE = 'article, [role="article" i], [itemprop="articleBody" i], [itemprop="mainEntityOfPage" i]'
_ARTICLE_MIN = 40  # characters: an element with less holds no article (an empty frame, a teaser)
# A line of prose: this long, with a sentence's punctuation (not a menu, a title or a link list).
_PROSE = re.compile(r"[，。；！？]")
_PROSE_MIN = 20
_PROSE_SHARE = 0.9  # of the page's prose that the article's block holds


class Extents:
    """Where an element's pieces landed, as lines, and how much text and prose those lines hold."""

    def __init__(self, landed: list[int], lines: list[str]) -> None:
        self.lines = lines
        self._landed = landed
        self._before: list[int] | None = None
        self._chars: list[int] | None = None
        self._prose: list[int] | None = None

    def of(self, span: tuple[int, int]) -> tuple[int, int]:
        """An element's first and last line (the last before the first when it holds no text)."""
        if self._before is None:  # the last line that a piece before k landed on
            self._before = list(accumulate(self._landed, max, initial=0))
        return self._before[span[0]] + 1, self._before[span[1]]

    def size(self, span: tuple[int, int]) -> int:
        if self._chars is None:
            self._chars = list(accumulate((len(line) for line in self.lines), initial=0))
        first, last = self.of(span)
        return self._chars[last] - self._chars[first - 1] if last >= first else 0

    def prose(self, first: int, last: int) -> int:
        """Characters of prose on lines first…last."""
        if self._prose is None:
            self._prose = list(accumulate(map(_prose, self.lines), initial=0))
        return self._prose[last] - self._prose[first - 1] if last >= first else 0


def _prose(line: str) -> int:
    return len(line) if len(line) >= _PROSE_MIN and _PROSE.search(line) else 0


def marked_article(spans: list[tuple[int, int]], extent: Extents, title_line: int) -> tuple[int, int] | None:
    """The first and the last line of the article, where the markup marks it, else None.

    `spans` are the marked elements, as ranges of the pieces `_tidy` put on lines. Of those that hold
    text, the innermost (an `<article>` wrapping the headline, a share bar and an `articleBody` is
    read as the `articleBody`), and of those, the first that reaches the headline's line or below it.
    It must hold more text than every other marked element together: a feed of teasers or a thread
    of posts, each its own `<article>`, marks no one article.
    """
    if not spans:
        return None
    # Elements nest or stand apart, so in order of start (the outer first) an element holds another
    # exactly when the next one starts inside it.
    held = sorted({s for s in spans if extent.size(s) >= _ARTICLE_MIN}, key=lambda s: (s[0], -s[1]))
    inner = [s for k, s in enumerate(held) if k + 1 == len(held) or held[k + 1][0] >= s[1]]
    below = [s for s in inner if extent.of(s)[1] >= title_line]
    if not below:
        return None
    chosen = below[0]
    rest = sum(extent.size(s) for s in inner) - extent.size(chosen)
    return extent.of(chosen) if extent.size(chosen) > rest else None


def prose_block(spans: list[tuple[int, int]], extent: Extents, title_line: int) -> tuple[int, int] | None:
    """The first and the last line of the smallest element that holds nine tenths of the page's prose
    below the headline, and its first line of prose: the article's block, where nothing marks it.
    Menus, link lists and footers around it are no prose; a long comment thread below a short
    article holds the prose, but not the article's first line, so it is no article's block."""
    lines = len(extent.lines)
    total = extent.prose(title_line + 1, lines)
    if not total:
        return None
    opening = next(n for n in range(title_line + 1, lines + 1) if extent.prose(n, n))
    best: tuple[int, int] | None = None
    for span in spans:
        first, last = extent.of(span)
        smaller = best is None or last - first < best[1] - best[0]
        if smaller and first <= opening <= last and extent.prose(first, last) >= _PROSE_SHARE * total:
            best = (first, last)
    return best


def _metas(tree: object, lines: list[str]) -> dict[str, str | None]:
    found: dict[str, str] = {}
    for meta in tree.css("meta"):  # type: ignore[attr-defined]
        attrs = meta.attributes
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = _SPACE.sub(" ", attrs.get("content") or "").strip()
        if name and content and name not in found:
            found[name] = content
    title_node = tree.css_first("title")  # type: ignore[attr-defined]
    page_title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    headings = [_SPACE.sub(" ", h.text()).strip() for h in tree.css("h1")]  # type: ignore[attr-defined]
    linked = _linked_data(tree)
    author = next((found[n] for n in _AUTHOR_METAS if n in found), None) or linked.get("author")
    dated = (
        next((found[n] for n in _DATE_METAS if n in found), None) or linked.get("date") or _script_time(tree)
    )
    metas = {
        "title": headline(
            next((found[n] for n in _TITLE_METAS if n in found), None), page_title, headings, lines
        ),
        "date": iso_date(dated),
        "author": author
        if author and is_person(author) and not _names_site(author, found, page_title)
        else None,
        "site": found.get("og:site_name"),
        "url": _absolute(found.get("og:url")) or _canonical(tree),
    }
    # One clean line each, as a record's fields are: a control or bidi character in a <meta> never
    # reaches a title, a byline or an export raw.
    return {k: one_line(v) for k, v in metas.items()}


# Schema.org's JSON-LD, read leniently (pages often ship it malformed): the first value of each key.
_LD_DATE = re.compile(r'"(?:datePublished|dateCreated)"\s*:\s*"([^"]{8,40})"')
_LD_AUTHOR = re.compile(r'"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{1,60})"')


def _linked_data(tree: object) -> dict[str, str]:
    found: dict[str, str] = {}
    for script in tree.css('script[type="application/ld+json"]'):  # type: ignore[attr-defined]
        data = script.text() or ""
        for key, pattern in (("date", _LD_DATE), ("author", _LD_AUTHOR)):
            if key not in found and (m := pattern.search(data)):
                found[key] = m.group(1)
    return found


# An account post's publication time, kept only in its script as a Unix time (`var ct = "1581418070"`,
# WeChat's), shown as the day it is in China (UTC+8), where such a post is published.
_SCRIPT_CT = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{10})["']?""")
_CHINA = timezone(timedelta(hours=8))


def _script_time(tree: object) -> str | None:
    for script in tree.css("script"):  # type: ignore[attr-defined]
        data = script.text() or ""
        if "ct" in data and (m := _SCRIPT_CT.search(data)):
            return datetime.fromtimestamp(int(m.group(1)), _CHINA).strftime("%Y-%m-%d %H:%M")
    return None


def _absolute(url: str | None) -> str | None:
    url = (url or "").strip()
    if url.startswith("//"):
        url = "http:" + url
    return url if re.match(r"https?://[^/\s]+", url) else None


def _canonical(tree: object) -> str | None:
    for link in tree.css('link[rel="canonical"]'):  # type: ignore[attr-defined]
        if url := _absolute(link.attributes.get("href")):
            return url
    return None


_SEPARATOR = re.compile(r"\s+[|｜\-–—_]+\s+|\s*[|｜_]\s*|——|--")


def segments(title: str) -> list[str]:
    """A page title's parts: `中法经贸合作不断拓展_中国_法国` → the headline, then the site's labels."""
    return [p.strip() for p in _SEPARATOR.split(title) if p.strip()]


def headline(og_title: str | None, page_title: str, h1s: list[str], lines: list[str]) -> str | None:
    """The article's headline as the markup names it, written as the page writes it.

    The page's own title (og:title, else <title>) names the article, and usually the site too
    (`标题 | 社會 | 中央社`): its longest part that stands as a line of the page is the headline,
    or the line it opens when the page writes it longer. An <h1> that the title holds is one too.
    None when the markup and the text do not agree: then the cleaner decides.
    """
    shown = {_key(line): line for line in reversed(lines)}  # the first line of each form
    for title in (og_title, page_title):
        for part in sorted(segments(title or ""), key=len, reverse=True):
            key = _key(part)
            if len(key) < 4:
                continue
            if key in shown:
                return shown[key]
            longer = next(
                (line for k, line in shown.items() if k.startswith(key) and len(k) <= len(key) * 1.5), None
            )
            if longer:
                return longer
    keys = _key(og_title or page_title)
    return next((h for h in h1s if len(_key(h)) >= 4 and _key(h) in keys), None)


def _key(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?")


def iso_date(value: str | None) -> str | None:
    """A meta's date as the cleaner writes dates: `2023-02-28T14:58:49Z` → `2023-02-28 14:58` (as written,
    no time zone shift: the day a page shows is the day it was published where it was published)."""
    m = _ISO.search(value or "")
    if not m:
        return None
    y, mo, d, h, mi = m.groups()
    day = f"{y}-{int(mo):02d}-{int(d):02d}"
    return f"{day} {int(h):02d}:{mi}" if h else day


def _names_site(author: str, found: dict[str, str], page_title: str) -> bool:
    """Whether a meta author is the site itself: `网易` where the title is `…_网易财经` or the copyright
    meta says `网易版权所有`."""
    site = [found.get("og:site_name") or "", found.get("copyright") or "", *segments(page_title)[1:]]
    return any(author in name for name in site)


# A template's credit in the author meta (`Discuz! Team and Comsenz UI Team`): a team, or four Latin words.
_CREDIT = re.compile(r"\b(?:team|inc|ltd|corp(?:oration)?)\b|(?:[A-Za-z!.]+\s+){3}[A-Za-z]", re.IGNORECASE)
_NOT_A_PERSON = re.compile(
    r"https?:|www\.|\.com|[@/]|[社网網报報台站]$|公司|中心|集团|新闻|新聞|客户端|编辑部|\d{3}"
)


def is_person(name: str) -> bool:
    """Whether a meta author names writers rather than the site: `中央通訊社`, a profile URL and a
    user number are the site's, `Discuz! Team` the template's."""
    return 2 <= len(name) <= 40 and not _NOT_A_PERSON.search(name) and not _CREDIT.search(name)
