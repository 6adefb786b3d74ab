"""Field reader `metadata.date`: the dates pages write, in every form they use."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.clean.rules import rule

DATE = "metadata.date"

DATE_FORM = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时時点點]\s*(\d{2})(?!\d)(?:\s*[:：分]\s*\d{2}(?!\d))?)?"
)


# Day first (`24.08.2015  19:19`), and a two-digit year, read only with its time (`19-04-29 22:07`).
_DAY_FIRST = re.compile(
    r"(?<![\d.])(\d{2})\.(\d{2})\.((?:19|20)\d{2})(?![\d.])(?:\s*(\d{1,2}):(\d{2})(?!\d))?"
)
_SHORT_YEAR = re.compile(r"(?<![\d-])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?!\d)")
# Any of the forms, for cutting the dates out of a line.
ANY_DATE = re.compile(f"{DATE_FORM.pattern}|{_DAY_FIRST.pattern}|{_SHORT_YEAR.pattern}")


def _dates(text: str) -> Iterable[tuple[str, str, str, str | None, str | None]]:
    """(year, month, day, hour, minute) of every date written in `text`, in the forms pages use."""
    for m in DATE_FORM.finditer(text):
        yield m.groups()  # type: ignore[misc]
    for m in _DAY_FIRST.finditer(text):
        day, month, year, hour, minute = m.groups()
        yield year, month, day, hour, minute
    for m in _SHORT_YEAR.finditer(text):
        year, month, day, hour, minute = m.groups()
        yield "20" + year, month, day, hour, minute


@rule(DATE)
def read_date(text: str) -> str | None:
    """`发布时间:2021-12-07 10:35` → date `2021-12-07 10:35`; `2012年4月10日` → `2012-04-10`."""
    for year, month, day, hour, minute in _dates(text):
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            continue
        date = f"{year}-{int(month):02d}-{int(day):02d}"
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            date += f" {int(hour):02d}:{minute}"
        return date
    return None
