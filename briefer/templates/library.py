"""The template library: templates from several sources, looked up by name.

There is no process-wide library.  A composition root (``briefer.cli``, the
app) builds one with :func:`build_library` — the built-ins, the user's own
folder and the team folder — and passes it to whatever needs templates.
:func:`builtin_library` is the built-ins alone.

A library asks its sources in order; the first source that has a name wins,
so a file on a shared drive can never silently replace a built-in template
or the user's own.  Every lookup returns a fresh copy: a caller editing a
template never changes the shared one.

No Qt here.
"""

from __future__ import annotations

from typing import Protocol

from .builtin import DEFAULT_TEMPLATE, BuiltinTemplateSource, default_template
from .folders import FolderTemplateSource, Problem
from .model import Template
from .settings import get_team_dir, user_templates_dir

USER_LABEL = "user"
TEAM_LABEL = "team"


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


class TemplateLibrary:
    """Templates from several sources, looked up by name."""

    def __init__(self, sources: list[TemplateSource]):
        self.sources: list[TemplateSource] = list(sources)

    def source(self, label: str) -> TemplateSource | None:
        """The first source labelled ``label`` ("user", "team"), if any."""
        return next((s for s in self.sources if s.label == label), None)

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

    def for_brief(self, name: str | None) -> Template:
        """The template a brief names in ``layout.template``, or the default
        when it names none or one that cannot be found."""
        if name:
            try:
                return self.get(name)
            except TemplateNotFound:
                pass
        return default_template()

    def missing_warning(self, name: str | None) -> str | None:
        """A sentence for a brief whose ``layout.template`` is not in this
        library (a brief from another office, a template renamed since),
        else None."""
        if not name:
            return None
        try:
            self.get(name)
        except TemplateNotFound:
            return (
                f"the brief uses the template “{name}”, which is not installed here; "
                f"it is exported with the default template “{DEFAULT_TEMPLATE}”. "
                "Import that template (or choose another) to print it as intended"
            )
        return None

    def problems(self) -> list[Problem]:
        """Files in the folder sources that were skipped, freshly scanned,
        as ``(path, message)``."""
        problems: list[Problem] = []
        for source in self.sources:
            if isinstance(source, FolderTemplateSource):
                source.templates()
                problems += source.problems
        return problems


def builtin_library() -> TemplateLibrary:
    """A library of the built-in templates alone."""
    return TemplateLibrary([BuiltinTemplateSource()])


def build_library() -> TemplateLibrary:
    """The library a composition root builds once: built-in, then the
    user's folder, then the team folder.  The folders are asked for each
    time they are scanned, so a changed setting applies at once."""
    return TemplateLibrary(
        [
            BuiltinTemplateSource(),
            FolderTemplateSource(USER_LABEL, user_templates_dir),
            FolderTemplateSource(TEAM_LABEL, get_team_dir),
        ]
    )


__all__ = [
    "TEAM_LABEL",
    "USER_LABEL",
    "TemplateLibrary",
    "TemplateNotFound",
    "TemplateSource",
    "build_library",
    "builtin_library",
]
