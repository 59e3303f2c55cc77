"""date.sequence-conflict: sequence words whose dates run the other way."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.sources import article_from_text


def flagged(text, published=date(2024, 1, 10)):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict"]


@pytest.mark.parametrize("text", [
    "The army seized power in a 2021 coup, followed by another coup in 2019.",
    "Parliament was dissolved in May 2022, after the elections of June 2022.",
    "The treaty was signed in 2005, before the war of 1999.",
])
def test_flagged(text):
    [f] = flagged(text)
    assert f.severity.label == "warning" and len(f.related) == 2


@pytest.mark.parametrize("text", [
    "The army seized power in a 2020 coup, followed by another coup nine months later.",
    "The army seized power in a 2019 coup, followed by another coup in 2021.",
    "Parliament was dissolved in July 2022, after the elections of June 2022.",
    "He has served as CEO since 1978 and chairman since 1980.",
    "Profits in 1987 were higher than before the 1985 crash.",
    "The Seaway, set to reopen March 31 after the winter, faces a tough year.",
    "Sales in 2022 rose, and in 2021 they had fallen.",
])
def test_not_flagged(text):
    assert flagged(text) == []


@given(st.integers(1950, 2040), st.integers(1950, 2040))
def test_followed_by_flags_exactly_a_later_first_year(y1, y2):
    text = f"The army seized power in a {y1} coup, followed by another coup in {y2}."
    assert bool(flagged(text)) == (y1 > y2)
