"""Reposts: the signature's named choices, the index's incremental groups, stories, the CLI, and
precision and recall on a small generated corpus with known reposts."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import reposts
from reader.convert import convert
from reader.corpus import Locator
from reader.document import Region
from reader.entries import Entry
from reader.index import Index, search_text
from reader.index import groups as groups_module
from reader.library import Library
from reader.stories import Stories, Story, collapse, date_key, stories, story
from tests.helpers import run_cli as run

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"
STORY = (
    "近日，通川区召开作风建设工作推进会，区委副书记张伟出席会议并讲话。会议指出，要坚持问题导向，把作风建设"
    "作为今年的重点任务抓紧抓实。今年以来，北外镇累计投入资金三百万元，完成项目十二个。活动现场，工作人员向"
    "群众发放宣传资料两千余份，解答咨询三百人次。据了解，通川区已建成示范点八个，覆盖北外镇等五个乡镇。下一步，"
    "通川区将进一步完善工作机制，推动作风建设向纵深发展。与会人员围绕作风建设中存在的困难和问题进行了深入交流。"
)
# The same topic and county, other events, people and numbers: another story.
OTHER = (
    "三月五日，通川区组织开展作风建设专项督查，区纪委书记李强带队。督查组先后来到蒲家镇、东岳乡等地，实地查看"
    "作风建设推进情况。督查发现，部分单位存在台账不全、整改不及时等问题，督查组当场反馈并提出整改要求。李强"
    "要求，各单位要举一反三，对照问题清单逐项销号，对工作不力的单位及时约谈。截至目前，全区共排查整改问题"
    "一百零六个，整改率达百分之九十五。区纪委将持续跟踪问效，推动作风建设落到实处。"
)


def sig(text: str) -> bytes:
    return reposts.signature(search_text(text))


def sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s]


# -- the named choices ---------------------------------------------------------------------------


def test_shingle_size_an_edited_character_breaks_at_most_shingle_runs() -> None:
    edited = STORY.replace("示范点", "示範點")  # t2s folds it back: nothing changes
    assert sig(edited) == sig(STORY)
    changed = STORY.replace("北外镇累计", "北外镇共计")
    a = set(reposts.shingles(reposts.characters(search_text(STORY))).tolist())
    b = set(reposts.shingles(reposts.characters(search_text(changed))).tolist())
    assert 0 < len(a - b) <= reposts.SHINGLE and 0 < len(b - a) <= reposts.SHINGLE  # runs across it
    assert len(reposts.shingles(reposts.characters(search_text("一二三四")))) == 0  # shorter than a shingle


def test_a_sample_of_shingles_keeps_the_similarity() -> None:
    parts = sentences(STORY)
    repost = "".join(parts[:2] + parts[3:]).replace("召开", "举行")

    def shingled(text: str) -> set[int]:
        return set(reposts.shingles(reposts.characters(search_text(text))).tolist())

    whole, other = shingled(STORY), shingled(repost)
    kept = set(reposts.sampled(np.array(sorted(whole), dtype=np.uint32)).tolist())
    assert kept == {h for h in whole if h % reposts.SAMPLE == 0}  # the same ones in every text
    assert len(whole) / 6 < len(kept) < len(whole) / 2.5
    exact = len(whole & other) / len(whole | other)
    assert abs(reposts.similarity(sig(STORY), sig(repost)) - exact) < 0.15


def test_punctuation_and_line_breaks_do_not_count() -> None:
    assert sig(STORY.replace("，", ",").replace("。", "。\n\n")) == sig(STORY)


def test_permutations_make_a_fixed_size_signature_the_same_in_every_process() -> None:
    first = sig(STORY)
    assert len(first) == reposts.PERMUTATIONS * 4
    assert sig(STORY) == first  # no per-process randomness (Python's str hash is not used)
    assert reposts.similarity(first, first) == 1.0


def test_vectorised_update_batch_equals_hashing_each_shingle() -> None:
    """The whole array handed through datasketch's `update_batch` gives what updating shingle by
    shingle gives: the shortcut is datasketch's own permutation, not a copy of it."""
    from datasketch import MinHash

    hashes = reposts.sampled(reposts.shingles(reposts.characters(search_text(STORY))))
    one_by_one = MinHash(num_perm=reposts.PERMUTATIONS, seed=reposts.SEED, hashfunc=int, scheme="affine32")
    for value in hashes.tolist():
        one_by_one.update(value)
    assert reposts.values(sig(STORY)).tolist() == one_by_one.hashvalues.tolist()


