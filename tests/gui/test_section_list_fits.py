"""The section list at 1366×768 (second review of issue 13): in French and
Arabic every section's name shows whole beside its count and warning icon
(« Questions et rép… » and « Questions en… » could not be told apart), and
its tooltip gives the full name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from helpers.interface import interface_language


@pytest.fixture(params=["fr_FR", "ar", "en_GB"])
def language(request, qapp):
    with interface_language(qapp, request.param):
        yield request.param


def test_every_section_name_shows_whole_at_1366x768(make_window, qtbot, language):
    window = make_window()
    window.files.open_example()
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    QApplication.processEvents()
    view = window.section_list
    fm = view.fontMetrics()
    badges = fm.horizontalAdvance("00") + fm.height() // 3 + fm.height() + fm.height() // 3  # a count and a ⚠
    cut = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        label = index.data()
        need = fm.horizontalAdvance(label) + badges + fm.height()
        if view.visualRect(index).width() < need:
            cut.append(f"{label}: {view.visualRect(index).width()} < {need}")
        if label not in (index.data(Qt.ItemDataRole.ToolTipRole) or ""):
            cut.append(f"{label}: not in its tooltip")
    assert not cut, cut
