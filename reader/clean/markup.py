"""Rule group `markup`: what a page's HTML says about its lines, where the text alone cannot tell.

A page that marks its article (`<article>`, `role="article"`, `itemprop="articleBody"`) says where
the article is: the lines outside that element are the page's (a byline bar and a photo caption
between the headline and the story, more stories, ad slots and comment rules below it), however
much they read like prose. The HTML loader finds the element (`html.article_lines`); this rule
removes what stands outside it. The metadata is read before: a byline or a date outside the
element still gives the article its author and date.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.clean.rules import IN_FOOT, REMOVE, Rule, register

OUTSIDE = register(
    Rule(
        "markup.outside",
        REMOVE,
        "其他人也在看\n纳达尔现身练球 打不打法网就将揭晓\n网球名将纳达尔昨天现身法网球场练球，六千人围观。",
        "removed (outside the page's marked article element: more stories, ads, captions)",
        at=IN_FOOT,
    )
)


def outside(
    lines: Sequence[int], verdicts: Sequence[str | None], article: tuple[int, int] | None
) -> list[str | None]:
    """Every line still in the body outside `article` (its first and last line, 1-based) → removed."""
    if article is None:
        return list(verdicts)
    first, last = article
    return [
        OUTSIDE.name if v is None and not first <= line <= last else v
        for line, v in zip(lines, verdicts, strict=True)
    ]
