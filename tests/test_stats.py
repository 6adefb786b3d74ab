"""`reader.stats` and `reader stats`: counts per province and city, per month, per source, on the seeds
and on made-up entries; the JSON contract, agreement with `reader regions --json`, aligned tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.corpus import Locator
from reader.document import Region
from reader.entries import Entry
from reader.library import Library
from reader.marks import Marks
from reader.stats import (
    UNDATED,
    Place,
    bar,
    in_month,
    month_gap,
    month_of,
    per_month,
    per_province,
    per_source,
    stats,
)
from tests.helpers import run_cli as run

SEEDS = Path(__file__).resolve().parent.parent / "articles"
STATS_KEYS = {"articles", "provinces", "months", "undated", "sources", "unsourced", "marks", "reposts"}

GUANGAN = Region("四川省", "广安市", None, "511600")
TONGCHUAN = Region("四川省", "达州市", "通川区", "511702")
SICHUAN = Region("四川省", None, None, "510000")  # the city not known
KUNSHAN = Region("江苏省", "苏州市", "昆山市", "320583")
NOWHERE = Region()


def entry(n: int, region: Region = NOWHERE, date: str | None = None, source: str | None = None) -> Entry:
    return Entry(f"e{n}", f"e{n}.txt", f"title {n}", date, source, "simplified", region, Locator(f"e{n}.txt"))


def test_per_province_counts_cities_under_their_province() -> None:
    entries = [
        entry(0, GUANGAN),
        entry(1, TONGCHUAN),
        entry(2, TONGCHUAN),
        entry(3, SICHUAN),
        entry(4, KUNSHAN),
        entry(5),
        entry(6),
    ]
    assert per_province(entries) == [
        Place("四川省", "510000", 4, (Place("达州市", "511700", 2), Place("广安市", "511600", 1))),
        Place("江苏省", "320000", 1, (Place("苏州市", "320500", 1),)),
        Place("未知", None, 2),  # last, whatever its count
    ]


def test_provinces_with_equal_counts_go_by_adcode() -> None:
    entries = [entry(0, KUNSHAN), entry(1, GUANGAN)]
    assert [p.name for p in per_province(entries)] == ["江苏省", "四川省"]


@pytest.mark.parametrize(
    ("date", "month"),
    [
        ("2021-12-07 10:35", "2021-12"),
        ("2012-04-10", "2012-04"),
        ("2021/3/7", "2021-03"),
        ("2021年3月7日", "2021-03"),
        ("2023-02-28T14:58:49Z", "2023-02"),
        (None, None),
        ("", None),
        ("2021-13-01", None),
        ("yesterday", None),
        ("12-04-2021", None),
    ],
)
def test_month_of(date: str | None, month: str | None) -> None:
    assert month_of(date) == month


def test_per_month_is_oldest_first_and_counts_the_undated_apart() -> None:
    entries = [
        entry(0, date="2021-12-07 10:35"),
        entry(1, date="2021-12-30"),
        entry(2, date="2009-12-17"),
        entry(3),
        entry(4, date="not a date"),
    ]
    assert per_month(entries) == ([("2009-12", 1), ("2021-12", 2)], 2)
    assert [e.id for e in in_month(entries, "2021-12")] == ["e0", "e1"]
    assert [e.id for e in in_month(entries, UNDATED)] == ["e3", "e4"]


def test_month_gap() -> None:
    assert month_gap("2021-10", "2022-01") == 2
    assert month_gap("2021-12", "2022-01") == 0
    assert month_gap("2009-12", "2012-04") == 27


def test_per_source_folds_script_and_width() -> None:
    entries = [
        entry(0, source="人民网"),
        entry(1, source="人民網"),
        entry(2, source="人民网"),
        entry(3, source="新华网"),
        entry(4, source=" "),
        entry(5),
    ]
    assert per_source(entries) == ([("人民网", 3), ("新华网", 1)], 2)


def test_bar_is_proportional_to_an_eighth_of_a_cell() -> None:
    assert bar(10, 10, 20) == "█" * 20
    assert bar(5, 10, 20) == "█" * 10
    assert bar(1, 16, 2) == "▏"  # one eighth
    assert bar(1, 1000, 10) == "▏"  # never invisible
    assert bar(0, 10, 20) == bar(3, 10, 0) == ""


def test_seed_stats(tmp_path: Path) -> None:
    entries = Library.load(SEEDS).entries
    marks = Marks(tmp_path / "marks.sqlite3")
    marks.set(entries[:2], "keep")
    marks.set(entries[4:], "reject")
    figures = stats(entries, marks)
    assert figures.articles == 5
    assert figures.marks == {"keep": 2, "reject": 1, "none": 2}
    assert [(p.name, p.count) for p in figures.provinces] == [
        ("四川省", 2),
        ("辽宁省", 1),
        ("江苏省", 1),
        ("湖北省", 1),
    ]
    assert [(c.name, c.count) for c in figures.provinces[0].cities] == [("广安市", 1), ("达州市", 1)]
    assert figures.months == (("2009-12", 1), ("2012-04", 1), ("2021-12", 1))
    assert figures.undated == 2
    assert dict(figures.sources) == {"达州日报网": 1, "人民網": 1, "廣安日報-廣安在線": 1}
    assert figures.unsourced == 2


def test_stats_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", str(SEEDS), "--json")
    assert code == 0 and len(out.splitlines()) == 1  # one object
    figures = json.loads(out)
    assert set(figures) == STATS_KEYS
    assert figures["articles"] == 5
    assert figures["provinces"][0] == {
        "name": "四川省",
        "adcode": "510000",
        "count": 2,
        "cities": [
            {"name": "广安市", "adcode": "511600", "count": 1},
            {"name": "达州市", "adcode": "511700", "count": 1},
        ],
    }
    assert figures["months"] == [
        {"month": "2009-12", "count": 1},
        {"month": "2012-04", "count": 1},
        {"month": "2021-12", "count": 1},
    ]
    assert figures["undated"] == 2 and figures["unsourced"] == 2
    assert figures["marks"] == {"keep": 0, "reject": 0, "none": 5}
    assert figures["reposts"] == {"groups": 0, "articles": 0}  # five stories, none reposted
    assert sum(s["count"] for s in figures["sources"]) + figures["unsourced"] == 5
    assert sum(m["count"] for m in figures["months"]) + figures["undated"] == 5


def test_stats_agree_with_regions_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "stats", str(SEEDS), "--json")
    provinces = json.loads(out)["provinces"]
    _, out, _ = run(capsys, "regions", str(SEEDS), "--json")
    tree = json.loads(out)
    two_levels = [
        {
            "name": n["name"],
            "adcode": n["adcode"],
            "count": n["count"],
            "cities": [{k: c[k] for k in ("name", "adcode", "count")} for c in n["children"]],
        }
        for n in tree
    ]
    assert provinces == two_levels


def test_stats_of_the_filtered_set(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "stats", str(SEEDS), "--region", "sc", "--json")
    figures = json.loads(out)
    assert figures["articles"] == 2
    assert [p["name"] for p in figures["provinces"]] == ["四川省"]
    _, out, _ = run(capsys, "stats", str(SEEDS), "--search", "機關", "--json")
    by_search = json.loads(out)
    _, out, _ = run(capsys, "list", str(SEEDS), "--search", "機關", "--json")
    assert by_search["articles"] == len(out.splitlines()) > 0
    _, out, _ = run(capsys, "stats", str(SEEDS), "--region", "西藏", "--json")
    assert json.loads(out) == {
        "articles": 0,
        "provinces": [],
        "months": [],
        "undated": 0,
        "sources": [],
        "unsourced": 0,
        "marks": {"keep": 0, "reject": 0, "none": 0},
        "reposts": {"groups": 0, "articles": 0},
    }


def test_stats_text_is_aligned_by_cells(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", str(SEEDS))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "5 articles"
    tables = "\n".join(lines[1:]).strip().split("\n\n")
    headings = [t.splitlines()[0].split("  ")[0].strip() for t in tables]
    assert headings == ["province, city", "month", "source", "mark"]
    for table in tables:
        rows = table.splitlines()
        # The count column ends in the same cell on every row, whatever the label's script.
        ends = {cell_len(row.split("█")[0].rstrip("▏▎▍▌▋▊▉ ")) for row in rows[1:]}
        assert len(ends) == 1, table
        assert cell_len(rows[0]) == ends.pop()  # under the header `articles`
    assert "  广安市" in out and "no date" in out and "no source" in out
    sichuan = next(line for line in lines if line.startswith("四川省"))
    liaoning = next(line for line in lines if line.startswith("辽宁省"))
    assert sichuan.count("█") == 2 * liaoning.count("█")
