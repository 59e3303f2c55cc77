"""date.anchor-conflict, the reading by words (checker/rules/span_ends.py, info findings): which
date a counted phrase counts from and which it places, read from the clause around it.

- A date set off by a comma right after the origin ("three days after the council vote, on
  19 May") dates what the phrase places, not the vote: the resolver leaves the count a
  duration, and the reading takes the vote's date from the sentence that tells it
  (``set_off_after``, at most SET_OFF_WORDS words after the comma).
- A phrase opening its sentence whose origin clause holds its own date before the comma ("Four
  days after the river burst its banks on 10 January, the council declared ...") counts from
  that date; the placed clause after the comma is dated by the other mentions of its words
  ("Since the declaration on 20 January"): ``_fronted_origin_date`` when the date stands past
  the resolver's reach, the resolver's own count otherwise.
- "exactly" / "precisely" before the count (events.json span_ends exact_words): the count
  reaches its own value, not its wording's tolerance.
- A phrase in a relative clause after the subject ("The rebranding, which came a year after the
  merger, was completed in 2021"): the main clause's date is the subject's
  (``in_relative_aside``); so is the date after an ordinal's clause ("The second strike, which
  came a week after the first, began on 23 February").
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules.span_ends import SET_OFF_WORDS
from claims.model import Article
from claims.read import article_from_text
from claims.temporal import extract


def anchor_findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


def times(text, published):
    return {c.text: c for c in extract(Article("t", "<test>", text, published=published))}


# -- a date set off after the origin -------------------------------------------------------

VOTE = "The city council backed the bypass plan on 2 May after a long debate. "


def test_a_date_set_off_after_the_origin_is_not_the_origins_for_the_resolver():
    got = times("The board gave its consent three days after the council vote, on 19 May.", date(2025, 6, 30))
    assert (got["three days"].timex.type, got["three days"].timex.value) == ("DURATION", "P3D")
    # with no comma the date is the vote's, and the count names a date from it
    got = times("The board gave its consent three days after the council vote on 19 May.", date(2025, 6, 30))
    assert (got["three days"].timex.value, got["three days"].timex.anchor) == ("2025-05-22", got["19 May"].id)


@pytest.mark.parametrize("text, flagged", [
    (VOTE + "The regional board gave its consent three days after the council vote, on 19 May.", True),
    (VOTE + "The regional board gave its consent three days after the council vote, on 5 May.", False),
    ("A jury found the treasurer guilty on 4 October. She was sentenced a fortnight after the verdict, "
     "on 8 November, to two years.", True),
    ("A jury found the treasurer guilty on 4 October. She was sentenced a fortnight after the verdict, "
     "on 18 October, to two years.", False),
])
def test_the_date_set_off_after_the_origin_is_the_placed_events(text, flagged):
    found = anchor_findings(text, date(2025, 6, 30) if "May" in text else date(2024, 11, 20))
    assert bool(found) is flagged
    assert all(f.severity == Severity.INFO for f in found)


def test_the_set_off_date_stands_at_most_set_off_words_after_the_comma():
    assert SET_OFF_WORDS == 1
    near = VOTE + "The regional board gave its consent three days after the council vote, on 19 May."
    far = VOTE + "The regional board gave its consent three days after the council vote, late on 19 May."
    assert anchor_findings(near, date(2025, 6, 30))
    assert not any("19 May" in f.message for f in anchor_findings(far, date(2025, 6, 30)))


# -- a fronted phrase whose origin clause holds its date -----------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # the origin's date past the resolver's reach: read by the clause
    ("Four days after the swollen river burst its banks on 10 January, the regional council declared "
     "an emergency. Since the declaration on 20 January, engineers have built a crossing.", True),
    ("Four days after the swollen river burst its banks on 10 January, the regional council declared "
     "an emergency. Since the declaration on 14 January, engineers have built a crossing.", False),
    # within the resolver's reach: it counted already, the placed clause is dated elsewhere
    ("Two days after the earthquake struck on 3 March, the prime minister visited the town. During the "
     "visit on 12 March, she met families.", True),
    ("Two days after the earthquake struck on 3 March, the prime minister visited the town. During the "
     "visit on 5 March, she met families.", False),
])
def test_a_fronted_phrase_counts_from_the_date_of_its_own_origin_clause(text, flagged):
    assert bool(anchor_findings(text, date(2025, 4, 15))) is flagged


# -- exact counts --------------------------------------------------------------------------

@pytest.mark.parametrize("word, flagged", [("exactly", True), ("precisely", True), ("about", False), ("", False)])
def test_an_exact_count_reaches_its_own_value(word, flagged):
    text = (f"The river flooded the library on 14 February 2020. The library reopened {word} twelve months "
            "after the flood. Staff marked the reopening on 2 March 2021 with a party.")
    text = text.replace("  ", " ")
    assert bool(anchor_findings(text, date(2021, 3, 30))) is flagged


# -- relative clauses after the subject ------------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    ("The two colleges merged in September 2019. The new campus, which opened two years after the merger, "
     "was finished in 2024.", True),
    ("The two colleges merged in September 2019. The new campus, which opened two years after the merger, "
     "was finished in 2021.", False),
    # not a relative clause: the sentence's own date is not read as the subject's
    ("The two colleges merged in September 2019. The new campus opened two years after the merger and "
     "a library was finished in 2024.", False),
])
def test_the_main_clause_after_a_relative_aside_dates_its_subject(text, flagged):
    assert bool(anchor_findings(text, date(2025, 2, 14))) is flagged


@pytest.mark.parametrize("day, flagged", [("23 February", True), ("9 February", False)])
def test_the_second_of_a_numbered_pair_is_dated_by_its_main_clause(day, flagged):
    text = ("The first strike by train drivers took place on 2 February. Talks broke down again. "
            f"The second strike, which came a week after the first, began on {day}.")
    assert bool(anchor_findings(text, date(2025, 3, 5))) is flagged


# -- "the day after X": the words after it are its origin's -------------------------------------

@pytest.mark.parametrize("took_over, flagged", [
    ("on Tuesday 10 June, the day after the minister's resignation on 9 June", True),
    ("on Friday 6 June, the day after the minister's resignation on 5 June", False),
])
def test_the_words_after_the_day_after_date_the_origin_not_the_phrase(took_over, flagged):
    """"the day after the minister's resignation on 9 June": the resolver's "day after" dates
    the taking over; the resignation is the words after it, dated only by "9 June" (one date,
    not two), which the phrase three days after the report then places."""
    text = ("The audit report was published on 2 June. The minister resigned three days after the report. "
            f"Her deputy took over {took_over}.")
    assert bool(anchor_findings(text, date(2025, 6, 20))) is flagged
