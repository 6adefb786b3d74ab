"""The cleaner: raw page text in, a `Document` out, with every removal and repair recorded.

Stages, in order (each a module of named pure rules):
1. normalize   line breaks, controls, escapes, zero-width and odd spaces
2. garble      byte-shifted GBK spans re-read in step
3. pinyin      `機(jī)` → `機` where the reading belongs to the character
4. structure   run-on lines split into units (a unit is a line or a slice of one)
5. chrome      breadcrumbs, footers, link farms… become `Removal`s
6. metadata    date, source, byline lines read into fields
7. chrome      menus: runs of short lines at the head and foot
8. metadata    title, subtitle, bylines above and below the article
9. chrome      the header: lines left above the title; the title or a paragraph shown twice
10. markup     lines outside the article element an HTML page marks; then a menu left under a title
               found below the text's start (the output's head, once the rules above are done)
11. thread     forum and blog replies: from the second post header on; the page above them is
               then judged again on its own, as its cleaned text will be
12. structure  paragraphs, headings and list items (a page with no paragraph left is first judged
               again as its output reads: a title and a few short lines have no text to anchor them)

`RULES` names every rule a `Removal` can carry, with a one-line example (for `reader explain`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reader.clean import chrome, garble, markup, metadata, normalize, pinyin, structure, thread
from reader.clean.normalize import split_lines
from reader.clean.rules import RULES
from reader.clean.signals import Unit, is_headline, is_prose
from reader.convert import detect_script, remember_simplified
from reader.document import Block, BlockType, Document, Removal, Repair

__all__ = ["LINE_REPAIRS", "RULES", "clean", "repair_lines"]

LineRepair = Callable[[str], tuple[str, list[tuple[str, str, str]]]]
# Each per-line repair, in order, after its page-wide pre-check: False when it would change no line.
LINE_REPAIRS: tuple[tuple[Callable[[str], bool], LineRepair], ...] = (
    (normalize.may_change, normalize.normalize_line),
    (garble.may_change, garble.repair_line),
    (pinyin.may_change, pinyin.repair_line),
)
_SCRIPT_SAMPLE = 300  # characters of article text enough to tell Simplified from Traditional


def repair_lines(raw_lines: list[str]) -> tuple[list[str], list[Repair]]:
    """Each line after the per-line repairs, and the record of every change.

    One repair at a time over the whole page, so that one the page cannot need (most pages need one
    or none) costs a single scan rather than a call per line; the records still go line by line.
    """
    lines = list(raw_lines)
    changed: dict[int, list[tuple[str, str, str]]] = {}  # line index → (rule, before, after), in order
    for may_change, repair in LINE_REPAIRS:
        if not may_change("\n".join(lines)):  # the page as the repairs before have left it
            continue
        for i, line in enumerate(lines):
            lines[i], changes = repair(line)
            if changes:
                changed.setdefault(i, []).extend(changes)
    repairs = [
        Repair(i + 1, before, after, rule)
        for i, changes in sorted(changed.items())
        for rule, before, after in changes
    ]
    return lines, repairs


def _script_sample(title: str, blocks: list[Block], lines: list[str]) -> str:
    sample = title + "".join(b.text for b in blocks[:8])
    return sample if sample.strip() else "".join(lines)


def _judge(
    units: list[Unit], title: str | None, article_lines: tuple[int, int] | None
) -> tuple[dict[str, str | None], list[Unit], list[str | None]]:
    """The fields, and each unit's verdict (None: the article's), stages 5 to 11.

    A thread's replies cut off, the page from its title down to them is judged again on its own, as
    its cleaned text will be: its foot and its last paragraph are then read where cleaning the kept
    text again reads them (`发表于 …` under the first post is the page's foot, `(张三)` closing it a
    byline)."""
    texts = [u.text.strip() for u in units]
    verdicts, zones = chrome.classify(texts)
    verdicts = chrome.dated_lists(texts, verdicts)
    fields, verdicts = metadata.read_lines(texts, verdicts, zones)
    verdicts = chrome.mark_nav(texts, verdicts, zones)
    split = len(units)
    fields, title_at, units, verdicts = metadata.extract(units, verdicts, zones, fields, title)
    split = len(units) - split  # a credit split off the last paragraph (at or above `zones.last`)
    texts = [u.text.strip() for u in units]
    verdicts = chrome.header(verdicts, title_at, zones.first, texts)
    verdicts = chrome.repeats(texts, verdicts, title_at, zones.first, fields["title"])
    verdicts = _head_above_copies(texts, verdicts, title_at, zones.first)
    verdicts = _foot_below_taken(texts, verdicts, zones.first, zones.last + split)
    verdicts = markup.outside([u.line for u in units], verdicts, article_lines)
    verdicts = chrome.menu_under_title(texts, verdicts, title_at, zones.first)
    if title_at is not None and fields["subtitle"] is None:
        # lines taken under the title since it was placed (a thread's tool bar): the subtitle may now
        # stand right below it, as on the output
        stop = zones.first if title_at < zones.first else len(texts)
        if subtitle := metadata.below_title(texts, verdicts, title_at, fields["title"] or "", stop):
            fields = fields | {"subtitle": subtitle}
    cut = thread.replies_start(texts, verdicts, zones.first)
    if cut is None or cut >= len(units):  # no thread, or nothing below its first post's closing line
        return fields, units, verdicts
    replied = thread.replies_from(texts, verdicts, cut)
    top = 0 if title_at is None or title_at >= cut else title_at
    fields, post, judged = _judge_post(
        units[top:cut], verdicts[top:cut], fields, top == title_at, article_lines
    )
    return fields, units[:top] + post + units[cut:], verdicts[:top] + judged + replied[cut:]


def _head_above_copies(
    texts: list[str], verdicts: list[str | None], title_at: int | None, first: int
) -> list[str | None]:
    """With no title, the text's first line taken for a copy of a later one: the text starts where
    the output's starts, and the lines above that are the page's head, as cleaning the output reads
    them (`I` between a paragraph and its copy)."""
    if title_at is not None or first >= len(texts) or verdicts[first] != chrome.REPEAT.name:
        return verdicts
    _, again = chrome.classify([t if v is None else "" for t, v in zip(texts, verdicts, strict=True)])
    return chrome.header(verdicts, None, again.first, texts)


def _foot_below_taken(
    texts: list[str], verdicts: list[str | None], first: int, last: int
) -> list[str | None]:
    """The text's last line taken by a later rule (a closing dateline, a copy), or copies taken inside
    it: the text ends where the output's ends, and the lines below that are the page's foot, as
    cleaning the output reads them (`;` over a closing `2000/1/1 0:00;`, `0:` between a paragraph and
    its copy)."""
    if not 0 <= last < len(texts):
        return verdicts
    copies = any(v == chrome.REPEAT.name for v in verdicts[max(first, 0) : last + 1])
    if verdicts[last] is None and not copies:
        return verdicts
    _, again = chrome.classify([t if v is None else "" for t, v in zip(texts, verdicts, strict=True)])
    return chrome.footer(texts, verdicts, again.last)


_SETTLE = 3  # readings again of a page with no paragraph: each may take a line the one before kept


def _paragraph(text: str) -> bool:
    """A sentence that anchors the text: prose no title could be (`…`, `！`, a short question are none)."""
    return is_prose(text) and not is_headline(text)


def _no_text(
    fields: dict[str, str | None],
    units: list[Unit],
    verdicts: list[str | None],
    article_lines: tuple[int, int] | None,
) -> tuple[dict[str, str | None], list[Unit], list[str | None]]:
    """A page with no paragraph left (a title over a few short lines or none): its output is
    those lines, and with no text to anchor them they read otherwise alone (a question, `请问…配件？`,
    is a paragraph there; a stray `I` under it the foot). They are judged again as the output sets
    them, title and subtitle first, until that reading keeps what it is given; the lines take its
    verdicts, the title and subtitle their text as the output sets it."""
    shown = {metadata.TITLE.name: "title", metadata.SUBTITLE.name: "subtitle"}
    for _ in range(_SETTLE):
        kept = [
            i for i, (u, v) in enumerate(zip(units, verdicts, strict=True)) if v is None and u.text.strip()
        ]
        if any(_paragraph(units[i].text.strip()) for i in kept):
            break
        heads = {i: name for i, v in enumerate(verdicts) if (name := shown.get(v or "")) and fields[name]}
        order = sorted(heads, key=lambda i: heads[i] != "title") + kept
        if not order:
            break
        view = [Unit(units[i].line, fields[heads[i]] or "") if i in heads else units[i] for i in order]
        again, post, judged = _judge(view, None, article_lines)
        if len(post) != len(view):  # a byline split off a line: the output's own reading, left alone
            break
        settled = [*verdicts]
        for k, i in enumerate(order):
            settled[i] = judged[k]
        if (
            settled == verdicts
            and again["title"] == fields["title"]
            and again["subtitle"] == fields["subtitle"]
        ):
            break
        # a title or subtitle kept is a paragraph of its text as the output sets it
        units = [
            view[order.index(i)] if i in heads and settled[i] is None else u for i, u in enumerate(units)
        ]
        fields = fields | {"title": again["title"], "subtitle": again["subtitle"]}
        verdicts = settled
    return fields, units, verdicts


def _judge_post(
    units: list[Unit],
    verdicts: list[str | None],
    fields: dict[str, str | None],
    titled: bool,
    article_lines: tuple[int, int] | None,
) -> tuple[dict[str, str | None], list[Unit], list[str | None]]:
    """The first post judged again as its cleaned text reads: the title as the output sets it (when
    `titled`, on the first unit), then the lines kept, the lines removed blank. Those keep their
    verdicts; a kept line may come back as two units (a byline split off its end)."""
    view = [u if v is None else Unit(u.line, "") for u, v in zip(units, verdicts, strict=True)]
    if titled:
        view[0] = Unit(units[0].line, fields["title"] or "")
    again, post, judged = _judge(view, None, article_lines)
    fields = fields | {k: v for k, v in again.items() if v and k not in ("title", "subtitle")}
    out_units: list[Unit] = []
    out_verdicts: list[str | None] = []
    p = 0
    for i, unit in enumerate(units):
        n = 1 if view[i] is not unit or post[p] is unit else 2
        if view[i] is not unit:  # the title, a line removed
            out_units.append(unit)
            out_verdicts.append(verdicts[i])
        else:
            out_units += post[p : p + n]
            out_verdicts += judged[p : p + n]
        p += n
    return fields, out_units, out_verdicts


def clean(
    raw: str,
    hints: Mapping[int, BlockType] | None = None,
    title: str | None = None,
    article_lines: tuple[int, int] | None = None,
) -> Document:
    """Clean one page. Pure: the same text (and markup `hints`, `title`, `article_lines`) always gives
    the same document.

    `hints` map 1-based lines to what the page's markup made them (an HTML `<h2>` or `<li>`); `title`
    is the headline the markup gives (`og:title`), which places the title on the line that says it;
    `article_lines` are the first and the last line of the element the markup marks as the article.
    """
    raw_lines = split_lines(raw)
    lines, repairs = repair_lines(raw_lines)
    remember_simplified(line.strip() for line in lines)  # one call: rules and search text look them up
    fields, units, verdicts = _judge(structure.split_units(lines), title, article_lines)
    kept = [u for u, v in zip(units, verdicts, strict=True) if v is None and u.text.strip()]
    if not any(_paragraph(u.text.strip()) for u in kept):
        fields, units, verdicts = _no_text(fields, units, verdicts, article_lines)
        kept = [u for u, v in zip(units, verdicts, strict=True) if v is None and u.text.strip()]
    blocks, marks = structure.build(kept, hints)
    removed = [
        Removal(u.line, u.text, v, part=u.text.strip() != lines[u.line - 1].strip())
        for u, v in zip(units, verdicts, strict=True)
        if v and u.text.strip()
    ]
    removed = sorted(removed + marks, key=lambda r: r.line)
    title = fields["title"] or ""
    return Document(
        title=title,
        subtitle=fields["subtitle"],
        date=fields["date"],
        source=fields["source"],
        author=fields["author"],
        editor=fields["editor"],
        script=detect_script(_script_sample(title, blocks, lines), sample=_SCRIPT_SAMPLE),
        blocks=tuple(blocks),
        removed=tuple(removed),
        repairs=tuple(repairs),
        lines=tuple(raw_lines),
    )
