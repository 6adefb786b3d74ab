#!/usr/bin/env python3
"""The README's table of the reader's keys, made from the bindings as the help screen is.

Usage, from the project root:
    python scripts/keys_table.py            # print the table
    python scripts/keys_table.py --check    # exit 1 when README.md's table is not the bindings'
    python scripts/keys_table.py --write    # rewrite README.md's table, between its markers

Run `--write` after adding or changing a binding; tests/tui/test_keys.py fails until then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN = "<!-- keys: made by scripts/keys_table.py --write from the bindings; do not edit -->"
END = "<!-- /keys -->"


def table() -> str:
    from reader.tui.keymap import help_rows, key_owners, markdown_table

    return markdown_table(help_rows(key_owners()))


def with_table(readme: str, keys: str) -> str:
    """`readme` with the text between its markers replaced by `keys`."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README.md has no {BEGIN} … {END} markers")
    return f"{readme[: start + len(BEGIN)]}\n{keys}\n{readme[end:]}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="exit 1 when README.md's table is out of date")
    action.add_argument("--write", action="store_true", help="rewrite README.md's table")
    args = parser.parse_args()
    keys = table()
    if not (args.check or args.write):
        print(keys)
        return 0
    readme = README.read_text(encoding="utf-8")
    updated = with_table(readme, keys)
    if args.check:
        if updated != readme:
            print(
                "README.md's key table is out of date: run python scripts/keys_table.py --write",
                file=sys.stderr,
            )
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
