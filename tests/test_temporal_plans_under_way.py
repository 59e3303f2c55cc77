"""A weekday that a plan points at lies ahead of the plan, even when the plan is told in the past.

Two ways such a weekday was read as the one already gone:

- a progressive plan ("were planning to", "was preparing to"): the past auxiliary before it
  made the clause past, as it rightly does for a finished plan ("had been scheduled to expire
  Friday"). A plan under way looks ahead whatever auxiliary stands before it.
- a past verb in the next clause after "and" ("planned a rally on Saturday and were ..."):
  being nearer, it outranked the plan of the weekday's own clause. After "and", a marker now
  yields to one standing between the last comma and the weekday, as one after a comma does.

Published Friday 7 January 2000: the Saturday before is 1 January, the one after 8 January.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract
from claims.temporal.tense import tense
from claims.temporal.tokens import Tokens

PUBLISHED = date(2000, 1, 7)


def value_of(text: str, phrase: str) -> str:
    found = [c for c in extract(Article("t", "<test>", text, published=PUBLISHED)) if c.text == phrase]
    assert len(found) == 1, [c.text for c in extract(Article("t", "<test>", text, published=PUBLISHED))]
    return found[0].timex.value


def clause_tense(text: str, word: str) -> str | None:
    toks = Tokens(text)
    [i] = [k for k in range(len(toks)) if toks.word(k) == word]
    return tense(toks, i, i + 1)


@pytest.mark.parametrize("text", [
    "The growers were planning to block the bridge on Saturday.",
    "The council was preparing to vote on Saturday.",
    "Fans were hoping for a replay on Saturday.",
    "The union is planning to strike on Saturday.",
])
def test_a_plan_under_way_looks_ahead_whatever_its_auxiliary(text):
    assert value_of(text, "Saturday") == "2000-01-08"


def test_a_finished_plan_after_was_stays_past():
    # the limit's other side: "scheduled" after "had been" is a plan overtaken
    assert value_of("The permit had been scheduled to expire on Saturday.", "Saturday") == "2000-01-01"


@pytest.mark.parametrize("text", [
    "They finished the planning on Saturday.",
    "He rested after preparing on Saturday.",
])
def test_an_ing_form_after_a_determiner_or_preposition_names_an_activity(text):
    # no plan, so no look ahead: the past verb of the clause tells it
    assert value_of(text, "Saturday") == "2000-01-01"


def test_a_plan_of_the_own_clause_outranks_a_nearer_past_verb_after_and():
    text = "Residents planned a march through the old port on Saturday and were told to expect crowds."
    assert clause_tense(text, "Saturday") == "future"
    assert value_of(text, "Saturday") == "2000-01-08"


def test_a_past_verb_after_and_still_counts_when_the_clause_has_no_marker_of_its_own():
    # nothing between the weekday and the start of its stretch: the verb after "and" tells it
    text = "Talks on Saturday and Sunday were calm."
    assert clause_tense(text, "Saturday") == "past"


def test_a_marker_beyond_a_comma_does_not_outrank_the_verb_after_and():
    # "will" stands before the comma, in the main clause; the relative clause's own verb is
    # the "was" after "and"
    text = ("The likeliest plan will be to relieve the destroyer, which has been at sea since "
            "Saturday and was due to sail home.")
    assert clause_tense(text, "Saturday") == "past"


@pytest.mark.parametrize("text", [
    "Prices fell on Saturday and were expected to rise.",
    "The club said on Saturday and repeated that it would appeal.",
])
def test_a_past_verb_of_the_own_clause_keeps_the_weekday_past(text):
    assert value_of(text, "Saturday") == "2000-01-01"
