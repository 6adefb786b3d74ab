#!/usr/bin/env python3
"""A corpus with known reposts, for measuring how `reader.reposts` groups them.

    tests/benchmarks/reposts_corpus.py DIR [--stories N] [--seed S]

Stories are the five seed pages of `articles/`, the test pages of tests/clean/pages, and N
generated local-government stories: several on each topic, in one county, built from the same
set phrases with other people, places, numbers and events, so that they share vocabulary but are
not one story (they must stay apart). Every story is written once as it is and reposted 0 to 4
times: with other page chrome (navigation, source line, footer), some sentences edited (a word
swapped, a clause added) or dropped, and a third of the reposts converted to the other script
(OpenCC). `make` returns each article's id (its file's stem) with its story. The same arguments
always give the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PAGES = (ROOT / "articles", ROOT / "tests" / "clean" / "pages")
sys.path.insert(0, str(HERE))
from make_corpus import BOTTOM_CHROME, SURNAMES, TOP_CHROME, TOPICS, _counties, chrome_fields  # noqa: E402

SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
OPENINGS = (
    "{date}，{county}召开{topic}工作推进会，{person}出席会议并讲话。",
    "近日，{county}{office}组织开展{topic}专项行动，{n}个单位参加。",
    "{date}上午，{city}市{topic}现场观摩会在{county}{town}举行。",
    "为深入推进{topic}，{county}{office}于{date}印发《{county}{topic}三年行动方案》。",
)
BODY = (
    "会议指出，要坚持问题导向，把{topic}作为{year}年的重点任务抓紧抓实。",
    "{person}强调，各{unit}要压实责任，确保{topic}各项措施落地见效。",
    "今年以来，{town}累计投入资金{money}万元，完成项目{n}个。",
    "活动现场，工作人员向群众发放宣传资料{n2}余份，解答咨询{n}人次。",
    "据了解，{county}已建成{topic}示范点{n}个，覆盖{town}等{n3}个乡镇。",
    "{person}一行先后来到{town}{village}、{company}等地，实地查看{topic}推进情况。",
    "下一步，{county}将进一步完善工作机制，推动{topic}向纵深发展。",
    "与会人员围绕{topic}中存在的困难和问题进行了深入交流。",
    "{office}负责人介绍，{topic}实施以来，群众满意度提升到{pct}%。",
    "{village}党支部书记{person}说：“现在办事不用跑腿，大家都很满意。”",
    "截至{month}月底，全{place}共排查整改问题{n2}个，整改率达{pct}%。",
    "{company}负责人表示，将积极配合做好{topic}相关工作。",
    "此次{event}共设置{n}个项目，吸引{n2}余名群众参与。",
    "{county}还将开展“{slogan}”主题活动，持续营造良好氛围。",
    "会上，{town}、{town2}等{n}个单位作了交流发言。",
    "{person}要求，要加强督导检查，对工作不力的{unit}及时约谈。",
    "{year}年，{county}{topic}工作获评全{place}先进，经验做法在全{place}推广。",
    "据统计，{event}期间共接待来访群众{n2}人次，办结率{pct}%。",
)
CLOSINGS = (
    "（{county}融媒体中心 记者 {person}）",
    "来源：{city}日报",
    "编辑：{person}",
)
OFFICES = (
    "发改局",
    "民政局",
    "农业农村局",
    "住建局",
    "生态环境分局",
    "市场监管局",
    "政务服务中心",
    "纪委监委",
)
TOWNS = ("城关镇", "新华街道", "东风镇", "河口乡", "青山镇", "白马镇", "金桥街道", "石门乡", "大坪镇")
VILLAGES = ("红星村", "永安村", "柳树湾村", "新民社区", "桃园村", "清水村", "龙泉村")
COMPANIES = ("鑫达公司", "农发集团", "宏远建材厂", "绿源合作社", "华康医院")
UNITS = ("乡镇", "部门", "单位", "村（社区）")
EVENTS = ("宣传周", "集中服务日", "专项整治", "志愿服务活动", "技能竞赛")
SLOGANS = ("我为群众办实事", "清风进万家", "文明新风进万家", "奋进新征程", "共建美丽家园")
EDITS = (("召开", "举行"), ("深入", "持续"), ("群众", "居民"), ("工作", "任务"), ("推进", "推动"))
INSERTS = ("据悉，", "记者了解到，", "另悉，", "同时，")


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices("伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚华国志红", k=2))


def _story(rng: random.Random, topic: str, place: tuple[str, str, str, str, str]) -> str:
    """One generated story on `topic` in one county: an opening, 8 to 16 body sentences, a closing."""
    county, _, city, _, _ = place
    towns = rng.sample(TOWNS, 2)
    fields = {
        "county": county,
        "city": city,
        "topic": topic,
        "place": rng.choice(("县", "区", "市")),
        "office": rng.choice(OFFICES),
        "town": towns[0],
        "town2": towns[1],
        "village": rng.choice(VILLAGES),
        "company": rng.choice(COMPANIES),
        "unit": rng.choice(UNITS),
        "event": rng.choice(EVENTS),
        "slogan": rng.choice(SLOGANS),
        "date": f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "year": rng.randint(2018, 2025),
        "month": rng.randint(1, 12),
    }

    def fill(template: str) -> str:
        numbers = {
            "n": rng.randint(2, 60),
            "n2": rng.randint(100, 9000),
            "n3": rng.randint(3, 20),
            "money": rng.randint(50, 9000),
            "pct": rng.randint(80, 99),
            "person": _person(rng),
        }
        return template.format(**fields, **numbers)

    sentences = [fill(rng.choice(OPENINGS))]
    sentences += [fill(t) for t in rng.sample(BODY, rng.randint(8, 16))]
    paragraphs = []
    while sentences:
        take = rng.randint(2, 4)
        paragraphs.append("".join(sentences[:take]))
        sentences = sentences[take:]
    title = f"{county}{rng.choice(('扎实推进', '全力推动', '持续深化', '多措并举抓好'))}{topic}"
    return "\n".join(
        [
            title,
            f"发布时间：{2000 + rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            *paragraphs,
            fill(rng.choice(CLOSINGS)),
        ]
    )


def _repost(rng: random.Random, text: str, traditional: bool, place: tuple[str, ...]) -> str:
    """`text` as another site reposts it: its own chrome around the body, a few sentences edited or
    dropped, sometimes in the other script."""
    from reader.convert import convert

    county, _, city, _, province = place
    lines = []
    for line in text.splitlines():
        out = []
        for sentence in SENTENCE.findall(line):
            roll = rng.random()
            if roll < 0.1 and len(line) > 40:
                continue  # dropped
            if roll < 0.2:
                old, new = rng.choice(EDITS)
                sentence = (
                    sentence.replace(old, new, 1) if old in sentence else rng.choice(INSERTS) + sentence
                )
            out.append(sentence)
        lines.append("".join(out))
    topic = rng.choice(TOPICS)
    date = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    fields = chrome_fields(rng, city, county, province, topic, date, abbr="川")
    top = [s.format(**fields) for s in rng.sample(TOP_CHROME, k=rng.randint(1, 4))]
    bottom = [s.format(**fields) for s in rng.sample(BOTTOM_CHROME, k=rng.randint(1, 5))]
    source = f"来源：{rng.choice(('新华网', '人民网', '中国网', '澎湃新闻', '今日头条'))}  转载"
    whole = "\n".join([*top, *lines[:1], source, *lines[1:], *bottom]) + "\n"
    if rng.random() < 1 / 3:  # a script conversion: s2t, or t2s for a Traditional page
        whole = convert(
            whole,
            "simplified" if traditional else "traditional",
            "traditional" if traditional else "simplified",
        )
    return whole


def _real_pages() -> list[tuple[str, str, bool]]:
    """(name, text, is Traditional) of the real pages that have a body to repost."""
    from reader.convert import detect_script

    pages = []
    for folder in PAGES:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            if len(re.findall(r"[\u4e00-\u9fff]", text)) >= 300:
                pages.append((path.stem, text, detect_script(text) == "traditional"))
    return pages


def make(out: Path, stories: int = 60, seed: int = 0, per_topic: int = 6) -> dict[str, str]:
    """Write the corpus under `out` (one folder per site); return article id → story."""
    rng = random.Random(seed)
    counties = _counties()
    originals: list[tuple[str, str, bool, tuple]] = [
        (name, text, traditional, rng.choice(counties)) for name, text, traditional in _real_pages()
    ]
    for k in range(stories):
        topic = TOPICS[(k // per_topic) % len(TOPICS)]
        if k % per_topic == 0:
            place = rng.choice(counties)  # the stories of one topic are about one county too
        originals.append((f"story{k:04d}", _story(rng, topic, place), False, place))
    truth: dict[str, str] = {}
    for story, text, traditional, place in originals:
        copies = [text] + [_repost(rng, text, traditional, place) for _ in range(rng.randint(0, 4))]
        for i, copy in enumerate(copies):
            site = f"site{rng.randint(0, 9)}"
            name = f"{story}-{i}"
            (out / site).mkdir(parents=True, exist_ok=True)
            (out / site / f"{name}.txt").write_text(copy, "utf-8")
            truth[name] = story
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--stories", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--truth", type=Path, help="write article id → story here, as JSON")
    args = parser.parse_args()
    truth = make(args.dir, args.stories, args.seed)
    if args.truth:
        args.truth.write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    print(f"{len(truth)} articles of {len(set(truth.values()))} stories in {args.dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
