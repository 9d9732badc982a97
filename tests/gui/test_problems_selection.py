"""The problems panel keeps the problem the user picked highlighted when the
list of problems changes, and highlights nothing when that problem is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefer.checks import Finding
from briefer.gui.problems import ProblemsPanel

A = Finding(("title",), "error", "The brief has no title: type one.")
B = Finding(("summary",), "warning", "The summary is empty.")
C = Finding(("participants",), "warning", "No participants: add who attends.")
D = Finding(("risks",), "warning", "No risks listed.")


def _panel(qtbot, findings):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    panel.set_findings(findings)
    return panel


def _click(qtbot, panel, row):
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _highlighted(panel):
    return [item.data(Qt.ItemDataRole.UserRole + 10) for item in panel.list.selectedItems()]


def test_the_problem_picked_stays_highlighted_when_one_above_it_goes(qtbot):
    panel = _panel(qtbot, [A, B, C])
    _click(qtbot, panel, 2)
    assert _highlighted(panel) == [C]
    panel.set_findings([B, C, D])  # A fixed: C moves up a row
    assert _highlighted(panel) == [C]
    assert panel.finding_at(panel.list.currentRow()) == C


def test_nothing_is_highlighted_when_the_problem_picked_is_fixed(qtbot):
    panel = _panel(qtbot, [A, B, C])
    _click(qtbot, panel, 1)
    assert _highlighted(panel) == [B]
    panel.set_findings([A, C, D])  # B fixed: row 1 now holds C, never picked
    assert _highlighted(panel) == []


def test_a_problem_whose_sentence_changed_stays_highlighted(qtbot):
    panel = _panel(qtbot, [A, B])
    _click(qtbot, panel, 1)
    reworded = Finding(B.path, B.severity, "The summary is still empty.")
    panel.set_findings([D, A, reworded])
    assert _highlighted(panel) == [reworded]
