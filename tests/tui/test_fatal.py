"""An unexpected error ends the app with one line, never a traceback (`reader/tui/fatal.py`), and
the private Textual hook that relies on is still there and still called."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import ClassVar

import pytest
from textual.app import App
from textual.binding import Binding, BindingType

from reader.tui.app import ReaderApp
from reader.tui.fatal import OneLineErrors
from tests.tui.pilot_helpers import MakeApp, press, settle


def test_textual_still_calls_the_private_hook_with_no_arguments() -> None:
    """If this fails, Textual changed what `OneLineErrors._fatal_error` overrides: look at
    `App._handle_exception` in the new Textual and move the override to what replaced it."""
    assert list(inspect.signature(App._fatal_error).parameters) == ["self"]
    assert "self._fatal_error()" in inspect.getsource(App._handle_exception)
    assert App()._exception is None  # where a failed worker's error is kept
    assert list(inspect.signature(App.panic).parameters) == ["self", "renderables"]


def failing(base: type[App[None]]) -> App[None]:
    """An app on `base` whose `x` key raises."""

    class Failing(base):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("x", "fail", "Fail")]

        def action_fail(self) -> None:
            raise ValueError("boom in a handler")

    return Failing()


@pytest.mark.parametrize("base", [App, OneLineErrors])
async def test_an_error_in_a_handler_is_one_line_only_with_the_hook(
    base: type[App[None]], capfd: pytest.CaptureFixture[str]
) -> None:
    app = failing(base)
    with pytest.raises(ValueError, match="boom"):  # Pilot re-raises it for the test
        async with app.run_test() as pilot:
            await press(pilot, "x")
    out, err = capfd.readouterr()
    said = [line for line in (out + err).splitlines() if line.strip()]
    assert app.return_code == 1
    if base is App:  # what the hook replaces: Textual's traceback
        assert "Traceback" in out + err
    else:
        assert said == ["ValueError: boom in a handler"]


async def test_the_reader_says_one_line_and_writes_a_crash_report(
    make_app: MakeApp, state_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken(self: ReaderApp) -> None:
        raise RuntimeError("a bug in [bold]help[/]")

    monkeypatch.setattr(ReaderApp, "action_help", broken)
    app = make_app()
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "question_mark")
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    report = app.crash_report
    assert report is not None and report.parent == state_path.parent
    said = f"reader: internal error: RuntimeError: a bug in [bold]help[/]; details in {report}"
    assert "".join((out + err).split()) == "".join(said.split())  # wrapped to the terminal's width
    assert "Traceback" in report.read_text(encoding="utf-8")
