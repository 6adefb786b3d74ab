"""Reposts grouped in the index, as articles are stored and forgotten, without a rebuild.

Each article with a signature (`reader.reposts`) has a row in `reposts`: its group's label and its
signature; and one row in `bands` per band key. A new article is compared with the articles that
share a band key with it (the first `CANDIDATES` of each key: in a corpus of thousands of near-copies
one key can name thousands of articles, and a few of them speak for their group; it is compared
with the first and the last of a group's candidates), and it joins the
group of every one that is the same story (`reposts.same_story`), merging those groups: a group is
the connected set of articles linked so. A merge relabels the smaller group, so an article is
relabelled at most log₂ n times, and counts no more of the larger than the smaller holds. When an
article is forgotten, its group is worked out again from the signatures of the members left, since
it may have been the link between two parts.

A group's label is the rowid of one of its members; the original (the earliest date) is chosen by
the front end, among the members it lists (`reader.stories`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from reader import reposts

CANDIDATES = 4  # articles looked at per band key of a new article

SCHEMA = """
CREATE TABLE IF NOT EXISTS reposts (
    article INTEGER PRIMARY KEY,    -- articles.rowid
    grp INTEGER NOT NULL,           -- the group's label: the rowid of one of its members
    signature BLOB NOT NULL         -- `reposts.signature`
);
CREATE INDEX IF NOT EXISTS reposts_by_group ON reposts (grp);
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL,           -- `reposts.band_keys`
    article INTEGER NOT NULL,
    PRIMARY KEY (key, article)
) WITHOUT ROWID;
"""
# The groups of the first `CANDIDATES` articles of each of a new article's band keys, with the
# signatures of the first and the last of each group's: one statement (a limit per key, which
# `key IN (…)` cannot give), prepared once.
_CANDIDATES_SQL = (
    "SELECT g.grp, first.signature, last.signature FROM (SELECT r.grp, min(b.article) AS a, "
    "max(b.article) AS z FROM ("
    + " UNION ALL ".join(
        f"SELECT * FROM (SELECT article FROM bands WHERE key = ?{i + 1} LIMIT {CANDIDATES})"
        for i in range(reposts.BANDS)
    )
    + ") b JOIN reposts r ON r.article = b.article GROUP BY r.grp) g "
    "JOIN reposts first ON first.article = g.a JOIN reposts last ON last.article = g.z"
)


def add(db: sqlite3.Connection, articles: Iterable[tuple[int, bytes]]) -> None:
    """Group new articles (rowid, signature), in the caller's transaction. An empty signature (a
    text too short to judge) leaves the article on its own."""
    sizes: dict[int, int | None] = {}  # group → members, None where not counted yet
    for rowid, sig in articles:
        if not sig:
            continue
        keys = reposts.band_keys(sig)
        db.execute("INSERT OR REPLACE INTO reposts VALUES (?, ?, ?)", (rowid, rowid, sig))
        found = db.execute(_CANDIDATES_SQL, keys).fetchall()  # group, two of its candidates' signatures
        db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", [(key, rowid) for key in keys])
        group, sizes[rowid] = rowid, 1
        for other, first, last in found:
            if other != group and (reposts.same_story(sig, first) or reposts.same_story(sig, last)):
                group = _merge(db, sizes, group, other)


def _merge(db: sqlite3.Connection, sizes: dict[int, int | None], ours: int, other: int) -> int:
    """One group of the new article's group `ours` and group `other`, under the larger one's label,
    which is returned. Only as many of `other`'s members are counted as `ours` has, so joining a
    group of thousands costs no more than joining a pair (a corpus of near-copies adds to one group
    again and again)."""
    size = sizes.get(ours)
    if size is None:
        size = sizes[ours] = _count(db, ours)
    counted = _count(db, other, limit=size + 1)
    if counted > size:
        db.execute("UPDATE reposts SET grp = ? WHERE grp = ?", (other, ours))
        sizes[other] = None  # larger than `counted`; counted whole only if it must merge again
        return other
    db.execute("UPDATE reposts SET grp = ? WHERE grp = ?", (ours, other))
    sizes[ours] = size + counted
    return ours


def _count(db: sqlite3.Connection, group: int, limit: int = -1) -> int:
    return db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM reposts WHERE grp = ? LIMIT ?)", (group, limit)
    ).fetchone()[0]


def forget(db: sqlite3.Connection, rowids: list[int]) -> None:
    """Drop articles from their groups, in the caller's transaction, and regroup what is left of
    each group they were in."""
    if not rowids:
        return
    groups: set[int] = set()
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for article, group, sig in db.execute(
            f"SELECT article, grp, signature FROM reposts WHERE article IN ({marks})", chunk
        ).fetchall():
            groups.add(group)
            db.executemany(
                "DELETE FROM bands WHERE key = ? AND article = ?",
                [(key, article) for key in reposts.band_keys(sig)],
            )
        db.execute(f"DELETE FROM reposts WHERE article IN ({marks})", chunk)
    for group in groups:
        members = db.execute("SELECT article, signature FROM reposts WHERE grp = ?", (group,)).fetchall()
        for part in components(members):
            label = min(part)
            if label != group:
                marks = ", ".join("?" * len(part))
                db.execute(f"UPDATE reposts SET grp = ? WHERE article IN ({marks})", (label, *part))


def components(members: list[tuple[int, bytes]]) -> list[list[int]]:
    """The groups that `members` (rowid, signature) make on their own, linked as `add` links them:
    each article, in rowid order, with the first `CANDIDATES` before it of each of its band keys."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members = [(rowid, sig) for rowid, sig in members if sig]
    signatures = dict(members)
    buckets: dict[int, list[int]] = {}
    for rowid, sig in sorted(members):
        parent[rowid] = rowid
        for key in reposts.band_keys(sig):
            bucket = buckets.setdefault(key, [])
            for other in bucket[:CANDIDATES]:
                if root(other) != root(rowid) and reposts.same_story(sig, signatures[other]):
                    parent[root(other)] = root(rowid)
            bucket.append(rowid)
    parts: dict[int, list[int]] = {}
    for rowid in parent:
        parts.setdefault(root(rowid), []).append(rowid)
    return list(parts.values())


def labels(db: sqlite3.Connection) -> dict[int, int]:
    """rowid → group label of every article in a group of two or more."""
    rows = db.execute("SELECT article, grp FROM reposts WHERE article != grp").fetchall()
    shared = {group for _, group in rows}
    out = dict(rows)
    for group in shared:
        out[group] = group
    return out


def clear(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM reposts")
    db.execute("DELETE FROM bands")
