"""`reader`: argument parsing and output formats only; the engine does the work."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from reader.corpus import LoadError, default_root
from reader.document import SCRIPTS
from reader.library import Library
from reader.regions import TreeNode, display_name, region_tree
from reader.render import explain_lines, render_markdown, render_text
from reader.safe import visible


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line and leaves the exit to `main`."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reader", description="Read scraped Chinese web articles in the terminal.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def articles_arg(cmd: argparse.ArgumentParser, positional: bool) -> None:
        help_ = "a folder or file of articles (default: $READER_ARTICLES, else ./articles)"
        if positional:
            cmd.add_argument("path", nargs="?", type=Path, help=help_)
        else:
            cmd.add_argument("--articles", dest="path", type=Path, help=help_)

    tui = sub.add_parser("tui", help="open the reader (the default)")
    articles_arg(tui, positional=True)

    ls = sub.add_parser("list", help="one line per article")
    articles_arg(ls, positional=True)
    ls.add_argument("--region", default="",
                    help="province, city or county: 四川, 廣安, sichuan, sc, 51…; 未知: no region found")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")

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

    index = sub.add_parser("index", help="build or update the index that list, search and the TUI read")
    articles_arg(index, positional=True)
    return p


def _out(text: str) -> None:
    sys.stdout.write(visible(text) + "\n")


def _warn(message: str) -> None:
    sys.stderr.write(f"reader: warning: {visible(message)}\n")


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _library(path: Path | None) -> Library:
    return Library.load(path or default_root(), on_warning=_warn)


def cmd_list(args: argparse.Namespace) -> None:
    lib = _library(args.path)
    for e in lib.filter(args.region):
        if args.json:
            _out(_dumps(e.contract()))
        else:
            _out("\t".join((e.id, e.date or "-", display_name(e.region) or "-", e.source or "-", e.title)))


def cmd_show(args: argparse.Namespace) -> None:
    lib = _library(args.path)
    entry = lib.find(args.article)
    doc = lib.view(entry, args.script, headings=not args.no_headings)
    if args.format == "json":
        _out(_dumps({"id": entry.id, "path": entry.path, **doc.to_json()}))
    elif args.format == "markdown":
        _out(render_markdown(doc))
    else:
        _out(render_text(doc))


def cmd_explain(args: argparse.Namespace) -> None:
    lib = _library(args.path)
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
    lib = _library(args.path)
    tree = region_tree(lib.regions())
    if args.json:
        _out(_dumps([_node_json(node) for node in tree]))
        return
    for depth, node in _walk(tree, 0):
        _out(f"{'  ' * depth}{node.name}  {node.count}")


def _node_json(node: TreeNode) -> dict:
    return {"name": node.name, "adcode": node.adcode, "count": node.count,
            "children": [_node_json(c) for c in node.children]}


def _walk(nodes: list[TreeNode], depth: int) -> Iterator[tuple[int, TreeNode]]:
    for node in nodes:
        yield depth, node
        yield from _walk(node.children, depth + 1)


def cmd_index(args: argparse.Namespace) -> None:
    """Clean new and changed files into the index, with a progress bar on stderr; one summary line."""
    import time

    from rich import progress
    from rich.console import Console

    start = time.perf_counter()
    lib = Library.open(args.path or default_root(), on_warning=_warn)
    columns = (progress.TextColumn("indexing"), progress.BarColumn(), progress.MofNCompleteColumn(),
               progress.TextColumn("files"), progress.TimeRemainingColumn())
    with progress.Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("index", total=None)
        report = lib.sync(lambda p: bar.update(task, completed=p.cleaned, total=p.to_clean or None),
                          show_cached=False)
    _out(f"{len(lib.entries):,} articles in {report.files:,} files: {report.cleaned:,} cleaned, "
         f"{report.removed:,} removed, in {time.perf_counter() - start:.1f} s; index {lib.index.path}")


def cmd_tui(args: argparse.Namespace) -> None:
    from reader import prefetch

    root = args.path or default_root()
    warming = prefetch.start(root) if root.exists() else None  # forked before Textual's threads
    from reader.tui.app import run

    run(root, warming)


def _with_command(argv: list[str]) -> list[str]:
    """`reader` and `reader PATH` open the TUI: the subcommand defaults to `tui`."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        return ["tui", *argv]
    return argv


COMMANDS = {"list": cmd_list, "show": cmd_show, "explain": cmd_explain, "regions": cmd_regions,
            "index": cmd_index, "tui": cmd_tui}


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(_with_command(sys.argv[1:] if argv is None else argv))
        COMMANDS[args.command](args)
    except UsageError as e:
        sys.stderr.write(f"reader: {visible(str(e))} (see 'reader --help')\n")
        return 2
    except (LoadError, LookupError) as e:
        sys.stderr.write(f"reader: {visible(str(e))}\n")
        return 2
    except BrokenPipeError:
        # `reader list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return 0
