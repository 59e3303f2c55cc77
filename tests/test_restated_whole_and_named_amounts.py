"""number.restated-conflict: a smaller count of a whole group, and an amount named again by its noun.

"a convoy of 40 lorries ... the 35 lorries": a count told as the whole of a group is a closed
set, so a smaller definite count of the noun alone, linked to it by the document, names it
again (info: it may be what is left, so not when the difference is told between them).
"is to invest £45 million ... the £54m investment": the noun after a definite amount shares
its root with the verb or noun the one earlier amount was told with (info: an article may
tell two). Each limit is pinned with a case on each side of it.
"""

import pytest

from checker.engine import check_article
from checker.rules.number_restated_conflict import AMOUNT_RATIO, AMOUNT_ROOT, _same_root
from claims.read import article_from_text

RULE = "number.restated-conflict"


def found(text):
    return [f for f in check_article(article_from_text(text, published=None)).findings if f.rule == RULE]


def severities(text):
    return [f.severity.label for f in found(text)]


# --- a smaller count of a whole group ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A relief convoy of 40 lorries reached the town on Tuesday.\n\nThe lorries carried flour and medicine.\n\n"
    "Local officials said the 35 lorries had been unloaded by nightfall.",
    "The ministry sent a convoy of 24 ambulances to the border.\n\nMedics said the 21 ambulances were full by noon.",
])
def test_a_smaller_definite_count_of_a_whole_group_is_shown(text):
    assert severities(text) == ["info"]


@pytest.mark.parametrize("text", [
    # the difference told between them: the later count may be the rest
    "A relief convoy of 40 lorries set out on Tuesday. Five broke down on the road.\n\n"
    "Officials said the 35 lorries had been unloaded by nightfall.",
    # no whole was told: the later count may be some of them
    "The state bought 60 electric buses last year.\n\nOfficials said the 52 buses would run on suburban routes.",
    # a phrase after the later count picks some of the group
    "A relief convoy of 40 lorries reached the town on Tuesday.\n\nThe 35 lorries from the north were unloaded.",
    # the same size told again
    "A relief convoy of 40 lorries left on Monday.\n\nBy Wednesday the 40 lorries had reached the town.",
])
def test_a_smaller_count_that_may_be_a_part_is_silent(text):
    assert found(text) == []


# --- an amount named again by its noun ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A steel firm is to invest £45 million in a new rolling mill, creating 150 jobs.\n\n"
    "The council leader welcomed the £54m investment as a boost for the town.",
    "Harbour Bank made a profit of $3.2 billion in the first half.\n\n"
    "Its chief said the $3.6 billion profit in the half would fund new branches.",
])
def test_an_amount_named_again_by_its_noun_is_shown(text):
    assert severities(text) == ["info"]


@pytest.mark.parametrize("text", [
    # a phrase after the noun may pick another investment
    "A steel firm is to invest £45 million in a new mill.\n\nThe mayor welcomed the £54m investment in the port.",
    # the noun does not end its phrase: a modifier of something else
    "A steel firm is to invest £45 million in a new mill.\n\nThe mayor welcomed the £54m investment fund.",
    # another amount told before agrees with the later one
    "A steel firm is to invest £45 million in a new mill and £54 million in a port.\n\n"
    "The mayor welcomed the £54m investment.",
    # the first figure follows "the": it is no introduction of the thing
    "Analysts compared the £45 million paid with what rivals offered.\n\nThey called the £54m payment low.",
])
def test_an_amount_not_plainly_the_same_thing_is_silent(text):
    assert found(text) == []


def test_the_ratio_of_the_two_amounts_is_pinned():
    near = "A steel firm is to invest £40 million in a new mill.\n\nThe mayor welcomed the £{}m investment."
    assert severities(near.format(int(40 * AMOUNT_RATIO))) == ["info"]
    assert found(near.format(int(40 * AMOUNT_RATIO) + 1)) == []


def test_the_shared_root_is_pinned():
    assert AMOUNT_ROOT == 5
    assert _same_root("invest", "investment")
    assert _same_root("profit", "profits")
    assert not _same_root("fund", "funding")  # four letters are no root here
    assert not _same_root("deal", "refinancing")


# --- a size written onto a noun against the count of the noun alone ----------------------------------


def test_a_size_is_held_to_the_count_of_the_noun_alone():
    text = ("TARBERT, 3 March 2025 — Plans for 900 homes on the old quarry were approved.\n\n"
            "They include about 200 affordable homes. A second site nearby has around 150 homes.\n\n"
            "The 1,100-home estate will be built in four phases.")
    assert severities(text) == ["info"]


def test_a_size_matching_the_count_of_the_noun_alone_is_silent():
    text = ("TARBERT, 3 March 2025 — Plans for 900 homes on the old quarry were approved.\n\n"
            "They include about 200 affordable homes. A second site nearby has around 150 homes.\n\n"
            "The 900-home estate will be built in four phases.")
    assert found(text) == []


def test_a_dateline_year_does_not_date_the_first_count():
    plain = "Plans for 900 homes on the old quarry were approved.\n\nThe 1,100-home estate will be built in phases."
    assert severities("TARBERT, 3 March 2025 — " + plain) == severities(plain) == ["info"]
    # a year inside the story still dates the count
    assert found("In 2019 plans for 900 homes on the old quarry were approved.\n\n"
                 "The 1,100-home estate will be built in phases.") == []


def test_a_phrase_after_the_whole_tells_where_it_is():
    assert severities("The council runs a fleet of 30 buses on the island.\n\n"
                      "Mechanics said the 26 buses were all due for new brakes.") == ["info"]
