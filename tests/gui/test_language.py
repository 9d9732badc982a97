"""The interface language (issue 13): View ▸ Language stores the choice,
and the next start is in that language; Arabic is right to left."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

_FRESH_START = r"""
import json, sys
import briefer.gui
from PySide6.QtCore import QSettings, Qt
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[1])
from briefer.export.worker import WORKER
from briefer.gui.app import make_application
from briefer.gui.main_window import MainWindow
app = make_application([])
w = MainWindow(render=lambda brief, cancelled=None: b"")
w.files.new_blank()
w.show()
app.processEvents()
problems = w.problems.list
print(json.dumps({
    "rtl": w.layoutDirection() == Qt.LayoutDirection.RightToLeft and w.isRightToLeft(),
    "menus": [a.text() for a in w.menuBar().actions()],
    "sections": [w.section_list.model().index(r, 0).data() for r in range(3)],
    "problems": [problems.item(r).text() for r in range(problems.count())][:2],
}, ensure_ascii=False))
w.files.doc.undo_stack.setClean()
w.close()
WORKER.shutdown()
"""


def _start_fresh(user_folders, tmp_path) -> dict:
    """A new Briefer process with this test's settings (as the app names them)."""
    folder = user_folders.config / "Briefer"
    shutil.copy(folder / "Briefer-tests.conf", folder / "Briefer.conf")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _FRESH_START, str(user_folders.config)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _choose_language(window, tag, message_boxes):
    message_boxes.expect("information", "next time it starts")
    menu = window.findChild(object, "languageMenu")
    action = next(a for a in menu.actions() if a.objectName() == f"actLanguage-{tag}")
    action.trigger()
    QSettings().sync()


def test_switching_to_arabic_gives_a_right_to_left_window_with_arabic_menus(make_window, message_boxes, user_folders,
                                                                             tmp_path):
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "ar", message_boxes)
    assert QSettings().value("ui/language") == "ar"
    assert window.findChild(QAction, "actLanguage-ar").isChecked()
    shown = _start_fresh(user_folders, tmp_path)
    assert shown["rtl"]
    assert {"&ملف", "&تحرير", "&عرض", "م&ساعدة"} <= set(shown["menus"])
    assert shown["menus"][0] == "&ملف"
    assert shown["sections"][:2] == ["نظرة عامة", "الاجتماع"]
    assert any("الملخص" in p for p in shown["problems"]), shown["problems"]


def test_french_and_back_to_the_system_language(make_window, message_boxes, user_folders, tmp_path):
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "fr", message_boxes)
    shown = _start_fresh(user_folders, tmp_path)
    assert not shown["rtl"]
    assert {"&Fichier", "É&dition", "&Affichage", "&Aide"} <= set(shown["menus"])
    message_boxes.expect("information", "next time it starts")
    window.findChild(QAction, "actLanguage-en").trigger()
    QSettings().sync()
    shown = _start_fresh(user_folders, tmp_path)
    assert {"&File", "&Edit", "&View", "&Help"} <= set(shown["menus"])
