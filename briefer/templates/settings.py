"""Briefer's settings: the user config folder, the settings file in it and
the team templates folder it names.

``<config>`` is ``$BRIEFER_CONFIG_DIR`` if set (tests and CI set it so they
never touch the real home folder), else platformdirs' user config dir for
"Briefer".  The team templates folder is ``$BRIEFER_TEAM_TEMPLATES``, else
``team_templates_dir`` in ``<config>/settings.json``.

No Qt here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from ..storage.atomic import atomic_write
from ..storage.safe_read import read_limited

CONFIG_ENV = "BRIEFER_CONFIG_DIR"
TEAM_ENV = "BRIEFER_TEAM_TEMPLATES"
SETTINGS_FILE = "settings.json"
TEAM_SETTING = "team_templates_dir"
MAX_SETTINGS_BYTES = 256 * 1024


def config_dir() -> Path:
    """Briefer's user config folder (``$BRIEFER_CONFIG_DIR`` wins)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
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



__all__ = [
    "CONFIG_ENV",
    "TEAM_ENV",
    "config_dir",
    "get_team_dir",
    "read_settings",
    "set_team_dir",
    "settings_path",
    "user_templates_dir",
]
