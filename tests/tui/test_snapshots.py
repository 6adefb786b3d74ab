"""SVG snapshots at 80×24 and 120×40. Regenerate after a deliberate change with
`pytest tests/tui --snapshot-update`, then look at the SVGs before committing them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.tui.pilot_helpers import SIZES, MakeApp, keys_then

# Keys per view. At 80 columns the list and the reader take turns, so `enter` brings in the reader.
VIEWS: dict[str, tuple[str, ...]] = {
    "simplified": ("enter",),
    "traditional": ("t", "enter"),
    "headings_off": ("G", "h", "enter"),
    "region_filter": ("r", "type:sc", "enter"),
    "outline": ("G", "enter", "o"),
    "explain": ("e",),
    "help": ("question_mark",),
}


# Every view at both sizes: at 80 columns the list and the reader take turns, at 120 they sit side by side.
CASES = [(view, size) for view in VIEWS for size in SIZES]


@pytest.mark.parametrize(("view", "size"), CASES)
def test_snapshot(snap_compare: Callable[..., bool], make_app: MakeApp, view: str, size: str) -> None:
    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=keys_then(*VIEWS[view]))
