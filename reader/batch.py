"""`reader batch IN OUT`: every article of a corpus cleaned on a Dask cluster, into a Parquet dataset.

The input is anything the reader reads (a folder or one file: text, HTML, JSON Lines, Parquet,
WARC/WET). `plan` cuts it into partitions: a Parquet file by its row groups, any other file whole, and
consecutive small pieces grouped until a partition holds about `--partition-size` articles (counted
exactly for Parquet and one-article files, estimated from the size for JSON Lines and WARC, which
cannot be split without reading them through; by default 2,000, or fewer so that a small corpus makes
64 partitions, `default_size`). Each partition is one Dask task (`clean_partition`)
that reads its pieces, cleans every article as the reader does (`reader.engine.analyse`) and writes
one part file. With no scheduler address the tasks run on a `LocalCluster` of worker processes on
this machine; with one, on whatever cluster that scheduler runs (the workers must see IN and OUT at
the same paths, and have this package installed).

OUT holds:
- `_batch.json`: the plan (input, partition size, record fields, partition names);
- `part-00000-1a2b3c4d.parquet`…: one per partition, one row per article, the columns of `COLUMNS`
  (the export's article fields, then the `fingerprint` its marks are kept by, the `signature` its
  reposts are grouped by (`reader.reposts`), `removed_lines` and
  `repairs` as JSON lists, and where the article was read from), marked `reader:cleaned` in the
  Parquet key-value metadata;
- `_errors/part-00000-1a2b3c4d.parquet`: for a partition with records that could not be read or
  cleaned, one row each with the reason (`ERROR_COLUMNS`), marked `reader:errors`;
- `_search/part-00000-1a2b3c4d.sqlite3`: the part's search shard (`reader.index.parts`), which an
  index of OUT copies in instead of tokenising the texts again.
The `_` names keep `_batch.json`, `_errors/` and `_search/` out of a Parquet dataset read of OUT
(pyarrow, pandas, DuckDB's `OUT/part-*.parquet`); the reader lists the errors as warnings.

Exactly once: a part file's name comes from its partition's place in the plan and a digest of what
it reads (paths, row groups, sizes and modification times), and a task writes it under a temporary
name and renames it when it is whole, its errors file and search shard before it. A part file
therefore exists whole or not at all, and whichever attempt renames it last writes the same rows. A
rerun into the same OUT skips the partitions whose part file exists and deletes part files the new
plan does not name (the input changed there); a task that Dask retries after its worker died finds
its part file, or writes it again from the start.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reader import paths, reposts
from reader.corpus import (
    DEFAULT_FIELDS,
    Fields,
    LoadError,
    Skipped,
    discover,
    jsonl,
    locate,
    parquet,
    read_articles,
    warc,
)
from reader.corpus.cleaned import CLEANED_KEY, ERRORS_KEY
from reader.document import Article, fingerprint
from reader.export import ARTICLE_FIELDS, record
from reader.index import POOL_MIN, search_text, storable
from reader.index.parts import SHARD_DIR, PartShard, shard_path

PARTITION_SIZE = 2000  # articles: a few seconds of one core, a part file of some 10 MB
# A smaller corpus is cut into this many partitions at least (of PARTITION_MIN articles or more): they
# spread over the workers, and the index reads a folder of POOL_MIN files or more in its process pool.
PARTITIONS_MIN = POOL_MIN
PARTITION_MIN = 50
ROW_GROUP = 1000  # rows per row group of a part file, as an export has
RETRIES = 2  # a task that raised is run again this often (one whose worker died is rescheduled anyway)
# Bytes per article, to estimate what a JSON Lines or WARC file holds without reading it.
ESTIMATE_BYTES = 12_000
ESTIMATE_BYTES_GZIP = 4_000
MANIFEST = "_batch.json"
LOCK = "_batch.lock"
ERRORS_DIR = "_errors"
FORMAT = "reader-batch"
VERSION = 1
COLUMNS = (
    *ARTICLE_FIELDS,
    "fingerprint",
    "signature",
    "removed_lines",
    "repairs",
    "source_path",
    "source_record",
)
ERROR_COLUMNS = ("path", "source_path", "source_record", "where", "reason", "partition")
SEARCH_TEXT = "search_text"  # a row's search text, for its part's shard: no column of the part file
_PART = re.compile(r"part-\d+-[0-9a-f]{8}\.(?:parquet|sqlite3)")
_RECORD = re.compile(r"(?:line|row|record at byte) (\d+)")


class BatchError(Exception):
    """A batch that cannot run (a bad IN or OUT, no Dask), or that ended with partitions unwritten."""


# -- The plan --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A file, or some row groups of a Parquet file, that one task reads."""

    path: str  # absolute: what a worker opens
    shown: str  # the path as found under IN as given: the `path` column
    groups: tuple[int, int] | None = None  # row groups [start, stop) of a Parquet file; None: all of it
    articles: int = 1  # exact for Parquet and one-article files, an estimate for JSON Lines and WARC
    stamp: str = ""  # size and modification time: part of the partition's name


