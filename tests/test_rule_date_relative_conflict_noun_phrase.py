"""date.relative-conflict: an event noun dated twice in its own noun phrase, by a possessive
relative phrase before it and by a day in the clause that describes it, with a phrase naming
where it happened between them ("last month's meeting at Riverside Hall, held on 2 May")."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2025, 7, 10)  # last month: June 2025


def found(text):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.relative-conflict"]


@pytest.mark.parametrize("place, day, caught", [
    (" at Riverside Hall", "2 May", True),  # the place's name completes the noun before the comma
    (" at Riverside Hall", "14 June", False),
    ("", "2 May", True),
    (" at the old hall", "2 May", False),  # not a name: the day may be another thing's
])
def test_a_place_named_after_the_event_noun_keeps_its_clause_the_nouns(place, day, caught):
    text = f"Residents are still angry about last month's meeting{place}, held on {day}, which ended early."
    assert bool(found(text)) == caught
