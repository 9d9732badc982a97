"""The open brief windows of the app: one window per brief.

The composition root makes one :class:`WindowList`; each main window adds
itself and every window it opens shares it, so the Window menu of each
lists them all and opening a brief already open in one shows that window.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowList(QObject):
    """The main windows, in the order they were opened.  ``changed`` when
    one opens or closes or changes its title."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._windows: list["MainWindow"] = []
        self._closing: list["MainWindow"] = []

    def add(self, window: "MainWindow") -> None:
        if window not in self._windows:
            self._windows.append(window)
            self.changed.emit()

    def remove(self, window: "MainWindow") -> None:
        """``window`` closed.  It is kept alive until the event loop runs
        again, so it is never deleted inside its own close event."""
        if window in self._windows:
            self._windows.remove(window)
            self._closing.append(window)
            QTimer.singleShot(0, self._closing.clear)
            self.changed.emit()

    def windows(self) -> list["MainWindow"]:
        return list(self._windows)

    def holding(self, path: str) -> "MainWindow | None":
        """The window editing the file at ``path``, if any."""
        wanted = os.path.normcase(os.path.abspath(path))
        for window in self._windows:
            held = window.files.path
            if held and os.path.normcase(os.path.abspath(held)) == wanted:
                return window
        return None


def bring_to_front(window: "MainWindow") -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


__all__ = ["WindowList", "bring_to_front"]
