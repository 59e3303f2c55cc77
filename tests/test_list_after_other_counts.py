"""number.count-mismatch: a count of people reaches past numbers that count no people to the
colon that ends its clause when the list names people by their roles
(claims.quantities.lists._numbers_of_things), and one list renames one count: the list a count
took is not read again as another count's.
"""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.count-mismatch"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, count", [
    ("Five candidates entered the race for two vacant posts on the Ward 12 council by Friday: "
     "former mayor Hugo Brandt, pharmacist Lena Kraus, councillor Amir Haddad and teacher Sofia Ruiz.",
     "Five candidates"),
    ("Three finalists were chosen from 40 entries for the prize: poet Ann Bell, teacher Raj Patel, Tom Hale "
     "and Eve Lund.", "Three finalists"),
])
def test_the_people_count_takes_the_list_past_other_counts(text, count):
    [f] = findings(text)
    assert f.message.startswith(f"\u201c{count}\u201d")


@pytest.mark.parametrize("text", [
    # as many names as candidates: the seats are not the list's count
    "Four candidates filed for two seats on the water board: incumbent Ann Cole, retired nurse Bea Ruiz, "
    "farmer Carl Voss and lawyer Dana Ito.",
    "Four finalists were chosen from 40 entries for the prize: poet Ann Bell, teacher Raj Patel, Tom Hale "
    "and Eve Lund.",
    # bare names past a number of things may name those things
    "Three ministers quit over 2 bills on Friday: Farm Reform and Water Rights.",
    "Three finalists were chosen from 40 entries for the prize: Ann Bell, Raj Patel, Tom Hale and Eve Lund.",
])
def test_one_list_renames_one_count(text):
    assert findings(text) == []


def test_a_number_that_counts_people_between_keeps_the_list_its_own():
    # "two lawyers" may be whom the list names: the count before does not reach past it
    text = "Three judges heard two lawyers for the city on Monday: poet Ann Bell, teacher Raj Patel and Tom Hale."
    assert not any(f.message.startswith("\u201cThree judges\u201d") for f in findings(text))


def test_the_noun_is_looked_for_within_counted_noun_words():
    far = " ".join(["very"] * 2)  # COUNTED_NOUN_WORDS
    names = "poet Ann Bell, teacher Raj Patel, Tom Hale and Eve Lund."
    text = f"Three finalists were picked from 40 {far} lawyers' entries: {names}"
    assert any(f.message.startswith("\u201cThree finalists\u201d") for f in findings(text))
    near = f"Three finalists were picked from 40 lawyers for the prize: {names}"
    assert not any(f.message.startswith("\u201cThree finalists\u201d") for f in findings(near))
    second = f"Three finalists were picked from 40 young lawyers' entries: {names}"  # the noun second: within two
    assert not any(f.message.startswith("\u201cThree finalists\u201d") for f in findings(second))
