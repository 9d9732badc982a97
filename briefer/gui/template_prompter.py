"""Every question the template dialogs ask the user, in one class.

:class:`TemplatePrompter` is used by the gallery (``template_gallery``),
Save as Template… (``save_template_dialog``) and the team-folder setting
(``team_folder``).  Tests replace its methods, so no test ever waits on a
modal dialog.  Template files are input from outside: any failure becomes a
message that names the file and what is wrong.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..templates import FILE_EXTENSION
from .messages import confirm, show_message

TEMPLATE_FILTER = "Briefer templates (*.brieftemplate)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


class TemplatePrompter:
    """Every question the template dialogs ask.  Tests replace the methods."""

    def __init__(self, parent: QWidget | None):
        self.parent = parent

    def ask_import_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, _tr("Import template"), os.path.expanduser("~"), _tr(TEMPLATE_FILTER))
        return path or None

    def ask_export_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, _tr("Export template"), suggested, _tr(TEMPLATE_FILTER))
        if not path:
            return None
        return path if path.lower().endswith(FILE_EXTENSION) else path + FILE_EXTENSION

    def ask_new_name(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, _tr("Rename template"), _tr("New name:"), QLineEdit.EchoMode.Normal, current)
        return text.strip() if ok and text.strip() else None

    def confirm_delete(self, name: str) -> bool:
        return confirm(
            self.parent,
            _tr("Delete template"),
            _tr("Delete the template “%s”? Briefs made from it keep their text; they are exported with the default template.") % name,
        )

    def confirm_overwrite(self, name: str) -> bool:
        return confirm(self.parent, _tr("Replace template"), _tr("You already have a template called “%s”. Replace it?") % name)

    def ask_team_folder(self, current: str) -> str | None:
        folder = QFileDialog.getExistingDirectory(self.parent, _tr("Team templates folder"), current or os.path.expanduser("~"))
        return folder or None

    def error(self, title: str, text: str, detail: str = "") -> None:
        show_message(self.parent, title, text, detail, QMessageBox.Icon.Warning)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)


def describe_template_error(err: BaseException) -> str:
    """A template error as one sentence (pydantic errors shortened)."""
    errors = getattr(err, "errors", None)
    if callable(errors):
        try:
            return str(errors()[0]["msg"]).removeprefix("Value error, ")
        except (IndexError, KeyError, TypeError):
            pass
    return str(err)


__all__ = ["TEMPLATE_FILTER", "TemplatePrompter", "describe_template_error"]
