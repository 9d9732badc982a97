"""The message-box guard of the GUI tests (``tests/gui/conftest.py``)."""

from __future__ import annotations

import briefer.gui  # noqa: F401  (pydantic before PySide6)
from PySide6.QtWidgets import QMessageBox


class MessageBoxes:
    """Every message box the app shows during a test, and the ones it expects.

    A box the test did not declare with :meth:`expect` fails the test (its
    kind, title and text are in the failure), as does a declared box that
    never appeared.  Nothing is ever shown, so nothing blocks."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.unexpected: list[tuple[str, str, str]] = []
        self._expected: list[tuple[str, str, object]] = []  # (kind, containing, answer)

    def expect(self, kind: str, containing: str = "", answer: object = None) -> None:
        """Declare that one box of ``kind`` ("critical", "warning",
        "information", "question", "about" or "box" for a ``QMessageBox``
        the app builds itself) whose title or text contains ``containing``
        will be shown.  ``answer``: the button pressed — a
        ``QMessageBox.StandardButton``, or for a built box the text of one of
        its buttons; by default the box is closed without a choice."""
        self._expected.append((kind, containing, answer))

    def _take(self, kind: str, title: str, text: str) -> tuple[bool, object]:
        self.shown.append((kind, title, text))
        for i, (want, containing, answer) in enumerate(self._expected):
            if want == kind and (containing in title or containing in text):
                del self._expected[i]
                return True, answer
        self.unexpected.append((kind, title, text))
        return False, None

    def static(self, kind: str):
        def show(parent=None, title="", text="", *args, **kwargs):
            _, answer = self._take(kind, str(title), str(text))
            if answer is not None:
                return answer
            return QMessageBox.StandardButton.Cancel if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def exec_box(self, box: QMessageBox) -> int:
        title, text = box.windowTitle(), box.text()
        if box.informativeText():
            text += "\n" + box.informativeText()
        _, answer = self._take("box", title, text)
        if isinstance(answer, str):
            buttons = {b.text().replace("&", ""): b for b in box.buttons()}
            assert answer in buttons, f"message box {title!r} has no button {answer!r}: {sorted(buttons)}"
            buttons[answer].click()
            return int(box.result())
        if answer is not None:
            button = box.button(answer)
            assert button is not None, f"message box {title!r} has no button {answer!r}"
            button.click()
            return int(answer.value)
        return 0

    def problems(self) -> list[str]:
        out = [f"unexpected {kind} message box {title!r}: {text!r}" for kind, title, text in self.unexpected]
        out += [f"expected {kind} message box containing {containing!r} was never shown" for kind, containing, _ in self._expected]
        return out
