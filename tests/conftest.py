"""Fixtures for the whole suite.

Every test runs with its own config, data and home folders (``user_folders``,
autouse), so no test reads or writes the real user's settings, templates,
autosaves or caches, and no test sees another's.  The cache folder (font
instances, template thumbnails; both keyed by a hash of what they were made
from) is shared by the whole session, because making font instances is
slow; a test that needs an empty cache sets ``BRIEFER_CACHE_DIR`` itself.
Subprocesses (the CLI, crash trials) inherit these folders.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt aborts without a screen unless told to draw offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class UserFolders:
    config: Path  # $BRIEFER_CONFIG_DIR: settings, user templates
    data: Path  # $BRIEFER_DATA_DIR: untitled autosaves, recovered briefs
    cache: Path  # $BRIEFER_CACHE_DIR: shared by the session
    home: Path  # $HOME and the XDG folders, for anything that asks platformdirs


def _point_the_environment_at(folders: UserFolders, monkeypatch: pytest.MonkeyPatch) -> None:
    folders.home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("BRIEFER_CONFIG_DIR", str(folders.config))
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(folders.data))
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(folders.cache))
    monkeypatch.setenv("HOME", str(folders.home))
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                     ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(var, str(folders.home / sub))
    for var in ("BRIEFER_TEAM_TEMPLATES", "BRIEFER_TEAM_PEOPLE", "BRIEFER_DEBUG"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session", autouse=True)
def _session_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UserFolders]:
    """Folders for what runs before any test's own (module- and
    session-scoped fixtures); its cache folder is the shared one."""
    root = tmp_path_factory.mktemp("session-user")
    folders = UserFolders(config=root / "config", data=root / "data", cache=root / "cache", home=root / "home")
    monkeypatch = pytest.MonkeyPatch()
    _point_the_environment_at(folders, monkeypatch)
    yield folders
    monkeypatch.undo()


@pytest.fixture(autouse=True)
def user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _session_user_folders: UserFolders
) -> UserFolders:
    """Fresh config, data and home folders for this test (config and data
    not created: Briefer must create what it needs).  Outside ``tmp_path``,
    so a test that lists its ``tmp_path`` sees only its own files."""
    root = tmp_path_factory.mktemp("user")
    folders = UserFolders(config=root / "config", data=root / "data", cache=_session_user_folders.cache, home=root / "home")
    _point_the_environment_at(folders, monkeypatch)
    return folders
