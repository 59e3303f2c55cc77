"""The seed article's timeline, resolved against its dateline (21 April 2024, a Sunday)."""

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract


@pytest.fixture
def timeline(seed_text):
    claims = extract(Article("seed", "seed", seed_text, published=date(2024, 4, 21)))
    return {c.text: c.timex for c in claims}, claims


@pytest.mark.parametrize("phrase, value", [
    ("21 April 2024, Sunday", "2024-04-21"),
    ("Friday", "2024-04-19"),
    ("January", "2024-01"),
    ("February", "2024-02"),
    ("August 2022", "2022-08"),
    ("2013", "2013"),
    ("the past ten years", "P10Y"),
    ("48 hours", "PT48H"),
    ("2020", "2020"),
])
def test_seed_expression_resolves(timeline, phrase, value):
    by_text, _ = timeline
    assert by_text[phrase].value == value


def test_every_friday_is_the_nineteenth(timeline):
    _, claims = timeline
    fridays = [c for c in claims if c.text == "Friday"]
    assert len(fridays) == 3
    assert all(c.timex.earliest == c.timex.latest == date(2024, 4, 19) for c in fridays)


def test_nine_months_later_hangs_on_the_2020_coup(timeline):
    by_text, claims = timeline
    later = by_text["nine months later"]
    anchor = next(c for c in claims if c.id == later.anchor)
    assert anchor.text == "2020"
    assert later.offset == "P9M"
    assert (later.earliest, later.latest) == (date(2020, 10, 1), date(2021, 9, 30))


def test_february_is_read_inside_earlier_this_year(timeline):
    by_text, claims = timeline
    feb = next(c for c in claims if c.text == "February")
    assert feb.attrs["apposition"] == next(c.id for c in claims if c.text == "Earlier this year")
    assert by_text["Earlier this year"].latest == date(2024, 4, 21)


def test_the_dateline_keeps_its_written_weekday(timeline):
    by_text, _ = timeline
    assert by_text["21 April 2024, Sunday"].weekday == 6
