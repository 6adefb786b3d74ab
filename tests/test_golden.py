"""`reader show` of the five seed articles as text, Markdown and JSON (`render_text`, `render_markdown`,
`Document.to_json` with the id and path), compared exactly with the files in tests/golden/: `ID.txt`,
`ID.md` (also what `s` saves and `reader export` writes), `ID.json` (indented for a readable diff:
the same JSON value, keys in the same order).

After a deliberate change to cleaning or rendering, regenerate them and read the diff before
committing it:

    .venv/bin/pytest -n 0 tests/test_golden.py --update-golden
    git diff tests/golden/
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import GOLDEN, run_cli

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted(p.stem for p in (REPO / "articles").glob("*.txt"))
FORMATS = {"text": "txt", "markdown": "md", "json": "json"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_show_matches_the_golden_file(
    seed: str,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.chdir(REPO)  # paths in the JSON as given: articles/…
    code, out, err = run_cli(capsys, "show", seed, "--articles", "articles", "--format", fmt)
    assert (code, err) == (0, "") and out.endswith("\n")
    # `reader show` prints the render and ends it with a newline: Markdown ends with its own already.
    rendered = out if fmt == "markdown" else out.removesuffix("\n")
    if fmt == "json":
        rendered = json.dumps(json.loads(rendered), ensure_ascii=False, indent=2)
    path = GOLDEN / f"{seed}.{FORMATS[fmt]}"
    if request.config.getoption("--update-golden"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_there_are_five_seeds_and_a_golden_file_for_each_render() -> None:
    assert len(SEEDS) == 5
    expected = {f"{seed}.{ext}" for seed in SEEDS for ext in FORMATS.values()}
    assert {p.name for p in GOLDEN.iterdir()} == expected  # none missing, none left over
