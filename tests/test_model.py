"""The model's text rules and the long-text markup parser.

What a user relies on: a control character pasted from a PDF is refused with
a message that names it; dates and times are checked; enums only take the
spec's values; a photo is a real, small PNG or JPEG; and whatever they type
in long text is printed literally except the documented markup.
"""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from pydantic import ValidationError

from briefer.model import (
    Brief,
    IssueStatus,
    KeyPoint,
    TextList,
    Meeting,
    OpenIssue,
    TextParagraph,
    Participant,
    Risk,
    Span,
    Status,
    decode_photo,
    parse_inline,
    parse_long_text,
    plain_text,
    problems_from_validation,
    word_count,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff\xe0"


def _problems(exc: ValidationError) -> list[str]:
    return [str(p) for p in problems_from_validation(exc)]


# --------------------------------------------------------------------------
# Text rules
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "named"),
    [("\x07", "U+0007 (BELL)"), ("\x00", "U+0000 (NULL)"), ("\x1b", "U+001B (ESCAPE)"), ("\x85", "U+0085")],
)
def test_control_characters_are_refused_with_their_name(char: str, named: str) -> None:
    with pytest.raises(ValidationError) as info:
        Brief(title=f"Meeting{char}notes")
    (problem,) = _problems(info.value)
    assert problem.startswith("title: ")
    assert named in problem


def test_control_character_in_long_text_names_the_nested_path() -> None:
    with pytest.raises(ValidationError) as info:
        Brief.model_validate({"title": "T", "risks": [{"risk": "ok"}, {"risk": "r", "detail": "a\x07b"}]})
    (problem,) = _problems(info.value)
    assert problem.startswith("risks[1].detail: ")
    assert "U+0007" in problem


def test_tab_and_newline_are_allowed_in_long_text_and_crlf_is_normalised() -> None:
    b = Brief(title="T", summary="col1\tcol2\r\nnext line")
    assert b.summary == "col1\tcol2\nnext line"


def test_one_line_text_refuses_a_line_break() -> None:
    with pytest.raises(ValidationError, match="one line"):
        Participant(name="Alice\nSmith")


def test_title_is_required_and_blank_is_not_a_title() -> None:
    with pytest.raises(ValidationError) as info:
        Brief.model_validate({})
    assert _problems(info.value) == ["title: is required but missing"]
    with pytest.raises(ValidationError, match="must not be empty"):
        Brief(title="   ")


def test_blank_optional_text_means_not_filled_in() -> None:
    b = Brief(title="T", subtitle="  ", summary="", objectives=["", "keep", "  "])
    assert b.subtitle is None and b.summary is None
    assert b.objectives == ["keep"]


def test_any_script_is_kept_as_typed() -> None:
    names = ["بنيامين نتنياهو", "בנימין נתניהו", "李明", "José Ñúñez", "Ελένη"]
    for name in names:
        assert Participant(name=name).name == name


def test_validate_assignment_refuses_bad_text_from_the_gui() -> None:
    b = Brief(title="T")
    with pytest.raises(ValidationError):
        b.title = "bad\x07"
    assert b.title == "T"


# --------------------------------------------------------------------------
# Dates, times, enums
# --------------------------------------------------------------------------


def test_dates_and_times_parse_and_serialise_in_the_spec_form() -> None:
    m = Meeting(date="2025-11-10", start="09:05", end="23:59")
    assert m.date == dt.date(2025, 11, 10)
    assert m.start == dt.time(9, 5)
    assert m.model_dump(mode="json") == {"date": "2025-11-10", "start": "09:05", "end": "23:59"}