def test_a_long_article_is_signed_in_chunks_as_if_whole() -> None:
    long = "".join(random.Random(3).choices(STORY + OTHER, k=3 * reposts.SAMPLE * reposts.CHUNK))
    hashes = reposts.sampled(reposts.shingles(reposts.characters(search_text(long))))
    assert len(hashes) > reposts.CHUNK
    whole = reposts._minhash()
    whole.update_batch([hashes])
    assert reposts.values(reposts.signature(search_text(long))).tolist() == whole.hashvalues.tolist()


def test_bands_compare_similar_articles_and_few_others() -> None:
    assert reposts.BANDS * reposts.ROWS <= reposts.PERMUTATIONS
    assert reposts.candidate_probability(reposts.THRESHOLD + 0.05) > 0.95
    assert reposts.candidate_probability(reposts.THRESHOLD + 0.1) > 0.99
    assert reposts.candidate_probability(0.1) < 0.03
    keys = reposts.band_keys(sig(STORY))
    assert len(keys) == reposts.BANDS == len(set(keys))  # a band's key names the band too
    assert all(-(2**63) <= k < 2**63 for k in keys)  # SQLite integers

    def changed(at: int) -> list[bool]:
        values = reposts.values(sig(STORY)).copy()
        values[at] += 1
        return [a != b for a, b in zip(keys, reposts.band_keys(values.astype("<u4").tobytes()), strict=True)]

    assert changed(5).count(True) == 1 and changed(5).index(True) == 5 // reposts.ROWS  # its band only
    assert not any(changed(reposts.PERMUTATIONS - 1))  # a value past the bands only decides


def test_threshold_joins_an_edited_repost_and_keeps_another_story_apart() -> None:
    parts = sentences(STORY)
    repost = "".join(parts[:2] + parts[3:]).replace("召开", "举行")  # a sentence dropped, a word edited
    assert reposts.same_story(sig(STORY), sig("首页 > 新闻中心\n" + repost + "\n责任编辑：王芳"))
    assert reposts.similarity(sig(STORY), sig(OTHER)) < reposts.THRESHOLD
    assert not reposts.same_story(sig(STORY), sig(OTHER))


def test_a_traditional_repost_is_the_same_story() -> None:
    traditional = convert(STORY, "traditional", "simplified")
    assert traditional != STORY
    assert reposts.similarity(sig(STORY), sig(traditional)) > 0.9


def test_a_text_too_short_has_no_signature() -> None:
    short = STORY[: reposts.MIN_CHARACTERS - 5]
    assert sig(short) == b""
    assert not reposts.same_story(sig(short), sig(short))
    assert sig(STORY[: reposts.MIN_CHARACTERS + 10]) != b""


# -- the index -----------------------------------------------------------------------------------


def labelled(index: Index) -> dict[int, int]:
    return index.groups()


def add(index: Index, *articles: tuple[int, str]) -> None:
    db = index.db
    with db:
        groups_module.add(db, [(rowid, sig(text)) for rowid, text in articles])


