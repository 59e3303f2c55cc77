"""A time that a verb sets for later ("set sentencing for", "adjourned until", "moved to"):
the past tense of the act does not put it before publication.

Published Monday 10 March 2025: 29 April 2025 is a Tuesday, 29 April 2024 was a Monday, so a
"Monday 29 April" read in the coming weeks carries the wrong weekday, and a reader in March
reads a date just set as the coming one.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.engine import check_article
from claims.model import Article
from claims.read import article_from_text
from claims.temporal import extract
from claims.temporal.tense import SCHEDULE_REACH, SCHEDULED_EVENT_WORDS

PUBLISHED = date(2025, 3, 10)


def only(text: str, phrase: str, published: date = PUBLISHED):
    found = [c for c in extract(Article("t", "<test>", text, published=published)) if c.text == phrase]
    assert len(found) == 1, [c.text for c in extract(Article("t", "<test>", text, published=published))]
    return found[0]


def weekday_findings(text: str, published: date = PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.weekday-mismatch"]


SET_FOR_LATER = [
    ("The magistrates released him on bail and fixed a trial date for Monday 29 April.", "Monday 29 April"),
    ("Organisers said the festival was postponed to Monday, April 29, because of flooding.", "Monday, April 29"),
    ("The board met Tuesday and pushed its decision back to Monday, April 29.", "Monday, April 29"),
    ("The inquiry heard two witnesses and was adjourned until Monday 29 April.", "Monday 29 April"),
]


@pytest.mark.parametrize("text, phrase", SET_FOR_LATER)
def test_a_time_set_for_later_is_read_ahead_despite_the_past_act(text, phrase):
    t = only(text, phrase)
    assert t.attrs["readings"] == ["2025-04-29"]  # 50 days ahead, not 315 back where the weekday fits
    assert t.timex.value == "2025-04-29"


@pytest.mark.parametrize("text, phrase", SET_FOR_LATER)
def test_so_its_wrong_weekday_is_seen(text, phrase):
    [f] = weekday_findings(text)
    assert "29 April 2025 is a Tuesday" in f.message


def test_the_same_day_told_as_a_past_event_keeps_both_years():
    # "ended on": no verb sets it, the past tense keeps last year's reading, where Monday fits
    t = only("The magistrates released him on bail and the trial ended on Monday 29 April.", "Monday 29 April")
    assert t.attrs["readings"] == ["2024-04-29", "2025-04-29"]
    assert not weekday_findings("The magistrates released him on bail and the trial ended on Monday 29 April.")


def test_a_set_time_well_after_its_other_occurrence_keeps_both():
    # 98 days back, 267 ahead: a hearing set in autumn and held in December is as likely
    t = only("The judge granted bail and set sentencing for 2 December.", "2 December")
    assert t.attrs["readings"] == ["2024-12-02", "2025-12-02"]
    assert t.timex.value == "2024-12-02"


def test_a_future_act_still_reads_ahead():
    t = only("The council will set the final vote for 2 December.", "2 December")
    assert t.attrs["readings"] == ["2025-12-02"]


AT_REACH = "The judge granted bail and set the date of sentencing for Monday 29 April."
PAST_REACH = "The judge granted bail and set the date of his sentencing for Monday 29 April."


def test_schedule_reach_words_between_the_verb_and_its_preposition_still_count():
    assert SCHEDULE_REACH == len("the date of sentencing".split())
    [f] = weekday_findings(AT_REACH)
    assert "29 April 2025 is a Tuesday" in f.message


def test_one_word_more_than_schedule_reach_is_another_verb_s_time():
    assert SCHEDULE_REACH + 1 == len("the date of his sentencing".split())
    assert weekday_findings(PAST_REACH) == []  # past: both years stay, and 2024's fits
    assert only(PAST_REACH, "Monday 29 April").attrs["readings"] == ["2024-04-29", "2025-04-29"]


# The set time may be the day of the event the verb set, named after the preposition.
EVENT_DAY_SET = [
    ("The registrar listed the appeal for hearing on Monday 29 April.", "Monday 29 April"),
    ("The judge adjourned the case for a full trial on Monday, April 29.", "Monday, April 29"),
]


@pytest.mark.parametrize("text, phrase", EVENT_DAY_SET)
def test_the_day_of_an_event_set_for_later_is_read_ahead_too(text, phrase):
    assert only(text, phrase).attrs["readings"] == ["2025-04-29"]
    [f] = weekday_findings(text)
    assert "29 April 2025 is a Tuesday" in f.message


def test_scheduled_event_words_name_the_event_and_one_more_is_another_clause():
    at_limit = "The registrar listed the appeal for a second trial on Monday 29 April."
    assert SCHEDULED_EVENT_WORDS == len("a second trial".split())
    assert only(at_limit, "Monday 29 April").attrs["readings"] == ["2025-04-29"]
    beyond = "The registrar listed the appeal for a second jury trial on Monday 29 April."
    assert only(beyond, "Monday 29 April").attrs["readings"] == ["2024-04-29", "2025-04-29"]


def test_a_day_after_what_names_no_one_event_dates_the_act():
    # "three games" is a number of games, not an event: the ban was handed down on that day
    text = "The league suspended him for three games on Monday 29 April."
    assert only(text, "Monday 29 April").attrs["readings"] == ["2024-04-29", "2025-04-29"]
    assert weekday_findings(text) == []
