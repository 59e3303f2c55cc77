"""A headline on its own line, then a first paragraph that opens on a wire dateline: the date is
the publication's and the headline line is still the title."""

from datetime import date

from claims.read import article_from_text
from claims.read.base import find_dateline


def test_a_dateline_leading_the_paragraph_after_a_headline_dates_the_article():
    text = "Ferry fares rise again on the west coast\n\nBERGEN, Norway, May 5, 2026 - The operator said on Monday ..."
    day, (a, b) = find_dateline(text)
    assert day == date(2026, 5, 5)
    assert text[a:b] == "May 5, 2026"
    art = article_from_text(text, source="ferry.txt")
    assert art.published == date(2026, 5, 5) and art.published_from == "dateline"
    assert art.title == "Ferry fares rise again on the west coast"


def test_an_abbreviated_region_after_the_city_is_a_place_part():
    text = "Grandmother wins pie contest\n\nTRURO, N.S., Sept. 12, 2025 — A retired baker from Truro took first place."
    assert find_dateline(text)[0] == date(2025, 9, 12)


def test_a_second_paragraph_that_is_prose_dates_nothing():
    # the first line ends a sentence (no headline), and the date in the next paragraph is prose
    assert find_dateline("The board met on Friday.\n\nOn May 5, 2026 - it said - fares rise.") is None
    assert find_dateline("Ferry fares rise\n\nThe operator said on May 5, 2026 - a Monday - that fares rise.") is None
