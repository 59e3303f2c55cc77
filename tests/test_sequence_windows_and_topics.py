"""date.sequence-conflict: how far its windows reach, counted in words, and which event a short
definite subject names.

- A figure is one word, as the language layer's number token is: "27:33.80", "65,000" and
  "4,380.75" count once in MAX_TAIL, and their inner comma or colon breaks no clause.
- In a clause joined by "and then" / "and later", a name of several capitalized words counts
  as one word of the tail (MAX_TAIL), as it already did after a sequence word.
- An adverb of sequence may follow the past verb it orders ("returned later, on", "were
  called back later, on": lexicon adverbs_after_verb, verb_particles), as it may precede it.
- A short definite subject opening a sentence before "was preceded by" names the event
  the sentence before dated in the aside right after its own opening subject ("The stoppage,
  which started on 6 May, ... The action was preceded by"), however long the rest of that
  sentence: a reading, so an info finding.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_sequence_conflict import MAX_TAIL, _joined_adverb
from claims.extract import extract
from claims.language.tokens import words_of
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 30)


def _sequence(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict"]


def _days(text, published=PUBLISHED):
    claims = extract(article_from_text(text, published=published))
    return text, [t for t in claims.of_kind("time") if t.timex is not None and t.timex.type == "DATE"]


@pytest.mark.parametrize("figure", ["27:33.80", "65,000", "4,380.75", "2.5"])
def test_a_figure_is_one_word(figure):
    # the rule counts its windows in the language layer's words, numbers included
    assert words_of(f"to {figure} at", numbers=True) == ["to", figure, "at"]


def test_a_date_with_its_year_stays_two_words():
    assert words_of("March 3, 1987", numbers=True) == ["march", "3", "1987"]


@pytest.mark.parametrize("text", [
    "The benchmark index first hit a record 4,512.30 points on 14 March and then slid to "
    "4,380.75 at the close on 6 March.",
    "The runner first clocked 13:05.22 at the county meeting on 19 June and then trimmed it to "
    "12:58.40 at the Bislett Games on 7 June.",
    "The company first recalled 40,000 heaters on 12 March, then expanded the recall to another "
    "65,000 units on 2 March.",
])
def test_figures_between_the_dates_do_not_lengthen_or_break_the_clause(text):
    found = _sequence(text)
    assert found and found[0].severity.label == "warning", found


@pytest.mark.parametrize("text", [
    "The benchmark index first hit a record 4,380.75 points on 6 March and then rose to "
    "4,512.30 at the close on 14 March.",
    "The company first recalled 40,000 heaters on 2 March, then expanded the recall to another "
    "65,000 units on 12 March.",
])
def test_figures_in_a_sequence_told_in_order_pass(text):
    assert not _sequence(text)


def _tail(words):
    """A joined clause whose tail (the verb to the date's preposition) is ``words`` long."""
    filler = " ".join(["big"] * (words - 6))  # retained, a, ..., shield, at, Anfield Road Stadium, on
    return f"The club first won the cup on 19 June and then retained a {filler} shield at Anfield Road Stadium on 7 June."


@pytest.mark.parametrize("words, joined", [(MAX_TAIL, True), (MAX_TAIL + 1, False)])
def test_a_joined_clause_tail_counts_a_name_as_one_word(words, joined):
    text, days = _days(_tail(words))
    first, second = [t for t in days if t.text in ("19 June", "7 June")]
    assert (_joined_adverb(text, first, second) is not None) is joined


@pytest.mark.parametrize("text", [
    # the adverb after the verb, the sentence before dating what came first
    "Police first questioned the driver on 4 August. He was arrested later, on 1 August, at his home.",
    "The gallery reopened on 12 May after repairs. Crowds came back later, on 3 May, for a night opening.",
    "Inspectors visited the quarry on 20 January. They returned subsequently on 11 January with a warrant.",
])
def test_an_adverb_of_sequence_after_the_verb_orders_it(text):
    found = _sequence(text)
    assert found, text


@pytest.mark.parametrize("text", [
    "The ferry sailed for the yard on 4 June. It returned later, on 9 June, with a new gearbox.",
    # "later this year" is a time of its own, not an order of two told events
    "The plant closed on 9 June. The owners said it reopened later this year, on 2 June.",
])
def test_an_adverb_after_the_verb_in_order_or_not_of_sequence_passes(text):
    assert not _sequence(text)


AUTUMN = date(2025, 10, 1)


@pytest.mark.parametrize("text", [
    "The walkout at Delmont Components, which started on 3 September, shut four plants, idled about "
    "2,000 workers and halted deliveries to three assembly lines in the north.\n\n"
    "The action had been preceded by a ballot on 9 September.",
    "The stoppage, which started on 6 September, had closed clinics in every district and left "
    "emergency wards turning patients away for most of the month.\n\n"
    "The action had been preceded by an ultimatum issued on 12 September.",
])
def test_a_short_definite_subject_names_the_event_dated_after_the_subject_before(text):
    found = _sequence(text, AUTUMN)
    assert found and all(f.severity.label == "info" for f in found), found
    assert len(found[0].related) == 2


def _subject(words):
    nouns = " ".join(["long"] * (words - 2))
    return (f"The {nouns} walkout, which started on 3 September, shut four plants, idled about 2,000 "
            "workers and halted deliveries to three assembly lines in the north.\n\n"
            "The action had been preceded by a ballot on 9 September.")


@pytest.mark.parametrize("words, flagged", [(4, True), (5, False)])  # WEAK_SUBJECT_WORDS: four
def test_the_subject_before_is_short(words, flagged):
    assert bool(_sequence(_subject(words), AUTUMN)) is flagged


@pytest.mark.parametrize("text", [
    # told in order
    "The stoppage, which started on 6 September, had closed clinics in every district and left "
    "emergency wards turning patients away for most of the month.\n\n"
    "The action had been preceded by an ultimatum issued on 2 September.",
    # the date is not in an aside right after the opening subject: it may date something else
    "The strike closed clinics after a burst main on 8 September and left wards in every district "
    "turning patients away for most of the month while talks with ministers in the capital stalled.\n\n"
    "The action had been preceded by an ultimatum issued on 12 September.",
    # the aside holding the date runs on past MAX_TAIL words
    "The stoppage, which started on 6 September with pickets at every one of the large teaching "
    "hospitals in the capital, closed clinics in every district and left emergency wards turning "
    "patients away.\n\nThe action had been preceded by an ultimatum issued on 12 September.",
])
def test_no_topic_link_without_an_aside_dating_the_subject(text):
    assert not _sequence(text, AUTUMN)