def test_a_new_article_joins_its_group_and_a_gone_link_splits_it(tmp_path: Path) -> None:
    index = Index(tmp_path / "index.sqlite3")
    parts = sentences(STORY) + sentences(OTHER)
    a = "".join(parts[0:7])
    b = "".join(parts[2:9])  # shares 5 of 7 with a, and with c
    c = "".join(parts[4:11])
    assert reposts.same_story(sig(a), sig(b)) and reposts.same_story(sig(b), sig(c))
    assert not reposts.same_story(sig(a), sig(c))
    add(index, (1, a), (3, c))
    assert labelled(index) == {}  # two articles, two stories
    add(index, (2, b))  # the link: one group of three, without a rebuild
    grouped = labelled(index)
    assert set(grouped) == {1, 2, 3} and len(set(grouped.values())) == 1
    with index.db:
        groups_module.forget(index.db, [2])
    assert labelled(index) == {}  # the link gone: apart again
    add(index, (4, "".join(parts[0:6]) + "另悉，会议取得圆满成功。"))  # a repost of a
    assert set(labelled(index)) == {1, 4}


def test_groups_follow_the_files_on_sync(tmp_path: Path) -> None:
    """Added, changed and deleted files: the index's groups are what a fresh index finds."""
    root = tmp_path / "articles"
    root.mkdir()
    parts = sentences(STORY) + sentences(OTHER)
    (root / "a.txt").write_text("".join(parts[0:7]), "utf-8")
    (root / "c.txt").write_text("".join(parts[7:14]), "utf-8")
    index = Index(tmp_path / "cache" / "index.sqlite3")

    rebuilt = iter(range(100))

    def found(idx: Index) -> set[frozenset[str]]:
        """The groups the kept index has now, checked against an index built afresh."""
        groups = []
        for each in (idx, Index(tmp_path / f"fresh{next(rebuilt)}" / "index.sqlite3")):
            library = Library.load(root, index=each)
            keys = {e.id: library.group(e) for e in library.entries}
            groups.append({frozenset(i for i in keys if keys[i] == k) for k in set(keys.values()) if k})
        assert groups[0] == groups[1]
        return groups[0]

    assert found(index) == set()
    (root / "b.txt").write_text("".join(parts[1:7]) + "据悉，会议取得圆满成功。", "utf-8")
    assert found(index) == {frozenset({"a", "b"})}
    (root / "c.txt").write_text("首页 > 正文\n" + "".join(parts[0:6]) + "\n责任编辑：王芳", "utf-8")
    assert found(index) == {frozenset({"a", "b", "c"})}
    (root / "a.txt").unlink()
    assert found(index) == {frozenset({"b", "c"})}
    (root / "b.txt").write_text("".join(parts[7:14]), "utf-8")  # now another story
    assert found(index) == set()


def test_components_link_as_add_does() -> None:
    parts = sentences(STORY) + sentences(OTHER)
    a, b, c = "".join(parts[0:7]), "".join(parts[2:9]), "".join(parts[4:11])
    members = [(1, sig(a)), (2, sig(b)), (3, sig(c)), (4, sig("".join(parts[9:])))]
    assert sorted(map(sorted, groups_module.components(members))) == [[1, 2, 3], [4]]
    assert sorted(map(sorted, groups_module.components(members[::2]))) == [[1], [3]]


# -- stories -------------------------------------------------------------------------------------


def entry(id_: str, date: str | None, source: str | None = None) -> Entry:
    return Entry(id_, f"{id_}.txt", id_, date, source, "simplified", Region(), Locator(f"{id_}.txt"))


def test_date_key_orders_dates_as_written() -> None:
    assert date_key("2021年12月7日") == "2021-12-07 00:00"
    assert date_key("2021/12/07 09:05") == "2021-12-07 09:05"
    assert date_key("2021-12-07T10:35:00") == "2021-12-07 10:35"
    assert date_key("2021-12") == "2021-12-00 00:00"
    assert date_key(None) == date_key("不详") == date_key("2021-13-01")
    assert sorted(["2021-12-07 10:35", None, "2009-12-01", "2021年1月3日"], key=date_key) == [
        "2009-12-01",
        "2021年1月3日",
        "2021-12-07 10:35",
        None,
    ]


