"""`o`: the article's headings; choosing one jumps there."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.widgets.article_view import Heading


class OutlineScreen(ModalScreen[int | None]):
    """Dismissed with the chosen heading's paragraph index, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o", "dismiss", "Close", show=False),
        Binding("j", "cursor(1)", show=False),
        Binding("k", "cursor(-1)", show=False),
    ]
    DEFAULT_CSS = """
    OutlineScreen { align: center middle; }
    #outline {
        width: 80%; max-width: 80; height: auto; max-height: 80%; border: round $accent; background: $surface;
    }
    """

    def __init__(self, headings: list[Heading], title: str) -> None:
        super().__init__()
        self.headings = headings
        self.article_title = title

    def compose(self) -> ComposeResult:
        options = [
            Option(Text("  " * (h.level - 1) + h.text, no_wrap=True, overflow="ellipsis"), id=str(i))
            for i, h in enumerate(self.headings)
        ]
        outline = OptionList(*options, id="outline", markup=False)
        outline.border_title = self.article_title
        outline.border_subtitle = "enter jumps · escape closes"
        yield outline

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.headings[event.option_index].para)

    def action_cursor(self, step: int) -> None:
        outline = self.query_one(OptionList)
        outline.action_cursor_down() if step > 0 else outline.action_cursor_up()
