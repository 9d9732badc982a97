"""GUI tests: offscreen Qt, and every file the app writes in a temp folder.

The root ``user_folders`` fixture gives every test its own config, data and
home folders; ``QStandardPaths.setTestModeEnabled`` and ``QSettings.setPath``
put Qt's settings in that config folder.  Dialogs are never shown: tests answer through a
:class:`RecordingPrompter`, and a message box the test does not expect
fails it (:class:`MessageBoxes`).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import briefer.gui  # noqa: E402,F401  (pydantic before PySide6)
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from briefer.export.worker import WORKER  # noqa: E402
from helpers.message_boxes import MessageBoxes  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def dialogs_fit_the_screen(qapp):
    """As in the app (``make_application``): every dialog fits its screen
    when shown."""
    from briefer.gui.fit import fit_dialogs_on_show

    fit_dialogs_on_show(qapp)


@pytest.fixture(scope="session", autouse=True)
def preview_worker_ends_with_the_session():
    """The windows' preview worker process (started by every main window)
    ends with the test session, as it ends with the app in ``run_app``."""
    yield
    WORKER.shutdown()


@pytest.fixture(autouse=True)
def qt_settings_in_the_config_folder(user_folders):
    """Qt's own settings go to the test's config folder (the root
    ``user_folders`` fixture), never the real home."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Briefer")
    QCoreApplication.setApplicationName("Briefer-tests")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(user_folders.config))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(user_folders.config))
    QSettings().clear()


@pytest.fixture(autouse=True)
def fresh_spell_service(qt_settings_in_the_config_folder):
    """Each test's spell checker reads that test's settings and word list."""
    from briefer.gui.spellcheck import reset_spell_service

    reset_spell_service()
    yield
    reset_spell_service()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """A message box fails the test unless the test expects it
    (``message_boxes.expect(...)``); none ever blocks."""
    boxes = MessageBoxes()
    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, boxes.static(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec_box(box))
    yield boxes
    problems = boxes.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --------------------------------------------------------------------------
# The main window, with every question answered by the test
# --------------------------------------------------------------------------

from briefer.gui.files import Prompter  # noqa: E402


class RecordingPrompter(Prompter):
    """Answers from ``answers`` (a dict the test fills) and records every question."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: list[tuple] = []
        self.answers: dict[str, object] = {
            "save_changes": "cancel",
            "open_locked": False,
            "restore": "later",
            "restore_at_start": "later",  # or a list, one answer per question
            "revert": True,
            "open_path": None,
            "save_path": None,
            "template": None,
            "stop_export": True,
            "export_with_errors": False,
            "replace_read_only": False,
        }

    def ask_save_changes(self, name):
        self.asked.append(("save_changes", name))
        return self.answers["save_changes"]

    def ask_open_locked(self, name, holder):
        self.asked.append(("open_locked", name, holder))
        return self.answers["open_locked"]

    def confirm_export_with_errors(self, problems):
        self.asked.append(("export_with_errors", problems))
        return self.answers["export_with_errors"]

    def confirm_stop_export(self):
        self.asked.append(("stop_export",))
        return self.answers["stop_export"]

    def ask_restore(self, name, saved_at):
        self.asked.append(("restore", name))
        return self.answers["restore"]

    def ask_restore_at_start(self, name, saved_at, file_path, **_how):
        self.asked.append(("restore_at_start", name, file_path))
        answer = self.answers["restore_at_start"]
        return answer.pop(0) if isinstance(answer, list) else answer

    def confirm_revert(self, name):
        self.asked.append(("revert", name))
        return self.answers["revert"]

    def confirm_replace_read_only(self, name):
        self.asked.append(("replace_read_only", name))
        return self.answers["replace_read_only"]

    def error(self, title, text, detail=""):
        self.asked.append(("error", title, text, detail))

    def ask_open_path(self, folder):
        self.asked.append(("open_path", folder))
        return self.answers["open_path"]

    def ask_save_path(self, suggested):
        self.asked.append(("save_path", suggested))
        return self.answers["save_path"]

    def choose_template(self, names, titles):
        self.asked.append(("template", names))
        return self.answers["template"]

    def kinds(self):
        return [a[0] for a in self.asked]


@pytest.fixture
def make_window(qtbot):
    """``make_window(**kwargs)`` → a shown MainWindow with a RecordingPrompter
    (``window.prompter``); closed without questions at teardown."""
    from briefer.gui.main_window import MainWindow

    windows = []

    def make(**kwargs):
        prompter = RecordingPrompter()
        window = MainWindow(prompter=prompter, **kwargs)
        prompter.parent = window
        window.prompter = prompter
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.files.doc is not None:
            window.files.doc.undo_stack.setClean()
        window.preview.shutdown()
        window.exports.runner.cancel()
        window.close()


@pytest.fixture
def example_window(make_window):
    window = make_window()
    window.files.open_example()
    window.resize(1400, 900)
    window.show()
    return window
