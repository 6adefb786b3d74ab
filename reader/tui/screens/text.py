"""What the screens of text (explain, help, skipped) share: one `TextView` body in a border with a
title, focused, and escape to close it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen, ScreenResultType

from reader.tui.widgets.text_view import Para, TextView, Wrapped


class TextScreen(Screen[ScreenResultType]):
    """Each screen says its body's id, title and paragraphs; a modal one also extends `ModalScreen`,
    ahead of this (Textual's CSS follows a class's first base)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close", show=False)]
    BODY_ID: ClassVar[str]
    SUBTITLE: ClassVar[str] = "escape closes"
    PADDING_X: ClassVar[int] = TextView.padding_x

    def body_title(self) -> str:
        raise NotImplementedError

    def body(self) -> tuple[list[Para], dict[int, Wrapped] | None]:
        """The paragraphs, and any wraps made for them off the UI thread."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        view = TextView(id=self.BODY_ID)
        view.border_title = self.body_title()
        view.border_subtitle = self.SUBTITLE
        yield view

    def on_mount(self) -> None:
        view = self.query_one(TextView)
        view.padding_x = self.PADDING_X
        paras, wrapped = self.body()
        view.set_paras(paras, seed=wrapped)
        view.focus()

    async def action_close(self) -> None:
        await self.action_dismiss()
