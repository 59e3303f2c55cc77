"""date.future-past: a bare day after "closed", "ended" or "expired" (US copy: no preposition).

These past forms usually name a period's end or a paper's date ("the quarter ended March 31":
lexicon past_event bare_date_not_after), so a bare day after them is no event's. Where one is
the finite verb of the short noun phrase opening its sentence ("The sale closed Nov. 14"),
it tells an event after all, unless that phrase names a period (period_nouns and the time
units: "The quarter ended June 30 ..."). And a year that opens a state running up to now
("has served burgers since 1958") tells no story of that year: it does not make the article's
yearless days that year's.
"""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2024, 11, 6)


def _future_past(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


@pytest.mark.parametrize("text", [
    "The deal closed Nov. 14, the company said.",
    "The online auction ended Nov. 20 with a top bid of $41,000.",
    "The tender offer expired Nov. 12, the bank said.",
    # a state that runs up to now, begun in an earlier year, sets no story in that year
    "The diner has served travelers since 1958. The sale closed Nov. 14, the new owner said.",
])
def test_a_finite_end_verb_after_its_subject_dates_an_event(text):
    found = _future_past(text)
    assert found and found[0].severity.label == "warning", found


@pytest.mark.parametrize("text", [
    # the opening phrase names a period: its end, not an event
    "The quarter ended Nov. 30 will show a loss, analysts said.",
    "The fiscal year ended Nov. 30, the filing shows.",
    # not the verb of the opening phrase
    "Net profit in the quarter ended Nov. 30 rose.",
    "A letter dated Nov. 14 was read out.",
    # the day is before publication
    "The deal closed Nov. 4, the company said.",
    # an earlier year told before, not as a span up to now: the day may be that year's
    "Talks began in 2023. The deal closed Nov. 14, the company said.",
])
def test_a_period_end_or_an_earlier_story_passes(text):
    assert not _future_past(text)
