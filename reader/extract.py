"""The index's extractor: every article of one file as index rows. It runs in the index's worker
processes, so what it returns must pickle, and it is all the list and the search need of an article
until it is opened."""

from __future__ import annotations

from pathlib import Path

from reader import engine, reposts
from reader import index as index_module
from reader.corpus import (
    DEFAULT_FIELDS,
    Fields,
    LoadError,
    Share,
    Skipped,
    cleaned,
    describe,
    locate,
    read_articles,
)
from reader.document import Article, Document
from reader.document import fingerprint as text_fingerprint
from reader.index import EVIDENCE_SEP, Row, normalise, search_text, storable
from reader.index.parts import part_rows


def index_rows(
    path: str, fields: Fields = DEFAULT_FIELDS, share: Share | None = None
) -> index_module.Extracted:
    """Every article of one file as index rows, and a warning when (part of) it was skipped.

    Runs in the index's worker processes: what it returns must pickle, and is all the list and
    the search ever need of the article until it is opened. Articles are read as a stream, so a
    large Parquet or WARC file is never held whole: only its rows are. With a `share` (part, parts)
    of a large file, only that part's articles: a part with none is no warning, and a file that
    cannot be read is reported by its first part alone.
    """
    part, parts = share or (0, 1)
    if kind := cleaned.kind(path):  # `reader batch` output: rows from its columns, nothing cleaned again
        if part > 0:  # read whole by the first share: it is quick
            return [], None
        return _cleaned_rows(Path(path)) if kind == "cleaned" else ([], cleaned.errors_warning(Path(path)))
    skipped: list[Skipped] = []
    rows: list[index_module.Article] = []
    try:
        for article in read_articles(Path(path), fields, share):
            if isinstance(article, Skipped):
                skipped.append(article)
                continue
            row = _row(article, skipped)
            if row is not None:
                rows.append(row)
    except LoadError as e:
        if not rows and not skipped:
            return [], f"skipped, {e}" if part == 0 else None
        skipped.append(Skipped("the rest of the file", str(e)))
    if parts > 1 and not rows and not skipped:
        return [], None  # the file's articles are in its other parts (`Index.add` tells if none is)
    if not rows:
        return [], f"skipped, no article: {skipped[0]}" if skipped else "skipped, no article"
    return rows, describe(skipped) if skipped else None


def _row(article: Article, skipped: list[Skipped]) -> index_module.Article | None:
    """One article's index row and search text; None, with a `Skipped`, when the cleaner fails on it."""
    locator = locate(article)
    try:
        doc = engine.analyse(article)
    except Exception as e:  # one page that breaks the cleaner must not stop a 100,000-file index
        where = f"record {locator.line}" if locator.line is not None else "article"
        skipped.append(Skipped(where, f"the cleaner failed: {type(e).__name__}: {e}"))
        return None
    size = len(article.text.encode("utf-8", "surrogatepass"))
    return _doc_row(locator.line, article.id, doc, size, text_fingerprint(article.text))


def _doc_row(line: int | None, id_: str, doc: Document, size: int, fingerprint: str) -> index_module.Article:
    """A document's index row (its rowid and path are given when it is stored), search text and
    repost signature (made here, in the worker, from the search text)."""
    r = doc.region
    # The fields from id to adcode come from a starred generator, which mypy cannot match to them.
    row = Row(  # type: ignore[call-arg]
        0,
        "",
        line,
        *(  # type: ignore[arg-type]
            storable(v) if type(v) is str else v
            for v in (
                id_,
                doc.title,
                doc.date,
                doc.source,
                doc.script,
                r.province,
                r.city,
                r.county,
                r.adcode,
            )
        ),
        r.confidence,
        storable(EVIDENCE_SEP.join(r.evidence)),
        size,
        fingerprint,
        normalise(doc.title),
    )
    text = search_text(doc.text())
    return row, text, reposts.signature(text)


def _cleaned_rows(path: Path) -> index_module.Extracted:
    """The index rows of a `reader batch` part file, from its columns (`reader.index.parts`)."""
    try:
        return part_rows(path)
    except LoadError as e:
        return [], f"skipped, {e}"
