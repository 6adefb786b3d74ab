"""`M`: confirm a mark for every article of the list as filtered now. The choice is made with the
cursor and enter, never with a single letter, so no stray key marks thousands of articles."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.marks import GLYPHS, NONE
from reader.safe import visible

CHOICES = (  # (what the screen is dismissed with, the option shown)
    ("keep", f"{GLYPHS['keep']} keep"),
    ("reject", f"{GLYPHS['reject']} reject"),
    (NONE, "  none: clear their marks"),
)


class MarkAllScreen(ModalScreen[str | None]):
    """Dismissed with `keep`, `reject` or `none`, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel", show=False),
        Binding("j", "move('cursor_down')", "Next choice", show=False),
        Binding("k", "move('cursor_up')", "Previous choice", show=False),
    ]

    def __init__(self, count: int, filters: str) -> None:
        super().__init__()
        self.count = count
        self.filters = filters  # "region 四川 · mark none", or "" for the whole list

    def compose(self) -> ComposeResult:
        noun = "article" if self.count == 1 else "articles"
        scope = f"listed now ({visible(self.filters)})" if self.filters else "of the list (no filter)"
        with Vertical(id="mark-all-dialog") as dialog:
            dialog.border_title = f"Mark {self.count:,} {noun}"
            dialog.border_subtitle = "enter marks · escape cancels"
            yield Label(
                f"All {self.count:,} {noun} {scope} will be marked:", id="mark-all-scope", markup=False
            )
            yield OptionList(*(Option(label, id=value) for value, label in CHOICES), id="mark-all-choices")

    def action_move(self, action: str) -> None:
        getattr(self.query_one(OptionList), f"action_{action}")()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
