"""Which units a government site's host name spells: sc.gov.cn → 四川省, dazhou.gov.cn → 达州市.

Only `*.gov.cn` hosts are read, and only their label right before `gov.cn` (departments come before
it: jyj.wuhai.gov.cn is 乌海's education bureau). A label is a unit's pinyin, its initials, or a
parent's key followed by a child's (cqjlp: cq 重庆 + jlp 九龙坡). The detector decides what the units
are worth beside the page's own text; this module only reads the names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from reader.regions.gazetteer import COUNTY, Gazetteer, load_gazetteer

GOV_SUFFIX = ".gov.cn"
LABEL = re.compile("[a-z]{2,}")
MIN_INITIALS = {COUNTY: 3}  # two letters fit too many counties (sz: 市中区, 松滋, 随州…); cities take 2


def gov_label(url: str) -> str | None:
    """`http://jyj.wuhai.gov.cn/x.html` → `wuhai`; None for other domains, www.gov.cn and odd labels."""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    if not host.endswith(GOV_SUFFIX):
        return None
    label = host[: -len(GOV_SUFFIX)].rsplit(".", 1)[-1]
    return label if label != "www" and LABEL.fullmatch(label) else None


def host_units(url: str) -> tuple[str, ...]:
    """The units a gov.cn host can name, most often one: `www.bynr.gov.cn` → (150800 巴彦淖尔市,)."""
    label = gov_label(url)
    return () if label is None else label_units(label)


# A host label that may spell a place: shorter ones (www, m, bbs, gx) are a site's parts, or too few
# letters to spell one.
SITE_LABEL = re.compile("[a-z]{4,}")


def site_units(url: str) -> frozenset[str]:
    """The units any label of any site's host spells: `okmimi.qdjimo.com` → 即墨区 (qd 青岛 + jimo).

    A local forum or portal is often named for its place, but so is no site for sure (a spam host's
    letters may spell anything): the detector reads these only as backing for a name the text writes.
    """
    host = url.partition("//")[2] or url  # plain string work: urlsplit costs more than the rest here
    labels = host.partition("/")[0].partition(":")[0].lower().split(".")[:-1]  # not the top-level domain
    return frozenset(c for label in labels if SITE_LABEL.fullmatch(label) for c in label_units(label))


@lru_cache(maxsize=4096)  # a library holds many pages of each site: its host labels recur
def label_units(label: str) -> tuple[str, ...]:
    """The units one host label spells: the whole label first; failing that, every split into a
    parent's key and its child's (szft would be 深圳 + 福田, but two letters are too few for a county,
    so it names nothing)."""
    keys = label_keys()
    if label in keys:
        return keys[label]
    g = load_gazetteer()
    return tuple(
        sorted(
            {
                child
                for k in range(2, len(label) - 1)
                for parent in keys.get(label[:k], ())
                for child in keys.get(label[k:], ())
                if parent in g.ancestors(child)[1:]
            }
        )
    )


@lru_cache(maxsize=1)
def label_keys() -> dict[str, tuple[str, ...]]:
    """Every host label a unit may go by → the units: joined pinyin and initials of each of its names."""
    g = load_gazetteer()
    keys: dict[str, set[str]] = {}
    for unit in g.units.values():
        for key in _unit_keys(g, unit.code):
            keys.setdefault(key, set()).add(unit.code)
    return {k: tuple(sorted(v)) for k, v in keys.items()}


def _unit_keys(g: Gazetteer, code: str) -> set[str]:
    """`巴彦淖尔市` → bayannaoershi, bayannaoer, byne, bynr… (er also gives r, as in qqhr for 齐齐哈尔)."""
    unit = g.units[code]
    out: set[str] = set()
    for pinyin in unit.pinyin:
        syllables = pinyin.split()
        joined = "".join(syllables)
        out |= {joined, joined.replace("v", "u")}
        plain = "".join(s[0] for s in syllables)
        for initials in (plain, "".join("r" if s == "er" else s[0] for s in syllables)):
            if len(initials) >= MIN_INITIALS.get(unit.level, 2):
                out.add(initials)
    return out
