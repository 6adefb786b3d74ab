"""The index rows of a `reader batch` part file, read by column: nothing is cleaned again.

A row's title, date, source, script and region come from their columns, its size from the byte
length of its Markdown (counted by Arrow, never decoded into Python). `reader batch` also leaves
each part's search shard beside it (`_search/<part>.sqlite3`, `PartShard`); when that shard
was made by the same search code as this index's, the index copies it in and tokenises nothing
(`Prebuilt`). Otherwise the search texts are made here from the Markdown, as the batch makes them.
"""

from __future__ import annotations

from pathlib import Path

from reader import reposts
from reader.corpus.cleaned import BATCH_ROWS, DOCUMENT_COLUMNS, REGION_EVIDENCE, search_body
from reader.corpus.errors import LoadError
from reader.document import fingerprint
from reader.index.rows import EVIDENCE_SEP, Article, Extracted, Prebuilt, Row
from reader.index.store import ROW_BITS, NewShard, read_shard_meta, search_format
from reader.index.text import normalise, search_text

SHARD_DIR = "_search"  # `_`: out of a Parquet dataset read of the batch's folder
_LISTED = ("id", "title", "date", "source", "script", "province", "city", "county", "adcode")
_EVIDENCE = EVIDENCE_SEP.join(REGION_EVIDENCE)


def shard_path(part: Path) -> Path:
    return part.parent / SHARD_DIR / f"{part.stem}.sqlite3"


class PartShard:
    """The search shard of a part file, written as its rows are (in the part's order)."""

    def __init__(self, target: Path, part_name: str) -> None:
        self.shard = NewShard(target)
        self.part_name = part_name

    def add(self, texts: list[str]) -> None:
        """The search texts of the next rows: `search_text` of each one's document, as the index
        makes them of a file's articles (and of a part's rows, from `search_body`, when it cannot
        copy the shard in: the same tokens, the blocks' Markdown markers falling in breaks)."""
        self.shard.add(texts)

    def finish(self) -> None:
        count = self.shard.count
        meta: dict[str, str | int] = {"search": search_format(), "part": self.part_name, "rows": count}
        self.shard.finish(meta)

    def close(self) -> None:
        self.shard.close()


def part_rows(path: Path) -> Extracted:
    """The rows of one part file, with its shard when it can be copied in, else with search texts."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rows: list[Row] = []
    texts: list[str] = []
    signatures: list[bytes | None] = []
    try:
        file = pq.ParquetFile(path)
        total = file.metadata.num_rows
        shard = shard_path(path)
        meta = read_shard_meta(shard) if total < 1 << ROW_BITS else {}
        names = set(file.schema_arrow.names)
        # A part written before the signature column is tokenised again: its texts give the signatures.
        prebuilt = (
            meta == {"search": search_format(), "part": path.stem, "rows": total} and "signature" in names
        )
        wanted = (
            (*DOCUMENT_COLUMNS, "signature")
            if not prebuilt
            else (*_LISTED, "fingerprint", "signature", "text")
        )
        columns = [c for c in wanted if c in names]
        for batch in file.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            listed = batch.select([c for c in columns if c != "text" or not prebuilt]).to_pydict()
            signatures += listed.pop("signature", None) or [None] * batch.num_rows
            count = batch.num_rows
            if "text" in names:
                sizes = pc.fill_null(pc.binary_length(batch.column("text")), 0).to_pylist()
            else:
                sizes = [0] * count
            prints = listed.get("fingerprint") or [None] * count
            if None in prints:  # a part file written before the column: its Markdown's
                markdown = batch.column("text").to_pylist() if "text" in names else [None] * count
                prints = [p or fingerprint(m or "") for p, m in zip(prints, markdown, strict=True)]
            rows += _rows(path.stem, len(rows), listed, sizes, prints)
            if not prebuilt:
                records = zip(*listed.values(), strict=True)
                texts += [search_text(search_body(dict(zip(listed, r, strict=True)))) for r in records]
    except (pa.ArrowException, OSError, ValueError) as e:
        reason = str(e).splitlines()[0][:160] if str(e) else type(e).__name__
        raise LoadError(f"a damaged batch file ({reason})") from e
    if prebuilt:
        return Prebuilt(rows, str(shard), [s or b"" for s in signatures]), None
    made = [s if s is not None else reposts.signature(t) for s, t in zip(signatures, texts, strict=True)]
    articles: list[Article] = list(zip(rows, texts, made, strict=True))
    return articles, None


def _rows(stem: str, before: int, columns: dict[str, list], sizes: list[int], prints: list[str]) -> list[Row]:
    """Rows numbered from `before + 1`, from the listed columns (strings from Arrow are valid UTF-8:
    `storable` already), their sizes and fingerprints."""
    count = len(sizes)
    nothing = [None] * count
    ids, titles, dates, sources, scripts, provinces, cities, counties, adcodes = (
        columns.get(name, nothing) for name in _LISTED
    )
    rows = []
    for i in range(count):
        number = before + i + 1
        title = titles[i] or ""
        province, city, county, adcode = provinces[i], cities[i], counties[i], adcodes[i]
        given = bool(adcode or province)  # else no region at all, as `cleaned.region_of` gives
        rows.append(
            Row(
                0,
                "",
                number,
                ids[i] or f"{stem}:{number}",
                title,
                dates[i],
                sources[i],
                "traditional" if scripts[i] == "traditional" else "simplified",
                province if given else None,
                city if given else None,
                county if given else None,
                adcode if given else None,
                1.0 if given else 0.0,
                _EVIDENCE if given else "",
                sizes[i],
                prints[i],
                normalise(title),
            )
        )
    return rows
