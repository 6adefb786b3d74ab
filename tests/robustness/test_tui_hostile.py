"""The TUI (Pilot) on the hostile corpus: it loads, names each bad file once (one notification and the
`w` list), opens every other article in every mode, never draws a raw control or bidi character,
shows markup literally, survives terminal sizes from 20×5 to 300×100 and files that change under it,
and leaves the user's files byte-identical.

What is checked is what the terminal would get: the segments the screen's compositor renders,
toasts and modal screens included.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reader.corpus import LoadError
from reader.document import SCRIPTS
from reader.engine import without_headings
from reader.library import Library
from reader.safe import visible
from reader.tui.app import ReaderApp, run
from reader.tui.screens.explain import ExplainScreen, prepare_explain
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.skipped import NOTIFY_EACH, SkippedScreen
from reader.tui.widgets.article_view import ArticleView, prepare
from tests.helpers import isolated_dirs as isolated
from tests.robustness import hostile
from tests.tui.pilot_helpers import MakeApp, press, screen_text, settle

# An empty file whose name is markup, an escape sequence and a bidi override: skipped, and named
# literally and harmlessly.
EVIL_NAME = "degenerate/[bold red]x\x1b[2J\u202e.txt"
PARTLY_READ = "attack/feed.jsonl"  # some of its records are bad: named once too
LITERALS = ["[/]", "[bold red]x", "[link=file:///etc/passwd]", ":smile:"]
SIZES = [(20, 5), (40, 10), (80, 24), (120, 40), (300, 100)]


@pytest.fixture(scope="module", autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """State, index cache and config in a temporary folder, never the real home."""
    with isolated(tmp_path_factory.mktemp("xdg")) as base:
        yield base


@dataclass
class Corpus:
    root: Path
    skipped: set[str]  # relative paths that must be named once each

    @property
    def shown_names(self) -> list[str]:
        return sorted(visible(name) for name in self.skipped)


def make_corpus(root: Path) -> Corpus:
    skipped = hostile.make(root) | {PARTLY_READ, EVIL_NAME}
    (root / EVIL_NAME).write_bytes(b"")
    return Corpus(root, skipped)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return make_corpus(tmp_path_factory.mktemp("hostile") / "articles")


def hashes(root: Path) -> dict[str, str]:
    """Every file under `root` (symlinks not followed) by relative path, with its SHA-256."""
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def drawn(app: ReaderApp) -> str:
    """Everything the terminal would be sent for the current screen, as text."""
    return "".join(seg.text for strip in app.screen._compositor.render_strips() for seg in strip)


def assert_harmless(app: ReaderApp, where: str = "") -> None:
    assert hostile.unsafe_in(drawn(app)) == [], where


def skipped_names(app: ReaderApp) -> list[str]:
    return sorted(line.split(": ", 1)[0] for line in app.skipped)


def notifications(app: ReaderApp, title: str = "") -> list[Any]:
    return [n for n in app._notifications if n.title.startswith(title)]


# -- skipped files: one notification, the `w` list, help and status bar ------------------------


async def test_each_skipped_file_is_named_once_in_a_notification_and_the_list(
    make_app: MakeApp, corpus: Corpus
) -> None:
    app = make_app(corpus.root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert skipped_names(app) == corpus.shown_names
        assert len(corpus.skipped) > NOTIFY_EACH
        [notice] = notifications(app, "Skipped")  # one, with the count: there are many
        assert f"{len(corpus.skipped)} files" in notice.message and "w lists them" in notice.message
        assert not notifications(app, "Something went wrong")
        assert f"{len(corpus.skipped)} skipped" in screen_text(app)  # the status bar points to the list
        assert_harmless(app, "list with toast")

        app.clear_notifications()
        await press(pilot, "w")
        assert isinstance(app.screen, SkippedScreen)
        text = screen_text(app)
        for name in corpus.shown_names:
            assert text.count(name) == 1, name
        assert "degenerate/[bold red]x␛[2J<U+202E>.txt" in text  # markup and escapes shown literally
        assert_harmless(app, "skipped list")
        await press(pilot, "escape")
        assert app.screen is app.main

        await press(pilot, "question_mark")  # the help says so, and w there opens the list
        assert isinstance(app.screen, HelpScreen)
        assert f"{len(corpus.skipped)} files were skipped" in screen_text(app)
        await press(pilot, "w")
        assert isinstance(app.screen, SkippedScreen)
        await press(pilot, "w")
        assert app.screen is app.main


async def test_a_few_skipped_files_are_each_named_in_the_notification(
    make_app: MakeApp, tmp_path: Path
) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "good.txt").write_text(hostile.BODY, encoding="utf-8")
    bad = ["empty.txt", "[red]图片[blink].txt", "sub/not-gzip.jsonl.gz"]
    (root / bad[0]).write_bytes(b"")
    (root / bad[1]).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (root / "sub").mkdir()
    (root / bad[2]).write_bytes(b"not gzip")
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        [notice] = notifications(app, "Skipped 3 files")
        for name in bad:
            assert notice.message.count(name) == 1, name
        assert "[red]图片[blink].txt" in screen_text(app)  # the toast shows the name as it is
        assert skipped_names(app) == sorted(bad)
        assert [e.id for e in app.main.article_list.entries] == ["good"]


# -- every article, every mode ------------------------------------------------------------------


def seen_text(app: ReaderApp) -> str:
    """All the reader could draw of the open article: every paragraph, not only those on screen."""
    return "\n".join(para.prefix + para.text.plain for para in app.main.reader.paras)


def file_of(path: str) -> str:
    return path.split(".jsonl:")[0] + ".jsonl" if ".jsonl:" in path else path


MODES = [(script, headings) for headings in (True, False) for script in SCRIPTS]


EXPLAINED_ON_SCREEN = {"markup-and-escapes", "broken-utf8", "nul-inside"}  # and the first record, feed:1


async def test_every_article_opens_in_each_script_and_heading_mode_and_explains(
    make_app: MakeApp, corpus: Corpus
) -> None:
    """On screen, each article in one of the six modes (in turn, so each mode is drawn for several
    articles), at its top and its bottom, and some explained; then every article in every mode, and
    explained, as the reader lays it out: all paragraphs, not only those a screen shows."""
    app = make_app(corpus.root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        main, reader = app.main, app.main.reader
        entries = list(main.article_list.entries)
        every_file = {p for p in hashes(corpus.root) if p not in corpus.skipped - {PARTLY_READ}}
        assert {os.path.relpath(file_of(e.path), corpus.root) for e in entries} == every_file
        assert sum(1 for e in entries if ".jsonl:" in e.path) == 3  # feed.jsonl's good records
        for index, entry in enumerate(entries):
            app.state.script, app.state.headings = MODES[index % len(MODES)]
            assert main.point_at(entry.id)  # a repost inside a story: its row under the story
            await settle(pilot)
            where = f"{entry.id} in {MODES[index % len(MODES)]}"
            assert reader.prepared is not None and reader.prepared.article == entry.id, where
            assert_harmless(app, where)
            reader.action_edge(1)
            await pilot.pause()
            assert_harmless(app, f"{where}, bottom")
            if index == 0 or entry.id in EXPLAINED_ON_SCREEN:
                main.action_explain()
                await settle(pilot)
                assert isinstance(app.screen, ExplainScreen), entry.id
                assert_harmless(app, f"{entry.id} explained")
                app.pop_screen()
        assert not notifications(app, "Something went wrong")
        assert not notifications(app, "Article unreadable")

        styles = reader.styles_for_build()
        for entry in entries:
            for script in SCRIPTS:
                converted = app.library.view(entry, script)  # as `view(entry, script, headings)` is:
                for headings in (True, False):  # converted once, then headings made paragraphs
                    doc = converted if headings else without_headings(converted)
                    prepared = prepare(entry.id, doc, script, styles, (76,))
                    text = "\n".join(para.prefix + para.text.plain for para in prepared.paras)
                    assert hostile.unsafe_in(text) == [], (entry.id, script, headings)
                    if entry.id == "markup-and-escapes":
                        assert all(literal in text for literal in LITERALS), (script, headings)
            explained, _ = prepare_explain(app.library.document(entry), 120)
            text = "\n".join(para.prefix + para.text.plain for para in explained)
            assert hostile.unsafe_in(text) == [], (entry.id, "explain")


async def test_markup_and_escapes_are_drawn_literally(make_app: MakeApp, corpus: Corpus) -> None:
    app = make_app(corpus.root)
    async with app.run_test(size=(160, 60), notifications=True) as pilot:
        await settle(pilot)
        text = screen_text(app)  # a record's id and title, in the list and the reader's border
        first = app.main.article_list.entries[0]
        assert first.path.endswith("feed.jsonl:1") and "[bold]" in first.title
        assert visible(first.id) in text and visible(first.title) in text
        assert app.main.point_at("markup-and-escapes")
        await press(pilot, "enter")
        text = screen_text(app)
        for literal in LITERALS:
            assert literal in text, literal
        assert_harmless(app)
        await press(pilot, "e")  # the page as read: escapes made visible, never acting
        assert "␛" in screen_text(app)
        assert_harmless(app, "explain")


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A long article, every attack in it many times, and the short one of attacks."""
    root = tmp_path_factory.mktemp("sizes") / "articles"
    root.mkdir()
    attacks = hostile.ATTACKS
    long = "\n\n".join(f"第{i}段：{hostile.BODY}{attacks[i % len(attacks)]}" for i in range(200))
    (root / "long.txt").write_text(f"长文\n\n{long}\n", encoding="utf-8")
    (root / "markup-and-escapes.txt").write_text(hostile.HOSTILE_TEXT, encoding="utf-8")
    return root


