"""Open a file or show a folder with the system's programs (``QDesktopServices``);
when none is set up (no file manager, no PDF reader) say so, with the path
as selectable text, instead of doing nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .bidi import isolate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reveal", text)


def _could_not(parent: QWidget | None, title: str, text: str, path: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(isolate(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def show_folder(parent: QWidget | None, folder: str) -> bool:
    """Show ``folder`` in the file manager; False (after saying where the
    folder is) when there is none to show it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
        return True
    _could_not(parent, _tr("Show in folder"),
               _tr("Briefer could not open a file manager to show the folder. The file is in:"), folder)
    return False


def open_file(parent: QWidget | None, path: str) -> bool:
    """Open ``path`` in the program set up for its kind; False (after
    saying where the file is) when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
        return True
    _could_not(parent, _tr("Open file"),
               _tr("Briefer could not find a program to open the file. Open it yourself; it is:"), path)
    return False


__all__ = ["open_file", "show_folder"]
