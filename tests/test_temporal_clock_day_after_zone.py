"""A clock time whose day is written after a zone: "at 9:15 a.m. local time on Thursday",
"at 6:40 a.m. Kabul time on 2 May", "at 11:20 p.m. (0320 GMT) Sunday". Wire copy writes the
zone between the clock and its day; the clock is that day's, not the publication day's. The
clock and the day stay two expressions (TimeML writes them apart), and only the day's own
claim carries the weekday, so a weekday slip is reported once.

Published Saturday 14 June 2025: Thursday is 12 June, Sunday 8 June.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract
from claims.temporal.tagger import ZONE_PLACE_WORDS

PUBLISHED = date(2025, 6, 14)


def times(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {c.text: c.timex.value for c in extract(Article("t", "<test>", text, published=published))}


@pytest.mark.parametrize("text, clock, value", [
    ("The ferry left the harbour at 9:15 a.m. local time on Thursday with 300 aboard.", "9:15 a.m.",
     "2025-06-12T09:15"),
    ("The ferry left the harbour at 9:15 a.m. local time Thursday with 300 aboard.", "9:15 a.m.",
     "2025-06-12T09:15"),
    ("Rescuers reached the village at 6:40 a.m. Kabul time on 2 May, officials said.", "6:40 a.m.",
     "2025-05-02T06:40"),
    ("The market opened at 9:30 a.m. New York time, Thursday, after a short delay.", "9:30 a.m.",
     "2025-06-12T09:30"),
    ("The quake struck at 11:20 p.m. (0320 GMT) Sunday near the coast.", "11:20 p.m.", "2025-06-08T23:20"),
    ("The quake struck at 11:20 p.m. (0320 GMT) on Sunday near the coast.", "0320 GMT", "2025-06-08T03:20"),
    ("The polls closed at 8 p.m. local time yesterday in most districts.", "8 p.m.", "2025-06-13T20:00"),
])
def test_the_clock_takes_the_day_written_after_its_zone(text, clock, value):
    found = times(text)
    assert found[clock] == value
    assert len(found) >= 2  # the day stays an expression of its own


def test_a_clock_and_its_day_side_by_side_are_still_one_expression():
    assert times("The quake struck at 11:20 p.m. Sunday near the coast.") == {"11:20 p.m. Sunday": "2025-06-08T23:20"}


@pytest.mark.parametrize("text, clock", [
    # a place of more words than ZONE_PLACE_WORDS is no zone the tagger reads
    ("The flight landed at 7:05 a.m. Salt Lake City time on Thursday.", "7:05 a.m."),
    # a clause between: the day belongs to another event
    ("The talks broke up at 10 a.m. and on Thursday the envoys flew home.", "10 a.m."),
    ("The talks broke up at 10 a.m. local time and Thursday the envoys flew home.", "10 a.m."),
    # a sentence between
    ("The talks broke up at 10 a.m. local time. Thursday was quiet.", "10 a.m."),
])
def test_no_day_is_taken_across_anything_else(text, clock):
    assert times(text)[clock] == "2025-06-14" + times(text)[clock][10:]


def test_the_place_limit():
    assert ZONE_PLACE_WORDS == 2
    two = times("The flight landed at 7:05 a.m. Salt Lake time on Thursday.")
    assert two["7:05 a.m."] == "2025-06-12T07:05"


def test_only_the_day_carries_the_weekday():
    claims = extract(Article("t", "<test>", "The vote closed at 8 p.m. local time on Friday, 12 June.",
                             published=PUBLISHED))
    clock = next(c for c in claims if c.text == "8 p.m.")
    assert clock.timex.value == "2025-06-12T20:00"
    assert clock.timex.weekday is None
