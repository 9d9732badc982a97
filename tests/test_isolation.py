"""The suite's own guard: every test has its own user folders (root
conftest), so no test touches the real home or another test's files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

_data_folders_seen: list[Path] = []


def test_briefer_folders_and_platformdirs_point_into_the_test_folders(tmp_path_factory) -> None:
    """Without asking for ``user_folders``: it is autouse."""
    base = tmp_path_factory.getbasetemp()
    for var in ("BRIEFER_CONFIG_DIR", "BRIEFER_DATA_DIR", "BRIEFER_CACHE_DIR", "HOME"):
        assert Path(os.environ[var]).is_relative_to(base), var
    for where in (platformdirs.user_config_dir, platformdirs.user_data_dir, platformdirs.user_cache_dir):
        assert Path(where("Briefer", appauthor=False)).is_relative_to(base), where.__name__
    assert "BRIEFER_TEAM_TEMPLATES" not in os.environ


@pytest.mark.parametrize("turn", [1, 2])
def test_each_test_starts_with_fresh_config_and_data_folders(user_folders, turn: int) -> None:
    assert not user_folders.config.exists() and not user_folders.data.exists()
    user_folders.data.mkdir()
    _data_folders_seen.append(user_folders.data)
    assert len(set(_data_folders_seen)) == len(_data_folders_seen)
