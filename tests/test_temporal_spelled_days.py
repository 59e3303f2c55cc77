"""Days 1-9 spelled out after a month, wire style ("April Nine", "August six"), and the same
words counting what follows the month ("in April nine people died").

Published Monday 13 April 1987 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

PUBLISHED = date(1987, 4, 13)


def times(text: str) -> dict[str, str]:
    return {c.text: c.timex.value for c in extract(Article("t", "<test>", text, published=PUBLISHED))}


@pytest.mark.parametrize("text, phrase, value", [
    ("The offer expires April Nine.", "April Nine", "1987-04-09"),
    ("The warrants lapse March nine, the company said.", "March nine", "1987-03-09"),
    ("Plants reopen August six for the model change.", "August six", "1987-08-06"),
    ("The notes lapse May two after the vote.", "May two", "1987-05-02"),
    ("Inventories at March one stood at 20 mln.", "March one", "1987-03-01"),
    ("The lease runs out on June four of this year.", "June four", "1987-06-04"),
    ("Purchases rose in the week ended March six of the 1985/86 season.", "March six", "1987-03-06"),
])
def test_a_spelled_day_after_a_month_is_that_day(text, phrase, value):
    assert times(text).get(phrase) == value


@pytest.mark.parametrize("text, count", [
    ("In April nine people died in the storms.", "nine people"),
    ("In April nine new plants opened.", "a plural noun past one word (COUNT_REACH)"),
    ("In April nine of the plants closed.", "a partitive 'of the'"),
    ("By March six of them had left.", "a partitive 'of them'"),
    ("In March six of its new plants closed.", "a partitive with a plural within COUNT_REACH words"),
    ("In August two Senators resigned.", "a capitalised plural"),
])
def test_a_spelled_number_that_counts_what_follows_is_no_day(text, count):
    month = text.split()[1]
    assert month in times(text), count
    assert not any(k.startswith(month + " ") for k in times(text)), count


def test_a_plural_beyond_count_reach_leaves_the_day():
    """Two words are looked at: a plural third word is another phrase's ("April nine pending
    new talks" keeps its day, "April nine new plants" does not)."""
    assert times("The rights expire April nine pending new talks.").get("April nine") == "1987-04-09"
    assert "April nine" not in times("In April nine new plants opened.")
