"""The article list's entries, made from index rows: what the list shows of one article, without
its body, and its path as the user spelt the root."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from reader.corpus import (
    Locator,
)
from reader.document import Region
from reader.index import EVIDENCE_SEP, Row


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
    size: int = 0  # bytes of the article's text (UTF-8)
    fingerprint: str = ""  # a hash of the text as read: what its mark is kept by (`reader.marks`)

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


class DisplayPaths:
    """Absolute paths from the index, shown as `discover` would spell them under this root."""

    def __init__(self, root: Path) -> None:
        absolute = os.path.abspath(root)
        self.file = str(root) if not os.path.isdir(absolute) else None
        self.cut = len(absolute.rstrip(os.sep)) + 1
        shown = str(root)
        self.prefix = "" if shown == "." else shown if shown.endswith(os.sep) else shown + os.sep

    def display(self, path: str) -> str:
        return self.file if self.file is not None else self.prefix + path[self.cut :]


class EntryMaker:
    """Entries from index rows. Equal regions, dates, sources and scripts share one object: at
    100,000 articles that is tens of megabytes."""

    def __init__(self, root: Path) -> None:
        self.paths = DisplayPaths(root)
        self.regions: dict[tuple, Region] = {}
        self.strings: dict[str | None, str | None] = {}

    def __call__(self, row: Row) -> Entry:
        (
            _,
            path,
            line,
            id_,
            title,
            date,
            source,
            script,
            province,
            city,
            county,
            adcode,
            confidence,
            evidence,
            size,
            fingerprint,
            _,
        ) = row  # one unpacking: faster than a dozen attribute reads
        key = (province, city, county, adcode, confidence, evidence)
        region = self.regions.get(key)
        if region is None:
            region = self.regions[key] = Region(
                province,
                city,
                county,
                adcode,
                confidence,
                tuple(evidence.split(EVIDENCE_SEP)) if evidence else (),
            )
        share = self.strings.setdefault
        shown = self.paths.display(path)
        return Entry(
            id_,
            f"{shown}:{line}" if line is not None else shown,
            title,
            share(date, date),
            share(source, source),
            share(script, script),  # type: ignore[arg-type]  # a row's script is never None
            region,
            Locator(shown, line),
            size,
            fingerprint,
        )


def unique_ids(entries: list[Entry]) -> list[Entry]:
    """Two files with one stem in different folders get their relative paths as ids instead."""
    seen: dict[str, int] = {}
    for e in entries:
        seen[e.id] = seen.get(e.id, 0) + 1
    if len(seen) == len(entries):
        return entries
    return [e if seen[e.id] == 1 else dataclasses.replace(e, id=_path_id(e)) for e in entries]


def _path_id(entry: Entry) -> str:
    suffix = f":{entry.locator.line}" if entry.locator.line is not None else ""
    return f"{Path(entry.locator.path).with_suffix('')}{suffix}"
