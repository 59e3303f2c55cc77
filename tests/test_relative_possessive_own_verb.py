"""date.relative-conflict: a possessive relative phrase and the day its noun's relative clause
gives by a past verb right before "on" or "in" ("last week's gale, which hit on 29 October"):
the verb tells the noun's event happening, as a verb of happening ("held on") does, so both
date one occurrence (_own_day_verb)."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2024, 11, 18)  # a Monday: last week is 11-17 November


def _relative(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


@pytest.mark.parametrize("text", [
    "Contractors are booked out after last week's gale, which hit on 29 October.",
    "Growers are still mending sheds after last week's cyclone, which struck on 3 November.",
    "Yesterday's blaze, which started on 12 November, gutted two shops.",
])
def test_the_day_a_relative_clause_gives_by_its_verb_is_judged(text):
    assert _relative(text)


@pytest.mark.parametrize("text", [
    # the day falls in last week
    "Contractors are booked out after last week's gale, which hit on 13 November.",
    # the verb's object stands between: the day may be another thing's
    "Last week's report, which predicted floods in 2026, was welcomed.",
    "Last week's report, which cited a survey on 29 October, was welcomed.",
])
def test_a_day_in_range_or_not_the_verbs_own_is_not_judged(text):
    assert not _relative(text)
