"""Calendar arithmetic, tested as arithmetic: properties over generated dates."""

from datetime import date, timedelta

from hypothesis import given, strategies as st

from claims.temporal import calendar as cal

dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31))
weekdays = st.integers(0, 6)


@given(dates, weekdays)
def test_last_weekday_is_that_weekday_within_the_seven_days_before(d, w):
    got = cal.last_weekday(d, w)
    assert got.weekday() == w
    assert 1 <= (d - got).days <= 7


@given(dates, weekdays)
def test_next_weekday_is_that_weekday_within_the_seven_days_after(d, w):
    got = cal.next_weekday(d, w)
    assert got.weekday() == w
    assert 1 <= (got - d).days <= 7


@given(dates, st.integers(0, 240))
def test_n_months_later_minus_n_months_is_the_start_month(d, n):
    month = cal.month_interval(d.year, d.month)
    later = cal.shift_interval(month, cal.delta(n, "MO"))
    back = cal.shift_interval(later, cal.delta(n, "MO"), -1)
    assert back == month


@given(dates, st.integers(0, 240))
def test_months_later_interval_contains_every_shifted_day(d, n):
    month = cal.month_interval(d.year, d.month)
    later = cal.shift_interval(month, cal.delta(n, "MO"))
    day = month[0]
    while day <= month[1]:
        assert later[0] <= cal.shift(day, cal.delta(n, "MO")) <= later[1]
        day += timedelta(days=1)


def test_month_end_clips_like_prose():
    assert cal.shift(date(2024, 1, 31), cal.delta(1, "MO")) == date(2024, 2, 29)


@given(dates)
def test_value_of_names_day_month_and_year(d):
    assert cal.value_of((d, d)) == d.isoformat()
    assert cal.value_of(cal.month_interval(d.year, d.month)) == f"{d.year:04d}-{d.month:02d}"
    assert cal.value_of(cal.year_interval(d.year)) == f"{d.year:04d}"


@given(st.integers(1, 500), st.sampled_from(["Y", "MO", "W", "D", "H"]))
def test_duration_days_bounds_are_ordered_and_positive(n, unit):
    lo, hi = cal.duration_days(cal.duration_value(n, unit))
    assert 0 < lo <= hi


# A year typed with a digit too many ("May 20014"): the years one digit fewer gives.

def test_a_five_digit_year_gives_the_years_one_deleted_digit_leaves():
    assert cal.year_slips("20014") == [2001, 2004, 2014]


def test_only_five_digits_are_a_year_with_a_digit_too_many():
    assert cal.year_slips("2014") == []
    assert cal.year_slips("200140") == []
    assert cal.year_slips("2O014") == []


def test_a_five_digit_number_no_deleted_digit_turns_into_a_written_year_gives_none():
    assert cal.year_slips("98765") == []


@given(st.integers(cal.WRITTEN_YEARS[0], cal.WRITTEN_YEARS[1]), st.integers(0, 4), st.integers(0, 9))
def test_a_digit_slipped_into_any_written_year_gives_that_year_back(year, at, digit):
    written = str(year)
    slipped = written[:at] + str(digit) + written[at:]
    if slipped[0] != "0":
        assert year in cal.year_slips(slipped)
    for y in cal.year_slips(slipped):
        assert cal.WRITTEN_YEARS[0] <= y <= cal.WRITTEN_YEARS[1]


def test_a_run_of_calendar_months_holds_their_mean_length_give_or_take_the_slack():
    from datetime import date as _date

    from claims.temporal.calendar import duration_days
    for n in (2, 3, 6, 12, 18, 24):
        lo, hi = duration_days(f"P{n}M", consecutive=True)
        for y in (2023, 2024):
            for m in range(1, 13):
                end = _date(y + (m - 1 + n) // 12, (m - 1 + n) % 12 + 1, 1)
                assert lo <= (end - _date(y, m, 1)).days <= hi
    assert duration_days("P1M", consecutive=True) == (28, 31)  # one month may be a February
    assert duration_days("P18M") == (18 * 28, 18 * 31)
