"""What goes wrong reading a corpus: a whole file, or one record of it."""

from __future__ import annotations

from dataclasses import dataclass


class LoadError(Exception):
    """A file that cannot be read as articles; the message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """One record of a multi-record file that could not be read; the rest of the file still loads."""

    where: str  # "line 3", "record 2", "row 7": how a user finds it in the file
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"