def test_the_original_is_the_earliest_then_one_naming_its_source() -> None:
    later, early, undated = entry("x", "2022-01-02"), entry("y", "2021年12月30日"), entry("z", None)
    assert story("g1", [later, undated, early]).original is early
    same_day = [entry("a", "2021-12-30"), entry("b", "2021-12-30", "人民网")]
    assert story("g1", same_day).original.id == "b"
    assert [e.id for e in story("g1", [undated, entry("w", None)]).members] == ["z", "w"]  # list order


def test_collapse_puts_each_story_where_its_original_stands() -> None:
    a, b, c, d, e = (entry(i, f"2021-0{n}-01") for n, i in enumerate("abcde", 1))
    rows = collapse([a, b, c, d, e], [None, "g2", None, "g2", "g9"])
    assert rows[0] is a and rows[2] is c and rows[3] is e  # a group of one in the list is an article
    assert isinstance(rows[1], Story) and [m.id for m in rows[1].members] == ["b", "d"]
    late = collapse([a, b, c, d], ["g2", None, "g2", None])  # a is earlier than c: first
    assert [r.id if isinstance(r, Entry) else r.original.id for r in late] == ["a", "b", "d"]
    assert stories([a, b, c, d], [None, "g2", None, "g2"])[0].contract() == {
        "group": "g2",
        "original": "b",
        "articles": ["b", "d"],
    }


def collapsed_as_told(listing: list[Entry], keys: list[str | None], shown: list[Entry]) -> list[tuple]:
    """What the list shows for `shown` (a selection of `listing`, in its own order), spelled out
    plainly: each group of two or more shown where its original is shown, the original being the
    earliest dated, then one naming its source, then the first in `listing`; as comparable tuples."""
    key_of = {e.id: k for e, k in zip(listing, keys, strict=True)}
    place = {e.id: i for i, e in enumerate(listing)}
    members: dict[str, list[Entry]] = {}
    for e in shown:
        if key_of[e.id] is not None:
            members.setdefault(key_of[e.id], []).append(e)
    firsts = {
        group: sorted(found, key=lambda e: (date_key(e.date), not e.source, place[e.id]))
        for group, found in members.items()
        if len(found) > 1
    }
    rows = []
    for e in shown:
        group = key_of[e.id]
        if group not in firsts:
            rows.append(("entry", e.id))
        elif firsts[group][0] is e:
            rows.append((group, tuple(m.id for m in firsts[group])))
    return rows


def as_told(rows: list[Entry | Story]) -> list[tuple]:
    return [
        (r.group, tuple(m.id for m in r.members)) if isinstance(r, Story) else ("entry", r.id) for r in rows
    ]


@given(st.data())
def test_a_listings_stories_collapse_any_selection_of_it_as_if_grouped_afresh(data: st.DataObject) -> None:
    dates = st.sampled_from([None, "2021-01-02", "2021-01-02 08:00", "2020年5月1日", "不详"])
    n = data.draw(st.integers(0, 30))
    listing = [
        entry(f"a{i}", data.draw(dates), data.draw(st.sampled_from([None, "人民网"]))) for i in range(n)
    ]
    keys = [data.draw(st.sampled_from([None, "g1", "g2", "g3"])) for _ in listing]
    grouped = Stories(listing, keys)
    where = {id(e): i for i, e in enumerate(listing)}
    for _ in range(3):  # several selections of one listing, as keystrokes make them
        picked = data.draw(st.lists(st.sampled_from(listing), unique_by=id) if listing else st.just([]))
        in_order = data.draw(st.booleans())  # a filter keeps the listing's order; a search has its own
        shown = sorted(picked, key=listing.index) if in_order else picked
        assert as_told(grouped.collapse(shown)) == collapsed_as_told(listing, keys, shown)
        listed_at = np.array([where[id(e)] for e in shown], dtype=np.int64)  # as a filter knows them
        assert as_told(grouped.collapse(shown, listed_at)) == collapsed_as_told(listing, keys, shown)
    whole = grouped.collapse(listing)
    assert as_told(whole) == collapsed_as_told(listing, keys, listing)
    whole.clear()  # the listing's own rows are kept for the next time: a caller's copy
    assert as_told(grouped.collapse(listing)) == collapsed_as_told(listing, keys, listing)


