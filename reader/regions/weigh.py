"""Steps 1–8 in order: a page's mentions voted up the hierarchy, then the late votes where still open."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from reader.document import Document, Region
from reader.regions.gazetteer import Gazetteer
from reader.regions.host import site_units
from reader.regions.late_votes import (
    PageTownships,
    banner_mention,
    host_mention,
    own_words_mention,
    vote_townships,
)
from reader.regions.mentions import Mention, byline_mentions, mentions_in
from reader.regions.parts import Part, text_parts
from reader.regions.tally import (
    CITY_SHARE,
    OWN_COUNTY,
    PROVINCE_TITLE_CITY_SHARE,
    Voters,
    Votes,
    add_vote,
    choose,
    tally,
    unvoted_counties,
)
from reader.regions.title import model_units, province_title


class Weighing(NamedTuple):
    """What a page's places came to before the tests of a page that is no place's story."""

    region: Region
    votes: Votes
    voters: Voters
    parts: list[Part]
    title: list[Mention]  # the title's mentions
    towns: PageTownships
    site: Callable[[], frozenset[str]]  # the units the site's host spells
    late: frozenset[str]  # the votes cast after the text's own: host, township, banner, own_words


def weigh(g: Gazetteer, doc: Document) -> Weighing:
    """Steps 1–8: the text's mentions voted up the hierarchy, then the late votes where still open."""
    parts = text_parts(g, doc)
    title = mentions_in(parts[:1])
    mentions = title + mentions_in(parts[1:]) + byline_mentions(g, doc)
    if title and (models := model_units(g, parts[0].folded, title)):
        mentions = [m for m in mentions if not all(models & set(g.ancestors(c.code)) for c in m.candidates)]
    wide_title = province_title(g, title, doc.title, parts[0].folded)
    city_share = PROVINCE_TITLE_CITY_SHARE if wide_title else CITY_SHARE
    towns = PageTownships(parts)
    late: set[str] = set()

    def own_county() -> bool:
        return any(OWN_COUNTY.search(p.folded) for p in parts)

    spelt: list[frozenset[str]] = []

    def site() -> frozenset[str]:  # read only if a short name needs backing (most pages never ask)
        if not spelt:
            spelt.append(site_units(doc.url) if doc.url else frozenset())
        return spelt[0]

    votes, voters = tally(g, mentions, own_county, site=site)
    region = choose(g, votes, voters, city_share)
    # Only a page whose county is still open reads the township table, loaded on first use: a
    # township there may back a county's short name the tally left out (`_supported`), and vote.
    if (
        region.county is None
        and (unvoted := unvoted_counties(g, mentions, votes))
        and unvoted & towns.units()
    ):
        votes, voters = tally(g, mentions, own_county, towns.units, site)
        region = choose(g, votes, voters, city_share)
    if doc.url and (host := host_mention(g, doc.url, votes, region)):
        add_vote(g, votes, voters, host)
        late.add("host")
        region = choose(g, votes, voters, city_share)
    if region.county is None and vote_townships(g, parts, towns, votes, voters, region):
        late.add("township")
        region = choose(g, votes, voters, city_share)
    if region.province is None and (banner := banner_mention(g, doc, votes, site)):
        add_vote(g, votes, voters, banner)
        late.add("banner")
        region = choose(g, votes, voters, city_share)
        # A township several counties share (大洋街道) that nothing picked: the banner's city may.
        if region.county is None and vote_townships(g, parts, towns, votes, voters, region):
            late.add("township")
            region = choose(g, votes, voters, city_share)
    if region.province is None and (own := own_words_mention(g, parts, votes)):
        add_vote(g, votes, voters, own)
        late.add("own_words")
        region = choose(g, votes, voters, city_share)
    return Weighing(region, votes, voters, parts, title, towns, site, frozenset(late))
