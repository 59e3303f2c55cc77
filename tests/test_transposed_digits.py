"""Two neighbouring digits swapped (148 / 184) is the slip of one figure typed twice. It
decides a link between two measures that is otherwise only a reading (a generic noun such as
"the project", a thing named by no noun, a crowd told by the people who came): such a pair is
a warning; the same pair with any other difference stays info. Links the rule never makes
(a dated figure, a part of a route) stay silent, transposed or not.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.language.numbers import digits_transposed
from claims.read import article_from_text

RULE = "number.restated-conflict"


def severities(text):
    result = check_article(article_from_text(text, published=date(2026, 3, 14)))
    return {f.severity for f in result.findings if f.rule == RULE}


@pytest.mark.parametrize("a, b", [(148, 184), (42, 24), (18214, 12814), (2.3e9, 3.2e9), (1450, 1540)])
def test_neighbouring_digits_swapped(a, b):
    assert digits_transposed(a, b) and digits_transposed(b, a)


@pytest.mark.parametrize("a, b", [
    (148, 148),  # the same figure
    (148, 841),  # digits swapped that are not neighbours
    (148, 1480),  # another scale
    (0.45, 4.05),  # a swap that moves a leading zero
    (5, 6),  # one digit
    (14.8, 148),  # the point moved
])
def test_other_differences_are_no_swap(a, b):
    assert not digits_transposed(a, b)


# --- an undertaking sized as a route: "the project" is as long as what it builds ------------

@pytest.mark.parametrize("text, expected", [
    # the undertaking told first, then named by what it builds
    ("The 312-km project will link the port with the lake.\n\nOfficials said the 321-km pipeline would "
     "cut trucking costs.", {Severity.WARNING}),
    ("The 312-km project will link the port with the lake.\n\nOfficials said the 350-km pipeline would "
     "cut trucking costs.", {Severity.INFO}),
    # the thing told first, then "the project"
    ("The state will widen a 57-mile stretch of the interstate.\n\nThe 75-mile project will be tendered "
     "in sections.", {Severity.WARNING}),
    ("The state will widen a 57-mile stretch of the interstate.\n\nThe 57-mile project will be tendered "
     "in sections.", set()),
    # inches size an object, not a route: a package is no undertaking's length
    ("Vendors sell a 3.5-inch disk edition.\n\nIt keeps every feature of its 5.3-inch package.", set()),
])
def test_an_undertaking_sized_as_a_route(text, expected):
    assert severities(text) == expected


# --- a definite thing measured in a unit only bare values were given in -----------------------

@pytest.mark.parametrize("text, expected", [
    # only digits swapped link an amount naming no thing to a thing: shown
    ("Growers harvested 45,000 tonnes of rice this season.\n\nThe chair said the 54,000-tonne crop "
     "showed resilience.", {Severity.INFO}),
    ("Growers harvested 45,000 tonnes of rice this season.\n\nThe chair said the 61,000-tonne crop "
     "showed resilience.", set()),
    # a rate is no size of one thing
    ("Yields averaged 4.5 tonnes a hectare.\n\nThe chair said the 54,000-tonne crop showed resilience.", set()),
    # a year beside the first dates it
    ("Growers harvested 45,000 tonnes in 2019.\n\nThe chair said the 54,000-tonne crop "
     "showed resilience.", set()),
])
def test_a_definite_thing_after_bare_values(text, expected):
    assert severities(text) == expected


def test_a_bare_definite_measure_with_an_of_phrase():
    text = ("Crews will repave a 57-mile stretch of the interstate.\n\nThe 75 miles of highway carry "
            "about 14,000 trucks a day.")
    assert severities(text) == {Severity.WARNING}
    assert severities(text.replace("75 miles", "90 miles")) == {Severity.INFO}


# --- a crowd told again by the people who came -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The attendance of 23,450 was a record for the ground.\n\n\u201cToday 24,350 people came to see us "
     "win,\u201d the coach said.", {Severity.WARNING}),
    ("The attendance of 23,450 was a record for the ground.\n\n\u201cToday 25,100 people came to see us "
     "win,\u201d the coach said.", {Severity.INFO}),
    # no verb of coming: the people may be any
    ("The attendance of 23,450 was a record for the ground.\n\n\u201cWe have 24,350 people on our list,"
     "\u201d the coach said.", set()),
])
def test_people_who_came_are_the_crowd(text, expected):
    assert severities(text) == expected


# --- two counts of one noun without a determiner: swapped digits are shown -------------------

@pytest.mark.parametrize("text, expected", [
    ("Some 18,200 runners started the half-marathon on Sunday.\n\n\u201cWe had 12,800 runners at the line,"
     "\u201d the director said.", {Severity.INFO}),
    # other digits: two groups of runners, perhaps
    ("Some 18,200 runners started the half-marathon on Sunday.\n\n\u201cWe had 12,500 runners at the line,"
     "\u201d the director said.", set()),
    # below TRANSPOSED_COUNT_LEAST two groups often have such sizes by chance
    ("Some 18 runners started the relay on Sunday.\n\nThe club sent 81 runners to the marathon.", set()),
    # within one paragraph two such counts are most often a breakdown
    ("The plants are in Pontiac (1,600 workers) and Oshawa. Oshawa has 6,100 workers.", set()),
    # a year beside either dates it
    ("Some 18,200 runners started the half-marathon on Sunday.\n\nThe race drew 12,800 runners in 2019.", set()),
])
def test_swapped_digits_in_two_counts_of_one_noun(text, expected):
    assert severities(text) == expected
