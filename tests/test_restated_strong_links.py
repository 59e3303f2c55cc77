"""number.restated-conflict: two mentions strongly linked (same measured thing, same unit, same
owner, nothing dating or changing either) are never silent when their numbers differ.

Where the rule can decide, it warns; where one reading is left ("a place may pick one of
several", "'about' may stretch that far", "'the project' may be that farm"), it shows both sides
as info. Each mechanism is tested on both sides of its limit.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text

RULE = "number.restated-conflict"


def found(text):
    result = check_article(article_from_text(text, published=date(2025, 6, 2)))
    return [f for f in result.findings if f.rule == RULE]


def severities(text):
    return {f.severity for f in found(text)}


# --- a group named again by what happened to it: smaller is no subgroup --------------------

@pytest.mark.parametrize("text, expected", [
    ("As the storm hit, the rail operator cancelled 380 services.\n\nRefunds are open to passengers on the "
     "310 cancelled services.", {Severity.WARNING}),
    ("The ferry firm cancelled 380 sailings on Friday.\n\nMost of the 310 cancelled sailings were short "
     "crossings.", {Severity.WARNING}),
    ("The ferry firm cancelled 380 sailings on Friday.\n\nMost of the 380 cancelled sailings were short "
     "crossings.", set()),
    # a phrase after the restatement picks some of the cancelled sailings
    ("The ferry firm cancelled 380 sailings on Friday.\n\nThe 310 cancelled sailings in the north were refunded.",
     set()),
    # without the event word the smaller group may be a subgroup
    ("The ferry firm cancelled 380 sailings on Friday.\n\nThe 310 sailings were refunded.", set()),
])
def test_a_group_named_by_what_happened_to_it_conflicts_smaller_too(text, expected):
    assert severities(text) == expected


# --- an approximate figure: its rounding, then what "about" allows ----------------------------

@pytest.mark.parametrize("n, expected", [
    ("4,300", set()),  # one unit of the last digit
    ("4,400", {Severity.INFO}),  # a writer would have rounded it to another figure
    ("4,500", {Severity.WARNING}),  # beyond what "about" reaches (FIGURE_SHARE)
])
def test_an_approximate_figure_restated_outside_its_rounding_is_shown(n, expected):
    text = (f"The health board employs about 4,200 porters across its sites.\n\nPay talks covered all of the "
            f"board's {n} porters.")
    assert severities(text) == expected


def test_a_round_approximate_figure_keeps_its_wide_reading():
    assert found("The health board employs about 4,000 porters.\n\nThe board's 4,600 porters will vote.") == []


# --- a measured thing introduced with "a" and told again with "the" --------------------------

@pytest.mark.parametrize("text, expected", [
    # a place after the first may tell where the one site is: shown
    ("Investors chose a 720-acre site in the river valley.\n\nThe council sold the 240-acre site last year.",
     {Severity.INFO}),
    # a phrase after both, not alike: shown
    ("Investors chose a 720-acre site in the river valley.\n\nThe council bought the 240-acre site from two "
     "farmers.", {Severity.INFO}),
    # two neighbouring digits swapped decide the reading: the slip of one figure typed twice
    ("Investors chose a 720-acre site in the river valley.\n\nThe council bought the 270-acre site from two "
     "farmers.", {Severity.WARNING}),
    # a place after the restatement only narrows it to a part: silent
    ("Investors chose a 720-acre site.\n\nThe council fenced the 270-acre site near the river.", set()),
    # nothing after either: decided
    ("Investors chose a 720-acre site.\n\nThe council fenced the 270-acre site.", {Severity.WARNING}),
    # parallel phrases on both sides tell two things apart
    ("The board set a $2.2m budget for roads.\n\nThe $3.1m budget for schools was cut.", set()),
    ("Investors chose a 720-acre site in the river valley.\n\nThe council sold the 720-acre site.", set()),
])
def test_a_measured_thing_placed_or_followed_by_a_phrase_is_shown_not_silenced(text, expected):
    assert severities(text) == expected


# --- who or what is measured: verbs of size, spaced units, generic nouns ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Survey teams mapped a lake covering 31 square miles.\n\nThe lake, which spans 13 square miles, is "
     "shrinking.", True),
    ("Survey teams mapped a lake covering 31 square miles.\n\nThe lake, which spans 31 square miles, is "
     "shrinking.", False),
    ("Engineers fitted a lens measuring 6.1 metres.\n\nThe 1.6-metre lens is the largest yet.", True),
    # no determiner before the noun: no thing's size ("crews cleared 40 acres")
    ("Crews cleared 40 acres on Monday.\n\nThe 60-acre park opens in May.", False),
])
def test_a_verb_of_size_tells_the_size_of_the_noun_before_it(text, expected):
    assert bool(found(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Regulators approved a hydro dam with a capacity of 450 megawatts.\n\nThe 540 MW dam would power a city.",
     True),
    ("Regulators approved a hydro dam with a capacity of 450 megawatts.\n\nThe 450 MW dam would power a city.",
     False),
    # a size after a plural unit never stands before the noun it sizes
    # (values not swapped: with 540 the weak-link tier shows the pair, tests/test_restated_weak_links.py)
    ("Regulators approved 450 megawatts near the coast.\n\nThe 610 MW dam would power a city.", False),
])
def test_a_spaced_power_unit_before_a_noun_sizes_it(text, expected):
    assert bool(found(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The 880-megawatt farm sits offshore.\n\nBankers said the 800 MW project's start was welcome.", {Severity.INFO}),
    ("The 880-megawatt farm sits offshore.\n\nBankers said the 880 MW project's start was welcome.", set()),
    # two things of that unit told before: which is the project?
    ("The 880-megawatt farm and the 300-megawatt farm sit offshore.\n\nBankers said the 800 MW project's start "
     "was welcome.", set()),
])
def test_project_may_refer_back_to_the_one_thing_measured_in_its_unit(text, expected):
    assert severities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lorne Foods, which employs about 1,300 people, will shut a mill.\n\nBosses met all 3,100 employees.", True),
    ("Lorne Foods, which employs about 1,300 people, will shut a mill.\n\nBosses met all 1,300 employees.", False),
    # people helped are not employees
    ("Lorne Foods fed about 1,300 people last winter.\n\nBosses met all 3,100 employees.", False),
])
def test_people_an_owner_employs_are_its_employees(text, expected):
    assert bool(found(text)) is expected


@pytest.mark.parametrize("place, expected", [
    ("at the clinic", True),  # the owner the first count's sentence names
    ("at the airport", False),  # another place: may be another group
])
def test_a_place_naming_the_owner_does_not_narrow_a_whole(place, expected):
    text = (f"The clinic employs about 1,740 licensed midwives, most of whom are union members.\n\nThe raise "
            f"reaches all 1,470 midwives {place}, the clinic said.")
    assert bool(found(text)) is expected


@pytest.mark.parametrize("text, expected", [
    # fifty times apart, no slip of scale: perhaps another package of the kind
    ("Senators blocked a $12 billion rescue package for farmers.\n\nSome want to use the $600 billion rescue "
     "package approved for banks.", {Severity.INFO}),
    # digits swapped: a slip
    ("Senators blocked a $12 billion rescue package.\n\nCritics said the $21 billion rescue package was late.",
     {Severity.WARNING}),
    # a thousand times apart: million for billion, a slip of scale
    ("Senators blocked a $12 billion rescue package.\n\nCritics said the $12 million rescue package was late.",
     {Severity.WARNING}),
])
def test_values_far_apart_not_by_a_power_of_ten_are_shown_not_warned(text, expected):
    assert severities(text) == expected


def test_project_does_not_reach_back_across_a_length():
    # a length may be any thing's: "the package" is no undertaking sized in inches
    assert found("Vendors sell a 3.5-inch disk edition.\n\nIt keeps every feature of its 5.25-inch package.") == []


@pytest.mark.parametrize("text, expected", [
    ("Engineers opened a weir holding 2.7 million litres.\n\nThe weir's capacity of 7.2 million litres is modest.",
     True),
    ("Engineers opened a weir holding 2.7 million litres.\n\nThe weir's capacity of 2.7 million litres is modest.",
     False),
    ("Builders finished a pier stretching 260 metres.\n\nThe pier, 620 metres long, opens on Friday.", True),
    ("Builders finished a pier stretching 260 metres.\n\nThe pier, 260 metres long, opens on Friday.", False),
    # a size after a comma with no word of size after it is no apposition
    ("Builders finished a pier stretching 260 metres.\n\nAt the pier, 620 metres of rail were laid.", False),
])
def test_a_possessive_size_noun_and_an_apposition_tell_the_things_size(text, expected):
    assert bool(found(text)) is expected


@pytest.mark.parametrize("text, expected", [
    # the clause tells again what happened to the group: shown
    ("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 1,090 homes that were without "
     "water by noon.", {Severity.INFO}),
    # the clause tells something else: a subgroup may be meant
    ("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 1,090 homes that stand on the "
     "hill by noon.", set()),
    # the clause names a place: some of them
    ("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 1,090 homes that lost water in "
     "Ashford by noon.", set()),
    # larger may be a wider group
    ("The utility said 1,900 homes lost water on Monday.\n\nCrews reached the 9,100 homes that were without "
     "water by noon.", set()),
])
def test_a_clause_telling_the_event_again_shows_a_smaller_restatement(text, expected):
    assert severities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle that may stand as a noun ("thirty injured") modifies the plural noun after it
    ("Crews rescued 240 walkers from the hills on Sunday.\n\nThe 420 rescued walkers were checked by medics.", True),
    ("Crews rescued 240 walkers from the hills on Sunday.\n\nThe 240 rescued walkers were checked by medics.", False),
])
def test_a_participle_before_its_noun_modifies_it(text, expected):
    assert bool(found(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("A tidal power station with a capacity of 240 megawatts opened.\n\nThe 420 MW station is the first.", True),
    # three modifiers: too far to be sure of the determiner
    # (not decided; the weak-link tier shows it, tests/test_restated_weak_links.py)
    ("A new tidal power station with a capacity of 240 megawatts opened.\n\nThe 420 MW station is the first.", False),
])
def test_a_sized_noun_may_have_two_modifiers(text, expected):
    assert bool([f for f in found(text) if f.severity is not Severity.INFO]) is expected
