"""Documents as text: plain, Markdown and the explain view. Shared by the CLI and the TUI."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rich.text import Text

from reader.clean.rules import RULES
from reader.document import Document, Removal, Repair
from reader.regions import region_path
from reader.safe import visible

BULLET = "•"


def byline(doc: Document) -> str:
    """`2021-12-07 10:35 · 来源 达州日报网 · 编辑 庞岚月`: the metadata that fits on one line."""
    parts = [doc.date or ""]
    for label, value in (("来源", doc.source), ("作者", doc.author), ("编辑", doc.editor)):
        if value:
            parts.append(f"{label} {value}")
    return " · ".join(p for p in parts if p)


def header_lines(doc: Document) -> list[str]:
    lines = [doc.title or "(untitled)"]
    if doc.subtitle:
        lines.append(doc.subtitle)
    for extra in (byline(doc), region_path(doc.region)):
        if extra:
            lines.append(extra)
    return lines


def render_text(doc: Document) -> str:
    """The article for a pipe: header, a blank line, then one block per line."""
    body = []
    for b in doc.blocks:
        if b.type == "list_item":
            body.append(f"{BULLET} {b.text}")
        elif b.type == "heading":
            body.append(f"\n{b.text}" if body else b.text)  # a blank line above, one only
        else:
            body.append(b.text)
    return "\n".join([*header_lines(doc), "", *body]).rstrip()


def render_markdown(doc: Document) -> str:
    """The article as Markdown: `#` title, `##`… headings by level, `-` list items."""
    out = [f"# {doc.title or '(untitled)'}"]
    if doc.subtitle:
        out.append(f"\n**{doc.subtitle}**")
    meta = " · ".join(x for x in (byline(doc), region_path(doc.region)) if x)
    if meta:
        out.append(f"\n*{meta}*")
    previous = None
    for b in doc.blocks:
        if b.type == "heading":
            out.append(f"\n{'#' * min((b.level or 1) + 1, 6)} {b.text}")
        elif b.type == "list_item":
            out.append(("" if previous == "list_item" else "\n") + f"- {b.text}")
        else:
            out.append(f"\n{b.text}")
        previous = b.type
    return "\n".join(out).strip() + "\n"


Note = tuple[Removal | Repair, int]  # a removed piece or a repair on a line, and how often it was made


@dataclass(frozen=True, slots=True)
class PageLine:
    number: int
    text: str  # as read, made harmless
    rule: str | None  # the rule that removed the whole line; None when it was kept
    notes: list[Note]


@dataclass(frozen=True, slots=True)
class Explained:
    """The page as read, for the explain views of the CLI and the TUI."""

    summary: str  # "53 lines · 10 removed · 0 repairs"
    date_note: str  # where a date from outside the page came from, or ""
    lines: list[PageLine]
    rules: list[tuple[str, str]]  # the rules used, with their examples


def explain(doc: Document) -> Explained:
    removed = {r.line: r.rule for r in doc.removed if not r.part}
    notes: defaultdict[int, Counter[Removal | Repair]] = defaultdict(Counter)
    parts: list[Removal | Repair] = [*doc.repairs, *(r for r in doc.removed if r.part)]
    for item in parts:
        notes[item.line][item] += 1
    date_note = ""
    if doc.date_from:  # a date from outside the page: a record's field, the crawl's WARC-Date, a <meta>
        date_note = visible(f"date {doc.date}: from {doc.date_from}, as the page's text gives none")
    return Explained(
        summary=f"{len(doc.lines)} lines · {len(doc.removed)} removed · {len(doc.repairs)} repairs",
        date_note=date_note,
        # Removal and Repair hash by value, so a repair made five times on a line shows once, ×5.
        lines=[
            PageLine(number, visible(line), removed.get(number), list(notes[number].items()))
            for number, line in enumerate(doc.lines, 1)
        ],
        rules=[
            (name, RULES.get(name, ""))
            for name in sorted({r.rule for r in doc.removed} | {r.rule for r in doc.repairs})
        ],
    )


def _note(item: Removal | Repair, times: int) -> tuple[str, Text]:
    """One line beneath a page line: a removed piece (✂) or a repair (↳), `×N` when repeated."""
    count = f" ×{times}" if times > 1 else ""
    if isinstance(item, Removal):
        text = visible(item.text)
        return (
            f"     ✂ [{item.rule}] {text}{count}",
            Text.assemble(("     ✂ ", "dim"), (f"[{item.rule}] ", "yellow"), (text, "dim strike"), count),
        )
    before, after = visible(item.before), visible(item.after)
    return (
        f"     ↳ [{item.rule}] {before} → {after}{count}",
        Text.assemble(
            ("     ↳ ", "dim"), (f"[{item.rule}] ", "cyan"), (before, "red"), " → ", (after, "green"), count
        ),
    )


def _page_line(line: PageLine) -> tuple[str, Text]:
    number, shown, rule = line.number, line.text, line.rule
    if rule:
        return (
            f"{number:>4} ✗ [{rule}] {shown}",
            Text.assemble((f"{number:>4} ✗ ", "dim"), (f"[{rule}] ", "yellow"), (shown, "dim strike")),
        )
    return f"{number:>4} │ {shown}".rstrip(), Text.assemble((f"{number:>4} │ ", "dim"), shown)


def explain_lines(doc: Document, rich: bool) -> list[Text] | list[str]:
    """`reader explain`: the page as read, line by line: removed lines dimmed and labelled with their
    rule, removed pieces and repairs beneath their line, then the rules used with their examples."""
    explained = explain(doc)
    summary = explained.summary
    rows = [(summary, Text(summary, style="bold")), ("", Text())]
    if explained.date_note:
        rows.insert(1, (explained.date_note, Text(explained.date_note, style="dim")))
    for line in explained.lines:
        rows.append(_page_line(line))
        rows.extend(_note(item, times) for item, times in line.notes)
    if explained.rules:
        rows += [("", Text()), ("Rules used:", Text("Rules used:", style="bold"))]
        rows += [
            (f"  {name}  {example}", Text.assemble(("  " + name, "yellow"), "  ", (example, "dim")))
            for name, example in explained.rules
        ]
    return [t for _, t in rows] if rich else [p for p, _ in rows]
