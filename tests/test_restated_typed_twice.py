"""number.restated-conflict, one figure typed twice: a later value written with two neighbouring
digits of the story's one earlier value of its kind swapped is shown (info) against it, whatever
each names and whichever determiner opens it; and the readings that give such values a kind at
all (units written as abbreviations or two hyphened words, a scale letter on a sum, "all N of
our X", a size written onto a named thing, a sum after "worth", what a definite thing "will
have" in its size's unit). Each limit is tested on both sides.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules import number_restated_conflict as rule
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.restated-conflict"
PUBLISHED = date(2026, 3, 2)
FILLER = "The weather stayed dry for most of the week."


def severities(text):
    return {f.severity for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == RULE}


def quantities(text):
    claims = extract(article_from_text(text, published=PUBLISHED))
    return [c for c in claims.claims if c.kind == "quantity"]


# --- the link ---------------------------------------------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("Visitors will find 638 beds there.", {Severity.INFO}),  # bare, another name: swapped digits link it
    ("Visitors will find 683 beds there.", set()),  # the same figure
    ("Visitors will find 641 beds there.", set()),  # another figure: nothing links it
])
def test_a_swap_links_the_one_earlier_value_of_its_kind(later, expected):
    text = f"Builders finished the 683-bed Corvale hospital in May.\n\n{FILLER}\n\n{later}"
    assert severities(text) == expected


def test_one_paragraph_holds_two_things():
    text = f"Builders finished the 683-bed Corvale hospital in May. {FILLER} Visitors will find 638 beds there."
    assert severities(text) == set()


def test_among_several_values_of_the_kind_a_swap_may_be_chance():
    text = (f"The mill sold grain at 14.62 dollars and barley at 11.05 dollars.\n\n{FILLER}\n\n"
            f"A rival sold at 14.26 dollars.")
    assert severities(text) == set()
    alone = f"The mill sold grain at 14.62 dollars.\n\n{FILLER}\n\nA rival sold at 14.26 dollars."
    assert severities(alone) == {Severity.INFO}


@pytest.mark.parametrize("first, later, expected", [
    ("46%", "64%", set()),  # two digits of a share, naming nothing: too often two things
    ("46.2%", "42.6%", {Severity.INFO}),  # TYPED_TWICE_DIGITS: three
])
def test_two_digits_link_only_one_class_of_thing_or_money(first, later, expected):
    text = f"Turnout in the city reached {first} on Sunday.\n\n{FILLER}\n\nOfficials confirmed the {later} figure."
    assert severities(text) == expected


def test_significant_digits_leave_out_a_whole_number_s_trailing_zeros():
    assert rule._significant(2300) == 2
    assert rule._significant(873.2) == 4
    assert rule._significant(24.5) == 3
    assert rule.TYPED_TWICE_DIGITS == 3


def test_a_sentence_telling_a_change_gives_levels_at_its_own_time():
    text = (f"Output reached 418.3 million dollars in March.\n\n{FILLER}\n\n"
            f"In February it fell 2.1 million dollars to 413.8 million dollars.")
    assert severities(text) == set()


@pytest.mark.parametrize("later, expected", [
    ("Organisers thanked 15 stewards.", set()),  # under TRANSPOSED_COUNT_LEAST, bare: two small groups
    ("Organisers thanked the 15 stewards.", {Severity.INFO}),  # it refers back
])
def test_a_small_count_needs_to_refer_back(later, expected):
    assert severities(f"Some 51 stewards worked the gate.\n\n{FILLER}\n\n{later}") == expected


@pytest.mark.parametrize("later, expected", [
    ("Residents opposed a 638-bed clinic near the port.", set()),  # "a": a new thing
    ("The town's 638-bed clinic was full.", set()),  # a possessive, another name: the owner's other one
    ("Later the 638-bed infirmary was full.", {Severity.INFO}),
])
def test_a_new_or_owned_thing_under_another_name_is_another(later, expected):
    text = f"Builders finished the 683-bed Corvale hospital in May.\n\n{FILLER}\n\n{later}"
    assert severities(text) == expected


@pytest.mark.parametrize("later, expected", [
    ("The board welcomed the €54m payout.", {Severity.INFO}),
    ("The board welcomed the €54m payout fund.", set()),  # the noun is a modifier of another thing
    ("The board welcomed the €54m payout for the harbour.", set()),  # a phrase may pick another one
])
def test_a_noun_after_the_later_sum_may_pick_another(later, expected):
    assert severities(f"The agency set aside €45 million for flood works.\n\n{FILLER}\n\n{later}") == expected


# --- the readings that give the values a kind --------------------------------------------------

@pytest.mark.parametrize("text, unit, value", [
    ("The depot (84,000 sq. ft.) opened.", "square foot", 84000),
    ("They built an 84,000-square-foot depot.", "square foot", 84000),
    ("They laid a 12,500-square-metre floor.", "square metre", 12500),
    ("The club won a $2.7b deal.", "dollar", 2.7e9),
])
def test_units_written_short_or_in_two_words(text, unit, value):
    [q] = quantities(text)
    assert (q.attrs["unit"], q.attrs["value"]) == (unit, value)


def test_a_two_word_compound_unit_needs_both_words_known():
    # "24-km-long": the unit is the first word
    [q] = quantities("They paved a 24-km-long road.")
    assert q.attrs["unit"] == "kilometre"


def test_all_of_our_counts_the_noun_after_the_determiner():
    [q] = quantities("All 2,300 of our drivers will vote.")
    assert (q.attrs["noun"], q.attrs["whole"]) == ("driver", True)
    # "of" before a number is a share of a counted whole, not the noun of this count
    first = quantities("All 30 of the 50 firms signed.")[0]
    assert first.attrs["dimension"] == "number"


def test_a_size_onto_a_name_sizes_its_lower_case_head():
    [q] = quantities("Crews started on the 320-bed Ferndale hospital.")
    assert (q.attrs["unit"], q.attrs["measured"]) == ("bed", "hospital")


@pytest.mark.parametrize("text, measured, det", [
    ("The council signed a contract worth $4.2 million.", "deal", "a"),
    ("The contract, worth $4.2 million, was signed.", "deal", "the"),
    ("Shares worth $4.2 million changed hands.", None, None),  # no determiner opens the noun's phrase
])
def test_a_sum_after_worth_is_the_noun_s(text, measured, det):
    [q] = quantities(text)
    assert (q.attrs.get("measured"), q.attrs.get("det")) == (measured, det)


@pytest.mark.parametrize("later, expected", [
    ("After the fit-out the hospital will have 350 beds, a helipad and a lab.", {Severity.INFO}),
    ("After the fit-out the hospital will have 300 beds, a helipad and a lab.", set()),
    ("After the fit-out the hospital will have 350 nurses.", set()),  # not in the size's unit
])
def test_what_a_definite_thing_has_in_its_size_s_unit(later, expected):
    text = f"Crews started on the 300-bed Ferndale hospital on Monday.\n\n{FILLER}\n\n{later}"
    assert severities(text) == expected


def test_a_rate_word_is_the_value_s_only_within_its_phrase():
    text = "Wards hold 40 beds, a lab and a kitchen."
    [q] = quantities(text)
    assert not rule._per_unit(text, q)
    text = "Crews laid 40 metres a day."
    [q] = quantities(text)
    assert rule._per_unit(text, q)


@pytest.mark.parametrize("first, expected", [
    # "compared with" after a value opens the other side of the comparison: the first is today's
    ("Ticket sales reached £736,400, compared with last season's record.", {Severity.INFO}),
    # before the value it sets the value apart
    ("Compared with £736,400 last season, ticket sales fell.", set()),
])
def test_a_comparison_word_sets_apart_the_value_after_it(first, expected):
    text = f"{first}\n\n{FILLER}\n\nThe board said the £763,400 would fund a new stage."
    assert severities(text) == expected


@pytest.mark.parametrize("later, expected", [
    ("Officials put the 2019/20 harvest at 14.72 million bales.", set()),  # another season
    ("Officials put the 2020/21 harvest at 14.72 million bales.", {Severity.INFO}),
])
def test_two_seasons_figures_are_two_things(later, expected):
    # the years of the two sentences (a season too, "2019/20") must be the same, or one tells none
    text = f"Officials put the 2020/21 harvest at 17.42 million bales.\n\n{FILLER}\n\n{later}"
    assert severities(text) == expected
