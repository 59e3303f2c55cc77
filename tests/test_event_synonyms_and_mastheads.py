"""Events told with another word (sworn in / took her seat, flew / landed), a time in a post
begun by "a spell that began", and a masthead line that dates the article."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import WEAK_READING as FUTURE_PAST_WEAK
from claims.read import article_from_text, find_dateline


def findings(text, rule, published=None):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


# -- anchors: one event told by two words of one synonym group ------------------------------------

@pytest.mark.parametrize("seated, flagged", [
    ("29 May", True),   # eight days after 12 May is 20 May
    ("20 May", False),
])
def test_taking_a_seat_and_being_sworn_in_are_one_event(seated, flagged):
    text = (f"The Fernhill ward held its by-election on 12 May. Carla Moss won it. She was sworn in on {seated} "
            "at the town hall. She has joined two committees since she took her seat eight days after the by-election.")
    assert bool(findings(text, "date.anchor-conflict", date(2026, 7, 1))) is flagged


@pytest.mark.parametrize("landed, flagged", [
    ("9 March", True),  # the following day is 7 March
    ("7 March", False),
])
def test_flying_on_and_landing_at_the_same_place_are_one_event(landed, flagged):
    text = ("The ferry plane turned back to Kirkwall on 6 March with a faulty gauge. The travellers were flown on to "
            f"Stornoway the following day. Records show the relief plane landed in Stornoway on {landed}.")
    assert bool(findings(text, "date.anchor-conflict", date(2026, 4, 1))) is flagged


def test_landing_at_another_place_is_another_event():
    text = ("The ferry plane turned back to Kirkwall on 6 March with a faulty gauge. The travellers were flown on to "
            "Stornoway the following day. The crew later landed in Inverness on 9 March.")
    # the weak-link tier may show the next sentence's date as a reading (info, both sides)
    found = findings(text, "date.anchor-conflict", date(2026, 4, 1))
    assert [f for f in found if not any(e.startswith("a weak link") for e in f.evidence)] == []


def test_a_by_election_is_not_the_election_a_member_won():
    text = ("The member for Dunmore quit on 3 February, which means a by-election due later in the year. She had won the "
            "seat at the 4 October 2024 general election. Her exit, which came 16 months after that election, "
            "surprised colleagues.")
    assert [f for f in findings(text, "date.sequence-conflict", date(2026, 2, 12)) if f.severity >= 2] == []


# -- durations --------------------------------------------------------------------------------------

@pytest.mark.parametrize("began, flagged", [
    ("2020", True),   # 2020 to March 2026 is at most six years and a bit: not ten years
    ("2015", False),
])
def test_a_spell_that_began_starts_a_time_in_a_post(began, flagged):
    text = (f"Coach Ruth Ames has quit, closing a stint in charge which started in {began}. The club thanked her. "
            "During her ten years in charge, Ames won two cups.")
    assert bool(findings(text, "date.duration-conflict", date(2026, 3, 10))) is flagged


def test_a_date_with_its_own_past_verb_in_an_appositive_does_not_end_the_stay():
    text = ("Club manager Tom Reyes, appointed in 2016, has left after a decade in charge. He arrived from Kendal "
            "in the summer of 2016.")
    assert findings(text, "date.duration-conflict", date(2026, 3, 4)) == []


@pytest.mark.parametrize("months, flagged", [("40-month", True), ("55-month", False)])
def test_a_build_is_a_job_of_work(months, flagged):
    text = ("Building work on the new stand started in April 2021 and was completed in November 2025. "
            f"The club said the {months} build had gone over budget.")
    assert bool(findings(text, "date.duration-conflict", date(2025, 12, 20))) is flagged


# -- mastheads --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("RIVERSIDE GAZETTE \u2014 4 June 2025", date(2025, 6, 4)),
    ("Members' Bulletin, 4 June 2025", date(2025, 6, 4)),
    ("Parish News | Wednesday, 4 June 2025", date(2025, 6, 4)),
])
def test_a_masthead_line_dates_the_article(line, expected):
    assert find_dateline(f"{line}\n\nBody text.\n")[0] == expected


@pytest.mark.parametrize("line", [
    "The hall was reopened on 4 June 2025",     # prose: words in lower case
    "Bulletin for 4 June 2025",                  # no dash, pipe or comma before the date
    "One Two Three Four Five Six, 4 June 2025",  # a name longer than MASTHEAD_WORDS
    "Gazette \u2014 4 June 2025 \u2014 page 2",  # the date does not end the line
])
def test_a_line_that_is_no_masthead(line):
    assert find_dateline(f"{line}\n\nBody text.\n") is None


def test_a_past_event_after_a_mastheads_date_is_flagged():
    text = "VALLEY NEWSLETTER \u2014 2 March 2026\n\nThe club opened its new pavilion on 14 March 2026.\n"
    assert findings(text, "date.future-past")


# -- a date after a reporting verb is the saying's ---------------------------------------------------

@pytest.mark.parametrize("before, flagged", [
    ("2 February 2024", True),   # six weeks before 10 May is 29 March
    ("29 March 2024", False),
])
def test_a_date_after_said_is_not_the_event_nouns_own(before, flagged):
    text = ("The aquarium opened its doors on 10 May 2024. A year after the opening, ticket sales have tripled, the "
            f"board said on Monday. Six weeks before the opening, on {before}, the tanks were filled.")
    assert bool(findings(text, "date.anchor-conflict", date(2025, 6, 4))) is flagged


# -- a duration in the subject of an ending verb -------------------------------------------------------

@pytest.mark.parametrize("walked_out, flagged", [
    ("2 September", True),    # 2 September to 13 October is six weeks, not four
    ("15 September", False),  # four weeks
])
def test_a_subject_duration_runs_to_the_verb_that_ends_it(walked_out, flagged):
    text = ("A four-week strike by hospital porters ended on Monday. "
            f"The porters walked out on {walked_out} over shift pay.")
    assert bool(findings(text, "date.duration-conflict", date(2025, 10, 15))) is flagged


def test_a_subject_duration_whose_verb_is_no_end_is_not_measured():
    text = ("A four-week strike by hospital porters began on Monday. "
            "Porters walked out on 2 September at another site.")
    assert findings(text, "date.duration-conflict", date(2025, 10, 15)) == []


# -- a past verb's reach to a date with its year ----------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # the content words between count, not "out of the ... at the ... in"
    ("The first new tram rolled out of the depot at the Broad Street works in Leeds on 20 June 2025.", True),
    # a day without its year still counts every word: too far to be the verb's
    ("The first new tram rolled out of the depot at the Broad Street works in Leeds on 20 June.", False),
    # past the words' reach, a participle of a noun (no particle of direction after it) is not taken
    ("Investors weighed the risk tied to the handover of the port to the city in 2031.", False),
])
def test_a_dated_year_lets_the_verb_reach_over_function_words(text, flagged):
    # the reach judged here is the rule's own; its weak-link tier (info, both sides) reads further
    # and is tested in tests/test_future_past_weak_verb.py
    found = findings(text, "date.future-past", date(2025, 6, 10))
    assert bool([f for f in found if FUTURE_PAST_WEAK not in f.evidence]) is flagged
