"""A scrolling view of styled paragraphs, wrapped by `reader.wrap` and drawn with the line API.

Only the rows on screen are rendered. Wrapping is cached per width, so a resize back to an
earlier width costs nothing; a huge text (a 50 MB article) is re-wrapped in a thread and drawn at
its old width until then, so a resize never freezes the screen. The paragraph at the top stays at
the top across a re-wrap, even through a size at which the whole text fits (or the view is
hidden) and nothing can scroll.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.tui.keymap import ENDS, PAGES, ROWS
from reader.wrap import line_spans


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph. `prefix` starts its first line (a bullet) and indents the others, by `hang`
    when given (a gutter's rule that goes on down), else by as many spaces."""

    text: Text
    prefix: str = ""
    prefix_style: Style | str = ""
    space_before: int = 0  # blank lines above
    hang: str = ""  # as wide as `prefix`


class Line(NamedTuple):  # a tuple: a 50 MB article wraps into millions of these
    para: int  # index into the paragraphs; -1 for a blank line
    start: int
    end: int


BLANK = Line(-1, 0, 0)
# The margin's spaces (and a prefix's leading ones) are marked so that no export joins them to the
# text after them: as one run with a line of hanzi, an SVG export (the snapshots) sizes them by
# characters, not cells, and the body starts left of a styled header above it (Rich's export_svg).
MARGIN = Style.from_meta({"margin": True})
HUGE = 300_000  # characters from which a re-wrap runs in a thread: seconds for a 50 MB article


@dataclass(frozen=True, slots=True)
class Wrapped:
    lines: list[Line]
    first_line: list[int]  # paragraph index → its first line


def text_slice(text: Text, start: int, end: int) -> Text:
    """`text[start:end]` at the cost of the slice: Rich's slicing copies the whole text, which for a
    paragraph of a million characters (one JSON Lines record, one explain line) is a frame's time
    per line drawn."""
    spans = [
        Span(max(span.start, start) - start, min(span.end, end) - start, span.style)
        for span in text.spans
        if span.start < end and span.end > start
    ]
    return Text(text.plain[start:end], style=text.style, end="", spans=spans)


def wrap_paras(paras: list[Para], width: int) -> Wrapped:
    lines: list[Line] = []
    first_line: list[int] = []
    for index, para in enumerate(paras):
        if para.space_before and lines:
            lines.extend([BLANK] * para.space_before)
        first_line.append(len(lines))
        plain = para.text.plain
        for start, end in line_spans(plain, width - cell_len(para.prefix)):
            lines.append(Line(index, start, end))
    return Wrapped(lines, first_line)


