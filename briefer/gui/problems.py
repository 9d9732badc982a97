"""The problems panel: what :func:`briefer.checks.check_brief` found.

One row per finding (an error or warning icon, the section, the sentence).
Clicking a row or pressing Enter on it emits ``finding_activated(finding)``;
the main window switches to the section and focuses the field.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QStyle, QVBoxLayout, QWidget

from ..checks import Finding
from .focus_look import show_focus_in_selection
from .problem_text import problem_text
from .section_list import section_label

_FindingRole = Qt.ItemDataRole.UserRole + 10


class ProblemsPanel(QWidget):
    """A list of findings; empty state says the brief is ready."""

    finding_activated = Signal(object)  # Finding
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.list = QListWidget(self)
        self.list.setObjectName("problemsList")
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        show_focus_in_selection(self.list)  # the strong highlight only while the list has the focus
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.empty = QLabel(self.tr("No problems found: the brief is ready to export."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._findings: list[Finding] = []
        self.setFocusProxy(self.list)

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: Iterable[Finding]) -> None:
        findings = list(findings)
        if findings == self._findings:
            return
        self._findings = findings
        picked = self.list.currentItem() if self.list.selectedItems() else None
        picked = picked.data(_FindingRole) if picked is not None else None
        self.list.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for f in findings:
            where = section_label(f.page) if f.page else self.tr("Whole brief")
            message = problem_text(f.message)
            item = QListWidgetItem(error_icon if f.severity == "error" else warning_icon, self.tr("%1: %2").replace("%1", where).replace("%2", message))
            item.setData(_FindingRole, f)
            kind = self.tr("Error") if f.severity == "error" else self.tr("Warning")
            item.setToolTip(f"{kind} — {message}")
            self.list.addItem(item)
        row = _same_finding(picked, findings) if picked is not None else None
        if row is not None:
            self.list.setCurrentRow(row)
        else:  # the problem picked is gone (or none was picked): nothing is highlighted
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        self.stack.setCurrentWidget(self.list if findings else self.empty)
        self.count_changed.emit(len(findings))

    def finding_at(self, row: int) -> Finding | None:
        item = self.list.item(row)
        return item.data(_FindingRole) if item is not None else None

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(_FindingRole)
        if finding is not None:
            self.finding_activated.emit(finding)


def _same_finding(picked: Finding, findings: list[Finding]) -> int | None:
    """The row of the problem ``picked`` in the new ``findings``: the same
    finding, or else the one finding about the same field with the same
    severity (its sentence may have changed, e.g. a count in it); None when
    it is gone (never another problem's row)."""
    for row, f in enumerate(findings):
        if f == picked:
            return row
    alike = [row for row, f in enumerate(findings)
             if (f.path, f.severity, f.not_printed) == (picked.path, picked.severity, picked.not_printed)]
    return alike[0] if len(alike) == 1 else None
