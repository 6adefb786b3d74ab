"""The one-line prompt at the bottom, in the manner of less and vim: region filter, list filter, find."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from reader.tui.keymap import BACK

Mode = Literal["region", "filter", "find"]
LABELS: dict[Mode, str] = {"region": "region", "filter": "filter", "find": "find"}
PLACEHOLDERS: dict[Mode, str] = {
    "region": "四川, 廣安, sichuan, sc, 51…   enter keeps · escape clears",
    "filter": "words in the title or text   enter keeps · escape clears",
    "find": "words in this article   enter keeps · escape clears · n/N next/previous",
}


class Prompt(Horizontal):
    """Hidden until opened; reports every edit (`Changed`) and how it was closed (`Closed`)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", show=False, group=BACK)]

    class Changed(Message):
        def __init__(self, mode: Mode, value: str) -> None:
            super().__init__()
            self.mode, self.value = mode, value

    class Closed(Message):
        """`kept` is False when the prompt was cancelled with escape."""

        def __init__(self, mode: Mode, value: str, kept: bool) -> None:
            super().__init__()
            self.mode, self.value, self.kept = mode, value, kept

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode: Mode = "region"

    def compose(self) -> ComposeResult:
        yield Label(id="prompt-label", markup=False)
        yield Input(id="prompt-input", compact=True, select_on_focus=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def open(self, mode: Mode, value: str = "") -> None:
        self.mode = mode
        self.query_one(Label).update(f"{LABELS[mode]}: ")
        with self.input.prevent(Input.Changed):
            self.input.value = value
        self.input.cursor_position = len(value)
        self.input.placeholder = PLACEHOLDERS[mode]
        self.display = True
        self.input.focus()

    def close(self, kept: bool) -> None:
        self.display = False
        self.post_message(self.Closed(self.mode, self.input.value if kept else "", kept))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.mode, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close(kept=True)

    def action_cancel(self) -> None:
        self.close(kept=False)
