"""The two kinds of message box the app shows: a Yes/Cancel question whose
safe answer is the default, and a message with an optional line of advice.
The prompters (``files.Prompter``, ``template_prompter.TemplatePrompter``)
phrase the questions; this module only shows them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes / Cancel, Cancel by default (Enter never destroys anything)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_message(
    parent: QWidget | None, title: str, text: str, detail: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Critical
) -> None:
    """What happened (``text``) and what to do (``detail``)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.exec()
