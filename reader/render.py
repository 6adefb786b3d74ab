"""Documents as text: plain, Markdown and the explain view. Shared by the CLI and the TUI."""

from __future__ import annotations

from collections import defaultdict

from rich.text import Text

from reader.document import Document
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
            body.append(f"\n{b.text}")
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


def explain_lines(doc: Document, rich: bool) -> list[Text] | list[str]:
    """The page as read, line by line: removed lines dimmed and labelled with their rule,
    each repair shown beneath its line as `before → after`."""
    removed = {r.line: r.rule for r in doc.removed}
    repairs = defaultdict(list)
    for r in doc.repairs:
        repairs[r.line].append(r)
    summary = f"{len(doc.lines)} lines · {len(doc.removed)} removed · {len(doc.repairs)} repairs"
    plain: list[str] = [summary, ""]
    styled: list[Text] = [Text(summary, style="bold"), Text()]
    for number, line in enumerate(doc.lines, 1):
        shown = visible(line)
        rule = removed.get(number)
        if rule:
            plain.append(f"{number:>4} ✗ [{rule}] {shown}")
            styled.append(Text.assemble((f"{number:>4} ✗ ", "dim"), (f"[{rule}] ", "yellow"),
                                        (shown, "dim strike")))
        else:
            plain.append(f"{number:>4} │ {shown}".rstrip())
            styled.append(Text.assemble((f"{number:>4} │ ", "dim"), shown))
        for r in repairs.get(number, ()):
            arrow = f"{r.before} → {r.after}"
            plain.append(f"     ↳ [{r.rule}] {visible(arrow)}")
            styled.append(Text.assemble(("     ↳ ", "dim"), (f"[{r.rule}] ", "cyan"),
                                        (visible(r.before), "red"), " → ", (visible(r.after), "green")))
    return styled if rich else plain
