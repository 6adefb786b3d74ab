"""`w`: the files that were skipped, or read only in part, when the library loaded, and why.

The library warns once per file (`Library.warnings`, "<path>: <reason>"). Here each is shown once,
its path relative to the articles folder, made harmless with `visible`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from reader.safe import visible
from reader.tui.screens.text import TextScreen
from reader.tui.widgets.text_view import Para, Wrapped

NOTIFY_EACH = 5  # up to this many skipped files, the load notification names each; above, it counts


def relative(warning: str, root: Path) -> str:
    """`"articles/a/b.txt: skipped, empty"` → `"a/b.txt: skipped, empty"` for root `articles`:
    the library spells a file as the root was given, then the path under it."""
    shown = str(root)
    prefix = "" if shown == "." else shown if shown.endswith(os.sep) else shown + os.sep
    return warning[len(prefix) :] if prefix and warning.startswith(prefix) else warning


def skipped_lines(warnings: list[str], root: Path) -> list[str]:
    """One harmless line per skipped file, in the library's (folder walk) order."""
    return [visible(relative(w, root)) for w in warnings]


def load_notice(lines: list[str]) -> str:
    """The one notification shown when loading ends: each file when few, else the count."""
    if len(lines) <= NOTIFY_EACH:
        return "\n".join(lines) + "\n(w lists them)"
    return f"{len(lines)} files were skipped or read only in part; w lists them with the reasons."


def skipped_title(count: int) -> str:
    return f"Skipped {count} file{'s' if count != 1 else ''}"


def skipped_paras(lines: list[str], root: Path) -> list[Para]:
    if not lines:
        return [Para(Text("No file was skipped: every article file under the folder loaded."))]
    paras = [
        Para(
            Text(
                f"Under {visible(str(root))}, these files could not be read, or only some of "
                "their records could; everything else loaded. Your files are never changed.",
                style="dim",
            )
        )
    ]
    paras.extend(Para(Text(line), prefix="• ", space_before=0 if i else 1) for i, line in enumerate(lines))
    return paras


class SkippedScreen(ModalScreen[None], TextScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("w", "close", "Close", show=False)]
    DEFAULT_CSS = """
    SkippedScreen { align: center middle; }
    #skipped-body { width: 90%; max-width: 110; height: 90%; border: round $accent; }
    """
    BODY_ID = "skipped-body"
    PADDING_X = 1

    def __init__(self, lines: list[str], root: Path) -> None:
        super().__init__()
        self.lines = lines
        self.root = root

    def body_title(self) -> str:
        return skipped_title(len(self.lines))

    def body(self) -> tuple[list[Para], dict[int, Wrapped] | None]:
        return skipped_paras(self.lines, self.root), None
