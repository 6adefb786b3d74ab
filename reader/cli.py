"""`reader`: argument parsing and output formats only; the engine does the work."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from reader import __version__
from reader import marks as marks_module
from reader.batch import BatchError
from reader.corpus import DEFAULT_FIELDS, Fields, LoadError, default_root
from reader.document import SCRIPTS
from reader.entries import Entry
from reader.export import FORMATS, ExportError, check_target, rows, write
from reader.library import Library
from reader.regions import TreeNode, display_name, region_tree
from reader.render import explain_lines, render_markdown, render_text
from reader.safe import visible
from reader.stories import Story, stories


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line and leaves the exit to `main`."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reader", description="Read scraped Chinese web articles in the terminal.")
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def articles_arg(cmd: argparse.ArgumentParser, positional: bool) -> None:
        help_ = "a folder or file of articles (default: $READER_ARTICLES, else ./articles)"
        if positional:
            cmd.add_argument("path", nargs="?", type=Path, help=help_)
        else:
            cmd.add_argument("--articles", dest="path", type=Path, help=help_)
        fields = cmd.add_argument_group("record fields (JSON Lines and Parquet)")
        fields.add_argument(
            "--text-field",
            metavar="NAME",
            help="the article text (default: text, content, raw_content or body)",
        )
        fields.add_argument("--id-field", metavar="NAME", help="the article id (default: id)")
        fields.add_argument("--url-field", metavar="NAME", help="the page URL (default: url)")

    def filter_args(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--region",
            default="",
            help="province, city or county: 四川, 廣安, sichuan, sc, 51…; 未知: no region found",
        )
        cmd.add_argument(
            "--search",
            default="",
            metavar="TEXT",
            help="only articles whose title or text holds TEXT (either script), as / does",
        )
        cmd.add_argument(
            "--mark",
            choices=marks_module.FILTERS,
            help="only articles marked keep or reject in the reader (m), or none: those unmarked",
        )

    tui = sub.add_parser("tui", help="open the reader (the default)")
    articles_arg(tui, positional=True)

    ls = sub.add_parser("list", help="one line per article")
    articles_arg(ls, positional=True)
    filter_args(ls)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.add_argument(
        "--collapse", action="store_true", help="one line per story: reposts under their original, ×N"
    )

    dups = sub.add_parser("dups", help="one line per group of reposts: the same story on two sites or more")
    articles_arg(dups, positional=True)
    dups.add_argument("--json", action="store_true", help="one JSON object per line")

    export = sub.add_parser("export", help="write the filtered set as JSON Lines, CSV or Parquet")
    articles_arg(export, positional=True)
    filter_args(export)
    export.add_argument("--script", choices=SCRIPTS, default="original")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file to write (JSON Lines and CSV: default standard output)",
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    show = sub.add_parser("show", help="the cleaned article")
    show.add_argument("article", help="an id, a unique id prefix or a file path")
    articles_arg(show, positional=False)
    show.add_argument("--script", choices=SCRIPTS, default="original")
    show.add_argument("--no-headings", action="store_true", help="headings as ordinary paragraphs")
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")

    explain = sub.add_parser("explain", help="the page with every removal and repair labelled")
    explain.add_argument("article", help="an id, a unique id prefix or a file path")
    articles_arg(explain, positional=False)
    explain.add_argument("--json", action="store_true", help="removals and repairs as JSON")

    regions = sub.add_parser("regions", help="province → city → county with article counts")
    articles_arg(regions, positional=True)
    regions.add_argument("--json", action="store_true")

    stats = sub.add_parser("stats", help="articles per province and city, per month, per source, per mark")
    articles_arg(stats, positional=True)
    filter_args(stats)
    stats.add_argument("--json", action="store_true", help="one JSON object")

    index = sub.add_parser("index", help="build or update the index that list, search and the TUI read")
    articles_arg(index, positional=True)

    batch = sub.add_parser("batch", help="clean a whole corpus on Dask into a Parquet dataset")
    batch.add_argument("path", type=Path, metavar="IN", help="a folder or file of articles")
    batch.add_argument("output", type=Path, metavar="OUT", help="the dataset folder (a rerun resumes it)")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a local cluster)")
    batch.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: all cores)")
    batch.add_argument(
        "--partition-size",
        type=int,
        metavar="N",
        help="about N articles per task and part file (default: 2000, fewer to make 64 "
        "partitions of a small corpus; or OUT's)",
    )
    for name in ("text", "id", "url"):
        batch.add_argument(f"--{name}-field", metavar="NAME", help=f"the record field of the {name}")
    return p


def _out(text: str) -> None:
    """`text` as one or more whole lines: a newline is added unless it ends with one already."""
    shown = visible(text)
    sys.stdout.write(shown if shown.endswith("\n") else shown + "\n")


def _warn(message: str) -> None:
    sys.stderr.write(f"reader: warning: {visible(message)}\n")


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _fields(args: argparse.Namespace) -> Fields:
    return Fields(text=args.text_field, id=args.id_field, url=args.url_field)


def _library(args: argparse.Namespace) -> Library:
    """The library under the path; when nothing at all loads from one bad file, one line says so with
    its reason (`reader: no readable articles in crawl.parquet: …: skipped, no text column (…)`)."""
    warnings: list[str] = []
    try:
        library = Library.load(_root(args), on_warning=warnings.append, fields=_fields(args))
    except LoadError as e:
        if len(warnings) == 1:
            raise LoadError(f"{e}: {warnings[0]}") from e
        for warning in warnings:
            _warn(warning)
        raise
    for warning in warnings:
        _warn(warning)
    return library


def _library_of_article(args: argparse.Namespace) -> Library:
    """`show FILE` and `explain FILE` read that file on its own, from any folder, without --articles."""
    if args.path is None and Path(args.article).is_file():
        args.path = Path(args.article)
    return _library(args)


def _root(args: argparse.Namespace) -> Path:
    return args.path or default_root()


def _marks() -> marks_module.Marks:
    """The marks made in the reader, read from the user state directory (never written here)."""
    marks = marks_module.Marks(marks_module.default_path())
    if warning := marks.take_warning():
        _warn(warning)
    return marks


def _select(args: argparse.Namespace, lib: Library, marks: marks_module.Marks) -> list[Entry]:
    """The articles of `--region`, `--search` and `--mark`."""
    entries = lib.select(args.region, args.search)
    return marks_module.select(entries, marks, args.mark) if args.mark else entries


def cmd_list(args: argparse.Namespace) -> None:
    """One line per article; with `--collapse`, per story, its original's, with the count and ids."""
    lib = _library(args)
    marks = _marks()
    entries = _select(args, lib, marks)
    for row in lib.collapse(entries) if args.collapse else entries:
        members = row.members if isinstance(row, Story) else (row,)
        e = members[0]
        if args.json:
            record = e.contract() | {"group": lib.group(e), "mark": marks.of(e)}
            _out(_dumps(record | {"articles": [m.id for m in members]} if args.collapse else record))
        else:
            fields = [e.id, e.date or "-", display_name(e.region) or "-", e.source or "-", e.title]
            _out("\t".join([*fields, f"×{len(members)}"] if args.collapse else fields))


