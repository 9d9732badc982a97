"""The Help menu's windows: the user guide and the keyboard shortcuts.

The guide is ``docs/user-guide.md``; the package ships the same file as
``briefer.resources/help/user-guide.md`` (a test keeps the two equal) and
shows it with ``QTextBrowser`` (Markdown).  The shortcuts are read from the
window's own menus, so the list is always what the keys really do, plus
the keys of the editors that no menu names."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .bidi import LRI, PDI


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def user_guide_text() -> str:
    """The user guide (Markdown), from the package resources."""
    return resources.files("briefer.resources").joinpath("help", "user-guide.md").read_text(encoding="utf-8")


class UserGuide(QDialog):
    """Help ▸ User Guide (F1): the guide, non-modal, links open in the browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(_tr("Briefer User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(user_guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        unit = self.fontMetrics().horizontalAdvance("M")
        self.resize(unit * 60, self.fontMetrics().lineSpacing() * 40)


# Keys the editors handle that no menu lists: (keys, what they do).
EDITOR_KEYS: list[tuple[str, str]] = [
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("Help", "Lists: add a row after the selected one")),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("Help", "Lists: duplicate the selected row")),
    ("Delete", QT_TRANSLATE_NOOP("Help", "Lists (in the table): delete the selected rows")),
    ("Ctrl+Shift+Up / Ctrl+Shift+Down", QT_TRANSLATE_NOOP("Help", "Lists: move the selected row")),
    ("F2, Enter, double click", QT_TRANSLATE_NOOP("Help", "Lists (in the table): edit the cell")),
    ("F6", QT_TRANSLATE_NOOP("Help", "Lists: from a row to its form, and back")),
    ("Ctrl+C / Ctrl+X / Ctrl+V", QT_TRANSLATE_NOOP("Help", "Lists (in the table): copy, cut, paste rows, also between briefs")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Help", "Next / previous field; leaves a table")),
    ("Enter", QT_TRANSLATE_NOOP("Help", "Section list: go to the first field of the section")),
    ("Ctrl+B / Ctrl+I", QT_TRANSLATE_NOOP("Help", "Long texts: bold, italic (the selected words, or the word at the cursor)")),
    ("Ctrl+Shift+8 / Ctrl+Shift+7", QT_TRANSLATE_NOOP("Help", "Long texts: bulleted, numbered list (the selected lines)")),
    ("Menu key, Shift+F10, right click", QT_TRANSLATE_NOOP("Help", "Text fields: spelling suggestions for the underlined word, formatting")),
    ("Ctrl+wheel", QT_TRANSLATE_NOOP("Help", "Preview: zoom")),
]


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """``(menu, command, keys)`` of every menu command with a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        menu.aboutToShow.emit()  # menus filled on demand (Window, Open Recent)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} ▸ {_plain(action.text())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                # An action whose text changes (Undo Edit Biography) has a fixed name.
                rows.append((where, _plain(action.property("commandName") or action.text()), keys))

    for action in bar.actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu(), _plain(action.text()))
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class KeyboardShortcuts(QDialog):
    """Help ▸ Keyboard Shortcuts: every shortcut, with a filter."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(_tr("Type to filter, e.g. “export” or “Ctrl+E”"))
        self.filter_edit.setClearButtonEnabled(True)
        rows = [(f"{menu} ▸ {command}", keys) for menu, command, keys in menu_shortcuts(bar)]
        rows += [(_tr(what), keys) for keys, what in EDITOR_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([_tr("Command"), _tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for r, (command, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(command))
            # in a right-to-left interface Ctrl++ would read ++Ctrl: keys are a left-to-right isolate
            self.table.setItem(r, 1, QTableWidgetItem(f"{LRI}{keys}{PDI}" if self.isRightToLeft() else keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter_edit.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        unit = self.fontMetrics().horizontalAdvance("M")
        self.resize(unit * 48, self.fontMetrics().lineSpacing() * 36)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        """The rows shown (not filtered out)."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text().strip(LRI + PDI))
                for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for r in range(self.table.rowCount()):
            line = f"{self.table.item(r, 0).text()} {self.table.item(r, 1).text()}".casefold()
            self.table.setRowHidden(r, not all(w in line for w in words))


__all__ = ["EDITOR_KEYS", "KeyboardShortcuts", "UserGuide", "menu_shortcuts", "user_guide_text"]

