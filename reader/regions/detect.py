"""Which province, city and county an article is about: pure, from the cleaned `Document` alone.

1. Scan the title, headings and body for written forms of division names (leftmost-longest), on text
   folded to Simplified character by character, so Traditional pages need no OpenCC and Simplified
   names are never corrupted (t2s would read 乾安县 as 干安县).
2. Drop forms that are not about a division: streets, universities and neighbourhoods named after one
   (重庆路, 南开大学, 朝阳社区), 北京时间, 合作市场, idioms (大同小异), the tail of a word (篇章贡献)
   or of a person's name (纪洪山); and blocks that are a publisher's footer or a menu. Weigh the rest by
   place (title, headings, body) and context: less in an enumeration, a newspaper's or channel's name
   (湖南卫视) or across a border (与茶陵县交界), more after 来.
3. Join chains (四川省达州市通川区, 江苏昆山) into one strong mention of the deepest unit.
4. Resolve names shared by several units (朝阳区, 鼓楼区) by the parents and siblings named elsewhere,
   and keep generic names (和平, 合作, 城区) only where the unit or its parent is named in its own right.
5. Vote up the hierarchy (a county votes for its city and province) and report each level only while
   the text supports it: a city needs a fair share of its province's votes, a county half its city's.
6. A gov.cn host (dazhou.gov.cn) adds one vote, never against what the text decided; any site's host
   that spells a county (qdjimo.com: 即墨) backs its short name written once, and adds no vote.
7. Only where the county is still open, township names (黄金坳镇, 城北街道; 阿依巴格乡 under its
   raised name 阿依巴格镇) vote for their county. A township also backs its county's short name
   said once (本报曲阜讯…吴村镇), which alone would be too weak.
8. Only where nothing is decided yet, the publisher the site's removed banner or footer names
   (达州市人民政府门户网站, 主办单位：某某县融媒体中心), or the story's source line (来源：永靖县人民政府),
   adds one vote, and never against a place the text names; a township several counties share may
   then pick the one in the publisher's city (盐城市文化馆…大洋街道), whose vote the share a county
   needs leaves out. So do Hong Kong's or Macao's own words (區議會, 本澳, 街總) on a page that
   names no place.
9. A page that is no place's story has no region: a national one (a ministry's title, the capital as
   the seat of government, places scattered over provinces, a Beijing dateline's passing example, a
   text in the centre's words that names a place once or twice past its title and opening) or
   a first-person essay whose title names no place, or a text whose one place is a short name said
   once while it never speaks of an area of its own (全省, 我县). A place held up as a model
   (借鉴成都经验) is an example; a place named only as a wider area's venue (全州…在延吉召开) gives that area.

Read before the scan: a letter-spaced block (重 慶 市) loses the spaces between its characters.

The steps live in modules of their own: `parts` reads the page into weighted parts (and the
letter-spacing), `mentions` scans them (steps 1–3), `tally` votes and chooses (4–5), `late_votes` casts
the host's, townships', banner's and own words' votes (6–8), and `weigh` runs steps 1–8 in order;
`title` reads what a title says of a story's reach, `no_place` tests a page that is no place's story
and `venue` a place named only as a wider area's venue (9).
"""

from __future__ import annotations

from reader.document import Document, Region
from reader.regions.gazetteer import load_gazetteer
from reader.regions.no_place import no_place_tests
from reader.regions.venue import provincial_venue
from reader.regions.weigh import weigh


def detect_region(doc: Document) -> Region:
    """The region an article is about, with the levels its text supports and the mentions that decided."""
    g = load_gazetteer()
    w = weigh(g, doc)
    if any(verdict for _, verdict in no_place_tests(g, w, doc)):
        return Region()
    return provincial_venue(g, w.region, w.voters, doc) or w.region
