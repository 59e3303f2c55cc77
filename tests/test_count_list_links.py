"""The links between a count and the list it counts that are read away from the usual shapes:
a bare number as a clause's subject, plain lists in lower case, groups whose size is told,
a part of a group, people named later by what befell them, and lists told before the count.
Each named limit has a test on either side of it."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.quantities.lists import (
    ACT_AROUND_WORDS,
    LIST_EARLIER_SENTENCES,
    PLAIN_COPULA_ITEMS,
    PLAIN_ITEM_WORDS,
    SUBJECT_OPENER_WORDS,
)
from claims.quantities.scanning import COLLECTIVE_MODIFIER_WORDS
from claims.read import article_from_text

RULE = "number.count-mismatch"
FILLER = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def severities(text, published=date(2024, 4, 21)):
    result = check_article(article_from_text(text, published=published))
    return [f.severity.label for f in result.findings if f.rule == RULE]


def test_a_bare_subject_counts_the_list_after_its_colon():
    assert severities("Five dissented: Ivo Marek, Lia Park, Ben Cho and Ada Lowe.") == ["warning"]
    assert severities("Four dissented: Ivo Marek, Lia Park, Ben Cho and Ada Lowe.") == []


@pytest.mark.parametrize("n, found", [(SUBJECT_OPENER_WORDS, ["warning"]), (SUBJECT_OPENER_WORDS + 1, [])])
def test_the_opening_phrase_before_a_bare_subject_is_bounded(n, found):
    opener = "Of the " + " ".join(FILLER[: n - 1]) + ","
    assert severities(f"{opener} five are nurses \u2014 Ivo Marek, Lia Park and Ben Cho.") == found


@pytest.mark.parametrize("n, found", [(PLAIN_ITEM_WORDS, ["info"]), (PLAIN_ITEM_WORDS + 1, [])])
def test_a_plain_item_is_a_few_words(n, found):
    long_item = " ".join(FILLER[:n])
    assert severities(f"The fund backs four causes: {long_item}, rivers and clean air.") == found


@pytest.mark.parametrize("items, found", [
    (["rivers", "forests"][: PLAIN_COPULA_ITEMS - 1], []),
    (["rivers", "forests", "moors"][:PLAIN_COPULA_ITEMS], ["info"]),
])
def test_after_are_a_plain_list_needs_enough_items(items, found):
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    assert severities(f"The five causes are {listed}.") == found


@pytest.mark.parametrize("n, found", [(COLLECTIVE_MODIFIER_WORDS, ["warning"]), (COLLECTIVE_MODIFIER_WORDS + 1, [])])
def test_a_collective_may_carry_a_few_modifiers(n, found):
    mods = " ".join(FILLER[:n])
    assert severities(f"They hired the {mods} trio of Ivo Marek, Lia Park, Ben Cho and Ada Lowe last year.") == found


def test_a_part_of_a_group_is_shown_not_judged():
    assert severities("Two of the six clubs \u2014 Rovers, United and Athletic \u2014 folded.") == ["info"]
    assert severities("Three of the six clubs \u2014 Rovers, United and Athletic \u2014 folded.") == []


@pytest.mark.parametrize("gap, found", [(ACT_AROUND_WORDS, ["info"]), (ACT_AROUND_WORDS + 1, [])])
def test_the_act_stands_near_the_count(gap, found):
    """ "killed three people" holds the act one word before the count; words put between push it out."""
    between = " ".join(["and"] * (gap - 1))
    text = (f"The blast killed {between} three people. Police later named the victims as Ivo Marek, 33, "
            "Lia Park, 41, Ben Cho, 29, and Ada Lowe, 52.")
    assert severities(text) == found


@pytest.mark.parametrize("gap, found", [(LIST_EARLIER_SENTENCES - 1, ["info"]), (LIST_EARLIER_SENTENCES + 1, [])])
def test_a_subject_list_told_before_is_read_within_the_window(gap, found):
    middle = " ".join(f"The {w} report came out." for w in FILLER[:gap])
    text = f"Ivo Marek, Lia Park and Ben Cho were charged on Monday. {middle} The two men deny it."
    assert severities(text) == found
