"""date.duration-conflict: durations against their own endpoints."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

WORDS = {5: "five", 10: "ten", 20: "twenty", 30: "thirty"}


def flagged(text, published=None):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


@pytest.mark.parametrize("text, published", [
    ("Founded in 2001, the agency has been in operation for the past thirty years.", date(2024, 3, 1)),
    ("The institute was established in 1990. It has existed for 20 years, its director said.", date(2024, 3, 1)),
    ("A 72-hour ceasefire began on Monday, 1 April 2024 and ended on Saturday, 6 April 2024.", date(2024, 4, 10)),
])
def test_flagged(text, published):
    [f] = flagged(text, published)
    assert "but the article says" in f.message and f.related and f.evidence


def test_message_states_both_sides_and_the_arithmetic():
    [f] = flagged("Founded in 2001, the agency has been in operation for the past thirty years.", date(2024, 3, 1))
    assert f.message == "2001 to 1 March 2024 is 22 to 23 years, but the article says \u201cthirty years\u201d"


@pytest.mark.parametrize("text, published", [
    # the duration fits somewhere in "2013": all of 2013 to 21 April 2024 is 10.3 to 11.3 years
    ("Set up in 2013, the mission has been in operation for the past ten years.", date(2024, 4, 21)),
    ("Founded in 2001, the agency has been in operation for more than twenty years.", date(2024, 3, 1)),
    ("Founded in 2001, the agency has been in operation for nearly 23 years.", date(2024, 3, 1)),
    # not about existing: the founding says nothing about three profitable years
    ("Founded in 1950, the company has been profitable for the past three years.", date(2024, 3, 1)),
    # a start event of something else (no shared content word)
    ("The bank was founded in 1950. The ceasefire has been in place for the past two years.", date(2024, 3, 1)),
    ("A 72-hour ceasefire began on Monday, 1 April 2024 and ended on Thursday, 4 April 2024.", date(2024, 4, 10)),
])
def test_not_flagged(text, published):
    assert flagged(text, published) == []


def test_no_publication_date_no_since_check():
    assert flagged("Founded in 2001, the agency has been in operation for the past thirty years.") == []


@given(st.integers(1950, 2020), st.sampled_from(sorted(WORDS)), st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_flags_exactly_when_no_day_of_the_founding_year_fits(founded, years, published):
    if published.year <= founded:
        return
    text = f"Founded in {founded}, the agency has been in operation for the past {WORDS[years]} years."
    lo = (published - date(founded, 12, 31)).days
    hi = (published - date(founded, 1, 1)).days
    allowed = ((years - 0.5) * 365, (years + 1) * 366)
    expected = hi < allowed[0] or lo > allowed[1]
    assert bool(flagged(text, published)) == expected


def test_a_future_duration_is_not_measured_from_a_start():
    text = ("The new agreement will extend for three years the standstill arrangement that has been in "
            "place since August 1986.")
    assert flagged(text, date(1987, 3, 24)) == []
