"""Hypothesis profiles for the fuzz tests in this folder.

    ci    the default: bounded and derandomized, so CI runs are quick and reproducible
    deep  a long random hunt, on demand:
          HYPOTHESIS_PROFILE=deep .venv/bin/pytest tests/robustness/test_fuzz.py --hypothesis-show-statistics

They are registered as `robustness-ci` and `robustness-deep` and applied by `test_fuzz.py`'s own
decorators, never loaded as the global default: the rest of the suite keeps its own settings, and
Hypothesis's built-in `ci` profile (loaded when $CI is set) is not overwritten.

The Pilot tests here run as those in tests/tui do: `tests/tui/pilot_helpers.py`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.tui.pilot_helpers import make_app, pytest_pyfunc_call, state_path  # noqa: F401

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "robustness-ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile(
    "robustness-deep",
    max_examples=10_000,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