class TextView(ScrollView, can_focus=True):
    """Paragraphs of text, wrapped at most `max_text_width` cells wide and centred in the view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False, group=ROWS),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False, group=ROWS),
        Binding("space,pagedown", "page(1)", "Page down", show=False, group=PAGES),
        Binding("b,pageup", "page(-1)", "Page up", show=False, group=PAGES),
        Binding("g,home", "top", "Top", show=False, group=ENDS),
        Binding("G,end", "bottom", "Bottom", show=False, group=ENDS),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"text-view--match", "text-view--current-match"}

    max_text_width: int | None = None
    padding_x = 2

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._paras: list[Para] = []
        self._wrapped: dict[int, Wrapped] = {}
        self._drawn_width = 0  # the text width the current scroll position refers to
        self._pending_fraction: float | None = None  # a scroll position to apply once laid out
        self._highlights: dict[int, list[tuple[int, int, bool]]] = {}  # para → (start, end, current)
        # The reading position (a paragraph and a character in it) since the view last re-wrapped,
        # held even where the view cannot scroll to it (the text fits, or the view is hidden);
        # None once the user scrolls: then the line at the top is the position.
        self._anchor: Line | None = None
        self._laid_out_size = Size(0, 0)
        self._settling = False  # from a re-wrap to the restore after it, scrolls are not the user's
        self._chars = 0
        self._wrapping: set[int] = set()  # widths being wrapped in a thread

    # -- content ---------------------------------------------------------------------------------

    def set_paras(
        self, paras: list[Para], fraction: float = 0.0, seed: dict[int, Wrapped] | None = None
    ) -> None:
        """Replace the content and scroll to `fraction` (0 top … 1 bottom) of it.

        `seed` holds wraps already made (off the UI thread) by text width.
        """
        self._paras = paras
        self._wrapped = dict(seed or {})
        self._chars = sum(len(para.text) for para in paras)
        self._wrapping.clear()
        self._highlights.clear()
        self._pending_fraction = fraction
        self._anchor = None
        self._relayout()
        self.refresh()

    @property
    def paras(self) -> list[Para]:
        return self._paras

    @property
    def text_width(self) -> int:
        available = self.scrollable_content_region.width - 2 * self.padding_x
        return min(available, self.max_text_width) if self.max_text_width else available

    def likely_widths(self, default: int) -> tuple[int, ...]:
        """The text widths this view may have once new content is shown: the present one and the one
        a vertical scrollbar appearing or going would make (`default` before the first layout)."""
        available = self.scrollable_content_region.width - 2 * self.padding_x
        if available < 1:
            return (default,)
        other = available + (1 if self.show_vertical_scrollbar else -1)
        widths = [min(w, self.max_text_width) if self.max_text_width else w for w in (available, other)]
        return tuple(dict.fromkeys(w for w in widths if w >= 1))

    @property
    def wrapped(self) -> Wrapped:
        """The text wrapped at the view's width, or while a huge text is wrapped for it in a thread,
        at the width it was drawn at until then."""
        width = self.text_width
        if width < 1:
            return Wrapped([], [])  # not laid out yet
        cached = self._wrapped.get(width)
        if cached is None:
            if self._chars > HUGE:
                self._wrap_in_thread(width)
                return self._wrapped.get(self._drawn_width) or Wrapped([], [])
            self._keep_room()
            cached = self._wrapped[width] = wrap_paras(self._paras, width)
        return cached

    def _keep_room(self) -> None:
        """At most eight wraps are kept, two of a huge text (each may hold millions of lines)."""
        if len(self._wrapped) >= (2 if self._chars > HUGE else 8):
            drawn = self._wrapped.get(self._drawn_width)
            self._wrapped = {self._drawn_width: drawn} if drawn else {}

    def _wrap_in_thread(self, width: int) -> None:
        if width in self._wrapping:
            return
        self._wrapping.add(width)
        paras = self._paras

        def wrap() -> None:
            wrapped = wrap_paras(paras, width)
            self.app.call_from_thread(self._wrapped_in_thread, paras, width, wrapped)

        self.run_worker(wrap, thread=True, group="wrap", exit_on_error=False)

    def _wrapped_in_thread(self, paras: list[Para], width: int, wrapped: Wrapped) -> None:
        self._wrapping.discard(width)
        if paras is self._paras:
            self._keep_room()
            self._wrapped[width] = wrapped
            self._relayout()
            self.refresh()

    @property
    def fraction(self) -> float:
        """How far down the reader is, 0 … 1, which survives a re-wrap at another width."""
        if self._pending_fraction is not None:
            return self._pending_fraction
        if self._anchor is not None and self._anchor.para < len(self._paras) and self.wrapped.lines:
            y = self.line_of(self._anchor.para, self._anchor.start)
            return min(y / self.max_scroll_y, 1.0) if self.max_scroll_y else y / len(self.wrapped.lines)
        return min(self.scroll_y / self.max_scroll_y, 1.0) if self.max_scroll_y else 0.0

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._settling:
            return
        if self.size != self._laid_out_size:
            # Clamped by a size change before the re-wrap: hold the position from before it.
            if self._anchor is None:
                self._anchor = self._line_at(self._wrapped.get(self._drawn_width), int(old_value))
        else:
            self._anchor = None  # the user scrolled: the offset is the position

    @staticmethod
    def _line_at(wrapped: Wrapped | None, y: int) -> Line | None:
        """The line at `y`, or for a blank line between paragraphs the first line after it."""
        if wrapped is None or y < 0:
            return None
        return next((line for line in wrapped.lines[y : y + 8] if line.para >= 0), None)

    def on_resize(self) -> None:
        self._relayout()

    def watch_show_vertical_scrollbar(self) -> None:
        # The scrollbar takes a column from the text (or gives it back): wrap again, or the last
        # character of a full line would be cut off. Never oscillates: narrower is never shorter.
        if self._drawn_width and self.text_width != self._drawn_width:
            self.call_after_refresh(self._relayout)

    def _relayout(self) -> None:
        """Wrap for the current width, keeping the paragraph at the top of the view in place."""
        anchor = self._anchor or self._line_at(self._wrapped.get(self._drawn_width), int(self.scroll_y))
        wrapped = self.wrapped
        if (not wrapped.first_line and self._paras) or self.text_width not in self._wrapped:
            self._anchor = anchor
            return  # not laid out yet (hidden), or wrapping in a thread: lay out once wrapped
        self._drawn_width = self.text_width
        self._laid_out_size = self.size
        self._anchor = anchor
        if self._pending_fraction is not None or anchor is not None:
            # The scroll range follows the new virtual size only after the next refresh, and may
            # clamp the offset on the way: until the restore, the anchor stands.
            self._settling = True
            self.call_after_refresh(self._restore)
        self.virtual_size = Size(self.scrollable_content_region.width, len(wrapped.lines))

    def _restore(self) -> None:
        if self._pending_fraction is not None:
            y = round(self._pending_fraction * self.max_scroll_y)
            self._pending_fraction = None
            self._anchor = None  # the fraction is the position: a new text, or one reopened
        elif self._anchor is not None and self._anchor.para < len(self._paras):
            y = self.line_of(self._anchor.para, self._anchor.start)
        else:
            self._settling = False
            return
        try:
            self.scroll_to(y=y, animate=False, immediate=True)
        finally:
            self._settling = False
        # The anchor stays until the user scrolls: the next re-wrap starts from the same character,
        # not from the start of the line that showed it, so resizes never drift the position.

    def line_of(self, para: int, offset: int = 0) -> int:
        """The wrapped line that shows character `offset` of paragraph `para`."""
        lines = self.wrapped.lines
        y = self.wrapped.first_line[para]
        while y + 1 < len(lines) and lines[y + 1].para == para and lines[y + 1].start <= offset:
            y += 1
        return y

    def set_highlights(self, highlights: dict[int, list[tuple[int, int, bool]]]) -> None:
        self._highlights = highlights
        self.refresh()

    # -- keys: scrolling jumps at once, as in less ----------------------------------------------

    def action_scroll_lines(self, lines: int) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def action_page(self, direction: int) -> None:
        self.scroll_to(
            y=self.scroll_y + direction * max(self.scrollable_content_region.height - 1, 1), animate=False
        )

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    # -- drawing ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        lines = self.wrapped.lines
        if index >= len(lines) or lines[index].para < 0:
            return Strip.blank(width, self.rich_style)
        line = lines[index]
        para = self._paras[line.para]
        text = text_slice(para.text, line.start, line.end)
        text.rstrip()
        self._stylize_matches(text, line)
        margin = self.padding_x + max(0, (width - 2 * self.padding_x - self.text_width) // 2)
        prefix = para.prefix if line.start == 0 else para.hang or " " * cell_len(para.prefix)
        indent = len(prefix) - len(prefix.lstrip(" "))  # a right-aligned line number's, say
        head = Text(prefix[indent:], style=para.prefix_style) + text
        strip = Strip([Segment(" " * (margin + indent), MARGIN), *head.render(self.app.console, end="")])
        return strip.crop_extend(0, width, None).apply_style(self.rich_style)

    def _stylize_matches(self, text: Text, line: Line) -> None:
        for start, end, current in self._highlights.get(line.para, ()):
            if start < line.end and end > line.start:
                name = "text-view--current-match" if current else "text-view--match"
                text.stylize(
                    self.get_component_rich_style(name),
                    max(start - line.start, 0),
                    min(end, line.end) - line.start,
                )
