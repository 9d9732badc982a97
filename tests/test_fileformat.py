"""The `.brief` envelope: round trips, unknown keys, versions and migration.

These go through bytes (``brief_from_bytes`` / ``brief_to_bytes``); the
file-system side is in ``test_storage.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import briefer.model.fileformat as fileformat
from briefer.model import Brief, BriefFileError, Part, brief_from_bytes, brief_to_bytes

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "resources" / "examples"
VERSION_FIXTURES = sorted(FIXTURES.glob("v*.brief"))
ROUND_TRIP_FILES = VERSION_FIXTURES + sorted(EXAMPLES.glob("*.brief")) + [FIXTURES / "unknown-keys.brief"]


def _envelope(brief: Any, version: Any = 1, fmt: Any = "briefer-brief") -> bytes:
    return json.dumps({"format": fmt, "version": version, "brief": brief}).encode()


def test_there_is_a_fixture_for_every_format_version() -> None:
    names = {p.name for p in VERSION_FIXTURES}
    assert names == {f"v{v}.brief" for v in range(fileformat.OLDEST_VERSION, fileformat.CURRENT_VERSION + 1)}


@pytest.mark.parametrize("path", ROUND_TRIP_FILES, ids=lambda p: p.name)
def test_round_trip_is_lossless_and_stable(path: Path) -> None:
    loaded = brief_from_bytes(path.read_bytes())
    first = brief_to_bytes(loaded.brief)
    again = brief_from_bytes(first)
    assert again.brief == loaded.brief
    assert brief_to_bytes(again.brief) == first
    assert [str(w) for w in again.warnings if "envelope" not in w.message] == [
        str(w) for w in loaded.warnings if "envelope" not in w.message
    ]


def test_current_version_fixture_is_already_in_canonical_form() -> None:
    path = FIXTURES / f"v{fileformat.CURRENT_VERSION}.brief"
    data = path.read_bytes()
    assert brief_to_bytes(brief_from_bytes(data).brief) == data


def _unfilled_fields(model: Part, path: str = "") -> list[str]:
    """Fields that no instance in the tree fills in."""
    missing = []
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        sub = f"{path}.{name}" if path else name
        if isinstance(value, Part):
            missing += _unfilled_fields(value, sub)
        elif isinstance(value, list) and value and isinstance(value[0], Part):
            per_item = [set(_unfilled_fields(item, sub + "[]")) for item in value]
            missing += sorted(set.intersection(*per_item))
        elif value in (None, [], {}) or value == field.default:
            missing.append(sub)
    return missing


# Fields format version 2 added (``docs/brief-format.md``, *v2*).
V2_FIELDS = {
    "portion_markings", "distribution", "follows", "contact", "clearances", "decisions", "questions", "logistics",
    "meeting.home_timezone", "agenda[].place", "participants[].person", "participants[].language", "open_issues[].raised",
    "open_issues[].carried_from", "open_issues[].history", "layout.people",
    *(f"{name}[].marking" for name in (
        "participants", "agenda", "key_points", "stakeholders", "risks", "open_issues", "timeline", "sections", "sources",
    )),
}  # fmt: skip


def test_v1_fixture_uses_every_field_of_format_1() -> None:
    loaded = brief_from_bytes((FIXTURES / "v1.brief").read_bytes())
    assert loaded.warnings == []
    unfilled = _unfilled_fields(loaded.brief)
    assert all(any(f == v or f.startswith(v + ".") for v in V2_FIELDS) for f in unfilled), unfilled
    assert {f.split(".")[0] for f in unfilled} >= {"portion_markings", "follows", "contact"}


def test_v2_fixture_uses_every_field_of_the_format() -> None:
    loaded = brief_from_bytes((FIXTURES / "v2.brief").read_bytes())
    assert loaded.warnings == [] and loaded.migrated_from is None
    assert _unfilled_fields(loaded.brief) == []


def test_bytes_are_utf8_with_non_ascii_as_itself_and_a_final_newline() -> None:
    data = brief_to_bytes(Brief(title="Kushner–Netanyahu", participants=[{"name": "李明"}]))
    assert data.endswith(b"}\n") and not data.endswith(b"\n\n")
    text = data.decode("utf-8")
    assert "Kushner–Netanyahu" in text and "李明" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "briefer-brief",\n  "version": 2,\n  "brief": {')


def test_key_order_follows_the_spec_not_the_input() -> None:
    a = Brief.model_validate({"title": "T", "summary": "S", "marking": "M"})
    b = Brief.model_validate({"marking": "M", "summary": "S", "title": "T"})
    assert brief_to_bytes(a) == brief_to_bytes(b)


def test_tolerant_reading_bom_crlf_and_compact_json() -> None:
    data = b"\xef\xbb\xbf" + _envelope({"title": "T", "summary": "a\r\nb"}).replace(b", ", b",\r\n")
    loaded = brief_from_bytes(data)
    assert loaded.brief.summary == "a\nb"


# --------------------------------------------------------------------------
# Unknown keys
# --------------------------------------------------------------------------


def test_unknown_keys_survive_a_save_at_every_level_and_are_reported_with_their_path() -> None:
    loaded = brief_from_bytes((FIXTURES / "unknown-keys.brief").read_bytes())
    paths = [w.path for w in loaded.warnings if "envelope" not in w.message]
    assert paths == ["colour", "meeting.weather", "participants[0].nickname", "layout.font_scale"]
    assert all(w.message == "unknown key (kept as it is)" for w in loaded.warnings if w.path in paths)
    saved = json.loads(brief_to_bytes(loaded.brief))["brief"]
    assert saved["colour"] == "blue"
    assert saved["meeting"]["weather"] == {"sky": "clear", "temperature": 21}
    assert saved["participants"][0]["nickname"] == "Al"
    assert saved["layout"]["font_scale"] == 1.1


def test_unknown_envelope_key_is_kept_and_reported() -> None:
    """A newer release's envelope key (here "generator") travels with the
    brief through copies (the GUI's undo keeps deep copies) and is written
    back on save, after the brief."""
    loaded = brief_from_bytes((FIXTURES / "unknown-keys.brief").read_bytes())
    (warning,) = [w for w in loaded.warnings if "envelope" in w.message]
    assert warning.path == "generator" and "kept" in warning.message
    saved = json.loads(brief_to_bytes(loaded.brief.model_copy(deep=True)))
    assert list(saved)[:3] == ["format", "version", "brief"]
    assert saved["generator"] == json.loads((FIXTURES / "unknown-keys.brief").read_bytes())["generator"]


# --------------------------------------------------------------------------
# Versions and migration
# --------------------------------------------------------------------------


def test_a_newer_version_is_refused_naming_both_versions() -> None:
    with pytest.raises(BriefFileError) as info:
        brief_from_bytes(_envelope({"title": "T"}, version=3))
    message = str(info.value)
    assert "newer Briefer" in message and "format 3" in message and "up to 2" in message
    assert info.value.reason == "newer-version"


def test_a_version_1_file_opens_as_version_2_and_is_saved_as_version_2() -> None:
    v1 = (FIXTURES / "v1.brief").read_bytes()
    loaded = brief_from_bytes(v1)
    assert loaded.migrated_from == 1 and loaded.warnings == []
    saved = json.loads(brief_to_bytes(loaded.brief))
    assert saved["version"] == 2
    assert saved["brief"] == {**json.loads(v1)["brief"]}  # nothing added, nothing lost
    assert brief_from_bytes(brief_to_bytes(loaded.brief)).migrated_from is None


def test_a_version_1_file_with_a_version_2_key_reads_it_as_the_field() -> None:
    """A key version 1 did not know is kept as it is; version 2 knows
    ``logistics`` and reads it as the field."""
    loaded = brief_from_bytes(_envelope({"title": "T", "logistics": "Arrive at 9."}, version=1))
    assert loaded.brief.logistics == "Arrive at 9." and loaded.warnings == []


def test_an_older_version_is_migrated_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the app is at format 3 and v2 → v3 prefixed ``summary``: a
    version 1 file goes through every migration, in order."""
    calls: list[dict[str, Any]] = []

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(dict(data))
        data = dict(data)
        data["summary"] = "migrated: " + data.pop("summary", "")
        return data

    monkeypatch.setattr(fileformat, "CURRENT_VERSION", 3)
    monkeypatch.setattr(fileformat, "MIGRATIONS", {**fileformat.MIGRATIONS, 2: v2_to_v3})
    v1 = (FIXTURES / "v1.brief").read_bytes()
    loaded = brief_from_bytes(v1)
    assert loaded.migrated_from == 1
    assert len(calls) == 1 and calls[0]["title"] == "Fixture meeting — every field of format 1"
    assert loaded.brief.summary is not None and loaded.brief.summary.startswith("migrated: **Bottom line:**")
    # The next save writes the current version.
    assert json.loads(brief_to_bytes(loaded.brief))["version"] == 3


def test_a_current_file_is_not_migrated() -> None:
    assert brief_from_bytes((FIXTURES / "v2.brief").read_bytes()).migrated_from is None


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, None, True])
def test_an_impossible_version_is_refused(version: Any) -> None:
    with pytest.raises(BriefFileError, match="version"):
        brief_from_bytes(_envelope({"title": "T"}, version=version))


