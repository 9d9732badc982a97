"""A user's own templates and a team's shared ones: folders of
``.brieftemplate`` files that plug into :data:`~briefer.templates.LIBRARY`.

* **User templates** live in ``<config>/templates``, where ``<config>`` is
  ``$BRIEFER_CONFIG_DIR`` if set (tests and CI set it so they never touch the
  real home folder), else platformdirs' user config dir for "Briefer".
* **Team templates** live in a shared folder (a network drive) named by
  ``$BRIEFER_TEAM_TEMPLATES``, else by ``team_templates_dir`` in
  ``<config>/settings.json``.  Briefer only reads that folder.

Lookup order is built-in, user, team: the first source with a name wins, so a
file on a shared drive can never silently replace a built-in template or the
user's own.  Saving refuses a name a built-in already has.

Every file in those folders is input from outside: one that does not parse
(damaged, made by a newer Briefer, not a template at all) is skipped and
reported as ``(path, message)`` by :func:`register_user_sources` and
:func:`template_problems`; it never stops the app or the command.  A file is
parsed again only when its size or modification time changes.

No Qt here.
"""

from __future__ import annotations

import base64
import json
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model.brief import Brief
from ..storage.atomic import SaveError, atomic_write
from ..storage.safe_read import FileTooLargeError, NotRegularFileError, read_limited
from .builtin import LIBRARY, TemplateNotFound, builtin_templates, template_for_brief
from .model import (
    FILE_EXTENSION,
    MAX_TEMPLATE_BYTES,
    Template,
    TemplateFileError,
    template_from_bytes,
    template_to_bytes,
)

CONFIG_ENV = "BRIEFER_CONFIG_DIR"
TEAM_ENV = "BRIEFER_TEAM_TEMPLATES"
SETTINGS_FILE = "settings.json"
TEAM_SETTING = "team_templates_dir"
MAX_SETTINGS_BYTES = 256 * 1024
MAX_FILES_PER_FOLDER = 500
"""More files than this in a template folder is not a template folder (a
mistyped team path pointing at a whole drive); the rest are ignored."""

Problem = tuple[Path, str]


class UserTemplateError(Exception):
    """Saving, importing, renaming or deleting a template failed; ``str()``
    is one sentence that says what to do."""


class TemplateExistsError(UserTemplateError):
    """A template of that name already exists (pass ``overwrite=True`` to
    replace a user template; built-in and team templates are never replaced)."""


class BuiltinNameError(TemplateExistsError):
    """The name belongs to a built-in template: never replaceable, so the
    app must not offer to overwrite."""


# --------------------------------------------------------------------------
# Folders and settings
# --------------------------------------------------------------------------


