#!/usr/bin/env python3
"""The real-page HTML evaluation set: rebuild the pages from git mirrors, or check them.

The pages are third-party and stay out of the repo; `tests/eval/html_labels.jsonl` keeps, for each
page, the public repository it was taken from, the commit, the path in that commit and the SHA-256
of the raw bytes the labels were made on.

    python scripts/eval_html.py rebuild --mirrors ROOT [--pages DIR]      # ROOT holds the git mirrors
    python scripts/eval_html.py rebuild --repo owner/name=GIT_DIR ...      # or name each one
    python scripts/eval_html.py check [--pages DIR]

A mirror is any clone with the commit in it (bare or not). Under `--mirrors ROOT` a repository
`owner/name` is looked for as `ROOT/owner+name`, `ROOT/owner/name` or `ROOT/name`, each either a
git directory or a work tree holding `.git` (a `repo` folder between is allowed). `rebuild` writes
`{id}.html` from `git cat-file blob COMMIT:PATH`, so the bytes (and the page's own encoding) are the
ones committed, and reports any page whose SHA-256 differs; `html_bench.py` skips those.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "eval" / "html_labels.jsonl"
DEFAULT_PAGES = ROOT.parent / "eval" / "html"


def labels() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]


def git_dir(path: Path) -> Path | None:
    for candidate in (path, path / ".git", path / "repo", path / "repo" / ".git"):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def find_mirror(repo: str, roots: list[Path], named: dict[str, Path]) -> Path | None:
    if repo in named:
        return git_dir(named[repo])
    owner, name = repo.split("/", 1)
    for root in roots:
        for candidate in (root / f"{owner}+{name}", root / owner / name, root / name):
            found = git_dir(candidate)
            if found:
                return found
    return None


def rebuild(pages: Path, roots: list[Path], named: dict[str, Path]) -> int:
    pages.mkdir(parents=True, exist_ok=True)
    written, problems = 0, []
    for label in labels():
        mirror = find_mirror(label["repo"], roots, named)
        if mirror is None:
            problems.append(f"{label['id']}: no mirror of {label['repo']}")
            continue
        done = subprocess.run(
            ["git", "--git-dir", str(mirror), "cat-file", "blob", f"{label['commit']}:{label['path']}"],
            capture_output=True,
        )
        if done.returncode:
            problems.append(f"{label['id']}: {done.stderr.decode(errors='replace').strip()}")
            continue
        (pages / f"{label['id']}.html").write_bytes(done.stdout)
        written += 1
        if hashlib.sha256(done.stdout).hexdigest() != label["sha256"]:
            problems.append(f"{label['id']}: bytes differ from the labelled SHA-256")
    print(f"{written} pages written to {pages}")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


def check(pages: Path) -> int:
    missing, changed = [], []
    rows = labels()
    for label in rows:
        path = pages / f"{label['id']}.html"
        if not path.is_file():
            missing.append(label["id"])
        elif hashlib.sha256(path.read_bytes()).hexdigest() != label["sha256"]:
            changed.append(label["id"])
    print(f"{len(rows) - len(missing) - len(changed)}/{len(rows)} pages present and unchanged under {pages}")
    if missing:
        print("missing: " + " ".join(missing))
    if changed:
        print("changed: " + " ".join(changed))
    return 1 if missing or changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("rebuild", help="write the pages from git mirrors")
    build.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    build.add_argument("--mirrors", type=Path, action="append", default=[], help="a folder of git mirrors")
    build.add_argument("--repo", action="append", default=[], metavar="OWNER/NAME=GIT_DIR")
    look = sub.add_parser("check", help="which pages are present and match their labels")
    look.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args()
    if args.command == "check":
        return check(args.pages)
    named = {}
    for item in args.repo:
        repo, sep, path = item.partition("=")
        if not sep:
            parser.error(f"--repo wants OWNER/NAME=GIT_DIR, not {item!r}")
        named[repo] = Path(path)
    if not args.mirrors and not named:
        parser.error("rebuild needs --mirrors or --repo")
    return rebuild(args.pages, args.mirrors, named)


if __name__ == "__main__":
    sys.exit(main())
