"""Reposts: the same story published again elsewhere, with other chrome, a few sentences edited or
dropped, perhaps in the other script. Found by MinHash LSH (datasketch's `MinHash`) over character
shingles of the cleaned text as the index folds it for search (t2s, lower case, full width made
ASCII), so a Traditional repost of a Simplified story is the same story.

The choices, each tested in tests/test_reposts.py:

- `SHINGLE` = 5 characters: Chinese has no spaces, so shingles are runs of characters; at 5 two
  stories on one topic share little beyond set phrases (measured on tests/benchmarks/reposts_bench.py),
  while one edited character breaks only 5 shingles.
- `SAMPLE` = 4: one shingle in four goes into the signature, chosen by its hash, so the same ones in
  every text: the sampled sets of two texts have nearly the Jaccard similarity of the whole sets, and
  the signature costs a quarter (measured at 20,000 articles, every shingle made the index's workers
  spend a quarter more CPU).
- `PERMUTATIONS` = 128, kept as 32-bit values: a 512-byte signature, with an error of about ±0.044
  (one standard deviation at a similarity of 0.5) in the estimated Jaccard similarity.
- `BANDS` × `ROWS` = 20 × 3: two articles are compared when they agree on all three values of one
  band (the first 60 values; all 128 decide). Articles at a similarity of 0.55 are compared with a
  probability of 0.97, at 0.6 of 0.99, at 0.2 of 0.15, at 0.1 of 0.02: few pairs to check, few reposts
  missed, and 20 keys an article for the index to store and look up (32 × 4 cost the index's parent
  process 0.5 ms an article, measured at 20,000).
- `THRESHOLD` = 0.5: compared articles are the same story when at least half their signatures agree
  (the estimated Jaccard similarity of their shingle sets).
- `MIN_CHARACTERS` = 50: a text shorter than this (a caption, a notice of one line) has no signature,
  since two short texts alike say little about being one story.

Everything here is a pure function of the text, and runs in the index's worker processes.
"""

from __future__ import annotations

from typing import Any

import numpy as np

SHINGLE = 5
SAMPLE = 4
PERMUTATIONS = 128
BANDS, ROWS = 20, 3
THRESHOLD = 0.5
MIN_CHARACTERS = 50
SEED = 1  # of the permutations: signatures made with another seed are not comparable
CHUNK = 8192  # shingles permuted at once: a 4 MB matrix, however long the article

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: the shingle hash's multiplier
_BAND_MIX = np.arange(1, 2 * ROWS, 2, dtype=np.uint64) * np.uint64(0xBF58476D1CE4E5B9)  # odd, one per row
_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)  # a key per band


def _hashed(hashes: np.ndarray) -> np.ndarray:
    """datasketch's hash function, given the shingles already hashed (in numpy, all at once): it hands
    the whole array through, so `update_batch` permutes them in one numpy pass, with no Python loop
    over the shingles (measured: 0.44 ms for a 4,000-character article, against 0.84 ms hashing
    each shingle through the hash function)."""
    return hashes


_base = None


def _minhash() -> Any:  # a datasketch MinHash (untyped)
    """A fresh datasketch `MinHash`; the permutations are made once per process and copied."""
    global _base
    if _base is None:
        from datasketch import MinHash

        _base = MinHash(num_perm=PERMUTATIONS, seed=SEED, hashfunc=_hashed, scheme="affine32")
    return _base.copy()


def characters(search_text: str) -> np.ndarray:
    """The letters, digits and hanzi of an index search text (`reader.index.search_text`: the folded
    text, each character followed by a space), as code points; punctuation and breaks left out, so
    that a repost that changes `，` to `,` or moves a line break is still the same text."""
    points = np.frombuffer(search_text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[0::2]
    keep = (
        ((points >= 0x30) & (points <= 0x39))  # 0-9
        | ((points >= 0x61) & (points <= 0x7A))  # a-z (the folded text is lower case)
        | ((points >= 0xC0) & (points < 0x2000))  # other letters: Latin, Greek, Cyrillic…
        | ((points >= 0x3040) & (points < 0xFE30))  # kana, hanzi and the rest up to the CJK forms
        | (points >= 0x10000)  # the rarer hanzi
    )
    return points[keep].astype(np.uint64)


def shingles(points: np.ndarray) -> np.ndarray:
    """A 32-bit hash of every run of `SHINGLE` characters (a polynomial over the code points, its
    high half: distinct runs collide about once in 4 billion)."""
    count = len(points) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    hashes = points[:count].copy()
    for j in range(1, SHINGLE):
        hashes = hashes * _MIX + points[j : count + j]  # wraps modulo 2**64, as intended
    return (hashes >> np.uint64(32)).astype(np.uint32)


def sampled(hashes: np.ndarray) -> np.ndarray:
    """The shingle hashes that go into a signature: those divisible by `SAMPLE`."""
    return hashes[hashes % SAMPLE == 0]


def signature(search_text: str) -> bytes:
    """The MinHash signature of an article's search text: `PERMUTATIONS` 32-bit values, little-endian;
    empty when the text has fewer than `MIN_CHARACTERS` letters and hanzi."""
    points = characters(search_text)
    if len(points) < MIN_CHARACTERS:
        return b""
    hashes = sampled(shingles(points))
    if not len(hashes):
        return b""
    m = _minhash()
    for start in range(0, len(hashes), CHUNK):
        m.update_batch([hashes[start : start + CHUNK]])
    return m.hashvalues.astype("<u4").tobytes()


def values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u4")


def similarity(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two articles' shingle sets: the share of equal values."""
    if not a or not b:
        return 0.0
    return float(np.count_nonzero(values(a) == values(b))) / PERMUTATIONS


def same_story(a: bytes, b: bytes) -> bool:
    return similarity(a, b) >= THRESHOLD


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (SQLite's integer): equal keys mean an equal band, but for a
    chance of 2**-64. Two articles with a key in common are compared."""
    rows = values(sig)[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    keys = (rows * _BAND_MIX).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
    keys = (keys ^ (keys >> np.uint64(31))) * np.uint64(0xD6E8FEB86659FD93)  # spread the bits
    return keys.view(np.int64).tolist()


def candidate_probability(similarity: float) -> float:
    """How likely two articles at `similarity` share a band, and so are compared."""
    return 1 - (1 - similarity**ROWS) ** BANDS
