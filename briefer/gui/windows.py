"""The open brief windows of the app: one window per brief.

The composition root makes one :class:`WindowList`; each main window adds
itself and every window it opens shares it, so the Window menu of each
lists them all and opening a brief already open in one shows that window.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QSize, QTimer, Signal

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

    def free_untitled_number(self, window: "MainWindow") -> int:
        """The number ``window``'s new untitled brief goes by: the lowest
        that no other window's untitled brief has (1 is plain "Untitled")."""
        taken = {
            w.files.untitled_number for w in self._windows if w is not window and w.files.doc is not None and w.files.path is None
        }
        n = 1
        while n in taken:
            n += 1
        return n

    def holding(self, path: str) -> "MainWindow | None":
        """The window editing the file at ``path``, if any."""
        wanted = os.path.normcase(os.path.abspath(path))
        for window in self._windows:
            held = window.files.path
            if held and os.path.normcase(os.path.abspath(held)) == wanted:
                return window
        return None


CASCADE_STEP = 32


def cascade_position(origin: QRect, size: QSize, room: QRect, step: int = CASCADE_STEP) -> QPoint:
    """Where a new window of frame ``size`` goes, opened from the window
    whose frame is ``origin``: ``step`` pixels right and down of it while the
    whole frame stays inside ``room`` (the screen's available geometry),
    else the top-left corner of ``room``."""
    target = QRect(origin.topLeft() + QPoint(step, step), size)
    if room.contains(target):
        return target.topLeft()
    return room.topLeft()


def place_cascaded(window: "MainWindow", origin: "MainWindow") -> None:
    """Move (and if need be shrink) ``window``, not yet shown, to cascade
    from ``origin`` on ``origin``'s screen without running off it."""
    screen = origin.screen()
    if screen is None:
        window.move(origin.pos() + QPoint(CASCADE_STEP, CASCADE_STEP))
        return
    room = screen.availableGeometry()
    frame = origin.frameGeometry().size() - origin.geometry().size()  # title bar and borders
    size = window.size().boundedTo(room.size() - frame)
    if size != window.size():
        window.resize(size)
    window.move(cascade_position(origin.frameGeometry(), size + frame, room))


def bring_to_front(window: "MainWindow") -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


__all__ = ["CASCADE_STEP", "WindowList", "bring_to_front", "cascade_position", "place_cascaded"]
