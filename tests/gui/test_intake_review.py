"""The review dialog and the intake commands: accept, edit, reject, and the
whole draft as one undo step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from briefer.gui.intake_review import IntakeReviewDialog, SourceTextDialog
from briefer.intake import Kind, draft_from_text
from tests.intake.test_word_import import make_word_brief

SEED = Path(__file__).parent.parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"


@pytest.fixture
def draft():
    return draft_from_text(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def dialog(qtbot, draft):
    d = IntakeReviewDialog(draft)
    qtbot.addWidget(d)
    return d


def _row(dialog: IntakeReviewDialog, kind: Kind, n: int = 0) -> int:
    rows = [i for i, p in enumerate(dialog.draft.proposals) if p.kind is kind]
    return rows[n]


def test_everything_is_proposed_ticked(dialog, draft) -> None:
    assert dialog.proposal_list.count() == len(draft.proposals)
    assert dialog.accepted_proposals() == draft.proposals


def test_selecting_a_proposal_highlights_its_sentence(dialog) -> None:
    dialog.proposal_list.setCurrentRow(_row(dialog, Kind.RISK, 1))
    assert dialog.highlighted_text().startswith("Gaza residents report that shootings and air strikes persist")
    dialog.proposal_list.setCurrentRow(_row(dialog, Kind.PARTICIPANT, 1))
    assert dialog.highlighted_text() == "Israeli Prime Minister Benjamin Netanyahu"
    assert dialog.editor.toPlainText() == "Benjamin Netanyahu"


def test_edit_reject_and_accept(dialog) -> None:
    row = _row(dialog, Kind.RISK)
    dialog.proposal_list.setCurrentRow(row)
    dialog.editor.setPlainText("Hamas refuses to give up its weapons")
    dialog.proposal_list.item(_row(dialog, Kind.STAKEHOLDER)).setCheckState(Qt.CheckState.Unchecked)
    accepted = dialog.accepted_proposals()
    assert [p.text for p in accepted if p.kind is Kind.RISK][0] == "Hamas refuses to give up its weapons"
    assert not [p for p in accepted if p.kind is Kind.STAKEHOLDER]
    assert "Risk: Hamas refuses to give up its weapons" in dialog.proposal_list.item(row).text()


def test_an_emptied_text_is_refused_and_the_last_good_one_kept(dialog) -> None:
    dialog.proposal_list.setCurrentRow(_row(dialog, Kind.RISK))
    before = dialog.accepted_proposals()
    dialog.editor.setPlainText("   ")
    assert "must not be empty" in dialog.edit_problem.text()
    assert dialog.accepted_proposals() == before


def test_reject_all_and_accept_all(dialog, draft) -> None:
    dialog.reject_all_button.click()
    assert dialog.accepted_proposals() == []
    dialog.accept_all_button.click()
    assert dialog.accepted_proposals() == draft.proposals


# --------------------------------------------------------------------------
# The commands in the main window


def _drive(monkeypatch, choose) -> None:
    """Answer the paste dialog with the seed article and let ``choose``
    work the real review dialog before OK."""

    def ask_text(self):
        return SEED.read_text(encoding="utf-8"), {"source_name": SEED.name}

    def exec_review(self):
        choose(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("briefer.gui.intake_actions.IntakeActions.ask_text", ask_text)
    monkeypatch.setattr(IntakeReviewDialog, "exec", exec_review)


def test_add_from_text_is_one_undo_step(make_window, monkeypatch) -> None:
    window = make_window()
    window.files.new_blank()
    doc = window.doc
    doc.set_value(("title",), "Gaza cease-fire", step="Edit Title")
    before = doc.brief.model_copy(deep=True)

    def choose(dialog):
        dialog.set_accepted(_row(dialog, Kind.STAKEHOLDER), False)
        dialog.proposal_list.setCurrentRow(_row(dialog, Kind.RISK))
        dialog.editor.setPlainText("Hamas refuses to give up its weapons")

    _drive(monkeypatch, choose)
    assert window.intake.add_from_text()
    brief = window.doc.brief
    assert brief.title == "Gaza cease-fire"  # a title the user set is kept
    assert [r.risk for r in brief.risks][0] == "Hamas refuses to give up its weapons"
    assert [p.name for p in brief.participants] == ["Jared Kushner", "Benjamin Netanyahu"]
    assert brief.stakeholders == []
    assert brief.sources[0].publisher == "Dalena Reporters"
    assert doc.undo_stack.undoText() == "Add from Text"
    doc.undo_stack.undo()
    assert window.doc.brief == before
    doc.undo_stack.redo()
    assert len(window.doc.brief.risks) == 2


def test_rejecting_everything_changes_nothing(make_window, monkeypatch) -> None:
    window = make_window()
    window.files.new_blank()
    count = window.doc.undo_stack.count()
    _drive(monkeypatch, lambda dialog: dialog.reject_all())
    assert not window.intake.add_from_text()
    assert window.doc.undo_stack.count() == count


def test_new_brief_from_text(make_window, monkeypatch) -> None:
    window = make_window()
    _drive(monkeypatch, lambda dialog: None)
    assert window.intake.new_from_text()
    assert window.doc.brief.title == "Kushner–Netanyahu meeting, 10 November 2025"
    assert len(window.doc.brief.open_issues) == 3


def test_import_word_brief_shows_the_report_then_opens(make_window, monkeypatch, tmp_path, message_boxes) -> None:
    path = tmp_path / "visit.docx"
    make_word_brief(path)
    window = make_window()
    monkeypatch.setattr(window.intake, "ask_word_file", lambda: str(path))
    message_boxes.expect("box", "table (Name, Position, Organisation) → Participants (3)", answer=QMessageBox.StandardButton.Open)
    assert window.intake.import_word()
    assert window.doc.brief.title == "Visit of the Trade Minister of Ruritania"
    assert window.doc.undo_stack.undoText() == "Import Word Brief"


def test_cancelling_the_import_report_opens_nothing(make_window, monkeypatch, tmp_path, message_boxes) -> None:
    path = tmp_path / "visit.docx"
    make_word_brief(path)
    window = make_window()
    window.files.new_blank()
    doc = window.doc
    monkeypatch.setattr(window.intake, "ask_word_file", lambda: str(path))
    message_boxes.expect("box", "Participants (3)", answer=QMessageBox.StandardButton.Cancel)
    assert not window.intake.import_word()
    assert window.doc is doc and not doc.brief.participants


def test_a_hostile_word_file_is_refused_with_a_message(make_window, monkeypatch, tmp_path, message_boxes) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("not a Word file")
    window = make_window()
    window.files.new_blank()
    monkeypatch.setattr(window.intake, "ask_word_file", lambda: str(path))
    message_boxes.expect("warning", "fake.docx: It is not a .docx file")
    assert not window.intake.import_word()


def test_the_menus_offer_the_commands(make_window) -> None:
    window = make_window()
    names = {a.objectName() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
             for a in menu.actions()}
    assert {"actNewFromText", "actImportWord", "actAddFromText"} <= names


def test_the_menus_do_not_load_dateparser_or_python_docx() -> None:
    # The intake's front door imports them on first use: the first window
    # must not wait a quarter of a second for each.
    code = (
        "import sys, briefer.gui, briefer.gui.main_window\n"
        "print(sorted(m for m in ('dateparser', 'docx') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_empty_text_says_so_and_changes_nothing(make_window, monkeypatch, message_boxes) -> None:
    window = make_window()
    window.files.new_blank()
    count = window.doc.undo_stack.count()
    monkeypatch.setattr(window.intake, "ask_text", lambda: ("   ", {}))
    message_boxes.expect("warning", "The text is empty")
    assert not window.intake.add_from_text()
    assert window.doc.undo_stack.count() == count


def test_the_paste_dialog_reads_an_email(qtbot, tmp_path) -> None:
    mail = tmp_path / "readout.eml"
    mail.write_bytes(
        b"From: Embassy Desk <desk@example.org>\r\nSubject: Read-out\r\nDate: Tue, 03 Mar 2026 10:00:00 +0000\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nThe ministers met yesterday.\r\n"
    )
    dialog = SourceTextDialog()
    qtbot.addWidget(dialog)
    assert dialog.load_file(str(mail))
    assert dialog.text().startswith("The ministers met yesterday.")
    assert (dialog.source.title, dialog.source_name) == ("Read-out", "readout.eml")


def test_the_paste_dialog_refuses_a_binary_file(qtbot, tmp_path, message_boxes) -> None:
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    dialog = SourceTextDialog()
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("kept")
    message_boxes.expect("warning", "photo.txt: is not a text file")
    assert not dialog.load_file(str(bad))
    assert dialog.text() == "kept"