# --------------------------------------------------------------------------
# Bad content: every problem, with its path
# --------------------------------------------------------------------------


def test_every_validation_problem_is_listed_with_its_field_path() -> None:
    data = _envelope(
        {
            "title": "T",
            "participants": [{"title": "no name"}, {"name": "ok", "role": "boss"}],
            "meeting": {"date": "10/11/2025"},
        }
    )
    with pytest.raises(BriefFileError) as info:
        brief_from_bytes(data)
    problems = [str(p) for p in info.value.problems]
    assert "participants[0].name: is required but missing" in problems
    assert any(p.startswith("participants[1].role: ") for p in problems)
    assert any(p.startswith("meeting.date: ") for p in problems)
    assert "more problems" in str(info.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 10, "binary"),
        (b"\xff\xfe\xfd not utf-8", "UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2, 3]", "not a Briefer brief"),
        (json.dumps({"format": "something-else", "version": 1, "brief": {}}).encode(), "not a Briefer brief"),
        (json.dumps({"format": "briefer-brief", "version": 1}).encode(), '"brief"'),
        (json.dumps({"format": "briefer-brief", "version": 1, "brief": []}).encode(), '"brief"'),
        (b'{"format": "briefer-brief", "format": "x"}', "appears twice"),
        (b'{"format": "briefer-brief", "version": 1, "brief": {"title": NaN}}', "NaN"),
        (b'{"format": "briefer-brief", "version": 1, "brief": {"title": "\\ud800"}}', "surrogate"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
    ids=["empty", "binary", "bad-utf8", "bad-json", "array", "wrong-format", "no-brief", "brief-list",
         "dup-key", "nan", "surrogate", "deep"],
)
def test_bad_bytes_give_one_clear_problem(data: bytes, message: str) -> None:
    with pytest.raises(BriefFileError) as info:
        brief_from_bytes(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
