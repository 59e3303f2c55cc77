"""date.future-past: a verb told at an event noun that the date dates.

"Prices fell at the auction on 18 November": "auction" is a noun a date usually belongs to
alone ("approved the sale on 10 April": the sale's day, not the approval's), but after "at"
or "during" (lexicon mentions.occasion_prepositions) the event is the occasion of the verb,
so its day is the verb's day. The verb's reach (VERB_REACH) is then measured from the
preposition, and the noun may carry up to OCCASION_NOUN_WORDS modifiers.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import OCCASION_NOUN_WORDS
from claims.read import article_from_text

PUBLISHED = date(2025, 3, 4)


def _future_past(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


@pytest.mark.parametrize("text", [
    "Wool prices rose at the South Island auction on 6 March, with fine fleece up 4 per cent.",
    "A Romney ram fetched $21,000 at the breeders' annual sale on 15 March 2025.",
    "The index slipped 1.8 per cent during the overnight auction on 12 March.",
    # the reach is measured from "at": a long object before it does not hide the verb
    "A three-year-old Hereford heifer from the hill country farm sold for a breed-record $48,000 "
    "at the stud's spring on-farm sale on 20 March 2025.",
])
def test_a_verb_told_at_an_event_takes_the_events_date(text):
    found = _future_past(text)
    assert found and found[0].severity.label == "warning", found


@pytest.mark.parametrize("text", [
    # the event noun is the verb's object or follows another preposition: its own day
    "The board approved the sale on 20 March 2025.",
    "Buyers held back ahead of the auction on 6 March.",
    # the occasion lies before publication
    "Wool prices rose at the South Island auction on 27 February.",
    # a future occasion
    "Wool prices are expected to rise at the auction on 6 March.",
])
def test_the_date_stays_the_nouns_or_is_not_after_publication(text):
    assert not _future_past(text)


def test_the_occasion_nouns_modifiers_are_bounded():
    near = " ".join(["big"] * OCCASION_NOUN_WORDS)
    far = " ".join(["big"] * (OCCASION_NOUN_WORDS + 1))
    assert _future_past(f"Prices rose at the {near} auction on 6 March.")
    assert not _future_past(f"Prices rose at the {far} auction on 6 March.")
