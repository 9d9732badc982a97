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


_TYPE_A_DATE = r"""
import json, sys
import briefer.gui
from PySide6.QtCore import QSettings, Qt
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[1])
from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest
from briefer.gui.app import make_application
from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.model import Brief
app = make_application([])
page = create_editor("meeting", EditSession(Brief.model_validate({"title": "T", "meeting": {"date": "2025-11-10"}})))
page.resize(900, 800)
page.show()
app.processEvents()
field = page.fields[("meeting", "date")]
shown = field.editor.text()
field.editor.setFocus()
QTest.keyClick(field.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(field.editor, "10/12/2026")
understood = field.understood.text()
QTest.keyClick(field.editor, Qt.Key.Key_Tab)
app.processEvents()
print(json.dumps({"locale": QLocale().name(), "shown": shown, "understood": understood,
                  "stored": str(page.doc.brief.meeting.date)}, ensure_ascii=False))
"""


def _type_a_date_at_start(user_folders, system: str) -> dict:
    """A new Briefer process on a system in ``system`` (its LANG): the
    meeting date it shows, and what ``10/12/2026`` typed key by key means."""
    folder = user_folders.config / "Briefer"
    shutil.copy(folder / "Briefer-tests.conf", folder / "Briefer.conf")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=f"{system}.UTF-8", LC_ALL=f"{system}.UTF-8", LANGUAGE="")
    out = subprocess.run([sys.executable, "-c", _TYPE_A_DATE, str(user_folders.config)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_english_on_a_british_system_keeps_dates_day_first(make_window, message_boxes, user_folders):
    """The review: choosing English on a UK system turned dates American and
    ``10/12/2026`` became 12 October."""
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "en", message_boxes)
    shown = _type_a_date_at_start(user_folders, "en_GB")
    assert shown["locale"] == "en_GB"
    assert shown["shown"] == "10 Nov 2025"
    assert "10 December 2026" in shown["understood"], shown
    assert shown["stored"] == "2026-12-10"


def test_english_on_a_german_system_is_british_english(make_window, message_boxes, user_folders):
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "en", message_boxes)
    shown = _type_a_date_at_start(user_folders, "de_DE")
    assert shown["locale"] == "en_GB"
    assert shown["stored"] == "2026-12-10"


def test_english_on_an_american_system_stays_american(make_window, message_boxes, user_folders):
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "en", message_boxes)
    shown = _type_a_date_at_start(user_folders, "en_US")
    assert shown["shown"] == "Nov 10, 2025"
    assert shown["stored"] == "2026-10-12"


def test_french_on_a_canadian_system_keeps_its_region(make_window, message_boxes, user_folders):
    window = make_window()
    window.files.new_blank()
    _choose_language(window, "fr", message_boxes)
    assert _type_a_date_at_start(user_folders, "fr_CA")["locale"] == "fr_CA"
    assert _type_a_date_at_start(user_folders, "de_DE")["locale"] == "fr_FR"