@dataclass(frozen=True, slots=True)
class Partition:
    name: str  # the part file's name without `.parquet`
    pieces: tuple[Piece, ...]

    @property
    def articles(self) -> int:
        return sum(p.articles for p in self.pieces)


def default_size(articles: int) -> int:
    """The partition size for a corpus of about this many articles: `PARTITION_SIZE`, or less so
    that it makes `PARTITIONS_MIN` partitions."""
    return min(PARTITION_SIZE, max(PARTITION_MIN, -(-articles // PARTITIONS_MIN)))


def plan(
    root: Path, partition_size: int | None = None, fields: Fields = DEFAULT_FIELDS
) -> tuple[list[Partition], int]:
    """The partitions of everything under `root`, in the order the reader lists it, and the partition
    size (`default_size` when None is given)."""
    found = list(_pieces(root))
    if partition_size is None:
        partition_size = default_size(sum(p.articles for p in found))
    groups: list[list[Piece]] = []
    current: list[Piece] = []
    count = 0
    for piece in found:
        if current and count + piece.articles > partition_size:
            groups.append(current)
            current, count = [], 0
        current.append(piece)
        count += piece.articles
        if count >= partition_size:
            groups.append(current)
            current, count = [], 0
    if current:
        groups.append(current)
    width = max(5, len(str(len(groups) - 1)))
    partitions = []
    for number, pieces in enumerate(groups):
        merged = tuple(_merged(pieces))
        digest = hashlib.blake2b(
            repr(
                (
                    fields.key(),
                    [
                        (
                            os.path.relpath(p.path, root) if root.is_dir() else os.path.basename(p.path),
                            p.groups,
                            p.stamp,
                        )
                        for p in merged
                    ],
                )
            ).encode(),
            digest_size=4,
        )
        partitions.append(Partition(f"part-{number:0{width}d}-{digest.hexdigest()}", merged))
    return partitions, partition_size


def _pieces(root: Path) -> Iterator[Piece]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    for path in discover(root):
        absolute = os.path.abspath(path)
        try:
            st = os.stat(absolute)
        except OSError:
            yield Piece(absolute, str(path))  # the task reports why it cannot be read
            continue
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
        name = path.name.lower()
        if name.endswith(parquet.SUFFIXES):
            try:
                metadata = pq.read_metadata(absolute)
            except (pa.ArrowException, OSError, ValueError):
                yield Piece(absolute, str(path), stamp=stamp)
                continue
            for group in range(metadata.num_row_groups):
                rows = metadata.row_group(group).num_rows
                yield Piece(absolute, str(path), (group, group + 1), rows, stamp)
        elif name.endswith(jsonl.SUFFIXES + warc.SUFFIXES):
            per = ESTIMATE_BYTES_GZIP if name.endswith(".gz") else ESTIMATE_BYTES
            yield Piece(absolute, str(path), None, max(1, st.st_size // per), stamp)
        else:
            yield Piece(absolute, str(path), stamp=stamp)


def _merged(pieces: list[Piece]) -> Iterator[Piece]:
    """Consecutive row groups of one file as one piece."""
    last: Piece | None = None
    for piece in pieces:
        if (
            last is not None
            and last.path == piece.path
            and last.groups
            and piece.groups
            and last.groups[1] == piece.groups[0]
        ):
            last = Piece(
                last.path,
                last.shown,
                (last.groups[0], piece.groups[1]),
                last.articles + piece.articles,
                last.stamp,
            )
            continue
        if last is not None:
            yield last
        last = piece
    if last is not None:
        yield last


# -- One partition, on a worker ----------------------------------------------------------------------


def clean_partition(partition: Partition, out: str, fields: Fields = DEFAULT_FIELDS) -> dict:
    """Clean one partition into its part file (and its errors file): a Dask task. Idempotent: when the
    part file exists already (an earlier attempt finished), nothing is done again."""
    folder = Path(out)
    target = folder / f"{partition.name}.parquet"
    errors_file = folder / ERRORS_DIR / f"{partition.name}.parquet"
    if target.exists():
        return finished(folder, partition.name)
    start = time.perf_counter()
    errors: list[dict] = []
    search = shard_path(target)
    search.parent.mkdir(exist_ok=True)
    with (
        _AtomicParquet(target, _schema(partition.name)) as part,
        _AtomicShard(search, partition.name) as shard,
    ):
        part.also = lambda rows: shard.add([row[SEARCH_TEXT] for row in rows])
        for piece in partition.pieces:
            for item in _cleaned(piece, fields):
                if "reason" in item:
                    errors.append(item | {"partition": partition.name})
                else:
                    part.add(item)
        part.flush()  # the last rows into the shard too: it is renamed before the part file
        if errors:  # before the part file, whose presence says the partition is done
            errors_file.parent.mkdir(exist_ok=True)
            with _AtomicParquet(errors_file, _error_schema()) as table:
                for error in errors:
                    table.add(error)
        else:
            with contextlib.suppress(FileNotFoundError):
                errors_file.unlink()  # from an earlier attempt that met an error this one did not
    return {
        "name": partition.name,
        "articles": part.count,
        "errors": len(errors),
        "seconds": time.perf_counter() - start,
        "resumed": False,
    }


def finished(folder: Path, name: str) -> dict:
    """The counts of a partition written before."""
    import pyarrow.parquet as pq

    errors_file = folder / ERRORS_DIR / f"{name}.parquet"
    errors = pq.read_metadata(errors_file).num_rows if errors_file.exists() else 0
    return {
        "name": name,
        "articles": pq.read_metadata(folder / f"{name}.parquet").num_rows,
        "errors": errors,
        "seconds": 0.0,
        "resumed": True,
    }


def _cleaned(piece: Piece, fields: Fields) -> Iterator[dict]:
    """Each article of a piece as its row, and each record that could not be read or cleaned as an
    error row (with a `reason`)."""
    path = Path(piece.path)

    def error(where: str, reason: str, number: int | None = None) -> dict:
        if number is None and (found := _RECORD.match(where)):
            number = int(found.group(1))
        return {
            "path": piece.shown,
            "source_path": piece.path,
            "source_record": number,
            "where": where,
            "reason": storable(reason),
        }

    items = parquet.read(path, fields, range(*piece.groups)) if piece.groups else read_articles(path, fields)
    seen = 0
    try:
        for item in items:
            seen += 1
            if isinstance(item, Skipped):
                yield error(item.where, item.reason)
                continue
            locator = locate(item)
            try:
                yield _row(item, piece, locator.path, locator.line)
            except Exception as e:  # one page that breaks the cleaner must not stop a batch
                yield error(
                    _where(piece.path, locator.line),
                    f"the cleaner failed: {type(e).__name__}: {e}",
                    locator.line,
                )
    except LoadError as e:
        yield error("the file" if not seen else "the rest of the file", str(e))


def _where(path: str, line: int | None) -> str:
    """How the reader names a record of a file: `line 3`, `row 7`, `record at byte 5120`."""
    if line is None:
        return "the file"
    name = path.lower()
    kind = "row" if name.endswith(".parquet") else "line" if ".jsonl" in name else "record at byte"
    return f"{kind} {line}"


def _row(article: Article, piece: Piece, source: str, line: int | None) -> dict:
    from reader.engine import analyse

    doc = analyse(article)
    shown = f"{piece.shown}:{line}" if line is not None else piece.shown
    text = search_text(doc.text())  # made once: the repost signature and the part's search shard
    row = record(article.id, shown, doc) | {
        "fingerprint": fingerprint(article.text),  # as the index keys marks: they follow the article here
        "signature": reposts.signature(text),  # as the index groups reposts
        "removed_lines": _json(
            [{"line": r.line, "rule": r.rule, "text": r.text, "part": r.part} for r in doc.removed]
        ),
        "repairs": _json(
            [{"line": r.line, "rule": r.rule, "before": r.before, "after": r.after} for r in doc.repairs]
        ),
        "source_path": source,
        "source_record": line,
    }
    return {k: storable(v) if type(v) is str else v for k, v in row.items()} | {SEARCH_TEXT: text}


def _json(items: list[dict]) -> str:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def _schema(name: str) -> object:
    import pyarrow as pa

    types = {"source_record": pa.int64(), "signature": pa.binary()}
    fields = [(n, types.get(n, pa.string())) for n in COLUMNS]
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "partition": name,
        "text": "Markdown, as reader export writes it (--script original)",
        "removed_lines": "JSON list of {line, rule, text, part}",
        "repairs": "JSON list of {line, rule, before, after}",
    }
    return pa.schema(fields, metadata={CLEANED_KEY: json.dumps(meta).encode()})


def _error_schema() -> object:
    import pyarrow as pa

    fields = [(n, pa.int64() if n == "source_record" else pa.string()) for n in ERROR_COLUMNS]
    meta = {"format": FORMAT, "version": VERSION}
    return pa.schema(fields, metadata={ERRORS_KEY: json.dumps(meta).encode()})


def _tmp(target: Path) -> Path:
    """A temporary name beside `target` (`.NAME.PID-RANDOM.tmp`), which no reader reads."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


class _AtomicParquet:
    """A Parquet file written under a temporary name and renamed to its own when closed without an
    error; removed when one was raised. Each row group written is also handed to `also`."""

    def __init__(self, target: Path, schema: object) -> None:
        self.target = target
        self.schema = schema
        self.tmp = _tmp(target)
        self.rows: list[dict] = []
        self.count = 0
        self.written = False
        self.also: Callable[[list[dict]], None] | None = None

    def __enter__(self) -> _AtomicParquet:
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        return self

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.count += 1
        if len(self.rows) == ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        """Write the rows held (none, once, for a file of no rows: it still has its schema)."""
        import pyarrow as pa

        if self.rows or not self.written:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            if self.also and self.rows:
                self.also(self.rows)
            self.rows.clear()
            self.written = True

    def __exit__(self, kind: type | None, *_: object) -> None:
        try:
            if kind is None:
                self.flush()
            self.writer.close()
            if kind is None:
                os.replace(self.tmp, self.target)
        finally:
            if self.tmp.exists():
                with contextlib.suppress(OSError):
                    self.tmp.unlink()


class _AtomicShard:
    """A part file's search shard (`reader.index.parts`), written under a temporary name like the
    part file, and renamed before it."""

    def __init__(self, target: Path, part_name: str) -> None:
        self.target = target
        self.tmp = _tmp(target)
        self.shard = PartShard(self.tmp, part_name)

    def __enter__(self) -> PartShard:
        return self.shard

    def __exit__(self, kind: type | None, *_: object) -> None:
        try:
            if kind is None:
                self.shard.finish()
                os.replace(self.tmp, self.target)
        finally:
            self.shard.close()
            for leftover in (self.tmp, self.tmp.with_name(self.tmp.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()


# -- The run, on the client ----------------------------------------------------------------------------


@dataclass
class Report:
    articles: int = 0
    errors: int = 0  # records that could not be read or cleaned
    partitions: int = 0
    resumed: int = 0  # partitions written by an earlier run
    removed: int = 0  # part files of an earlier plan deleted (their input changed)
    failed: list[tuple[str, str]] = field(default_factory=list)  # partitions not written, and why
    seconds: float = 0.0
    dashboard: str | None = None


OnStart = Callable[[Report, int], None]  # the report so far (resumed partitions counted), articles to do
OnPartition = Callable[[dict], None]  # a partition's counts, as `clean_partition` returns them


def run(
    source: Path,
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int | None = None,
    fields: Fields = DEFAULT_FIELDS,
    on_start: OnStart | None = None,
    on_partition: OnPartition | None = None,
) -> Report:
    """Clean everything under `source` into the dataset `out`, resuming a run into the same `out`
    (with its partition size unless `partition_size` is given: another size makes another plan).

    Raises `BatchError` when it cannot start, or when some partitions were still not written after
    Dask's retries (the rest are; a rerun does the missing ones)."""
    started = time.perf_counter()
    if partition_size is not None and partition_size < 1:
        raise BatchError("--partition-size must be at least 1")
    _check_paths(source, out)
    report = Report()
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        manifest = _read_manifest(out)
        if manifest is not None and manifest.get("input") != os.path.abspath(source):
            raise BatchError(f"{out} holds a batch of {manifest.get('input')}; choose another OUT")
        if partition_size is None and manifest is not None:
            partition_size = int(manifest.get("partition_size") or 0) or None
        partitions, partition_size = plan(source, partition_size, fields)
        if not partitions:
            raise BatchError(f"no article files in {source}")
        report.removed = _clear(out, {p.name for p in partitions})
        _write_manifest(out, source, partition_size, fields, partitions)
        todo = []
        for p in partitions:
            if (out / f"{p.name}.parquet").exists():
                _count(report, finished(out, p.name))
            else:
                todo.append(p)
        report.partitions = len(partitions)
        if todo:
            _submit(todo, out, scheduler, workers, fields, report, on_start, on_partition)
        elif on_start:
            on_start(report, 0)
        _clear(out, {p.name for p in partitions})  # temporary files of attempts that died
    report.seconds = time.perf_counter() - started
    if report.failed:
        shown = "; ".join(f"{name}: {why}" for name, why in report.failed[:5])
        raise BatchError(
            f"{len(report.failed)} of {len(partitions)} partitions were not written ({shown}); "
            "run the same command again to retry them"
        )
    return report


def _count(report: Report, result: dict) -> None:
    report.articles += result["articles"]
    report.errors += result["errors"]
    report.resumed += result["resumed"]


def _submit(
    todo: list[Partition],
    out: Path,
    scheduler: str | None,
    workers: int | None,
    fields: Fields,
    report: Report,
    on_start: OnStart | None,
    on_partition: OnPartition | None,
) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise BatchError("reader batch needs Dask: pip install 'cjk-reader[batch]'") from e

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, TimeoutError) as e:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    else:
        n = workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
    try:
        if "dashboard" in client.scheduler_info()["services"]:
            plots = client.run_on_scheduler(_has_bokeh)
            report.dashboard = client.dashboard_link + ("" if plots else " (its plots need bokeh)")
        if on_start:
            on_start(report, sum(p.articles for p in todo))
        run_id = uuid.uuid4().hex[:8]
        folder = str(out.resolve())
        futures = {
            client.submit(
                clean_partition,
                p,
                folder,
                fields,
                key=f"reader-batch-{p.name}-{run_id}",
                retries=RETRIES,
                pure=False,
            ): p.name
            for p in todo
        }
        for future, result in as_completed(futures, with_results=True, raise_errors=False):
            if future.status == "finished":
                _count(report, result)
                if on_partition:
                    on_partition(result)
            else:  # raised RETRIES + 1 times, or its workers kept dying (KilledWorker)
                report.failed.append((futures[future], f"{type(result).__name__}: {result}"))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _has_bokeh() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def _check_paths(source: Path, out: Path) -> None:
    if not source.exists():
        raise BatchError(f"no such file or directory: {source}")
    src, dst = source.resolve(), out.resolve()
    if dst == src or dst.is_relative_to(src) or src.is_relative_to(dst):
        raise BatchError(f"OUT and IN must not hold one another: {out}, {source}")
    if dst.exists() and not dst.is_dir():
        raise BatchError(f"{out} is a file; OUT is a folder")
    if dst.is_dir() and any(dst.iterdir()) and not (dst / MANIFEST).exists():
        raise BatchError(f"{out} is not empty and holds no reader batch; choose another OUT")


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """One run at a time into one OUT (a lock the system drops when the process dies)."""
    with open(out / LOCK, "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            raise BatchError(f"another reader batch is writing {out}") from e
        yield


def _read_manifest(out: Path) -> dict | None:
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise BatchError(f"{out / MANIFEST} is unreadable ({e}); choose another OUT") from e
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BatchError(f"{out / MANIFEST} is not a reader batch manifest; choose another OUT")
    return manifest


def _write_manifest(
    out: Path, source: Path, partition_size: int, fields: Fields, partitions: list[Partition]
) -> None:
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "input": os.path.abspath(source),
        "partition_size": partition_size,
        "fields": fields.key(),
        "partitions": [
            {
                "name": p.name,
                "articles": p.articles,
                "pieces": [[piece.shown, piece.groups] for piece in p.pieces],
            }
            for p in partitions
        ],
    }
    paths.write_atomically(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())


def _clear(out: Path, keep: set[str]) -> int:
    """Delete the temporary files of unfinished attempts, and the part and errors files of partitions
    the plan no longer has; return how many part files went."""
    removed = 0
    for folder in (out, out / ERRORS_DIR, out / SHARD_DIR):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            name = path.name
            stale = _PART.fullmatch(name) is not None and name.split(".")[0] not in keep
            if stale or (name.startswith(".") and name.endswith(".tmp")):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += stale and folder == out
    return removed


# -- The command ---------------------------------------------------------------------------------------


def main(
    source: Path,
    out: Path,
    *,
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
    fields: Fields,
    stdout: IO[str],
    stderr: IO[str],
) -> Report:
    """`reader batch`: a progress bar on a terminal (none in a pipe), the dashboard's address when
    there is one, and one summary line."""
    from rich import progress
    from rich.console import Console

    console = Console(file=stderr, highlight=False)
    columns = (
        progress.TextColumn("cleaning"),
        progress.BarColumn(),
        progress.MofNCompleteColumn(),
        progress.TextColumn("articles · {task.fields[rate]}"),
        progress.TimeRemainingColumn(),
    )
    with progress.Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("batch", total=None, rate="")
        clock = {"start": time.perf_counter(), "done": 0}

        def on_start(report: Report, estimate: int) -> None:
            clock["start"] = time.perf_counter()  # the cluster is up: the rate counts from here
            if report.dashboard:
                console.print(f"Dask dashboard: {report.dashboard}")
            if report.resumed:
                console.print(
                    f"resuming: {report.resumed:,} partitions ({report.articles:,} articles) were done before"
                )
            bar.update(task, total=max(estimate, 1))

        def on_partition(result: dict) -> None:
            clock["done"] += result["articles"]
            rate = clock["done"] / max(time.perf_counter() - clock["start"], 1e-6)
            total = bar.tasks[0].total or 0
            bar.update(task, completed=clock["done"], total=max(total, clock["done"]), rate=f"{rate:,.0f}/s")

        report = run(
            source,
            out,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            fields=fields,
            on_start=on_start,
            on_partition=on_partition,
        )
    resumed = f" ({report.resumed:,} done before)" if report.resumed else ""
    errors = f"; {report.errors:,} records in {out / ERRORS_DIR}" if report.errors else ""
    stdout.write(
        f"{report.articles:,} articles in {report.partitions:,} partitions{resumed}{errors}, "
        f"in {report.seconds:.1f} s → {out}\n"
    )
    return report
