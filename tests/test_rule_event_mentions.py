"""checker/rules/event_mentions.py: the date rules' one notion of another dated mention of an
event, and how sure a reading it is."""

from datetime import date

import pytest

from checker.rules.event_mentions import Chains
from claims.extract import extract
from claims.read import article_from_text


def chains_of(text, published=date(2017, 1, 3)):
    claims = extract(article_from_text(text, published=published))
    return claims, Chains(claims)


def first_event(claims, word):
    return next(e for e in claims.of_kind("event") if e.text == word)


LEAD = "Police arrested a man on 30 December. He was held. Roads were shut. Crews stayed. "


@pytest.mark.parametrize("later, sure", [
    ("Officers made the arrest on 31 December.", True),
    ("Officers made the arrest on 31 December as a fire spread.", False),  # another event word there
    ("Officers made the detention on 31 December.", None),                 # not an event noun of the chain
])
def test_sure_only_for_the_sole_event_named_again_alone(later, sure):
    claims, chains = chains_of(LEAD + later)
    found = chains.others(first_event(claims, "arrested"))
    assert [d.sure for d in found] == ([sure] if sure is not None else [])


def test_a_recurring_kind_is_a_reading():
    claims, chains = chains_of("The board met on 30 December. Roads shut. The meeting took place on 31 December.")
    [d] = chains.others(first_event(claims, "met"))
    assert not d.sure and "more than one" in d.why


@pytest.mark.parametrize("later, planned", [
    ("Officials set it for the arrest on 31 December.", None),  # no plan word before the date itself
    ("The arrest was set them for 31 December.", True),          # "set" PLAN_REACH words before
    ("The arrest was set all them for 31 December.", False),     # one word farther
])
def test_plan_reach_bounds_a_plans_date(later, planned):
    claims, chains = chains_of(LEAD + later)
    t = next(c for c in claims.of_kind("time") if c.text == "31 December")
    if planned is None:
        assert not chains.planned(t)
    else:
        assert chains.planned(t) is planned
