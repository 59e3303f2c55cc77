""""That same day" is "the same day": the day the story is on.

The tagger knew "the same day" and "that day" but not the two together, so "That same day,
the garrison withdrew" carried no time at all. And where the story is on a month, not a day
("in May 1940 ... that same day"), the phrase names one day of that month, which one unknown:
TimeML writes it 1940-05-XX, a day's value; its interval stays the whole month, which is what
the rules read.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

PUBLISHED = date(2009, 12, 19)


def claim_of(text: str, phrase: str):
    claims = extract(Article("t", "<test>", text, published=PUBLISHED))
    found = [c for c in claims if c.text == phrase]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


@pytest.mark.parametrize("opening", ["That same day", "On that same day", "The same day"])
def test_that_same_day_is_the_day_the_story_is_on(opening):
    text = f"The offensive opened on 10 May 1940. {opening}, the garrison withdrew."
    phrase = opening.removeprefix("On ")
    c = claim_of(text, phrase)
    assert c.timex.value == "1940-05-10"
    assert c.timex.earliest == c.timex.latest == date(1940, 5, 10)


def test_that_with_another_word_is_not_taken_for_that_same():
    # "that" before "next" is no "that same": the pattern takes "that" only before "same"
    claims = extract(Article("t", "<test>", "The talks began on 10 May 1940. After that next day, "
                                              "nothing moved.", published=PUBLISHED))
    assert "that next day" not in [c.text for c in claims]


@pytest.mark.parametrize("phrase", ["That same day", "That day"])
def test_the_same_day_in_a_month_is_a_day_of_it_which_one_unknown(phrase):
    c = claim_of(f"The offensive opened in May 1940. {phrase}, the garrison withdrew.", phrase)
    assert c.timex.value == "1940-05-XX"
    assert (c.timex.earliest, c.timex.latest) == (date(1940, 5, 1), date(1940, 5, 31))


def test_a_day_counted_from_a_month_writes_only_the_year():
    # the other side of the limit: "the next day" after a month may fall in the next month,
    # so no month can be written for its day, only the year its readings share
    # (tests/test_temporal_shared_digits.py); the interval holds them all
    c = claim_of("The offensive opened in May 1940. The next day, the garrison withdrew.", "The next day")
    assert c.timex.value == "1940-XX-XX"
    assert (c.timex.earliest, c.timex.latest) == (date(1940, 5, 2), date(1940, 6, 1))
