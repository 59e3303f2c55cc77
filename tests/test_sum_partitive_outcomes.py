"""number.sum-exceeds-total: a count told as a share of a counted whole, with its outcome after
the whole, and counts listed after it with other outcomes ("33 of the board's 45 directors
voting for it and 14 against"): each director has one outcome, so they are parts of the
whole (claims.quantities.parts.PARTITIVE_OUTCOMES). And container volumes in TEU are a unit.
"""

import pytest

from checker.engine import check_article
from claims.quantities.parts import PARTITIVE_OUTCOMES
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text", [
    "The motion passed with 61 of the council's 70 members voting in favour and 12 against.",
    "The plan was carried, 30 of the 40 delegates voting for it and 11 voting against it.",
    "The levy was approved, 47 of the chamber's 55 deputies voting in favour, 6 against and 4 abstaining.",
])
def test_parts_of_the_whole_that_add_up_to_more(text):
    [f] = findings(text)
    assert any(PARTITIVE_OUTCOMES in r.message for r in f.related)


@pytest.mark.parametrize("text", [
    # they fit
    "The motion passed with 50 of the council's 70 members voting in favour and 12 against.",
    # no outcome told after the whole: "44 of the 58 deputies" alone
    "The levy was approved, 44 of the chamber's 58 deputies present and 17 away on leave.",
    # the same outcome twice is no split
    "The levy was approved, 44 of the chamber's 58 deputies voting in favour and 17 in favour of a delay.",
])
def test_not_flagged(text):
    assert findings(text) == []


def test_container_volumes_in_teu_are_summed():
    text = ("Quay volumes reached 5.3 million TEU last year, of which 3.1 million TEU went on by sea "
            "and 2.5 million TEU moved inland by rail.")
    assert findings(text)


def test_container_volumes_that_fit():
    text = ("Quay volumes reached 5.3 million TEU last year, of which 3.1 million TEU went on by sea "
            "and 2.1 million TEU moved inland by rail.")
    assert findings(text) == []


# --- people's parts after two totals told together (claims.quantities.parts.NEARER_TOTAL) ----

@pytest.mark.parametrize("text, shown", [
    ("Two people died and 14 passengers were injured, among them 9 men and 7 women.", True),
    ("Two people died and 14 passengers were injured, among them 8 men and 6 women.", False),
])
def test_parts_after_two_totals_are_read_against_the_nearer(text, shown):
    found = findings(text)
    assert bool(found) is shown
    assert all(f.severity.label == "info" for f in found)


def test_parts_of_things_after_two_totals_are_left_alone():
    # "including" marks parts of anything: among which total?
    text = "The firm sold 40 cars and 30 vans, including 25 red ones and 20 blue ones."
    assert findings(text) == []
