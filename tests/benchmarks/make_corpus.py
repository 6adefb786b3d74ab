#!/usr/bin/env python3
"""Write a synthetic corpus of N articles built from the five seed pages in `articles/`.

    tests/benchmarks/make_corpus.py N DIR [--seed S]

Each article is one seed page with its places swapped for a random county, its city and its
province from the gazetteer (in Traditional on the Traditional seeds), its topic, title number
and dates varied, random page chrome added above and below, some paragraphs dropped, and filler
paragraphs (pieces of the seeds in new orders) added until it reaches a target size of 3 to 32 KB.
Plain-text articles go into folders of at most 1,000 files; the last 1% (1 to 1,000) go into one
`.jsonl.gz` file instead. The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import random
import re
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "articles"
PER_FOLDER = 1000


@dataclass(frozen=True)
class SeedPage:
    name: str
    traditional: bool
    places: dict[str, str]  # the place name as written → "county", "county_short", "city", "province"
    topic: str  # a phrase of the title (and body) that varies from article to article
    number: str = ""  # a number in the title that varies (简报77期)


SEED_PAGES = (
    SeedPage(
        "000_63a1824498e7c653",
        False,
        {"通川区": "county", "通川": "county_short", "达州": "city", "四川": "province"},
        "品质机关",
    ),
    SeedPage("001_54e58c66e0c3be4b", True, {"昆山": "county_short", "江蘇": "province"}, "服務品牌"),
    SeedPage(
        "002_2b473b5650339e5b",
        False,
        {"黄州区": "county", "黄州": "county_short", "湖北": "province"},
        "文明清风",
    ),
    SeedPage("003_a94347fa62b8522e", True, {"廣安": "city", "四川": "province"}, "團(tuán)建"),
    SeedPage(
        "004_676df3e1dad808dc",
        False,
        {"苏家屯区": "county", "苏家屯": "county_short", "沈阳": "city"},
        "创先争优",
        "77期",
    ),
)
TOPICS = (
    "作风建设",
    "乡村振兴",
    "营商环境",
    "文明创建",
    "政务服务",
    "基层治理",
    "民生实事",
    "生态环保",
    "清廉机关",
    "党史学习",
    "志愿服务",
    "安全生产",
    "科技创新",
    "招商引资",
    "城市更新",
    "社会保障",
    "教育惠民",
    "医疗改革",
    "数字政府",
    "法治建设",
    "文化惠民",
    "就业创业",
    "防汛救灾",
    "人才引进",
)
TOP_CHROME = (
    "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流 | 专题专栏",
    "您当前的位置：首页 > {city}新闻 > 区县动态 > 正文",
    "今天是：{date}  星期{weekday}",
    "设为首页 | 加入收藏 | 无障碍浏览 | 繁体版",
    "扫一扫在手机打开当前页",
    "【字体：大 中 小】 【打印本页】 【关闭窗口】",
    "分享到：微信 微博 QQ空间",
    "{city}新闻网 > 要闻 > 正文",
    "下载{city}发布客户端，随时随地看新闻",
)
BOTTOM_CHROME = (
    "相关新闻",
    "· {county}召开{topic}工作推进会",
    "· {city}市{topic}工作取得新成效",
    "主办单位：{city}市人民政府办公室  承办单位：{city}市大数据中心",
    "版权所有：{county}融媒体中心  {abbr}ICP备{n8}号-{n1}",
    "联系电话：0{n3}-{n8}  地址：{city}市{county}{road}路{n2}号",
    "{abbr}公网安备 {n14}号",
    "网站地图 | 联系我们 | 关于我们 | 法律声明 | 隐私政策",
    "技术支持：{city}市信息中心",
    "责任编辑：{person}",
    "上一篇：{county}开展{topic}专项行动",
    "下一篇：{province}{topic}现场会在{city}召开",
)
ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰凤梅斌宇浩凯鹏辉晨"
ROADS = ("人民", "解放", "建设", "中山", "和平", "胜利", "新华", "朝阳", "文化", "光明")
DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d(?: \d\d:\d\d)?")
PIECE = re.compile(r"[\u4e00-\u9fff]{4,14}")


@cache
def _s2t(text: str) -> str:
    from reader.convert import convert

    return convert(text, "traditional", "simplified")


PLACES = {written: kind for page in SEED_PAGES for written, kind in page.places.items()}
# Every seed's place names, longest first: filler mixes pieces of several seeds.
PLACE = re.compile("|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))))


@cache
def _seeds() -> list[tuple[SeedPage, list[str]]]:
    return [(page, (SEEDS / f"{page.name}.txt").read_text("utf-8").splitlines()) for page in SEED_PAGES]


@cache
def _pieces(traditional: bool) -> list[str]:
    """Runs of Chinese from the body lines of the seeds in one script: filler is made of them."""
    pieces: list[str] = []
    for page, lines in _seeds():
        if page.traditional == traditional:
            for line in lines:
                if len(line) > 60 and "。" in line:
                    pieces += PIECE.findall(line)
    return pieces


@cache
def _counties() -> list[tuple[str, str, str, str, str]]:
    """(county, county short, city short, province short, province) for every county under a city."""
    from reader.regions import load_gazetteer
    from reader.regions.gazetteer import CITY, COUNTY

    g = load_gazetteer()
    out = []
    for unit in g.units.values():
        city = g.units.get(unit.parent or "")
        if unit.level == COUNTY and city is not None and city.level == CITY and city.parent:
            province = g.units[city.parent]
            out.append(
                (
                    unit.name,
                    (unit.shorts or (unit.name,))[0],
                    (city.shorts or (city.name,))[0],
                    (province.shorts or (province.name,))[0],
                    province.name,
                )
            )
    return sorted(out)


def article(seed: int, number: int) -> tuple[str, bool]:
    """The text of article `number` of the corpus for `seed`, and whether it is Traditional."""
    rng = random.Random(seed * 1_000_003 + number)
    page, lines = rng.choice(_seeds())
    county, county_short, city, province_short, province = rng.choice(_counties())
    topic = rng.choice(TOPICS)
    year = rng.randint(2008, 2025)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    conv = _s2t if page.traditional else str
    names = {"county": county, "county_short": county_short, "city": city, "province": province_short}
    swap = {written: conv(names[kind]) for written, kind in PLACES.items()}

    def vary(line: str) -> str:
        line = PLACE.sub(lambda m: swap[m.group()], line)
        line = line.replace(page.topic, conv(topic))
        if page.number:
            line = line.replace(page.number, f"{rng.randint(1, 300)}期")
        return DATE.sub(
            lambda m: (
                date + (f" {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}" if len(m.group()) > 10 else "")
            ),
            line,
        )

    body = [vary(line) for line in lines]
    paragraphs = [i for i, line in enumerate(body) if len(line) > 60 and "。" in line]
    for i in rng.sample(paragraphs, k=rng.randint(0, min(3, max(len(paragraphs) - 2, 0)))):
        body[i] = ""  # drop a few paragraphs, always keeping two
    fields = chrome_fields(rng, city, county, province, topic, date)
    top = [conv(s.format(**fields)) for s in rng.sample(TOP_CHROME, k=rng.randint(0, 4))]
    bottom = [conv(s.format(**fields)) for s in rng.sample(BOTTOM_CHROME, k=rng.randint(1, 6))]
    target = int(1024 * 2 ** rng.uniform(1.6, 5.0))  # 3 to 32 KB, log-uniform
    size = sum(len(line.encode()) for line in body)
    filler = []
    while size < target or len(filler) < 1:
        paragraph = _filler(rng, page.traditional, conv(f"记者 {_person(rng)} ") if not filler else "")
        filler.append(PLACE.sub(lambda m: swap[m.group()], paragraph))
        size += len(paragraph.encode()) + 2
    split = max(paragraphs, default=len(body) - 1) + 1
    text = "\n".join([*top, *body[:split], *(p for f in filler for p in ("", f)), *body[split:], *bottom])
    return text + "\n", page.traditional


def chrome_fields(
    rng: random.Random, city: str, county: str, province: str, topic: str, date: str, abbr: str = ""
) -> dict[str, object]:
    """What the chrome templates fill in: the place, topic and date, then names and numbers drawn
    from `rng` (a province's abbreviation too, unless given)."""
    return {
        "city": city,
        "county": county,
        "province": province,
        "topic": topic,
        "date": date,
        "weekday": "一二三四五六日"[rng.randint(0, 6)],
        "abbr": abbr or rng.choice(ABBREVIATIONS),
        "person": _person(rng),
        "road": rng.choice(ROADS),
        "n1": rng.randint(1, 9),
        "n2": rng.randint(1, 999),
        "n3": rng.randint(100, 999),
        "n8": rng.randint(10**7, 10**8 - 1),
        "n14": rng.randint(10**13, 10**14 - 1),
    }


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))


