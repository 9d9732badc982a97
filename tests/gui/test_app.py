"""The main window as a user meets it: the example, the title, the section
list, undo/redo from the Edit menu, the problems panel, About, startup."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from briefer.gui.section_list import CountRole, ErrorsRole, WarningsRole
from briefer.model import Brief
from briefer.storage import save_brief

EXAMPLE = "kushner-netanyahu-2025-11-10.brief"


def row_data(window, key, role):
    model = window.section_list.section_model
    return model.index(model.row_of(key)).data(role)


def test_example_opens_as_an_untitled_copy(example_window):
    w = example_window
    assert w.files.path is None  # Save must ask where: the package file is never written
    title = w.windowTitle()
    assert title.startswith("Untitled[*]") and title.endswith("— Briefer")  # not the package file's name
    assert EXAMPLE not in title and ".brief" not in title
    assert not w.isWindowModified()
    brief = w.doc.brief
    assert row_data(w, "participants", CountRole) == len(brief.participants) > 0
    assert row_data(w, "risks", CountRole) == len(brief.risks) > 0
    assert row_data(w, "overview", CountRole) is None
    assert w.current_section() == "overview"


def test_save_of_the_example_asks_for_a_path_and_leaves_the_package_file(example_window, tmp_path):
    package_file = resources.files("briefer.resources").joinpath("examples", EXAMPLE)
    before = package_file.read_bytes()
    w = example_window
    w.doc.set_value(("title",), "My copy of the example")
    target = tmp_path / "mine.brief"
    w.prompter.answers["save_path"] = str(target)
    w.act_save.trigger()
    assert w.prompter.asked[0][0] == "save_path" and w.prompter.asked[0][1].endswith(EXAMPLE)
    assert target.exists() and "My copy of the example" in target.read_text("utf-8")
    assert package_file.read_bytes() == before
    assert w.files.path == str(target) and "mine.brief" in w.windowTitle()


def test_undo_and_redo_through_the_edit_menu(example_window):
    w = example_window
    original = w.doc.brief.title
    assert not w.act_undo.isEnabled()
    w.doc.set_value(("title",), "Another title", label="title")
    assert w.isWindowModified()
    assert "title" in w.act_undo.text()  # the menu names the step
    w.act_undo.trigger()
    assert w.doc.brief.title == original and not w.isWindowModified()
    w.act_redo.trigger()
    assert w.doc.brief.title == "Another title" and w.isWindowModified()


def test_row_counts_follow_structural_edits(example_window):
    w = example_window
    n = len(w.doc.brief.risks)
    w.doc.remove_items(("risks",), [0])
    w.run_checks()
    assert row_data(w, "risks", CountRole) == n - 1
    w.act_undo.trigger()
    w.run_checks()
    assert row_data(w, "risks", CountRole) == n


class RecordingEditor(QWidget):
    def __init__(self, key, log):
        super().__init__()
        self.key, self.log = key, log

    def focus_path(self, path):
        self.log.append((self.key, path))
        return True


def test_problems_panel_lists_findings_and_a_click_goes_to_the_field(make_window, qtbot):
    focused = []
    w = make_window(editor_factory=lambda key, doc, parent=None: RecordingEditor(key, focused))
    w.files.open_example()
    w.doc.replace_brief(Brief(title="Broken", risks=[{"risk": "Talks collapse"}]), "broken")
    w.show()
    w.run_checks()
    findings = w.problems.findings
    paths = [f.path for f in findings]
    assert ("summary",) in paths and ("risks", 0, "owner") in paths and ("meeting", "date") in paths
    assert row_data(w, "risks", WarningsRole) == 2
    assert row_data(w, "overview", ErrorsRole) == 1
    row = paths.index(("risks", 0, "owner"))
    lst = w.problems.list
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_section() == "risks"
    assert ("risks", ("risks", 0, "owner")) in focused


def test_problems_panel_is_empty_for_a_ready_brief(make_window):
    w = make_window()
    w.files.open_example()
    ready = Brief.model_validate(
        {"title": "Ready", "summary": "x", "marking": "OFFICIAL", "prepared_for": "Minister", "meeting": {"date": "2025-11-10", "location": "Rome"},
         "participants": [{"name": "A", "title": "B"}]}
    )
    w.doc.replace_brief(ready, "ready")
    assert w.run_checks() == []
    assert w.problems.stack.currentWidget() is w.problems.empty


def test_dropping_a_brief_opens_it(make_window, tmp_path, qtbot):
    window = make_window()
    window.files.new_blank()
    window.show()
    path = tmp_path / "dropped.brief"
    save_brief(path, Brief(title="Dropped brief"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.files.path == str(path), timeout=2000)  # the blank brief made way
    assert window.doc.brief.title == "Dropped brief"


def test_new_blank_brief_has_a_title(make_window):
    w = make_window()
    w.act_new.trigger()
    assert w.doc.brief.title == "Untitled brief"
    assert w.files.path is None and "Untitled" in w.windowTitle()


def test_new_from_template_uses_the_chosen_template(make_window):
    from briefer.templates import builtin_templates

    w = make_window()
    name = sorted(builtin_templates())[0]
    w.prompter.answers["template"] = name
    w.act_new_template.trigger()
    assert w.doc.brief.layout.template == name


def test_about_names_version_and_licences(example_window, message_boxes):
    from briefer import __version__
    from briefer.gui.about import about_html

    text = about_html()
    for needle in (__version__, "LGPL", "reportlab", "BSD", "python-docx", "pydantic", "SIL Open Font", "Noto Sans Arabic", "Heebo"):
        assert needle in text
    example_window.act_about.trigger()
    dialog = example_window._about_dialog
    assert dialog.isVisible() and "Briefer" in dialog.windowTitle() and __version__ in dialog.text.toPlainText()
    dialog.close()


def test_standard_shortcuts(example_window):
    from PySide6.QtGui import QKeySequence

    w = example_window
    assert w.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert w.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert w.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not w.act_save_as.shortcut().isEmpty()


def test_window_layout_is_remembered(make_window):
    w = make_window()
    w.files.new_blank()
    w.resize(760, 700)  # within the 800×800 offscreen screen, which clamps restored geometry
    w.show()
    w.splitter.setSizes([100, 350, 300])
    sizes = w.splitter.sizes()
    w.problems_dock.hide()
    w.close()
    w2 = make_window()
    w2.files.new_blank()
    w2.show()
    assert w2.size() == w.size()
    assert w2.splitter.sizes() == sizes
    assert w2.problems_dock.isHidden()


def test_startup_does_not_load_the_pdf_and_word_writers(tmp_path):
    code = (
        "import sys, briefer.gui\n"
        "from briefer.gui.app import make_application, open_window\n"
        "app = make_application()\n"
        "w = open_window(example=True)\n"
        "print(sorted(m for m in ('reportlab', 'docx') if m in sys.modules))\n"  # the first preview loads them later
        "app.processEvents()\n"
        "w.preview.shutdown(); w.files.doc.undo_stack.setClean(); w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFER_DATA_DIR=str(tmp_path), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _crashed_untitled_session(title):
    """An untitled brief's autosave left by a session that died."""
    import uuid

    from briefer.model import Brief
    from briefer.storage import write_autosave

    write_autosave(Brief(title=title), None, uuid.uuid4().hex)