def cmd_dups(args: argparse.Namespace) -> None:
    """One line per group of reposts: key, count, the original (id, date, source, title), the others."""
    lib = _library(args)
    for story in stories(lib.entries, lib.group_keys(lib.entries)):
        if args.json:
            _out(_dumps(story.contract()))
        else:
            e = story.original
            others = " ".join(m.id for m in story.members[1:])
            _out(
                "\t".join(
                    (
                        story.group,
                        f"×{len(story.members)}",
                        e.id,
                        e.date or "-",
                        e.source or "-",
                        e.title,
                        others,
                    )
                )
            )


def cmd_export(args: argparse.Namespace) -> None:
    """The filtered set, one row per article; a progress bar on a terminal, none in a pipe."""
    from rich import progress
    from rich.console import Console

    if args.output is not None:
        check_target(args.output, _root(args), args.force)
    elif args.format == "parquet":
        raise UsageError("--format parquet needs -o FILE")
    lib = _library(args)
    marks = _marks()
    entries = _select(args, lib, marks)
    console = Console(stderr=True)
    columns = (
        progress.TextColumn("exporting"),
        progress.BarColumn(),
        progress.MofNCompleteColumn(),
        progress.TimeRemainingColumn(),
    )
    with progress.Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("export", total=len(entries))
        count = write(
            rows(lib, entries, marks, args.script),
            args.format,
            args.output,
            sys.stdout,
            lambda: bar.advance(task),
        )
    if args.output is not None:
        _warn_free(f"{count:,} articles → {args.output}")


