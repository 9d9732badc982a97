"""Participants, shown grouped by delegation.

Choice: grouping is a *view* over the list, not a change to it.  A
:class:`DelegationProxy` sorts rows by delegation — delegations in the order
they first appear in the list (so "United States" stays before "Israel" if
that is how the staffer entered them), rows without a delegation last — and
keeps the list order inside each group (the sort is stable).  Alternate
groups get a tinted background.  The list order, which is what the export
prints, never changes because of grouping.

While grouped, drag-reordering and Move up/down are off (moving a row in a
sorted view has no clear meaning); the "Group by delegation" check box turns
grouping off to reorder.  Grouping is on by default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QWidget

from ..edit_session import EditSession
from .list_editor import ListEditor
from .specs import LIST_SPECS


class DelegationProxy(QSortFilterProxyModel):
    """Rows grouped by delegation (first-appearance order), list order within a group."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grouped = False
        self.setDynamicSortFilter(True)

    def _delegations(self) -> list[str | None]:
        source = self.sourceModel()
        return [getattr(source.item(r), "delegation", None) for r in range(source.rowCount())]

    def _group_ranks(self) -> dict[str | None, int]:
        ranks: dict[str | None, int] = {}
        for d in self._delegations():
            key = (d or "").strip().casefold() or None
            if key is not None and key not in ranks:
                ranks[key] = len(ranks)
        return ranks

    def group_of(self, source_row: int) -> int:
        d = getattr(self.sourceModel().item(source_row), "delegation", None)
        key = (d or "").strip().casefold() or None
        ranks = self._group_ranks()
        return ranks.get(key, len(ranks))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Row numbers count the rows as shown, 1, 2, 3, … in either order."""
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def setSourceModel(self, source) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(source)
        # A changed delegation can reorder whole groups (first-appearance
        # order), not just the edited row: sort everything again.
        source.dataChanged.connect(self._regroup)

    def _regroup(self, *_args) -> None:
        if self.grouped:
            self.invalidate()

    def set_grouped(self, grouped: bool) -> None:
        self.grouped = grouped
        if grouped:
            self.sort(0, Qt.SortOrder.AscendingOrder)
        else:
            self.sort(-1)  # back to the list's own order
        self.invalidate()

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        return (self.group_of(left.row()), left.row()) < (self.group_of(right.row()), right.row())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self.grouped and index.isValid():
            source_row = self.mapToSource(index).row()
            if source_row >= 0 and self.group_of(source_row) % 2 == 1:
                return QApplication.palette().brush(QPalette.ColorGroup.Normal, QPalette.ColorRole.AlternateBase)
            return None
        return super().data(index, role)


class ParticipantsEditor(ListEditor):
    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        self.grouping = DelegationProxy()
        super().__init__(doc, LIST_SPECS["participants"], parent, proxy=self.grouping)
        self.group_check = QCheckBox(self.tr("&Group by delegation"), self)
        self.group_check.setToolTip(
            self.tr("Show participants grouped by delegation. The printed order is the list order; "
                    "turn grouping off to reorder.")
        )
        self.group_check.toggled.connect(self.set_grouped)
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.group_check)
        self.toolbar.addWidget(bar)
        self.group_check.setChecked(True)

    def set_grouped(self, grouped: bool) -> None:
        row = self.current_row()
        self.grouping.set_grouped(grouped)
        self.set_reorder_enabled(not grouped, self.tr("Turn off “Group by delegation” to reorder participants."))
        if row is not None:
            self.select_row(row)
