"""`e`: the page as it was read, removed lines dimmed and labelled by rule, repairs before → after."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.safe import visible
from reader.tui.widgets.text_view import Para, TextView, Wrapped, wrap_paras

GUTTER = 7  # "  12 │ ": explain lines start with a line number and a mark in these cells


def explain_paras(lines: list[Text]) -> list[Para]:
    """One paragraph per explain line; wrapped lines hang under the text, not the line number."""
    paras = []
    for line in lines:
        plain = line.plain
        if len(plain) > GUTTER and plain[GUTTER - 2] in "│✗↳" and plain[GUTTER - 1] == " ":
            paras.append(Para(line[GUTTER:], prefix=plain[:GUTTER], prefix_style="dim"))
        else:
            paras.append(Para(line))
    return paras


def prepare_explain(lines: list[Text], screen_width: int) -> tuple[list[Para], dict[int, Wrapped]]:
    """Paragraphs and their wraps for a screen this wide, made off the UI thread: a long page takes
    a while to wrap. The view's text is the screen less its border and padding, and less its
    scrollbar once it has one (it is laid out without, first)."""
    paras = explain_paras(lines)
    width = screen_width - 2 - 2 * TextView.padding_x
    return paras, {w: wrap_paras(paras, w) for w in (width, width - 1) if w >= 1}


class ExplainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("e,escape", "dismiss", "Back", show=False)]

    def __init__(self, article: str, paras: list[Para], wrapped: dict[int, Wrapped]) -> None:
        super().__init__()
        self.article = article
        self.paras = paras
        self.wrapped = wrapped

    def compose(self) -> ComposeResult:
        view = TextView(id="explain")
        view.border_title = f"explain {visible(self.article)}"
        view.border_subtitle = "e or escape returns"
        yield view

    def on_mount(self) -> None:
        view = self.query_one(TextView)
        view.set_paras(self.paras, seed=self.wrapped)
        view.focus()
