"""A time after "since" opens a span that runs up to the writing, so in news it lies before
publication, whichever occurrence is nearer.

"Prices are up since March" in an article of 8 January 2014 is March 2013, though March 2014
is nearer; "up 5% since year-end" is the end of 2013. The value names that reading; the
readings a yearless time keeps are those the clause's tense and nearness keep, as before
(both, for "are up since March"). A time after another preposition ("from year-end") is read
as before, and a story's "since" (a history's yearless month) keeps the story's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

PUBLISHED = date(2014, 1, 8)  # a Wednesday


def timex_of(text: str, phrase: str, published: date | None = PUBLISHED):
    (claim,) = [c for c in extract(Article("t", "<test>", text, published=published)) if c.text == phrase]
    return claim.timex


@pytest.mark.parametrize("text, phrase, value", [
    ("Prices are up since March.", "March", "2013-03"),
    ("The index is up 5% since year-end.", "year-end", "2013-12-31"),
    ("The index has gained 5% since year-end.", "year-end", "2013-12-31"),
    ("Shares are down since Christmas.", "Christmas", "2013-12-25"),
    ("The shop is shut since Friday.", "Friday", "2014-01-03"),
])
def test_a_time_after_since_is_the_last_one_before_publication(text, phrase, value):
    assert timex_of(text, phrase).value == value


def test_a_yearless_month_after_since_keeps_both_readings():
    t = timex_of("Prices are up since March.", "March")
    assert (t.earliest, t.latest) == (date(2013, 3, 1), date(2014, 3, 31))


@pytest.mark.parametrize("text, phrase, value", [
    ("The index rose 5% from year-end.", "year-end", "2014-12-31"),  # no "since": the year it is in
    ("Prices will be up in March.", "March", "2014-03"),
])
def test_without_since_the_time_is_read_as_before(text, phrase, value):
    assert timex_of(text, phrase).value == value


def test_a_story_s_since_keeps_the_story_s_year():
    story = ("The port opened in 1901. It grew in 1905, 1907 and 1909. It was rebuilt in 1911. "
             "In October 1915 trade was up since March.")
    assert timex_of(story, "March", published=date(2012, 5, 1)).value == "1915-03"
