"""date.future-past: past-tense events dated after publication."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.sources import article_from_text


def flagged(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


@pytest.mark.parametrize("text, published", [
    ("In March 2021 the ministry announced the plan.", date(2021, 1, 10)),
    ("The rebels captured the town on 3 May 2024, officials said.", date(2024, 4, 21)),
    ("Troops withdrew in 2025, ending the mission.", date(2024, 4, 21)),
])
def test_flagged(text, published):
    [f] = flagged(text, published)
    assert f.severity.label == "warning" and "after the publication date" in f.message and f.related


@pytest.mark.parametrize("text, published", [
    ("The ministry approved a budget for 1988.", date(1987, 6, 1)),  # a target year
    ("The March 2021 election was postponed.", date(2021, 1, 10)),  # a noun, not the verb's date
    ("The plan was scheduled in March 2021.", date(2021, 1, 10)),
    ("The ministry announced on Tuesday that the plan will start in March 2021.", date(2021, 1, 10)),
    ("The issue was launched in 1984 and matures on November 15, 2004.", date(1987, 3, 6)),
    ("The offer expired at 2000 EST yesterday.", date(1987, 3, 24)),  # a clock time, not a year
    ("Output will rise in early 1989 from 319,000 tonnes in the year ended March 1987.", date(1987, 10, 19)),
    ("In March 2020 the ministry announced the plan.", date(2021, 1, 10)),  # before publication
    ("In March the ministry announced the plan.", date(2021, 1, 10)),  # no year: read in the past
])
def test_not_flagged(text, published):
    assert flagged(text, published) == []
