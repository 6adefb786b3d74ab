"""What the garble repair reads from its dependencies, cheaply: jieba's word counts, OpenCC's
character tables, and a small cache beside the index that spares the next process some of the work.

jieba's dict.txt has 349 046 lines, `word count tag`. A dict of them all costs 0.15-0.35 s (350 000
strings), while a page looks up a few hundred words. So `words()` only splits the file into lines and
sorts them (UTF-8 bytes sort in code point order, as the words do); a word's count is read from its
line when it is first looked up, a bisection finding it. What remains is the total count, a pass over
every line: it is kept in the cache.

OpenCC's s2t, s2tw and s2hk load their phrase tables (STPhrases alone takes 40 ms); `to_traditional()`
gives the same conversion of a lone character from the character tables only, under a configuration
file written into the cache.

The cache directory is the index's: `$READER_CACHE_DIR`, else platformdirs' `user_cache_dir("reader")`.
Its files are derived data, each keyed by what it was made from: a missing, stale or unreadable one
is made again, one that cannot be written is done without, and deleting them loses nothing.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path
from sys import intern

import opencc

from reader import paths
from reader.convert import _converter as converter  # one instance of each OpenCC config per process

FORMAT = 1  # of the cache files: bump when what they hold changes
_NOT_DIGITS = bytes(range(256)).translate(None, b"0123456789 \n")  # all but digits, space, newline
_WORD_DIGITS = re.compile(rb"\n(\d+)")
_COUNT = re.compile(rb"\d+")  # the count after a word on its line, read as bytes
_NONE: frozenset[str] = frozenset()


# --- The cache ----------------------------------------------------------------------------------


def cache_file(name: str) -> Path | None:
    """Where the cache file `name` goes; None when there is no cache directory (no home, say)."""
    try:
        return paths.cache_dir() / name
    except Exception:
        return None


def write_atomically(path: Path | None, data: bytes) -> bool:
    """Write `path` whole or not at all; False, and nothing written, on any failure."""
    if path is None:
        return False
    try:
        paths.write_atomically(path, data)
        return True
    except Exception:  # read-only, full, not a directory: do without
        return False


def _read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except Exception:
        return None


# --- jieba's word counts ------------------------------------------------------------------------

_KEPT_COUNTS = 16384  # words whose counts are kept, a few MB at most


class Words:
    """jieba's dictionary: its lines, sorted, read a word at a time."""

    def __init__(self, lines: list[bytes], total: int) -> None:
        self.lines = lines  # sorted
        self.total = total
        self.log_total = math.log(total)  # a word's log-probability is `log(count) - log_total`
        self._followers: dict[str, frozenset[str]] = {}
        # Region detection asks for the same few thousand words (the pieces around place names) on
        # every page, and the garble repair for every piece of the text around a lost character, each
        # a bisect otherwise; recent answers are kept.
        self.count = lru_cache(maxsize=_KEPT_COUNTS)(self._count)

    def followers(self, head: str) -> frozenset[str]:
        """`followers("每")` → {"天", "周", …}: what comes after `head` in the words that begin with it.

        Those of one character are kept (all of them come to 180 000 characters, a few MB); longer
        beginnings have few words each, but too many to keep a set for every one.
        """
        found = self._followers.get(head)
        if found is None:
            n = len(head)
            text = self._starting(head.encode("utf-8", "surrogatepass")).decode("utf-8", "replace")
            after = {line[n] for line in text.split("\n") if len(line) > n and line[n] != " "}
            found = frozenset(map(intern, after)) if after else _NONE  # one object for each character
            if n == 1:
                self._followers[head] = found
        return found

    def _starting(self, key: bytes) -> bytes:
        """The lines that begin with `key`. No UTF-8 byte is 0xFF: they all sort below `key + b"\xff"`."""
        start = bisect_left(self.lines, key)
        return b"\n".join(self.lines[start : bisect_left(self.lines, key + b"\xff", start)])

    def _count(self, word: str) -> int | None:
        """`count`: how often jieba saw `word`; None when it is not in the dictionary.

        Only the lines that begin with `word ` are read, as bytes where they lie: one bisect, and no
        join, decode or regex pass. (Parsing every word that begins with a character, once for each,
        cost more on a page's first sight of a few dozen characters than all of its lookups.)
        """
        if word.split() != [word]:  # empty, or holding a space: no word of the dictionary
            return None
        key = word.encode("utf-8", "surrogatepass") + b" "
        lines, i = self.lines, bisect_left(self.lines, key)
        while i < len(lines) and lines[i].startswith(key):
            n = _COUNT.match(lines[i], len(key))
            if n:
                return int(n.group())
            i += 1
        return None


