"""date.sequence-conflict: sides of a sequence word that other sentences date.

- A second side no event word names, dated by its own date right after the sequence word
  ("followed the firm's capital raising on 9 May": _dated_phrase, at most PHRASE_WORDS words).
- A second side whose date is written before its noun ("after the union's 2020 merger": the
  noun within SECOND_REACH words of the sequence word, as every second event).
- A first side named by a demonstrative ("That vote came after ...", "This climbdown came
  after": a noun no event word names, _demonstrative_noun, within FIRST_REACH words of the
  sequence word): the event the sentence right before told, dated by its one date
  (_demonstrative_date; a reading, so info).
- An adverb of sequence after a sentence with several dates: the second date before every one
  of them runs backwards whichever event the adverb orders from (_before_every_date; info).
- A past verb of following with no object ("Confirmation followed on 9 October") orders as an
  adverb does; a date bound to its event by "first" may stand up to FIRST_LOOKBACK_SENTENCES
  sentences back.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_sequence_conflict import FIRST_LOOKBACK_SENTENCES, FIRST_REACH, PHRASE_WORDS, SECOND_REACH
from claims.read import article_from_text

PUBLISHED = date(2025, 7, 10)


def _sequence(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict"]


@pytest.mark.parametrize("text", [
    # a second side no event word names
    "Corbett Foods agreed to buy the Pellow bakery chain on 2 May. The chain has nine shops. "
    "The purchase followed the firm's capital raising on 9 May.",
    # a date written before the second side's noun
    "The trust chose to buy the Kerr orchard in 2018. The orchard purchase came after the union's "
    "2020 merger with a rival.",
    # a demonstrative names the event of the sentence right before
    "The board approved the budget on 12 June by five votes to two. That vote came after "
    "the consultation ended on 20 June.",
    "The union called off the strike on 3 May. This climbdown came after talks collapsed on 9 May.",
    # a word of comparison or deadline in the sentence before ("due") is not this sentence's
    "The union called off its strike on 3 May, two days before it was due to start. This climbdown came "
    "after talks collapsed on 9 May.",
    # several dates in the sentence before: the second is before all of them
    "Ms Tane was charged on 3 March and was in court a day later. She was later freed on bail "
    "on 28 February.",
    # a verb of following with no object; "first" binds a date further back
    "Sick birds were first reported near Oakhurst on 4 March. Hundreds of hens have since been "
    "culled. Farmers are worried. Official confirmation followed on 27 February.",
])
def test_sides_dated_in_other_sentences_that_run_backwards_are_reported(text):
    assert _sequence(text)


@pytest.mark.parametrize("text", [
    "Corbett Foods agreed to buy the Pellow bakery chain on 12 May. The chain has nine shops. "
    "The purchase followed the firm's capital raising on 9 May.",
    "The trust chose to buy the Kerr orchard in 2023. The orchard purchase came after the union's "
    "2020 merger with a rival.",
    "The board approved the budget on 12 June by five votes to two. That vote came after "
    "the consultation ended on 2 June.",
    # the sentence before holds two dates: the demonstrative may name either event
    "The board met on 2 June and approved the budget on 12 June. That vote came after the "
    "consultation ended on 5 June.",
    "Sick birds were first reported near Oakhurst on 4 March. Hundreds of hens have since been "
    "culled. Farmers are worried. Official confirmation followed on 7 March.",
])
def test_sides_that_can_run_in_the_order_told_are_not_reported(text):
    assert not _sequence(text)


def test_a_second_date_between_the_dates_of_the_sentence_before_is_no_proven_order():
    found = _sequence("Ms Tane was charged on 3 March and was in court on 12 March. She was later freed "
                      "on bail on 8 March.")
    assert all(f.severity.label == "info" for f in found)  # at most the weak tier's reading
    assert not [f for f in found if "the sentence before" in f.message]


def test_a_demonstrative_before_a_time_names_no_event():
    found = _sequence("The union called off the strike on 3 May. This week came after talks collapsed on 9 May.")
    assert not [f for f in found if "\u201cweek\u201d" in f.message]  # at most the weak tier's reading


def test_a_side_no_event_word_names_is_bounded_in_words():
    near = " ".join(["extra"] * (PHRASE_WORDS - 4))  # "the firm's ... raising on"
    far = " ".join(["extra"] * (PHRASE_WORDS - 3))
    lead = "Corbett Foods agreed to buy the Pellow bakery chain on 2 May. The chain has nine shops. "
    assert _sequence(lead + f"The purchase followed the firm's {near} raising on 9 May.")
    assert not _sequence(lead + f"The purchase followed the firm's {far} raising on 9 May.")


def test_a_date_before_the_second_sides_noun_stands_within_its_reach():
    lead = "The trust chose to buy the Kerr orchard in 2018. "
    near = " ".join(["the"] + ["big"] * (SECOND_REACH - 2))
    far = " ".join(["the"] + ["big"] * (SECOND_REACH - 1))
    assert _sequence(lead + f"The orchard purchase came after {near} 2020 merger with a rival.")
    assert not _sequence(lead + f"The orchard purchase came after {far} 2020 merger with a rival.")


def test_a_first_bound_date_is_looked_for_a_bounded_number_of_sentences_back():
    def text(between):
        return ("Sick birds were first reported near Oakhurst on 4 March. " + "Farmers are worried. " * between
                + "Official confirmation followed on 27 February.")
    assert _sequence(text(FIRST_LOOKBACK_SENTENCES - 1))
    assert not _sequence(text(FIRST_LOOKBACK_SENTENCES))


def test_a_demonstrative_noun_opens_its_sentence_within_the_first_sides_reach():
    lead = "The union called off the strike on 3 May. "
    near = " ".join(["climbdown"] + ["quickly"] * (FIRST_REACH - 1))  # and "came": FIRST_REACH words
    far = " ".join(["climbdown"] + ["quickly"] * FIRST_REACH)
    assert _sequence(lead + f"This {near} came after talks collapsed on 9 May.")
    assert not _sequence(lead + f"This {far} came after talks collapsed on 9 May.")
