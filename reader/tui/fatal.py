"""An unexpected error ends the app with one line instead of Textual's traceback.

Textual has no public hook for an unhandled exception (Textualize/textual#2818, #5325): every
handler, timer and worker that fails calls `App._handle_exception`, which calls the private
`App._fatal_error` to print a traceback with locals. This module is the one place that overrides it;
`tests/tui/test_fatal.py` fails if Textual renames or reshapes that hook. The line itself goes out
through the public `App.panic`.
"""

from __future__ import annotations

import sys

from rich.text import Text
from textual.app import App, ReturnType


class OneLineErrors(App[ReturnType]):
    """An app that says an unexpected error in the one line `error_line` gives."""

    def error_line(self, error: BaseException | None) -> str:
        """The line to print for `error` (None when Textual kept no exception)."""
        return f"{type(error).__name__}: {error}" if error else "unknown error"

    def _fatal_error(self) -> None:
        # Called while the exception is handled; a failed worker's is kept in `_exception`.
        self.panic(Text(self.error_line(sys.exc_info()[1] or self._exception)))
