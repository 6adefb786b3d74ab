"""The article list: a virtualised line-API view that renders only the rows on screen.

Rows are drawn on demand from the entries, so a list of 100,000 articles costs no more to show
than one of five; titles are converted to the current script only when a row is drawn. A row is an
article, a story (a group of reposts, `×N`, shown as its original), or, under a story expanded
with `z`, one of its members (site, date, title).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, cast

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.entries import Entry
from reader.marks import GLYPHS, NONE, Mark
from reader.stories import Story
from reader.tui.keymap import MOVING, Help
from reader.tui.widgets.vim_keys import VimKeys

REGION_WIDTH, DATE_WIDTH, SOURCE_WIDTH = 8, 10, 12
MARK_WIDTH = 2  # a glyph and a space, before the title, once anything is marked
MEMBER_INDENT = "  ↳ "


@dataclass(frozen=True, slots=True)
class Member:
    """A row under an expanded story: one of its articles."""

    entry: Entry
    story: Story


Row = Entry | Story | Member
_ID = operator.attrgetter("id")


def entry_of(row: Row) -> Entry:
    """The article a row opens: a story opens its original."""
    return row.original if isinstance(row, Story) else row.entry if isinstance(row, Member) else row


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


class ArticleList(VimKeys, can_focus=True):
    """Mark, title, region, date and source per row; the cursor row is highlighted. The mark
    column shows only while `show_marks` (the screen sets it once anything is marked), so a reader
    who never marks keeps every cell for the title."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "open", group=Help("open the article and focus the reader", MOVING)),
    ]
    DEFAULT_CSS = """
    ArticleList { height: 1fr; scrollbar-size-vertical: 1; background: $surface; }
    ArticleList > .article-list--cursor { background: $panel-lighten-1; }
    ArticleList:focus > .article-list--cursor { background: $accent 60%; color: $text; text-style: bold; }
    ArticleList > .article-list--meta { color: $text-muted; }
    ArticleList > .article-list--keep { color: $success; text-style: bold; }
    ArticleList > .article-list--reject { color: $error; text-style: bold; }
    ArticleList > .article-list--count { color: $accent; text-style: bold; }
    ArticleList > .article-list--empty { color: $text-muted; text-style: italic; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--meta",
        "article-list--empty",
        "article-list--keep",
        "article-list--reject",
        "article-list--count",
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
        self._rows: list[Row] = []
        self.empty_message = "Loading articles…"

    @property
    def entries(self) -> list[Entry]:
        """The articles listed, every member of every story included."""
        return self._entries

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def selected_row(self) -> Row | None:
        return self._rows[self.cursor] if 0 <= self.cursor < len(self._rows) else None

    @property
    def selected(self) -> Entry | None:
        row = self.selected_row
        return None if row is None else entry_of(row)

    def set_entries(
        self, entries: list[Entry], keep: str | None = None, rows: list[Row] | None = None
    ) -> None:
        """Show `entries`, as `rows` when grouped, keeping the cursor on article `keep` when it is
        still listed (on its story's row when the story is collapsed)."""
        self._entries = entries
        self._rows = cast(list[Row], entries) if rows is None else rows  # an article a row: no copy
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))
        self.cursor = self.row_of(keep) or 0 if keep is not None else 0
        self.refresh()

    def row_of(self, article: str | None) -> int | None:
        """The row that shows article `article`: its own, its story's or its member row, whichever
        comes first, else its collapsed story's. The passes over every row run in C: only story and
        member rows are looked at one by one."""
        try:
            entry = self._entries[operator.indexOf(map(_ID, self._entries), article)]
        except ValueError:
            return None  # not listed
        rows = self._rows
        own = map(operator.is_, rows, itertools.repeat(entry))
        found = next(itertools.compress(itertools.count(), own), None)
        others = itertools.compress(
            range(len(rows)), map(operator.not_, map(isinstance, rows, itertools.repeat(Entry)))
        )
        grouped = list(others if found is None else itertools.takewhile(found.__gt__, others))  # before it
        found = next((i for i in grouped if entry_of(rows[i]) is entry), found)
        if found is None:  # a repost inside a collapsed story
            inside = (
                i
                for i in grouped
                if isinstance(row := rows[i], Story)
                and any(map(operator.is_, row.members, itertools.repeat(entry)))
            )
            found = next(inside, None)
        return found

    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(len(self._rows) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.scrollable_content_region.height
        if new < self.scroll_y:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif height and new >= self.scroll_y + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.selected))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))

    # -- actions ---------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height - 1, 1)

    def action_edge(self, end: int) -> None:
        self.cursor = 0 if end < 0 else len(self._rows) - 1

    def action_choose(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen(self.selected))

    def on_click(self, event: events.Click) -> None:
        row = event.y + int(self.scroll_y)
        if row < len(self._rows):
            self.cursor = row
            self.action_choose()

    # -- drawing ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + int(self.scroll_y)
        if not self._rows:
            if y == 0:
                style = self.get_component_rich_style("article-list--empty")
                return Strip(fit(self.empty_message, width, style).render(self.app.console))
            return Strip.blank(width, self.rich_style)
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        shown = self._rows[index]
        meta = self.get_component_rich_style("article-list--meta", partial=True)
        if isinstance(shown, Member):
            row = self._member_line(shown.entry, width, meta)
        else:
            row = self._line(
                entry_of(shown), width, meta, len(shown.members) if isinstance(shown, Story) else 0
            )
        if index == self.cursor:
            row.stylize(self.get_component_rich_style("article-list--cursor", partial=True))
        return Strip(row.render(self.app.console)).apply_style(self.rich_style)

    def _line(self, entry: Entry, width: int, meta: Style, count: int) -> Text:
        """Mark, title, region, date and source; a story's title after its `×N`."""
        mark_w = MARK_WIDTH if self.show_marks else 0
        title_w, region_w, date_w, source_w = columns(width - mark_w)
        if count:
            title = Text(no_wrap=True, end="")
            title.append(f"×{count} ", self.get_component_rich_style("article-list--count", partial=True))
            title.append_text(fit(self._title_of(entry), max(title_w - title.cell_len, 1)))
            title.truncate(title_w, pad=True)
        else:
            title = fit(self._title_of(entry), title_w)
        row = Text(end="")
        if mark_w:
            mark = self._mark_of(entry)
            glyph = self.get_component_rich_style(f"article-list--{mark}", partial=True) if mark else Style()
            row.append_text(fit(GLYPHS[mark or NONE], mark_w, glyph))
        row.append_text(title)
        for cell_width, value in (
            (region_w, self._region_of(entry)),
            (date_w, (entry.date or "")[:10]),
            (source_w, entry.source or ""),
        ):
            if cell_width:
                row.append(" ")
                row.append_text(fit(value, cell_width, meta))
        return row

    def _member_line(self, entry: Entry, width: int, meta: Style) -> Text:
        """A story's member: site, date, title, indented under the story."""
        site_w = SOURCE_WIDTH if width >= 50 else 0
        date_w = DATE_WIDTH if width >= 30 else 0
        row = Text(MEMBER_INDENT, meta, end="")
        for cell_width, value in ((site_w, entry.source or "-"), (date_w, (entry.date or "")[:10])):
            if cell_width:
                row.append_text(fit(value, cell_width, meta))
                row.append(" ")
        row.append_text(fit(self._title_of(entry), max(width - row.cell_len, 1)))
        return row
