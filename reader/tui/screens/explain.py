"""`e`: the page as it was read, as `git blame` or `less -N` show a file: line numbers in one gutter,
the text in one column that wrapped lines hang under, removed lines dimmed with their rule after
them, repairs and removed pieces beneath their line as before → after."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.document import Document, Removal, Repair
from reader.render import PageLine, explain
from reader.safe import visible
from reader.tui.widgets.text_view import Para, TextView, Wrapped, wrap_paras


def _note(gutter: str, item: Removal | Repair, times: int) -> Para:
    """A removed piece (✂) or a repair (↳) beneath its line, in the text column, its rule after it."""
    count = f" ×{times}" if times > 1 else ""
    if isinstance(item, Removal):
        text = Text.assemble((visible(item.text), "dim strike"), count, "  ", (f"[{item.rule}]", "yellow"))
        return Para(text, prefix=f"{gutter} ✂ ", prefix_style="dim", hang=f"{gutter} │ ")
    text = Text.assemble(
        (visible(item.before), "red"),
        " → ",
        (visible(item.after), "green"),
        count,
        "  ",
        (f"[{item.rule}]", "cyan"),
    )
    return Para(text, prefix=f"{gutter} ↳ ", prefix_style="dim", hang=f"{gutter} │ ")


def _page_line(line: PageLine, width: int) -> Para:
    """`  9 │ text`: the number right-aligned in the gutter, wrapped lines hanging under the text. A
    removed line's rule follows its text, dimmed: in the gutter it would take a rule's width from
    every line's text, and the kept lines, most of the page, have none."""
    if line.rule:
        text = Text.assemble((line.text, "dim strike"), "  ", (f"[{line.rule}]", "yellow dim"))
        mark = "✗"
    else:
        text, mark = Text(line.text), "│"
    hang = " " * width + " │ "  # wrapped lines: the gutter's rule goes on, the number is not repeated
    return Para(text, prefix=f"{line.number:>{width}} {mark} ", prefix_style="dim", hang=hang)


def explain_paras(doc: Document) -> list[Para]:
    """The page as read in a gutter of line numbers, then the rules used with their examples."""
    explained = explain(doc)
    paras = [Para(Text(explained.summary, style="bold"))]
    if explained.date_note:
        paras.append(Para(Text(explained.date_note, style="dim")))
    width = len(str(len(explained.lines)))
    for index, line in enumerate(explained.lines):
        paras.append(replace(_page_line(line, width), space_before=1 if index == 0 else 0))
        paras += [_note(" " * width, item, times) for item, times in line.notes]
    if explained.rules:
        paras.append(Para(Text("Rules used:", style="bold"), space_before=1))
        names = max(cell_len(name) for name, _ in explained.rules) + 2
        paras += [
            Para(Text(example, style="dim"), prefix=name.ljust(names), prefix_style="yellow")
            for name, example in explained.rules
        ]
    return paras


def prepare_explain(doc: Document, screen_width: int) -> tuple[list[Para], dict[int, Wrapped]]:
    """Paragraphs and their wraps for a screen this wide, made off the UI thread: a long page takes
    a while to wrap. The view's text is the screen less its border and padding, and less its
    scrollbar once it has one (it is laid out without, first)."""
    paras = explain_paras(doc)
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
