""""That same day" is "the same day": the day the story is on.

The tagger knew "the same day" and "that day" but not the two together, so "That same day,
the garrison withdrew" carried no time at all.
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