@cache
def words() -> Words:
    """jieba's dictionary, read on first use; the total count comes from the cache when it is current."""
    source = _jieba_dict()
    stat = source.stat()
    key = [FORMAT, str(source), stat.st_size, stat.st_mtime_ns]
    data = source.read_bytes()
    lines = data.split(b"\n")
    lines.sort()
    where = cache_file(f"jieba-total-{FORMAT}.json")
    total = _cached_total(_read(where), key)
    if total is None:
        total = _total(data)
        write_atomically(where, json.dumps({"key": key, "total": total}).encode())
    return Words(lines, total)


def _total(data: bytes) -> int:
    """The sum of the counts: the digits left on each line, but those of its word (`4S店 3 n` → `4 3 `).

    Words hold no space, tags no digit: a line's first number is its word's when it starts the line.
    A fifth cheaper than a pattern that picks out the counts: they are 349 046 numbers to read.
    """
    digits = b"\n" + data.translate(None, _NOT_DIGITS)
    return sum(map(int, digits.split())) - sum(map(int, _WORD_DIGITS.findall(digits)))


def _jieba_dict() -> Path:
    """jieba's dict.txt, found without importing jieba (0.17 s, and its initialisation writes a cache)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba")
    return Path(spec.origin).with_name("dict.txt")


def _cached_total(data: bytes | None, key: list[object]) -> int | None:
    try:
        stored = json.loads(data) if data else {}
        total = stored.get("key") == key and stored.get("total")
    except Exception:  # truncated, another format: count again
        return None
    return total if isinstance(total, int) and not isinstance(total, bool) and total > 0 else None


# --- OpenCC, one character at a time ------------------------------------------------------------

# The tables a character goes through: normalisation, STCharacters, then the standard's variants.
# The phrase tables are left out.
_CHARACTERS = ("CJK_Compatibility_Ideographs.ocd2", "STCharacters.ocd2")
_VARIANTS = {"s2t": (), "s2tw": ("TWVariants.ocd2",), "s2hk": ("HKVariants.ocd2",)}


@cache
def to_traditional(name: str) -> opencc.OpenCC:
    """OpenCC's `name` (s2t, s2tw or s2hk) for a lone character, which no phrase matches: loaded in
    2 ms rather than 20-60. The full configuration when the small one cannot be written or read."""
    share = Path(opencc.__file__).with_name("clib") / "share" / "opencc"
    files = [share / file for file in (*_CHARACTERS, *_VARIANTS[name])]
    normalise, characters, *variants = ({"dict": {"type": "ocd2", "file": str(file)}} for file in files)
    config = {
        "name": f"{name}, characters only",
        "normalization": [normalise],
        "segmentation": {"type": "mmseg", **characters},
        "conversion_chain": [characters, *variants],
    }
    data = json.dumps(config, ensure_ascii=False, indent=1).encode()
    where = cache_file(f"opencc-{name}-characters-{FORMAT}.json")
    try:
        if all(file.is_file() for file in files) and (_read(where) == data or write_atomically(where, data)):
            return opencc.OpenCC(str(where))
    except Exception:  # an OpenCC that reads configurations otherwise: the full one converts alike
        pass
    return converter(f"{name}.json")
