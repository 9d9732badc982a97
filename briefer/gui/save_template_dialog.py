"""File ▸ Save as Template…: a user template made from the open brief.

:class:`SaveTemplateDialog` asks for a name, a description and what to keep;
:func:`save_brief_as_template` is the whole flow (a name clash asks to
replace; a refusal is a message through the
:class:`~.template_prompter.TemplatePrompter`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Brief
from ..storage import SaveError
from ..templates import Template, TemplateLibrary, user_templates
from .template_prompter import TemplatePrompter, describe_template_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


class SaveTemplateDialog(QDialog):
    """Name, description and what to keep of the current brief."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "", description: str = ""):
        super().__init__(parent)
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle(self.tr("Save as Template"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("templateName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Weekly call with the embassy"))
        self.description_edit = QPlainTextEdit(description, self)
        self.description_edit.setObjectName("templateDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the template is for (shown in the gallery)"))
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.structure_only = QRadioButton(self.tr("Structure only — sections, titles, layout; no text"), self)
        self.structure_only.setObjectName("keepStructure")
        self.standing_text = QRadioButton(self.tr("Structure and standing text — also the text and rows of this brief,\nexcept its title, reference and dates"), self)
        self.standing_text.setObjectName("keepText")
        self.structure_only.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.structure_only)
        group.addButton(self.standing_text)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("Keep:"), self.structure_only)
        form.addRow("", self.standing_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str | None, bool]:
        """``(name, description or None, keep_text)``."""
        description = self.description_edit.toPlainText().strip() or None
        return self.name_edit.text().strip(), description, self.standing_text.isChecked()


def ask_template_details(parent: QWidget | None) -> tuple[str, str | None, bool] | None:
    """Show :class:`SaveTemplateDialog`; its values, or None if cancelled."""
    dialog = SaveTemplateDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def save_brief_as_template(
    library: TemplateLibrary,
    brief: Brief,
    prompter: TemplatePrompter,
    details: tuple[str, str | None, bool] | None,
) -> Template | None:
    """Make a user template of ``brief`` from ``(name, description,
    keep_text)``; a name clash asks to replace.  The saved template, or None
    (cancelled, or refused with a message)."""
    if details is None:
        return None
    name, description, keep_text = details
    title = _tr("Could not save the template")
    try:
        base = library.for_brief(brief.layout.template)
        template = user_templates.template_from_brief(brief, base, name, description, keep_text)
    except ValueError as e:
        prompter.error(title, _tr("The template cannot be made: %s") % describe_template_error(e))
        return None
    try:
        try:
            user_templates.save_user_template(library, template)
        except user_templates.TemplateExistsError as e:
            if isinstance(e, user_templates.BuiltinNameError) or not prompter.confirm_overwrite(name):
                if isinstance(e, user_templates.BuiltinNameError):
                    prompter.error(title, str(e))
                return None
            user_templates.save_user_template(library, template, overwrite=True)
    except (user_templates.UserTemplateError, SaveError) as e:
        prompter.error(title, describe_template_error(e))
        return None
    return template


__all__ = ["SaveTemplateDialog", "ask_template_details", "save_brief_as_template"]
