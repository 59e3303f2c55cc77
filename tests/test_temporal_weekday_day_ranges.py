"""A range of days with a weekday before each day and the month once, after the last:
"Thursday 14 to Sunday 17 August". The month is both days'; the first day is not the bare
weekday nearest the publication date."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.extract import extract
from claims.read import article_from_text


def dates(text, published):
    claims = extract(article_from_text(text, published=published))
    return [(c.text, c.timex.value) for c in claims.of_kind("time") if c.timex.type == "DATE"]


@pytest.mark.parametrize("text, expected", [
    ("The rally runs from Thursday 14 to Sunday 17 August.",
     [("Thursday 14", "2025-08-14"), ("Sunday 17 August", "2025-08-17")]),
    ("Stalls open on Wednesday 13 and Thursday 14 August.",
     [("Wednesday 13", "2025-08-13"), ("Thursday 14 August", "2025-08-14")]),
    # no weekday: the range as before
    ("Stalls open from 13 to 14 August.", [("13", "2025-08-13"), ("14 August", "2025-08-14")]),
])
def test_each_day_of_the_range_takes_the_month(text, expected):
    assert dates(text, date(2025, 8, 1)) == expected


def test_the_first_days_weekday_is_checked_against_its_day():
    result = check_article(article_from_text("Stalls open on Tuesday 13 and Thursday 14 August.",
                                             published=date(2025, 8, 1)))
    assert [f.rule for f in result.findings] == ["date.weekday-mismatch"]


def test_a_range_read_this_way_is_no_span_conflict():
    result = check_article(article_from_text("The four-day rally runs from Thursday 14 to Sunday 17 August.",
                                             published=date(2025, 8, 1)))
    assert result.findings == []
