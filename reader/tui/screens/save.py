"""`s` and `x`: confirm where to save the article as Markdown, or export the list. Never inside the
articles folder."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.safe import visible


def default_save_path(article: str, folder: Path) -> Path:
    """`<id>.md` in `folder`; an id made of a relative path keeps only file-name characters."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in article).strip(".") or "article"
    return folder / f"{name}.md"


def refusal(path: Path, articles: Path) -> str | None:
    """Why `path` may not be written, or None when it may."""
    target = path.expanduser().resolve()
    root = articles.resolve()
    if target == root or root in target.parents:
        return "that is inside the articles folder; the reader never writes there"
    if target.is_dir():
        return "that is a folder; give a file name"
    if not target.parent.is_dir():
        return f"no such folder: {visible(str(target.parent))}"
    return None


class SaveScreen(ModalScreen[Path | None]):
    """Dismissed with the confirmed path, or None. An existing file needs a second enter."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Cancel", show=False)]
    DEFAULT_CSS = """
    SaveScreen { align: center middle; }
    #save-dialog {
        width: 80%; max-width: 90; height: auto; border: round $accent; background: $surface; padding: 1 2;
    }
    #save-message { color: $warning; margin-top: 1; }
    """

    def __init__(self, default: Path, articles: Path, title: str = "Save as Markdown") -> None:
        super().__init__()
        self.default = default
        self.articles = articles
        self.title = title
        self._confirm_overwrite: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog") as dialog:
            dialog.border_title = self.title
            dialog.border_subtitle = "enter saves · escape cancels"
            yield Input(str(self.default), id="save-path", select_on_focus=False)
            yield Label("", id="save-message", markup=False)

    def on_input_changed(self) -> None:
        self._confirm_overwrite = None
        self.query_one("#save-message", Label).update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = Path(event.value.strip()).expanduser()
        message = self.query_one("#save-message", Label)
        reason = refusal(path, self.articles) if event.value.strip() else "give a path"
        if reason:
            message.update(f"Cannot save: {reason}")
        elif path.exists() and self._confirm_overwrite != path:
            self._confirm_overwrite = path
            message.update("That file exists; press enter again to overwrite it.")
        else:
            self.dismiss(path)
