"""Steps 4–5: mentions resolved and voted up the hierarchy, and each level chosen while the votes allow.

Short names nothing backs are dropped (`_supported`), shared and generic names resolved by what else the
page names (`_resolve`); a level is reported only with a clear margin and a fair share of its parent's
votes (`_pick`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from reader.clean.tables import words
from reader.document import Region
from reader.regions.gazetteer import CITY, COUNTY, PROVINCE, Candidate, Gazetteer
from reader.regions.mentions import SURNAMES, ZONE_AFTER, Mention
from reader.regions.parts import HAN

CITY_SHARE = 0.25  # of the province's votes, for the city to be reported
PROVINCE_TITLE_CITY_SHARE = 0.5  # the same under a title that names the province and nothing below it
COUNTY_SHARE = 0.5  # of the city's (or municipality's) votes, for the county to be reported
MARGIN = 1.5  # the winner of a level must beat the runner-up by this factor
MIN_VOTES = 0.8  # less than one body mention of a short name decides nothing


Votes = defaultdict[str, float]
Voters = defaultdict[str, list[Mention]]


def unvoted_counties(g: Gazetteer, mentions: list[Mention], votes: Votes) -> set[str]:
    """The counties a mention may stand for that got no vote (a short name said once, left out)."""
    return {
        c.code
        for m in mentions
        for c in m.candidates
        if not votes.get(c.code) and g.units[c.code].level == COUNTY
    }


def tally(
    g: Gazetteer,
    mentions: list[Mention],
    own_county: Callable[[], bool] = lambda: False,
    township_units: Callable[[], set[str]] = set,
    site: Callable[[], frozenset[str]] = frozenset,
) -> tuple[Votes, Voters]:
    """Resolve ambiguous and generic mentions and vote up the hierarchy: unit → votes, and who cast them."""
    mentions = _supported(g, mentions, own_county, township_units, site)
    support: defaultdict[str, float] = defaultdict(float)
    for m in mentions:
        if len(m.candidates) == 1 and (not m.candidates[0].generic or _repeated_full(m, mentions)):
            for code in g.ancestors(m.candidates[0].code):
                support[code] += m.weight

    votes: Votes = defaultdict(float)
    voters: Voters = defaultdict(list)
    for m in mentions:
        for code in _resolve(g, m, support):
            votes[code] += m.weight
            voters[code].append(m)
    return votes, voters


REPEATED_FULL = 2  # mentions of a two-character full name (凤县) that make it the unit, not a word


def _repeated_full(m: Mention, mentions: list[Mention]) -> bool:
    """`凤县召开…`, `凤县要求…`: a two-character full name written on word boundaries (the scan checked
    them) again and again names its county; once (`党委和县委`), it is as likely part of a phrase."""
    c = m.candidates[0]
    if not c.full or len(m.form) != 2:
        return False
    return sum(n.form == m.form for n in mentions) >= REPEATED_FULL


def add_vote(g: Gazetteer, votes: Votes, voters: Voters, m: Mention) -> None:
    """One more vote, of a mention that stands for one unit, for the unit and the units above it."""
    for code in g.ancestors(m.candidates[0].code):
        votes[code] += m.weight
        voters[code].append(m)


def choose(g: Gazetteer, votes: Votes, voters: Voters, city_share: float = CITY_SHARE) -> Region:
    """Each level the votes support, from the province down, and the mentions that decided."""
    path: list[str] = []
    parent: str | None = None
    confidence = 1.0
    # Each unit's units right below it that have votes, with them: read once for every level.
    kids: defaultdict[str | None, list[tuple[float, str]]] = defaultdict(list)
    for code, vote in votes.items():
        if vote:
            kids[g.units[code].parent].append((vote, code))
    while True:
        # The site's own place (a host, a banner: no place in the text) says where its stories
        # are, not how they spread below it: the share a level needs is of the text's votes.
        sited = sum(m.weight for m in voters.get(parent, ()) if m.end == 0) if parent else 0.0
        best, share = _pick(g, votes, parent, kids.get(parent, []), city_share, sited)
        if best is None:
            break
        path.append(best)
        confidence = min(confidence, share)
        parent = best
    if not path:
        return Region()
    names = {g.units[c].level: g.units[c].name for c in path}
    return Region(
        province=names.get(PROVINCE),
        city=names.get(CITY),
        county=names.get(COUNTY),
        adcode=path[-1],
        confidence=round(confidence, 2),
        evidence=_evidence(voters[path[-1]]),
    )


# A county's own outlet speaking of itself: `在我县召开`, `本县`.
OWN_COUNTY = re.compile(r"我县|本县")


def _supported(
    g: Gazetteer,
    mentions: list[Mention],
    own_county: Callable[[], bool] = lambda: False,
    township_units: Callable[[], set[str]] = set,
    site: Callable[[], frozenset[str]] = frozenset,
) -> list[Mention]:
    """Drop a short name that nothing else backs: 民乐团 once is an orchestra, not 民乐县.

    A county's short name (no 县/区/旗/市) counts when it is repeated, when the city right above it
    is named (its province alone is too broad), or when the unit's full name is written too; a chain
    backs itself. A short name that is a common word (商城, a mall; 兴国 of 执政兴国) may be that word
    each time, so only its parent or its full name backs it. Province and city short names (四川, 达州)
    are seldom ordinary words and count alone.
    A township of the county named on the page backs it too (`本报曲阜讯…吴村镇`): the two agree on
    one place (`township_units`, the counties the page's townships lie in, read only if needed).
    On a page that says 我县 (`会议在我县召开…天台宾馆`), the one county named is the writer's own.
    So does the site's host that spells it (`site`: okmimi.qdjimo.com, a 即墨 forum, writes 即墨 once).
    """
    written: defaultdict[str, int] = defaultdict(int)  # unit → mentions that may stand for it
    named: set[str] = set()  # units written in full or in a chain
    phrases: set[tuple[str, str]] = set()
    for m in mentions:
        again = _same_phrase(m, phrases)
        for c in m.candidates:
            written[c.code] += not again
            if c.full or m.chain:
                named.add(c.code)

    def backed(m: Mention) -> bool:
        if m.chain or any(c.full or g.units[c.code].level != COUNTY for c in m.candidates):
            return True
        if any(c.code in named or _parent_named(g, c.code, written) for c in m.candidates):
            return True
        if any(written[c.code] >= 2 for c in m.candidates) and not _common_word(m.form):
            return True
        if (spelt := site()) and not spelt.isdisjoint(c.code for c in m.candidates):
            return True
        return not township_units().isdisjoint(c.code for c in m.candidates)

    people = _people(mentions)
    kept = [m for m in mentions if m.form not in people and backed(m)]
    if kept:
        return kept
    counties = {c.code for m in mentions for c in m.candidates if g.units[c.code].level == COUNTY}
    if len(counties) == 1 and own_county():  # the page's only place: the writer's county
        return [m for m in mentions if m.form not in people]
    return kept


COMMON_WORD_MIN = 500  # jieba's count; above the gazetteer's 100 for generic names, as no tag filters these


@lru_cache(maxsize=4096)  # a few hundred short names recur from page to page
def _common_word(form: str) -> bool:
    """`综合商城`, `执政兴国`: a county's short name that is itself a common word (by jieba's counts) is
    as likely that word each time it is written, so its repetition backs nothing (see `_supported`)."""
    return (words().count(form) or 0) >= COMMON_WORD_MIN


def _same_phrase(m: Mention, seen: set[tuple[str, str]]) -> bool:
    """`做好萬全準備` in the title and again in the body, `雙流灣村` four times: a two-character name
    followed by the same two characters each time is one phrase or one name quoted again (万全准备,
    all-round preparation; 双流湾村, a village; 岭东商专, a school), not the place named again. Common
    word or not: a village's or a firm's name is in no dictionary.

    Not a name of three characters or more (`冷水滩紫荆社区` in the title and the lede), which is
    no piece of a phrase, nor one heading its own zone (`济源示范区`), which is the place again."""
    phrase = (m.form, m.after[:2])
    if phrase not in seen:
        seen.add(phrase)
        return False
    return not m.chain and len(phrase[1]) == 2 and len(m.form) == 2 and not ZONE_AFTER.match(m.after)


PERSON_MIN = 2  # the times a surname must stand before a short name, and before every one of its mentions
NAME_INSIDE_MIN = 3  # the times the same two characters must stand before it, and before every one


def _people(mentions: list[Mention]) -> set[str]:
    """`刘海东早早就到了`, `刘海东说`: a short name that the same surname precedes every time is a person.
    `广慈博爱院`, `广慈博爱园区`: one that the same two characters precede every time is inside a
    longer name (a home's, a firm's), as often as the page speaks of it.

    A page that quotes a villager names him again and again; a place is written on its own at least once.
    """
    before: defaultdict[str, set[str]] = defaultdict(set)  # the two characters before each mention
    count: defaultdict[str, int] = defaultdict(int)
    for m in mentions:
        if not m.chain and not m.candidates[0].full:
            before[m.form].add(m.before)
            count[m.form] += 1
    out = set()
    for form, heads in before.items():
        chars = {h[-1:] for h in heads}
        head = next(iter(heads))
        if (count[form] >= PERSON_MIN and len(chars) == 1 and head[-1:] in SURNAMES) or (
            count[form] >= NAME_INSIDE_MIN
            and len(form) == 2  # a name written with its suffix (台北市) is a place on its own
            and len(heads) == 1
            and len(HAN.findall(head)) == 2
        ):
            out.add(form)
    return out


def _parent_named(g: Gazetteer, code: str, written: dict[str, int]) -> bool:
    """The unit right above is named (张掖 for 民乐); a province is too broad to back a county."""
    parent = g.units[code].parent
    return parent is not None and g.units[parent].level != PROVINCE and written.get(parent, 0) > 0


def _resolve(g: Gazetteer, m: Mention, support: dict[str, float]) -> tuple[str, ...]:
    """The codes one mention votes for: its unit and ancestors, or only what its candidates share."""
    if len(m.candidates) == 1 and not m.candidates[0].generic:  # most mentions: nothing to resolve
        return g.ancestors(m.candidates[0].code)
    cands = [
        c
        for c in m.candidates
        if not c.generic or support.get(c.code) or support.get(g.units[c.code].parent or "")
    ]
    if not cands:
        return ()
    if len(cands) > 1:

        def score(c: Candidate) -> float:
            up = g.ancestors(c.code)
            return sum(support.get(code, 0.0) * w for code, w in zip(up, (4, 2, 1), strict=False))

        ranked = sorted(cands, key=score, reverse=True)
        if score(ranked[0]) > score(ranked[1]):
            cands = ranked[:1]
        elif sum(g.units[c.code].level == PROVINCE for c in cands) == 1:
            # 河北 alone is the province, not 天津's 河北区.
            cands = [c for c in cands if g.units[c.code].level == PROVINCE]
    if len(cands) == 1:
        return g.ancestors(cands[0].code)
    shared = set(g.ancestors(cands[0].code))
    for c in cands[1:]:
        shared &= set(g.ancestors(c.code))
    return tuple(shared)


def _pick(
    g: Gazetteer,
    votes: dict[str, float],
    parent: str | None,
    kids: list[tuple[float, str]],
    city_share: float,
    sited: float = 0.0,
) -> tuple[str | None, float]:
    """The unit under `parent` the votes point to, if they point clearly enough; with its share.
    `kids`: the units right under `parent` that have votes, with them."""
    if not kids:
        return None, 0.0
    kids.sort(reverse=True)
    best, code = kids[0]
    runner_up = kids[1][0] if len(kids) > 1 else 0.0
    if best < MIN_VOTES or best <= runner_up * (MARGIN if parent else 1.0):
        return None, 0.0
    if parent is not None:
        needed = COUNTY_SHARE if g.units[code].level == COUNTY else city_share
        if best < needed * (votes[parent] - sited):
            return None, 0.0
    return code, best / sum(v for v, _ in kids)


def _evidence(mentions: list[Mention], limit: int = 8) -> tuple[str, ...]:
    """`("通川区×14", "四川省达州市×1")`: the written forms that voted for the answer, heaviest first."""
    weight: defaultdict[str, float] = defaultdict(float)
    count: defaultdict[str, int] = defaultdict(int)
    for m in mentions:
        weight[m.text] += m.weight
        count[m.text] += 1
    ranked = sorted(weight, key=lambda t: (-weight[t], t))[:limit]
    return tuple(f"{t}×{count[t]}" for t in ranked)
