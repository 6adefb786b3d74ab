"""`?`: every binding of the reader, as `reader.tui.keymap` reads them from the bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from reader.tui.keymap import help_rows, key_owners
from reader.tui.widgets.text_view import Para, TextView

FULL_WIDTH_NOTE = "Keys typed through a CJK input method (ｊ ｔ ｒ ？ 【 】…) work as their ASCII keys."


def help_paras(skipped: int = 0) -> list[Para]:
    """A keys column, and descriptions that wrap under themselves rather than under the keys; first,
    when files were skipped, where to see them."""
    sections = help_rows(key_owners())
    width = max(cell_len("  ".join(row.keys)) for _, rows in sections for row in rows) + 2
    paras: list[Para] = []
    if skipped:
        paras.append(
            Para(
                Text.assemble(
                    f"{skipped} file{'s were' if skipped != 1 else ' was'} skipped "
                    "or read only in part when loading: ",
                    ("w", "bold"),
                    " lists them.",
                    style="yellow",
                )
            )
        )
    for section, rows in sections:
        paras.append(Para(Text(section, style="bold underline"), space_before=1 if paras else 0))
        for row in rows:
            keys = "  ".join(row.keys)
            paras.append(
                Para(Text(row.text), prefix=keys + " " * (width - cell_len(keys)), prefix_style="bold")
            )
    paras.append(Para(Text(FULL_WIDTH_NOTE, style="dim"), space_before=1))
    return paras


class HelpScreen(ModalScreen[bool]):
    """Dismissed with True when `w` asks for the skipped files."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark", "dismiss(False)", "Close", show=False),
        Binding("w", "skipped", "Skipped files", show=False),
    ]

    def __init__(self, skipped: int = 0) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        view = TextView(id="help-body")
        view.border_title = "Keys"
        view.border_subtitle = "escape closes"
        yield view

    def on_mount(self) -> None:
        view = self.query_one(TextView)
        view.padding_x = 1
        view.set_paras(help_paras(self.skipped))
        view.focus()

    def action_skipped(self) -> None:
        """`w` here: the skipped files, in place of the help (the app opens them on this result)."""
        self.dismiss(True)
