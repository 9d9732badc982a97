"""The checkable, reorderable list of a layout's body sections.

Shared by the template editor (a template's layout) and the brief's own
layout dialog (one brief's overrides of its template).  Each row is one
section key from :mod:`briefer.model.sections`: ticked means printed,
the row order is the print order (drag, or Move Up/Move Down), and the row
text is the printed title (double-click or F2 to rename; a blank title goes
back to the *base* title the caller gives — the built-in default for a
template, the template's title for a brief).

Rows can be *marked* with a warning (the brief dialog marks sections that
have content but are not ticked, so will not print).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..model.sections import DEFAULT_ORDER, DEFAULT_TITLES
from ..model.text import clean_one_line

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = QColor("#9B1C1C")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SectionOrderBox", text)


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than their text, so the check boxes of the
    checklist are not stacked edge to edge."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() * 8 // 5))


class SectionOrderBox(QGroupBox):
    """A "Sections" group box: hint, the list, and its buttons.

    ``changed`` is emitted after any change of ticks, order or titles.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        base_title_tip: str | None = None,
        markable: bool = False,
    ):
        """``base_title_tip``: each row's tooltip, with ``%s`` for its base
        title; ``markable``: rows keep room for a warning icon, so marking
        one does not shift its title."""
        super().__init__(title if title is not None else _tr("Sections"), parent)
        self._base_titles: dict[str, str] = dict(DEFAULT_TITLES)
        self._base_title_tip = base_title_tip or _tr("Default title: %s")
        self._marked: dict[str, str] = {}
        self._filling = False

        self.list = QListWidget(self)
        self.list.setObjectName("sectionList")
        self.list.setAccessibleName(_tr("Sections, in print order"))
        self.list.setItemDelegate(_RoomyRows(self.list))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self._blank_icon = QIcon()
        if markable:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            blank = QPixmap(size, size)
            blank.fill(Qt.GlobalColor.transparent)
            self._blank_icon = QIcon(blank)
            self.list.setIconSize(QSize(size, size))
        self.up_button = QPushButton(_tr("Move &Up"), self)
        self.down_button = QPushButton(_tr("Move &Down"), self)
        self.reset_title_button = QPushButton(_tr("Default &Title"), self)
        for button, tip in (
            (self.up_button, _tr("Print the selected section earlier (Alt+U)")),
            (self.down_button, _tr("Print the selected section later (Alt+D)")),
            (self.reset_title_button, _tr("Give the selected section its default title back")),
        ):
            button.setToolTip(tip)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reset_title_button.clicked.connect(self.reset_current_title)
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(lambda *_: self._emit_changed())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())

        self.hint = QLabel(_tr("Tick the sections to print. Double-click a title to rename it; drag to reorder."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("sectionsHint")
        self.buttons_row = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.reset_title_button):
            self.buttons_row.addWidget(b)
        self.buttons_row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)
        box.addLayout(self.buttons_row)
        self._update_buttons()

    # -- filling ---------------------------------------------------------------

    def set_sections(
        self,
        shown: Iterable[str],
        titles: Mapping[str, str] | None = None,
        base_titles: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``shown`` ticked in that order, then every other section
        unticked in default order.  ``titles``: the titles to show (default:
        the base titles); ``base_titles``: what a blank or "Default Title"
        goes back to (default: the built-in titles)."""
        self._base_titles = {**DEFAULT_TITLES, **(base_titles or {})}
        titles = {**self._base_titles, **(titles or {})}
        shown_keys = [k for k in dict.fromkeys(shown) if k in DEFAULT_TITLES and k in DEFAULT_ORDER]
        hidden = [k for k in DEFAULT_ORDER if k not in shown_keys]
        current = self.current_key()
        self._filling = True
        try:
            self.list.clear()
            for key in shown_keys + hidden:
                item = QListWidgetItem(titles[key])
                item.setData(KEY_ROLE, key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked if key in shown_keys else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                self._decorate(item)
        finally:
            self._filling = False
        row = self._row_of(current) if current else 0
        self.list.setCurrentRow(max(row, 0))
        self._emit_changed()

    # -- reading ---------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _row_of(self, key: str | None) -> int:
        return next((i for i, item in enumerate(self._items()) if item.data(KEY_ROLE) == key), -1)

    def item_for(self, key: str) -> QListWidgetItem | None:
        row = self._row_of(key)
        return self.list.item(row) if row >= 0 else None

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def section_keys(self) -> list[str]:
        """Ticked sections in list order."""
        return [item.data(KEY_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def titles(self) -> dict[str, str]:
        """Every section's title as shown (blank means the base title)."""
        out = {}
        for item in self._items():
            key = item.data(KEY_ROLE)
            out[key] = item.text().strip() or self._base_titles[key]
        return out

    def title_overrides(self) -> dict[str, str]:
        """Titles that differ from the base titles."""
        return {k: t for k, t in self.titles().items() if t != self._base_titles[k]}

    # -- edits -----------------------------------------------------------------

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._emit_changed()

    def reset_current_title(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._base_titles[item.data(KEY_ROLE)])

    def set_section_title(self, key: str, title: str) -> None:
        item = self.item_for(key)
        if item is not None:
            item.setText(title)

    def set_section_shown(self, key: str, shown: bool) -> None:
        item = self.item_for(key)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def set_marked(self, marks: Mapping[str, str]) -> None:
        """Mark the rows of ``marks`` (key → why) with a warning icon, red
        text and the reason as tooltip; every other row is unmarked."""
        if dict(marks) == self._marked:
            return
        self._marked = dict(marks)
        self._filling = True
        try:
            for item in self._items():
                self._decorate(item)
        finally:
            self._filling = False

    def _decorate(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        base = self._base_title_tip % self._base_titles[key]
        reason = self._marked.get(key)
        if reason:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setForeground(QBrush(WARNING_COLOUR))
            item.setToolTip(f"{reason}\n{base}")
        else:
            item.setIcon(self._blank_icon)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(base)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(KEY_ROLE)
        if key is not None and not item.text().strip():
            item.setText(self._base_titles[key])  # a blank title means "the default"
            return
        cleaned = clean_one_line(item.text())
        if cleaned != item.text():  # a pasted line break or control character
            item.setText(cleaned)  # comes back here with the clean text
            return
        self._emit_changed()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.reset_title_button.setEnabled(row >= 0)

    def _emit_changed(self) -> None:
        self._update_buttons()
        if not self._filling:
            self.changed.emit()


__all__ = ["KEY_ROLE", "SectionOrderBox"]
