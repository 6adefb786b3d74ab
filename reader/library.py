"""The engine's one door for front ends: the articles under a path, listed, found, cleaned and converted.

The CLI and the TUI both work through `Library`; neither cleans, detects regions or converts on its own.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.clean import clean
from reader.convert import convert_document
from reader.corpus import LoadError, Locator, PartialLoad, discover, load_one, locate, read_file
from reader.document import Article, Document, Region, Script
from reader.regions import compile_query, detect_region


@dataclass(frozen=True, slots=True)
class Entry:
    """What the article list needs of one article, without its body."""

    id: str
    path: str
    title: str
    date: str | None
    source: str | None
    script: str
    region: Region
    locator: Locator

    def contract(self) -> dict:
        """The `reader list --json` record."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "script": self.script,
            "region": self.region.contract(),
        }


def analyse(article: Article) -> Document:
    """Clean one article and find its region: the whole engine for one text."""
    doc = clean(article.text)
    overrides: dict[str, str] = {}
    if article.title:
        overrides["title"] = article.title
    if article.date:
        overrides["date"] = article.date
    if overrides:
        doc = dataclasses.replace(doc, **overrides)
    return dataclasses.replace(doc, region=detect_region(doc))


def entry_for(article: Article, doc: Document) -> Entry:
    return Entry(
        id=article.id,
        path=article.path,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        script=doc.script,
        region=doc.region,
        locator=locate(article),
    )


def without_headings(doc: Document) -> Document:
    """Headings read as ordinary paragraphs (`h` in the TUI, `--no-headings` in the CLI)."""
    blocks = tuple(dataclasses.replace(b, type="paragraph", level=None) if b.type == "heading" else b
                   for b in doc.blocks)
    return dataclasses.replace(doc, blocks=blocks)


class Library:
    """The articles under one path. Bodies are cleaned on demand and kept in a small LRU cache."""

    CACHE_SIZE = 64

    def __init__(self, root: Path, entries: list[Entry], warnings: list[str]) -> None:
        self.root = root
        self.entries = entries
        self.warnings = warnings
        self._docs: OrderedDict[str, Document] = OrderedDict()

    @classmethod
    def load(cls, root: Path, on_warning: Callable[[str], None] | None = None) -> Library:
        """Read every article under `root`. A bad file is skipped with one warning naming it.

        Raises `LoadError` when `root` is missing or holds no article at all.
        """
        if not root.exists():
            raise LoadError(f"no such file or directory: {root}")
        entries: list[Entry] = []
        warnings: list[str] = []
        for path in discover(root):
            try:
                articles = read_file(path)
            except PartialLoad as partial:
                articles = partial.articles
                warnings.append(f"{path}: {partial}")
            except LoadError as e:
                warnings.append(f"{path}: skipped, {e}")
                continue
            entries.extend(entry_for(a, analyse(a)) for a in articles)
        if on_warning:
            for w in warnings:
                on_warning(w)
        if not entries:
            raise LoadError(f"no readable articles in {root}")
        return cls(root, _unique_ids(entries), warnings)

    def find(self, ref: str) -> Entry:
        """An article by id, unique id prefix or file path. Raises `LookupError` with a clear message."""
        exact = [e for e in self.entries if e.id == ref]
        if exact:
            return exact[0]
        target = Path(ref).resolve() if Path(ref).exists() else None
        if target is not None:
            by_path = [e for e in self.entries if Path(e.locator.path).resolve() == target]
            if len(by_path) == 1:
                return by_path[0]
        matches = [e for e in self.entries if e.id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LookupError(f"no article matches {ref!r}")
        ids = ", ".join(e.id for e in matches[:5])
        raise LookupError(f"{ref!r} matches {len(matches)} articles ({ids}…); give more of the id")

    def document(self, entry: Entry) -> Document:
        """The cleaned document of one article, re-read from disk on a cache miss."""
        doc = self._docs.get(entry.id)
        if doc is None:
            doc = analyse(dataclasses.replace(load_one(entry.locator), id=entry.id))
            self._docs[entry.id] = doc
            if len(self._docs) > self.CACHE_SIZE:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(entry.id)
        return doc

    def view(self, entry: Entry, script: Script = "original", headings: bool = True) -> Document:
        """The document as a reader wants it: in `script`, with or without headings."""
        doc = convert_document(self.document(entry), script)
        return doc if headings else without_headings(doc)

    def filter(self, region: str = "") -> list[Entry]:
        query = compile_query(region)
        return [e for e in self.entries if query.matches(e.region)]

    def regions(self) -> Iterable[Region]:
        return (e.region for e in self.entries)


def _unique_ids(entries: list[Entry]) -> list[Entry]:
    """Two files with one stem in different folders get their relative paths as ids instead."""
    seen: dict[str, int] = {}
    for e in entries:
        seen[e.id] = seen.get(e.id, 0) + 1
    return [e if seen[e.id] == 1 else dataclasses.replace(e, id=_path_id(e)) for e in entries]


def _path_id(entry: Entry) -> str:
    suffix = f":{entry.locator.line}" if entry.locator.line else ""
    return f"{Path(entry.locator.path).with_suffix('')}{suffix}"