@pytest.mark.parametrize("article", ["long", "markup-and-escapes"])  # the short one fits at 300×100
async def test_sizes_from_20x5_to_300x100_and_resizes_keep_the_reading_position(
    make_app: MakeApp, two_articles: Path, article: str
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert app.main.point_at(article)
        await press(pilot, "enter")
        reader = app.main.reader
        y = reader.max_scroll_y // 2
        while reader.wrapped.lines[y].para < 0:
            y += 1
        reader.scroll_to(y=y, animate=False, immediate=True)
        await settle(pilot)
        start_y, fraction = reader.scroll_y, reader.fraction
        top = reader.wrapped.lines[int(start_y)]  # the reading position: this character at the top
        for width, height in [*SIZES, (20, 5), (80, 24)]:
            await pilot.resize_terminal(width, height)
            await settle(pilot)
            where = f"{article} at {width}×{height}"
            assert app.focused is reader and reader.prepared.article == article, where
            # The line showing that character is at the top, or as near as the view can scroll.
            assert reader.scroll_y == min(reader.line_of(top.para, top.start), reader.max_scroll_y), where
            assert_harmless(app, where)
        assert reader.scroll_y == start_y and reader.fraction == fraction  # back at 80×24: the same line
        await press(pilot, "q")
    assert app.state.positions[article] == fraction  # and that is what is remembered


async def test_every_view_at_20x5(make_app: MakeApp, corpus: Corpus) -> None:
    app = make_app(corpus.root)
    async with app.run_test(size=(20, 5), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        for key in ("w", "question_mark", "e", "R", "o", "r", "slash", "s"):
            await press(pilot, key)
            assert_harmless(app, key)
            await press(pilot, "escape")
            assert app.screen is app.main, key
        await press(pilot, "q")
    assert app.return_code == 0


# -- bad environment ----------------------------------------------------------------------------


async def test_a_garbage_state_file_is_set_aside(make_app: MakeApp, corpus: Corpus, state_path: Path) -> None:
    state_path.parent.mkdir()
    state_path.write_bytes(b"\xff\xfe\x00garbage\x1b[2J{")
    app = make_app(corpus.root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert notifications(app, "State reset")
        assert skipped_names(app) == corpus.shown_names
        assert_harmless(app)
        await press(pilot, "q")
    assert list(state_path.parent.glob("state.json.corrupt-*"))


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
async def test_a_damaged_index_is_rebuilt(
    make_app: MakeApp, isolated_dirs: Path, tmp_path: Path, damage: str
) -> None:
    root = tmp_path / "articles"
    corpus = make_corpus(root)
    expected = [e.id for e in Library.load(root).entries]  # the index, as a first run leaves it
    cache = isolated_dirs / "index"
    databases = [p for p in cache.iterdir() if p.suffix == ".sqlite3"]
    assert databases, "the index is not where the test looks for it"
    for db in databases:
        data = db.read_bytes()
        db.write_bytes(os.urandom(len(data)) if damage == "garbage" else data[: len(data) // 3])
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert [e.id for e in app.main.article_list.entries] == expected
        assert skipped_names(app) == corpus.shown_names
        assert not notifications(app, "Something went wrong")
        assert "Cannot read" not in screen_text(app)


@pytest.mark.parametrize("setup", ["empty", "only-bad", "missing"])
async def test_nothing_to_read_says_so_without_a_traceback(
    make_app: MakeApp, tmp_path: Path, setup: str
) -> None:
    root = tmp_path / "articles"
    if setup != "missing":
        root.mkdir()
    if setup == "only-bad":
        (root / "x.txt").write_bytes(b"")
        (root / "y.jsonl").write_text("{oops\n", encoding="utf-8")
    app = make_app(root)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        text = screen_text(app)
        reason = "no such file or directory" if setup == "missing" else "no readable articles"
        assert f"Cannot read the articles: {reason}" in text
        await press(pilot, "j", "enter", "t", "e", "o", "y", "s", "R", "right_square_bracket", "slash", "x")
        await press(pilot, "enter", "escape")
        assert app.screen is app.main
        await press(pilot, "w")
        assert skipped_names(app) == (["x.txt", "y.jsonl"] if setup == "only-bad" else [])
        assert isinstance(app.screen, SkippedScreen)
        await press(pilot, "escape", "q")
    assert app.return_code == 0


def test_a_missing_folder_stops_before_the_app_starts(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or directory"):
        run(tmp_path / "missing")  # `reader` turns it into one line on stderr and exit 2


async def test_unreadable_files_and_folders_are_skipped_with_the_reason(
    make_app: MakeApp, tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions; run as a normal user to test this")
    root = tmp_path / "articles"
    (root / "locked-folder").mkdir(parents=True)
    (root / "ok.txt").write_text(hostile.BODY, encoding="utf-8")
    (root / "locked.txt").write_text(hostile.BODY, encoding="utf-8")
    (root / "locked.txt").chmod(0)
    (root / "locked-folder").chmod(0)
    try:
        app = make_app(root)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            assert "locked.txt" in skipped_names(app)
            assert [e.id for e in app.main.article_list.entries] == ["ok"]
    finally:
        (root / "locked.txt").chmod(0o644)
        (root / "locked-folder").chmod(0o755)


# -- files that change while the reader has them open -------------------------------------------


async def test_files_deleted_or_changed_while_open(make_app: MakeApp, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in (("a", hostile.BODY), ("b", hostile.BODY), ("c", hostile.BODY), ("d", hostile.BODY)):
        (root / f"{name}.txt").write_text(f"{name}标题\n\n{text}\n", encoding="utf-8")
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        main, reader = app.main, app.main.reader
        assert reader.prepared.article == "a"
        (root / "b.txt").unlink()
        await press(pilot, "right_square_bracket")  # b is gone: said in the pane and a notification
        assert main.current.id == "b" and reader.prepared is None
        assert "Cannot read" in screen_text(app) and "b.txt" in screen_text(app)
        assert [n.severity for n in notifications(app, "Article unreadable")] == ["warning"]
        await press(pilot, "y", "s", "o", "e")  # nothing to act on: said, no crash
        assert app.screen is main
        await press(pilot, "left_square_bracket")  # a is still there
        assert reader.prepared.article == "a"

        (root / "c.txt").write_text("c新标题\n\n" + hostile.TRAD, encoding="utf-8")  # never opened: new text
        (root / "a.txt").write_text("a改了\n\n" + hostile.TRAD, encoding="utf-8")  # opened: cached or new
        (root / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)  # now binary
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert reader.prepared.article == "c" and "機關單位" in seen_text(app)
        await press(pilot, "g")
        assert reader.prepared.article == "a"
        assert "苏家屯区" in seen_text(app) or "機關單位" in seen_text(app)
        await press(pilot, "G")
        assert main.current.id == "d" and reader.prepared is None  # a binary file now: unreadable
        await press(pilot, "t", "h", "e", "q")
    assert app.return_code == 0 and not notifications(app, "Something went wrong")


# -- the user's files -----------------------------------------------------------------------------


async def test_a_whole_session_leaves_the_files_byte_identical(make_app: MakeApp, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    make_corpus(root)
    before = hashes(root)
    (tmp_path / "via-link").symlink_to(root)
    out = tmp_path / "out"
    out.mkdir()
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert app.main.point_at("markup-and-escapes")
        await press(pilot, "enter", "t", "h", "e", "e", "y")
        for target in (root / "saved.md", tmp_path / "via-link" / "saved.md", root / "enc" / "big5.txt"):
            await press(pilot, "s")
            app.screen.query_one("#save-path").value = str(target)
            await press(pilot, "enter")
            assert "inside the articles folder" in screen_text(app), target
            await press(pilot, "escape")
        await press(pilot, "s")
        app.screen.query_one("#save-path").value = str(out / "saved.md")
        await press(pilot, "enter")
        await press(pilot, "q")
    assert hostile.unsafe_in((out / "saved.md").read_text(encoding="utf-8")) == []
    assert hashes(root) == before


# -- an unexpected error --------------------------------------------------------------------------


async def test_an_unexpected_error_is_one_line_and_a_crash_report(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], corpus: Corpus
) -> None:
    def broken(self: ArticleView, y: int) -> None:
        raise ValueError("a bug \x1b[2J in drawing")

    monkeypatch.setattr(ArticleView, "render_line", broken)
    app = make_app(corpus.root)
    with pytest.raises(ValueError, match="a bug"):  # Pilot re-raises it for the test
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and hostile.unsafe_in(out + err) == []
    said = " ".join((out + err).split())
    assert "reader: internal error: ValueError: a bug ␛[2J in drawing; details in" in said
    assert app.crash_report is not None and "Traceback" in app.crash_report.read_text(encoding="utf-8")


# -- big: run with the rest unless deselected (`-m "not slow"`) -----------------------------------


@pytest.mark.slow
async def test_big_articles_open_scroll_and_resize(make_app: MakeApp, tmp_path: Path) -> None:
    """A 50 MB article, a 2 MB line, a big gzipped record: each opens (cleaned and laid out in a
    thread), scrolls to its end and survives resizes. At 100 columns the 50 MB one keeps its text
    width, so the resize re-wraps nothing; a narrower one would re-wrap it in a thread
    (`tests/tui/test_layout.py` checks that on a small text)."""
    root = tmp_path / "articles"
    hostile.make(root, big=True)
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for article, sizes in (
            ("fifty-mb", [(100, 30)]),
            ("long-line", [(40, 10), (20, 5)]),
            ("feed:1", [(40, 10)]),
        ):
            assert app.main.point_at(article)
            await press(pilot, "enter")
            reader = app.main.reader
            assert reader.prepared.article == article
            await press(pilot, "G")
            assert reader.scroll_y == reader.max_scroll_y > 0
            assert_harmless(app, article)
            for size in [*sizes, (120, 40)]:
                await pilot.resize_terminal(*size)
                await settle(pilot)
                assert reader.fraction > 0.99, (article, size)  # the top line stays: near the end
                assert_harmless(app, f"{article} at {size}")
            await press(pilot, "escape")


@pytest.mark.slow
async def test_a_hundred_thousand_tiny_files(make_app: MakeApp, tmp_path: Path) -> None:
    root = tmp_path / "articles"
    for i in range(100_000):
        folder = root / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"{i:06d}.txt").write_text(f"第{i}篇\n\n{hostile.BODY}", encoding="utf-8")
    app = make_app(root)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert len(app.main.article_list.entries) == 100_000
        await press(pilot, "G", "enter", "escape", "g")
        assert_harmless(app)
