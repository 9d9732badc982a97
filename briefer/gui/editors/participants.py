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

With a people library (:mod:`.people`), the name field searches it as the
user types and a line above the form links the participant to the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QWidget

from ...people.link import is_behind
from ..edit_session import EditSession
from .list_editor import ListEditor
from .people import LibraryLink, PeoplePrompter, PeopleService, PersonCompleter
from .specs import LIST_SPECS


class DelegationProxy(QSortFilterProxyModel):
    """Rows grouped by delegation (first-appearance order), list order within a group."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grouped = False
        self.behind_library: Callable[[Any], bool] | None = None
        """Whether a participant's library entry changed since it was taken:
        such rows show an icon and a tooltip in their first column."""
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
        if (
            role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
            and index.isValid()
            and index.column() == 0
            and self.behind_library is not None
        ):
            item = self.sourceModel().item(self.mapToSource(index).row())
            if self.behind_library(item):
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("The people library has a newer version of this person")
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        if role == Qt.ItemDataRole.BackgroundRole and self.grouped and index.isValid():
            source_row = self.mapToSource(index).row()
            if source_row >= 0 and self.group_of(source_row) % 2 == 1:
                return QApplication.palette().brush(QPalette.ColorGroup.Normal, QPalette.ColorRole.AlternateBase)
            return None
        return super().data(index, role)


class ParticipantsEditor(ListEditor):
    def __init__(self, doc: EditSession, parent: QWidget | None = None, people: PeopleService | None = None):
        self.grouping = DelegationProxy()
        self.library_link: LibraryLink | None = None
        self.person_completer: PersonCompleter | None = None
        super().__init__(doc, LIST_SPECS["participants"], parent, proxy=self.grouping)
        self.people = people
        if people is not None:
            self.people_prompter = PeoplePrompter(self)
            self.library_link = LibraryLink(doc, people, self.people_prompter, self.detail_group)
            self.detail_group.layout().insertRow(0, self.library_link)
            self.person_completer = PersonCompleter(people, self.fields["name"].editor)
            self.person_completer.picked.connect(self._take_person)
            self.grouping.behind_library = self._behind_library
            people.changed.connect(self._library_changed)
            self._sync_current()
        self.group_check = QCheckBox(self.tr("&Group by delegation"), self)
        self.group_check.setToolTip(
            self.tr("Show participants grouped by delegation. The printed order is the list order; "
                    "turn grouping off to reorder.")
        )
        self.group_check.toggled.connect(self.set_grouped)
        self.table_footer.addWidget(self.group_check)  # under the table: never hidden behind the toolbar's »
        self.group_check.setChecked(True)

    def _sync_current(self) -> None:
        super()._sync_current()
        if self.library_link is not None:
            self.library_link.set_row(self.current_row())

    def _behind_library(self, participant: Any) -> bool:
        if self.people is None or not getattr(participant, "person", None):
            return False
        entry = self.people.get(participant.person)
        return entry is not None and is_behind(self.doc.brief, participant, entry.person)

    def _library_changed(self) -> None:
        rows = self.grouping.rowCount()
        if rows:
            self.grouping.dataChanged.emit(self.grouping.index(0, 0), self.grouping.index(rows - 1, 0))

    def _take_person(self, person_id: str) -> None:
        row = self.current_row()
        if row is not None and self.library_link is not None:
            self.library_link.take_person(row, person_id)
            self.select_row(row)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Someone may have changed the library meanwhile (a team folder)."""
        super().showEvent(event)
        if self.people is not None:
            self.people.reload()

    def set_grouped(self, grouped: bool) -> None:
        row = self.current_row()
        self.grouping.set_grouped(grouped)
        self.set_reorder_enabled(not grouped, self.tr("Turn off “Group by delegation” to reorder participants."))
        if row is not None:
            self.select_row(row)
