"""The guard in conftest.py: a message box nobody expected fails the test."""

from __future__ import annotations

from helpers.message_boxes import MessageBoxes
from PySide6.QtWidgets import QMessageBox

from briefer.gui.files import Prompter


def test_an_unexpected_box_is_a_problem_that_names_its_title_and_text():
    boxes = MessageBoxes()
    warning = boxes.static("warning").__func__  # what QMessageBox.warning becomes
    answer = warning(None, "Disk full", "Nothing was saved.")
    assert answer == QMessageBox.StandardButton.Ok
    assert boxes.problems() == ["unexpected warning message box 'Disk full': 'Nothing was saved.'"]


def test_an_expected_box_that_never_shows_is_a_problem():
    boxes = MessageBoxes()
    boxes.expect("critical", "Export failed")
    assert boxes.problems() == ["expected critical message box containing 'Export failed' was never shown"]


def test_a_built_box_is_answered_with_the_button_the_test_names(qtbot, message_boxes):
    prompter = Prompter(None)
    message_boxes.expect("box", "already open", answer="Open anyway")
    assert prompter.ask_open_locked("a.brief", "open on another computer") is True
    message_boxes.expect("box", "already open")
    assert prompter.ask_open_locked("a.brief", "open on another computer") is False
    message_boxes.expect("box", "Unsaved changes", answer=QMessageBox.StandardButton.Discard)
    assert prompter.ask_save_changes("a.brief") == "discard"
    assert [kind for kind, _, _ in message_boxes.shown] == ["box", "box", "box"]
