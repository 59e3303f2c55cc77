"""A day counted from a month, or a vague count of weeks, is written with the digits its
readings share.

"Four days later" than October 1915 is a day, somewhere from 5 October to 4 November 1915:
its TIMEX3 value is a day's, with X for what the text does not fix (1915-XX-XX), not the
anchor's month. "A few weeks later" than 20 April 1792 is a week of 1792 (1792-WXX). Where
the readings do not even share a year (four days after December), the value stays the
anchor's, as before; an exact count from a day is the day itself. The interval, which the
rules read, does not change: it always held every reading.
"""

from __future__ import annotations

from datetime import date

from claims.model import Article
from claims.temporal import calendar as cal, extract
from claims.temporal.calendar import DAY, MONTH, WEEK

HISTORY = ("The league was founded in 1901. It split in 1905, 1907 and 1909. It merged in 1911. "
           "{first} the northern clubs walked out. {second} the southern clubs followed.")


def values(text: str) -> dict[str, tuple[str, date, date]]:
    claims = extract(Article("t", "<test>", text, published=date(2012, 5, 1)))
    return {c.text: (c.timex.value, c.timex.earliest, c.timex.latest) for c in claims}


def test_days_counted_from_a_month_are_a_day_of_its_year():
    got = values(HISTORY.format(first="In October 1915", second="Four days later"))
    assert got["Four days later"] == ("1915-XX-XX", date(1915, 10, 5), date(1915, 11, 4))


def test_days_counted_from_a_day_are_that_day():
    got = values(HISTORY.format(first="On 10 October 1915", second="Four days later"))
    assert got["Four days later"][0] == "1915-10-14"


def test_readings_across_the_new_year_keep_the_anchor_s_value():
    got = values(HISTORY.format(first="In December 1915", second="Four days later"))
    assert got["Four days later"][0] == "1915-12"


def test_a_vague_count_of_weeks_is_a_week_of_the_year():
    assert values(HISTORY.format(first="On 20 April 1792", second="A few weeks later"))["A few weeks later"][0] \
        == "1792-WXX"
    assert values(HISTORY.format(first="On 20 April 1792", second="Two weeks later"))["Two weeks later"][0] \
        == "1792-W18"


def test_shared_value_keeps_every_digit_all_readings_share():
    assert cal.shared_value((date(1915, 10, 3), date(1915, 10, 9)), DAY) == "1915-10-XX"
    assert cal.shared_value((date(1915, 10, 3), date(1915, 11, 9)), DAY) == "1915-XX-XX"
    assert cal.shared_value((date(1915, 12, 3), date(1916, 1, 9)), DAY) is None
    assert cal.shared_value((date(1915, 10, 3), date(1915, 10, 3)), DAY) == "1915-10-03"
    assert cal.shared_value((date(1915, 10, 3), date(1915, 12, 9)), MONTH) == "1915-XX"
    assert cal.shared_value((date(1915, 10, 3), date(1915, 10, 9)), MONTH) == "1915-10"
    assert cal.shared_value((date(1915, 10, 4), date(1915, 10, 10)), WEEK) == "1915-W40"  # Monday to Sunday
    assert cal.shared_value((date(1915, 10, 4), date(1915, 10, 11)), WEEK) == "1915-WXX"
