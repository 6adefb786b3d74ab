"""What the reader remembers between runs, as one small JSON file in the user state directory.

Writes are atomic (a temporary file renamed over the old one), so a crash mid-write leaves the
previous state intact. A file that cannot be read back is moved aside, never fatal.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.document import SCRIPTS, TRADITIONAL, Script

VERSION = 1
MAX_POSITIONS = 2000  # scroll positions kept, most recently read first to survive


@dataclass
class State:
    last_article: str | None = None
    positions: dict[str, float] = field(default_factory=dict)  # article id → scroll fraction 0…1
    script: Script = "original"
    headings: bool = True
    region_filter: str = ""
    traditional: Script = "traditional"  # the Traditional standard `t` shows: OpenCC's, Taiwan's, Hong Kong's
    punctuation: bool = False  # `p`: half-width punctuation between hanzi shown full-width
    grouping: bool = True  # `Z`: each group of reposts one row in the list

    def remember_position(self, article: str, fraction: float) -> None:
        self.positions.pop(article, None)
        self.positions[article] = min(max(fraction, 0.0), 1.0)
        while len(self.positions) > MAX_POSITIONS:
            del self.positions[next(iter(self.positions))]


class CorruptState(ValueError):
    pass


def default_path() -> Path:
    """`$XDG_STATE_HOME/reader/state.json` on Linux, the platform's equivalent elsewhere."""
    return paths.state_dir() / "state.json"


def _parse(data: Any) -> State:
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise CorruptState("not a version-1 state object")
    state = State()
    last = data.get("last_article")
    positions = data.get("positions", {})
    script = data.get("script", state.script)
    headings = data.get("headings", state.headings)
    region = data.get("region_filter", state.region_filter)
    traditional = data.get("traditional", state.traditional)
    punctuation = data.get("punctuation", state.punctuation)
    grouping = data.get("grouping", state.grouping)
    if not (last is None or isinstance(last, str)):
        raise CorruptState("last_article is not a string")
    if not isinstance(positions, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1
        for k, v in positions.items()
    ):
        raise CorruptState("positions are not fractions by article id")
    if script not in SCRIPTS or not isinstance(headings, bool) or not isinstance(region, str):
        raise CorruptState("bad script, headings or region_filter")
    if traditional not in TRADITIONAL or not isinstance(punctuation, bool) or not isinstance(grouping, bool):
        raise CorruptState("bad traditional, punctuation or grouping")
    state.last_article, state.script, state.headings, state.region_filter = last, script, headings, region
    state.traditional, state.punctuation, state.grouping = traditional, punctuation, grouping
    state.positions = {k: float(v) for k, v in positions.items()}
    return state


def load(path: Path) -> tuple[State, str | None]:
    """The state at `path` and a warning if it was unreadable (then it is renamed aside)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return State(), None
    except (OSError, UnicodeDecodeError) as e:
        return State(), _set_aside(path, str(e))
    try:
        return _parse(json.loads(raw)), None
    except (ValueError, RecursionError) as e:  # JSONDecodeError and CorruptState are ValueErrors
        return State(), _set_aside(path, str(e))


def _set_aside(path: Path, reason: str) -> str:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError:
        return f"state file {path} is unreadable ({reason}); starting afresh"
    return f"state file {path} was unreadable ({reason}); moved to {aside.name}, starting afresh"


def save(state: State, path: Path) -> None:
    """Write `state` atomically; an `OSError` propagates for the caller to report."""
    payload = json.dumps({"version": VERSION, **asdict(state)}, ensure_ascii=False, indent=1)
    paths.write_atomically(path, payload.encode("utf-8"), fsync=True)
