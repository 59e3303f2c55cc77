"""Seasons by hemisphere and named days by country: where the article says it is
(claims/temporal/locale.py), else the northern hemisphere and US holidays, always stated."""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract, locale
from claims.temporal.locale import DEFAULT, Locale, locale_of

APRIL = date(2024, 4, 21)


def only(text: str, phrase: str, published: date = APRIL):
    found = [c for c in extract(Article("t", "<test>", text, published=published)) if c.text == phrase]
    assert len(found) == 1, [c.text for c in extract(Article("t", "<test>", text, published=published))]
    return found[0]


@pytest.mark.parametrize("text, country", [
    ("SYDNEY (Reuters) - Rain fell.", "australia"),
    ("SYDNEY, April 3 - Rain fell.", "australia"),
    ("Cape Town (AP) - Rain fell.", "south africa"),
    ("RIO DE JANEIRO - Rain fell.", "brazil"),  # PLACE_WORDS words
    ("Markets slip\n\nBy a reporter\nAUCKLAND (Reuters) - Rain fell.", "new zealand"),  # the third line
    ("Markets slip\nBy a reporter\nOn Friday\nAUCKLAND (Reuters) - Rain fell.", None),  # the fourth line
    ("Australia, New Zealand sign a pact\nThe pact was signed.", None),  # a headline, not a dateline
    ("Sydney, the harbour city, voted.", None),
    ("Rain fell in Sydney.", None),
])
def test_the_dateline_says_where_the_article_is(text, country):
    assert locale_of(text).country == country


def test_a_place_longer_than_place_words_is_not_read(monkeypatch):
    monkeypatch.setitem(locale._COUNTRY_OF, "the far south city", "australia")
    assert locale_of("THE FAR SOUTH CITY (Reuters) - Rain fell.") == DEFAULT
    monkeypatch.setitem(locale._COUNTRY_OF, "far south city", "australia")
    assert locale_of("FAR SOUTH CITY (Reuters) - Rain fell.") == Locale("australia", "dateline")


@pytest.mark.parametrize("text, phrase, value, earliest, latest, hemisphere, source", [
    # a Sydney dateline: summer is December to February, named by the year of its January
    ("SYDNEY (Reuters) - Sales rose last summer.", "last summer", "2024-SU", date(2023, 12, 1), date(2024, 2, 29),
     "southern", "dateline"),
    ("SYDNEY (Reuters) - Sales will rise next winter.", "next winter", "2024-WI", date(2024, 6, 1), date(2024, 8, 31),
     "southern", "dateline"),
    # with its year written, both summers the words may mean
    ("SYDNEY (Reuters) - The summer of 2024 was hot.", "The summer of 2024", "2024-SU", date(2023, 12, 1),
     date(2025, 2, 28), "southern", "dateline"),
    ("SYDNEY (Reuters) - Sales fell in autumn 2023.", "autumn 2023", "2023-FA", date(2023, 3, 1), date(2023, 5, 31),
     "southern", "dateline"),
    # no place known: the northern default, stated
    ("Sales rose last summer.", "last summer", "2023-SU", date(2023, 6, 1), date(2023, 8, 31), "northern", "default"),
    ("LONDON (Reuters) - Sales rose last summer.", "last summer", "2023-SU", date(2023, 6, 1), date(2023, 8, 31),
     "northern", "dateline"),
])
def test_seasons_follow_the_hemisphere(text, phrase, value, earliest, latest, hemisphere, source):
    c = only(text, phrase)
    assert (c.timex.value, c.timex.earliest, c.timex.latest) == (value, earliest, latest)
    assert (c.attrs["hemisphere"], c.attrs["hemisphere_from"]) == (hemisphere, source)


@pytest.mark.parametrize("text, published, value, country, source", [
    ("OTTAWA (Reuters) - Stores closed on Thanksgiving.", date(2024, 10, 20), "2024-10-14", "canada", "dateline"),
    ("Stores closed for Canadian Thanksgiving.", date(2024, 10, 20), "2024-10-14", "canada", "nearby"),
    # HOLIDAY_COUNTRY_WORDS (3) words away, and one more
    ("Stores in Canada close for Thanksgiving.", date(2024, 10, 20), "2024-10-14", "canada", "nearby"),
    ("Stores in Canada all close for Thanksgiving.", date(2024, 12, 20), "2024-11-28", "united states", "default"),
    ("Thanksgiving in Canada fell early.", date(2024, 10, 20), "2024-10-14", "canada", "nearby"),
    ("Stores closed on Thanksgiving.", date(2024, 12, 20), "2024-11-28", "united states", "default"),
    ("WELLINGTON (Reuters) - Offices shut on Labour Day.", date(2024, 12, 20), "2024-10-28", "new zealand",
     "dateline"),
    ("Offices shut on Labour Day.", date(2024, 12, 20), "2024-09-02", "united states", "default"),
])
def test_named_days_follow_the_country(text, published, value, country, source):
    c = [c for c in extract(Article("t", "<test>", text, published=published)) if c.attrs.get("holiday")][0]
    assert c.timex.value == value
    assert (c.attrs["holiday_country"], c.attrs["holiday_country_from"]) == (country, source)


def test_a_named_day_the_same_everywhere_states_no_country():
    c = only("OTTAWA (Reuters) - Stores closed on Christmas Day.", "Christmas Day", published=date(2024, 12, 30))
    assert "holiday_country" not in c.attrs