def config_dir() -> Path:
    """Briefer's user config folder (``$BRIEFER_CONFIG_DIR`` wins)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    import platformdirs  # only needed when no override is set

    return Path(platformdirs.user_config_dir("Briefer", appauthor=False))


def user_templates_dir() -> Path:
    """The folder of the user's own templates (may not exist yet)."""
    return config_dir() / "templates"


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def read_settings() -> dict[str, Any]:
    """The settings file as a dict; ``{}`` when it is missing or unreadable
    (a damaged settings file must never stop the app)."""
    path = settings_path()
    try:
        data = json.loads(read_limited(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def get_team_dir() -> Path | None:
    """The team templates folder: ``$BRIEFER_TEAM_TEMPLATES``, else the
    settings' ``team_templates_dir``, else None."""
    override = os.environ.get(TEAM_ENV)
    if override:
        return Path(override)
    value = read_settings().get(TEAM_SETTING)
    if isinstance(value, str) and value.strip():
        return Path(value.strip())
    return None


def set_team_dir(path: str | os.PathLike[str] | None) -> None:
    """Remember the team templates folder in the settings file (None or ""
    forgets it).  Other settings in the file are kept.  Raises
    :class:`~briefer.storage.atomic.SaveError`."""
    settings = read_settings()
    if path is None or not os.fspath(path).strip():
        settings.pop(TEAM_SETTING, None)
    else:
        settings[TEAM_SETTING] = os.fspath(path).strip()
    target = settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    with atomic_write(str(target), action="save the settings") as fh:
        fh.write(text.encode("utf-8"))


# --------------------------------------------------------------------------
# A folder of template files as a library source
# --------------------------------------------------------------------------


@dataclass
class _Cached:
    stamp: tuple[int, int]  # (mtime_ns, size)
    template: Template | None
    problem: str | None


def _read_template_file(path: Path) -> Template:
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
                        cached = _Cached(stamp, _read_template_file(path), None)
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


USER_SOURCE = FolderTemplateSource("user", user_templates_dir)
TEAM_SOURCE = FolderTemplateSource("team", get_team_dir)


def register_user_sources() -> list[Problem]:
    """Add the user and team folders to :data:`LIBRARY` (once; calling again
    is harmless) and return the files that could not be read, as
    ``(path, message)``."""
    for source in (USER_SOURCE, TEAM_SOURCE):
        if source not in LIBRARY.sources:
            LIBRARY.add_source(source)
    return template_problems()


def template_problems() -> list[Problem]:
    """Files in the user and team folders that were skipped, freshly scanned."""
    problems: list[Problem] = []
    for source in (USER_SOURCE, TEAM_SOURCE):
        source.templates()
        problems += source.problems
    return problems


# --------------------------------------------------------------------------
# Saving, deleting, renaming
# --------------------------------------------------------------------------

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_SLUG_MAX = 60


def slug(name: str) -> str:
    """A file-name-safe form of a template name: letters (any script),
    digits and hyphens, lower case, at most 60 characters."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w]+", "-", text).replace("_", "-")
    text = re.sub(r"-{2,}", "-", text).strip("-")[:_SLUG_MAX].strip("-")
    if not text:
        return "template"
    if text in _WINDOWS_RESERVED:
        text += "-template"
    return text


def _user_files() -> dict[str, Path]:
    USER_SOURCE.templates()
    return dict(USER_SOURCE.paths)


def _find_user_file(name: str) -> tuple[str, Path] | None:
    files = _user_files()
    wanted = name.strip()
    if wanted in files:
        return wanted, files[wanted]
    for existing, path in files.items():
        if existing.casefold() == wanted.casefold():
            return existing, path
    return None


def _builtin_name(name: str) -> str | None:
    for existing in builtin_templates():
        if existing.casefold() == name.strip().casefold():
            return existing
    return None


def _free_path(folder: Path, name: str) -> Path:
    base = slug(name)
    path = folder / f"{base}{FILE_EXTENSION}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{FILE_EXTENSION}"
        n += 1
    return path


def _write(path: Path, template: Template) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SaveError(f"Could not create the templates folder {path.parent}: {e.strerror or e}.") from None
    with atomic_write(str(path), action="save the template") as fh:
        fh.write(template_to_bytes(template))


def save_user_template(template: Template, *, overwrite: bool = False) -> Path:
    """Save ``template`` in the user folder and return its path.

    The file name is a slug of the name.  A user template of the same name
    (ignoring case) is replaced in place with ``overwrite=True``, else
    :class:`TemplateExistsError`; a built-in's name is always refused.
    Raises :class:`~briefer.storage.atomic.SaveError` when the disk says no.
    """
    builtin = _builtin_name(template.name)
    if builtin is not None:
        raise BuiltinNameError(
            f"“{template.name}” is the name of a built-in template; choose another name."
        )
    found = _find_user_file(template.name)
    if found is not None:
        if not overwrite:
            raise TemplateExistsError(
                f"You already have a template called “{found[0]}”; choose another name or replace it."
            )
        path = found[1]
    else:
        path = _free_path(user_templates_dir(), template.name)
    _write(path, template)
    return path


def _require_user_template(name: str) -> tuple[str, Path]:
    found = _find_user_file(name)
    if found is not None:
        return found
    if _builtin_name(name) is not None:
        raise UserTemplateError(f"“{name}” is a built-in template; it cannot be changed or deleted.")
    register_user_sources()
    try:
        LIBRARY.get(name)
    except TemplateNotFound:
        raise TemplateNotFound(name, sorted(_user_files())) from None
    raise UserTemplateError(f"“{name}” is a team template; ask whoever looks after the team folder to change it.")


def delete_user_template(name: str) -> None:
    """Delete the user template called ``name``.  Built-in and team templates
    are refused (:class:`UserTemplateError`); an unknown name raises
    :class:`~briefer.templates.TemplateNotFound`."""
    _, path = _require_user_template(name)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise UserTemplateError(f"Could not delete the template file {path}: {e.strerror or e}.") from None


def rename_user_template(old: str, new: str) -> Path:
    """Give the user template ``old`` the name ``new`` (its gallery title
    follows); returns the new file's path.  The new file is written before
    the old one is removed, so a failure loses nothing."""
    existing, path = _require_user_template(old)
    template = _read_template_file(path)
    try:
        renamed = Template.model_validate({**template.model_dump(mode="json"), "name": new, "title": None})
    except ValueError as e:
        raise UserTemplateError(f"“{new}” cannot be a template name: {_first_error(e)}") from None
    if renamed.name == existing:
        return path
    clash = _find_user_file(renamed.name)
    if clash is not None and clash[1] != path:
        raise TemplateExistsError(f"You already have a template called “{clash[0]}”; choose another name.")
    if _builtin_name(renamed.name) is not None:
        raise BuiltinNameError(f"“{renamed.name}” is the name of a built-in template; choose another name.")
    if slug(renamed.name) == path.name[: -len(FILE_EXTENSION)]:
        _write(path, renamed)  # same file name (a change of case): rewrite in place
        return path
    new_path = _free_path(user_templates_dir(), renamed.name)
    _write(new_path, renamed)
    try:
        path.unlink()
    except OSError:
        new_path.unlink(missing_ok=True)
        raise UserTemplateError(f"Could not remove the old template file {path}; nothing was renamed.") from None
    return new_path


def _first_error(e: Exception) -> str:
    errors = getattr(e, "errors", None)
    if callable(errors):
        try:
            return str(errors()[0]["msg"]).removeprefix("Value error, ")
        except (IndexError, KeyError, TypeError):
            pass
    return str(e)


# --------------------------------------------------------------------------
# Sharing: import and export files
# --------------------------------------------------------------------------


def import_template_file(path: str | os.PathLike[str], *, overwrite: bool = False) -> Template:
    """Read a template file from anywhere (a mail attachment, a USB stick),
    check all of it, including its Word reference document, and save it
    among the user's templates.  Raises :class:`TemplateFileError` for a bad
    file, :class:`TemplateExistsError` for a name clash (a user template is
    replaced with ``overwrite=True``), :class:`SaveError` for the disk."""
    source = Path(path)
    template = _read_template_file(source)  # reference_docx is checked by the model
    save_user_template(template, overwrite=overwrite)
    return template


def export_template_file(name: str, path: str | os.PathLike[str]) -> Path:
    """Write the template called ``name`` (built-in, user or team) to
    ``path`` to share it.  Refuses to overwrite a brief.  Raises
    :class:`~briefer.templates.TemplateNotFound` or :class:`SaveError`."""
    register_user_sources()
    template = LIBRARY.get(name)
    target = Path(path)
    if target.suffix.lower() == ".brief":
        raise UserTemplateError(f"{target.name} is a brief; save the template under a .brieftemplate name.")
    with atomic_write(str(target), action="export the template") as fh:
        fh.write(template_to_bytes(template))
    return target


# --------------------------------------------------------------------------
# A template from a brief
# --------------------------------------------------------------------------

_IDENTITY_FIELDS = ("title", "subtitle", "reference", "status", "prepared_on", "follows", "clearances", "layout")
"""What makes a brief *this* meeting's brief: never carried into a template."""
_MEETING_KEEP = ("format", "location", "timezone", "home_timezone")


def template_from_brief(brief: Brief, name: str, description: str | None = None, keep_text: bool = False) -> Template:
    """A new template made from ``brief``.

    The layout is the brief's template's (style, page, margins, logo, Word
    reference document) with the brief's own choices applied: its section
    order and titles, page size, watermark choice, and its marking as the
    default marking.  The gallery thumbnail and hints come along too.

    * ``keep_text=False`` — *structure only*: the meeting's format and the
      custom sections' titles (so "Defensive lines" is offered again); no
      text anyone typed for this meeting.
    * ``keep_text=True`` — *standing text too*: everything except what makes
      it this meeting's brief (title, subtitle, reference, status, dates and
      times): long texts, lists and table rows.

    Raises ``ValueError`` (pydantic) for a bad name or description.
    """
    base = template_for_brief(brief.layout.template)
    layout = base.layout.model_dump(mode="json")
    if brief.layout.sections is not None:
        layout["sections"] = list(brief.layout.sections)
    layout["section_titles"] = {**layout.get("section_titles", {}), **brief.layout.section_titles}
    wanted_size = (brief.layout.page_size or "").strip().casefold()
    if wanted_size in ("a4", "letter"):
        layout["page_size"] = "A4" if wanted_size == "a4" else "Letter"
    layout["marking"] = brief.marking
    layout["draft_watermark"] = brief.layout.draft_watermark

    data = brief.model_dump(mode="json", exclude_none=True)
    meeting = {k: v for k, v in data.get("meeting", {}).items() if k in _MEETING_KEEP}
    if keep_text:
        skeleton = {k: v for k, v in data.items() if k not in _IDENTITY_FIELDS and k != "meeting"}
        skeleton.pop("marking", None)  # the layout carries it
    else:
        skeleton = {}
        meeting = {k: v for k, v in meeting.items() if k == "format"}
        titles = [{"title": s["title"]} for s in data.get("sections", [])]
        if titles:
            skeleton["sections"] = titles
    if meeting:
        skeleton["meeting"] = meeting
    skeleton = {k: v for k, v in skeleton.items() if v not in (None, "", [], {})}
    return Template.model_validate(
        {
            "name": name,
            "description": description,
            "layout": layout,
            "skeleton": skeleton,
            "hints": dict(base.hints),
        }
    )


def reference_docx_to_field(data: bytes) -> str:
    """The JSON value of ``layout.reference_docx`` for a .docx's bytes."""
    return base64.b64encode(data).decode("ascii")


__all__ = [
    "CONFIG_ENV",
    "TEAM_ENV",
    "FolderTemplateSource",
    "TemplateExistsError",
    "BuiltinNameError",
    "UserTemplateError",
    "USER_SOURCE",
    "TEAM_SOURCE",
    "config_dir",
    "delete_user_template",
    "export_template_file",
    "get_team_dir",
    "import_template_file",
    "read_settings",
    "reference_docx_to_field",
    "register_user_sources",
    "rename_user_template",
    "save_user_template",
    "set_team_dir",
    "slug",
    "template_from_brief",
    "template_problems",
    "user_templates_dir",
]
