"""Links through a shared name or word reach at most LINK_REACH_SENTENCES sentences (issue 11:
bounded cost on any input).

A rule that ties two statements by what they share alone (the same event told in other words,
the same thing's start, the same job of work), with nothing about their distance to decide it,
reads only the statements that many sentences either way of its own
(claims/language/analysis.py). No news article is that long; a text of many articles, or one
article repeated, would otherwise read every copy of a name from every other. Each test places
the far side exactly at the bound (linked) and one sentence past it (not linked).
"""

from datetime import date

import pytest

from checker.engine import check_article
from claims.language import analyse
from claims.language.analysis import LINK_REACH_SENTENCES
from claims.read import article_from_text

PUBLISHED = date(2025, 7, 10)
#: A sentence with no date, event, name or number: distance and nothing else.
FILLER = "The weather stayed mild in the valley. "


def _findings(text, rule):
    return [f for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == rule]


def _sales(fillers: int) -> str:
    # the recall's clause stands fillers + 2 sentences after the side that needs its date
    return ("The chain stopped selling the heaters before the maker announced a recall. " + FILLER * fillers
            + "Sales ended on 14 October. The recall was announced on 2 October.")


@pytest.mark.parametrize("distance, linked", [(LINK_REACH_SENTENCES, True), (LINK_REACH_SENTENCES + 1, False)])
def test_a_sequence_side_is_dated_by_a_clause_within_the_reach(distance, linked):
    text = _sales(distance - 2)
    an = analyse(text)
    assert an.sentence_at(text.index("The recall was")).index - an.sentence_at(text.index("before")).index == distance
    assert bool(_findings(text, "date.sequence-conflict")) is linked


def test_a_sequence_side_is_dated_by_a_clause_a_few_sentences_away():
    assert _findings(_sales(3), "date.sequence-conflict")


@pytest.mark.parametrize("distance, linked", [(LINK_REACH_SENTENCES, True), (LINK_REACH_SENTENCES + 1, False)])
def test_a_span_up_to_now_reads_its_start_within_the_reach(distance, linked):
    text = "The Harbour Trust was founded in 2012. " + FILLER * (distance - 1) + "The trust has existed for 30 years."
    found = [f for f in _findings(text, "date.duration-conflict") if "30 years" in f.message]
    assert bool(found) is linked


@pytest.mark.parametrize("distance, warned", [(LINK_REACH_SENTENCES, True), (LINK_REACH_SENTENCES + 1, False)])
def test_a_things_range_told_in_other_sentences_within_the_reach(distance, warned):
    # the range's start is told ``distance`` sentences before the duration; past the reach, only
    # the reading by word families (an info finding, span_ends.py, not bounded) is left
    text = ("Work on the depot began in March 2021. Work on the depot was finished in May 2021. "
            + FILLER * (distance - 2) + "The depot, built after a 14-month construction, opened to the public.")
    found = _findings(text, "date.duration-conflict")
    assert found and any(f.severity.name == "WARNING" for f in found) is warned


def test_the_reach_is_longer_than_any_news_article():
    """The longest article of the Reuters and Wikinews corpora has 311 sentences."""
    assert LINK_REACH_SENTENCES > 311
