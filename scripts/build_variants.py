#!/usr/bin/env python3
"""Build `reader/data/variants.tsv`: variant and old forms of characters (峩, 緖, 靑, 甯) → the standard
Simplified character, for the fold the cleaner's vocabularies and the region names are matched under.

Usage, from the project root (OpenCC is a project dependency already):
    python scripts/build_variants.py --unihan PATH/Unihan_Variants.txt [--out reader/data]

`Unihan_Variants.txt` is in Unicode's Unihan.zip, and in Debian's `unicode-data` package as
/usr/share/unicode/Unihan_Variants.txt.bz2 (a .bz2 is read as it is). The rows, in order of trust:
- CJK compatibility ideographs (U+F900…) → their canonical ideograph (NFKC), then Simplified;
- Unihan's kZVariant and kSemanticVariant → the variant's standard form, then Simplified (OpenCC t2s);
- `scripts/variants_by_hand.tsv`: old printed forms (旧字形) and variants no table links (靑 → 青).

A row is kept only for a character that OpenCC's t2s, tw2s and hk2s leave as it is (those it folds
already) and that is not itself a Simplified character (outside GB 2312: 甯 is the one exception, by
hand), and only where the variants it links to come to one Simplified character. So the fold can
bring a page's forms to the standard ones but never turn one standard character into another.

The output is deterministic: running this twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import bz2
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
HAND = Path(__file__).with_name("variants_by_hand.tsv")
FIELDS = ("kZVariant", "kSemanticVariant")
# The BMP's ideographs and compatibility ideographs only: one character past U+FFFF in a regex class
# makes `re` test every such member one by one (a search of a page took 6 ms instead of 20 µs), and
# the supplement's compatibility ideographs (U+2F800…) are CNS round-trip forms pages hardly use.
RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))
CONVERTERS = [opencc.OpenCC(c) for c in ("t2s.json", "tw2s.json", "hk2s.json")]


def simplified(char: str) -> str | None:
    """The one Simplified form OpenCC's three standards agree on, else None."""
    forms = {conv.convert(char) for conv in CONVERTERS}
    return forms.pop() if len(forms) == 1 else None


def in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def foldable(char: str) -> bool:
    """Neither folded by OpenCC already nor a Simplified character of its own."""
    return any(lo <= ord(char) < hi for lo, hi in RANGES) and simplified(char) == char and not in_gb2312(char)


def unihan_variants(path: Path) -> dict[str, set[str]]:
    """Character → the characters Unihan names as its z- or semantic variants."""
    opener = bz2.open if path.suffix == ".bz2" else open
    out: dict[str, set[str]] = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, values = line.rstrip("\n").split("\t")
            if field in FIELDS:
                char = chr(int(code[2:], 16))
                out.setdefault(char, set()).update(chr(int(v.split("<")[0][2:], 16)) for v in values.split())
    return out


def build(unihan: Path) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str]] = {}
    lo, hi = RANGES[1]
    for code in range(lo, hi):
        char = chr(code)
        canonical = unicodedata.normalize("NFKC", char)
        if canonical != char and len(canonical) == 1 and (target := simplified(canonical)):
            rows[char] = (target, "NFKC")
    for char, variants in unihan_variants(unihan).items():
        if char in rows or not foldable(char):
            continue
        # Variants outside Simplified use (鄕's 郷) say nothing; those inside must agree (鄕 → 鄉 → 乡).
        targets = {t for v in variants if (t := simplified(v)) and len(t) == 1 and t != char and in_gb2312(t)}
        if len(targets) == 1:
            rows[char] = (targets.pop(), "Unihan")
    for line in HAND.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            char, target, _ = line.split("\t")
            rows[char] = (target, "hand")
    return [(char, settled(target, rows), source) for char, (target, source) in sorted(rows.items())]


def settled(target: str, rows: dict[str, tuple[str, str]]) -> str:
    """A target that is itself a variant goes on to that one's target (郞 U+FA2E → 郞 → 郎), so one fold
    reaches the standard form."""
    seen = {target}
    while target in rows and (target := rows[target][0]) not in seen:
        seen.add(target)
    return target


def write(rows: list[tuple[str, str, str]], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "variants.tsv"
    head = "# variant\tSimplified standard\tsource (NFKC, Unihan, hand): see scripts/build_variants.py\n"
    path.write_text(head + "".join(f"{c}\t{t}\t{s}\n" for c, t, s in rows), encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", type=Path, required=True, help="Unihan_Variants.txt (or .txt.bz2)")
    ap.add_argument("--out", type=Path, default=ROOT / "reader" / "data")
    opts = ap.parse_args()
    if not opts.unihan.is_file():
        print(f"{opts.unihan}: not found; see the module docstring for where to get it", file=sys.stderr)
        return 2
    rows = build(opts.unihan)
    path = write(rows, opts.out)
    counts = {s: sum(r[2] == s for r in rows) for s in ("NFKC", "Unihan", "hand")}
    print(f"{path}: {len(rows)} variants ({', '.join(f'{n} {s}' for s, n in counts.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
