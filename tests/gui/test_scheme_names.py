"""Scheme names in what the user reads are the schemes' display names
(walk-through A, item 4): a problem said "names no level of the uk marking
scheme".  Typed key by key into the brief's Marking field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.checks import check_brief
from briefer.model import Brief
from briefer.templates.markings import SCHEMES


def test_a_marking_that_names_no_level_is_reported_with_the_scheme_s_display_name(example_window, qtbot):
    w = example_window
    w.show_section("overview")
    marking = w.editor("overview").fields[("marking",)].editor
    line = marking.lineEdit() if hasattr(marking, "lineEdit") else marking
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "CALL/2026/7")
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert w.doc.brief.marking == "CALL/2026/7"

    def texts():
        return [w.problems.list.item(i).text() for i in range(w.problems.list.count())]

    qtbot.waitUntil(lambda: any("CALL/2026/7" in t for t in texts()), timeout=3000)
    (text,) = [t for t in texts() if "CALL/2026/7" in t]
    assert "the UK marking scheme" in text and " uk " not in text
    # A row's Marking chip says it too.
    from briefer.gui.editors.marking import MarkingDelegate

    assert "the UK scheme" in MarkingDelegate(w.doc).chip("SEKRET")[2]


def test_every_message_naming_a_scheme_uses_its_display_name():
    names = {key: scheme.name for key, scheme in SCHEMES.items()}
    assert names == {"uk": "UK", "us": "US", "nato": "NATO", "corporate": "Corporate"}
    for template, key in (("bilateral", "uk"),):
        brief = Brief(title="t", marking="SEKRET", layout={"template": template})
        (finding,) = [f for f in check_brief(brief) if "names no level" in f.message]
        assert f"the {names[key]} marking scheme" in finding.message
