"""Shortcuts in right-to-left menus: Qt draws a menu item's shortcut as
plain text in the menu's direction, so in Arabic ``Ctrl++`` reads ``++Ctrl``
and ``Ctrl+-`` reads ``-+Ctrl`` (a trailing ``+`` or ``-`` takes the
paragraph's direction).  :class:`IsolatedShortcutStyle` draws every
shortcut of a right-to-left menu as a left-to-right isolate (LRI … PDI), so
it reads as it does in English, as ``Ctrl+Z`` already did.  It is the
application's style in a right-to-left interface
(:func:`~briefer.gui.language.install_translators`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionMenuItem

from .bidi import LRI, PDI


def isolated_shortcut(text: str) -> str:
    """``Zoom In\\tCtrl++`` → the same with the shortcut (after the tab) isolated left to right."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{LRI}{keys}{PDI}"


class IsolatedShortcutStyle(QProxyStyle):
    """The application's style, with the shortcuts of right-to-left menus
    isolated left to right."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802, ANN001 - Qt's name
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and option.direction == Qt.LayoutDirection.RightToLeft
            and "\t" in option.text
        ):
            option = QStyleOptionMenuItem(option)
            option.text = isolated_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


def isolate_menu_shortcuts(app: QApplication) -> None:
    """Give the whole application (every menu: the menu bar's, right-click
    menus made later, every window's) the isolating style, over the style
    it has; once."""
    current = app.style()
    if isinstance(current, IsolatedShortcutStyle):
        return
    style = IsolatedShortcutStyle(current.name()) if current is not None and current.name() else IsolatedShortcutStyle()
    style.setParent(app)  # owned by the application, as setStyle expects
    app.setStyle(style)
