"""Coordinated weekdays before coordinated days ("Saturday and Sunday on February 8 and 9") pair
respectively: the first day written is not the last weekday's, so the extractor does not read
them as one time named twice (claims/temporal ``_coordinated_weekday``), and
date.relative-conflict does not judge the day against the coming weekday."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2025, 1, 6)  # a Monday


def _relative(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


@pytest.mark.parametrize("text", [
    "The parade ends with Family Saturday and Sunday on February 8 and 9.",
    "The fair closes on Friday and Saturday, 14 and 15 February.",
    "Stalls will open Monday or Tuesday on March 3 or 4, organisers said.",
])
def test_coordinated_weekdays_and_days_pair_respectively(text):
    assert not _relative(text)


@pytest.mark.parametrize("text", [
    # one weekday beside a day: one time named twice, judged against the relative weekday
    "Traffic resumed last Saturday, 14 December.",
    # coordinated days, but the weekday before them stands alone and is relative
    "The parade ended last Saturday, 14 and 15 December.",
])
def test_a_weekday_alone_beside_a_day_is_still_judged(text):
    assert _relative(text)
