"""A clock time with no day of its own right after a day told in its sentence: "started on
July 11, just before 2 a.m." is 2 a.m. on 11 July, not on the publication day, and so is
what is counted from it ("some three hours later", and "the following day" after that).

Up to CLOCK_DAY_TOKENS tokens (words and marks) may stand between the day and the clock; a
sentence end, a dash or a bracket between leaves the clock to the day the story is on.

Published Monday 22 July 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract
from claims.temporal.named import CLOCK_DAY_TOKENS

PUBLISHED = date(2024, 7, 22)


def times(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {c.text: c.timex.value for c in extract(Article("t", "<test>", text, published=published))}


@pytest.mark.parametrize("text, clock, value", [
    ("The blaze started on July 11, just before 2 a.m., and spread quickly.", "2 a.m.", "2024-07-11T02:00"),
    ("The ferry sailed on 9 July at about 6 a.m. with 300 aboard.", "6 a.m.", "2024-07-09T06:00"),
    ("Looters struck on Thursday, just after 11 p.m., the police said.", "11 p.m.", "2024-07-18T23:00"),
])
def test_the_clock_is_the_day_of_its_clause(text, clock, value):
    assert times(text)[clock] == value


def test_what_is_counted_from_the_clock_is_counted_from_that_day():
    got = times("The mill burned from July 11, just before 2 a.m., and burned out some three hours later. "
                "The following day, the owners met the insurers.")
    assert got["some three hours later"].startswith("2024-07-11")
    assert got["The following day"] == "2024-07-12"


@pytest.mark.parametrize("text, clock", [
    # a sentence end between: the clock is the publication day's, as before
    ("The blaze started on July 11. Crews left at 2 a.m.", "2 a.m."),
    # a dash between sets the clock apart from the day
    ("The shop closed on July 11 \u2014 at 2 a.m. the alarm rang.", "2 a.m."),
])
def test_a_clock_set_apart_from_the_day_is_not_its(text, clock):
    assert times(text)[clock] == "2024-07-22T02:00"


def test_the_clock_stands_at_most_clock_day_tokens_tokens_after_the_day():
    assert CLOCK_DAY_TOKENS == 4
    # ", shortly before": three tokens; ", very shortly before": four; ", only very shortly before": five
    assert times("It began on July 11, very shortly before 2 a.m.")["2 a.m."] == "2024-07-11T02:00"
    assert times("It began on July 11, only very shortly before 2 a.m.")["2 a.m."] == "2024-07-22T02:00"
