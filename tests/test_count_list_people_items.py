"""number.count-mismatch: items of a list of people as news writes them.

A person's description between commas ("A, a former bank economist, and B"), names that end
in a number ("Mainz 05"), roles of up to three words before a name ("second-year law student
A"), a plural role before a pair ("Dutch nationals A and B"), names joined on after "along
with" (shown as info: they may stand outside the count), and a list in the sentence after its
count closed by who said it ("..., the league told reporters on Monday."). Each limit is pinned
with a case on each side of it.
"""

import pytest

from checker.engine import check_article
from claims.quantities.lists import DESCRIPTION_WORDS, ROLE_WORDS
from claims.read import article_from_text

RULE = "number.count-mismatch"


def found(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def severities(text):
    return [f.severity.label for f in found(text)]


# --- a person's description between commas ------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Shareholders appointed four new directors. The new directors are Rita Salgado, a former central bank "
     "economist, Tomas Brito, who ran a packaging group, and Ines Faria, a lawyer.", 3),
    ("The club signed two players on Monday. The new players are Ana Lis, a former goalkeeper, Joao Vaz and "
     "Rui Matos, who led the youth side.", 3),
])
def test_a_description_after_a_person_is_no_item(text, n):
    [f] = found(text)
    assert f"followed by {n} names" in f.message


def test_a_description_that_matches_the_count_is_silent():
    assert found("Three firms bid for the ferry contract. The bidders are Fjord Line, a Bergen operator, Havila, "
                 "which runs coastal routes, and Boreal Sjo.") == []


def test_among_things_a_description_may_be_an_item():
    # "A, a brokerage, and B": among firms, the middle phrase may name a third
    assert found("The group sold its three units, Halden Trust, a brokerage, and Moor Bank.") == []


def test_the_description_length_is_pinned():
    words = ["mostly"] * (DESCRIPTION_WORDS - 3)
    inside = "a " + " ".join(words) + " retired nurse"
    outside = "a " + " ".join(words + ["very"]) + " retired nurse"
    text = "Four volunteers were thanked. The volunteers are Ann Bell, {}, Raj Patel and Tom Hale."
    assert len(inside.split()) == DESCRIPTION_WORDS
    assert "followed by 3 names" in found(text.format(inside))[0].message
    assert found(text.format(outside)) == []


def test_a_name_after_the_article_is_an_item_not_a_description():
    [f] = found("Four families set up the dairy in 2019. The founding families are the Hales, the Reids and the "
                "Parrs.")
    assert "3 names" in f.message


# --- names that end in a number -----------------------------------------------------------------


def test_a_name_may_end_in_two_or_three_digits():
    [f] = found("Organisers named six teams for the cup. The qualified teams are Hertha 03, Schalke 04, "
                "Hannover 96, Mainz 05 and Bochum 48, the organisers said.")
    assert "followed by 5 names" in f.message


def test_a_name_ending_in_the_count_matches_it():
    assert found("Organisers named five teams for the cup. The qualified teams are Hertha 03, Schalke 04, "
                 "Hannover 96, Mainz 05 and Bochum 48, the organisers said.") == []


# --- roles before names ---------------------------------------------------------------------------


def test_a_role_of_up_to_three_words_stands_before_a_name():
    assert ROLE_WORDS == 3
    [f] = found("Two pupils, sixth-form chemistry pupil Elin Morgan, lower-sixth Welsh pupil Dafydd Rees and "
                "upper-sixth physics pupil Cerys Lloyd, reached the final.")
    assert "followed by 3 names" in f.message


def test_a_role_of_four_words_is_not_read():
    assert found("Two pupils, sixth-form chemistry prize pupil Elin Morgan, lower-sixth Welsh prize pupil Dafydd "
                 "Rees and upper-sixth physics prize pupil Cerys Lloyd, reached the final.") == []


def test_a_plural_role_before_a_pair_carries_two_roles():
    [f] = found("The two suspects – Irish nationals Sean Doyle and Liam Hart, and Scot Ewan Gray – appeared in "
                "court on Monday.")
    assert "followed by 3 names" in f.message


# --- names joined on after "along with" -----------------------------------------------------------


def test_names_joined_on_are_counted_and_shown():
    assert severities("The council rejected the plan. Five councillors backed it: Mary Doyle, Sean Kerrigan, "
                      "Paddy Lynch and Aoife Brennan, along with the chair Tom Furey and deputy Niamh Hart.") == ["info"]


def test_names_joined_on_that_make_the_count_are_silent():
    assert found("The council rejected the plan. Six councillors backed it: Mary Doyle, Sean Kerrigan, Paddy "
                 "Lynch and Aoife Brennan, along with the chair Tom Furey and deputy Niamh Hart.") == []


def test_as_well_as_still_leaves_the_list_open():
    assert found("Two nominees were chosen. They are Ann Bell, Raj Patel and Tom Hale as well as Eve Lund.") == []


# --- who said it, after a list in the next sentence -------------------------------------------------


@pytest.mark.parametrize("tail, caught", [
    (", the league told reporters on Monday.", True),
    (", the league confirmed.", True),
    (", and the league will decide in May.", False),
])
def test_who_said_it_closes_a_list_in_the_next_sentence(tail, caught):
    text = "The league named five clubs. The shortlisted clubs are Ashby, Cole United, Derwent and Elmfield" + tail
    assert bool(found(text)) is caught


# --- names that each stand before the count's noun, a sentence on --------------------------------------


def test_names_before_the_counted_noun_name_what_was_counted():
    assert severities("Floods closed four roads in the valley on Monday.\n\nGlen, Mill, Ferry, Castle and Kirk "
                      "roads were under water by noon.") == ["info"]


@pytest.mark.parametrize("text", [
    "Gales shut three ferry ports on Sunday.\n\nOban, Mallaig and Ullapool ports stayed closed overnight.",
    # another noun after the names: they name other things
    "Floods closed four roads in the valley.\n\nGlen, Mill, Ferry, Castle and Kirk bridges were shut too.",
    # another count of the noun: which group do the names name?
    "Floods closed four roads on Monday and two roads on Tuesday.\n\nGlen, Mill and Kirk roads were under water.",
])
def test_names_before_the_noun_that_fit_or_name_others_are_silent(text):
    assert found(text) == []
