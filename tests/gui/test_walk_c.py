"""What a reviewer found driving the app at 1366×768 (issue 13, part C):
the recovery dialog's date, window names, cascading, shortcut names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from briefer.gui.files import Prompter


def test_the_recovery_question_writes_dates_as_the_rest_of_the_app(qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    message_boxes.expect("box", "not saved", answer="Later")
    assert Prompter(parent).ask_restore("call.brief", dt.datetime(2026, 12, 2, 9, 5)) == "later"
    (_kind, _title, text), = message_boxes.shown
    assert "(autosaved 09:05 on 2 Dec 2026)" in text
