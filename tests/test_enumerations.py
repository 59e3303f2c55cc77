"""The enumeration reader (claims.quantities.enumerations) and number.count-mismatch's use of it:
an article names the members of a kind one by one (ids after the kind's noun, "Bill 14"; places
of a lexicon class, "Iowa, Ohio and Utah" are states), and a count of that noun elsewhere must
not be smaller than that list; fewer is a slip only when the list says it is whole.
"""

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.quantities.enumerations import read
from claims.read import article_from_text

RULE = "number.count-mismatch"


def enumerated(text):
    """The findings the enumeration reading gives (its message says "one by one")."""
    return [f for f in check_article(article_from_text(text)).findings
            if f.rule == RULE and "one by one" in f.message]


def test_ids_after_their_noun_are_members_known_by_their_names():
    lists = read("The House passed Senate Bill 4, House Bill 4 and Senate Bill 9; Senate Bill 4 was amended.").lists
    assert [m.key for m in lists[0].members] == ["senate bill 4", "house bill 4", "senate bill 9"]


def test_a_plural_noun_names_a_run_of_ids():
    (e,) = read("Turnout rose in Wards 3, 5, 8 and 11 on Sunday.").lists
    assert (e.kind, [m.text for m in e.members]) == ("ward", ["Wards 3", "5", "8", "11"])


def test_a_list_is_closed_by_its_member_after_and():
    lists = read("The bloc of Peru, Chile and Bolivia may ask Brazil and Uruguay to join.").lists
    assert [len(e.members) for e in lists if e.kind == "country"] == [3, 2]


def test_one_mention_of_each_is_no_list():
    assert read("Iowa voted on Tuesday; Ohio votes next week.").lists == ()


@pytest.mark.parametrize("before, whole", [
    ("They are", True),
    ("On the list:", True),
    ("Among them are", False),  # some of them
    ("The council also passed", False),
])
def test_a_list_is_whole_when_a_copula_or_colon_opens_it(before, whole):
    (e,) = read(f"{before} Bill 14, Bill 22 and Bill 31.").lists
    assert e.whole is whole


def test_as_well_as_after_a_list_says_it_goes_on():
    (e,) = read("They are Bill 14 and Bill 22, as well as a budget motion.").lists
    assert not e.whole


@pytest.mark.parametrize("text, value", [
    ("Senate sends 4 ethics bills to the governor. It passed Bill 1 and Bill 2.", 4),
    ("A two-state search ended. Crews from Iowa and Ohio helped.", 2),
    ("A 3-state search ended. Crews from Iowa and Ohio helped.", 3),
    ("The House passed a pair of bills. It passed Bill 1 and Bill 2.", 2),
])
def test_counts_of_the_kind(text, value):
    assert [c.value for c in read(text).counts] == [value]


@pytest.mark.parametrize("count", ["about four states", "the first two states", "two other states",
                                   "four more states", "two of the six states"])
def test_counts_of_some_or_not_exact_are_left_out(count):
    assert read(f"Hail hit {count}. Crews from Iowa, Ohio and Utah helped.").counts == ()


def test_more_members_than_the_count_in_one_sentence_warns():
    (f,) = enumerated("Floods in two states forced evacuations in Iowa, Ohio and Utah on Monday.")
    assert f.severity is Severity.WARNING


def test_across_sentences_the_only_list_and_size_is_shown_as_info():
    (f,) = enumerated("Hail hit crops in two states on Monday.\n\nFarmers in Iowa, Ohio and Utah counted losses.")
    assert f.severity is Severity.INFO


def test_two_sizes_of_count_leave_the_list_unread():
    assert enumerated("Hail hit two states on Monday and three states on Tuesday.\n\n"
                      "Farmers in Iowa, Ohio, Utah and Idaho counted losses.") == []


def test_fewer_members_count_only_when_the_list_is_whole():
    assert enumerated("Hail hit crops in four states on Monday.\n\nFarmers in Iowa and Ohio counted losses.") == []
    assert enumerated("Five bills reached the floor on Monday.\n\nOn the list: Bill 14, Bill 22 and Bill 31.")


def test_a_demonstrative_count_names_the_last_list_of_its_sentence():
    text = "The bloc of Peru, Chile and Bolivia may ask Brazil and Uruguay, but these two countries may stay out."
    assert enumerated(text) == []


def test_a_name_between_the_and_its_kind_noun_is_a_member():
    (e,) = read("Crews closed the Elm Road bridge, the Quay Street bridge and the Kiln Lane bridge.").lists
    assert (e.kind, [m.key for m in e.members]) == ("bridge", ["elm road bridge", "quay street bridge",
                                                               "kiln lane bridge"])


def test_a_kind_noun_that_does_not_end_its_phrase_names_no_member():
    assert read("Crews closed the Elm Road bridge works and the Quay Street bridge works.").lists == ()


def test_ids_told_one_a_sentence_make_one_spread_list():
    (e,) = read("Bill 4 passed on Monday. Bill 9 failed. Bill 4 goes to the governor.").lists
    assert (e.sentence, [m.key for m in e.members]) == (-1, ["bill 4", "bill 9"])


def test_ids_told_in_one_sentence_alone_make_no_spread_list():
    assert read("Bill 4 passed on Monday. The governor backs it.").lists == ()
