"""A yearless day a few weeks ahead in a clause that is not past: the past reading goes, so a
wrong weekday beside it is seen. Two ways a clause was misread as past: "last" as an adjective
or a verb ("the last bus", "expected to last"), and a present calendar verb ("the poll opens
on") before a reporting verb in the past ("..., the club said").

Published Thursday 2 October 2025: 30 October 2025 is a Thursday, 30 October 2024 was a
Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.engine import check_article
from claims.model import Article
from claims.read import article_from_text
from claims.temporal import extract

PUBLISHED = date(2025, 10, 2)


def day(text: str, phrase: str):
    found = [c for c in extract(Article("t", "<test>", text, published=PUBLISHED)) if c.text == phrase]
    assert len(found) == 1, [c.text for c in extract(Article("t", "<test>", text, published=PUBLISHED))]
    return found[0]


def weekday_findings(text: str):
    result = check_article(article_from_text(text, published=PUBLISHED))
    return [f for f in result.findings if f.rule == "date.weekday-mismatch"]


NOT_PAST = [
    ("The depot will run its last bus on Wednesday, 30 October.", "Wednesday, 30 October"),
    ("Her final shift at the ward, her last after 40 years, comes on Wednesday 30 October.",
     "Wednesday 30 October"),
    ("The hearing is expected to last until Wednesday, Oct. 30.", "Wednesday, Oct. 30"),
    ("Voting opens on Wednesday 30 October, the union said.", "Wednesday 30 October"),
    ("The winter timetable starts Wednesday, October 30, transit officials said.", "Wednesday, October 30"),
    ("Registration closes on Wednesday, 30 October, organisers told reporters.", "Wednesday, 30 October"),
]


@pytest.mark.parametrize("text, phrase", NOT_PAST)
def test_a_clause_that_is_not_past_reads_the_coming_day(text, phrase):
    assert day(text, phrase).attrs["readings"] == ["2025-10-30"]  # 28 days ahead; 337 back is gone
    [f] = weekday_findings(text)
    assert "30 October 2025 is a Thursday" in f.message


@pytest.mark.parametrize("text, phrase", [
    ("The ferry made its last crossing on Wednesday, 30 October.", "Wednesday, 30 October"),
    ("Last orders were called on Wednesday 30 October, the landlord said.", "Wednesday 30 October"),
    ("Tax returns fell on Wednesday, 30 October, the agency said.", "Wednesday, 30 October"),
])
def test_a_past_clause_keeps_last_year_where_the_weekday_fits(text, phrase):
    # "made", "called", "fell": past verbs; "returns" after a noun-like word is the noun here,
    # but the past verb nearer still tells the clause
    assert day(text, phrase).attrs["readings"] == ["2024-10-30", "2025-10-30"]
    assert weekday_findings(text) == []


def test_a_calendar_verb_after_a_determiner_is_a_noun():
    # "the opens": a noun (golf), no present clause; the past verb before it tells the tense
    t = day("He won the opens held on Wednesday, 30 October.", "Wednesday, 30 October")
    assert t.attrs["readings"] == ["2024-10-30", "2025-10-30"]


# -- "next summer", "last autumn" in December: the coming year's, this year's ----------------------

def _season(text: str, phrase: str, published: date):
    [c] = [c for c in extract(Article("t", "<test>", text, published=published)) if c.text == phrase]
    return c.timex.value


@pytest.mark.parametrize("published, nxt, last", [
    (date(2021, 12, 20), "2022-SU", "2021-SU"),  # December: its winter runs into 2022, before that spring
    (date(2021, 11, 20), "2022-SU", "2021-SU"),  # the autumn before: as before
    (date(2022, 1, 20), "2022-SU", "2021-SU"),  # the January after: as before
])
def test_next_and_last_summer_around_the_turn_of_the_year(published, nxt, last):
    assert _season("The pool will reopen next summer.", "next summer", published) == nxt
    assert _season("Crowds fell last summer.", "last summer", published) == last


def test_last_autumn_in_december_is_the_autumn_just_ended():
    assert _season("The mill shut last autumn.", "last autumn", date(2021, 12, 5)) == "2021-FA"
    assert _season("The mill shut last autumn.", "last autumn", date(2021, 11, 5)) == "2020-FA"
