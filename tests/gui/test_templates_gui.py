"""Templates in the app: the gallery (thumbnails, create, import, rename,
delete, export), Save as Template, the template editor with its preview,
the team folder setting, and exporting with a chosen template.

Every question is answered by :class:`RecordingTemplatePrompter`; no test
waits on a modal dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from briefer.gui.files import Prompter
from briefer.gui.template_gallery import TemplateGallery
from briefer.gui.template_prompter import TemplatePrompter
from briefer.templates import Template, TemplateLibrary, build_library, builtin_templates, template_from_bytes, template_to_bytes
from briefer.templates import user_templates
from briefer.templates import settings as template_settings


@pytest.fixture(autouse=True)
def template_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(tmp_path / "cache"))  # empty: thumbnails are rendered
    return tmp_path


def lib() -> TemplateLibrary:
    """The library as the app builds it (folders from the isolation fixture)."""
    return build_library()


def template_named(name: str) -> Template:
    return lib().get(name)


class RecordingTemplatePrompter(TemplatePrompter):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: list[tuple] = []
        self.answers: dict[str, object] = {
            "import_path": None,
            "export_path": None,
            "new_name": None,
            "delete": False,
            "overwrite": False,
            "team_folder": None,
        }

    def ask_import_path(self):
        self.asked.append(("import_path",))
        return self.answers["import_path"]

    def ask_export_path(self, suggested):
        self.asked.append(("export_path", suggested))
        return self.answers["export_path"]

    def ask_new_name(self, current):
        self.asked.append(("new_name", current))
        return self.answers["new_name"]

    def confirm_delete(self, name):
        self.asked.append(("delete", name))
        return self.answers["delete"]

    def confirm_overwrite(self, name):
        self.asked.append(("overwrite", name))
        return self.answers["overwrite"]

    def ask_team_folder(self, current):
        self.asked.append(("team_folder", current))
        return self.answers["team_folder"]

    def error(self, title, text, detail=""):
        self.asked.append(("error", title, text, detail))

    def info(self, title, text):
        self.asked.append(("info", title, text))

    def kinds(self):
        return [a[0] for a in self.asked]


@pytest.fixture
def gallery(qtbot):
    made = []

    def make(**kwargs):
        prompter = RecordingTemplatePrompter()
        g = TemplateGallery(lib(), prompter=prompter, **kwargs)
        prompter.parent = g
        qtbot.addWidget(g)
        made.append(g)
        return g

    yield make
    for g in made:
        g.loader.shutdown()


def save_user(name: str, **layout) -> Path:
    return user_templates.save_user_template(lib(), Template(name=name, description=f"{name} description", layout=layout))


def test_gallery_lists_every_builtin_with_its_title_and_renders_thumbnails(gallery, qtbot, template_folders):
    g = gallery()
    builtins = builtin_templates()
    assert g.names()[: len(builtins)] == list(builtins)
    shown = [g.model.item(r).text() for r in range(g.model.rowCount())]
    assert shown[: len(builtins)] == [t.display_title for t in builtins.values()]
    assert g.view.viewMode() == g.view.ViewMode.IconMode
    g.select("press")
    assert g.title_label.text() == builtins["press"].display_title
    assert g.source_label.text() == "Built-in" and "defensive lines" in g.description_label.text()
    assert "Lines to take" in g.sections_label.text()
    assert not g.delete_button.isEnabled() and not g.rename_button.isEnabled()

    ready = []
    g.loader.ready.connect(lambda name, image: ready.append((name, image.width())))
    qtbot.waitUntil(lambda: len(ready) == len(g.entries), timeout=120000)  # six renders on a loaded machine
    assert {name for name, _ in ready} == set(g.names()) and all(w == 360 for _, w in ready)
    cached = list((template_folders / "cache" / "thumbnails").glob("*.png"))
    assert len(cached) == len(g.entries)  # the next gallery opens from the disk cache


def test_create_from_quick_gives_a_quick_brief(make_window, qtbot, monkeypatch):
    w = make_window()
    w.files.prompter = Prompter(w, w.library)  # the real prompter: it opens the gallery

    def pick_quick(self):
        assert self.select("quick")
        qtbot.mouseClick(self.create_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(TemplateGallery, "exec", pick_quick)
    w.act_new_template.trigger()
    assert w.doc.brief.layout.template == "quick"
    assert w.doc.brief.title == "Untitled brief"


def test_double_click_accepts_and_cancel_creates_nothing(make_window, monkeypatch):
    w = make_window()
    w.files.new_blank()
    before = w.doc
    w.files.prompter = Prompter(w, w.library)
    monkeypatch.setattr(TemplateGallery, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not w.files.new_from_template()
    assert w.doc is before


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\x00\x01 not json at all", "not a template Briefer can use"),
        (json.dumps({"format": "briefer-template", "version": 99, "template": {"name": "x"}}).encode(), "newer Briefer"),
        (json.dumps({"format": "briefer-brief", "version": 1, "brief": {"title": "x"}}).encode(), "brief, not a template"),
        (json.dumps({"format": "briefer-template", "version": 1, "template": {"name": "x", "layout": {"sections": ["nope"]}}}).encode(), "not a section"),
    ],
)
def test_a_bad_template_file_is_refused_with_a_message(gallery, tmp_path, content, words):
    bad = tmp_path / "shared.brieftemplate"
    bad.write_bytes(content)
    g = gallery()
    names = g.names()
    g.prompter.answers["import_path"] = str(bad)
    assert g.import_template() is None
    kind, title, text, _detail = g.prompter.asked[-1]
    assert kind == "error" and "shared.brieftemplate" in text and words in text
    assert g.names() == names and not any(template_settings.user_templates_dir().glob("*"))
    assert g.isEnabled()


def test_import_adds_the_template_and_a_clash_asks_to_replace(gallery, tmp_path):
    shared = tmp_path / "weekly.brieftemplate"
    shared.write_bytes(template_to_bytes(Template(name="Weekly call", layout={"page_size": "Letter"})))
    g = gallery()
    g.prompter.answers["import_path"] = str(shared)
    assert g.import_template() == "Weekly call"
    assert g.selected_name() == "Weekly call" and g.entry().source == "user"
    assert g.source_label.text() == "Your template" and g.delete_button.isEnabled()
    # the same name again: asked, refused, nothing changes
    shared.write_bytes(template_to_bytes(Template(name="Weekly call", layout={"page_size": "A4"})))
    assert g.import_template() is None and g.prompter.kinds()[-1] == "overwrite"
    assert template_named("Weekly call").layout.page_size == "Letter"
    g.prompter.answers["overwrite"] = True
    assert g.import_template() == "Weekly call"
    assert template_named("Weekly call").layout.page_size == "A4"


def test_import_says_what_of_a_word_reference_is_never_used(gallery, tmp_path):
    import base64
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("The office's own letter text")
    buf = io.BytesIO()
    word.save(buf)
    shared = tmp_path / "office.brieftemplate"
    layout = {"reference_docx": base64.b64encode(buf.getvalue()).decode()}
    shared.write_bytes(template_to_bytes(Template(name="Office", layout=layout)))
    g = gallery()
    g.prompter.answers["import_path"] = str(shared)
    assert g.import_template() == "Office"
    kind, _title, text = g.prompter.asked[-1]
    assert kind == "info" and "never used" in text and "the document's own text" in text


def test_export_writes_a_template_file_others_can_import(gallery, tmp_path):
    g = gallery()
    g.select("press")
    target = tmp_path / "out" / "press-office.brieftemplate"
    target.parent.mkdir()
    g.prompter.answers["export_path"] = str(target)
    assert g.export_template()
    assert template_from_bytes(target.read_bytes()).layout.section_titles["key_points"] == "Lines to take"


def test_save_as_template_then_the_gallery_lists_it(example_window, gallery, monkeypatch):
    w = example_window
    prompter = RecordingTemplatePrompter(w)
    w._template_prompter = prompter
    monkeypatch.setattr(w, "ask_template_details", lambda: ("Gaza round", "Cease-fire talks", False))
    w.act_save_template.trigger()
    assert prompter.asked == []
    saved = template_named("Gaza round")
    assert saved.description == "Cease-fire talks" and saved.layout.marking == "OFFICIAL-SENSITIVE"
    assert "summary" not in saved.skeleton  # structure only: no text of this meeting
    g = gallery()
    assert "Gaza round" in g.names() and g.entry("Gaza round").source == "user"

    # keep the standing text; the name is taken: asked, declined, then replaced
    monkeypatch.setattr(w, "ask_template_details", lambda: ("gaza ROUND", None, True))
    w.act_save_template.trigger()
    assert prompter.kinds() == ["overwrite"] and "summary" not in template_named("Gaza round").skeleton
    prompter.answers["overwrite"] = True
    assert w.save_as_template()
    assert template_named("gaza round").skeleton["summary"] == w.doc.brief.summary


def test_save_as_template_refuses_a_builtin_name(example_window, monkeypatch):
    w = example_window
    prompter = RecordingTemplatePrompter(w)
    w._template_prompter = prompter
    monkeypatch.setattr(w, "ask_template_details", lambda: ("Bilateral", None, False))
    assert not w.save_as_template()
    assert prompter.kinds() == ["error"] and "built-in" in prompter.asked[0][2]


def test_rename_and_delete_a_user_template(gallery):
    save_user("Weekly call")
    g = gallery(selected="Weekly call")
    assert g.rename_button.isEnabled()
    g.prompter.answers["new_name"] = "Monday call"
    assert g.rename_template()
    assert "Monday call" in g.names() and "Weekly call" not in g.names()
    assert g.selected_name() == "Monday call"
    assert not g.delete_template() and "Monday call" in g.names()  # not confirmed
    g.prompter.answers["delete"] = True
    assert g.delete_template()
    assert "Monday call" not in g.names() and not any(template_settings.user_templates_dir().glob("*.brieftemplate"))
    g.select("bilateral")
    assert not g.delete_template() and not g.rename_template()  # built-ins are never changed


def test_rename_to_a_taken_name_says_so(gallery):
    save_user("Weekly call")
    save_user("Monday call")
    g = gallery(selected="Weekly call")
    g.prompter.answers["new_name"] = "monday CALL"
    assert not g.rename_template()
    assert g.prompter.kinds()[-1] == "error" and "already have" in g.prompter.asked[-1][2]
    assert {"Weekly call", "Monday call"} <= set(g.names())


def test_editor_changes_a_section_title_and_the_saved_template_has_it(gallery, qtbot, monkeypatch):
    from briefer.gui.template_editor import TemplateEditor

    save_user("Weekly call", sections=["summary", "key_points", "risks"])

    def edit(self):
        self.set_section_title("key_points", "Messages to land")
        self.page_size.setCurrentIndex(self.page_size.findData("Letter"))
        self.style_combo.setCurrentIndex(self.style_combo.findData("chancery"))
        self.page_budget.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateEditor, "exec", edit)
    g = gallery(selected="Weekly call")
    assert g.edit_template()
    saved = template_from_bytes(next(template_settings.user_templates_dir().glob("*.brieftemplate")).read_bytes())
    assert saved.layout.section_titles == {"key_points": "Messages to land"}
    assert saved.layout.sections == ["summary", "key_points", "risks"]
    assert (saved.layout.page_size, saved.layout.style, saved.layout.page_budget) == ("Letter", "chancery", 3)
    assert saved.description == "Weekly call description"


def test_editor_sections_order_visibility_and_live_preview(qtbot):
    from briefer.gui.template_editor import TemplateEditor

    editor = TemplateEditor(template_named("press"), delay_ms=10)
    qtbot.addWidget(editor)
    assert editor.section_keys() == template_named("press").layout.sections
    editor.sections.setCurrentRow(1)  # key_points
    editor.move_current(-1)
    assert editor.section_keys()[:2] == ["key_points", "summary"]
    items = [editor.sections.item(i) for i in range(editor.sections.count())]
    questions = next(item for item in items if item.text() == "Defensive lines (only if asked)")
    questions.setCheckState(Qt.CheckState.Unchecked)
    editor.set_section_title("summary", "")  # blank goes back to the default
    editor.set_section_title("key_points", "Messages to land")
    template = editor.template()
    assert "questions" not in template.layout.sections
    assert template.layout.section_titles.get("summary") is None
    assert template.layout.section_titles["key_points"] == "Messages to land"

    with qtbot.waitSignal(editor.preview.rendered, timeout=20000):
        editor.preview.refresh_now()
    pdf = editor.preview.pdf_document()
    text = "".join(pdf.getAllText(p).text() for p in range(pdf.pageCount()))
    assert "Messages to land" in text and "Defensive lines" not in text
    editor.done(0)


def test_editor_sets_the_compact_who_s_who_and_the_decisions_lead(qtbot):
    from briefer.gui.template_editor import TemplateEditor

    editor = TemplateEditor(template_named("board"), delay_ms=10)
    qtbot.addWidget(editor)
    assert editor.decisions_lead.text() == "The Board is asked to:"
    assert editor.whos_who.text() == "Never"
    editor.whos_who.setFocus()
    qtbot.keyClick(editor.whos_who, Qt.Key.Key_Up)  # -1 "Never" → 0
    for _ in range(6):
        qtbot.keyClick(editor.whos_who, Qt.Key.Key_Up)
    editor.decisions_lead.selectAll()
    qtbot.keyClicks(editor.decisions_lead, "The Committee is asked to:")
    template = editor.template()
    assert template.layout.whos_who_table_over == 6
    assert template.layout.decisions_lead == "The Committee is asked to:"
    editor.whos_who.setValue(-1)
    assert editor.template().layout.whos_who_table_over is None
    editor.done(0)


def test_editor_logo_goes_through_the_picture_pipeline(qtbot, tmp_path, monkeypatch, message_boxes):
    from PIL import Image

    from briefer.gui.template_editor import TemplateEditor

    logo = tmp_path / "crest.png"
    Image.new("RGB", (2400, 800), "#1F3A5F").save(logo)
    editor = TemplateEditor(template_named("quick"), delay_ms=10_000)
    qtbot.addWidget(editor)
    monkeypatch.setattr(editor, "ask_logo_path", lambda: str(logo))
    assert editor.choose_logo()
    uri = editor.template().layout.logo
    assert uri.startswith("data:image/") and editor.logo_remove.isEnabled()
    import base64
    import io

    assert max(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).size) <= 600
    bad = tmp_path / "not-a-picture.png"
    bad.write_bytes(b"hello")
    monkeypatch.setattr(editor, "ask_logo_path", lambda: str(bad))
    message_boxes.expect("warning", "not a picture")
    assert not editor.choose_logo() and editor.template().layout.logo == uri
    editor.set_logo(None)
    assert editor.template().layout.logo is None
    editor.done(0)


def test_team_folder_setting_adds_its_templates(example_window, gallery, tmp_path):
    team = tmp_path / "shared-drive"
    team.mkdir()
    (team / "embassy.brieftemplate").write_bytes(template_to_bytes(Template(name="Embassy visit")))
    (team / "broken.brieftemplate").write_bytes(b"{")
    w = example_window
    prompter = RecordingTemplatePrompter(w)
    w._template_prompter = prompter
    prompter.answers["team_folder"] = str(team)
    assert w.choose_team_templates()
    assert template_settings.get_team_dir() == team
    assert prompter.kinds() == ["team_folder", "info"] and "broken.brieftemplate" in prompter.asked[-1][2]
    g = gallery(selected="Embassy visit")
    assert g.entry().source == "team" and g.source_label.text() == "Team template"
    assert not g.delete_button.isEnabled()


def test_export_with_a_chosen_template_uses_its_section_titles(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    target = tmp_path / "press.pdf"
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: None)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=30000):
        assert w.exports.export(w.doc.brief, "pdf", target=str(target), template="press")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Lines to take" in text and "Defensive lines (only if asked)" in text
    assert w.doc.brief.layout.template == "bilateral"  # the brief itself is unchanged


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_export_dialog_offers_every_template_with_the_brief_own_first_choice(example_window, qtbot, tmp_path, monkeypatch):
    from briefer.gui.export_runner import ExportFileDialog

    w = example_window
    target = tmp_path / "brief.docx"
    seen = {}

    def answer(self):
        combo = self.template_combo
        seen["default"] = combo.currentData()
        seen["names"] = [combo.itemData(i) for i in range(combo.count())]
        seen["native"] = not self.testOption(self.Option.DontUseNativeDialog)
        combo.setCurrentIndex(combo.findData("press"))
        self.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportFileDialog, "exec", answer)
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: None)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=30000):
        assert w.export("docx")
    assert seen["default"] == "bilateral" and set(builtin_templates()) <= set(seen["names"]) and not seen["native"]
    from docx import Document

    headings = [p.text for p in Document(str(target)).paragraphs]
    assert "Lines to take" in headings


def test_editor_preview_names_the_template_not_the_example_meeting(qtbot):
    """Issue 13, item 7: the preview of a template is a brief made from it,
    with the template's name on the cover, not the example's meeting."""
    from briefer.gui.template_editor import TemplateEditor
    from briefer.storage import load_example

    example = load_example().brief
    template = template_named("call")
    editor = TemplateEditor(template, delay_ms=10)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.preview.rendered, timeout=20000):
        editor.preview.refresh_now()
    pdf = editor.preview.pdf_document()
    first = " ".join(pdf.getAllText(0).text().split())
    assert template.display_title in first
    for text in (example.title, example.subtitle, example.reference):
        assert " ".join(text.split()) not in first
    editor.done(0)