def test_recovery_is_offered_when_started_with_the_example(make_window):
    from briefer.gui.app import offer_recoveries_at_start

    _crashed_untitled_session("Notes typed before the crash")
    w = make_window()
    w.files.open_example()
    example_title = w.doc.brief.title
    w.prompter.answers["restore_at_start"] = "restore"
    others = []

    def new_window():
        other = make_window()
        others.append(other)
        return other

    w.window_factory = new_window
    offer_recoveries_at_start(w)
    # The example is being read: the restored work comes in a window of its own.
    assert w.doc.brief.title == example_title and w.files.showing_example
    assert [o.doc.brief.title for o in others] == ["Notes typed before the crash"]


def test_recovery_opens_beside_a_file_the_user_opened(make_window, tmp_path):
    from briefer.gui.app import offer_recoveries_at_start
    from briefer.model import Brief
    from briefer.storage import save_brief

    _crashed_untitled_session("Notes typed before the crash")
    path = tmp_path / "tonight.brief"
    save_brief(path, Brief(title="Tonight"))
    w = make_window()
    assert w.files.open_path(str(path))
    w.prompter.answers["restore_at_start"] = "restore"
    others = []

    def new_window():
        other = make_window()
        others.append(other)
        return other

    w.window_factory = new_window
    offer_recoveries_at_start(w)
    assert w.doc.brief.title == "Tonight"  # the opened file is not replaced
    assert [o.doc.brief.title for o in others] == ["Notes typed before the crash"]


def test_about_twice_raises_the_open_box_instead_of_a_second_one(example_window, qtbot):
    from briefer.gui.about import AboutDialog

    example_window.act_about.trigger()
    first = example_window._about_dialog
    example_window.act_about.trigger()
    shown = [d for d in example_window.findChildren(AboutDialog) if d.isVisible()]
    assert shown == [first]
    first.close()  # deletes itself; About opens a fresh one afterwards
    qtbot.waitUntil(lambda: not example_window.findChildren(AboutDialog))
    example_window.act_about.trigger()
    assert example_window._about_dialog.isVisible()
    example_window._about_dialog.close()
