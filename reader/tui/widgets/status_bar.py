"""The footer: skipped files, active filters, script and headings mode on the left, key hints on the
right."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rich.text import Text
from textual.widget import Widget

from reader.document import Script
from reader.marks import GLYPHS, NONE
from reader.safe import visible
from reader.tui.keymap import hints, key_owners

SCRIPT_LABELS: dict[Script, str] = {
    "original": "original",
    "simplified": "简体",
    "traditional": "繁體",
    "traditional-tw": "繁體·臺灣",
    "traditional-hk": "繁體·香港",
}


@dataclass(frozen=True, slots=True)
class Status:
    region: str = ""
    filter: str = ""
    month: str = ""  # "2021-12", or 未知 for undated articles: the month chosen in the overview (`v`)
    mark: str = ""  # `keep`, `reject` or `none`: the mark filter (`f`)
    find: str = ""  # "机关 2/7" while a find is active
    shown: int = 0
    total: int = 0
    stories: int = 0  # rows of the grouped list, when reposts are grouped into fewer stories than `shown`
    script: Script = "original"
    headings: bool = True
    punctuation: bool = False  # `p`: full-width punctuation between hanzi
    skipped: int = 0  # files skipped or read in part when loading; `w` lists them
    indexing: str = ""  # "1,793/19,800" while new or changed files are being indexed


class StatusBar(Widget):
    DEFAULT_CSS = "StatusBar { dock: bottom; height: 1; background: $panel; color: $text; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.status = Status()
        self.hints = hints(key_owners())  # the bindings shown in the footer (`show=True`), the app's first

    def update_status(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        self.refresh()

    def render(self) -> Text:
        s = self.status
        left = Text(no_wrap=True, overflow="ellipsis", end="")
        if s.indexing:
            left.append(" indexing ", "reverse").append(f" {s.indexing} ")
        if s.skipped:
            left.append(f" {s.skipped} skipped ", "reverse").append(" w ", "bold")
        if s.region:
            left.append(" region ", "reverse").append(f" {visible(s.region)} ")
        if s.filter:
            left.append(" filter ", "reverse").append(f" {visible(s.filter)} ")
        if s.month:
            left.append(" month ", "reverse").append(f" {s.month} ")
        if s.mark:
            shown = s.mark if s.mark == NONE else f"{GLYPHS[s.mark]} {s.mark}"
            left.append(" mark ", "reverse").append(f" {shown} ")
        if s.find:
            left.append(" find ", "reverse").append(f" {visible(s.find)} ")
        if s.total:
            stories = f" · {s.stories} stories" if s.stories else ""
            left.append(f" {s.shown}/{s.total}{stories} ", "dim")
        left.append(f" {SCRIPT_LABELS[s.script]} ", "bold")
        if s.punctuation:
            left.append(" ，全角 ", "bold")
        left.append(" headings on " if s.headings else " headings off ", "dim" if s.headings else "bold")
        room = self.size.width - left.cell_len
        hints = Text(no_wrap=True, end="")
        for key, label in self.hints:
            hint = Text.assemble((f" {key}", "bold"), f" {label}")
            if hints.cell_len + hint.cell_len + 1 > room:
                break
            hints.append_text(hint)
        left.append(" " * max(room - hints.cell_len, 0))
        return left + hints
