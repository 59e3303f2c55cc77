"""number.restated-conflict: sizes written onto nouns ("a 36-kilometre bypass"), the head a
name in capitals stands before, nouns of one class of thing, and the words beside a value
that belong to the next value. Each limit has a test on each side.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules import number_restated_conflict as rule
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.restated-conflict"
PUBLISHED = date(2025, 6, 2)
FILLER = "Residents were asked for their views at a public meeting."


def severities(text):
    return {f.severity for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == RULE}


def measured(text, start):
    claims = extract(article_from_text(text, published=PUBLISHED))
    [q] = [c for c in claims.claims if c.kind == "quantity" and c.text.startswith(start)]
    return q.attrs.get("measured")


# --- swapped digits link two sizes written onto nouns, "a" or not -----------------------------

@pytest.mark.parametrize("later, expected", [
    # the digits of the first size swapped: the slip of one figure typed twice
    ("\u201cA 63-kilometre road through these hills will not be cheap,\u201d he said.", {Severity.INFO}),
    ("A 63-kilometre road through the hills was also planned.", {Severity.INFO}),
    # "a" with other digits introduces another road
    ("\u201cA 58-kilometre road through these hills will not be cheap,\u201d he said.", set()),
])
def test_swapped_digits_link_sizes_through_a(later, expected):
    text = f"The agency will build a 36-kilometre bypass around Kerval.\n\n{FILLER}\n\n{later}"
    assert severities(text) == expected


def test_swapped_digits_do_not_link_a_bare_amount_to_a_size():
    # "21 kilometres of cycle lanes" is an amount written with no noun sized: no size to swap
    text = ("The plan adds a 12-kilometre ring road.\n\n" + FILLER
            + "\n\nIt also paints 21 kilometres of cycle lanes green.")
    assert severities(text) == set()


@pytest.mark.parametrize("first, expected", [
    # a phrase after each: they tell where the one pipeline is
    ("a 48-mile pipeline from Lake Arden", {Severity.INFO}),
    # a phrase after the later one only may pick a part of it
    ("a 48-mile pipeline", set()),
])
def test_a_phrase_after_a_swapped_size_tells_where_it_is(first, expected):
    text = (f"The council approved {first} on Monday.\n\n" + FILLER
            + "\n\nCritics said a 84-mile pipeline near the coast was reckless.")
    assert severities(text) == expected


def test_a_price_written_onto_a_noun_is_no_size():
    text = ("The city signed the $6.2-million contract on Monday.\n\n" + FILLER
            + "\n\nA $2.6-million contract with another firm follows.")
    assert severities(text) == set()


# --- the head after a name in capitals ------------------------------------------------------

def test_a_name_in_capitals_before_the_head_leaves_the_head_measured():
    text = "Riders boarded buses on the city's 14-mile Harbour Road rapid bus line, officials said."
    assert measured(text, "the city's 14-mile") == "line"


@pytest.mark.parametrize("text", [
    # more words in lower case than NAMED_HEAD_WORDS after the name: not read
    "Riders used the 14-mile Harbour Road " + "new " * 3 + "line, officials said.",
    # a head no lexicon knows: no thing
    "Runners finished the 5-mile Elm Street fun run on Sunday.",
])
def test_no_head_read_after_a_name(text):
    assert measured(text, "the 14-mile" if "14-mile" in text else "the 5-mile") is None


def test_the_line_after_a_name_is_restated():
    text = ("Riders boarded buses on the city's 14-mile Harbour Road rapid bus line.\n\n" + FILLER
            + "\n\nPlanners forecast 7,500 daily trips on the 11-mile line.")
    assert severities(text) == {Severity.WARNING}


# --- nouns of one class (lexicon measured_synonyms) ---------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("two 8,000-tonne barges", "the 6,000-tonne vessels"),
    ("a 9-mile greenway trail", "the 12-mile path"),
    ("a 30-storey tower", "the 25-storey building"),
])
def test_two_words_for_one_thing(first, later):
    text = f"The council approved {first} on Thursday.\n\n{FILLER}\n\nOpponents said {later} was a mistake."
    assert severities(text)


def test_a_thing_of_another_class_is_not_restated():
    text = ("The council approved a 30-storey tower on Thursday.\n\n" + FILLER
            + "\n\nOpponents said the 25-storey car park was a mistake.")
    assert severities(text) == set()


# --- the words beside a value stop where the next value begins ----------------------------------

def weak(text):
    """The weak-link tier alone, the rule's decided links left out."""
    return {f.severity for f in rule._weak_links(extract(article_from_text(text, published=PUBLISHED)), [])}


def test_the_next_values_bound_is_not_beside_the_count():
    # "more" bounds the 90; it sets no other group of crew apart
    text = ("Nordline currently employs 6,200 deckhands from more than 30 countries.\n\n" + FILLER
            + "\n\nHe said the operator's 6,900 deckhands were given a rise.")
    assert weak(text) == {Severity.INFO}


def test_a_word_of_another_group_beside_the_count_still_sets_it_apart():
    text = ("Nordline currently employs 6,200 more deckhands than its rival.\n\n" + FILLER
            + "\n\nHe said the operator's 6,900 deckhands were given a rise.")
    assert weak(text) == set()


@pytest.mark.parametrize("phrase, spreads", [
    ("from more than 90 countries", True),
    ("in 60 schools", True),
    ("across its hospitals", True),
    ("from the Philippines", False),
    ("with 90 countries", False),
])
def test_a_group_spread_over_counted_places(phrase, spreads):
    text = f"Nordline employs 6,200 deckhands {phrase}."
    claims = extract(article_from_text(text, published=PUBLISHED))
    [c] = [q for q in claims.claims if q.kind == "quantity" and q.text == "6,200 deckhands"]
    assert rule._spreads(text, c) is spreads
