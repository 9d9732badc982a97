"""Where the keyboard focus is, made visible in item views.

Qt's default palette paints a selection the same whether its view has the
focus or not, and most styles outline the current cell faintly.  A view
set up here paints its selection in the strong highlight only while it has
the focus (a pale tint of it otherwise), and :func:`paint_current_cell`
outlines the current cell clearly while the view has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication

PALE = 0.3
"""How much of the highlight colour the unfocused selection's tint holds."""


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )


def show_focus_in_selection(view: QAbstractItemView) -> None:
    """Paint ``view``'s selection in a pale tint of the highlight while the
    view has no focus (its text in the normal text colour), the strong
    highlight while it has.  Call again when the application's palette changes."""
    app_palette = QApplication.palette()
    palette = view.palette()
    highlight = app_palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    base = app_palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = app_palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, _mix(highlight, base, PALE))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Normal):
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.HighlightedText,
                         app_palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
    view.setPalette(palette)


def current_cell_outline(view: QAbstractItemView) -> QRect | None:
    """The rectangle :func:`paint_current_cell` outlines (viewport pixels), or None."""
    index = view.currentIndex()
    if not view.hasFocus() or not index.isValid():
        return None
    rect = view.visualRect(index)
    return rect if rect.isValid() and rect.intersects(view.viewport().rect()) else None


def paint_current_cell(view: QAbstractItemView) -> None:
    """Outline the current cell of ``view`` (call at the end of its
    ``paintEvent``): a dark frame with a light line inside it, clear on a
    highlighted row and on a plain one."""
    rect = current_cell_outline(view)
    if rect is None:
        return
    palette = view.palette()
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    outer = QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).darker(190), 2)
    outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(outer)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.setPen(QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base), 1))
    painter.drawRect(rect.adjusted(2, 2, -3, -3))
    painter.end()
