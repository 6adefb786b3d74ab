"""The engine's one door for front ends: the articles under a path, listed, found, cleaned and converted.

The CLI and the TUI both work through `Library`; neither cleans, detects regions or converts on its own.
The list comes from the metadata index (`reader.index`), so a warm start cleans nothing; bodies are
cleaned on demand and kept in a small LRU cache.
"""

from __future__ import annotations

import dataclasses
import itertools
import operator
import os
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

import numpy as np

from reader import engine
from reader import index as index_module
from reader.convert import convert_document
from reader.corpus import (
    DEFAULT_FIELDS,
    Fields,
    LoadError,
    cleaned,
    load_one,
)
from reader.document import Document, Region, Script
from reader.entries import DisplayPaths, Entry, EntryMaker, unique_ids
from reader.extract import index_rows
from reader.index import Index, Row, SyncReport, normalise, query_words
from reader.regions import compile_query
from reader.safe import has_unsafe, visible
from reader.stories import Stories, Story


@dataclass(frozen=True, slots=True)
class Progress:
    """How far `Library.sync` has got; `entries` is what `Library.entries` holds now."""

    cleaned: int  # files cleaned so far in this sync
    to_clean: int  # new or changed files this sync cleans (0 when the index was warm)
    entries: int
    done: bool  # the list is final: every file checked, ids made unique, warnings known


class _Listing(NamedTuple):
    """The entries and, position by position, their index rowids and normalised titles. Replaced
    whole, never changed in place, so a reader in another thread always sees a consistent one."""

    entries: list[Entry]
    rowids: list[int]
    title_keys: list[str]


# entries, their title keys and their places in the listing
_Filtered = tuple[list[Entry], list[str], np.ndarray]


