"""The whole engine for one article: cleaned, its fields taken from the record or the markup where
they are given, and its region found. Callers reach it through the module (`engine.analyse`), so a
test can watch every cleaning in one place."""

from __future__ import annotations

import dataclasses

from reader.clean import clean
from reader.clean.metadata.headline import without_site
from reader.document import Article, Block, Document, Region
from reader.index import normalise
from reader.regions import detect_region
from reader.sites import site_name

HEADLINE_REACH = 5  # blocks searched for a repeat of a given headline


def analyse(article: Article) -> Document:
    """Clean one article and find its region: the whole engine for one text.

    A title the record or the markup gives replaces the cleaner's guess, and so does the markup's
    publication date. A date from outside the page (a record's field, the crawl's WARC-Date), an
    author or source from the markup, and the site the URL names are used only where the page's text
    gives none: a crawl date is not a publication date, and the markup's author is no author where
    the page names them its editor.
    """
    doc = clean(article.text, article.hints, article.title, article.article_lines)
    overrides: dict[str, object] = {}
    if article.title:
        overrides["title"] = without_site(article.title)  # `…长治久安-新华网`
        overrides["blocks"] = _without_headline(doc.blocks, article.title)
    if article.date:
        overrides["date"] = article.date
    elif article.fallback_date and not doc.date:
        overrides |= {"date": article.fallback_date, "date_from": article.date_from}
    if article.author and not doc.author and article.author != doc.editor:  # a CMS may sign the editor
        overrides["author"] = article.author
    given = dict(article.given)
    if "source" not in given and (site := site_name(article.url)):
        given["source"] = site
    for name, value in given.items():
        if not getattr(doc, name):
            overrides[name] = value
    if article.url:
        overrides["url"] = article.url
    if overrides:
        doc = dataclasses.replace(doc, **overrides)  # type: ignore[arg-type]
    if article.region is not None:  # a curated set's own region (an export of this reader) stands
        province, city, county, adcode = article.region
        curated = Region(province, city, county, adcode, 1.0, ("the record's region fields",))
        return dataclasses.replace(doc, region=curated if adcode or province else Region())
    return dataclasses.replace(doc, region=detect_region(doc))


def _without_headline(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """The body without a leading block that repeats the given headline (the cleaner took another line
    for the title, and kept the headline as text)."""
    key = normalise("".join(title.split()))
    for i, block in enumerate(blocks[:HEADLINE_REACH]):
        if normalise("".join(block.text.split())) == key:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def without_headings(doc: Document) -> Document:
    """Headings read as ordinary paragraphs (`h` in the TUI, `--no-headings` in the CLI)."""
    blocks = tuple(
        dataclasses.replace(b, type="paragraph", level=None) if b.type == "heading" else b for b in doc.blocks
    )
    return dataclasses.replace(doc, blocks=blocks)
