"""The article list: a virtualised line-API view that renders only the rows on screen.

Rows are drawn on demand from the entries, so a list of 100,000 articles costs no more to show
than one of five; titles are converted to the current script only when a row is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.entries import Entry
from reader.marks import GLYPHS, NONE, Mark
from reader.tui.keymap import ENDS, MOVING, PAGES, ROWS, Help

REGION_WIDTH, DATE_WIDTH, SOURCE_WIDTH = 8, 10, 12
MARK_WIDTH = 2  # a glyph and a space, before the title, once anything is marked


def columns(width: int) -> tuple[int, int, int, int]:
    """Cells for title, region, date and source at a list `width`; 0 hides a column."""
    region = REGION_WIDTH if width >= 40 else 0
    date = DATE_WIDTH if width >= 30 else 0
    source = SOURCE_WIDTH if width >= 66 else 0
    gaps = sum(1 for w in (region, date, source) if w)
    return max(width - region - date - source - gaps, 1), region, date, source


def fit(text: str, width: int, style: Style | str = "") -> Text:
    """`text` cut or padded to exactly `width` cells, with an ellipsis where it was cut."""
    cell = Text(text, style=style, no_wrap=True, overflow="ellipsis", end="")
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


class ArticleList(ScrollView, can_focus=True):
    """Mark, title, region, date and source per article; the cursor row is highlighted. The mark
    column shows only while `show_marks` (the screen sets it once anything is marked), so a reader
    who never marks keeps every cell for the title."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Next row", show=False, group=ROWS),
        Binding("k,up", "move(-1)", "Previous row", show=False, group=ROWS),
        Binding("space,pagedown", "page(1)", "Page down", show=False, group=PAGES),
        Binding("b,pageup", "page(-1)", "Page up", show=False, group=PAGES),
        Binding("g,home", "first", "Top", show=False, group=ENDS),
        Binding("G,end", "last", "Bottom", show=False, group=ENDS),
        Binding("enter", "choose", "open", group=Help("open the article and focus the reader", MOVING)),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--meta",
        "article-list--empty",
        "article-list--keep",
        "article-list--reject",
    }

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        """The cursor moved to `entry` (None when the list is empty)."""

        def __init__(self, entry: Entry | None) -> None:
            super().__init__()
            self.entry = entry

    class Chosen(Message):
        """`entry` was opened with enter or a click."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(
        self,
        title_of: Callable[[Entry], str],
        region_of: Callable[[Entry], str],
        mark_of: Callable[[Entry], Mark | None],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._title_of = title_of
        self._region_of = region_of
        self._mark_of = mark_of
        self.show_marks = False
        self._entries: list[Entry] = []
        self.empty_message = "Loading articles…"

    @property
    def entries(self) -> list[Entry]:
        return self._entries

    @property
    def selected(self) -> Entry | None:
        return self._entries[self.cursor] if 0 <= self.cursor < len(self._entries) else None

    def set_entries(self, entries: list[Entry], keep: str | None = None) -> None:
        """Show `entries`, keeping the cursor on article `keep` when it is still listed."""
        self._entries = entries
        self.virtual_size = Size(self.scrollable_content_region.width, len(entries))
        index = next((i for i, e in enumerate(entries) if e.id == keep), 0)
        self.cursor = index
        self.refresh()

    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(len(self._entries) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.scrollable_content_region.height
        if new < self.scroll_y:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif height and new >= self.scroll_y + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.selected))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._entries))

    # -- actions ---------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height - 1, 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self._entries) - 1

    def action_choose(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen(self.selected))

    def on_click(self, event: events.Click) -> None:
        row = event.y + int(self.scroll_y)
        if row < len(self._entries):
            self.cursor = row
            self.action_choose()

    # -- drawing ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + int(self.scroll_y)
        if not self._entries:
            if y == 0:
                style = self.get_component_rich_style("article-list--empty")
                return Strip(fit(self.empty_message, width, style).render(self.app.console))
            return Strip.blank(width, self.rich_style)
        if index >= len(self._entries):
            return Strip.blank(width, self.rich_style)
        entry = self._entries[index]
        mark_w = MARK_WIDTH if self.show_marks else 0
        title_w, region_w, date_w, source_w = columns(width - mark_w)
        meta = self.get_component_rich_style("article-list--meta", partial=True)
        row = Text(end="")
        if mark_w:
            mark = self._mark_of(entry)
            glyph = self.get_component_rich_style(f"article-list--{mark}", partial=True) if mark else Style()
            row.append_text(fit(GLYPHS[mark or NONE], mark_w, glyph))
        row.append_text(fit(self._title_of(entry), title_w))
        for cell_width, value in (
            (region_w, self._region_of(entry)),
            (date_w, (entry.date or "")[:10]),
            (source_w, entry.source or ""),
        ):
            if cell_width:
                row.append(" ")
                row.append_text(fit(value, cell_width, meta))
        if index == self.cursor:
            row.stylize(self.get_component_rich_style("article-list--cursor", partial=True))
        return Strip(row.render(self.app.console)).apply_style(self.rich_style)
