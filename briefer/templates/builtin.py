"""The templates that ship with Briefer.

Built-ins live in ``resources/templates/*.brieftemplate``, installed as the
package data ``briefer.resources`` and read with :mod:`importlib.resources`,
so an installed wheel works from any folder.  Every lookup returns a fresh copy: a caller editing a template
never changes the shared one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .model import FILE_EXTENSION, Template, TemplateFileError, template_from_bytes

DEFAULT_TEMPLATE = "bilateral"
_RESOURCE_PACKAGE = "briefer.resources"
_RESOURCE_FOLDER = "templates"


class BuiltinTemplateSource:
    """The templates that ship with Briefer."""

    label = "built-in"

    def templates(self) -> dict[str, Template]:
        return _load_builtins()


@cache
def _load_builtins() -> dict[str, Template]:
    out: dict[str, Template] = {}
    folder = resources.files(_RESOURCE_PACKAGE).joinpath(_RESOURCE_FOLDER)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(FILE_EXTENSION):
            continue
        try:
            template = template_from_bytes(entry.read_bytes())
        except TemplateFileError as e:  # a packaging bug, not a user error
            raise RuntimeError(f"built-in template {entry.name} is broken: {e}") from None
        out[template.name] = template
    # The default first (the gallery's first choice), then by name.
    return dict(sorted(out.items(), key=lambda item: (item[0] != DEFAULT_TEMPLATE, item[0])))


def builtin_templates() -> dict[str, Template]:
    """Name → a copy of each built-in template, the default first, then by name."""
    return {name: t.model_copy(deep=True) for name, t in _load_builtins().items()}


def default_template() -> Template:
    """The template used when a brief names none (or one that is gone)."""
    return builtin_templates()[DEFAULT_TEMPLATE]


__all__ = [
    "DEFAULT_TEMPLATE",
    "BuiltinTemplateSource",
    "builtin_templates",
    "default_template",
]
