"""Rule group `metadata`: title, subtitle, date, source, author and editor.

Fields are read from the page head and foot (and from labelled lines anywhere), never from
article sentences. A line read into fields is removed from the body with a `metadata.*` rule.
The group's modules, each for one job:

- `dates`     the date forms pages write (`metadata.date`)
- `fields`    labelled and metadata lines read into fields (`metadata.source`, `.editor`, `.table`…)
- `bylines`   what a name looks like, and the unlabelled bylines around the article
- `posters`   a thread's poster and a blog's owner, named only by the page's layout
- `headline`  which line is the title, the subtitle, and where the article starts
- `lines`     which lines are still open to a rule
- `script`    lines read in Simplified, so that each vocabulary is written once
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.chrome import Zones, classify, edge_below_title, repeats
from reader.clean.chrome.lines import RELATED
from reader.clean.metadata.bylines import (
    BYLINE,
    is_org,
    is_outlet,
    lead_byline,
    org_above_text,
    paren_byline,
    past_note,
    person_first,
    read_lead_byline,
    signer,
    signer_below,
    tidy_names,
    title_byline,
    trailing_byline,
)
from reader.clean.metadata.dates import DATE, lone_date, read_date, read_dated
from reader.clean.metadata.fields import (
    EDITOR,
    FIELDS,
    LABEL,
    SOURCE,
    TABLE,
    bare_label,
    head_below_title,
    lead_dateline,
    read_author,
    read_editor,
    read_fields,
    read_lines,
    read_source,
    table_fields,
)
from reader.clean.metadata.headline import (
    MAX_TITLE,
    SUBTITLE,
    TITLE,
    below_title,
    choose_title,
    crumb_title,
    is_banner,
    is_subtitle,
    is_title_like,
    not_title,
    place,
    trim_title,
)
from reader.clean.metadata.lines import SIGNABLE, last_open, next_open
from reader.clean.metadata.posters import answerer, blog_owner, poster_above, poster_over_rank
from reader.clean.metadata.script import simplified
from reader.clean.signals import CAPTION_OPEN, Unit, spaceless

__all__ = [
    "BYLINE",
    "DATE",
    "EDITOR",
    "FIELDS",
    "LABEL",
    "MAX_TITLE",
    "SOURCE",
    "SUBTITLE",
    "TABLE",
    "TITLE",
    "bare_label",
    "below_title",
    "choose_title",
    "crumb_title",
    "extract",
    "is_banner",
    "is_subtitle",
    "is_title_like",
    "lone_date",
    "not_title",
    "paren_byline",
    "read_author",
    "read_date",
    "read_dated",
    "read_editor",
    "read_fields",
    "read_lead_byline",
    "read_lines",
    "read_source",
    "signer",
    "table_fields",
    "tidy_names",
    "trailing_byline",
    "trim_title",
]


def extract(
    units: Sequence[Unit],
    verdicts: Sequence[str | None],
    zones: Zones,
    fields: dict[str, str | None],
    title: str | None = None,
) -> tuple[dict[str, str | None], int | None, list[Unit], list[str | None]]:
    """Title, subtitle and bylines, after `read_lines`; lines taken get a `metadata.*` verdict.
    `title` is the headline the markup gives, if any (see `headline.place`).

    Returns the fields, the index of the title unit, and the units and verdicts (a byline
    closing the last paragraph becomes a unit of its own).
    """
    texts = [u.text.strip() for u in units]
    out = list(verdicts)
    found = dict(fields)
    title_at = place(texts, out, zones.first, found, title)
    if _title_as_author(found["author"], found["title"]):  # `作者:<the headline>`: a host's slot filled
        named = (read_author(texts[i]) for i in range(len(texts)) if out[i] == BYLINE.name)
        found["author"] = next((a for a in named if a and not _title_as_author(a, found["title"])), None)
    start = zones.first
    if title_at is not None and title_at >= zones.first:  # the text starts below the title, as it does
        out = edge_below_title(texts, out, title_at)  # in the cleaner's output, under the page's head
        head, start = head_below_title(texts, out, title_at)
        out = edge_below_title(texts, out, title_at, start)  # down to where the output's text starts
        found |= {name: found[name] or value for name, value in head.items() if value}
    if title_at is not None:
        # taken even when an author is known; under an editor's note, over the text below the note
        signer = org_above_text(texts, out, title_at, past_note(texts, out, start))
        found["author"] = found["author"] or signer
    if title_at is not None:  # the dateline below the title, or inside the text's first lines
        at = next((k for k in range(title_at + 1, zones.first) if out[k] == DATE.name), None)
        # taken even when the head gave a date: the text cleaned again, the head's dateline gone,
        # opens with it all the same
        dateline, lead_at = lead_dateline(texts, out, max(zones.first, title_at + 1), texts[title_at])
        found |= {name: found[name] or value for name, value in dateline.items()}
        at = lead_at if at is None else at
        if at is not None and (signed := signer_below(texts, out, at)):
            found["author"] = found["author"] or signed
    if title_at is not None and not found["author"]:  # a poster's rank is surer than the line over a time
        found["author"] = poster_over_rank(texts, out, title_at, zones.first)
    if title_at is not None and (poster := poster_above(texts, out, title_at, zones.first)):
        found["author"] = found["author"] or poster
    if not found["author"] and title_at is not None:
        found["author"] = blog_owner(texts, out, title_at) or answerer(texts, out, title_at)
    if not found["author"] and title_at is not None:
        found["author"] = title_byline(texts[title_at])
    if not found["author"] or is_org(found["author"]):  # a person writes; an organisation only signs
        # the lead is the first paragraph under the title (a long notice above it seemed the text)
        found["author"] = lead_byline(texts, out, start) or found["author"]
    units = list(units)
    last = zones.last
    # the text's last line taken (a dateline), or a copy of the title or of paragraphs that
    # `chrome.repeats` takes later: the open line above it ends the text, as it ends the cleaner's output
    copies = repeats(texts, out, title_at, zones.first, found["title"])
    if any(c is not None for c in copies[max(zones.first, 0) : last + 1]):
        # the copies gone, the output's text may end higher (`0:` between a paragraph and its copy is
        # its foot then, `_foot_below_taken`): its last paragraph is the one read for a credit
        view = [t if out[k] is None and copies[k] is None else "" for k, t in enumerate(texts)]
        last = min(last, classify(view)[1].last)
    while 0 <= last < len(units) and copies[last] is not None:
        above = last_open(texts, out, 0, last)
        if above is None:
            break
        last = above
    marked = None
    # the last photo's caption under the last paragraph: the credit closes the paragraph above it
    # (a line of the head above the text is none: the output has no head)
    end = last
    while 0 <= end < len(units) and CAPTION_OPEN.match(simplified(texts[end])):
        above = last_open(texts, out, max(zones.first, 0 if title_at is None else title_at + 1), end)
        if above is None:
            break
        end = above
    # a paragraph shown twice keeps its credit: split off the last copy only, that copy would read as
    # the other's opening cut short (`chrome.repeats`), and the output end on the credit again (a copy
    # above the title is none: the output has no head)
    top = 0 if title_at is None else title_at + 1
    shown = 0 <= end < len(units) and any(out[k] is None and texts[k] == texts[end] for k in range(top, end))
    if (
        0 <= end < len(units)
        and out[end] is None
        and not shown
        and (split := trailing_byline(units[end].text))
    ):
        body, paren, signed = split
        # its copies below, walked over, stay copies (`chrome.repeats`, run later, would take the
        # credit's line for other words once the credit is split off, and keep the copy)
        again = [
            j + 1 for j in range(end + 1, len(texts)) if copies[j] is not None and texts[j] == texts[end]
        ]
        units[end : end + 1] = [Unit(units[end].line, body), Unit(units[end].line, paren)]
        out[end + 1 : end + 1] = [BYLINE.name]
        for j in again:
            out[j] = copies[j - 1]
        last += end < last  # the captions under it moved down by the credit's line
        found["author"] = person_first(found["author"], signed)
    elif 0 <= last < len(units) and out[last] is None and (name := paren_byline(texts[last])):
        out[last] = BYLINE.name  # `(记者 张三 李四)` closing the text on a line of its own
        found["author"] = person_first(found["author"], name)
    elif (below := next_open(texts, out, last + 1, len(texts), taken=SIGNABLE)) is not None and (
        name := paren_byline(texts[below])
    ):  # `(王鹏)` on a line of its own below the last paragraph
        out[below] = BYLINE.name
        found["author"] = person_first(found["author"], name)
    # byline marks closing earlier paragraphs (`…答案。□本报记者 李四`), every one (each would be taken
    # on cleaning the text again), the first naming the author
    for k in reversed(range(0 if title_at is None else title_at + 1, min(last, len(units)))):
        if out[k] is None and (split := trailing_byline(units[k].text, sure_only=True)):
            body, mark, signed = split
            units[k : k + 1] = [Unit(units[k].line, body), Unit(units[k].line, mark)]
            out[k + 1 : k + 1] = [BYLINE.name]
            marked = signed
    found["author"] = person_first(found["author"], marked)
    if not found["author"] and title_at is not None:
        found["author"] = _over_related(units, out, title_at)
    if not found["date"] and found["title"]:  # `2025年03月14日新闻联播文字版`: the day a transcript is of
        found["date"] = read_date(found["title"])
    if is_outlet(found["author"]):  # `作者：某某新闻网`: the site published the text; no one is named
        found["source"], found["author"] = found["source"] or found["author"], None
    return found, title_at, units, out


def _over_related(units: list[Unit], out: list[str | None], title_at: int) -> str | None:
    """`…推进乡村治理体系建设。郭旭` over `新闻推荐`: the paragraph over the first list of related links
    under the title ends the article, whatever the page keeps below the list (a teaser, a channel's
    blurb); a name closing it signs it. The name becomes a unit of its own, marked."""
    related = next((k for k in range(title_at + 1, len(units)) if out[k] == RELATED.name), None)
    texts = [u.text.strip() for u in units[: related or 0]]
    above = None if related is None else last_open(texts, out, title_at + 1, related)
    if above is None or not (split := trailing_byline(units[above].text)):
        return None
    body, mark, signed = split
    units[above : above + 1] = [Unit(units[above].line, body), Unit(units[above].line, mark)]
    out[above + 1 : above + 1] = [BYLINE.name]
    return signed


_TITLE_WORDS = 6  # characters of an author's value that, found in the headline, are its words, no name


def _title_as_author(author: str | None, title: str | None) -> bool:
    """`作者:文明乡风入心坎 村民日子…` under that headline: a host that fills its author slot with the
    title names no one (a body the headline names, `腰山镇人民政府关于…`, may sign it)."""
    key = spaceless(author or "")
    return len(key) >= _TITLE_WORDS and key in spaceless(title or "") and not is_org(key)
