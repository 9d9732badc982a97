"""Operations on a user's own templates: save, rename, delete, import and
export a file to share, and make a template from a brief.

Lookup order is built-in, user, team: the first source with a name wins, so a
file on a shared drive can never silently replace a built-in template or the
user's own.  Saving refuses a name a built-in already has.

No Qt here.
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from pathlib import Path

from ..model.brief import Brief
from ..storage.atomic import SaveError, atomic_write
from .builtin import builtin_templates
from .folders import FolderTemplateSource, read_template_file
from .library import USER_LABEL, TemplateLibrary, TemplateNotFound
from .effective_layout import effective_layout
from .model import FILE_EXTENSION, Template, template_to_bytes


class UserTemplateError(Exception):
    """Saving, importing, renaming or deleting a template failed; ``str()``
    is one sentence that says what to do."""


class TemplateExistsError(UserTemplateError):
    """A template of that name already exists (pass ``overwrite=True`` to
    replace a user template; built-in and team templates are never replaced)."""


class BuiltinNameError(TemplateExistsError):
    """The name belongs to a built-in template: never replaceable, so the
    app must not offer to overwrite."""



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


def _user_source(library: TemplateLibrary) -> FolderTemplateSource:
    source = library.source(USER_LABEL)
    if not isinstance(source, FolderTemplateSource):
        raise UserTemplateError("This library has no folder for your own templates.")
    return source


def _user_folder(library: TemplateLibrary) -> Path:
    folder = _user_source(library).folder()
    if folder is None:
        raise UserTemplateError("There is no folder for your own templates.")
    return folder


def _user_files(library: TemplateLibrary) -> dict[str, Path]:
    source = _user_source(library)
    source.templates()
    return dict(source.paths)


def _find_user_file(library: TemplateLibrary, name: str) -> tuple[str, Path] | None:
    files = _user_files(library)
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


def save_user_template(library: TemplateLibrary, template: Template, *, overwrite: bool = False) -> Path:
    """Save ``template`` in ``library``'s user folder and return its path.

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
    found = _find_user_file(library, template.name)
    if found is not None:
        if not overwrite:
            raise TemplateExistsError(
                f"You already have a template called “{found[0]}”; choose another name or replace it."
            )
        path = found[1]
    else:
        path = _free_path(_user_folder(library), template.name)
    _write(path, template)
    return path


def _require_user_template(library: TemplateLibrary, name: str) -> tuple[str, Path]:
    found = _find_user_file(library, name)
    if found is not None:
        return found
    if _builtin_name(name) is not None:
        raise UserTemplateError(f"“{name}” is a built-in template; it cannot be changed or deleted.")
    try:
        library.get(name)
    except TemplateNotFound:
        raise TemplateNotFound(name, sorted(_user_files(library))) from None
    raise UserTemplateError(f"“{name}” is a team template; ask whoever looks after the team folder to change it.")


def delete_user_template(library: TemplateLibrary, name: str) -> None:
    """Delete the user template called ``name``.  Built-in and team templates
    are refused (:class:`UserTemplateError`); an unknown name raises
    :class:`~briefer.templates.TemplateNotFound`."""
    _, path = _require_user_template(library, name)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise UserTemplateError(f"Could not delete the template file {path}: {e.strerror or e}.") from None


def rename_user_template(library: TemplateLibrary, old: str, new: str) -> Path:
    """Give the user template ``old`` the name ``new`` (its gallery title
    follows); returns the new file's path.  The new file is written before
    the old one is removed, so a failure loses nothing."""
    existing, path = _require_user_template(library, old)
    template = read_template_file(path)
    try:
        renamed = Template.model_validate({**template.model_dump(mode="json"), "name": new, "title": None})
    except ValueError as e:
        raise UserTemplateError(f"“{new}” cannot be a template name: {_first_error(e)}") from None
    if renamed.name == existing:
        return path
    clash = _find_user_file(library, renamed.name)
    if clash is not None and clash[1] != path:
        raise TemplateExistsError(f"You already have a template called “{clash[0]}”; choose another name.")
    if _builtin_name(renamed.name) is not None:
        raise BuiltinNameError(f"“{renamed.name}” is the name of a built-in template; choose another name.")
    if slug(renamed.name) == path.name[: -len(FILE_EXTENSION)]:
        _write(path, renamed)  # same file name (a change of case): rewrite in place
        return path
    new_path = _free_path(_user_folder(library), renamed.name)
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


def import_template_file(library: TemplateLibrary, path: str | os.PathLike[str], *, overwrite: bool = False) -> Template:
    """Read a template file from anywhere (a mail attachment, a USB stick),
    check all of it, including its Word reference document, and save it
    among the user's templates.  Raises :class:`TemplateFileError` for a bad
    file, :class:`TemplateExistsError` for a name clash (a user template is
    replaced with ``overwrite=True``), :class:`SaveError` for the disk."""
    source = Path(path)
    template = read_template_file(source)  # reference_docx is checked by the model
    save_user_template(library, template, overwrite=overwrite)
    return template


def export_template_file(library: TemplateLibrary, name: str, path: str | os.PathLike[str]) -> Path:
    """Write the template called ``name`` (built-in, user or team) to
    ``path`` to share it.  Refuses to overwrite a brief.  Raises
    :class:`~briefer.templates.TemplateNotFound` or :class:`SaveError`."""
    template = library.get(name)
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


def template_from_brief(
    brief: Brief, base: Template, name: str, description: str | None = None, keep_text: bool = False
) -> Template:
    """A new template made from ``brief``, printed until now with ``base``
    (the template the brief names, resolved by the caller).

    The layout is ``base``'s (style, page, margins, logo, Word
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
    layout = effective_layout(base, brief).model_dump(mode="json")
    layout["marking"] = brief.marking

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
    "BuiltinNameError",
    "TemplateExistsError",
    "UserTemplateError",
    "delete_user_template",
    "export_template_file",
    "import_template_file",
    "reference_docx_to_field",
    "rename_user_template",
    "save_user_template",
    "slug",
    "template_from_brief",
]
