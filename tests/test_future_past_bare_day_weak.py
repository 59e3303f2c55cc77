"""date.future-past, the weak-link tier: US copy's bare day (a day and month, no year, no
preposition) right after a plain noun ends the verb's object there, so the day is the
verb's; and a gerund after "before"/"after" whose main clause is past ("deliberated for
hours before returning its verdict Nov. 20") is told in that past. The link is plausible,
not proven, so an info finding showing both sides."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

PUBLISHED = date(2024, 11, 12)


def _future_past(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


@pytest.mark.parametrize("text", [
    "The city council met for more than two hours before approving the budget Nov. 20, the clerk said.",
    "Officers searched the house on Elm Street for most of a day before arresting the suspect Nov. 19.",
    "The regional jury deliberated for about four hours before returning its verdict Nov. 18.",
])
def test_a_bare_day_after_a_gerunds_object_in_a_past_sentence_is_an_info_finding(text):
    found = _future_past(text)
    assert found and all(f.severity.label == "info" for f in found), found
    assert found[0].related


@pytest.mark.parametrize("text", [
    # the day is before publication
    "The regional jury deliberated for about four hours before returning its verdict Nov. 8.",
    # a future main clause
    "The jury will deliberate for a day before returning its verdict Nov. 18.",
    # a scheduled act or a label before the bare day
    "Directors set a 10-cent dividend payable Nov. 20 to holders of record Nov. 15.",
    # after a name or a number: no object of the verb ends there
    "The minister flew for six hours before visiting Paris Nov. 20.",
    # a noun or a name right after the day: it labels that ("the Nov. 20 deadline"), even past a
    # line break, which ends no phrase (a table's row)
    "The council argued for an hour before moving the original Nov. 20 deadline.",
    "Harbor Oil took Northern Star 40,000 tons crude Nov. 18\nGulf Coast to Rotterdam rate 95",
    # a reporting verb's day is when it was said
    "The mayor spoke for an hour before saying Nov. 20 would be the date.",
])
def test_no_bare_day_reading_otherwise(text):
    assert not _future_past(text)
