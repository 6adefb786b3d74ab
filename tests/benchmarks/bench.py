#!/usr/bin/env python3
"""The reader at scale: build a corpus, index it, and time what a user waits for.

    tests/benchmarks/bench.py --articles N [--json] [--seed S] [--repeat R] [--keep DIR] [--first-rows]
    tests/benchmarks/bench.py --articles N --latency DIR [--repeat R]

Every figure is taken in its own fresh process, on a corpus made by `make_corpus.py` in a temporary
folder, with the index in a temporary cache (`READER_CACHE_DIR`): nothing touches the user's home.

- cold index: `Index.sync` from an empty cache over the whole corpus (the process pool on all
  cores), R runs; with the CPU per article of each step, from a sample, to show where time goes;
- reposts: the same cold index without grouping (no signatures in the workers, no grouping step),
  run after it, and the CPU per article of both; `--grouping` runs R such pairs alone, alternating;
- one worker against two: the same cold index of the first 5,000 files with 1 and with 2 workers;
- pool start-up: from the main thread (fork) and from another thread (fork server), to the first
  rows of a task of two files;
- OpenCC t2s: the same files read and converted to Simplified, with the same pool, R runs;
- cold first rows: process start to the first article row painted by the TUI started as `reader`
  starts it (the prefetching child first), on the corpus and on the five seeds, with an empty
  cache, while two busy loops keep both cores busy; 3 runs of each, alternating;
- warm start: process start to the first article row painted by the TUI (headless, under Pilot),
  with the index built; 5 runs, alternating with the same on the five seed articles;
- filter: per keystroke, the TUI's own work (filtering, then drawing the list's rows) while region
  and title filters are typed into its prompt under Pilot, after the list is complete, by the clock
  and as the main thread's CPU time; after each text query a pause, so its corpus search runs and
  its results are shown (the main thread's work for that timed apart); beside it Pilot's whole
  round trip, and the same queries through `Library.filter` alone;
- open: `Library.view` (clean, convert) and the TUI's `prepare` (wrap) of 20 KB articles, after a
  first one that also loads the cleaner's lazy tables (shown on its own);
- search: `Library.search` for common, rare, Traditional, one-word and two-word queries (by the
  clock, and the process's CPU time, its search threads included); and its
  precision: every hit of a sample (up to 25 per query, a few thousand in all) cleaned again and
  checked to hold every word of its query (after folding script and width);
- peak RSS: the largest resident size of any of those processes (the pool's workers included).

`--latency DIR` measures only the filter and search figures (R runs of each), on a corpus and an
index kept in DIR: made there the first time, reused after (an index of another engine version is
built beside the first), so code that only the front end runs can be compared at 100,000 articles
without a cold index each time.

The table gives medians and 95th percentiles (or the worst of few runs); with `--json` the last
line is one JSON object with the issue's keys.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.pilot import Pilot

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "articles"
KEYS = (
    "articles",
    "cold_index_articles_per_s",
    "opencc_t2s_articles_per_s",
    "cold_index_vs_t2s",
    "cold_index_vs_t2s_cpu",
    "two_workers_vs_one",
    "two_workers_vs_one_cpu",
    "cold_first_rows_s",
    "cold_first_rows_small_s",
    "warm_start_s",
    "warm_start_small_s",
    "filter_p95_ms",
    "open_p95_ms",
    "search_p95_ms",
    "search_precision",
    "peak_rss_mb",
)
SUBSET = 5000  # files of the one-against-two-workers runs
REGION_QUERIES = ("sichuan", "四川", "广东省", "51", "hubei huanggang", "sc")
TEXT_QUERIES = ("机关", "作风建设", "機關單位")
WIDTH = 76  # the reader pane's text width: articles are wrapped to it when opened
SEARCH_QUERIES = (
    "机关",
    "機關",
    "作风建设",
    "乡村振兴",
    "黨建工作",
    "干部 服务",
    "办公室",
    "读书",
    "ICP",
    "文明单位创建",
)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


# -- children: each figure is measured in a process of its own ------------------------------------


def child_cold(root: Path, processes: str = "", stages: str = "yes", grouping: str = "yes") -> dict:
    from reader.extract import index_rows
    from reader.library import Library

    if grouping == "no":
        _without_grouping()
    library = Library.open(root)
    assert library.index is not None
    before = _cpu_s(resource.RUSAGE_SELF)  # the sync's own CPU, without the imports
    start = time.perf_counter()
    report = library.index.sync(root, index_rows, processes=int(processes) if processes else None)
    seconds = time.perf_counter() - start
    parent_s, workers_s = _cpu_s(resource.RUSAGE_SELF) - before, _cpu_s(resource.RUSAGE_CHILDREN)
    articles = sum(len(chunk) for chunk in library.index.rows(root))
    size = library.index.size()
    return {
        "seconds": seconds,
        "articles": articles,
        "files": report.files,
        "index_mb": size / 1e6,
        "rss_parent": peak_rss_mb(),
        "rss_worker": peak_rss_mb(resource.RUSAGE_CHILDREN),
        "parent_cpu_ms": parent_s * 1000 / articles,
        "workers_cpu_ms": workers_s * 1000 / articles,
        "stages_ms": _stages(root) if stages == "yes" else {},
    }


def _without_grouping() -> None:
    """The index as it was before reposts were grouped: no signature made in the workers (forked
    from this process, they inherit the change) and no grouping step in the parent."""
    from reader import reposts
    from reader.index import groups

    reposts.signature = lambda text: b""  # type: ignore[assignment]
    groups.add = lambda db, articles: None  # type: ignore[assignment]


def child_pool_start(root: Path) -> dict:
    """Seconds from starting a pool to the rows of its first task (two files), from the main thread
    (fork) and from another thread (a fork server, which loads the cleaner's tables first)."""
    import tempfile
    import threading

    from reader.extract import index_rows
    from reader.index import Index, scan

    files = scan(root)[:2]
    result: dict[str, float] = {}

    def first_rows(name: str) -> None:
        index = Index(Path(tempfile.mkdtemp()) / "index.sqlite3")
        start = time.perf_counter()
        index.add(files, index_rows, processes=2, on_batch=lambda *_: None)
        result[name] = time.perf_counter() - start

    import reader.index.pool as pool

    pool.POOL_MIN = 1  # a pool even for two files
    first_rows("fork")
    thread = threading.Thread(target=first_rows, args=("forkserver",))
    thread.start()
    thread.join()
    return result


def _stages(root: Path, sample: int = 200) -> dict[str, float]:
    """CPU per article of each step of indexing, in one process, over a sample of the files."""
    from reader.clean import clean
    from reader.corpus import read_file
    from reader.index import normalise, scan, search_text
    from reader.regions import detect_region

    files = scan(root)
    files = files[:: max(1, len(files) // sample)][:sample]
    # Untimed: the first article loads the cleaner's and the detector's tables, which each worker of
    # a cold index loads once, not once an article.
    for article in read_file(Path(files[0].path)):
        doc = clean(article.text)
        detect_region(doc)
        search_text(doc.text())
    spent = dict.fromkeys(("read", "clean", "regions", "search text"), 0.0)
    count = 0
    for f in files:
        start = time.process_time()
        articles = read_file(Path(f.path))
        spent["read"] += time.process_time() - start
        for article in articles:
            count += 1
            start = time.process_time()
            doc = clean(article.text)
            cleaned = time.process_time()
            detect_region(doc)
            found = time.process_time()
            search_text(doc.text()), normalise(doc.title)
            spent["clean"] += cleaned - start
            spent["regions"] += found - cleaned
            spent["search text"] += time.process_time() - found
    return {step: seconds * 1000 / count for step, seconds in spent.items()}


def _t2s_file(path: str) -> int:
    from reader.convert import convert
    from reader.corpus import LoadError, read_file

    try:
        articles = read_file(Path(path))
    except LoadError:
        return 0
    for article in articles:
        convert(article.text, "simplified", "traditional")
    return len(articles)


def child_t2s(root: Path) -> dict:
    import multiprocessing

    from reader.convert import convert
    from reader.index import scan

    paths = [f.path for f in scan(root)]
    convert("機關", "simplified", "traditional")  # load the converter before the fork, as the index does
    processes = len(os.sched_getaffinity(0))
    before = _cpu_s(resource.RUSAGE_SELF)
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        articles = sum(pool.imap(_t2s_file, paths, max(1, min(32, len(paths) // (processes * 16)))))
    seconds = time.perf_counter() - start
    cpu_s = _cpu_s(resource.RUSAGE_SELF) - before + _cpu_s(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "articles": articles,
        "rss_parent": peak_rss_mb(),
        "rss_worker": peak_rss_mb(resource.RUSAGE_CHILDREN),
        "cpu_ms": cpu_s * 1000 / articles,
    }


def _cpu_s(who: int) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def child_tui(root: Path, started: float, state: Path, keystrokes: bool, cold: bool = False) -> dict:
    """Time to the first painted article row; then, if asked, per-keystroke filter latency. `cold`:
    started as `reader` starts on a folder (the prefetching child forked first, before Textual)."""
    warming = None
    if cold:
        from reader import prefetch

        warming = prefetch.start(root)
    from textual.strip import Strip

    import reader.cli  # noqa: F401  (what `reader` imports before it starts the TUI)
    from reader.library import Progress
    from reader.tui.app import ReaderApp
    from reader.tui.screens.main import MainScreen
    from reader.tui.widgets.article_list import ArticleList

    first: list[float] = []
    done = asyncio.Event()
    # the app's own work on the list since the last reset (filtering and drawing rows): by the clock,
    # and the main thread's CPU time, which a busy machine does not inflate
    work_ms = [0.0, 0.0]
    shown_ms: list[float] = []  # the main thread's work to show a finished search: regroup and draw
    paint, progress, apply = ArticleList.render_line, MainScreen.library_progress, MainScreen._apply
    refilter = MainScreen.refilter

    def render_line(self: ArticleList, y: int) -> Strip:
        if self.entries and not first:
            first.append(time.time())
        start, cpu = time.perf_counter(), time.thread_time()
        strip = paint(self, y)
        work_ms[0] += (time.perf_counter() - start) * 1000
        work_ms[1] += (time.thread_time() - cpu) * 1000
        return strip

    def library_progress(self: MainScreen, p: Progress) -> None:
        progress(self, p)
        if p.done:
            done.set()

    def timed_apply(self: MainScreen, mode: str, value: str) -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        apply(self, mode, value)
        work_ms[0] += (time.perf_counter() - start) * 1000
        work_ms[1] += (time.thread_time() - cpu) * 1000

    def timed_refilter(self: MainScreen) -> None:  # a search's results shown (else `_apply` counts it)
        start = time.perf_counter()
        refilter(self)
        if self.text_query.strip() and self._search and self._search[0] == self.text_query.strip():
            shown_ms.append((time.perf_counter() - start) * 1000)

    ArticleList.render_line = render_line  # type: ignore[method-assign]
    MainScreen.refilter = timed_refilter  # type: ignore[method-assign]
    MainScreen.library_progress = library_progress  # type: ignore[method-assign]
    MainScreen._apply = timed_apply  # type: ignore[method-assign]
    result: dict = {}

    async def run() -> None:
        app = ReaderApp(root, state_path=state / "state.json", warming=warming)
        async with app.run_test(size=(120, 40)) as pilot:
            while not first:
                await asyncio.sleep(0.001)
            result["first_paint_s"] = first[0] - started
            if not keystrokes:  # done: leave without waiting for the list to fill
                print(json.dumps(result | {"rss_parent": peak_rss_mb()}), flush=True)
                os._exit(0)
            await asyncio.wait_for(done.wait(), 600)
            result["entries"] = len(app.main.library.entries)
            typed = await _type_filters(pilot, work_ms)
            result["keystroke_ms"], result["keystroke_cpu_ms"], result["pilot_ms"] = typed
            result["search_shown_ms"] = shown_ms
            result["pilot_noop_ms"] = [await _timed_press(pilot, "f12") for _ in range(10)]

    asyncio.run(run())
    result["rss_parent"] = peak_rss_mb()
    return result


async def _type_filters(pilot: Pilot, work_ms: list[float]) -> tuple[list[float], list[float], list[float]]:
    """Type each region and title query into the prompt one key at a time, then erase it. For every
    key: the app's work (filtering the list and drawing its rows), and Pilot's whole round trip,
    which adds Textual's input handling and Pilot's own waiting (see `pilot_noop_ms`)."""
    work: list[float] = []
    cpu: list[float] = []
    trips: list[float] = []

    async def key(name: str) -> None:
        work_ms[0] = work_ms[1] = 0.0
        trips.append(await _timed_press(pilot, name))
        await pilot.pause()  # let the list repaint before reading the drawing time
        work.append(work_ms[0])
        cpu.append(work_ms[1])

    for opener, queries in (("r", REGION_QUERIES), ("slash", TEXT_QUERIES)):
        for query in queries:
            await pilot.press(opener)
            for char in query:
                await key("space" if char == " " else char)
            if opener == "slash":  # the user pauses: the corpus search runs and its results show
                await asyncio.sleep(1)
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
            for _ in query:
                await key("backspace")
            await pilot.press("escape")
    return work, cpu, trips


async def _timed_press(pilot: Pilot, key: str) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    return (time.perf_counter() - start) * 1000


def child_engine(root: Path) -> dict:
    """`Library.filter`, opening 20 KB articles and `Library.search`, on the warm index."""
    from rich.style import Style

    from reader.document import Script
    from reader.entries import Entry
    from reader.library import Library
    from reader.tui.widgets.article_view import STYLE_NAMES, prepare

    start = time.perf_counter()
    library = Library.open(root)
    cleaned = library.sync(show_cached=False).cleaned  # `Library.load`, keeping the report
    load_s = time.perf_counter() - start
    filter_ms: list[float] = []
    for _ in range(3):
        for region in REGION_QUERIES:
            for end in range(1, len(region) + 1):
                filter_ms.append(_timed(library.filter, region[:end]))
        for text in TEXT_QUERIES:
            for end in range(1, len(text) + 1):
                filter_ms.append(_timed(library.filter, "", text[:end]))
                filter_ms.append(_timed(library.filter, "四川", text[:end]))
    sized = [e for e in library.entries if 18_000 <= e.size <= 22_000 and e.locator.line is None]
    picks = sized[:: max(1, len(sized) // 31)][:31]
    styles = {name: Style() for name in STYLE_NAMES}

    def open_article(entry: Entry, script: Script) -> None:
        prepare(entry.id, library.view(entry, script), script, styles, (WIDTH,))

    # The first article opened also loads what the cleaner loads lazily: timed on its own.
    first_open_ms = _timed(open_article, picks[0], "original")
    scripts: tuple[Script, ...] = ("original", "simplified", "traditional")
    open_ms = [_timed(open_article, entry, scripts[i % 3]) for i, entry in enumerate(picks[1:])]
    search_ms: dict[str, list[float]] = {}
    search_cpu_ms: list[float] = []  # the process's CPU time (its search threads too), per search
    hits: dict[str, int] = {}
    rare = next((e.region.county[:2] for e in reversed(library.entries) if e.region.county), "通川")
    for _ in range(5):
        for query in (*SEARCH_QUERIES, rare):
            cpu = time.process_time()
            search_ms.setdefault(query, []).append(_timed(library.search, query))
            search_cpu_ms.append((time.process_time() - cpu) * 1000)
            hits[query] = len(library.search(query))
    one_char_ms = [_timed(library.search, "党") for _ in range(3)]
    checked, wrong = _precision(library, (*SEARCH_QUERIES, rare, "党"))
    return {
        "load_s": load_s,
        "cleaned_on_load": cleaned,
        "filter_ms": filter_ms,
        "open_ms": open_ms,
        "first_open_ms": first_open_ms,
        "open_articles": len(open_ms),
        "search_ms": search_ms,
        "search_cpu_ms": search_cpu_ms,
        "hits": hits,
        "one_char_ms": one_char_ms,
        "rss_parent": peak_rss_mb(),
        "precision_checked": checked,
        "precision_wrong": wrong,
    }


def _precision(library: object, queries: tuple[str, ...], per_query: int = 25) -> tuple[int, list[str]]:
    """Hits of `Library.search` checked against the cleaned article: every word of the query must be
    in its title or text, after folding (`normalise`). Queries are the benchmark's and words cut
    from articles' titles (two to six characters); hits are sampled across each result list."""
    import random

    from reader.index import normalise, query_words
    from reader.library import Library

    assert isinstance(library, Library)
    rng = random.Random(0)
    titles = [e.title for e in rng.sample(library.entries, min(40, len(library.entries)))]
    cut = [
        t[i : i + n]
        for t, n in ((t, rng.randint(2, 6)) for t in titles if len(t) >= 6)
        for i in [rng.randrange(len(t) - n + 1)]
    ]
    checked, wrong = 0, []
    for query in (*queries, *cut):
        words = query_words(query)
        hits = library.search(query)
        for entry in hits[:: max(1, len(hits) // per_query)][:per_query]:
            doc = library.document(entry)
            text = normalise(f"{doc.title}\n{doc.text()}")
            checked += 1
            if not all(w in text for w in words):
                wrong.append(f"{query}: {entry.id}")
    return checked, wrong


def _timed(fn: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


CHILDREN = {"cold": child_cold, "t2s": child_t2s, "engine": child_engine, "pool": child_pool_start}


# -- the parent ----------------------------------------------------------------------------------------


def spawn(env: dict[str, str], *args: str) -> dict:
    """Run this script as a child measuring one thing; its last stdout line is its JSON result.
    The child runs in a session of its own, ended whole: a TUI that leaves mid-index leaves its
    prefetching child, fork server and workers behind."""
    started = time.time()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", *args, "--started", repr(started)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=1800)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    if proc.returncode != 0:
        raise SystemExit(f"bench: child {args} failed:\n{stderr[-3000:]}")
    return json.loads(stdout.strip().splitlines()[-1])


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def bench(articles: int, seed: int, repeat: int, work: Path) -> tuple[dict, list[tuple]]:
    sys.path.insert(0, str(HERE))
    from make_corpus import make

    corpus, small, cache, state = work / "corpus", work / "small", work / "cache", work / "state"
    # The children import this tree's `reader`, not whichever one an editable install points at.
    env = os.environ | {"READER_CACHE_DIR": str(cache), "XDG_CACHE_HOME": str(cache)}
    env |= {"PYTHONPATH": str(HERE.parents[1])}
    env |= {name: str(state) for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    start = time.perf_counter()
    stats = make(articles, corpus, seed)
    shutil.copytree(SEEDS, small)
    say(
        f"corpus: {stats['articles']:,} articles, {stats['files']:,} files, "
        f"{stats['text_bytes'] / 1e6:,.0f} MB in {time.perf_counter() - start:.1f} s"
    )

    cold = [spawn(env, "cold", str(corpus))]  # this one leaves the warm index for what follows
    for i in range(1, repeat):
        cold.append(spawn(env | {"READER_CACHE_DIR": str(work / f"cold{i}")}, "cold", str(corpus)))
        shutil.rmtree(work / f"cold{i}")
    say(f"cold index: {[round(c['seconds'], 1) for c in cold]} s")
    plain = spawn(env | {"READER_CACHE_DIR": str(work / "plain")}, "cold", str(corpus), "", "no", "no")
    shutil.rmtree(work / "plain")
    say(f"cold index without grouping: {plain['seconds']:.1f} s")
    t2s = [spawn(env, "t2s", str(corpus)) for _ in range(repeat)]
    say(f"t2s: {[round(c['seconds'], 1) for c in t2s]} s")
    subset = _subset(corpus, work / "subset", SUBSET)
    workers: dict[int, dict] = {}
    for processes in (1, 2):
        workers[processes] = spawn(
            env | {"READER_CACHE_DIR": str(work / f"sub{processes}")},
            "cold",
            str(subset),
            str(processes),
            "no",
        )
        shutil.rmtree(work / f"sub{processes}")
    say(f"1 and 2 workers: {workers[1]['seconds']:.1f} s, {workers[2]['seconds']:.1f} s")
    starts = spawn(env | {"READER_CACHE_DIR": str(work / "pool")}, "pool", str(corpus))
    say(f"pool start-up: {starts}")
    first_rows, first_rows_small = _cold_first_rows(env, work, corpus, small, state)
    say(f"cold first rows under load: {first_rows} s, small {first_rows_small} s")
    spawn(env, "cold", str(small))

    warm, warm_small = [], []
    for _ in range(5):  # side by side, so both see the same noise
        warm.append(spawn(env, "tui", str(corpus), str(state)))
        warm_small.append(spawn(env, "tui", str(small), str(state)))
    say(
        f"warm start: {[round(w['first_paint_s'], 2) for w in warm]} s, "
        f"small {[round(w['first_paint_s'], 2) for w in warm_small]} s"
    )
    keys = spawn(env, "tui", str(corpus), str(state), "--keystrokes")
    engine = spawn(env, "engine", str(corpus))
    say(f"engine: warm load {engine['load_s']:.2f} s, search hits {engine['hits']}")
    if engine["cleaned_on_load"]:
        say(
            f"WARNING: the warm load cleaned {engine['cleaned_on_load']} files: the engine's code changed "
            "during the run, so the warm figures are not warm"
        )

    cold_rate = [c["articles"] / c["seconds"] for c in cold]
    t2s_rate = [c["articles"] / c["seconds"] for c in t2s]
    # The same ratio by CPU per article, which a busy machine disturbs far less than the clock.
    cold_cpu = statistics.median(c["workers_cpu_ms"] + c["parent_cpu_ms"] for c in cold)
    by_cpu = statistics.median(c["cpu_ms"] for c in t2s) / cold_cpu
    two_vs_one = workers[1]["seconds"] / workers[2]["seconds"]
    # What two cores give when nothing else runs: the CPU each article costs with one worker, over
    # what it costs with two (workers and parent), times two. Under load the wall-clock ratio says
    # little: Linux shares the CPU between sessions first, so a busy machine gives a session its
    # share whatever number of workers it runs.
    cpu = {n: w["workers_cpu_ms"] + w["parent_cpu_ms"] for n, w in workers.items()}
    two_vs_one_cpu = 2 * cpu[1] / cpu[2]
    checked, wrong = engine["precision_checked"], engine["precision_wrong"]
    if wrong:
        say(f"search precision: {len(wrong)} of {checked} hits lack their query: {wrong[:10]}")
    warm_s = [w["first_paint_s"] for w in warm]
    small_s = [w["first_paint_s"] for w in warm_small]
    search_ms = [t for times in engine["search_ms"].values() for t in times]
    rss = max(max(c["rss_parent"], c["rss_worker"]) for c in [*cold, *t2s])
    rss = max(rss, keys["rss_parent"], engine["rss_parent"], *(w["rss_parent"] for w in warm))
    figures = {
        "articles": cold[0]["articles"],
        "cold_index_articles_per_s": round(statistics.median(cold_rate)),
        "opencc_t2s_articles_per_s": round(statistics.median(t2s_rate)),
        "cold_index_vs_t2s": round(statistics.median(cold_rate) / statistics.median(t2s_rate), 3),
        "cold_index_vs_t2s_cpu": round(by_cpu, 3),
        "two_workers_vs_one": round(two_vs_one, 2),
        "two_workers_vs_one_cpu": round(two_vs_one_cpu, 2),
        "cold_first_rows_s": round(statistics.median(first_rows), 2),
        "cold_first_rows_small_s": round(statistics.median(first_rows_small), 2),
        "warm_start_s": round(statistics.median(warm_s), 3),
        "warm_start_small_s": round(statistics.median(small_s), 3),
        "filter_p95_ms": round(p95(keys["keystroke_ms"]), 1),
        "open_p95_ms": round(p95(engine["open_ms"]), 1),
        "search_p95_ms": round(p95(search_ms), 1),
        "search_precision": round(1 - len(wrong) / max(checked, 1), 4),
        "peak_rss_mb": round(rss),
    }
    rows = [
        ("cold index (articles/s)", statistics.median(cold_rate), min(cold_rate), "", None),
        *grouping_rows([_cpu_ms(c) for c in cold], [_cpu_ms(plain)]),
        ("OpenCC t2s alone (articles/s)", statistics.median(t2s_rate), min(t2s_rate), "comparison", None),
        (
            "  cold index ÷ t2s",
            figures["cold_index_vs_t2s"],
            figures["cold_index_vs_t2s"],
            "≥ 0.15",
            figures["cold_index_vs_t2s"] >= 0.15,
        ),
        ("  the same by CPU per article", by_cpu, by_cpu, "≥ 0.15", by_cpu >= 0.15),
        (
            f"2 workers ÷ 1, speed ({workers[1]['files']:,} files)",
            two_vs_one,
            two_vs_one,
            "≥ 1.8",
            two_vs_one >= 1.8,
        ),
        (
            "  1 worker (articles/s)",
            workers[1]["articles"] / workers[1]["seconds"],
            workers[1]["articles"] / workers[1]["seconds"],
            "",
            None,
        ),
        ("  2 × CPU per article with 1 ÷ with 2", two_vs_one_cpu, two_vs_one_cpu, "two idle cores", None),
        ("pool start-up to first rows: fork (s)", starts["fork"], starts["fork"], "main thread", None),
        ("  fork server, from a thread (s)", starts["forkserver"], starts["forkserver"], "TUI loader", None),
        (
            "cold first rows under load, corpus (s)",
            statistics.median(first_rows),
            max(first_rows),
            f"≤ 2 × small = {2 * statistics.median(first_rows_small):.2f}",
            statistics.median(first_rows) <= 2 * statistics.median(first_rows_small),
        ),
        (
            "cold first rows under load, 5 seeds (s)",
            statistics.median(first_rows_small),
            max(first_rows_small),
            "",
            None,
        ),
        (
            "warm start, corpus (s)",
            statistics.median(warm_s),
            p95(warm_s),
            f"≤ 1.0 and ≤ 1.5 × small = {1.5 * figures['warm_start_small_s']:.2f}",
            figures["warm_start_s"] <= min(1.0, 1.5 * figures["warm_start_small_s"]),
        ),
        ("warm start, 5 seeds (s)", statistics.median(small_s), p95(small_s), "", None),
        (
            "filter per keystroke, TUI work (ms)",
            statistics.median(keys["keystroke_ms"]),
            p95(keys["keystroke_ms"]),
            "p95 ≤ 50",
            figures["filter_p95_ms"] <= 50,
        ),
        (
            "  Pilot round trip per keystroke (ms)",
            statistics.median(keys["pilot_ms"]),
            p95(keys["pilot_ms"]),
            "",
            None,
        ),
        (
            "  Pilot round trip, a key doing nothing (ms)",
            statistics.median(keys["pilot_noop_ms"]),
            p95(keys["pilot_noop_ms"]),
            "",
            None,
        ),
        (
            "  Library.filter alone (ms)",
            statistics.median(engine["filter_ms"]),
            p95(engine["filter_ms"]),
            "",
            None,
        ),
        (
            f"open a 20 KB article (ms, n={engine['open_articles']})",
            statistics.median(engine["open_ms"]),
            p95(engine["open_ms"]),
            "p95 ≤ 30",
            figures["open_p95_ms"] <= 30,
        ),
        (
            "  the first article opened in a process (ms)",
            engine["first_open_ms"],
            engine["first_open_ms"],
            "",
            None,
        ),
        (
            "corpus search (ms)",
            statistics.median(search_ms),
            p95(search_ms),
            "p95 ≤ 200",
            figures["search_p95_ms"] <= 200,
        ),
        (
            f"  search precision ({checked:,} hits checked)",
            figures["search_precision"],
            figures["search_precision"],
            "1.0",
            not wrong,
        ),
        (
            "  one-character search (ms)",
            statistics.median(engine["one_char_ms"]),
            p95(engine["one_char_ms"]),
            "",
            None,
        ),
        ("peak RSS, largest process (MB)", rss, rss, "≤ 400", rss <= 400),
        ("warm Library.load, `reader list` (s)", engine["load_s"], engine["load_s"], "", None),
        ("index on disk (MB)", cold[0]["index_mb"], cold[0]["index_mb"], "", None),
        (
            "cold index CPU per article: workers (ms)",
            cold[0]["workers_cpu_ms"],
            cold[0]["workers_cpu_ms"],
            "the pool",
            None,
        ),
        (
            "cold index CPU per article: parent (ms)",
            cold[0]["parent_cpu_ms"],
            cold[0]["parent_cpu_ms"],
            "writes, search index",
            None,
        ),
        *(
            (f"  CPU per article: {step} (ms)", ms, ms, "one process, a sample", None)
            for step, ms in cold[0]["stages_ms"].items()
        ),
    ]
    return figures, rows


def _cpu_ms(cold: dict) -> float:
    return cold["workers_cpu_ms"] + cold["parent_cpu_ms"]


def grouping_rows(grouped: list[float], plain: list[float]) -> list[tuple]:
    """The cold index's CPU per article with and without grouping reposts, and the extra cost."""
    extra = statistics.median(grouped) / statistics.median(plain) - 1
    return [
        ("  CPU per article, reposts grouped (ms)", statistics.median(grouped), max(grouped), "", None),
        ("  CPU per article, without grouping (ms)", statistics.median(plain), max(plain), "", None),
        ("  grouping's extra index cost (CPU)", extra, extra, "≤ 0.20", extra <= 0.20),
    ]


def grouping_only(articles: int, seed: int, repeat: int, work: Path) -> None:
    """`--grouping`: R cold indexes with grouping and R without, alternating, and nothing else."""
    sys.path.insert(0, str(HERE))
    from make_corpus import make

    corpus = work / "corpus"
    env = os.environ | {"XDG_CACHE_HOME": str(work / "cache")}
    make(articles, corpus, seed)
    runs: dict[str, list[dict]] = {"yes": [], "no": []}
    for i in range(repeat):
        for grouping in ("yes", "no"):
            cache = work / f"cold-{grouping}-{i}"
            runs[grouping].append(
                spawn(env | {"READER_CACHE_DIR": str(cache)}, "cold", str(corpus), "", "no", grouping)
            )
            shutil.rmtree(cache)
            say(f"cold index, grouping {grouping}: {runs[grouping][-1]['seconds']:.1f} s")
    print(f"cold index of {runs['yes'][0]['articles']:,} articles, {repeat} pairs, alternating")
    for name, median, worst, target, ok in grouping_rows(
        [_cpu_ms(c) for c in runs["yes"]], [_cpu_ms(c) for c in runs["no"]]
    ):
        mark = "" if ok is None else ("  ok" if ok else "  MISSED")
        print(f"{name.strip():<46} {_number(median)} {_number(worst)}  {target}{mark}")
    for grouping, label in (("yes", "grouped"), ("no", "without")):
        print(
            f"  {label}: wall {[round(c['seconds'], 1) for c in runs[grouping]]} s, "
            f"parent CPU {[round(c['parent_cpu_ms'], 3) for c in runs[grouping]]} ms/article, "
            f"workers {[round(c['workers_cpu_ms'], 3) for c in runs[grouping]]} ms/article, "
            f"index {[round(c['index_mb']) for c in runs[grouping]]} MB"
        )


def first_rows_only(articles: int, seed: int, work: Path) -> None:
    """`--first-rows`: the cold first rows under load alone, which a 100,000-article run of the
    whole benchmark would wait long for."""
    sys.path.insert(0, str(HERE))
    from make_corpus import make

    corpus, small, state = work / "corpus", work / "small", work / "state"
    env = os.environ | {"XDG_CACHE_HOME": str(work / "cache"), "PYTHONPATH": str(HERE.parents[1])}
    env |= {name: str(state) for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    make(articles, corpus, seed)
    shutil.copytree(SEEDS, small)
    load = os.getloadavg()[0]
    found, seeds = _cold_first_rows(env, work, corpus, small, state)
    print(
        f"cold first rows under load, {articles:,} articles: {statistics.median(found):.2f} s "
        f"{[round(s, 2) for s in found]}; the 5 seeds: {statistics.median(seeds):.2f} s "
        f"{[round(s, 2) for s in seeds]}; load average {load:.1f} at the start"
    )


def latency_only(articles: int, seed: int, repeat: int, work: Path) -> None:
    """`--latency DIR`: the filter and search figures alone, R runs of each, on the corpus and the
    index kept in DIR (made there when missing or of another size or seed)."""
    sys.path.insert(0, str(HERE))
    from make_corpus import make

    corpus, cache, state, stamp = work / "corpus", work / "cache", work / "state", work / "corpus.json"
    made = {"articles": articles, "seed": seed}
    if not stamp.exists() or json.loads(stamp.read_text()) != made:
        shutil.rmtree(corpus, ignore_errors=True)
        stamp.unlink(missing_ok=True)
        make(articles, corpus, seed)
        stamp.write_text(json.dumps(made))
    env = os.environ | {"READER_CACHE_DIR": str(cache), "XDG_CACHE_HOME": str(cache)}
    env |= {"PYTHONPATH": str(HERE.parents[1])}
    env |= {name: str(state) for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    load = os.getloadavg()[0]
    index = spawn(env, "cold", str(corpus), "", "no")  # a cold index the first time, else a check
    say(f"index: {index['articles']:,} articles, brought up to date in {index['seconds']:.1f} s")
    keys, engines = [], []
    for _ in range(repeat):  # side by side, so both see the same noise
        keys.append(spawn(env, "tui", str(corpus), str(state), "--keystrokes"))
        engines.append(spawn(env, "engine", str(corpus)))
    typed = [ms for k in keys for ms in k["keystroke_ms"]]
    typed_cpu = [ms for k in keys for ms in k["keystroke_cpu_ms"]]
    shown = [ms for k in keys for ms in k["search_shown_ms"]] or [0.0]
    trips = [ms for k in keys for ms in k["pilot_ms"]]
    filtered = [ms for e in engines for ms in e["filter_ms"]]
    by_query: dict[str, list[float]] = {}
    for e in engines:
        for query, times in e["search_ms"].items():
            by_query.setdefault(query, []).extend(times)
    searched = [ms for times in by_query.values() for ms in times]
    searched_cpu = [ms for e in engines for ms in e["search_cpu_ms"]]
    checked = sum(e["precision_checked"] for e in engines)
    wrong = [w for e in engines for w in e["precision_wrong"]]
    print(
        f"reader latency: {index['articles']:,} articles, {repeat} run(s), load average {load:.1f} at the "
        f"start and {os.getloadavg()[0]:.1f} at the end; tree {HERE.parents[1]}"
    )
    print(f"{'figure':<46} {'median':>10} {'p95/worst':>10}  target")
    for name, values, target in (
        ("filter per keystroke, TUI work (ms)", typed, "p95 ≤ 50"),
        ("  the same, main thread's CPU time (ms)", typed_cpu, ""),
        ("  a finished search shown: regroup, draw (ms)", shown, ""),
        ("  Pilot round trip per keystroke (ms)", trips, ""),
        ("  Library.filter alone (ms)", filtered, ""),
        ("corpus search (ms)", searched, "p95 ≤ 200"),
        ("  the same, the process's CPU time (ms)", searched_cpu, ""),
        *((f"  {query} ({engines[0]['hits'][query]:,} hits)", t, "") for query, t in by_query.items()),
    ):
        print(f"{name:<46} {_number(statistics.median(values))} {_number(p95(values))}  {target}")
    print(f"search precision: {checked - len(wrong)}/{checked} hits hold their query {wrong[:5]}")


def _subset(corpus: Path, folder: Path, files: int) -> Path:
    """A folder of links to the first `files` article files of the corpus, in the same layout."""
    from reader.index import scan

    for f in scan(corpus)[:files]:
        link = folder / os.path.relpath(f.path, corpus)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(f.path)
    return folder


def _cold_first_rows(
    env: dict[str, str], work: Path, corpus: Path, small: Path, state: Path, runs: int = 3
) -> tuple[list[float], list[float]]:
    """Seconds to the first painted row on an empty cache, as `reader` starts, while two busy loops
    keep both cores busy; corpus and seeds alternating."""
    # Each loop in a session of its own, as two programs in two terminals: Linux shares the CPU
    # between sessions (autogroups) before processes.
    busy = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True) for _ in range(2)
    ]
    found: dict[Path, list[float]] = {corpus: [], small: []}
    try:
        for i in range(runs):
            for root in (corpus, small):
                cache = work / f"first{i}"
                found[root].append(
                    spawn(env | {"READER_CACHE_DIR": str(cache)}, "tui", str(root), str(state), "--cold")[
                        "first_paint_s"
                    ]
                )
                shutil.rmtree(cache, ignore_errors=True)
    finally:
        for loop in busy:
            loop.kill()
            loop.wait()
    return found[corpus], found[small]


def print_table(figures: dict, rows: list[tuple], wall: float, argv: list[str], load: tuple) -> None:
    print(
        f"reader benchmark: {figures['articles']:,} articles, {len(os.sched_getaffinity(0))} cores, "
        f"wall time {wall:.0f} s, load average {load[0]:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end"
    )
    print(f"command: {' '.join(argv)}")
    print(f"{'figure':<46} {'median':>10} {'p95/worst':>10}  target")
    for name, median, worst, target, ok in rows:
        mark = "" if ok is None else ("  ok" if ok else "  MISSED")
        print(f"{name:<46} {_number(median)} {_number(worst)}  {target}{mark}")


def _number(value: float) -> str:
    """Ten characters: ratios and seconds to three decimals, the rest to one."""
    return f"{value:>10,.3f}" if abs(value) < 10 else f"{value:>10,.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="end with one JSON object of the figures")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="cold index and t2s runs (warm start: 5)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--keystrokes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cold", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--first-rows",
        action="store_true",
        help="only the cold first rows under load, on the corpus and the seeds",
    )
    parser.add_argument(
        "--grouping",
        action="store_true",
        help="only the cold index with and without grouping reposts, R pairs",
    )
    parser.add_argument(
        "--latency",
        type=Path,
        metavar="DIR",
        help="only the filter and search figures, on a corpus and index kept in DIR (made if missing)",
    )
    args = parser.parse_args()
    if args.latency:
        return latency_only(args.articles, args.seed, args.repeat, args.latency)
    if args.child:
        kind, root, *rest = args.child
        if kind == "tui":
            result = child_tui(Path(root), args.started, Path(rest[0]), args.keystrokes, args.cold)
        else:
            result = CHILDREN[kind](Path(root), *rest)
        print(json.dumps(result), flush=True)
        os._exit(0)  # a TUI sync thread may still be filling the list: no need to wait for it
    start, load = time.perf_counter(), os.getloadavg()
    work = args.keep or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    try:
        if args.first_rows:
            return first_rows_only(args.articles, args.seed, work)
        if args.grouping:
            return grouping_only(args.articles, args.seed, args.repeat, work)
        figures, rows = bench(args.articles, args.seed, args.repeat, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(
        figures, rows, time.perf_counter() - start, ["tests/benchmarks/bench.py", *sys.argv[1:]], load
    )
    if args.json:
        print(json.dumps({key: figures[key] for key in KEYS}))


if __name__ == "__main__":
    main()
