"""The team templates folder setting (a shared drive the whole team's
templates are read from)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from ..storage import SaveError
from ..templates import TemplateLibrary
from ..templates import settings as template_settings
from ..templates.library import TEAM_LABEL
from .i18n import numbers
from .template_prompter import TemplatePrompter


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def choose_team_folder(library: TemplateLibrary, prompter: TemplatePrompter) -> str | None:
    """Ask for the team templates folder, remember it and re-read the
    library.  Returns a status message, or None if cancelled."""
    current = template_settings.get_team_dir()
    folder = prompter.ask_team_folder(os.fspath(current) if current else "")
    if not folder:
        return None
    try:
        template_settings.set_team_dir(folder)
    except SaveError as e:
        prompter.error(_tr("Could not save the setting"), str(e))
        return None
    problems = library.problems()
    count = sum(1 for _t, source in library.entries() if source == TEAM_LABEL)
    message = numbers(_tr("Team templates folder: %s (%d templates)."), count).replace("%s", str(folder), 1)
    if problems:
        skipped = "\n".join(f"{os.path.basename(p)}: {m}" for p, m in problems[:8])
        prompter.info(_tr("Some templates were skipped"), _tr("These files could not be read:") + "\n\n" + skipped)
    return message


__all__ = ["choose_team_folder"]
