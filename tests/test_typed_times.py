"""Reading typed times (Qt-free): what people type into a time field is read
as the 24-hour time they meant, or refused with a sentence saying what to type."""

import datetime as dt

import pytest

from briefer.model.times import TimeParseError, parse_time, time_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", (10, 0)), ("1000", (10, 0)), ("10.00", (10, 0)), ("9:30", (9, 30)), ("0930", (9, 30)),
        ("930", (9, 30)), ("10am", (10, 0)), ("2:30 pm", (14, 30)), ("14h30", (14, 30)), ("14h", (14, 0)),
        ("9", (9, 0)), ("  23:59 ", (23, 59)), ("00:00", (0, 0)), ("0000", (0, 0)), ("12am", (0, 0)),
        ("12:15 am", (0, 15)), ("12pm", (12, 0)), ("12:45 PM", (12, 45)), ("1 p.m.", (13, 0)),
        ("11.30a.m.", (11, 30)), ("7p", (19, 0)),
    ],
)  # fmt: skip
def test_what_people_type_is_the_time_they_meant(text, expected):
    assert parse_time(text) == dt.time(*expected)


@pytest.mark.parametrize("text", ["", "   ", "25:00", "24:00", "10:60", "2400", "13pm", "0am", "soon",
                                  "10:0", "10::00", "12345", "10:00:00", "10 30", "-1:00", "1O:00", "10pmx"])
def test_anything_else_is_refused_with_what_to_type(text):
    with pytest.raises(TimeParseError) as e:
        parse_time(text)
    assert "type a time such as 14:30" in str(e.value)


def test_one_formatter_writes_24_hour_hh_mm():
    assert time_text(dt.time(9, 5)) == "09:05"
    assert time_text(dt.time(0, 0)) == "00:00"
    assert time_text(None) == ""
    assert all(time_text(parse_time(t)) == t for t in ("00:00", "09:30", "23:59"))
