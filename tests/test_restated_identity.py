"""number.restated-conflict: what ties a restatement to the thing first counted, paragraphs apart.

Each mechanism is tested on both sides of its limit: the owner's whole spread over its own places,
a size written onto any noun, the money classes, a loss named by those it falls on, a body named
again by a noun the article used before, an owner's whole told smaller, a size against the one
count of its noun, and a purchase's price.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text

RULE = "number.restated-conflict"


def found(text):
    result = check_article(article_from_text(text, published=date(2026, 3, 2)))
    return [f for f in result.findings if f.rule == RULE]


def severities(text):
    return {f.severity for f in found(text)}


ORCHARD_BOARD = ("The Northfield Health Board employs roughly 4,100 nurses across its three hospitals.\n\n"
                 "Emergency waits reached a record last winter.\n\n"
                 "Union organiser Claire Dunne said morale among the board's {n} nurses was low.")


def test_an_owners_whole_spread_over_its_own_places_is_all_of_it():
    assert severities(ORCHARD_BOARD.format(n="5,600")) == {Severity.WARNING}
    assert not found(ORCHARD_BOARD.format(n="4,200"))


def test_a_named_place_still_picks_some_of_the_owners_group():
    text = ("The board employs 4,100 nurses in Carlow.\n\nMorale among the board's 5,600 nurses was low.")
    assert not found(text)


@pytest.mark.parametrize("first, restated", [
    ("an 84-turbine wind farm", "the 48-turbine farm"),
    ("a 12-drone fleet", "the 21-drone fleet"),
    ("a 40-page dossier", "the 60-page dossier"),
])
def test_a_size_written_onto_any_noun_measures_the_thing_after_it(first, restated):
    text = f"Regulators approved {first} on Tuesday.\n\nCritics said {restated} was too big."
    assert found(text)


@pytest.mark.parametrize("first, restated", [
    ("a 10-game unbeaten run", "the 11-game run"),
    ("a three-way race", "the four-way race"),
])
def test_a_tally_or_a_manner_is_no_size(first, restated):
    text = f"Rovers kept {first} on Tuesday.\n\nFans said {restated} was remarkable."
    assert not found(text)


def test_two_sizes_compared_in_one_sentence_are_two_things():
    assert not found("The valley has a 300-hive apiary and a 500-hive apiary.")


@pytest.mark.parametrize("first, restated", [
    ("The town will borrow $4.6 million for a footbridge.", "Repayments on the $6.4 million loan run for 20 years."),
    ("The museum won a \u00a31.8 million grant from the lottery.", "The \u00a38.1 million award is its largest."),
    ("A lab was given a $4.7 million state grant.", "The $7.4-million grant also pays for a technician."),
])
def test_money_told_again_of_one_grant_or_loan(first, restated):
    assert found(f"{first}\n\nThe work starts in spring.\n\n{restated}")


def test_the_same_money_told_again_is_silent():
    assert not found("The town will borrow $4.6 million for a footbridge.\n\nThe $4.6 million loan runs 20 years.")


def test_a_second_grant_is_another_one():
    assert not found("The museum won a \u00a31.8 million grant.\n\nA second \u00a38.1 million grant came from the city.")


def test_a_loss_named_as_redundancies_or_as_those_affected_is_shown():
    for restated in ("The 910 redundancies will be phased over two years.",
                     "Managers met some of the 910 affected workers on Monday."):
        text = f"Halden Motors will cut 780 jobs at its engine plant in Coventry.\n\nShares rose.\n\n{restated}"
        assert severities(text) == {Severity.INFO}, restated
        # two neighbouring digits swapped: the slip of one figure typed twice, so a warning
        assert severities(text.replace("910", "870")) == {Severity.WARNING}, restated


def test_two_losses_told_leave_a_named_loss_unjudged():
    text = ("Barlow Stores will cut 640 jobs this year, after cutting 300 jobs last year.\n\n"
            "Union leaders said the 460 job cuts were avoidable.")
    assert not found(text)


NURSES = ("A rural health district says it cannot fill night shifts.\n\n"
          "The board, which employs about 1,900 nurses across its clinics, met on Monday.\n\n"
          "Sick leave among the {owner}'s {n} nurses has risen 9 per cent this winter.")


def test_a_body_named_by_a_noun_the_article_used_before_is_shown():
    assert severities(NURSES.format(owner="district", n="2,600")) == {Severity.INFO}
    assert not found(NURSES.format(owner="district", n="1,950"))


def test_an_owner_never_told_of_is_another_owner():
    assert not found(NURSES.format(owner="rival", n="2,600"))


def test_a_hire_adds_to_the_group_and_does_not_count_it():
    text = ("The trust will hire at least 400 porters next year.\n\nIt employs 1,300 porters.\n\n"
            "Its {n} porters are unionised.")
    assert found(text.format(n="1,700"))
    assert not found(text.format(n="1,300"))


def test_an_owners_whole_told_smaller_through_its_name():
    text = "Greystone Primary, which has 64 pupils, will close.\n\nParents met.\n\nThe county said {r} would move."
    assert severities(text.format(r="Greystone's 46 pupils")) == {Severity.WARNING}
    assert not found(text.format(r="Greystone's 64 pupils"))
    assert not found(text.format(r="Greystone's 46 older pupils"))  # a modifier may pick some
    # a pronoun may point at another body: not judged; the weak-link tier shows the swapped digits (info)
    assert severities(text.format(r="its 46 pupils")) == {Severity.INFO}


def test_a_size_against_the_one_count_of_its_noun_is_shown():
    text = "Gareth Pryce keeps a flock of 350 sheep on rented land.\n\nDogs got in.\n\nHe will rebuild {r}."
    assert severities(text.format(r="his 530-sheep flock")) == {Severity.INFO}
    assert not found(text.format(r="his 350-sheep flock"))
    assert not found(text.format(r="his 3,500-sheep flock"))  # far apart: a count may be some of them


def test_a_purchase_price_is_the_deals_amount():
    text = ("Orwell Foods agreed to buy Pellam Dairies for $6.1 billion in cash.\n\n"
            "Analysts approved.\n\nThe {v} billion deal should close in June.")
    assert found(text.format(v="$1.6"))
    assert not found(text.format(v="$6.1"))


def test_a_headline_amount_told_in_the_body_without_its_thing_is_not_contradicted():
    body = ("A seat was sold on the city's small but busy grain exchange for 300 dlrs, unchanged from the last sale.\n\n"
            "A second seat sold for 150 dlrs.")
    assert not found(f"GRAIN EXCHANGE SEAT SELLS FOR 300 DLRS\n\n{body}")
    assert found(f"GRAIN EXCHANGE SEAT SELLS FOR 900 DLRS\n\n{body}")


def test_a_purchase_price_told_again_as_the_acquisition():
    text = ("Kestrel Brewing agreed to buy the craft beer maker Old Mill for $450 million.\n\n"
            "Old Mill sells in 12 countries.\n\nAnalysts said the {v} million acquisition was bold.")
    assert found(text.format(v="$540"))
    assert not found(text.format(v="$450"))


def test_two_purchases_told_leave_the_acquisition_unjudged():
    text = ("Kestrel Brewing agreed to buy Old Mill for $450 million and Hopfield for $120 million.\n\n"
            "Analysts said the $540 million acquisition was bold.")
    # not judged; the weak-link tier shows the amount whose digits are swapped (info)
    assert {f.severity for f in found(text)} <= {Severity.INFO}
    assert not found(text.replace("$540", "$610"))


def test_an_amount_awarded_is_a_grant():
    text = "The Riverside Players were awarded $1.6 million by the arts council.\n\nThey said the {v} million grant helps."
    assert found(text.format(v="$6.1"))
    assert not found(text.format(v="$1.6"))


def test_a_small_number_written_onto_a_noun_names_a_kind():
    text = "They rented a 3-bedroom cottage in May.\n\nThe {n}-bedroom cottage was cold."
    assert not found(text.format(n="4"))
    text = "They rented a 30-bedroom hostel in May.\n\nThe {n}-bedroom hostel was cold."
    assert found(text.format(n="40"))


def test_two_sizes_each_after_the_may_name_two_known_things_so_they_are_only_shown():
    # a size after "the" may be how the reader knows which index is meant: two indexes
    assert severities("The 30-share index fell 12 points.\n\nTrading in the 100-share index stocks was thin.") \
        == {Severity.INFO}
    # an indefinite size introduces one thing; the definite one tells it again with another size
    assert severities("A 42-km line will link the towns.\n\nWork on the 24-km line starts in May.") \
        == {Severity.WARNING}

