"""An ordinal after "a" is a noun left out ("added a second four years later"), not the first
word of a duration ("his first ten years in office")."""

from datetime import date

import pytest

from claims.extract import extract
from claims.read import article_from_text


def times(text):
    claims = extract(article_from_text(text, published=date(2024, 11, 2)))
    return [(c.text, c.timex.value) for c in claims.claims if c.kind == "time"]


@pytest.mark.parametrize("text, told", [
    ("She won the cup in 2016 and added a second four years later.", ("four years later", "2020")),
    ("She won the cup in 2016 and took a third two years later.", ("two years later", "2018")),
    ("In his first ten years in office, he built roads.", ("first ten years", "P10Y")),
    ("In the first two years, sales doubled.", ("the first two years", "P2Y")),
])
def test_an_ordinal_after_a_is_not_part_of_the_duration(text, told):
    assert told in times(text)
