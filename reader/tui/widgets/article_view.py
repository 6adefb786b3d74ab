"""The reader pane: one cleaned document as a header and styled blocks, with find-in-article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from reader.convert import convert
from reader.document import Document, Script
from reader.regions import region_path
from reader.render import BULLET, byline
from reader.safe import visible
from reader.tui.keymap import READING, Help
from reader.tui.widgets.text_view import Para, TextView, Wrapped, wrap_paras

MATCHES = Help("next/previous find match", READING)
STYLE_NAMES = ("title", "subtitle", "meta", "heading-1", "heading-2", "heading-3", "bullet")


@dataclass(frozen=True, slots=True)
class Heading:
    para: int
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document laid out for the pane, built off the UI thread: paragraphs, headings, and its wrap at
    each width the pane may have when it is shown (with and without a scrollbar)."""

    article: str
    doc: Document
    paras: list[Para]
    headings: list[Heading]
    wraps: dict[int, Wrapped]


def document_paras(
    doc: Document, script: Script, styles: dict[str, Style]
) -> tuple[list[Para], list[Heading]]:
    """Header (title, subtitle, byline, 省 › 市 › 区) then the blocks. Text is always literal.

    The byline's labels and the gazetteer's place names are Simplified; they follow the script
    the body is shown in (`doc` is already converted to `script`).
    """
    paras = [Para(Text(visible(doc.title or "(untitled)"), style=styles["title"]))]
    if doc.subtitle:
        paras.append(Para(Text(visible(doc.subtitle), style=styles["subtitle"])))
    shown: Script = doc.script if script == "original" else script
    for extra in (byline(doc), region_path(doc.region)):
        if extra:
            paras.append(Para(Text(visible(convert(extra, shown, "simplified")), style=styles["meta"])))
    headings: list[Heading] = []
    previous = None
    for block in doc.blocks:
        text = visible(block.text)
        if block.type == "heading":
            level = min(block.level or 1, 3)
            headings.append(Heading(len(paras), level, text))
            paras.append(Para(Text(text, style=styles[f"heading-{level}"]), space_before=1))
        elif block.type == "list_item":
            gap = 0 if previous == "list_item" else 1
            paras.append(
                Para(Text(text), prefix=f"{BULLET} ", prefix_style=styles["bullet"], space_before=gap)
            )
        else:
            paras.append(Para(Text(text), space_before=1))
        previous = block.type
    return paras, headings


def prepare(
    article: str, doc: Document, script: Script, styles: dict[str, Style], widths: Iterable[int]
) -> Prepared:
    paras, headings = document_paras(doc, script, styles)
    return Prepared(article, doc, paras, headings, {width: wrap_paras(paras, width) for width in widths})


def _fold(text: str) -> str:
    """Lower case where that keeps every offset (find maps match offsets back onto the text)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


class ArticleView(TextView):
    """The cleaned article, wrapped at a comfortable width. `n`/`N` step through find matches."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "find_step(1)", "Next match", show=False, group=MATCHES),
        Binding("N", "find_step(-1)", "Previous match", show=False, group=MATCHES),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{name}" for name in STYLE_NAMES}
    max_text_width = 76

    class Scrolled(Message):
        def __init__(self, percent: int) -> None:
            super().__init__()
            self.percent = percent

    class FindMoved(Message):
        """The current find match changed: `index` of `total` (index -1 when there is none)."""

        def __init__(self, index: int, total: int) -> None:
            super().__init__()
            self.index, self.total = index, total

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.prepared: Prepared | None = None
        self._matches: list[tuple[int, int, int]] = []  # (para, start, end)
        self._current = -1
        self._percent = -1

    def styles_for_build(self) -> dict[str, Style]:
        """The theme's styles, read here on the UI thread for a worker to build with."""
        return {
            name: self.get_component_rich_style(f"article-view--{name}", partial=True) for name in STYLE_NAMES
        }

    def show(self, prepared: Prepared, fraction: float = 0.0) -> None:
        self.prepared = prepared
        self._matches, self._current = [], -1
        self.set_paras(prepared.paras, fraction, seed=prepared.wraps)
        self._report_percent()

    def show_message(self, message: str) -> None:
        """No article, a note in its place (one that could not be read)."""
        self.prepared = None
        self._matches, self._current = [], -1
        self.set_paras([Para(Text(message, style="italic"))])
        self._report_percent()

    @property
    def percent(self) -> int:
        return round(100 * self.fraction) if self.max_scroll_y or self.prepared is None else 100

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._report_percent()

    def _report_percent(self) -> None:
        if self.percent != self._percent:
            self._percent = self.percent
            self.post_message(self.Scrolled(self._percent))

    # -- headings and find -----------------------------------------------------------------------

    @property
    def headings(self) -> list[Heading]:
        return self.prepared.headings if self.prepared else []

    def jump_to(self, para: int) -> None:
        self.scroll_to(y=self.line_of(para), animate=False)

    def find(self, query: str) -> int:
        """Highlight every match of `query` and go to the first; the match count.

        Case-insensitive, and in either script: 机关 finds 機關 in a Traditional article.
        """
        needle = _fold(query)
        needles = (
            {
                needle,
                convert(needle, "simplified", "traditional"),
                convert(needle, "traditional", "simplified"),
            }
            if needle
            else set()
        )
        found: set[tuple[int, int, int]] = set()
        for index, para in enumerate(self.paras):
            haystack = _fold(para.text.plain)
            for word in needles:
                start = haystack.find(word)
                while start >= 0:
                    found.add((index, start, start + len(word)))
                    start = haystack.find(word, start + len(word))
        self._matches = sorted(found)
        self._current = -1
        self.action_find_step(1)
        return len(self._matches)

    def action_find_step(self, step: int) -> None:
        if self._matches:
            self._current = (self._current + step) % len(self._matches)
            para, start, _ = self._matches[self._current]
            line = self.line_of(para, start)
            self.scroll_to(y=max(line - self.scrollable_content_region.height // 3, 0), animate=False)
        highlights: dict[int, list[tuple[int, int, bool]]] = {}
        for i, (para, start, end) in enumerate(self._matches):
            highlights.setdefault(para, []).append((start, end, i == self._current))
        self.set_highlights(highlights)
        self.post_message(self.FindMoved(self._current, len(self._matches)))
