"""A yearless month told for comparison in a story looks back at what the story has told.

A story moves forward, so a month named without a year far before the month it has reached
is rolled into the next year (claims.temporal.anchors.STORY_ROLL_MONTHS). A month opened by a
comparison phrase (lexicon temporal comparison_asides: "compared with", "down from a peak
of") is the other way round: "fewer raids than the toll of November" in a story that has
reached April 2005 compares with what was told, November 2004, and does not move the story.
The phrase must open within claims.temporal.anchors.COMPARISON_WINDOW words before the month,
with no comma, sentence end or other time between.
"""

from __future__ import annotations

from datetime import date

from claims.model import Article
from claims.temporal import extract
from claims.temporal.anchors import COMPARISON_WINDOW

# a history far from publication that has reached April 2005 when the comparison comes
STORY = ("The mission was set up in 1998. It grew in 1999 and 2000. Its budget doubled in 2001. "
         "A new chief came in 2003. In February 2005 the patrols resumed, and by April the roads "
         "were open again. {sentence} In May the rains came.")


def values(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.timex.value) for c in extract(Article("t", "<test>", text, published=date(2010, 6, 1)))]


def value_of(text: str, word: str) -> str:
    return next(v for t, v in values(text) if t.endswith(word))


def test_a_month_told_for_comparison_is_the_last_one_before_the_story_s_month():
    text = STORY.format(sentence="Raids fell by half compared with November.")
    assert value_of(text, "November") == "2004-11"
    assert value_of(text, "May") == "2005-05"  # the story goes on where it was


def test_an_earlier_month_of_the_story_s_year_stays_in_it():
    text = STORY.format(sentence="Raids fell by half compared with January.")
    assert value_of(text, "January") == "2005-01"


def test_without_a_comparison_the_month_is_read_ahead_as_before():
    text = STORY.format(sentence="The next push came in November.")
    assert value_of(text, "November") == "2005-11"


def test_a_comparison_phrase_beyond_the_window_or_a_comma_does_not_look_back():
    # "compared with the" and the filler: the phrase opens COMPARISON_WINDOW words back, or one more
    near = " ".join(["x"] * (COMPARISON_WINDOW - 3))
    far = " ".join(["x"] * (COMPARISON_WINDOW - 2))
    inside = STORY.format(sentence=f"Raids fell compared with the {near} November.")
    outside = STORY.format(sentence=f"Raids fell compared with the {far} November.")
    comma = STORY.format(sentence="Raids fell compared with the old toll, and a new push came in November.")
    assert value_of(inside, "November") == "2004-11"
    assert value_of(outside, "November") == "2005-11"
    assert value_of(comma, "November") == "2005-11"


def test_a_day_told_for_comparison_looks_back_too():
    text = STORY.format(sentence="The toll was down from a peak of 40 on 12 December.")
    assert value_of(text, "12 December") == "2004-12-12"
