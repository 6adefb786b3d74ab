"""`v`: the list as it is filtered now, counted: articles per province as a bar chart, per month as a
timeline. Each bar is a row; `enter` on a province (or city) sets the region filter to it, on a month
filters the list to that month (`undated`: the articles without a date).

The bars are plain Rich text drawn to the width they get, labels padded by terminal cells, so hanzi
(two cells each) line up with ASCII at any size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.convert import convert
from reader.document import Script
from reader.entries import Entry
from reader.regions import UNKNOWN, TreeNode
from reader.safe import visible
from reader.stats import UNDATED, Place, bar, month_gap, per_month, per_province
from reader.tui.screens.regions import node_query

WIDE = 100  # columns from which the two charts sit side by side
MAX_LABEL = 16  # cells; a longer name is cut with …
GAP = "  "


@dataclass(frozen=True, slots=True)
class Choice:
    """What `enter` chose: a region filter (as `r` takes it) or a month (`2021-12`, `undated`)."""

    kind: Literal["region", "month"]
    value: str


class BarRow:
    """One row of a chart: label, count and a bar as long as the row's width allows."""

    def __init__(
        self,
        label: str,
        count: int,
        largest: int,
        label_width: int,
        count_width: int,
        bar_style: Style | str = "",
    ) -> None:
        self.label = label
        self.count = count
        self.largest = largest
        self.label_width = label_width
        self.count_width = count_width
        self.bar_style = bar_style

    def text(self, width: int) -> Text:
        label = self.label
        if cell_len(label) > self.label_width:
            label = set_cell_size(label, self.label_width - 1) + "…"
        room = width - self.label_width - self.count_width - 2 * len(GAP)
        return Text.assemble(
            set_cell_size(label, self.label_width),
            GAP,
            (f"{self.count:>{self.count_width},}", "bold"),
            GAP,
            (bar(self.count, self.largest, room), self.bar_style),
            no_wrap=True,
        )

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        least = self.label_width + self.count_width + 2 * len(GAP) + 1
        return Measurement(least, max(options.max_width, least))


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    count: int
    choice: Choice | None  # None: a line that is not a bar (a gap in the timeline)


def province_rows(places: Sequence[Place]) -> list[Row]:
    """A bar per province, busiest first, `未知` last; when the set lies in one province, that
    province's cities follow it, indented, so the chart still has something to choose from."""
    known = [p for p in places if p.adcode is not None]
    rows: list[Row] = []
    for place in places:
        node = TreeNode(place.name, place.adcode, place.count)
        rows.append(Row(place.name, place.count, Choice("region", node_query(node, ()))))
        if len(known) == 1 and place is known[0]:
            for city in place.cities:
                city_node = TreeNode(city.name, city.adcode, city.count)
                rows.append(
                    Row("  " + city.name, city.count, Choice("region", node_query(city_node, (place.name,))))
                )
    return rows


def month_rows(months: Sequence[tuple[str, int]], undated: int) -> list[Row]:
    """A bar per month with articles, oldest first, a line for each run of months without any, and
    the undated articles last."""
    rows: list[Row] = []
    for i, (month, count) in enumerate(months):
        if i and (gap := month_gap(months[i - 1][0], month)):
            rows.append(Row(f"⋯ {gap} month{'s' if gap != 1 else ''} without articles", 0, None))
        rows.append(Row(month, count, Choice("month", month)))
    if undated:
        rows.append(Row(UNDATED, undated, Choice("month", UNDATED)))
    return rows


