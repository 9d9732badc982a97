"""GUI tests: offscreen Qt, and every file the app writes in a temp folder.

``QStandardPaths.setTestModeEnabled`` and ``QSettings.setPath`` keep Qt's
settings away from the real home; ``BRIEFER_DATA_DIR`` does the same for
untitled autosaves.  Dialogs are never shown: tests answer through a
:class:`RecordingPrompter` and monkeypatched ``QMessageBox``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import briefer.gui  # noqa: E402,F401  (pydantic before PySide6)
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path, monkeypatch):
    data = tmp_path / "data"
    cache = tmp_path / "cache"
    conf = tmp_path / "config"
    for d in (data, cache, conf):
        d.mkdir()
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(cache))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("Briefer")
    QCoreApplication.setApplicationName("Briefer-tests")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(conf))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(conf))
    QSettings().clear()
    yield tmp_path


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A test that forgets to answer a message box fails instead of hanging."""
    calls = []

    def record(kind):
        def fake(*args, **kwargs):
            calls.append((kind, args))
            return QMessageBox.StandardButton.Cancel if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(fake)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "about", record("about"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (calls.append(("exec", self.text())), 0)[1])
    return calls
