"""Issue 11, item 9: what opens can be saved.

Unknown keys are kept and written back, so a value nested deeper than the
writer can serialise (about 255 levels in pydantic) used to load, validate
and then fail every save and autosave with a PydanticSerializationError,
which is no SaveError: Save raised with no dialog.  Now the open refuses
what save could not write, and anything the save path raises is a
SaveError with advice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.model import Brief, BriefFileError, brief_from_bytes
from briefer.model.fileformat import MAX_NESTING
from briefer.storage import SaveError, load_brief, save_brief, write_autosave

from .conftest import run_cli


def _nested_brief(depth: int) -> bytes:
    value = '{"a": ' * depth + '"deep"' + "}" * depth
    return ('{"format": "briefer-brief", "version": 1, "brief": {"title": "T", "extra": ' + value + "}}").encode()


@pytest.mark.parametrize("depth", [MAX_NESTING, 260, 994])
def test_whatever_opens_also_saves(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.brief"
    path.write_bytes(_nested_brief(depth))
    try:
        brief = load_brief(path).brief
    except BriefFileError as e:
        assert "nested too deeply" in str(e)
        result = run_cli("validate", str(path))
        assert result.code == 2 and "nested too deeply" in result.stderr
        return
    save_brief(path, brief)  # no exception: what loads is written back
    write_autosave(brief, path)
    assert load_brief(path).brief == brief


def test_the_limit_is_above_any_real_brief_and_below_the_writer() -> None:
    brief_from_bytes(_nested_brief(MAX_NESTING - 3))  # envelope, brief, extra
    with pytest.raises(BriefFileError, match="nested too deeply"):
        brief_from_bytes(_nested_brief(MAX_NESTING + 1))


def test_every_failure_of_the_save_path_is_a_save_error(tmp_path: Path) -> None:
    brief = Brief(title="T")
    deep: object = 1
    for _ in range(400):
        deep = {"a": deep}
    brief.__pydantic_extra__["deep"] = deep  # as a bug or a plug-in could leave it
    for save in (lambda: save_brief(tmp_path / "x.brief", brief), lambda: write_autosave(brief, tmp_path / "x.brief")):
        with pytest.raises(SaveError) as info:
            save()
        assert "cannot be written" in str(info.value) and "new brief" in str(info.value)
    assert list(tmp_path.iterdir()) == []
