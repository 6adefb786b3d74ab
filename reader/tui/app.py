"""The Textual app: loads the library in a worker, owns the remembered state, normalises keys."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from reader import state as state_file
from reader.corpus import LoadError
from reader.library import Library, Progress
from reader.safe import visible
from reader.tui.keys import normalise
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False),
        Binding("question_mark", "help", "Help", show=False),
    ]
    main: MainScreen

    def __init__(self, root: Path, *, library: Library | None = None, state_path: Path | None = None) -> None:
        """`library` skips loading (tests share one); `state_path` defaults to the user state directory."""
        super().__init__()
        self.root = root
        self.library = library
        self.state_path = state_path or state_file.default_path()
        self.state, self._state_warning = state_file.load(self.state_path)

    async def on_mount(self) -> None:
        self.main = MainScreen(self.state, self.save_state)
        await self.push_screen(self.main)
        if self._state_warning:
            self.notify(visible(self._state_warning), title="State reset", severity="warning", timeout=8)
        if self.library is None:
            self.load_library()
        else:
            self.main.set_library(self.library)
            self.main.library_progress(Progress(0, 0, len(self.library.entries), done=True))

    @work(thread=True, exit_on_error=False, group="library")
    def load_library(self) -> list[str]:
        """Open the library at once, then let `sync` fill the list while the screen is live."""
        warnings: list[str] = []
        library = Library.open(self.root, on_warning=warnings.append)
        self.call_from_thread(self.main.set_library, library)
        library.sync(lambda progress: self.call_from_thread(self.main.library_progress, progress))
        return warnings

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "library":
            return
        if event.state == WorkerState.SUCCESS:
            warnings = event.worker.result
            for warning in warnings[:3]:
                self.notify(visible(warning), title="Skipped", severity="warning", timeout=8)
            if len(warnings) > 3:
                self.notify(f"…and {len(warnings) - 3} more (`reader list` names them all).",
                            title="Skipped", severity="warning", timeout=8)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, LoadError) else f"{type(error).__name__}: {error}"
            self.main.show_load_error(f"Cannot read the articles: {message}")

    async def on_event(self, event: events.Event) -> None:
        # An input method sends `ｊ` for `j`: read such keys as ASCII unless they are being typed.
        if isinstance(event, events.Key) and not isinstance(self.focused, Input):
            event = normalise(event)
        await super().on_event(event)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        self.main.remember_position()
        self.save_state()
        self.exit()

    def save_state(self) -> None:
        try:
            state_file.save(self.state, self.state_path)
        except OSError as e:
            self.notify(visible(f"Could not save the reader's state: {e}"), severity="warning")


def run(path: Path) -> None:
    """`reader [PATH]`: open the TUI on the articles under `path`."""
    if not path.exists():
        raise LoadError(f"no such file or directory: {path}")
    ReaderApp(path).run()
