"""Reading typed dates (Qt-free): what people type is read as the date they
meant, in their locale's order, or refused with a sentence saying what to type."""

import datetime as dt

import pytest

from briefer.model.dates import DateParseError, long_date, parse_date, parse_partial_date, short_date, weekday_date
from briefer.model.partial_date import PartialDate

NOV_27 = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("27 Nov 2026", "dmy"), ("27 November 2026", "mdy"), ("Nov 27, 2026", "dmy"), ("November 27 2026", "ymd"),
        ("2026 Nov 27", "dmy"), ("27-nov-2026", "dmy"), ("  27  Nov  2026 ", "dmy"), ("27 Sept 2026", None),
        ("2026-11-27", "dmy"), ("2026-11-27", "mdy"), ("2026/11/27", "ymd"),
        ("27/11/2026", "dmy"), ("27.11.2026", "dmy"), ("11/27/2026", "mdy"), ("27/11/26", "dmy"),
    ],
)  # fmt: skip
def test_what_people_type_is_the_date_they_meant(text, order):
    expected = dt.date(2026, 9, 27) if "Sept" in text else NOV_27
    assert parse_date(text, order or "dmy") == expected


def test_the_locale_order_decides_all_digit_dates():
    assert parse_date("03/04/2026", "dmy") == dt.date(2026, 4, 3)
    assert parse_date("03/04/2026", "mdy") == dt.date(2026, 3, 4)


def test_locale_month_names_are_read():
    assert parse_date("27 novembre 2026", "dmy", {"novembre": 11}) == NOV_27


@pytest.mark.parametrize("text", ["", "27 Nov", "Nov 2026", "27 Novembr 2026", "31/11/2026", "30 Feb 2026",
                                  "27/11/202", "1 2 3 4", "next Tuesday", "27 Nov Dec 2026"])
def test_anything_else_is_refused_with_what_to_type(text):
    with pytest.raises(DateParseError) as e:
        parse_date(text, "dmy")
    assert "27 Nov 2026" in str(e.value)


def test_one_formatter():
    assert short_date(dt.date(2026, 12, 2)) == "2 Dec 2026"
    assert long_date(NOV_27) == "27 November 2026"
    assert weekday_date(NOV_27) == "Friday 27 November 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025", PartialDate(2025)), ("Nov 2025", PartialDate(2025, 11)), ("november 2025", PartialDate(2025, 11)),
     ("2025-11", PartialDate(2025, 11)), ("11/2025", PartialDate(2025, 11)), ("27 Nov 2025", PartialDate(2025, 11, 27)),
     ("2025-11-27", PartialDate(2025, 11, 27))],
)
def test_a_timeline_date_may_be_known_to_the_month_or_the_year(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["", "Nov", "13/2025", "2025-13", "Novembr 2025", "25"])
def test_a_partial_date_that_is_not_one_is_refused(text):
    with pytest.raises(DateParseError):
        parse_partial_date(text)


def test_a_day_written_as_an_ordinal():
    assert parse_date("1er mars 2027", "dmy", {"mars": 3}) == dt.date(2027, 3, 1)
    assert parse_date("1st March 2027", "mdy") == dt.date(2027, 3, 1)
    assert parse_date("March 3rd, 2027", "mdy") == dt.date(2027, 3, 3)
