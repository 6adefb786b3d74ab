"""The moving keys every scrolling pane shares: j/k and the arrows, space/b and PgDn/PgUp, g/G and
Home/End, with their rows of the help. Each pane says what a step, a page and an edge are to it.

A `ScrollView`, not a bare mixin: Textual reads `BINDINGS` only from its own node classes, and a widget
class put ahead of `ScrollView` would cut it out of the CSS type chain.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.scroll_view import ScrollView

from reader.tui.keymap import ENDS, PAGES, ROWS


class VimKeys(ScrollView):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Down", show=False, group=ROWS),
        Binding("k,up", "move(-1)", "Up", show=False, group=ROWS),
        Binding("space,pagedown", "page(1)", "Page down", show=False, group=PAGES),
        Binding("b,pageup", "page(-1)", "Page up", show=False, group=PAGES),
        Binding("g,home", "edge(-1)", "Top", show=False, group=ENDS),
        Binding("G,end", "edge(1)", "Bottom", show=False, group=ENDS),
    ]

    def action_move(self, step: int) -> None:
        """One row (or line) down, or up for -1."""
        raise NotImplementedError

    def action_page(self, direction: int) -> None:
        """A screenful down, or up for -1."""
        raise NotImplementedError

    def action_edge(self, end: int) -> None:
        """To the bottom, or the top for -1."""
        raise NotImplementedError
