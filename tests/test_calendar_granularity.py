"""Granularity and named-day arithmetic in claims.temporal.calendar, tested as arithmetic."""

from datetime import date

from hypothesis import given, strategies as st

from claims.temporal import calendar as cal
from claims.temporal.tagger import HOLIDAYS

dates = st.dates(min_value=date(1100, 1, 1), max_value=date(2900, 12, 31))
grans = st.sampled_from([cal.DAY, cal.WEEK, cal.MONTH, cal.QUARTER, cal.HALF, cal.YEAR, cal.DECADE, cal.CENTURY])


@given(dates, grans)
def test_the_unit_holding_a_day_contains_it_and_has_one_name(d, g):
    a, b = cal.gran_interval(d, g)
    assert a <= d <= b
    assert cal.gran_value(a, g) == cal.gran_value(d, g) == cal.gran_value(b, g)


@given(dates, grans)
def test_units_tile_the_calendar(d, g):
    """The day after a unit's last day starts the next unit."""
    a, b = cal.gran_interval(d, g)
    nxt = cal.add_days(b, 1)
    assert cal.gran_interval(nxt, g)[0] == nxt


@given(dates, dates, st.sampled_from([None, "START", "MID", "END", "APPROX"]))
def test_early_mid_late_stay_inside_the_period(d1, d2, mod):
    iv = (min(d1, d2), max(d1, d2))
    a, b = cal.narrow(iv, mod)
    assert iv[0] <= a <= b <= iv[1]


@given(st.integers(1583, 2900), st.sampled_from(sorted(HOLIDAYS)))
def test_every_named_day_falls_where_its_rule_says(year, name):
    rule = HOLIDAYS[name]
    d = cal.holiday_date(rule, year)
    assert d.year == year
    if isinstance(rule, dict) and "nth" in rule:
        month, weekday, n = rule["nth"]
        assert d.month == month and d.weekday() == weekday
        assert (d.day - 1) // 7 + 1 == n if n > 0 else cal.add_days(d, 7).month != month
    if isinstance(rule, dict) and "easter" in rule:
        assert cal.add_days(d, -rule["easter"]).weekday() == 6  # Easter is a Sunday


@given(st.integers(1100, 2900), st.integers(1, 12), st.integers(1, 28), st.integers(0, 6))
def test_weekday_year_finds_a_year_with_that_weekday_or_none(year, month, day, weekday):
    y = cal.weekday_year(year, month, day, weekday, (year,))
    if y is None:
        assert all(date(x, month, day).weekday() != weekday for x in (year - 1, year, year + 1))
    else:
        assert abs(y - year) <= 1 and date(y, month, day).weekday() == weekday
