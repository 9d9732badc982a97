"""The export dialog's PDF choice (issue 18): a standard PDF, an accessible
one (PDF/UA) or an archival one (PDF/A-2); it starts at the template's
default and the export follows it."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from briefer.gui.export_runner import ExportFileDialog


def _choose(monkeypatch, target, seen: dict, pick: str | None = None, template: str | None = None) -> None:  # noqa: ANN001
    def answer(self):  # noqa: ANN001, ANN202
        if template is not None:
            self.template_combo.setCurrentIndex(self.template_combo.findData(template))
        combo = self.pdf_combo
        seen["items"] = [combo.itemText(i) for i in range(combo.count())]
        seen["default"] = combo.currentData()
        if pick is not None:
            combo.setCurrentIndex(combo.findData(pick))
        seen["shot"] = self.grab()
        self.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportFileDialog, "exec", answer)


def test_accessible_pdf_choice_writes_a_tagged_pdf(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    target = tmp_path / "brief.pdf"
    seen: dict = {}
    _choose(monkeypatch, target, seen, pick="ua-1")
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: None)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=60000):
        assert w.export("pdf")
    assert "Accessible PDF (PDF/UA)" in seen["items"] and seen["default"] == "none"
    seen["shot"].save(str(tmp_path / "dialog.png"))
    reader = PdfReader(target)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert "pdfuaid:part>1<" in reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()


def test_the_choice_starts_at_the_template_default(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    original = w.library.get

    def get(name: str):  # noqa: ANN202 - the press template, made archival by default
        template = original(name)
        if template.name == "press":
            template.layout.pdf_standard = "a-2b"
        return template

    monkeypatch.setattr(w.library, "get", get)
    seen: dict = {}
    target = tmp_path / "brief.pdf"
    _choose(monkeypatch, target, seen, template="press")
    monkeypatch.setattr(w.exports, "show_result", lambda path, pages: None)
    with qtbot.waitSignal(w.exports.runner.finished, timeout=60000):
        assert w.export("pdf")
    assert seen["default"] == "a-2b"
    xmp = PdfReader(target).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:conformance>B<" in xmp


def test_word_export_has_no_pdf_choice(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    seen = {}

    def answer(self):  # noqa: ANN001, ANN202
        seen["pdf"] = self.pdf_combo
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportFileDialog, "exec", answer)
    assert not w.export("docx")
    assert seen["pdf"] is None


def test_template_editor_sets_the_pdf_default(qtbot, tmp_path):
    """A template's PDF default is chosen in the template editor and kept
    in the template file."""
    from briefer.gui.template_editor import TemplateEditor
    from briefer.templates import builtin_library, template_from_bytes, template_to_bytes

    editor = TemplateEditor(builtin_library().get("press"), delay_ms=10)
    qtbot.addWidget(editor)
    combo = editor.pdf_standard
    assert combo.currentData() == "none"
    assert "Accessible PDF (PDF/UA)" in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findData("ua-1"))
    template = editor.template()
    assert template.layout.pdf_standard == "ua-1"
    assert template_from_bytes(template_to_bytes(template)).layout.pdf_standard == "ua-1"
    editor.grab().save(str(tmp_path / "editor.png"))
    combo.setCurrentIndex(combo.findData("none"))
    assert editor.template().layout.pdf_standard is None
    editor.done(0)


def test_pdf_and_word_together_keep_the_pdf_choice(example_window, qtbot, tmp_path, monkeypatch):
    w = example_window
    seen: dict = {}
    _choose(monkeypatch, tmp_path / "pair.pdf", seen, pick="a-2a")
    done: list = []
    with qtbot.waitSignal(w.exports.runner.finished, timeout=60000):
        assert w.exports.export(w.doc.brief, "both", then=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    xmp = PdfReader(tmp_path / "pair.pdf").trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:conformance>A<" in xmp
    assert (tmp_path / "pair.docx").is_file()
