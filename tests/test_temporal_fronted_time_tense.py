"""A time that opens its sentence before a comma takes the tense of the main clause after the
comma, however much the writer puts between ("In January, three weeks after the strike that
shut the port of Antwerp, Belg., for a day, the union's leader resigned"): the tense window
reads FRONTED_REACH tokens on from such a time, 25 from any other.

Published 2 October 2025: January 2025 is nine months back, January 2026 three months ahead,
so a past clause names the last January and a clause without a tense the coming one.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract
from claims.temporal.tense import FRONTED_OPENING_WORDS, FRONTED_REACH

PUBLISHED = date(2025, 10, 2)

#: over 30 tokens between the comma after the month and the main verb
_LONG = ("three weeks after the strike at the container port of Antwerp, Belg., and its "
         "sister port of Rotterdam for a whole day and a long night,")


def january(text: str) -> str:
    found = [c for c in extract(Article("t", "<test>", text, published=PUBLISHED)) if c.text == "January"]
    assert len(found) == 1
    return found[0].timex.value


def test_the_limits():
    assert (FRONTED_REACH, FRONTED_OPENING_WORDS) == (50, 2)


@pytest.mark.parametrize("text, value", [
    # fronted: the main verb 30 tokens on is read
    (f"In January, {_LONG} the union's leader resigned.", "2025-01"),
    (f"Early in January, {_LONG} the union's leader resigned.", "2025-01"),
    # the main verb looks ahead: the coming November
    (f"In January, {_LONG} the union's leader will resign.", "2026-01"),
])
def test_a_fronted_time_takes_the_tense_of_its_main_clause(text, value):
    assert january(text) == value


@pytest.mark.parametrize("text", [
    # not fronted: the window stops 25 tokens on, before the verb, and no tense is read
    f"The strike in January, {_LONG} the union's leader resigned.",
    # fronted, but the verb lies more than FRONTED_REACH tokens on
    f"In January, {_LONG} {_LONG} the union's leader resigned.",
])
def test_a_verb_out_of_reach_gives_no_tense(text):
    assert january(text) == "2026-01"
