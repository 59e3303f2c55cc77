"""A clock time on a weekday counted from publication ("5.30am last Thursday, 27 March") names the
same day as the date after it, as a clock time on "yesterday" does (claims/temporal
``_clock_on_deictic_day``): date.relative-conflict judges the date against last Friday. A bare
weekday after the clock ("5.30am Thursday, 27 March") is the date's own weekday, judged by
date.weekday-mismatch, not counted from publication."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2025, 4, 9)  # a Wednesday: last Friday is 4 April


def _relative(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


@pytest.mark.parametrize("text", [
    "Staff saw the broken lock at 5.30am last Thursday, 27 March.",
    "The pipe burst at 11.30pm last Monday, 24 March, flooding the hall.",
    "The alarm sounded at 7am last Tuesday, 25 March.",
])
def test_a_clock_on_a_counted_weekday_and_the_date_after_it_are_one_day(text):
    assert _relative(text)


@pytest.mark.parametrize("text", [
    "Staff saw the broken lock at 5.30am last Thursday, 3 April.",
    "Staff saw the broken lock at 5.30am Thursday, 27 March.",
    # "next Tuesday" may mean this week's or the next: the clock does not choose
    "Crews will start at 7am next Tuesday, 22 April.",
    # a night runs past midnight into another day
    "The pipe burst at 1am last night, 8 April.",
])
def test_the_same_day_or_a_bare_weekday_is_not_judged_here(text):
    assert not _relative(text)
