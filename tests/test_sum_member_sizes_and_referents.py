"""number.sum-exceeds-total: two links to the whole a list breaks down.

A body sized in its members ("a 12-member squad", "a 30-strong delegation"; lexicon
body_size_words) counts its members, so a list of people it includes is its parts. And a
sentence that opens on a noun for an amount paid ("The award includes ...", "The settlement
includes ..."; lexicon amount_referents) splits the amount told before it; shares in one form
are told apart by the word that tells their kind ("in compensatory damages", "in punitive
damages"). Each has a test on each side.
"""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def flagged(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


# --- a body sized in its members --------------------------------------------------------------

@pytest.mark.parametrize("size, parts, expected", [
    ("12-member", "seven players from the north and six from the south", True),  # 13 of 12
    ("12-member", "seven players from the north and five from the south", False),  # 12 of 12
    ("12-strong", "seven players from the north and six from the south", True),
    ("30-strong", "18 farmers and 14 officials", True),
])
def test_a_body_sized_in_its_members_holds_its_people(size, parts, expected):
    text = f"The {size} squad includes {parts}."
    assert bool(flagged(text)) is expected


def test_a_member_size_holds_no_things():
    # the parts must be people, or the body's own noun: trucks are no members of a squad
    assert flagged("The 12-member squad includes seven trucks from the north and six from the south.") == []


# --- a noun for the amount paid ---------------------------------------------------------------

@pytest.mark.parametrize("second, expected", [
    ("$5.8 million in punitive damages", True),  # 9.5 + 5.8 = 15.3, more than 14.2
    ("$4.7 million in punitive damages", False),  # 9.5 + 4.7 = 14.2
])
def test_the_award_splits_the_amount_told_before(second, expected):
    text = ("A jury ordered the haulier to pay $14.2 million to a cyclist.\n\n"
            f"The award includes $9.5 million in compensatory damages and {second}.")
    assert bool(flagged(text)) is expected


def test_a_noun_for_no_amount_splits_nothing():
    # "The verdict" names no amount: its list is not read against the sum before it
    text = ("A jury ordered the haulier to pay $14.2 million to a cyclist.\n\n"
            "The verdict includes $9.5 million in compensatory damages and $5.8 million in punitive damages.")
    assert flagged(text) == []


@pytest.mark.parametrize("second, expected", [
    ("$310,000 in contents cover", True),
    ("$280,000 in contents cover", False),
])
def test_a_payout_is_an_amount(second, expected):
    text = ("The insurer has agreed to pay $780,000 to the couple whose house burned down.\n\n"
            f"The payout includes $500,000 in rebuilding costs and {second}.")
    assert bool(flagged(text)) is expected