@pytest.mark.parametrize("value", ["10/11/2025", "2025-11-1", "2025-13-01", "2025-02-30", "tomorrow", 20251110])
def test_bad_dates_are_refused(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        Meeting(date=value)
    assert _problems(info.value)[0].startswith("date: ")


@pytest.mark.parametrize("value", ["9:30", "24:00", "12:60", "09:30:00", "noon"])
def test_bad_times_are_refused(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        Meeting(start=value)
    assert "HH:MM" in _problems(info.value)[0]


def test_enums_take_only_the_spec_values() -> None:
    assert Risk(risk="r", likelihood="high", impact="low").severity == 3
    with pytest.raises(ValidationError):
        Risk(risk="r", likelihood="very high")
    with pytest.raises(ValidationError):
        Meeting(format="in person")
    with pytest.raises(ValidationError):
        Participant(name="A", role="boss")
    with pytest.raises(ValidationError):
        KeyPoint(point="p", priority="HIGH")


def test_status_defaults() -> None:
    assert Brief(title="T").status is Status.DRAFT
    assert Brief.model_validate({"title": "T", "status": None}).status is Status.DRAFT
    assert OpenIssue(issue="i").status is IssueStatus.OPEN
    assert OpenIssue(issue="i", status="").status is IssueStatus.OPEN


def test_overdue_issue() -> None:
    issue = OpenIssue(issue="i", due="2025-11-01")
    assert issue.is_overdue(dt.date(2025, 11, 2))
    assert not issue.is_overdue(dt.date(2025, 11, 1))
    issue.status = IssueStatus.RESOLVED
    assert not issue.is_overdue(dt.date(2025, 12, 1))


# --------------------------------------------------------------------------
# Photos
# --------------------------------------------------------------------------


def _uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def test_a_png_and_a_jpeg_photo_are_accepted() -> None:
    assert decode_photo(_uri("image/png", PNG_MAGIC + b"rest"))[0] == "image/png"
    p = Participant(name="A", photo=_uri("image/jpeg", JPEG_MAGIC + b"rest"))
    assert p.photo is not None and p.photo.startswith("data:image/jpeg;base64,")


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("data:image/png;base64,!!!notbase64", "base64"),
        ("data:image/png;base64,abc", "base64"),  # bad padding
        ("data:image/gif;base64," + base64.b64encode(b"GIF89a").decode(), "PNG or JPEG"),
        ("https://example.org/photo.png", "data URI"),
        (_uri("image/png", JPEG_MAGIC + b"x"), "not a PNG"),
        (_uri("image/jpeg", PNG_MAGIC + b"x"), "not a JPEG"),
    ],
)
def test_bad_photos_are_refused_with_a_reason(uri: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Participant(name="A", photo=uri)
    (problem,) = _problems(info.value)
    assert problem.startswith("photo: ")
    assert message in problem


def test_a_photo_over_two_mebibytes_is_refused() -> None:
    big = _uri("image/png", PNG_MAGIC + bytes(2 * 1024 * 1024))
    with pytest.raises(ValidationError, match="2 MiB"):
        Participant(name="A", photo=big)
    just_fits = _uri("image/png", PNG_MAGIC + bytes(2 * 1024 * 1024 - len(PNG_MAGIC)))
    assert Participant(name="A", photo=just_fits).photo


# --------------------------------------------------------------------------
# Unknown keys
# --------------------------------------------------------------------------


def test_unknown_keys_are_kept_and_listed_with_their_path() -> None:
    b = Brief.model_validate(
        {
            "title": "T",
            "colour": "blue",
            "meeting": {"weather": "sunny"},
            "participants": [{"name": "A"}, {"name": "B", "nickname": "Bee"}],
        }
    )
    assert sorted(b.unknown_keys()) == ["colour", "meeting.weather", "participants[1].nickname"]
    dumped = b.model_dump(mode="json")
    assert dumped["colour"] == "blue"
    assert dumped["participants"][1]["nickname"] == "Bee"


# --------------------------------------------------------------------------
# Markup parser
# --------------------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines_and_single_newlines_are_breaks() -> None:
    blocks = parse_long_text("First para\nsame para\n\n\nSecond para")
    assert blocks == [TextParagraph((Span("First para\nsame para"),)), TextParagraph((Span("Second para"),))]


def test_bullets() -> None:
    (block,) = parse_long_text("- one\n- two\n  continued")
    assert block == TextList(((Span("one"),), (Span("two\ncontinued"),)), ordered=False)


def test_numbered_list_keeps_its_start_number() -> None:
    (block,) = parse_long_text("3. third\n4. fourth")
    assert isinstance(block, TextList)
    assert block.ordered and block.start == 3
    assert [plain_text([TextParagraph(i)]) for i in block.items] == ["third", "fourth"]


def test_a_paragraph_then_a_list_then_a_numbered_list() -> None:
    blocks = parse_long_text("Intro\n- a\n- b\n1. one")
    assert [type(b).__name__ for b in blocks] == ["TextParagraph", "TextList", "TextList"]
    assert not blocks[1].ordered and blocks[2].ordered


def test_bold_and_italic() -> None:
    assert parse_inline("say **this** and *that*") == (
        Span("say "),
        Span("this", bold=True),
        Span(" and "),
        Span("that", italic=True),
    )
    assert parse_inline("**bold *both* bold**") == (
        Span("bold ", bold=True),
        Span("both", bold=True, italic=True),
        Span(" bold", bold=True),
    )


@pytest.mark.parametrize(
    "literal",
    ["<b>not bold</b>", "Fish &amp; chips", "{{ 7*7 }}", "{% if x %}", "5 * 3 * 2", "a ** b", "*", "2*3", "<script>"],
)
def test_everything_else_is_literal(literal: str) -> None:
    assert parse_long_text(literal) == [TextParagraph((Span(literal),))]


def test_dash_without_space_and_number_without_dot_space_are_text() -> None:
    blocks = parse_long_text("-not a bullet\n1.5 litres\n3.A")
    assert blocks == [TextParagraph((Span("-not a bullet\n1.5 litres\n3.A"),))]


def test_empty_text_has_no_blocks_and_word_count_ignores_markup() -> None:
    assert parse_long_text(None) == [] and parse_long_text("") == []
    assert word_count("**Bold** words, *two* more\n\n- and a bullet") == 7


def test_asterisks_inside_words_stay_literal():
    """Figures and code in a brief ("7*7", "{{ 7*7 }}" twice) are not emphasis."""
    from briefer.model.text import parse_inline

    for text in ("{{ 7*7 }} and {{ 7*7 }}", "a*b*c", "2*3 = 6 and 4*5 = 20", "x**2 + y**2"):
        spans = parse_inline(text)
        assert [(s.text, s.bold, s.italic) for s in spans] == [(text, False, False)]
    assert [(s.text, s.italic) for s in parse_inline("(*note*)")] == [("(", False), ("note", True), (")", False)]


def test_layout_section_titles_follow_the_text_rules():
    """A renamed section is printed, so its title is text like any other."""
    import pytest
    from pydantic import ValidationError

    from briefer.model import Brief

    with pytest.raises(ValidationError, match="U\\+000B"):
        Brief(title="T", layout={"section_titles": {"risks": "Ri\x0bsks"}})
    assert Brief(title="T", layout={"section_titles": {"risks": "  ", "agenda": "Scenario"}}).layout.section_titles == {
        "agenda": "Scenario"
    }
