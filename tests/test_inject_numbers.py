"""The number slips planted for the recall evaluation: each is caught by its rule."""

import pytest

from checker.engine import check_article
from checker.evaluate.inject_numbers import change_count, change_restated, inflate_part
from claims.read import article_from_text


def rules_found(text):
    return [f.rule for f in check_article(article_from_text(text)).findings if f.rule.startswith("number.")]


@pytest.mark.parametrize("planter, text, rule, changed", [
    (inflate_part, "Thirty people were injured on Monday, among them 20 pupils and 5 teachers.",
     "number.sum-exceeds-total", "46 pupils"),
    (inflate_part, "Imports totalled 224,000 tonnes, of which nearly 100,000 tonnes are still in stock.",
     "number.sum-exceeds-total", "nearly 420,001 tonnes"),
    (inflate_part, "Brazil has 18 mln bags, of which 5.5 mln bags are old crop.", "number.sum-exceeds-total", "28 mln bags"),
    (change_count, "The two candidates, Ortiz and Lam, met on Monday.", "number.count-mismatch", "The three candidates"),
    (change_count, "They visited 3 countries: France, Germany and Italy.", "number.count-mismatch", "4 countries"),
    (change_restated, "The hospital employs 8,500 nurses. The union said its 8,500 nurses would strike.",
     "number.restated-conflict", "its 10,626 nurses"),
])
def test_planted_slip_is_caught(planter, text, rule, changed):
    assert rules_found(text) == []
    new = planter(text)
    assert new is not None and changed in new
    assert rules_found(new) == [rule]


@pytest.mark.parametrize("planter", [inflate_part, change_count, change_restated])
def test_no_place_no_slip(planter, seed_text):
    assert planter("Nothing here counts anything.") is None
    assert planter(seed_text) is None


def test_no_slip_where_it_would_not_be_certain():
    # "at least" totals and net figures may hold any parts: nothing to plant there.
    assert inflate_part("At least 30 people were injured, among them 20 pupils.") is None
    assert inflate_part("A net loss of 5 mln dlrs, including a 2 mln dlr writedown.") is None
    # shares are amounts, not groups: the rule does not cover them.
    assert change_restated("It sold 2 mln shares. The 2 mln shares went to Ford.") is None


@pytest.mark.parametrize("text", [
    # the restatement picks out its own group: a larger number there may be right
    "The brand has three dealerships. It will expand its three dealerships in Hong Kong.",
    "Police held 31 students. The 31 students who marched were freed.",
    # the first mention may be a subgroup of the group restated
    "Its four banks in Harris County will merge. Its four banks will keep their names.",
    "Some 1,400 workers on the line will move. The 1,400 workers will stay.",
    # the first mention adds to another group: "the 10 planes" may be the other ten
    "It sold 10 jets, with an option on a further 10 planes. The 10 planes on order are due in 1990.",
])
def test_no_restatement_slip_where_the_group_may_differ(text):
    assert change_restated(text) is None


@pytest.mark.parametrize("text, changed", [
    ("The three provinces with the most attacks were Basra, Anbar and Diyala. Those three provinces hold a third.",
     "Those five provinces"),
    ("The nine creditor banks of Teck Hock met today. The nine creditor banks have the proposals.",
     "The twelve creditor banks"),
    # a number written elsewhere ("four or five days") is not the slip: the next free one is
    ("Spokesmen for the two societies said so. Clearing took four or five days. The two societies joined.",
     "The six societies joined"),
])
def test_restatement_slip_where_the_group_is_certain(text, changed):
    assert rules_found(text) == []
    new = change_restated(text)
    assert new is not None and changed in new
    # a group whose list named as many as its count, named again with another number, is also
    # held to that list (number.count-mismatch through the count's refers_to)
    assert set(rules_found(new)) - {"number.count-mismatch"} == {"number.restated-conflict"}
