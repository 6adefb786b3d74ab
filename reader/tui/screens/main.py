"""The main screen: the article list beside the reader pane, the prompt and the footer.

The article under the list cursor is always the one in the reader, so every key acts on what the
reader shows. Opening (cleaning and conversion), text search and explain run in thread workers.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import Worker, WorkerState, get_current_worker

from reader import marks as marks_module
from reader.corpus import LoadError
from reader.document import TRADITIONAL, Document, Script
from reader.entries import Entry
from reader.library import Library, Progress
from reader.marks import GLYPHS, Marks, next_filter, next_mark
from reader.regions import region_tree
from reader.render import render_markdown, render_text
from reader.safe import visible
from reader.state import State
from reader.stats import in_month
from reader.stories import Story
from reader.tui.keymap import BACK, FILTERING, MOVING, READING, REPOSTS, TRIAGE, Help
from reader.tui.listing import Labels, next_script, next_traditional
from reader.tui.screens.explain import ExplainScreen, prepare_explain
from reader.tui.widgets.article_list import ArticleList, Member, Row
from reader.tui.widgets.article_view import ArticleView, Prepared, prepare
from reader.tui.widgets.prompt import Prompt
from reader.tui.widgets.status_bar import SCRIPT_LABELS, StatusBar
from reader.tui.widgets.text_view import Para, Wrapped

if TYPE_CHECKING:
    from reader.tui.screens.overview import Choice

# A list of entries and its rows with each group of reposts as one story (`Library.collapse`), for
# the library's listing then: `Library.entries`, the list of entries, and the rows.
Collapsed = tuple[list[Entry], list[Entry], list[Entry | Story]]
WIDE = 100  # columns from which the list and the reader sit side by side
# A text search starts once typing pauses this long: a key typed sooner cancels it before it runs,
# so the corpus search of a word typed half-way never competes with the keystrokes for the GIL.
SEARCH_DELAY_S = 0.15
STEP = Help("next/previous article within the current filter", MOVING)


# What the thread workers post back, each handled by its own `@on` handler.


class Opened(Message):
    """An article laid out, and where to scroll it to."""

    def __init__(self, prepared: Prepared, fraction: float) -> None:
        super().__init__()
        self.prepared, self.fraction = prepared, fraction


class Unreadable(Message):
    """An article that could not be opened: its file was deleted, moved or changed since listing."""

    def __init__(self, entry: Entry, reason: str) -> None:
        super().__init__()
        self.entry, self.reason = entry, reason


class Searched(Message):
    """The articles whose text holds every word of `query`, and `collapsed`: them as a list of
    `listing` collapses them (grouped in the worker, off the event loop), None with grouping off."""

    def __init__(self, query: str, entries: list[Entry], collapsed: Collapsed | None) -> None:
        super().__init__()
        self.query, self.entries, self.collapsed = query, entries, collapsed


class Explained(Message):
    """An article's explain view, laid out."""

    def __init__(self, article: str, paras: list[Para], wrapped: dict[int, Wrapped]) -> None:
        super().__init__()
        self.article, self.paras, self.wrapped = article, paras, wrapped


class Exported(Message):
    def __init__(self, count: int, path: Path) -> None:
        super().__init__()
        self.count, self.path = count, path


