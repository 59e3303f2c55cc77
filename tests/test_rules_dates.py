"""The first date rules: flagged and not-flagged examples, and generated cases."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def findings(text, published=None, rule=None):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if rule is None or f.rule == rule]


@pytest.mark.parametrize("text", [
    "21 April 2024, Monday\n\nText.",
    "The vote was on Friday, 16 June 2022.",
    "It opened on 16 June 2023 (Thursday).",
    "Talks resumed on Sunday, June 16, 2023.",
])
def test_weekday_mismatch_is_flagged(text):
    [f] = findings(text, rule="date.weekday-mismatch")
    assert f.severity.label == "error"
    assert "not a" in f.message and f.fix


ABBREVIATIONS = {0: ["Mon"], 1: ["Tue", "Tues"], 2: ["Wed", "Weds"], 3: ["Thu", "Thur", "Thurs"], 4: ["Fri"],
                 5: ["Sat"], 6: ["Sun"]}


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)), st.integers(0, 6), st.data())
def test_every_written_weekday_abbreviation_is_judged_against_its_date(d, weekday, data):
    abbr = data.draw(st.sampled_from(ABBREVIATIONS[weekday]))
    text = f"The hearing opened on {abbr}, {d:%B} {d.day}, {d.year}."
    assert bool(findings(text, rule="date.weekday-mismatch")) is (d.weekday() != weekday)


def test_weds_the_verb_is_no_weekday():
    assert findings("The prince weds on June 5, 2025.", rule="date.weekday-mismatch") == []


def test_weekday_mismatch_message_and_fix_name_the_real_weekday():
    [f] = findings("21 April 2024, Monday\n\nText.", rule="date.weekday-mismatch")
    assert f.message == "21 April 2024 is a Sunday, not a Monday"
    assert f.fix == "21 April 2024, Sunday"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_a_date_with_its_own_weekday_is_never_flagged(d):
    text = f"It happened on {DAYS[d.weekday()]}, {d.day} {d:%B} {d.year}."
    assert findings(text, rule="date.weekday-mismatch") == []


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 6))
def test_a_date_with_another_weekday_is_always_flagged(d, shift):
    wrong = DAYS[(d.weekday() + shift) % 7]
    text = f"It happened on {d:%B} {d.day}, {d.year} ({wrong})."
    [f] = findings(text, rule="date.weekday-mismatch")
    assert DAYS[d.weekday()] in f.message


def test_yearless_date_is_checked_in_the_year_the_publication_date_gives():
    assert findings("Friday, June 16: the talks ended.", date(2023, 6, 20), "date.weekday-mismatch") == []
    assert findings("Saturday, June 16: the talks ended.", date(2023, 6, 20), "date.weekday-mismatch")


@pytest.mark.parametrize("text, flagged", [
    ("The league followed suit on Friday, New Year's Day 1997.", True),  # 1 January 1997 was a Wednesday
    ("The league followed suit on Wednesday, New Year's Day 1997.", False),
    ("They met on Friday, Christmas Day.", False),  # no year written: the weekday is not judged
])
def test_a_weekday_before_a_holiday_with_its_year_is_checked(text, flagged):
    assert bool(findings(text, date(2006, 12, 28), "date.weekday-mismatch")) == flagged


def test_yearless_date_without_publication_date_is_not_judged():
    assert findings("Saturday, June 16: the talks ended.", None, "date.weekday-mismatch") == []


@pytest.mark.parametrize("text, published", [
    ("Earlier this year in November, the ministry said so.", date(2024, 3, 3)),
    ("The council will meet tomorrow, 12 May, to vote.", date(2024, 5, 14)),
    ("Later this year in January, the plan will start.", date(2024, 4, 21)),
    ("The talks open tomorrow, 12 June in Paris.", date(2024, 3, 3)),
])
def test_relative_conflict_is_flagged(text, published):
    [f] = findings(text, published, "date.relative-conflict")
    assert f.related and f.evidence


@pytest.mark.parametrize("text, published", [
    ("Earlier this year in February, the junta acted.", date(2024, 4, 21)),
    ("Earlier this year in April, the junta acted.", date(2024, 4, 21)),
    ("The council will meet tomorrow, 15 May, to vote.", date(2024, 5, 14)),
    ("Later this year in December, the plan will start.", date(2024, 4, 21)),
])
def test_relative_phrase_that_agrees_is_not_flagged(text, published):
    assert findings(text, published, "date.relative-conflict") == []


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 12))
def test_earlier_this_year_flags_exactly_the_months_after_publication(published, month):
    text = f"Earlier this year in {date(2000, month, 1):%B}, the ministry acted."
    flagged = bool(findings(text, published, "date.relative-conflict"))
    assert flagged == (month > published.month)


def test_relative_rule_is_skipped_without_a_date_and_says_so():
    fs = findings("Earlier this year in November, the ministry said so.")
    assert [f.rule for f in fs] == ["article.no-published-date"]
    assert fs[0].severity.label == "info"


@pytest.mark.parametrize("text, published", [
    ("Prices were quoted at midday on Friday at 97.35.", date(1987, 3, 2)),  # a clock time, not a date
    ("Sales rose 3.1 pct over the same quarter of 1985.", date(1987, 3, 2)),  # anchored, not relative
    ("It sold its railroad interests in February 1985, currently manages real estate.", date(1987, 3, 6)),
    ("The company said last week 1986 profit would be unchanged.", date(1987, 3, 23)),
    ("It will price notes due Oct 8, 1987, on Monday.", date(1987, 4, 3)),  # two events side by side
    ("Daylight time moves from the last Sunday in April to the first Sunday in April.", date(1987, 4, 3)),
    ("The board meeting looks set to end today, a day earlier than scheduled.", date(1987, 4, 1)),
    # the year after the comma is the subject of a new clause, not "this year" named again
    ("According to statistics released by BP this year, 2004 witnessed a growth in demand.", date(2005, 11, 18)),
])
def test_relative_rule_leaves_wire_copy_alone(text, published):
    assert findings(text, published, "date.relative-conflict") == []


@pytest.mark.parametrize("text, published", [
    ("It rescheduled its annual meeting to Monday, May 11.", date(1987, 3, 16)),  # May 1987, not 1986
    ("Dixons agreed to reopen its tender offer until March 25, Wednesday.", date(1987, 3, 23)),
])
def test_yearless_weekday_is_read_in_the_year_either_side(text, published):
    assert findings(text, published, "date.weekday-mismatch") == []
