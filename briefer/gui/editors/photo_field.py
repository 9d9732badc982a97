"""The participant photo in the detail form: thumbnail, Choose…, Remove.

The picture is cleaned and shrunk by :mod:`briefer.images` (no Qt there) and stored
as a data URI through ``doc.set_value``, so choosing and removing a photo
are undoable like any edit.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...images import FILE_PATTERNS, ImageError
from ...storage.picture_files import photo_from_file
from ...model import decode_photo
from ..edit_session import EditSession, FieldPath
from .fields import BoundField

_LAST_DIR_KEY = "editors/photo_dir"


class PhotoField(BoundField):
    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        side = self.fontMetrics().height() * 7
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(side, side)  # derived from the font, so it scales with DPI settings
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QLabel.Shape.StyledPanel)
        self.thumbnail.setObjectName("fieldHint")
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.clicked.connect(self.choose_photo)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.clicked.connect(self.remove_photo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("fieldHint")
        self.info_label.setWordWrap(True)
        self.info_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info_label.setText(self.tr("PNG, JPEG, WebP, GIF or BMP. Resized to 600 px; location and camera data removed."))
        buttons.addWidget(self.info_label)
        buttons.addStretch(1)
        self.row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addLayout(buttons, 1)
        self.setFocusProxy(self.choose_button)
        self.choose_button.setAccessibleName(label)
        self.refresh()

    @property
    def editor(self) -> QWidget:
        return self.thumbnail

    def show_value(self, value: Any) -> None:
        self.remove_button.setEnabled(bool(value))
        if not value:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        try:
            _mime, data = decode_photo(value)
            pixmap.loadFromData(data)
        except ValueError:
            pass
        if pixmap.isNull():
            self.thumbnail.setText(self.tr("Unreadable photo"))
            return
        ratio = self.devicePixelRatioF()
        side = self.thumbnail.width() - 4
        scaled = pixmap.scaled(int(side * ratio), int(side * ratio), Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.thumbnail.setPixmap(scaled)

    def shows(self, value: Any) -> bool:
        return False  # cheap to redraw; never edited in place

    # -- actions --------------------------------------------------------

    def load_photo_file(self, filename: str) -> str | None:
        """Process ``filename`` and store it; returns an error sentence or None."""
        if self.path is None:
            return self.tr("Select a participant first.")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            photo = photo_from_file(filename)
        except ImageError as e:
            return str(e)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc.end_merge()
        error = self.doc.set_value(self.path, photo.data_uri, self.tr("photo"))
        self.doc.end_merge()
        return error

    def choose_photo(self) -> None:
        settings = QSettings()
        start = str(settings.value(_LAST_DIR_KEY, os.path.expanduser("~")))
        patterns = " ".join(FILE_PATTERNS)
        filename, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), start, self.tr("Images (%s)") % patterns
        )
        if not filename:
            return
        settings.setValue(_LAST_DIR_KEY, os.path.dirname(filename))
        error = self.load_photo_file(filename)
        if error:
            QMessageBox.warning(self, self.tr("Photo not used"), error)

    def remove_photo(self) -> None:
        if self.path is None:
            return
        self.doc.end_merge()
        self.commit(None)
        self.doc.end_merge()
