"""Weekdays and phrases around them that the clause's tense alone does not place.

Each case reads as a sentence of news published on Wednesday 17 April 2024 unless it says
otherwise: the last Friday was 12 April, the next is 19 April; the last Monday was 15 April,
the next is 22 April.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

WEDNESDAY = date(2024, 4, 17)


def claims_of(text: str, published: date = WEDNESDAY):
    return extract(Article("t", "<test>", text, published=published))


def only(text: str, phrase: str, published: date = WEDNESDAY):
    found = [c for c in claims_of(text, published) if c.text == phrase]
    assert len(found) == 1, f"{phrase!r} in {text!r}: {[c.text for c in claims_of(text, published)]}"
    return found[0]


# -- a weekday whose clause tells no tense ---------------------------------------------------------

def test_a_weekday_in_a_clause_without_a_verb_names_the_nearer_one_ahead():
    t = only("Friday: talks in Paris.", "Friday").timex
    assert t.value == "2024-04-19"  # two days ahead, five back
    assert (t.earliest, t.latest) == (date(2024, 4, 12), date(2024, 4, 19))  # both stay possible


def test_a_weekday_in_a_clause_without_a_verb_names_the_nearer_one_behind():
    t = only("Monday: talks in Paris.", "Monday").timex
    assert t.value == "2024-04-15"  # two days back, five ahead
    assert (t.earliest, t.latest) == (date(2024, 4, 15), date(2024, 4, 22))


def test_a_possessive_weekday_names_the_last_one_even_when_the_next_is_nearer():
    t = only("After Friday's talks in Paris, a pause.", "Friday").timex
    assert t.value == "2024-04-12"
    assert (t.earliest, t.latest) == (date(2024, 4, 12), date(2024, 4, 19))


def test_a_present_clause_still_names_the_last_weekday():
    assert only("He says the talks are on Friday.", "Friday").timex.value == "2024-04-12"


def test_a_tensed_clause_decides_as_before():
    assert only("The talks ended on Friday.", "Friday").timex.value == "2024-04-12"
    assert only("The talks will end on Monday.", "Monday").timex.value == "2024-04-22"


# -- "the day before" a day written right after it -------------------------------------------------

def test_the_day_before_a_weekday_written_after_it_counts_from_that_weekday():
    claims = claims_of("Shares rose the day before last Monday's vote.")
    before, monday = claims
    assert monday.timex.value == "2024-04-15"
    assert (before.timex.value, before.timex.resolution, before.timex.anchor) == ("2024-04-14", "anchor", monday.id)
    assert before.timex.offset == "-P1D"


def test_the_day_after_a_possessive_weekday_counts_from_that_weekday():
    after, monday = claims_of("Shares fell the day after Monday's rally.")
    assert (after.timex.value, after.timex.anchor) == ("2024-04-16", monday.id)


def test_the_day_after_a_date_counts_from_that_date():
    after, day = claims_of("He left the day after 2 March 2024.")
    assert (after.timex.value, after.timex.anchor) == ("2024-03-03", day.id)


def test_the_day_before_with_words_between_still_counts_from_the_story():
    claims = claims_of("On 3 May 2000 they met. The day before the vote on Monday, rain fell.")
    before = next(c for c in claims if c.text.startswith("day before"))
    assert (before.timex.value, before.timex.anchor) == ("2000-05-02", claims[0].id)


# -- a fronted "Until", and the verb "last" --------------------------------------------------------

def test_a_fronted_until_takes_the_tense_of_the_clause_after_the_comma():
    assert only("Until Friday, the company was private.", "Friday").timex.value == "2024-04-12"
    assert only("Until Friday, the shop will be closed.", "Friday").timex.value == "2024-04-19"


def test_until_inside_the_clause_still_looks_ahead():
    assert only("The shop stays closed until Friday.", "Friday").timex.value == "2024-04-19"


def test_an_until_that_does_not_open_the_sentence_is_not_fronted():
    # "until" opens no sentence here: it still looks ahead, as inside a clause
    assert only("The shop, closed until Friday, reopens.", "Friday").timex.value == "2024-04-19"


def test_will_last_is_a_verb_before_a_duration():
    c = only("The talks will last two days.", "two days")
    assert (c.timex.type, c.timex.value) == ("DURATION", "P2D")
    assert "until" not in c.attrs  # not the two days just past
    assert "until" not in only("The strike is expected to last a week.", "a week").attrs


def test_the_last_two_days_are_the_days_just_past():
    c = only("Prices rose in the last two days.", "the last two days")
    assert (c.timex.value, c.attrs["until"]) == ("P2D", "publication")


# -- a clock time, a bracketed zone, then its day --------------------------------------------------

def test_a_clock_time_with_a_bracketed_zone_takes_the_weekday_after_it():
    c = only("Polls closed at 3 p.m. (GMT) Monday.", "3 p.m. (GMT) Monday")
    assert (c.timex.value, c.attrs["zone"]) == ("2024-04-15T15:00", "GMT")
    c = only("Polls closed at 3 p.m. (GMT) on Monday.", "3 p.m. (GMT) on Monday")
    assert c.timex.value == "2024-04-15T15:00"


def test_a_bracketed_zone_then_a_comma_does_not_join_the_weekday():
    claims = claims_of("Polls closed at 3 p.m. (GMT), Monday.")
    assert [c.text for c in claims] == ["3 p.m.", "Monday"]


# -- a weekday in a story --------------------------------------------------------------------------

STORY = ("In 1941 the war spread. In 1942 it reached the coast. In 1943 the tide turned. "
         "In 1944 the landings came. In 1945 it ended. ")


def test_a_weekday_in_a_story_is_counted_from_the_day_the_story_is_on():
    # 13 September 2007 was a Thursday: "Thursday's attack" is that day, not one near publication
    claims = claims_of(STORY + "On 13 September 2007 a bomb went off. Rebels praised Thursday's attack.")
    day = next(c for c in claims if c.text == "13 September 2007")
    thursday = next(c for c in claims if c.text == "Thursday")
    assert (thursday.timex.value, thursday.timex.resolution, thursday.timex.anchor) == ("2007-09-13", "anchor", day.id)


def test_a_weekday_in_a_story_names_the_nearer_occurrence_to_the_story_day():
    # 14 September 2007 was a Friday: the next Monday (3 days on) is nearer than the last (4 back)
    claims = claims_of(STORY + "On 14 September 2007 the talks began. On Monday the army moved.")
    assert next(c for c in claims if c.text == "Monday").timex.value == "2007-09-17"
    claims = claims_of(STORY + "On 14 September 2007 the talks began. On Tuesday the army moved.")
    assert next(c for c in claims if c.text == "Tuesday").timex.value == "2007-09-11"


def test_a_possessive_weekday_in_a_story_is_the_last_one_on_or_before_the_story_day():
    claims = claims_of(STORY + "On 14 September 2007 the talks began. Rebels praised Monday's attack.")
    assert next(c for c in claims if c.text == "Monday").timex.value == "2007-09-10"


def test_a_weekday_in_news_is_still_counted_from_publication():
    claims = claims_of("On 13 September 2007 a bomb went off. Rebels praised Thursday's attack.")
    assert next(c for c in claims if c.text == "Thursday").timex.value == "2024-04-11"


def test_the_day_before_a_weekday_in_a_story_and_that_weekday_agree():
    # 14 September 2007 was a Friday: "Monday's attack" is 10 September, the day before it the 9th
    claims = claims_of(STORY + "On 14 September 2007 the talks began. Rebels struck the day before Monday's attack.")
    before, monday = claims[-2:]
    assert (monday.timex.value, before.timex.value, before.timex.anchor) == ("2007-09-10", "2007-09-09", monday.id)


# -- counted from a day with two readings ---------------------------------------------------------

def _counted(text: str) -> dict[str, tuple[str, date, date]]:
    # Published Thursday 24 February 2000: "last Tuesday" is the 22nd, or the 15th of the week before
    found = extract(Article("t", "<test>", text, published=date(2000, 2, 24)))
    return {c.text: (c.timex.value, c.timex.earliest, c.timex.latest) for c in found}


@pytest.mark.parametrize("then, value, earliest, latest", [
    ("The next day the shares fell.", "2000-02-23", date(2000, 2, 16), date(2000, 2, 23)),
    ("Two days later the shares fell.", "2000-02-24", date(2000, 2, 17), date(2000, 2, 24)),
    ("The next morning the shares fell.", "2000-02-23TMO", date(2000, 2, 16), date(2000, 2, 23)),
])
def test_a_day_counted_from_a_day_with_two_readings_counts_from_the_named_one(then, value, earliest, latest):
    found = _counted("The board met last Tuesday. " + then)
    assert found["last Tuesday"] == ("2000-02-22", date(2000, 2, 15), date(2000, 2, 22))
    assert found[then.split(" the ")[0]] == (value, earliest, latest)


def test_a_day_counted_from_a_day_with_one_reading_keeps_one_day():
    found = _counted("The board met on Tuesday. The next day the shares fell.")
    assert found["The next day"] == ("2000-02-23", date(2000, 2, 23), date(2000, 2, 23))


# -- a possessive weekday under a future told from a past moment ------------------------------------

def test_a_possessive_weekday_under_a_backshifted_would_names_the_event_already_told():
    # "would" looks ahead from the saying, not from the writing: it dates the appeal, and the
    # ruling the weekday names is the one already made; both readings stay in the interval
    t = only("The family said they would appeal Monday's ruling by the board.", "Monday").timex
    assert t.value == "2024-04-15"
    assert (t.earliest, t.latest) == (date(2024, 4, 15), date(2024, 4, 22))


def test_a_possessive_weekday_under_a_future_from_the_writing_stays_ahead():
    # the other side: "will" looks ahead from the writing, and the clause's tense places it
    t = only("The family will attend Monday's hearing at the board.", "Monday").timex
    assert t.value == "2024-04-22"


def test_a_bare_weekday_under_a_backshifted_would_is_still_read_ahead():
    # only a possessive names an event of its own: "would appeal on Monday" dates the appeal
    t = only("The family said they would appeal on Monday.", "Monday").timex
    assert t.value == "2024-04-22"
