"""Rule group `markup`: what a page's HTML says about its lines, where the text alone cannot tell.

A page that marks its article (`<article>`, `role="article"`, `itemprop="articleBody"`) says where
the article ends: the lines below that element are the page's (more stories, ad slots, comment
rules), however much they read like prose. The HTML loader finds the element (`article_end`); this
rule removes what stands below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.rules import IN_FOOT, REMOVE, Rule, register

AFTER = register(
    Rule(
        "markup.after",
        REMOVE,
        "其他人也在看\n纳达尔现身练球 打不打法网就将揭晓\n网球名将纳达尔昨天现身法网球场练球，六千人围观。",
        "removed (below the page's marked article element: more stories, ads)",
        at=IN_FOOT,
    )
)


def after(lines: Sequence[int], verdicts: Sequence[str | None], end: int | None) -> list[str | None]:
    """Every line still in the body below line `end` (1-based, the article element's last) → removed."""
    if end is None:
        return list(verdicts)
    return [AFTER.name if v is None and line > end else v for line, v in zip(lines, verdicts, strict=True)]
