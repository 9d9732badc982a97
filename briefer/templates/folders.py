"""Folders of ``.brieftemplate`` files as template sources: the user's own
templates (``<config>/templates``) and a team's shared folder, which Briefer
only reads (:func:`briefer.templates.library.build_library` adds both).

Every file in those folders is input from outside: one that does not parse
(damaged, made by a newer Briefer, not a template at all) is skipped and
reported as ``(path, message)``; it never stops the app or the command.  A
file is parsed again only when its size or modification time changes.

No Qt here.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..storage.safe_read import FileTooLargeError, NotRegularFileError, read_limited
from .model import MAX_TEMPLATE_BYTES, FILE_EXTENSION, Template, TemplateFileError, template_from_bytes

MAX_FILES_PER_FOLDER = 500
"""More files than this in a template folder is not a template folder (a
mistyped team path pointing at a whole drive); the rest are ignored."""

Problem = tuple[Path, str]


@dataclass
class _Cached:
    stamp: tuple[int, int]  # (mtime_ns, size)
    template: Template | None
    problem: str | None


def read_template_file(path: Path) -> Template:
    """One template file, read with the one safe reader (regular files only,
    never blocking on a FIFO, at most the template size limit).  Raises
    :class:`TemplateFileError` (one sentence) for anything wrong."""
    try:
        data = read_limited(path, MAX_TEMPLATE_BYTES)
    except FileTooLargeError as e:
        raise TemplateFileError(
            f"the file is {e.size / 1e6:.1f} MB; a template is at most {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB"
        ) from None
    except NotRegularFileError as e:
        raise TemplateFileError(f"{e.strerror}; a template is a regular file") from None
    except OSError as e:
        raise TemplateFileError(f"it cannot be read ({e.strerror or e})") from None
    return template_from_bytes(data)


class FolderTemplateSource:
    """Every ``*.brieftemplate`` in a folder.  The folder is asked for each
    time (a callable), so a changed setting or environment applies at once."""

    def __init__(self, label: str, folder: Any) -> None:
        self.label = label
        self._folder = folder
        self._cache: dict[Path, _Cached] = {}
        self._lock = threading.Lock()
        self.problems: list[Problem] = []
        self.paths: dict[str, Path] = {}
        """Template name → the file it was read from (after the last scan)."""

    def folder(self) -> Path | None:
        return self._folder()

    def _files(self, folder: Path) -> list[Path]:
        try:
            names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(FILE_EXTENSION))
        except OSError:
            return []  # missing, unplugged or unreadable: no templates from here
        return [folder / n for n in names[:MAX_FILES_PER_FOLDER] if not n.startswith(".")]

    def templates(self) -> dict[str, Template]:
        folder = self.folder()
        out: dict[str, Template] = {}
        problems: list[Problem] = []
        paths: dict[str, Path] = {}
        with self._lock:
            files = self._files(folder) if folder is not None else []
            for path in files:
                try:
                    st = path.stat()
                except OSError:
                    continue
                stamp = (st.st_mtime_ns, st.st_size)
                cached = self._cache.get(path)
                if cached is None or cached.stamp != stamp:
                    try:
                        cached = _Cached(stamp, read_template_file(path), None)
                    except TemplateFileError as e:
                        cached = _Cached(stamp, None, str(e))
                    self._cache[path] = cached
                if cached.template is None:
                    problems.append((path, cached.problem or "not a template"))
                elif cached.template.name in out:
                    problems.append(
                        (path, f"another file in this folder ({paths[cached.template.name].name}) "
                               f"already has the name {cached.template.name!r}; this one is ignored")
                    )
                else:
                    out[cached.template.name] = cached.template
                    paths[cached.template.name] = path
            for gone in set(self._cache) - set(files):
                del self._cache[gone]
            self.problems = problems
            self.paths = paths
        return out


__all__ = [
    "FolderTemplateSource",
    "MAX_FILES_PER_FOLDER",
    "Problem",
    "read_template_file",
]
