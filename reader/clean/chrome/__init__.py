"""Rule group `chrome`: page furniture that is not the article.

Two jobs, one module each:
- `lines`  the line rules: each line judged on its own (breadcrumbs, ICP footers, share bars…),
           every rule a record beside its patterns;
- `zones`  the page zones: where the article starts and ends, the head and foot around it, and
           the menus, header and footer found there.
"""

from __future__ import annotations

from reader.clean.chrome.lines import (
    BODY,
    EDGE,
    LINE_RULES,
    NOT_CARRIERS,
    keyword_title,
    line_verdicts,
    prose_label,
)
from reader.clean.chrome.zones import (
    REPEAT,
    Zones,
    classify,
    dated_lists,
    edge_below_title,
    footer,
    header,
    mark_nav,
    menu_under_title,
    repeats,
)

__all__ = [
    "BODY",
    "EDGE",
    "LINE_RULES",
    "NOT_CARRIERS",
    "REPEAT",
    "Zones",
    "classify",
    "dated_lists",
    "edge_below_title",
    "footer",
    "header",
    "keyword_title",
    "line_verdicts",
    "mark_nav",
    "menu_under_title",
    "prose_label",
    "repeats",
]