class Library:
    """The articles under one path. Bodies are cleaned on demand and kept in a small LRU cache.

    `Library.load` returns a complete library (the CLI). A front end that must paint before a large
    corpus is indexed uses `Library.open` and runs `sync` in a worker thread (see `sync`).
    """

    CACHE_SIZE = 64
    FILTER_CACHE_SIZE = 8  # recent filter results, each up to a list's length

    def __init__(
        self,
        root: Path,
        entries: list[Entry],
        warnings: list[str],
        index: Index | None = None,
        on_warning: Callable[[str], None] | None = None,
        fields: Fields = DEFAULT_FIELDS,
    ) -> None:
        self.root = root
        self.fields = fields
        self.warnings = warnings
        self.index = index
        self._on_warning = on_warning
        self._listing = _Listing(entries, [], [normalise(e.title) for e in entries])
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self._docs_lock = threading.Lock()
        self._regions: tuple[_Listing, list[Region], list[int]] | None = None
        # the listing's rowids sorted, and their places in it (`_positions`)
        self._rowids: tuple[_Listing, np.ndarray, np.ndarray] | None = None
        self._filter_cache: tuple[_Listing | None, OrderedDict[tuple[str, str], _Filtered]] = (
            None,
            OrderedDict(),
        )  # for the listing it was filled from
        self._filter_lock = threading.Lock()
        # id(entry) → group key, and the listing's stories, ordered once (`stories.Stories`)
        self._groups: tuple[_Listing | None, dict[int, str], Stories | None] = (None, {}, None)

    @property
    def entries(self) -> list[Entry]:
        return self._listing.entries

    @classmethod
    def open(
        cls,
        root: Path,
        on_warning: Callable[[str], None] | None = None,
        index: Index | None = None,
        fields: Fields = DEFAULT_FIELDS,
    ) -> Library:
        """A library with no entries yet, at once; `sync` fills it. Raises `LoadError` when `root`
        is missing. `fields` name the record fields to read (`--text-field`…): an index of its own."""
        if not root.exists():
            raise LoadError(f"no such file or directory: {root}")
        index = index or Index(variant=fields.key())
        if index.notice and on_warning:
            on_warning(index.notice)
        return cls(root, [], [], index, on_warning, fields)

    @classmethod
    def load(
        cls,
        root: Path,
        on_warning: Callable[[str], None] | None = None,
        index: Index | None = None,
        fields: Fields = DEFAULT_FIELDS,
    ) -> Library:
        """Every article under `root`, from the index, which is brought up to date first (new or
        changed files are cleaned, in parallel when there are many). A bad file is skipped with
        one warning naming it.

        Raises `LoadError` when `root` is missing or holds no article at all.
        """
        library = cls.open(root, on_warning, index, fields)
        library.sync(show_cached=False)
        return library

    def sync(
        self,
        on_progress: Callable[[Progress], None] | None = None,
        *,
        show_cached: bool = True,
        processes: int | None = None,
    ) -> SyncReport:
        """Bring the index up to date and `entries` with it; blocking, so a TUI runs it in a thread.

        With `show_cached`, entries known to the index are listed first (the first 200 at once, so
        a first screen can paint), then files are checked and new or changed ones cleaned. On a
        cold index, entries are appended batch by batch as the pool cleans them. `on_progress` is
        called, from this thread, whenever `entries` changed or cleaning advanced; the last call
        has `done=True`. Raises `LoadError` at the end when `root` holds no readable article.
        """
        assert self.index is not None, "a library built from a list of entries has no index to sync"

        def report(cleaned: int = 0, to_clean: int = 0, done: bool = False) -> None:
            if on_progress:
                on_progress(Progress(cleaned, to_clean, len(self.entries), done))

        try:
            if show_cached:
                for _ in self._read_listing():
                    report()
            make = EntryMaker(self.root)

            def on_batch(rows: list[Row], cleaned: int, to_clean: int) -> None:
                if show_cached and rows:  # new files: the list grows as each batch is committed
                    self._append(rows, make)
                report(cleaned, to_clean)

            extract = index_rows if self.fields == DEFAULT_FIELDS else partial(index_rows, fields=self.fields)
            sync = self.index.sync(self.root, extract, on_batch=on_batch, processes=processes)
            if not show_cached or sync.cleaned or sync.removed:
                for _ in self._read_listing():
                    pass
            self._finish()
        except sqlite3.DatabaseError as e:
            if not index_module.is_corrupt(e):
                raise
            self.index.reset()  # found broken mid-use: never trusted, rebuilt from the files
            self._listing = _Listing([], [], [])
            return self.sync(on_progress, show_cached=show_cached, processes=processes)
        report(done=True)
        return sync

    def _read_listing(self) -> Iterable[None]:
        """Replace the listing with the index's rows, growing it chunk by chunk."""
        assert self.index is not None
        make = EntryMaker(self.root)
        entries: list[Entry] = []
        rowids: list[int] = []
        keys: list[str] = []
        for chunk in self.index.rows(self.root):
            for row in chunk:
                entry = make(row)
                entries.append(entry)
                rowids.append(row.rowid)
                keys.append(entry.title if row.title_key == entry.title else row.title_key)
            self._listing = _Listing(list(entries), list(rowids), list(keys))
            yield

    def _append(self, rows: list[Row], make: EntryMaker) -> None:
        old = self._listing
        entries = [make(row) for row in rows]
        keys = [
            e.title if row.title_key == e.title else row.title_key
            for e, row in zip(entries, rows, strict=True)
        ]
        self._listing = _Listing(
            old.entries + entries, old.rowids + [r.rowid for r in rows], old.title_keys + keys
        )

    def _finish(self) -> None:
        assert self.index is not None
        old = self._listing
        self._listing = _Listing(unique_ids(old.entries), old.rowids, old.title_keys)
        self._places(self._listing)  # here, in the sync's thread, not on the first filter keystroke
        self._positions(self._listing, np.empty(0, dtype=np.int64))  # nor on the first search
        self._group_map(self._listing)
        paths = DisplayPaths(self.root)
        self.warnings = [
            f"{paths.display(path)}: {warning}" for path, warning in self.index.warnings(self.root)
        ]
        if self._on_warning:
            for w in self.warnings:
                self._on_warning(w)
        if not self.entries:
            raise LoadError(f"no readable articles in {self.root}")

    def find(self, ref: str) -> Entry:
        """An article by id (as listed), unique id prefix or file path. Raises `LookupError` with a
        clear message."""
        entries = self.entries
        # An id with a control or bidi character in it is listed in its visible form (`r<U+202E>x`).
        exact = next((e for e in entries if e.id == ref), None) or next(
            (e for e in entries if has_unsafe(e.id) and visible(e.id) == ref), None
        )
        if exact is not None:
            return exact
        if _is_file(ref):
            target = Path(ref).resolve()
            # Resolving 100,000 paths takes seconds: compare only those with the same file name.
            named = [e for e in entries if os.path.basename(e.locator.path) == target.name] or entries
            by_path = [e for e in named if Path(e.locator.path).resolve() == target]
            if len(by_path) == 1:
                return by_path[0]
        matches = [
            e for e in entries if e.id.startswith(ref) or (has_unsafe(e.id) and visible(e.id).startswith(ref))
        ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LookupError(f"no article matches {ref!r}")
        ids = ", ".join(e.id for e in matches[:5])
        raise LookupError(f"{ref!r} matches {len(matches)} articles ({ids}…); give more of the id")

    def document(self, entry: Entry) -> Document:
        """The cleaned document of one article, re-read from disk on a cache miss."""
        with self._docs_lock:
            doc = self._docs.get(entry.id)
            if doc is not None:
                self._docs.move_to_end(entry.id)
                return doc
        if cleaned.kind(entry.locator.path) == "cleaned" and entry.locator.line is not None:
            # cleaned by `reader batch`: its row is the document
            doc = cleaned.document_at(Path(entry.locator.path), entry.locator.line)
        else:
            doc = engine.analyse(dataclasses.replace(load_one(entry.locator, self.fields), id=entry.id))
        with self._docs_lock:
            self._docs[entry.id] = doc
            if len(self._docs) > self.CACHE_SIZE:
                self._docs.popitem(last=False)
        return doc

    def view(
        self, entry: Entry, script: Script = "original", headings: bool = True, punctuation: bool = False
    ) -> Document:
        """The document as a reader wants it: in `script`, with or without headings, with half-width
        punctuation between hanzi made full-width or not."""
        doc = convert_document(self.document(entry), script, punctuation)
        return doc if headings else engine.without_headings(doc)

    def filter(self, region: str = "", text: str = "") -> list[Entry]:
        """The entries in `region` (a province, city or county in any form `reader.regions` reads)
        whose title contains `text` (in either script). Fast enough to run per keystroke at 100,000:
        the region query is asked once per distinct place, not once per article."""
        return list(self._filter(self._listing, region, text)[0])

    def filter_collapsed(self, region: str = "", text: str = "") -> tuple[list[Entry], list[Entry | Story]]:
        """`filter`, and its entries as `collapse` gives them, grouped by their places in the
        listing, in numpy: a keystroke that keeps 40,000 articles looks none of them up one by one."""
        listing = self._listing  # one listing for both: places are valid in their own only
        entries, _, at = self._filter(listing, region, text)
        _, grouped = self._group_map(listing)
        return list(entries), grouped.collapse(entries, at) if grouped is not None else list(entries)

    def _filter(self, listing: _Listing, region: str, text: str) -> _Filtered:
        needle = normalise(text.strip()) if text.strip() else ""
        with self._filter_lock:
            return self._filtered(listing, region.strip(), needle)

    def select(self, region: str = "", search: str = "") -> list[Entry]:
        """The entries in `region` that the corpus search finds `search` in (`/` in the TUI's list,
        `--search` on the command line), in search order: title matches first."""
        in_region = self.filter(region)
        if not search.strip():
            return in_region
        keep = {id(e) for e in in_region}
        return [e for e in self.search(search) if id(e) in keep]

    def _filtered(self, listing: _Listing, region: str, needle: str) -> _Filtered:
        """The entries of one filter and their title keys, through a small cache: a keystroke that
        lengthens the text filters the last, narrower result rather than the whole list, and one
        that shortens it finds its result again. `map` and `compress` keep each pass in C."""
        listing_then, cache = self._filter_cache
        if listing_then is not listing:
            cache.clear()
            self._filter_cache = (listing, cache)
        result = cache.get((region, needle))
        if result is not None:
            cache.move_to_end((region, needle))
            return result
        if needle:
            shorter = (cache.get((region, needle[:n])) for n in range(len(needle) - 1, 0, -1))
            entries, keys, at = next((r for r in shorter if r is not None), None) or self._filtered(
                listing, region, ""
            )
            keep = list(map(str.__contains__, keys, itertools.repeat(needle)))
            result = (
                list(itertools.compress(entries, keep)),
                list(itertools.compress(keys, keep)),
                at[np.array(keep, dtype=bool)],
            )
        elif region:
            places, place_of = self._places(listing)
            query = compile_query(region)
            matching = [query.matches(place) for place in places]
            inside = list(map(matching.__getitem__, place_of))
            result = (
                list(itertools.compress(listing.entries, inside)),
                list(itertools.compress(listing.title_keys, inside)),
                np.flatnonzero(np.array(inside, dtype=bool)),
            )
        else:
            result = listing.entries, listing.title_keys, np.arange(len(listing.entries))
        cache[(region, needle)] = result
        if len(cache) > self.FILTER_CACHE_SIZE:
            cache.popitem(last=False)
        return result

    def _places(self, listing: _Listing) -> tuple[list[Region], list[int]]:
        """The distinct places (a region without its evidence) and, per entry, its place's number.
        Worked out once per listing, over the region objects that entries share."""
        cached = self._regions
        if cached is not None and cached[0] is listing:
            return cached[1], cached[2]
        numbers: dict[tuple, int] = {}
        by_object: dict[int, int] = {}
        places: list[Region] = []
        place_of: list[int] = []
        for e in listing.entries:
            r = e.region
            number = by_object.get(id(r))
            if number is None:
                key = (r.province, r.city, r.county, r.adcode)
                number = numbers.get(key)
                if number is None:
                    number = numbers[key] = len(places)
                    places.append(Region(*key, confidence=r.confidence))
                by_object[id(r)] = number
            place_of.append(number)
        self._regions = (listing, places, place_of)
        return places, place_of

    def search(self, query: str) -> list[Entry]:
        """The articles whose title or cleaned text holds every word of `query`, whole, in Simplified
        or Traditional (see `reader.index.text`). Title matches come first, then the rest, each in
        list order."""
        listing = self._listing
        if self.index is None or len(listing.rowids) != len(listing.entries):
            return self._search_bodies(query, listing)
        # numpy finds the listed hits, and `map` picks them out in C: no Python loop over 100,000.
        found = self._positions(listing, self.index.search(query))
        entries = list(map(listing.entries.__getitem__, found))
        in_title = list(
            map(
                str.__contains__,
                map(listing.title_keys.__getitem__, found),
                itertools.repeat(normalise(query.strip())),
            )
        )
        elsewhere = map(operator.not_, in_title)
        return [*itertools.compress(entries, in_title), *itertools.compress(entries, elsewhere)]

    def _positions(self, listing: _Listing, rowids: np.ndarray) -> list[int]:
        """The places in `listing` of those of `rowids` it lists, in list order: each rowid is
        looked up by bisection in the listing's rowids, sorted once per listing."""
        cached = self._rowids
        if cached is None or cached[0] is not listing:
            listed = np.array(listing.rowids, dtype=np.int64)
            order = np.argsort(listed, kind="stable")
            cached = self._rowids = (listing, listed[order], order)
        _, ordered, order = cached
        at = np.minimum(np.searchsorted(ordered, rowids), max(len(ordered) - 1, 0))
        found = at[ordered[at] == rowids] if len(ordered) else at[:0]
        keep = np.zeros(len(ordered), dtype=bool)
        keep[order[found]] = True
        return np.flatnonzero(keep).tolist()

    def _search_bodies(self, query: str, listing: _Listing) -> list[Entry]:
        """Search without an index (a library built from a list of entries): every word of the
        query in the cleaned text."""
        words = query_words(query)
        if not words:
            return []
        return [e for e in listing.entries if all(w in normalise(self.document(e).text()) for w in words)]

    # Reposts ------------------------------------------------------------------------------------

    def _group_map(self, listing: _Listing) -> tuple[dict[int, str], Stories | None]:
        """id(entry) → group key of the listed articles that have a repost listed too, and the
        listing's `Stories`. Worked out once per listing, when a sync ends (in its thread, not on a
        keystroke); a listing still filling has none yet."""
        cached_for, keys, grouped = self._groups
        if cached_for is listing:
            return keys, grouped
        if self.index is None or len(listing.rowids) != len(listing.entries):
            return {}, None
        labels = self.index.groups()  # of every folder the index holds: counted here under this root
        listed = [
            (entry, label)
            for entry, rowid in zip(listing.entries, listing.rowids, strict=True)
            if (label := labels.get(rowid)) is not None
        ]
        shared = Counter(label for _, label in listed)
        keys = {id(entry): f"g{label:x}" for entry, label in listed if shared[label] > 1}
        grouped = Stories(listing.entries, list(map(keys.get, map(id, listing.entries)))) if keys else None
        self._groups = (listing, keys, grouped)
        return keys, grouped

    def group_keys(self, entries: Sequence[Entry]) -> list[str | None]:
        """Each entry's group key (`g1a2b`), None for an article with no repost; in C."""
        keys, _ = self._group_map(self._listing)
        return list(map(keys.get, map(id, entries))) if keys else [None] * len(entries)

    def group(self, entry: Entry) -> str | None:
        return self._group_map(self._listing)[0].get(id(entry))

    def collapse(self, entries: Sequence[Entry]) -> list[Entry | Story]:
        """`entries` (any of the listed ones, in any order) with each group of reposts among them as
        one `Story` (`reader.stories`): the listing's groups are ordered once, so a filter per
        keystroke only selects from them."""
        _, grouped = self._group_map(self._listing)
        return grouped.collapse(entries) if grouped is not None else list(entries)

    def regions(self) -> Iterable[Region]:
        return (e.region for e in self.entries)


def _is_file(ref: str) -> bool:
    """Whether `ref` names an existing file; a name too long or not encodable is simply not a path."""
    try:
        return Path(ref).is_file()
    except (OSError, ValueError):
        return False
