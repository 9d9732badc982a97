"""Every dialog fits the screen it opens on (a 1366×768 laptop, a 1024×700
projector): no button below the bottom edge, nothing squeezed over its
neighbour.

* :func:`scrolling` puts a long form in a scroll area, so the dialog's
  minimum height is no longer the sum of its rows;
* :func:`fit_to_screen` shrinks a window to the screen's available geometry
  (what the desktop's panels leave) and moves it inside;
* :func:`fit_dialogs_on_show` makes every dialog of the application do
  that each time it is shown: ours, Qt's own (QInputDialog, QMessageBox,
  file dialogs drawn by Qt) and any made later, with no call in each.

A QMessageBox sets its own fixed size as it is shown, from its text: one
taller than the screen cannot be shrunk, so the app keeps message texts
short (a long list goes under Show Details).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

FRAME_ALLOWANCE = QSize(16, 40)
"""Title bar and borders of a window not shown yet (their real size is
known only once the window manager has framed it)."""


def scrolling(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless scroll area that scrolls only when the
    window is too small for it (vertically; horizontally as a last resort)."""
    area = QScrollArea(parent)
    area.setObjectName(f"{widget.objectName() or 'form'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    # As wide as the form wants (no horizontal bar when there is room), but
    # never so wide that the window cannot fit a small screen.
    most = area.fontMetrics().horizontalAdvance("M") * 40
    area.setMinimumWidth(min(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width(), most))
    return area


def available_room(window: QWidget) -> QRect | None:
    """The available geometry of the screen ``window`` is (or will be) on."""
    parent = window.parentWidget()
    screen = window.screen() if window.isVisible() or parent is None else parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def _frame_margins(window: QWidget) -> QSize:
    """The frame the window manager adds, or :data:`FRAME_ALLOWANCE` when
    that is more (a frame not drawn yet measures nothing)."""
    frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else QSize()
    return frame.expandedTo(FRAME_ALLOWANCE)


def fit_to_screen(window: QWidget, room: QRect | None = None) -> None:
    """Shrink ``window`` (title bar included) to ``room`` (default: its
    screen's available geometry) if it is larger, and move it so it is
    wholly inside."""
    room = room or available_room(window)
    if room is None:
        return
    frame = _frame_margins(window)
    most = room.size() - frame
    size = window.size().boundedTo(most)
    if size != window.size():
        window.resize(size)
        size = window.size()  # a minimum size larger than the room wins
    outer = QRect(window.frameGeometry().topLeft() if window.isVisible() else window.pos(), size + frame)
    x = min(max(outer.left(), room.left()), max(room.left(), room.right() + 1 - outer.width()))
    y = min(max(outer.top(), room.top()), max(room.top(), room.bottom() + 1 - outer.height()))
    if QPoint(x, y) != outer.topLeft():
        window.move(x, y)


class FitOnShow(QObject):
    """Event filter on the application: a dialog window fits its screen
    each time it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_to_screen(watched)
        return False


FILTER_NAME = "fitDialogsOnShow"


def fit_dialogs_on_show(app: QCoreApplication) -> None:
    """Every dialog of ``app`` fits its screen whenever it is shown
    (installed once, however often this is called)."""
    if app.findChild(QObject, FILTER_NAME) is None:
        fit = FitOnShow(app)
        fit.setObjectName(FILTER_NAME)
        app.installEventFilter(fit)


__all__ = ["FitOnShow", "available_room", "fit_dialogs_on_show", "fit_to_screen", "scrolling"]
