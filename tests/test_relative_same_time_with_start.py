"""A relative phrase, a comma, "with", a short noun phrase and a participle of starting name one
time ("next month, with the new tariff taking effect on 27 May"): date.relative-conflict judges
the day against the relative phrase, unless the noun phrase sets another occurrence apart."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text
from claims.temporal import WITH_NOUN_WORDS

PUBLISHED = date(2024, 5, 10)


def _relative(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


@pytest.mark.parametrize("text", [
    "Bus fares will rise next month, with the new tariff taking effect on 27 May.",
    "Water charges go up from next week, with higher rates coming into force on 2 May.",
    "Parking fees change next month, with evening charges starting on 30 May.",
])
def test_a_start_named_again_outside_the_relative_time_is_flagged(text):
    assert _relative(text)


@pytest.mark.parametrize("text, why", [
    ("Bus fares will rise next month, with the new tariff taking effect on 3 June.", "inside next month"),
    ("Bus fares will rise next month, with a second rise taking effect on 1 September.", "another occurrence"),
    ("Bus fares will rise next month, with another increase taking effect on 27 May.", "another occurrence"),
    ("Bus fares will rise next month, with the tariff approved on 27 May.", "no participle of starting"),
])
def test_other_times_are_not_flagged(text, why):
    assert _relative(text) == [], why


def test_with_noun_words_bounds_the_noun_phrase():
    nouns = ["the", "revised", "adult", "return", "fares"]
    text = "Fares will rise next month, with {np} taking effect on 27 May."
    assert _relative(text.format(np=" ".join(nouns[:1] + nouns[-(WITH_NOUN_WORDS - 1):])))
    assert _relative(text.format(np=" ".join(nouns[:WITH_NOUN_WORDS + 1]))) == []
