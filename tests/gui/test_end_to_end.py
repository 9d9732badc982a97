"""A staffer's evening, end to end, through the real window: open the example,
retype two names in Hebrew and Chinese with the keyboard, undo and redo,
save, reopen, export, and find the names in the file and the PDF."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from helpers.exporting import export_to
from briefer.storage import load_brief
from helpers import missing_words, pdf_text

HEBREW = "בנימין נתניהו"
CHINESE = "王毅"


def _keys(widget, text: str) -> None:
    """One key event per character (qtbot.keyClicks cannot type non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _retype(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    _keys(widget, text)
    widget.clearFocus()  # ends the typing step, as leaving the field does


def test_type_names_undo_redo_save_reopen_and_export(make_window, tmp_path):
    example = resources.files("briefer.resources").joinpath("examples", "kushner-netanyahu-2025-11-10.brief")
    path = tmp_path / "tonight.brief"
    path.write_bytes(example.read_bytes())

    w = make_window()
    assert w.files.open_path(str(path))
    w.show()
    w.show_section("participants")
    participants = w.editor("participants").list_editor
    names = [p.name for p in w.doc.brief.participants]
    netanyahu, advisor = names.index("Benjamin Netanyahu"), 1

    participants.focus_path(("participants", netanyahu, "name"))
    name_field = participants.fields["name"].editor
    _retype(name_field, HEBREW)
    assert w.doc.brief.participants[netanyahu].name == HEBREW
    assert name_field.text() == HEBREW and w.isWindowModified()

    participants.focus_path(("participants", advisor, "name"))
    _retype(participants.fields["name"].editor, CHINESE)
    assert w.doc.brief.participants[advisor].name == CHINESE

    # Each retyped name is one undo step, named in the Edit menu.
    assert "Name" in w.act_undo.text() or "name" in w.act_undo.text()
    w.act_undo.trigger()
    assert w.doc.brief.participants[advisor].name == names[advisor]
    w.act_undo.trigger()
    assert w.doc.brief.participants[netanyahu].name == "Benjamin Netanyahu"
    w.act_redo.trigger()
    w.act_redo.trigger()
    assert [w.doc.brief.participants[i].name for i in (netanyahu, advisor)] == [HEBREW, CHINESE]

    w.act_save.trigger()
    assert not w.isWindowModified()
    raw = path.read_text(encoding="utf-8")
    assert HEBREW in raw and CHINESE in raw  # written as themselves, not \\u escapes

    assert w.close()  # saved: closes without a question, releasing the lock
    again = make_window()
    assert again.files.open_path(str(path))
    assert again.prompter.asked == []  # no lock warning, no recovery offer
    assert [again.doc.brief.participants[i].name for i in (netanyahu, advisor)] == [HEBREW, CHINESE]
    reopened = load_brief(path).brief

    pdf = tmp_path / "tonight.pdf"
    export_to(reopened, pdf, "pdf")
    text = pdf_text(pdf)
    assert missing_words(HEBREW, text) == [] and missing_words(CHINESE, text) == []