class MainScreen(Screen[None]):
    # Textual declares it `ClassVar[...] | None`, which mypy reads as an instance variable.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]  # type: ignore[misc]
    # What each key does is said here, once: the help, the status bar and the README read it (keymap).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to the list", show=False, group=BACK),
        Binding(
            "l",
            "toggle_list",
            "List",
            show=False,
            group=Help("show/hide the list (at 80 columns the list and the reader take turns)", MOVING),
        ),
        Binding("right_square_bracket", "step(1)", "Next article", show=False, group=STEP),
        Binding("left_square_bracket", "step(-1)", "Previous article", show=False, group=STEP),
        Binding(
            "t",
            "cycle_script",
            "script",
            group=Help(
                "script: original → the selected article's other script → its own script → original "
                "(so the first t always changes what you read); the list, header and body all follow",
                READING,
            ),
        ),
        Binding(
            "T",
            "cycle_traditional",
            "Traditional standard",
            show=False,
            group=Help(
                "the Traditional standard t shows: 繁體 (OpenCC) → 繁體·臺灣 (Taiwan's forms and phrases: "
                "軟體, 網路) → 繁體·香港; the reader's header names the one shown",
                READING,
            ),
        ),
        Binding(
            "p",
            "toggle_punctuation",
            "Punctuation",
            show=False,
            group=Help(
                "punctuation: half-width , ? ! : ; ( ) between hanzi shown full-width (，？！：；（）); "
                "display only, never written back; off by default",
                READING,
            ),
        ),
        Binding(
            "h",
            "toggle_headings",
            "headings",
            group=Help("headings on/off; off reads headings as plain paragraphs, with no outline", READING),
        ),
        Binding(
            "o",
            "outline",
            "Outline",
            show=False,
            group=Help("outline: the article's headings; enter jumps there", READING),
        ),
        Binding(
            "e",
            "explain",
            "Explain",
            show=False,
            group=Help(
                "explain: the page as read, line numbers in the gutter, removed lines dimmed with their "
                "rule after them, repairs before → after; e again returns",
                READING,
            ),
        ),
        Binding(
            "r",
            "prompt('region')",
            "region",
            group=Help(
                "region quick filter, live as you type: 四川, 廣安, sichuan, sc, 51…, 未知 for "
                "none found; enter keeps it, escape clears it",
                FILTERING,
            ),
        ),
        Binding(
            "slash",
            "slash",
            "filter·find",
            group=Help(
                "in the reader: find in the article, in either script (n/N next/previous match); "
                "in the list: filter by title and text; enter keeps, escape clears",
                READING,
            ),
        ),
        Binding(
            "R",
            "region_tree",
            "Region tree",
            show=False,
            group=Help(
                "region tree: province → city → county with counts; enter filters by a node", FILTERING
            ),
        ),
        Binding(
            "v",
            "overview",
            "Overview",
            show=False,
            group=Help(
                "overview of the list as filtered now: articles per province as bars (a province's "
                "cities when the list lies in one), per month as a timeline; enter on a province sets the "
                "region filter, on a month filters by that month (undated: no date), shown in the status "
                "bar and cleared by escape in the list; tab switches chart; escape or v closes",
                FILTERING,
            ),
        ),
        Binding(
            "y",
            "copy",
            "Copy",
            show=False,
            group=Help("copy the cleaned article as text to the clipboard (OSC 52)"),
        ),
        Binding(
            "s",
            "save",
            "Save",
            show=False,
            group=Help(
                "save the article as Markdown (default <id>.md here; never inside the articles folder)"
            ),
        ),
        Binding(
            "x",
            "export",
            "Export",
            show=False,
            group=Help(
                "export the list as it is filtered now, in the script shown: .jsonl, .csv or .parquet by "
                "the file name (default in your documents folder; never inside the articles folder)"
            ),
        ),
        Binding(
            "m",
            "mark",
            "Mark",
            show=False,
            group=Help(
                "mark: keep ✓ → reject ✗ → none, shown in a narrow column at the left of the list once "
                "anything is marked; kept by the article's text, through renames",
                TRIAGE,
            ),
        ),
        Binding(
            "M",
            "mark_all",
            "Mark all",
            show=False,
            group=Help(
                "mark every article listed now: a confirmation names how many, and j k enter choose keep, "
                "reject or none (clears their marks); escape cancels",
                TRIAGE,
            ),
        ),
        Binding(
            "f",
            "cycle_mark_filter",
            "Mark filter",
            show=False,
            group=Help("mark filter: all → keep → reject → none (unmarked) → all; escape clears it", TRIAGE),
        ),
        Binding(
            "Z",
            "toggle_grouping",
            "Group reposts",
            show=False,
            group=Help(
                "reposts grouped (on by default): one row per story, ×N with the original's date and "
                "source (the earliest), enter opens the original; Z again lists every article",
                REPOSTS,
            ),
        ),
        Binding(
            "z",
            "toggle_story",
            "Expand or collapse reposts",
            show=False,
            group=Help(
                "show the articles of the story under the cursor (site, date, title), or hide them", REPOSTS
            ),
        ),
    ]

    def __init__(self, state: State, persist: Callable[[], None], marks: Marks) -> None:
        super().__init__()
        self.state = state
        self.persist = persist  # writes the state file
        self.marks = marks
        self._return_focus: Widget | None = None
        self.library: Library | None = None
        self.current: Entry | None = None
        self.text_query = ""
        self.find_query = ""
        self.month_filter = ""  # `2021-12` or `undated`, chosen in the overview (`v`); escape clears it
        self.mark_filter = ""  # `keep`, `reject` or `none`, cycled with `f`; escape clears it
        self._search: tuple[str, list[Entry]] | None = None  # a finished text search: query, results
        # The list last collapsed into stories: a list shown again (`z`, a search's results) is not
        # grouped again; 100,000 hits take a few hundred milliseconds to group.
        self._collapsed: Collapsed | None = None
        self._listed = 0  # entries the library had when the list was last filled
        self.expanded: set[str] = set()  # the group keys of the stories whose members are shown (`z`)
        self._labels = Labels()

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-pane") as pane:
                pane.border_title = "Articles"
                yield ArticleList(
                    lambda e: self._labels.title(e, self.state.script),
                    lambda e: self._labels.region(e, self.state.script),
                    self.marks.of,
                    id="articles",
                )
            with Vertical(id="reader-pane"):
                yield ArticleView(id="reader")
        yield Prompt(id="prompt")
        yield StatusBar(id="status")

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.query_one(Prompt).display = False
        self.article_list.focus()
        self.refresh_status()

    # -- library and list ------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show `library`, which may still be filling (see `library_progress`)."""
        self.library = library
        self.article_list.empty_message = "Reading the articles…"
        self.refilter()

    def show_load_error(self, message: str) -> None:
        self.article_list.empty_message = visible(message)
        self.article_list.refresh()

    def library_progress(self, progress: Progress) -> None:
        """The library grew, or indexing went on. The list shows every row committed so far: they
        come in walk order, so the rows on screen stay where they are as more arrive below them, and
        the user can move, open, read and filter meanwhile. The status bar shows how far indexing
        has got (search finds what is indexed so far)."""
        article_list = self.article_list
        indexing = progress.to_clean and not progress.done
        self.query_one(StatusBar).update_status(
            indexing=f"{progress.cleaned:,}/{progress.to_clean:,}" if indexing else ""
        )
        if progress.done:
            article_list.empty_message = "No article matches the filter (r or / to change it)"
        elif progress.to_clean:
            article_list.empty_message = f"Indexing the articles… {progress.cleaned}/{progress.to_clean}"
        if progress.done or progress.entries != self._listed:
            self._listed = progress.entries
            self.refilter()
        else:
            article_list.refresh()

    def refilter(self) -> None:
        """The list for the region filter and the title-and-text filter, cursor kept on its article."""
        if self.library is None:
            return
        region, query = self.state.region_filter, self.text_query.strip()
        if query and self._search is not None and self._search[0] == query:
            entries = self._search[1]  # never changed in place: the same list keeps its stories
            if region:
                in_region = {e.id for e in self.library.filter(region)}
                entries = [e for e in entries if e.id in in_region]
        elif self.state.grouping and not (self.month_filter or self.mark_filter):
            listing = self.library.entries  # read first: a listing replaced meanwhile goes unused
            entries, rows = self.library.filter_collapsed(region, query)  # by title, till searched
            self._collapsed = (listing, entries, rows)
        else:
            entries = self.library.filter(region, query)  # by title alone until the text search ends
        if self.month_filter:
            entries = in_month(entries, self.month_filter)
        if self.mark_filter:
            entries = marks_module.select(entries, self.marks, self.mark_filter)
        self.article_list.show_marks = len(self.marks) > 0
        selected = self.article_list.selected
        keep = selected.id if selected else self.state.last_article
        self.article_list.set_entries(entries, keep, self._grouped(entries))
        self.refresh_status()

    def _grouped(self, entries: list[Entry]) -> list[Row] | None:
        """The list's rows with grouping on: a row per story, and the members of expanded ones."""
        if not self.state.grouping or self.library is None:
            return None
        collapsed = self._collapse(self.library, entries)
        if not self.expanded:
            return list(collapsed)  # in C: no row to look at one by one
        rows: list[Row] = []
        for row in collapsed:
            rows.append(row)
            if isinstance(row, Story) and row.group in self.expanded:
                rows += [Member(member, row) for member in row.members]
        return rows

    def _collapse(self, library: Library, entries: list[Entry]) -> list[Entry | Story]:
        """`entries` collapsed into stories, once per list (and per listing: a sync regroups)."""
        cached = self._collapsed
        if cached is None or cached[0] is not library.entries or cached[1] is not entries:
            cached = self._collapsed = collapsed(library, entries)
        return cached[2]

    def refresh_status(self) -> None:
        total = len(self.library.entries) if self.library else 0
        shown = len(self.article_list.entries)
        rows = self.article_list.rows
        members = operator.countOf(map(type, rows), Member) if self.expanded else 0  # in C
        stories = len(rows) - members
        self.query_one(StatusBar).update_status(
            region=self.state.region_filter,
            filter=self.text_query,
            month=self.month_filter,
            mark=self.mark_filter,
            shown=shown,
            stories=stories if stories < shown else 0,
            total=total,
            script=self.state.script,
            headings=self.state.headings,
            punctuation=self.state.punctuation,
        )

    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        if event.entry is None:
            self.current = None
            self.query_one("#reader-pane").border_title = ""
            self.reader.set_paras([])
        elif self.current is None or event.entry.id != self.current.id:
            self.open(event.entry)

    def on_article_list_chosen(self, event: ArticleList.Chosen) -> None:
        if self.current is None or event.entry.id != self.current.id:
            self.open(event.entry)
        self.reader.focus()

    # -- opening articles ------------------------------------------------------------------------

    def open(self, entry: Entry, fraction: float | None = None) -> None:
        """Show `entry` in the reader, at `fraction` or where it was last left."""
        self.remember_position()
        self.current = entry
        self.state.last_article = entry.id
        shown = self.state.script
        # The header names the script shown, and which Traditional standard it is.
        self.query_one("#reader-pane").border_title = visible(entry.id) + (
            f" · {SCRIPT_LABELS[shown]}" if shown != "original" else ""
        )
        if fraction is None:
            fraction = self.state.positions.get(entry.id, 0.0)
        widths = self.reader.likely_widths(ArticleView.max_text_width)
        self.load_article(
            entry,
            self.state.script,
            self.state.headings,
            self.state.punctuation,
            fraction,
            self.reader.styles_for_build(),
            widths,
        )
        self.persist()

    def remember_position(self) -> None:
        prepared = self.reader.prepared
        if self.current is not None and prepared is not None and prepared.article == self.current.id:
            self.state.remember_position(self.current.id, self.reader.fraction)

    def reload(self) -> None:
        if self.current is not None:
            self.open(self.current, self.reader.fraction)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def load_article(
        self,
        entry: Entry,
        script: Script,
        headings: bool,
        punctuation: bool,
        fraction: float,
        styles: dict[str, Style],
        widths: tuple[int, ...],
    ) -> None:
        assert self.library is not None
        try:
            doc = self.library.view(entry, script, headings, punctuation)
        except (LoadError, OSError) as e:
            self.post_message(Unreadable(entry, str(e)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(Opened(prepare(entry.id, doc, script, styles, widths), fraction))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search_text(self, query: str) -> None:
        assert self.library is not None
        worker = get_current_worker()
        if worker.cancelled_event.wait(SEARCH_DELAY_S):  # typed past before it began
            return
        entries = self.library.search(query)
        if not worker.is_cancelled:
            grouped = collapsed(self.library, entries) if self.state.grouping else None
            self.post_message(Searched(query, entries, grouped))

    @work(thread=True, exclusive=True, group="explain", exit_on_error=False)
    def load_explain(self, entry: Entry, screen_width: int) -> None:
        assert self.library is not None
        self.post_message(Explained(entry.id, *prepare_explain(self.library.document(entry), screen_width)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed: the one place its error reaches the user."""
        worker = event.worker
        if event.state == WorkerState.ERROR:
            error = worker.error
            if isinstance(error, LoadError | OSError) and self.current is not None:
                self.notify(
                    visible(f"Cannot read {self.current.path}: {error}"),
                    title="Article unreadable",
                    severity="warning",
                    markup=False,
                )
            else:
                self.notify(
                    visible(f"{worker.group}: {type(error).__name__}: {error}"),
                    title="Something went wrong",
                    severity="error",
                    markup=False,
                )

    @on(Opened)
    def _show(self, opened: Opened) -> None:
        if self.current is None or opened.prepared.article != self.current.id:
            return
        self.reader.show(opened.prepared, opened.fraction)
        self.find_query = ""
        self.query_one(StatusBar).update_status(find="")

    @on(Searched)
    def _searched(self, searched: Searched) -> None:
        if searched.query == self.text_query.strip():  # not a query the user has typed past
            self._search = (searched.query, searched.entries)
            self._collapsed = searched.collapsed or self._collapsed
            self.refilter()

    @on(Explained)
    def _explained(self, explained: Explained) -> None:
        self.app.push_screen(ExplainScreen(explained.article, explained.paras, explained.wrapped))

    @on(Exported)
    def _exported(self, exported: Exported) -> None:
        message = f"Exported {exported.count:,} articles to {exported.path}"
        self.notify(visible(message), timeout=5, markup=False)

    @on(Unreadable)
    def _unreadable(self, failed: Unreadable) -> None:
        if self.current is None or failed.entry.id != self.current.id:
            return
        message = visible(f"Cannot read {failed.entry.path}: {failed.reason}")
        self.reader.show_message(
            f"{message}\n\nIts file was deleted, moved or changed since the list was "
            "made; the list is brought up to date the next time the reader starts."
        )
        self.notify(message, title="Article unreadable", severity="warning", markup=False)

    def on_article_view_scrolled(self, event: ArticleView.Scrolled) -> None:
        self.query_one("#reader-pane").border_subtitle = f"{event.percent}%"

    # -- focus and layout ------------------------------------------------------------------------

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # At 80 columns the list and the reader take turns: whichever has focus is shown.
        if event.widget is self.reader:
            self.add_class("-reading")
        elif event.widget is self.article_list:
            self.remove_class("-reading")

    def action_back(self) -> None:
        if self.focused is self.article_list and (self.month_filter or self.mark_filter):
            self.month_filter = self.mark_filter = ""  # escape in the list clears these filters
            self.refilter()
            return
        self.remove_class("-list-hidden")
        self.article_list.focus()

    def action_toggle_list(self) -> None:
        if self.has_class("-narrow"):
            (self.article_list if self.has_class("-reading") else self.reader).focus()
            return
        self.toggle_class("-list-hidden")
        if self.has_class("-list-hidden"):
            self.reader.focus()

    def action_step(self, step: int) -> None:
        before = self.article_list.cursor
        self.article_list.cursor += step
        if self.article_list.cursor == before:
            self.notify("Last article in the list" if step > 0 else "First article in the list", timeout=2)

    # -- modes -----------------------------------------------------------------------------------

    def action_cycle_script(self) -> None:
        self.state.script = next_script(
            self.state.script, self.current.script if self.current else None, self.state.traditional
        )
        self.article_list.refresh()
        self.refresh_status()
        self.reload()

    def action_cycle_traditional(self) -> None:
        """`T`: the next Traditional standard; shown at once if Traditional is being shown."""
        self.state.traditional = next_traditional(self.state.traditional)
        if self.state.script in TRADITIONAL:
            self.state.script = self.state.traditional
            self.article_list.refresh()
            self.reload()
        self.refresh_status()
        self.notify(f"Traditional standard: {SCRIPT_LABELS[self.state.traditional]}", timeout=2)
        self.persist()

    def action_toggle_punctuation(self) -> None:
        self.state.punctuation = not self.state.punctuation
        self.refresh_status()
        self.reload()
        self.persist()

    def action_toggle_story(self) -> None:
        """`z`: show the members of the story under the cursor (site, date, title), or hide them."""
        row = self.article_list.selected_row
        story = row.story if isinstance(row, Member) else row
        if not isinstance(story, Story):
            self.notify(
                "No reposts of this article here." if self.state.grouping else "Grouping is off (Z).",
                timeout=2,
            )
            return
        self.expanded ^= {story.group}
        self.article_list.set_entries(
            self.article_list.entries, story.original.id, self._grouped(self.article_list.entries)
        )
        self.refresh_status()

    def action_toggle_grouping(self) -> None:
        """`Z`: reposts grouped into stories, or every article a row of its own."""
        self.state.grouping = not self.state.grouping
        self.refilter()
        self.persist()
        self.notify(
            "Reposts grouped into stories" if self.state.grouping else "Every article listed", timeout=2
        )

    def action_toggle_headings(self) -> None:
        self.state.headings = not self.state.headings
        self.refresh_status()
        self.reload()

    # -- the prompt: region filter, list filter, find ------------------------------------------

    def action_prompt(self, mode: str) -> None:
        if mode == "region":
            self._return_focus = self.focused
            self.query_one(Prompt).open("region", self.state.region_filter)
        elif mode == "filter":
            self._return_focus = self.focused
            self.query_one(Prompt).open("filter", self.text_query)
        else:
            self._return_focus = self.reader
            self.query_one(Prompt).open("find", self.find_query)

    def action_slash(self) -> None:
        self.action_prompt("find" if self.focused is self.reader else "filter")

    def on_prompt_changed(self, event: Prompt.Changed) -> None:
        self._apply(event.mode, event.value)

    def on_prompt_closed(self, event: Prompt.Closed) -> None:
        if not event.kept:
            self._apply(event.mode, "")
        (self._return_focus or self.article_list).focus()
        if event.mode == "region":
            self.persist()

    def _apply(self, mode: str, value: str) -> None:
        if mode == "region":
            self.state.region_filter = value.strip()
            self.refilter()
        elif mode == "filter":
            self.text_query = value
            self.refilter()
            if value.strip() and self.library is not None:
                self.search_text(value.strip())  # exclusive: cancels the search of the last key
            else:
                self.workers.cancel_group(self, "search")
        else:
            self.find_query = value
            self.reader.find(value)

    def on_article_view_find_moved(self, event: ArticleView.FindMoved) -> None:
        if not self.find_query:
            label = ""
        elif event.total:
            label = f"{self.find_query} {event.index + 1}/{event.total}"
        else:
            label = f"{self.find_query} (no match)"
        self.query_one(StatusBar).update_status(find=label)

    # -- views opened from here ------------------------------------------------------------------

    def _document(self, action: str) -> Document | None:
        prepared = self.reader.prepared
        if self.current is None or prepared is None or prepared.article != self.current.id:
            self.notify(f"No article is open to {action}.", timeout=3)
            return None
        return prepared.doc

    def action_outline(self) -> None:
        doc = self._document("outline")
        if doc is None:
            return
        if not self.state.headings:
            self.notify("Headings are off (h turns them on).", timeout=3)
        elif not self.reader.headings:
            self.notify("This article has no headings.", timeout=3)
        else:
            from reader.tui.screens.outline import OutlineScreen  # here: OptionList is not needed to start

            self.app.push_screen(OutlineScreen(self.reader.headings, visible(doc.title)), self._jump)

    def _jump(self, para: int | None) -> None:
        if para is not None:
            self.reader.jump_to(para)
            self.reader.focus()

    def action_explain(self) -> None:
        if self.current is not None:
            self.load_explain(self.current, self.app.size.width)

    def action_region_tree(self) -> None:
        if self.library is None or not self.library.entries:
            self.notify("No articles to group by region.", timeout=3)
        else:
            from reader.tui.screens.regions import RegionTreeScreen  # here: Tree is not needed to start

            screen = RegionTreeScreen(region_tree(self.library.regions()), len(self.library.entries))
            self.app.push_screen(screen, self._filter_region)

    def _filter_region(self, query: str | None) -> None:
        if query is not None:
            self.state.region_filter = query
            self.refilter()
            self.persist()

    # -- the overview and the command palette ------------------------------------------------------

    def action_overview(self) -> None:
        """`v`: the list as filtered now, per province and per month; a chosen bar filters the list."""
        entries = self.article_list.entries
        if not entries:
            self.notify("The list is empty: nothing to count.", timeout=3)
            return
        from reader.tui.screens.overview import OverviewScreen  # here: not needed to start

        self.app.push_screen(
            OverviewScreen(list(entries), self.state.script, self._filters()), self._chosen_bar
        )

    def _filters(self) -> str:
        """The filters in force, as the overview and `M` name them: `region 四川 · mark none`."""
        shown = (
            ("region", self.state.region_filter),
            ("filter", self.text_query.strip()),
            ("month", self.month_filter),
            ("mark", self.mark_filter),
        )
        return " · ".join(f"{name} {value}" for name, value in shown if value)

    def _chosen_bar(self, choice: Choice | None) -> None:
        if choice is None:
            return
        if choice.kind == "region":
            self._filter_region(choice.value)
        else:
            self.filter_month(choice.value)
        self._list_in_front()

    def filter_month(self, month: str) -> None:
        """Only the articles dated in `month` (`2021-12`; `undated`: those without a date); "" for all."""
        self.month_filter = month
        self.refilter()

    def filter_region(self, query: str) -> None:
        """The region filter set to `query`, as `r` would, and the list in front."""
        self._filter_region(query)
        self._list_in_front()

    def _list_in_front(self) -> None:
        self.remove_class("-list-hidden")
        self.article_list.focus()

    def reveal(self, entry: Entry) -> None:
        """Open `entry` in the reader with the list cursor on it; filters that hide it are cleared."""
        if self.library is None:
            return
        ids = {e.id for e in self.article_list.entries}
        if entry.id not in ids:
            self.state.region_filter, self.text_query, self._search, self.month_filter = "", "", None, ""
            self.mark_filter = ""
            self.refilter()
            self.persist()
            self.notify("Filters cleared to show the article.", timeout=3)
            ids = {e.id for e in self.article_list.entries}
        if entry.id not in ids:
            return
        if not self.point_at(entry.id):
            return
        if self.current is None or self.current.id != entry.id:
            self.open(entry)
        self.remove_class("-list-hidden")
        self.reader.focus()

    def point_at(self, article: str) -> bool:
        """The list cursor on `article`'s row, its story's members shown if it is a repost inside a
        collapsed story; False when the list does not hold it."""
        rows = self.article_list.rows
        row = self.article_list.row_of(article)
        story = rows[row] if row is not None else None
        if isinstance(story, Story) and story.original.id != article:
            self.expanded.add(story.group)
            self.refilter()
            rows = self.article_list.rows
            row = next(i for i, r in enumerate(rows) if isinstance(r, Member) and r.entry.id == article)
        if row is None:
            return False
        self.article_list.cursor = row
        return True

    def action_copy(self) -> None:
        doc = self._document("copy")
        if doc is not None:
            text = render_text(doc)
            self.app.copy_to_clipboard(text)
            self.notify(f"Copied the article ({len(text)} characters) to the clipboard.", timeout=3)

    def action_save(self) -> None:
        doc = self._document("save")
        if doc is None or self.current is None or self.library is None:
            return
        from reader.tui.screens.save import SaveScreen, default_save_path

        default = default_save_path(self.current.id, Path.cwd())

        def write(path: Path | None) -> None:
            if path is None:
                return
            try:
                path.write_text(render_markdown(doc), encoding="utf-8")
            except OSError as e:
                self.notify(
                    visible(f"Could not save {path}: {e.strerror or e}"), severity="error", markup=False
                )
            else:
                self.notify(visible(f"Saved {path}"), timeout=3, markup=False)

        self.app.push_screen(SaveScreen(default, self.library.root), write)

    def action_export(self) -> None:
        """Export the articles the list shows now (its region and text filter) to a file."""
        if self.library is None:
            return
        from reader.export import default_name
        from reader.tui.screens.save import SaveScreen

        entries = list(self.article_list.entries)
        if not entries:
            self.notify("The list is empty: nothing to export.", timeout=3)
            return
        title = f"Export {len(entries):,} articles (.jsonl, .csv or .parquet)"

        def start(path: Path | None) -> None:
            if path is not None:
                self.notify(
                    visible(f"Exporting {len(entries):,} articles to {path}…"), timeout=3, markup=False
                )
                self.export_entries(entries, path)

        self.app.push_screen(SaveScreen(default_name("jsonl"), self.library.root, title), start)

    @work(thread=True, group="export", exit_on_error=False)
    def export_entries(self, entries: list[Entry], path: Path) -> None:
        from reader.export import Format, rows, write

        assert self.library is not None
        formats: dict[str, Format] = {".csv": "csv", ".parquet": "parquet"}
        fmt = formats.get(path.suffix.lower(), "jsonl")
        count = write(rows(self.library, entries, self.marks, self.state.script), fmt, path, None)
        self.post_message(Exported(count, path))

    # -- triage marks ------------------------------------------------------------------------------

    def action_mark(self) -> None:
        """`m`: the article under the cursor goes keep → reject → none. The list keeps its row until
        the filter changes, so a second `m` reaches reject under a mark filter too."""
        entry = self.article_list.selected
        if entry is None:
            return
        mark = next_mark(self.marks.of(entry))
        self._set_marks([entry], mark)
        self.notify(f"{GLYPHS[mark]} {mark}" if mark else "mark cleared", timeout=2)

    def action_mark_all(self) -> None:
        """`M`: every article of the list as filtered now, after a confirmation naming the mark."""
        entries = list(self.article_list.entries)
        if not entries:
            self.notify("The list is empty: nothing to mark.", timeout=3)
            return
        from reader.tui.screens.mark_all import MarkAllScreen  # here: OptionList is not needed to start

        def chosen(choice: str | None) -> None:
            if choice is None:
                return
            mark = None if choice == marks_module.NONE else cast(marks_module.Mark, choice)
            self._set_marks(entries, mark)
            noun = "article" if len(entries) == 1 else "articles"
            done = f"{GLYPHS[choice]} {choice}" if mark else "marks cleared"
            self.notify(f"{len(entries):,} {noun}: {done}", timeout=3)

        self.app.push_screen(MarkAllScreen(len(entries), self._filters()), chosen)

    def _set_marks(self, entries: list[Entry], mark: marks_module.Mark | None) -> None:
        self.marks.set(entries, mark)
        if warning := self.marks.take_warning():
            self.notify(visible(warning), title="Marks", severity="warning", timeout=8, markup=False)
        self.article_list.show_marks = len(self.marks) > 0
        self.article_list.refresh()

    def action_cycle_mark_filter(self) -> None:
        """`f`: all → keep → reject → none (unmarked) → all; marks other sessions made are read first."""
        self.mark_filter = next_filter(self.mark_filter)
        self.marks.reload()
        self.refilter()


def collapsed(library: Library, entries: list[Entry]) -> Collapsed:
    """`entries` collapsed into stories, with the listing they were grouped by."""
    listing = library.entries  # read first: a listing replaced meanwhile only makes the result unused
    return listing, entries, library.collapse(entries)
