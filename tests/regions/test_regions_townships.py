"""Township names (镇, 乡, 街道, 苏木) as evidence for their county: the table, and each rule on a page."""

from __future__ import annotations

import time
from importlib import resources

from reader.regions import load_gazetteer
from reader.regions.townships import load_townships


def counties(name: str) -> set[str]:
    g = load_gazetteer()
    return {g.units[c].name for c in load_townships().codes[name].split(",")}


# --- the table -----------------------------------------------------------------------------------------


def test_the_table_holds_every_township_with_its_county() -> None:
    table = load_townships()
    units = sum(len(codes.split(",")) for codes in table.codes.values())
    assert 36_000 < units < 42_000 and len(table.codes) > 28_000
    assert counties("黄金坳镇") == counties("盈口乡") == {"鹤城区"}  # 怀化市
    assert counties("闽宁镇") == {"永宁县"}
    assert counties("大沁他拉街道") == {"奈曼旗"}  # written without its 办事处
    assert len(counties("城关镇")) > 50
    assert "张镇" not in table.codes and "街道" not in table.codes  # one-character stems are left out
    g = load_gazetteer()
    assert all(code in g.units for codes in table.codes.values() for code in codes.split(","))


def test_the_table_is_small_and_quick_to_load() -> None:
    data = resources.files("reader.regions").joinpath("data/townships.tsv.gz")
    assert len(data.read_bytes()) < 400_000

    def seconds() -> float:
        load_townships.cache_clear()
        start = time.process_time()
        load_townships()
        return time.process_time() - start

    # CPU time, best of three, so that a busy test machine does not decide; it takes about 10 ms.
    assert min(seconds() for _ in range(3)) < 0.1


def test_find_takes_the_longest_name_ending_on_a_suffix() -> None:
    # 万宝山镇 holds 宝山镇, another township: the longer name is the one written.
    found = load_townships().find("通川区北山镇和万宝山镇的干部")
    assert [(t.name, t.start, t.end) for t in found] == [("北山镇", 3, 6), ("万宝山镇", 7, 11)]
