"""Where the people library lives.

* The user's own people are in ``<data>/people``, where ``<data>`` is
  Briefer's user data folder (``$BRIEFER_DATA_DIR``, else platformdirs'),
  beside autosaves.
* Team folders on shared drives: ``$BRIEFER_TEAM_PEOPLE`` (several joined
  with ``os.pathsep``), else the list ``team_people_dirs`` in the settings
  file that also names the team templates folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefer.storage.autosave import data_dir
from briefer.templates.settings import read_settings

TEAM_ENV = "BRIEFER_TEAM_PEOPLE"
TEAM_SETTING = "team_people_dirs"


def user_people_dir() -> Path:
    return data_dir() / "people"


def team_people_dirs() -> list[Path]:
    override = os.environ.get(TEAM_ENV)
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p.strip()]
    value = read_settings().get(TEAM_SETTING)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(v.strip()) for v in value if isinstance(v, str) and v.strip()]


def people_folders() -> list[Path]:
    """The user's folder first (new people go there), then the team folders."""
    return [user_people_dir(), *team_people_dirs()]
