"""What the app remembers between runs, in one place: window geometry and
state, splitter positions, recent files, the last export folder.

A thin typed wrapper over ``QSettings`` (organisation and application name
"Briefer", set by :func:`briefer.gui.app.run_app`), so the key names are
written once and a test can point everything at a temporary folder.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class AppSettings:
    """Typed access to the app's ``QSettings``."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings()

    # -- raw bytes (geometry, window state, splitters) --------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, data: QByteArray) -> None:
        self._s.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self._s.setValue("window/state", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", data)

    def list_table_height(self, name: str) -> int | None:
        """The height the user gave the table of list page ``name`` by
        dragging its splitter; None until they have."""
        value = self._s.value(f"list_tables/{name}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_list_table_height(self, name: str, height: int) -> None:
        self._s.setValue(f"list_tables/{name}", int(height))

    # -- recent files ------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Most recent first; files that no longer exist are left out."""
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [p for p in (value or []) if isinstance(p, str) and os.path.isfile(p)]

    def add_recent_file(self, path: str) -> None:
        path = os.path.abspath(path)
        items = [p for p in self.recent_files() if os.path.abspath(p) != path]
        self._s.setValue("files/recent", [path, *items][:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        path = os.path.abspath(path)
        self._s.setValue("files/recent", [p for p in self.recent_files() if os.path.abspath(p) != path])

    def clear_recent_files(self) -> None:
        self._s.setValue("files/recent", [])

    # -- folders -----------------------------------------------------------

    def last_export_folder(self) -> str:
        value = self._s.value("folders/export", "")
        return value if isinstance(value, str) and os.path.isdir(value) else ""

    def set_last_export_folder(self, folder: str) -> None:
        self._s.setValue("folders/export", folder)

    def last_open_folder(self) -> str:
        value = self._s.value("folders/open", "")
        return value if isinstance(value, str) and os.path.isdir(value) else ""

    def set_last_open_folder(self, folder: str) -> None:
        self._s.setValue("folders/open", folder)

    def sync(self) -> None:
        self._s.sync()
