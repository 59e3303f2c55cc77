"""number.restated-conflict, swapped digits across the names of one thing: a later value that
refers back ("the", "its", a possessive) and is written with two neighbouring digits of an
earlier value swapped is shown (info) against it even when the two name what they measure
differently ("a 412-page report" ... "the 421-page study") or count people under another noun
("people who migrated" ... "the migrants"): writers name one thing with several words, and
a swap is the slip of one figure typed twice. Each limit is tested on both sides.
"""

from datetime import date

import pytest

from checker.findings import Severity
from checker.rules import number_restated_conflict as rule
from claims.extract import extract
from claims.read import article_from_text

PUBLISHED = date(2026, 3, 2)
FILLER = "The weather stayed dry for most of the week."


def weak(text):
    """The weak-link tier alone: the severities of what it shows."""
    return {f.severity for f in rule._weak_links(extract(article_from_text(text, published=PUBLISHED)), [])}


# --- measures: one unit, two names of the thing -----------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("the 421-page study", {Severity.INFO}),  # another name, digits swapped
    ("the 412-page study", set()),  # the same figure: nothing to show
    ("the 481-page study", set()),  # another figure, another name: two documents
    ("a 421-page study", set()),  # "a" introduces a new thing
])
def test_a_swap_links_two_names_of_one_document(later, expected):
    text = (f"The inquiry published a 412-page report on the flooding.\n\n{FILLER}\n\n"
            f"Lawyers for the council were still reading {later}.")
    assert weak(text) == expected


def test_a_swap_links_a_section_and_the_road():
    text = ("The 57-kilometre section of the motorway opened on Friday.\n\n"
            f"{FILLER}\n\nThe agency said the 75-kilometre road had cost less than planned.")
    assert weak(text) == {Severity.INFO}


@pytest.mark.parametrize("unit", ["ha", "hectares", "hectare"])
def test_hectares_written_short_are_an_area(unit):
    text = (f"The family sold the 730-hectare sheep station to a dairy company.\n\n{FILLER}\n\n"
            f"Neighbours said the 370{'' if unit == 'ha' else ' '}{unit} property had good water.")
    assert weak(text) == {Severity.INFO}


def test_square_metres_are_an_area_not_a_length():
    claims = extract(article_from_text("The gallery has 1,250 square metres of floor space and a 1,250 sq m garden.",
                                       published=PUBLISHED))
    units = [c.attrs.get("unit") for c in claims.claims if c.kind == "quantity"]
    assert units == ["square metre", "square metre"]


def test_shares_are_no_family():
    # a share is told of too many things for a swap alone to link two of them
    text = f"Turnout in the city reached 46% on Sunday.\n\n{FILLER}\n\nThe 64% figure was the region's."
    assert weak(text) == set()


def test_money_naming_nothing_links_only_as_the_one_sum_before_it():
    # a sum told again without its thing is the one sum of the story before it (rule._typed_twice)
    said = "Officials approved spending of €27 million on the bridge."
    assert weak(f"{said}\n\n{FILLER}\n\nCritics said the €72 million was too much.") == {Severity.INFO}
    # among several sums, two with swapped digits may be two things by chance
    more = "Officials approved spending of €27 million on the bridge and €9 million on roads."
    assert weak(f"{more}\n\n{FILLER}\n\nCritics said the €72 million was too much.") == set()


# --- people: one family, the later noun told in the earlier sentence ----------------------------

@pytest.mark.parametrize("first, expected", [
    ("The camp now shelters 136,000 people who have migrated from the coast.", {Severity.INFO}),
    ("The camp now feeds 136,000 people every week.", set()),  # "migrants" is told nowhere there
])
def test_a_count_of_people_under_another_noun(first, expected):
    text = f"{first}\n\n{FILLER}\n\nAid groups said the 163,000 migrants need food."
    assert weak(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("TRANSPOSED", {Severity.INFO}),
    ("SMALL", set()),  # a count below TRANSPOSED_COUNT_LEAST: two small groups are often such by chance
])
def test_counts_of_people_start_at_transposed_count_least(value, expected):
    first, later = (120, 210) if value == "TRANSPOSED" else (45, 54)
    assert first >= rule.TRANSPOSED_COUNT_LEAST or value == "SMALL"
    text = (f"The college has taught {first} people who arrived from abroad.\n\n{FILLER}\n\n"
            f"Teachers praised the {later} arrivals.")
    assert weak(text) == expected


def test_counts_of_things_are_no_family():
    # "27 trucks" and "the 72 pallets" count two things; only people share a family
    text = f"A convoy of 27 trucks left at dawn.\n\n{FILLER}\n\nVolunteers unloaded the 72 pallets."
    assert weak(text) == set()


# --- the limits shared with the tier ----------------------------------------------------------

def test_one_paragraph_holds_two_things():
    text = "The 412-page report was published. Lawyers were reading the 421-page study."
    assert weak(text) == set()


@pytest.mark.parametrize("between, expected", [
    (rule.WEAK_LINK_SENTENCES - 1, {Severity.INFO}),
    (rule.WEAK_LINK_SENTENCES, set()),
])
def test_the_swap_reaches_weak_link_sentences(between, expected):
    filler = "\n\n".join([FILLER] * between)
    text = f"The inquiry published a 412-page report.\n\n{filler}\n\nLawyers read the 421-page study."
    assert weak(text) == expected


def test_another_time_sets_the_two_apart():
    text = ("In 2019 the inquiry published a 412-page report.\n\n"
            f"{FILLER}\n\nLawyers read the 421-page study last week.")
    assert weak(text) == set()


@pytest.mark.parametrize("noun, first_word, expected", [
    ("arrival", "arrived", True),  # STEM_LEAST letters shared, STEM_ENDING left
    ("employee", "employs", True),
    ("employee", "fed", False),
    ("resident", "rest", False),  # four letters shared, but more than STEM_ENDING of the noun left
])
def test_a_noun_told_as_a_form_of_one_word(noun, first_word, expected):
    shared = len(rule._common_start(noun, first_word))
    assert (shared >= rule.STEM_LEAST and len(noun) - shared <= rule.STEM_ENDING) is expected


@pytest.mark.parametrize("det, expected", [
    ("the", {Severity.INFO}),
    ("its", set()),  # the owner's thing under another name may be another object
])
def test_the_later_value_opens_on_the(det, expected):
    text = (f"The firm sold a 412-page manual with the machine.\n\n{FILLER}\n\n"
            f"Buyers said {det} 421-page guide was hard to follow.")
    assert weak(text) == expected