def _warn_free(message: str) -> None:
    """A note on stderr that is not a warning (stdout may be the export itself)."""
    sys.stderr.write(f"reader: {visible(message)}\n")


def cmd_show(args: argparse.Namespace) -> None:
    lib = _library_of_article(args)
    entry = lib.find(args.article)
    doc = lib.view(entry, args.script, headings=not args.no_headings)
    if args.format == "json":
        _out(_dumps({"id": entry.id, "path": entry.path, **doc.to_json()}))
    elif args.format == "markdown":
        _out(render_markdown(doc))
    else:
        _out(render_text(doc))


def cmd_explain(args: argparse.Namespace) -> None:
    lib = _library_of_article(args)
    entry = lib.find(args.article)
    doc = lib.document(entry)
    if args.json:
        payload = {"id": entry.id, "removed": doc.to_json()["removed"], "repairs": doc.to_json()["repairs"]}
        _out(_dumps(payload))
        return
    if sys.stdout.isatty():
        from rich.console import Console

        Console(highlight=False).print(*explain_lines(doc, rich=True), sep="\n")
    else:
        for line in explain_lines(doc, rich=False):
            _out(str(line))


def cmd_regions(args: argparse.Namespace) -> None:
    lib = _library(args)
    tree = region_tree(lib.regions())
    if args.json:
        _out(_dumps([_node_json(node) for node in tree]))
        return
    for depth, node in _walk(tree, 0):
        _out(f"{'  ' * depth}{node.name}  {node.count}")


def _node_json(node: TreeNode) -> dict:
    return {
        "name": node.name,
        "adcode": node.adcode,
        "count": node.count,
        "children": [_node_json(c) for c in node.children],
    }


def _walk(nodes: list[TreeNode], depth: int) -> Iterator[tuple[int, TreeNode]]:
    for node in nodes:
        yield depth, node
        yield from _walk(node.children, depth + 1)


def cmd_stats(args: argparse.Namespace) -> None:
    """The filtered set counted per province (and city), per month and per source."""
    from reader.stats import stats

    lib = _library(args)
    marks = _marks()
    entries = _select(args, lib, marks)
    figures = stats(entries, marks, lib.group_keys(entries))
    if args.json:
        _out(_dumps(figures.contract()))
        return
    groups, grouped = figures.reposts
    reposted = (
        f", {figures.articles - grouped + groups:,} stories"
        f" ({groups:,} groups of reposts, {grouped:,} articles in them)"
        if groups
        else ""
    )
    _out(f"{figures.articles:,} articles{reposted}")
    provinces = [(p.name, p.count) for p in figures.provinces]
    places = [
        row
        for p in figures.provinces
        for row in [(p.name, p.count), *((f"  {c.name}", c.count) for c in p.cities)]
    ]
    months = [*figures.months, *((("no date", figures.undated),) if figures.undated else ())]
    sources = [*figures.sources, *((("no source", figures.unsourced),) if figures.unsourced else ())]
    marked = [(name, n) for name, n in figures.marks.items() if n]
    for heading, table, largest in (
        ("province, city", places, provinces),
        ("month", months, months),
        ("source", sources, sources),
        ("mark", marked, marked),
    ):
        if table:
            _out("")
            for line in _bar_table(heading, table, max(n for _, n in largest)):
                _out(line)


