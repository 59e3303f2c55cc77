"""Where a date lands, as the rules see it: yearless days read near publication, weekdays
written beside any form of date, relative phrases named again by a date, impossible dates.

Each test is one side of a limit named in the rules' docstrings (date.weekday-mismatch,
date.relative-conflict, date.invalid). Sentences are our own."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THURSDAY = date(2025, 6, 12)


def findings(text, published, rule):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


def weekday(text, published=THURSDAY):
    return findings(text, published, "date.weekday-mismatch")


def relative(text, published=THURSDAY):
    return findings(text, published, "date.relative-conflict")


def invalid(text, published=THURSDAY):
    return findings(text, published, "date.invalid")


# -- date.weekday-mismatch: where a yearless day lands --------------------------------------------

def test_a_yearless_day_is_read_where_a_reader_reads_it_not_where_the_weekday_fits():
    # 16 February 2026 is a Monday; 2027's is a Tuesday, but nobody reads a vote three days
    # before publication as one a year later
    [f] = weekday("The council voted on Tuesday (Feb. 16) to close the pool.", date(2026, 2, 19))
    assert f.message == "16 February 2026 is a Monday, not a Tuesday"


def test_the_message_speaks_of_the_year_compared_and_never_contradicts_itself():
    [f] = weekday("Doors open Monday, 7 October.", date(2014, 12, 31))
    assert f.message == "7 October 2014 is a Tuesday, not a Monday"
    assert f.fix == "Tuesday, 7 October"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6),
       st.integers(-150, 150))
def test_a_weekday_message_never_says_a_day_is_the_weekday_it_rejects(published, wd, shift):
    d = published + timedelta(days=shift)
    for f in weekday(f"The fair opens {DAYS[wd]}, {d:%B} {d.day}.", published):
        assert f"is a {DAYS[wd]}," not in f.message


def test_the_farther_occurrence_stays_a_reading_while_it_is_less_than_three_times_as_far():
    # 30 September from 12 June 2025: 255 days back (a Monday in 2024), 110 ahead (a Tuesday)
    assert weekday("The fair opens Monday, 30 September.") == []
    # 20 August: 297 days back (a Tuesday in 2024), 69 ahead (a Wednesday): only 2025 is read
    assert weekday("The fair opens Tuesday, 20 August.")


def test_the_tense_names_the_reading_unless_it_disagrees_with_nearness():
    # "was held ... 2 June": last week's, a Monday; 2 June 2024 was a Sunday
    assert weekday("The hearing was held on Monday, 2 June.") == []
    assert weekday("The hearing was held on Sunday, 2 June.")
    # past tense but ten days ahead: a year ago (a Sunday in 2024) stays possible
    assert weekday("The hearing was held on Sunday, 22 June.") == []


@pytest.mark.parametrize("text", [
    "The fair opened Friday, 6/6/2025.",
    "The fair opened 2025-06-06 (Friday).",
    "The fair opened 2025-06-06(Fri).",
    "The fair opened 2025-06-06, Friday.",
    "The fair opened Friday 2025/06/06.",
    "The fair opened Friday 06-06-2025.",
    "The fair opened Fri 6/Jun/2025.",
    "The fair opened Fr, 6 June 2025.",
    "The fair opened Fri., June 6.",
    "The fair opened Friday (June 6).",
    "The fair opened Friday, 6/6.",
])
def test_a_weekday_beside_any_form_of_date_is_compared_with_it(text):
    assert weekday(text) == []
    assert weekday(text.replace("Friday", "Monday").replace("Fri", "Mon").replace("Fr,", "Mo,"))


def test_a_numeric_date_is_wrong_only_when_neither_order_has_the_weekday():
    assert weekday("Talks resumed on Thursday, 10/04/2025.") == []  # 10 April is a Thursday
    assert weekday("Talks resumed on Saturday, 10/04/2025.") == []  # 4 October is a Saturday
    [f] = weekday("Talks resumed on Monday, 10/04/2025.")
    assert f.message.startswith("neither ") and f.fix is None


def test_two_letter_weekdays_are_weekdays_only_beside_a_date():
    assert weekday("We 7 October 2014 ...") == []  # "We" is a word
    assert weekday("Mo, 7 October 2014: doors open.")


def test_each_date_in_a_list_keeps_its_own_weekday():
    assert weekday("Sittings: Monday 2 June, Wednesday 4 June and Friday 6 June.") == []
    [f] = weekday("Sittings: Monday 2 June, Wednesday 4 June and Friday 7 June.")
    assert "7 June 2025 is a Saturday" in f.message


# -- date.relative-conflict: one time named twice -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The depot closed yesterday, on 4 June.",
    "The depot closed a week ago (20 May).",
    "The depot closed two days ago, on 2 June.",
    "The depot closed last month, in April.",
    "The depot will close next week, on 30 June.",
    "The depot closed last Monday, 26 May.",
    "The depot closes today - 13 June.",
    "The depot closed earlier this month, on 28 May.",
    "The depot will close later this year, on 14 February.",
    "The depot closes on 30 June (tomorrow).",
])
def test_a_relative_phrase_named_again_by_a_date_must_agree_with_it(text):
    [f] = relative(text)
    assert f.related and f.evidence


@pytest.mark.parametrize("text", [
    "The depot closed yesterday, on 11 June.",
    "The depot closed a week ago (5 June).",
    "The depot closed last Monday, 2 June.",  # on a Thursday, last week's Monday is meant by some
    "The depot closed last month, on 20 May.",
    "The depot will close later this year, on 14 November.",
])
def test_a_relative_phrase_and_a_date_that_agree_are_silent(text):
    assert relative(text) == []


@pytest.mark.parametrize("text", [
    "The depot closed last week in Leeds on 2 May.",  # "in" a place, not "in" a time
    "The bonds due 8 October, on Monday were priced.",  # a date then ", on Monday": two times
    "The depot closed on Friday, 31/10/2014.",  # a bare weekday is the date's, not a relative phrase
    "The depot closed yesterday. On 2 May it had reopened.",  # another sentence
])
def test_times_side_by_side_that_are_not_one_time_named_twice_are_not_compared(text):
    assert relative(text) == []


# -- date.invalid ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("It happened on 30 February 2014.", "30 February 2014 is not a date: February 2014 has 28 days"),
    ("It happened on November 31.", "November 31 is not a date: November has 30 days"),
    ("It happened on Apr 31st, 2019.", "Apr 31st, 2019 is not a date: April 2019 has 30 days"),
    ("It happened on Feb 29, 2023.", "Feb 29, 2023 is not a date: February 2023 has 28 days"),
])
def test_a_day_the_month_does_not_have_is_an_error(text, message):
    [f] = invalid(text)
    assert f.message == message and f.severity.label == "error"


def test_a_range_of_days_written_backwards_is_an_error():
    [f] = invalid("The festival runs March 10 - 2, 2025.")
    assert "runs backwards" in f.message and f.related


@pytest.mark.parametrize("text", [
    "It happened on Feb 29, 2024.",
    "It happens every year on 29 February.",  # some year has it
    "The festival runs March 2 - 10, 2025.",
    "The votes are on May 4 and 1.",  # two days, not a range
])
def test_real_dates_and_ranges_are_not_invalid(text):
    assert invalid(text) == []


@given(st.integers(1, 12), st.integers(1, 31), st.integers(1900, 2099))
def test_invalid_flags_exactly_the_days_the_calendar_lacks(month, day, year):
    try:
        date(year, month, day)
        exists = True
    except ValueError:
        exists = False
    name = date(2000, month, 1).strftime("%B")
    assert bool(invalid(f"It happened on {day} {name} {year}.")) == (not exists)


def test_a_round_count_of_years_ago_is_a_round_figure_a_year_either_way():
    assert relative("Thirty years ago, in 1994, the mill closed.", date(2025, 3, 1)) == []  # 31 years
    assert relative("Thirty years ago, in 1992, the mill closed.", date(2025, 3, 1))  # 33 years
    assert relative("Three years ago, in 2021, the mill closed.", date(2025, 3, 1))  # a small count is exact


def test_a_fiscal_year_may_end_in_the_calendar_year_after_it():
    text = "The loan book will reach 9 billion by the end of the current fiscal year, in February 2026."
    assert relative(text, date(2025, 10, 20)) == []


def test_a_yearless_range_is_judged_by_its_days_not_by_the_years_each_end_might_take():
    assert invalid("Cargo for June 1-15 shipment was sought.", date(2025, 3, 3)) == []
    assert invalid("Cargo for June 15-1 shipment was sought.", date(2025, 3, 3))


# -- date.relative-conflict, info level: the same time told in the next sentence -------------------

def test_a_pro_verb_in_the_next_sentence_restates_the_time_and_an_info_finding_shows_both():
    [f] = relative("The watchdog launched a review last week. It did this on 2 May, citing delays.",
                   date(2024, 5, 22))
    assert f.severity.label == "info" and "13 May to 19 May 2024" in f.message
    assert relative("The watchdog launched a review last week. It did this on 15 May, citing delays.",
                    date(2024, 5, 22)) == []


def test_a_headline_verb_repeated_before_the_bodys_date_restates_the_time():
    text = "Gallery show opens tomorrow\n\nThe show will open its doors on 4 August, organisers said."
    [f] = relative(text, date(2022, 8, 2))
    assert f.severity.label == "info"
    assert relative(text.replace("4 August", "3 August"), date(2022, 8, 2)) == []


@pytest.mark.parametrize("text", [
    # a noun, not a verb, before the relative phrase: two events
    "The strike today closed the exchanges. Seamen began a national strike on 27 May.",
    # the date written with its year is not a restatement of "yesterday"
    "The bond was issued yesterday. The bond, which is issued again on 7 May 2030, pays 5 pct.",
    # the verb is not repeated, nor is there a pro-verb
    "The board met yesterday. Its chairman resigned on 2 May.",
])
def test_a_date_in_the_next_sentence_without_a_sign_of_the_same_event_is_left_alone(text):
    assert relative(text) == []