class OverviewScreen(ModalScreen[Choice | None]):
    """Dismissed with the chosen bar's `Choice`, or None."""

    # Textual declares it `ClassVar[...] | None`, which mypy reads as an instance variable.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]  # type: ignore[misc]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,v", "dismiss", "Close", show=False),
        Binding("j", "cursor(1)", show=False),
        Binding("k", "cursor(-1)", show=False),
        Binding("g", "edge('first')", show=False),
        Binding("G", "edge('last')", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"overview--bar"}
    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > .overview--bar { color: $accent; }
    #overview {
        width: 94%; max-width: 140; height: 92%; background: $surface;
        border: round $accent; border-title-color: $accent; border-subtitle-color: $text-muted;
    }
    #overview-summary { height: auto; padding: 0 1; color: $text-muted; }
    #overview-charts { height: 1fr; layout: vertical; }
    OverviewScreen.-wide #overview-charts { layout: horizontal; }
    #overview-charts > OptionList {
        height: 1fr; width: 1fr; background: $surface; scrollbar-size-vertical: 1;
        border: none; border-top: solid $panel-lighten-2; border-title-color: $text-muted;
    }
    OverviewScreen.-wide #overview-months { margin-left: 2; }
    #overview-charts > OptionList:focus { border-title-color: $accent; border-title-style: bold; }
    """

    def __init__(self, entries: Sequence[Entry], script: Script = "original", filters: str = "") -> None:
        """`entries`: the list as shown now; `script`: the script region names are shown in;
        `filters`: the filters that made the list, as the summary line names them."""
        super().__init__()
        self.entries = entries
        self.script = script
        self.filters = filters
        months, undated = per_month(entries)
        self.rows = {
            "overview-provinces": province_rows(per_province(entries)),
            "overview-months": month_rows(months, undated),
        }

    def compose(self) -> ComposeResult:
        count = len(self.entries)
        summary = f"{count:,} article{'s' if count != 1 else ''} as listed now"
        if self.filters:
            summary += f": {self.filters}"
        with Vertical(id="overview") as box:
            box.border_title = "Overview"
            box.border_subtitle = "enter filters · tab switches · escape closes"
            yield Static(Text(visible(summary), no_wrap=True, overflow="ellipsis"), id="overview-summary")
            with Container(id="overview-charts"):
                for list_id, title in (
                    ("overview-provinces", "Articles per province"),
                    ("overview-months", "Articles per month"),
                ):
                    chart = OptionList(id=list_id, markup=False)
                    chart.border_title = title
                    yield chart

    def on_mount(self) -> None:
        style = self.get_component_rich_style("overview--bar")
        for list_id, rows in self.rows.items():
            chart = self.query_one(f"#{list_id}", OptionList)
            chart.add_options(self._options(rows, style, region=list_id == "overview-provinces"))
            chart.highlighted = next((i for i, row in enumerate(rows) if row.choice), None)
        self.query_one("#overview-provinces", OptionList).focus()

    def _options(self, rows: list[Row], style: Style, region: bool) -> list[Option]:
        bars = [row for row in rows if row.choice]
        largest = max((row.count for row in bars), default=0)
        labels = [self._label(row.label, region) for row in rows]
        widths = [cell_len(label) for label, row in zip(labels, rows, strict=True) if row.choice]
        label_width = min(max(widths, default=1), MAX_LABEL)
        count_width = len(f"{largest:,}")
        return [
            Option(BarRow(label, row.count, largest, label_width, count_width, style))
            if row.choice
            else Option(Text(label, style="dim", no_wrap=True, overflow="ellipsis"), disabled=True)
            for label, row in zip(labels, rows, strict=True)
        ]

    def _label(self, name: str, region: bool) -> str:
        """Region names (Simplified in the gazetteer) in the script the list shows; `未知` as it is."""
        if not region or name.strip() == UNKNOWN:
            return visible(name)
        return visible(convert(name, self.script, "simplified"))

    def choice(self, list_id: str, index: int) -> Choice | None:
        return self.rows[list_id][index].choice

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        assert event.option_list.id is not None
        choice = self.choice(event.option_list.id, event.option_index)
        if choice is not None:
            self.dismiss(choice)

    def _chart(self) -> OptionList:
        focused = self.focused
        return (
            focused if isinstance(focused, OptionList) else self.query_one("#overview-provinces", OptionList)
        )

    def action_cursor(self, step: int) -> None:
        chart = self._chart()
        chart.action_cursor_down() if step > 0 else chart.action_cursor_up()

    def action_edge(self, which: str) -> None:
        chart = self._chart()
        chart.action_first() if which == "first" else chart.action_last()
