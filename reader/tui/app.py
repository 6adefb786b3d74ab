"""The Textual app: loads the library in a worker, owns the remembered state, normalises keys.

Files that could not be read are named once: in one notification when loading ends (each file when
there are few, the count when many) and in the skipped-files list, `w`, which the status bar and
the help point to. An unexpected error ends the app with one line, never a traceback: the details
go to a crash report in the state directory.
"""

from __future__ import annotations

import contextlib
import time
import traceback
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from reader import state as state_file
from reader.corpus import DEFAULT_FIELDS, Fields, LoadError
from reader.library import Library, Progress
from reader.marks import FILE_NAME as MARKS_FILE
from reader.marks import Marks
from reader.prefetch import Prefetch
from reader.safe import visible
from reader.tui.commands import PROVIDERS
from reader.tui.fatal import OneLineErrors
from reader.tui.keymap import Help
from reader.tui.keys import normalise
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen
from reader.tui.screens.skipped import SkippedScreen, load_notice, skipped_lines, skipped_title
from reader.tui.widgets.status_bar import StatusBar


class Closing(Exception):
    """The app is quitting while the library still syncs."""


class ReaderApp(OneLineErrors[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    COMMANDS: ClassVar[set] = set(PROVIDERS)  # ctrl+p: articles by title, regions, the view's switches
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "help", group=Help("this help")),
        Binding("q", "quit", "quit", group=Help("quit")),
        Binding(
            "w",
            "skipped",
            "Skipped files",
            show=False,
            group=Help(
                "skipped files: those that could not be read, or only in part, and why (the status bar "
                "shows how many)"
            ),
        ),
    ]
    main: MainScreen
    crash_report: Path | None = None  # where the traceback went, after an unexpected error

    def __init__(
        self,
        root: Path,
        *,
        library: Library | None = None,
        state_path: Path | None = None,
        warming: Prefetch | None = None,
        fields: Fields = DEFAULT_FIELDS,
    ) -> None:
        """`library` skips loading (tests share one); `state_path` defaults to the user state
        directory; `warming` is a child indexing the first articles, to wait for before loading;
        `fields` name the record fields of JSON Lines and Parquet corpora."""
        super().__init__()
        self.root = root
        self.fields = fields
        self.library = library
        self.warming = warming
        self.state_path = state_path or state_file.default_path()
        self.state, self._state_warning = state_file.load(self.state_path)
        self.marks = Marks(self.state_path.parent / MARKS_FILE)  # beside the state, in tests too
        self.skipped: list[str] = []  # one harmless line per file skipped or read in part
        self.closing = False  # set on quit: a sync still running stops at its next batch

    async def on_mount(self) -> None:
        self.main = MainScreen(self.state, self.save_state, self.marks)
        await self.push_screen(self.main)
        if self._state_warning:
            self.notify(
                visible(self._state_warning), title="State reset", severity="warning", timeout=8, markup=False
            )
        if marks_warning := self.marks.take_warning():
            self.notify(visible(marks_warning), title="Marks", severity="warning", timeout=8, markup=False)
        if self.library is None:
            self.load_library()
        else:
            self.main.set_library(self.library)
            self.main.library_progress(Progress(0, 0, len(self.library.entries), done=True))
            self._loaded()

    @work(thread=True, exit_on_error=False, group="library")
    def load_library(self) -> None:
        """Open the library at once, then let `sync` fill the list while the screen is live: first
        the rows the prefetching child stored, then each batch the pool commits."""
        if self.warming:
            self.warming.wait()
        library = Library.open(self.root, fields=self.fields)
        self.call_from_thread(self._opened, library)

        def progress(p: Progress) -> None:
            if self.closing:
                raise Closing  # the pool is stopped on the way out; what was committed stays
            self.call_from_thread(self.main.library_progress, p)

        with contextlib.suppress(Closing):
            library.sync(progress)

    def _opened(self, library: Library) -> None:
        self.library = library
        self.main.set_library(library)
        notice = library.index.notice if library.index else None
        if notice:
            self.notify(visible(notice), title="Index", severity="warning", timeout=8, markup=False)

    def _loaded(self) -> None:
        """Loading ended (with articles or without): name the files that were skipped."""
        if self.library is None:
            return
        self.skipped = skipped_lines(self.library.warnings, self.root)
        self.main.query_one(StatusBar).update_status(skipped=len(self.skipped))
        if self.skipped:
            self.notify(
                load_notice(self.skipped),
                title=skipped_title(len(self.skipped)),
                severity="warning",
                timeout=10,
                markup=False,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "library":
            return
        if event.state == WorkerState.SUCCESS:
            self._loaded()
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, LoadError) else f"{type(error).__name__}: {error}"
            self.main.show_load_error(f"Cannot read the articles: {message}")
            self._loaded()

    async def on_event(self, event: events.Event) -> None:
        # An input method sends `ｊ` for `j`: read such keys as ASCII unless they are being typed.
        if isinstance(event, events.Key) and not isinstance(self.focused, Input):
            event = normalise(event)
        await super().on_event(event)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(len(self.skipped)), self._after_help)

    def _after_help(self, show_skipped: bool | None) -> None:
        if show_skipped:
            self.action_skipped()

    def action_skipped(self) -> None:
        if not isinstance(self.screen, SkippedScreen):
            self.push_screen(SkippedScreen(self.skipped, self.root))

    async def action_quit(self) -> None:
        self.closing = True
        self.main.remember_position()
        self.save_state()
        self.exit()

    def save_state(self) -> None:
        try:
            state_file.save(self.state, self.state_path)
        except OSError as e:
            self.notify(visible(f"Could not save the reader's state: {e}"), severity="warning", markup=False)

    def error_line(self, error: BaseException | None) -> str:
        """An unexpected error: one line for the user, the traceback to a crash report."""
        line = visible(super().error_line(error)[:300])
        try:
            folder = self.state_path.parent
            folder.mkdir(parents=True, exist_ok=True)
            report = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
            details = "".join(traceback.format_exception(error)) if error else line
            report.write_text(visible(details), encoding="utf-8", errors="replace")
            self.crash_report = report
            where = f"; details in {visible(str(report))}"
        except OSError:
            where = ""
        return f"reader: internal error: {line}{where}"


def run(path: Path, warming: Prefetch | None = None, fields: Fields = DEFAULT_FIELDS) -> None:
    """`reader [PATH]`: open the TUI on the articles under `path`."""
    if not path.exists():
        raise LoadError(f"no such file or directory: {path}")
    app = ReaderApp(path, warming=warming, fields=fields)
    app.run()
    if app.crash_report is not None or app.return_code:
        raise SystemExit(app.return_code or 1)
