"""A weekday that closes a list of weekdays pairs the days after it in order.

"Saturday and Sunday, November 9 and 10": the date written first is Saturday's, not the
Sunday's the comma puts it beside (claims.temporal.resolve._weekday_of)."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2024, 11, 1)  # a Friday; 9 November 2024 is a Saturday


def weekday_findings(text: str) -> list:
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.weekday-mismatch"]


@pytest.mark.parametrize("text", [
    "The fair runs on Saturday and Sunday, November 9 and 10, in the town hall.",
    "The fair runs on Saturday and Sunday, 9 and 10 November.",
    "The show runs Friday, Saturday and Sunday, 8-10 November.",
    "Voting is on Monday and Tuesday, March 3 and 4 next year.",
])
def test_days_listed_after_a_list_of_weekdays_pair_in_order(text):
    assert weekday_findings(text) == []


@pytest.mark.parametrize("text", [
    "The fair runs on Saturday and Sunday, November 10 and 11.",  # 10 November is a Sunday
    "The fair opens on Sunday, November 9.",  # one weekday: its own date
    "The fair runs on Saturday and Sunday, 10 and 11 November.",
])
def test_a_list_that_does_not_fit_and_a_lone_weekday_are_still_judged(text):
    assert len(weekday_findings(text)) == 1