def _bar_table(
    heading: str, rows: list[tuple[str, int]], largest: int, bar_width: int = 40, max_label: int = 30
) -> list[str]:
    """Label, count and a plain bar per row, aligned by terminal cells (a hanzi takes two)."""
    from rich.cells import cell_len, set_cell_size

    from reader.stats import bar

    labels = [visible(label) for label, _ in rows]
    label_width = min(max(cell_len(label) for label in [heading, *labels]), max_label)
    count_width = max(len("articles"), *(len(f"{n:,}") for _, n in rows))
    lines = [f"{set_cell_size(heading, label_width)}  {'articles':>{count_width}}".rstrip()]
    for label, (_, n) in zip(labels, rows, strict=True):
        if cell_len(label) > label_width:
            label = set_cell_size(label, label_width - 1) + "…"
        lines.append(
            f"{set_cell_size(label, label_width)}  {n:>{count_width},}  {bar(n, largest, bar_width)}".rstrip()
        )
    return lines


def cmd_index(args: argparse.Namespace) -> None:
    """Clean new and changed files into the index, with a progress bar on stderr; one summary line."""
    import time

    from rich import progress
    from rich.console import Console

    start = time.perf_counter()
    lib = Library.open(_root(args), on_warning=_warn, fields=_fields(args))
    columns = (
        progress.TextColumn("indexing"),
        progress.BarColumn(),
        progress.MofNCompleteColumn(),
        progress.TextColumn("files"),
        progress.TimeRemainingColumn(),
    )
    with progress.Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("index", total=None)
        report = lib.sync(
            lambda p: bar.update(task, completed=p.cleaned, total=p.to_clean or None), show_cached=False
        )
    assert lib.index is not None  # an opened library has one
    _out(
        f"{len(lib.entries):,} articles in {report.files:,} files: {report.cleaned:,} cleaned, "
        f"{report.removed:,} removed, in {time.perf_counter() - start:.1f} s; index {lib.index.path}"
    )


def cmd_batch(args: argparse.Namespace) -> None:
    """Everything under IN cleaned on Dask into OUT (`reader.batch`)."""
    from reader import batch

    if args.scheduler and args.workers:
        raise UsageError("--workers is for the local cluster; a scheduler has its own workers")
    batch.main(
        args.path,
        args.output,
        scheduler=args.scheduler,
        workers=args.workers,
        partition_size=args.partition_size,
        fields=_fields(args),
        stdout=sys.stdout,
        stderr=sys.stderr,
    )


def cmd_tui(args: argparse.Namespace) -> None:
    from reader import prefetch

    root = _root(args)
    fields = _fields(args)
    # Forked before Textual's threads; the child indexes with the default fields only.
    warming = prefetch.start(root) if root.exists() and fields == DEFAULT_FIELDS else None
    from reader.tui.app import run

    run(root, warming, fields)


def _with_command(argv: list[str]) -> list[str]:
    """`reader` and `reader PATH` open the TUI: the subcommand defaults to `tui`."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return ["tui", *argv]
    return argv


COMMANDS = {
    "list": cmd_list,
    "export": cmd_export,
    "show": cmd_show,
    "explain": cmd_explain,
    "regions": cmd_regions,
    "index": cmd_index,
    "tui": cmd_tui,
    "batch": cmd_batch,
    "stats": cmd_stats,
    "dups": cmd_dups,
}


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(_with_command(sys.argv[1:] if argv is None else argv))
        COMMANDS[args.command](args)
    except UsageError as e:
        sys.stderr.write(f"reader: {visible(str(e))} (see 'reader --help')\n")
        return 2
    except (LoadError, LookupError, ExportError, BatchError) as e:
        sys.stderr.write(f"reader: {visible(str(e))}\n")
        return 2
    except BrokenPipeError:
        # `reader list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return 0
