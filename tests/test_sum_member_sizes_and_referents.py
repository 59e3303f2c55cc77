"""number.sum-exceeds-total: two links to the whole a list breaks down.

A body sized in its members ("a 15-member crew", "a 30-strong delegation"; lexicon
body_size_words) counts its members, so a list of people it includes is its parts. And a
sentence that opens on a noun for an amount paid ("The award includes ...", "The settlement
includes ..."; lexicon amount_referents) splits the amount told before it; shares in one form
are told apart by the word that tells their kind ("in unpaid wages", "in punitive
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
    ("15-member", "nine sailors from the north and seven from the south", True),  # 16 of 15
    ("15-member", "nine sailors from the north and six from the south", False),  # 15 of 15
    ("15-strong", "nine sailors from the north and seven from the south", True),
    ("30-strong", "18 farmers and 14 officials", True),
])
def test_a_body_sized_in_its_members_holds_its_people(size, parts, expected):
    text = f"The {size} crew includes {parts}."
    assert bool(flagged(text)) is expected


def test_a_member_size_holds_no_things():
    # the parts must be people, or the body's own noun: trucks are no members of a crew
    assert flagged("The 15-member crew includes nine trucks from the north and seven from the south.") == []


# --- a noun for the amount paid ---------------------------------------------------------------

@pytest.mark.parametrize("second, expected", [
    ("$3.9 million in punitive damages", True),  # 5.1 + 3.9 = 9, more than 8.6
    ("$3.5 million in punitive damages", False),  # 5.1 + 3.5 = 8.6
])
def test_the_award_splits_the_amount_told_before(second, expected):
    text = ("A jury told the haulier to pay $8.6 million to a cyclist.\n\n"
            f"The award includes $5.1 million in unpaid wages and {second}.")
    assert bool(flagged(text)) is expected


def test_a_noun_for_no_amount_splits_nothing():
    # "The verdict" names no amount: its list is not read against the sum before it
    text = ("A jury told the haulier to pay $8.6 million to a cyclist.\n\n"
            "The verdict includes $5.1 million in unpaid wages and $3.9 million in punitive damages.")
    assert flagged(text) == []


@pytest.mark.parametrize("second, expected", [
    ("$310,000 in contents cover", True),
    ("$280,000 in contents cover", False),
])
def test_a_payout_is_an_amount(second, expected):
    text = ("The insurer has agreed to pay $780,000 to the couple whose house burned down.\n\n"
            f"The payout includes $500,000 in rebuilding costs and {second}.")
    assert bool(flagged(text)) is expected
