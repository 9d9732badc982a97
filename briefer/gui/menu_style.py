"""Shortcuts in right-to-left menus: Qt draws a menu item's shortcut as
plain text in the menu's direction, so in Arabic ``Ctrl++`` reads ``++Ctrl``
and ``Ctrl+-`` reads ``-+Ctrl`` (a trailing ``+`` or ``-`` takes the
paragraph's direction).  :class:`IsolatedShortcutStyle` draws every
shortcut as a left-to-right isolate (LRI … PDI), so it reads as it does in
English, as ``Ctrl+Z`` already did."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QStyleOptionMenuItem, QWidget

from .bidi import LRI, PDI


def isolated_shortcut(text: str) -> str:
    """``Zoom In\\tCtrl++`` → the same with the shortcut (after the tab) isolated left to right."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{LRI}{keys}{PDI}"


class IsolatedShortcutStyle(QProxyStyle):
    """The menus' style, with shortcuts isolated left to right."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802, ANN001 - Qt's name
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem) and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolated_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


def isolate_menu_shortcuts(root: QWidget) -> IsolatedShortcutStyle:
    """Give every menu under ``root`` (a menu bar) the isolating style;
    returns it (a widget does not own its style: keep it alive)."""
    style = IsolatedShortcutStyle()
    style.setParent(root)
    for menu in root.findChildren(QMenu):
        menu.setStyle(style)
    return style
