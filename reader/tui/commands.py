"""The command palette's providers (`ctrl+p`): open an article by its title, jump to a region, and the
view's switches (script, headings, the overview…).

Titles and region names are matched on their folded Simplified keys (`reader.index.normalise`: t2s,
lower case, full-width letters made ASCII), so `機關` finds 机关 and `广东` finds 廣東省: Textual's
fuzzy matcher compares characters as they are and would not. A query's words must all be in a title;
when none is, and the corpus is small, Textual's fuzzy search runs over the same keys (characters in
order, gaps allowed). What the palette shows is drawn as `Text`, never parsed as markup: a title with
`[b]` in it is shown as it is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.fuzzy import FuzzySearch

from reader.convert import convert
from reader.entries import Entry
from reader.index import normalise
from reader.library import Library
from reader.regions import UNKNOWN, TreeNode, compile_query, display_name, region_tree
from reader.regions.gazetteer import load_gazetteer
from reader.safe import visible
from reader.tui.listing import next_script, next_traditional
from reader.tui.screens.regions import node_query
from reader.tui.widgets.status_bar import SCRIPT_LABELS

if TYPE_CHECKING:
    from reader.tui.screens.main import MainScreen

ARTICLE_HITS = 30  # titles shown for one query
REGION_HITS = 12
FUZZY_MAX = 5_000  # articles up to which titles are also searched fuzzily
MATCH_STYLE = "bold underline"
KIND_STYLE = "dim"


@dataclass(frozen=True, slots=True)
class Match:
    score: float  # 0 < score <= 1
    offsets: tuple[int, ...]  # matched characters of the text


_fuzzy = FuzzySearch()


def match(query: str, text: str, fuzzy: bool = True) -> Match | None:
    """How well `text` matches `query`, both compared as folded Simplified keys; None when it does not.

    Every word of the query in the text scores 0.7 to 1 (the whole text, then a text that starts with
    the query, then by how early the first word stands); otherwise, with `fuzzy`, the query's
    characters in order with gaps score below 0.6. `offsets` are positions in `text` when the key is
    as long as the text (t2s maps character for character but for rare phrases), else empty.
    """
    key, words = normalise(text), normalise(query).split()
    if not words or not key:
        return None
    same_length = len(key) == len(text)
    if all(word in key for word in words):
        joined = " ".join(words)
        if key == joined:
            score = 1.0
        elif key.startswith(joined):
            score = 0.95
        else:
            score = 0.9 - 0.2 * key.find(words[0]) / len(key)
        offsets: set[int] = set()
        for word in words:
            at = key.find(word)
            offsets.update(range(at, at + len(word)))
        return Match(score, tuple(sorted(offsets)) if same_length else ())
    if not fuzzy:
        return None
    compact = "".join(words)
    raw, positions = _fuzzy.match(compact, key)
    if not raw:
        return None
    # FuzzySearch scores grow with the query's length, to about 4 per character at best.
    return Match(min(0.6, 0.2 + 0.4 * raw / (4 * len(compact))), tuple(positions) if same_length else ())


def highlighted(text: str, found: Match | None) -> Text:
    out = Text(text, no_wrap=True, overflow="ellipsis")
    for offset in found.offsets if found else ():
        if offset < len(text) and not text[offset].isspace():
            out.stylize(MATCH_STYLE, offset, offset + 1)
    return out


def _main(provider: Provider) -> MainScreen | None:
    return getattr(provider.app, "main", None)


def _on_main(main: MainScreen, action: Callable[[], object]) -> None:
    """Run `action` with the main screen in front (a command chosen over the overview or the help)."""
    app = main.app
    while app.screen is not main and len(app.screen_stack) > 1:
        app.pop_screen()
    action()


# -- articles --------------------------------------------------------------------------------------


def find_articles(library: Library, query: str, limit: int = ARTICLE_HITS) -> list[tuple[Entry, Match]]:
    """The articles whose title holds every word of `query` (either script), best first; when there
    are fewer than `limit` and the corpus is small, titles that match fuzzily after them."""
    words = normalise(query).split()
    if not words:
        return []
    found: list[tuple[Entry, Match]] = []
    # The library's title filter (its own folded keys, in C) narrows to titles with the longest word.
    for entry in library.filter("", max(words, key=len)):
        m = match(query, entry.title, fuzzy=False)
        if m is not None:
            found.append((entry, m))
            if len(found) >= 5 * limit:
                break
    entries = library.entries
    if len(found) < limit and len(entries) <= FUZZY_MAX:
        seen = {id(e) for e, _ in found}
        for entry in entries:
            if id(entry) not in seen and (m := match(query, entry.title)) is not None:
                found.append((entry, m))
    found.sort(key=lambda em: -em[1].score)  # stable: list order among equal scores
    return found[:limit]


class ArticleCommands(Provider):
    """Open an article by its title, typed in either script."""

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is None or main.library is None:
            return
        found = await asyncio.to_thread(find_articles, main.library, query)
        script = main.state.script
        for entry, m in found:
            title = visible(convert(entry.title, script, entry.script)) or "(untitled)"
            shown = match(query, title)  # offsets in the title as shown
            region = convert(display_name(entry.region), script, "simplified")
            about = " · ".join(visible(part) for part in (region, entry.date, entry.source) if part)
            prompt = Text.assemble(
                ("article  ", KIND_STYLE),
                highlighted(title, shown or m),
                "\n",
                (f"         {about or entry.id}", KIND_STYLE),
                no_wrap=True,
            )
            yield Hit(m.score, prompt, partial(_on_main, main, partial(main.reveal, entry)), text=title)


# -- regions ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegionHit:
    label: str  # 四川省 › 广安市
    query: str  # the region filter that selects it
    count: int  # articles in it
    score: float


def find_regions(library: Library, query: str, limit: int = REGION_HITS) -> list[RegionHit]:
    """The regions `query` names in any form the region filter reads (廣安, guangan, sc, 5116,
    湖北 黄冈, 未知), and the places of the library's articles whose names hold it; the ones with
    articles first."""
    compiled = compile_query(query)
    if compiled.everything:
        return []
    hits: dict[str, RegionHit] = {}

    def add(label: str, filter_query: str, score: float) -> None:
        if filter_query not in hits:
            count = len(library.filter(filter_query))
            hits[filter_query] = RegionHit(label, filter_query, count, score if count else score / 2)

    if compiled.nowhere:
        add(f"{UNKNOWN} (no region found)", UNKNOWN, 1.0)
    g = load_gazetteer()
    codes = compiled.codes or tuple(
        code for prefix in compiled.prefixes if (code := prefix.ljust(6, "0")) in g.units
    )
    for code in codes[: 2 * limit]:
        names = tuple(g.units[c].name for c in reversed(g.ancestors(code)))
        add(" › ".join(names), node_query(TreeNode(names[-1], code, 0), names[:-1]), 0.97)
    distinct = {id(region): region for region in library.regions()}  # entries share their regions
    for node, above in _places(region_tree(distinct.values())):
        m = match(query, node.name, fuzzy=False)
        if m is not None and node.adcode is not None:
            add(" › ".join((*above, node.name)), node_query(node, above), 0.6 + 0.3 * m.score)
    return sorted(hits.values(), key=lambda h: (-h.score, -h.count))[:limit]


def _places(nodes: list[TreeNode], above: tuple[str, ...] = ()) -> Iterable[tuple[TreeNode, tuple[str, ...]]]:
    for node in nodes:
        yield node, above
        yield from _places(node.children, (*above, node.name))


class RegionCommands(Provider):
    """Set the region filter to a place named in any form `r` takes."""

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is None or main.library is None:
            return
        for hit in await asyncio.to_thread(find_regions, main.library, query):
            label = visible(convert(hit.label, main.state.script, "simplified"))
            prompt = Text.assemble(
                ("region   ", KIND_STYLE),
                highlighted(label, match(query, label)),
                (f"  {hit.count:,} article{'s' if hit.count != 1 else ''}", KIND_STYLE),
            )
            yield Hit(
                hit.score, prompt, partial(_on_main, main, partial(main.filter_region, hit.query)), text=label
            )


# -- switches --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Switch:
    label: str  # what choosing it does, as the palette lists it
    key: str  # the key that does the same
    action: Callable[[], object]
    aliases: str = ""  # other words it is found by (Chinese names)


def switches(main: MainScreen) -> list[Switch]:
    """The view's switches as they stand now: each label says what choosing it will do."""
    state = main.state
    current = main.current.script if main.current else None
    shown_next = next_script(state.script, current, state.traditional)
    out = [
        Switch(f"Script: show {SCRIPT_LABELS[shown_next]}", "t", main.action_cycle_script, "简体 繁體 字体"),
        Switch(
            f"Traditional standard: {SCRIPT_LABELS[next_traditional(state.traditional)]}",
            "T",
            main.action_cycle_traditional,
            "繁體 臺灣 香港",
        ),
        Switch(
            f"Headings: turn {'off' if state.headings else 'on'}", "h", main.action_toggle_headings, "标题"
        ),
        Switch(
            f"Punctuation: {'half-width as written' if state.punctuation else 'full-width between hanzi'}",
            "p",
            main.action_toggle_punctuation,
            "标点 全角",
        ),
        Switch(
            f"Grouping of reposts: turn {'off' if state.grouping else 'on'}",
            "Z",
            main.action_toggle_grouping,
            "转载 重复 分组 轉載 重複",
        ),
        Switch("Overview: articles per province and per month", "v", main.action_overview, "统计 概览"),
    ]
    if state.region_filter:
        out.append(Switch("Region filter: clear", "r", partial(main.filter_region, ""), "地区"))
    if main.month_filter:
        out.append(Switch("Month filter: clear", "escape", partial(main.filter_month, ""), "月份"))
    return out


def _switch_prompt(switch: Switch, found: Match | None) -> Text:
    return Text.assemble(
        ("switch   ", KIND_STYLE), highlighted(switch.label, found), (f"  {switch.key}", "bold")
    )


class SwitchCommands(Provider):
    """Script, Traditional standard, headings, punctuation, the overview; clearing the filters."""

    async def discover(self) -> Hits:
        main = _main(self)
        if main is None:
            return
        for switch in switches(main):
            yield DiscoveryHit(
                _switch_prompt(switch, None), partial(_on_main, main, switch.action), text=switch.label
            )

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is None:
            return
        for switch in switches(main):
            found = match(query, switch.label)
            alias = match(query, switch.aliases, fuzzy=False) if switch.aliases else None
            if found is None and alias is not None:
                found = Match(alias.score * 0.9, ())
            if found is not None:
                yield Hit(
                    found.score,
                    _switch_prompt(switch, found),
                    partial(_on_main, main, switch.action),
                    text=switch.label,
                )


PROVIDERS = (ArticleCommands, RegionCommands, SwitchCommands)
