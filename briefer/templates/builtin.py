"""Finding templates by name: the built-in ones shipped as package resources,
and any further sources (a user's config folder, a team's shared folder)
that are registered later.

A :class:`TemplateLibrary` asks its sources in order; the first source that
has a name wins, so a source registered ahead of the built-ins can shadow
one.  :func:`get_template` and friends use the process-wide :data:`LIBRARY`;
the user-folder code adds its source with ``LIBRARY.add_source(...)``.

Built-ins live in ``resources/templates/*.brieftemplate``, installed as the
package data ``briefer.resources`` and read with :mod:`importlib.resources`,
so an installed wheel works from any folder.  Every lookup returns a fresh copy: a caller editing a template
never changes the shared one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Protocol

from .model import FILE_EXTENSION, Template, TemplateFileError, template_from_bytes

DEFAULT_TEMPLATE = "bilateral"
_RESOURCE_PACKAGE = "briefer.resources"
_RESOURCE_FOLDER = "templates"


class TemplateNotFound(KeyError):
    """No template has that name.  ``str()`` names the ones that exist."""

    def __init__(self, name: str, known: list[str]):
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        names = ", ".join(self.known) if self.known else "none"
        return f"there is no template called {self.name!r}; available templates: {names}"


class TemplateSource(Protocol):
    """Somewhere templates come from.  ``label`` says where, for listings
    ("built-in", "user", "team")."""

    label: str

    def templates(self) -> dict[str, Template]:
        """Name → template.  A source skips (and reports in its own way)
        files it cannot read; it never raises for one bad file."""
        ...


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


class TemplateLibrary:
    """Templates from several sources, looked up by name."""

    def __init__(self, sources: list[TemplateSource] | None = None):
        self.sources: list[TemplateSource] = list(sources) if sources is not None else [BuiltinTemplateSource()]

    def add_source(self, source: TemplateSource, *, first: bool = False) -> None:
        """Add a source after the others, or ahead of them (``first=True``)
        so its templates shadow same-named ones."""
        if first:
            self.sources.insert(0, source)
        else:
            self.sources.append(source)

    def remove_source(self, source: TemplateSource) -> None:
        self.sources.remove(source)

    def entries(self) -> list[tuple[Template, str]]:
        """Every visible template with its source's label, built-ins' order
        as shipped; a name already seen in an earlier source is skipped."""
        seen: set[str] = set()
        out: list[tuple[Template, str]] = []
        for source in self.sources:
            for name, template in source.templates().items():
                if name not in seen:
                    seen.add(name)
                    out.append((template, source.label))
        return out

    def names(self) -> list[str]:
        return [t.name for t, _ in self.entries()]

    def get(self, name: str) -> Template:
        """A copy of the template called ``name`` (exact match first, then
        ignoring case).  Raises :class:`TemplateNotFound`."""
        wanted = name.strip()
        entries = self.entries()
        for template, _ in entries:
            if template.name == wanted:
                return template.model_copy(deep=True)
        for template, _ in entries:
            if template.name.casefold() == wanted.casefold():
                return template.model_copy(deep=True)
        raise TemplateNotFound(name, [t.name for t, _ in entries])


LIBRARY = TemplateLibrary()
"""The process-wide library that :func:`get_template` uses."""


def builtin_templates() -> dict[str, Template]:
    """Name → a copy of each built-in template, the default first, then by name."""
    return {name: t.model_copy(deep=True) for name, t in _load_builtins().items()}


def get_template(name: str) -> Template:
    """A copy of the template called ``name`` from :data:`LIBRARY`.
    Raises :class:`TemplateNotFound` (a ``KeyError``) listing the names."""
    return LIBRARY.get(name)


def default_template() -> Template:
    """The template used when a brief names none (or one that is gone)."""
    return builtin_templates()[DEFAULT_TEMPLATE]


def missing_template_warning(name: str | None) -> str | None:
    """A sentence for a brief whose ``layout.template`` is not installed here
    (a brief from another office, a template renamed since), else None."""
    if not name:
        return None
    try:
        get_template(name)
    except TemplateNotFound:
        return (
            f"the brief uses the template “{name}”, which is not installed here; "
            f"it is exported with the default template “{DEFAULT_TEMPLATE}”. "
            "Import that template (or choose another) to print it as intended"
        )
    return None


def template_for_brief(name: str | None) -> Template:
    """The template a brief names in ``layout.template``, or the default
    when it names none or one that cannot be found."""
    if name:
        try:
            return get_template(name)
        except TemplateNotFound:
            pass
    return default_template()


__all__ = [
    "DEFAULT_TEMPLATE",
    "missing_template_warning",
    "TemplateNotFound",
    "TemplateSource",
    "BuiltinTemplateSource",
    "TemplateLibrary",
    "LIBRARY",
    "builtin_templates",
    "get_template",
    "default_template",
    "template_for_brief",
]
