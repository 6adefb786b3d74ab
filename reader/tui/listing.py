"""How the list reads in each script, and which script `t` goes to next.

Titles and region names are converted with the engine's `convert` when a row is first drawn,
then remembered, so switching the script of 100,000 articles costs only the rows on screen.
"""

from __future__ import annotations

from reader.convert import convert
from reader.document import TRADITIONAL, Script
from reader.entries import Entry
from reader.regions import display_name
from reader.safe import visible


class Labels:
    """Titles and region names in a script, converted when first asked for and then remembered."""

    LIMIT = 100_000

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, Script], str] = {}

    def title(self, entry: Entry, script: Script) -> str:
        key = (entry.id, "title", script)
        title = self._cache.get(key)
        if title is None:
            title = self._remember(key, convert(entry.title, script, entry.script) or "(untitled)")
        return title

    def region(self, entry: Entry, script: Script) -> str:
        """The region's short name; gazetteer names are Simplified, so in 繁體 they are converted."""
        key = (entry.id, "region", script)
        name = self._cache.get(key)
        if name is None:
            name = self._remember(key, convert(display_name(entry.region), script, "simplified"))
        return name

    def _remember(self, key: tuple[str, str, Script], value: str) -> str:
        if len(self._cache) >= self.LIMIT:
            self._cache.clear()
        self._cache[key] = visible(value)
        return self._cache[key]


def next_script(current: Script, article_script: str | None, traditional: Script = "traditional") -> Script:
    """`t`: original → the article's other script → its own script → original, Traditional being
    the standard chosen with `T` (OpenCC's, Taiwan's or Hong Kong's).

    Starting with the other script makes the first `t` always change the article in view
    (converting a Simplified article to 简体 would show nothing new); all three modes stay one cycle.
    """
    own: Script = traditional if article_script == "traditional" else "simplified"
    other: Script = "simplified" if own != "simplified" else traditional
    cycle: list[Script] = ["original", other, own]
    return cycle[(cycle.index(current) + 1) % len(cycle)] if current in cycle else other


def next_traditional(current: Script) -> Script:
    """`T`: the Traditional standard, OpenCC's → Taiwan's (with its phrases) → Hong Kong's."""
    return (
        TRADITIONAL[(TRADITIONAL.index(current) + 1) % len(TRADITIONAL)]
        if current in TRADITIONAL
        else TRADITIONAL[0]
    )