def _filler(rng: random.Random, traditional: bool, lead: str) -> str:
    pieces = _pieces(traditional)
    parts = rng.choices(pieces, k=rng.randint(6, 30))
    return lead + "".join(p + rng.choice("，，，、；") for p in parts[:-1]) + parts[-1] + "。"


def _write_folder(job: tuple[Path, int, int, int]) -> int:
    folder, seed, start, stop = job
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for number in range(start, stop):
        text, _ = article(seed, number)
        tag = random.Random(seed * 7_919 + number).getrandbits(64)
        (folder / f"{number:06d}_{tag:016x}.txt").write_text(text, "utf-8")
        written += len(text.encode())
    return written


def make(n: int, out: Path, seed: int = 0, processes: int | None = None) -> dict[str, int]:
    """Write the corpus; return how many articles, files and bytes."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"make_corpus: {out} is not empty")
    in_jsonl = max(1, min(1000, n // 100))
    plain = n - in_jsonl
    jobs = [
        (out / f"{k:03d}", seed, start, min(start + PER_FOLDER, plain))
        for k, start in enumerate(range(0, plain, PER_FOLDER))
    ]
    _seeds(), _pieces(False), _pieces(True), _counties()  # load once; forked workers share them
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(processes) as pool:
        size = sum(pool.imap_unordered(_write_folder, jobs))
    records = []
    for number in range(plain, n):
        text, _ = article(seed, number)
        size += len(text.encode())
        records.append(
            json.dumps(
                {"id": f"rec{number:06d}", "url": f"https://news.example.cn/a/{number}.html", "text": text},
                ensure_ascii=False,
            )
        )
    (out / "jsonl").mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out / "jsonl" / "crawl.jsonl.gz", "wb", mtime=0) as f:  # mtime=0: same bytes each run
        f.write(("\n".join(records) + "\n").encode())
    return {"articles": n, "files": plain + 1, "text_bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("dir", type=Path, help="where to write them (created; must be empty)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    stats = make(args.n, args.dir, args.seed)
    print(
        f"{stats['articles']:,} articles in {stats['files']:,} files, {stats['text_bytes'] / 1e6:,.0f} MB "
        f"of text, in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
