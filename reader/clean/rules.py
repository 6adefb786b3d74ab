"""The rule registry: every rule name a `Removal` may carry, with its one-line example.

`reader explain` lists `RULES`; the tests check that every recorded rule is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

RULES: dict[str, str] = {}
"""Rule name → the first line of its docstring, a tiny before/after example."""


def describe(name: str, example: str) -> str:
    """Register a rule that is data rather than a function (a pattern, a repair step); returns `name`."""
    if name in RULES:
        raise ValueError(f"rule {name} registered twice")
    RULES[name] = example
    return name


def rule(name: str) -> Callable[[F], F]:
    """Register the decorated function as rule `name`; its docstring's first line is the example."""

    def register(fn: F) -> F:
        if name in RULES:
            raise ValueError(f"rule {name} registered twice")
        doc = (fn.__doc__ or "").strip()
        if not doc:
            raise ValueError(f"rule {name} needs a docstring example")
        RULES[name] = doc.splitlines()[0]
        fn.rule_name = name  # type: ignore[attr-defined]
        return fn

    return register