# -- the command line and the measured corpus -------------------------------------------------------


@pytest.fixture(scope="module")
def reposted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    sys.path.insert(0, str(BENCHMARKS))
    from reposts_corpus import make

    root = tmp_path_factory.mktemp("reposts")
    return root, make(root / "corpus", stories=24, seed=5)


def test_precision_and_recall_on_a_generated_corpus(
    reposted: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    from reposts_bench import found_groups, score

    root, truth = reposted
    figures = score(truth, found_groups(root / "corpus", tmp_path))
    assert figures["true_pairs"] > 30 and figures["stories"] > 30
    assert figures["precision"] >= 0.95 and figures["recall"] >= 0.95, figures


def test_dups_and_collapsed_list(
    reposted: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    root, truth = reposted
    corpus = str(root / "corpus")
    code, out, _ = run(capsys, "dups", corpus, "--json")
    assert code == 0
    groups = [json.loads(line) for line in out.splitlines()]
    assert groups and all(set(g) == {"group", "original", "articles"} for g in groups)
    assert all(len(g["articles"]) >= 2 and g["articles"][0] == g["original"] for g in groups)
    assert all(len({truth[a] for a in g["articles"]}) == 1 for g in groups)
    _, text, _ = run(capsys, "dups", corpus)
    assert [line.split("\t")[0] for line in text.splitlines()] == [g["group"] for g in groups]
    _, listed, _ = run(capsys, "list", corpus, "--json")
    records = [json.loads(line) for line in listed.splitlines()]
    in_groups = {a: g["group"] for g in groups for a in g["articles"]}
    assert {r["id"]: r["group"] for r in records} == {r["id"]: in_groups.get(r["id"]) for r in records}
    _, collapsed, _ = run(capsys, "list", corpus, "--collapse")
    lines = collapsed.splitlines()
    assert len(lines) == len(records) - sum(len(g["articles"]) - 1 for g in groups)
    assert sum(int(line.rsplit("\t", 1)[1].lstrip("×")) for line in lines) == len(records)
    _, collapsed_json, _ = run(capsys, "list", corpus, "--collapse", "--json")
    told = [json.loads(line) for line in collapsed_json.splitlines()]
    assert [r["articles"] for r in told if r["group"]] == [g["articles"] for g in groups]
    assert all(r["articles"] == [r["id"]] for r in told if not r["group"])
    _, stats, _ = run(capsys, "stats", corpus, "--json")
    assert json.loads(stats)["reposts"] == {
        "groups": len(groups),
        "articles": sum(len(g["articles"]) for g in groups),
    }


def test_groups_count_only_the_articles_under_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The index holds every folder read: the seeds' reposts in another folder group with them there,
    and are no reposts of the seeds when the seeds are listed alone."""
    seeds = Path(__file__).resolve().parent.parent / "articles"
    both = tmp_path / "both"
    for name in ("000_63a1824498e7c653", "003_a94347fa62b8522e"):
        text = (seeds / f"{name}.txt").read_text("utf-8")
        (both / "copies").mkdir(parents=True, exist_ok=True)
        (both / "copies" / f"{name}-copy.txt").write_text("转载自本站\n" + text, "utf-8")
        (both / "seeds").mkdir(exist_ok=True)
        (both / "seeds" / f"{name}.txt").write_text(text, "utf-8")
    _, found, _ = run(capsys, "dups", str(both), "--json")
    assert len(found.splitlines()) == 2  # each seed with its copy
    _, out, _ = run(capsys, "list", str(seeds), "--json")
    assert [json.loads(line)["group"] for line in out.splitlines()] == [None] * 5
    assert run(capsys, "dups", str(seeds)) == (0, "", "")
