"""date.duration-conflict: kinds of stated durations against their own endpoints, each in
several wordings, with the correct neighbours a sound article contains (published Thursday
12 June 2025)."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 12)


def flagged(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


# a span's length told after its start and end, by a lasting verb, in its sentence or the next
LASTED = [
    "The trial, which began on 3 March and ended on 14 March, lasted three weeks.",
    "The strike started on 2 June and ended on 4 June. It lasted ten days.",
    "Having opened on 5 May and closed on 9 May, the exhibition lasted a month.",
    "The inquiry began on 3 March and ended on 14 March, lasting for five weeks in all.",
]
LASTED_FINE = [
    "The trial, which began on 3 March and ended on 14 March, lasted nearly two weeks.",
    "The trial, which began on 3 March and ended on 14 March, lasted 12 days.",
    "The trial began on 3 March and ended on 14 March. The jury deliberated for three days.",
    "The strike started on 2 June and ended on 4 June. It lasted two days.",
]


@pytest.mark.parametrize("text", LASTED)
def test_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize("text", LASTED_FINE)
def test_not_flagged(text):
    assert flagged(text) == []
