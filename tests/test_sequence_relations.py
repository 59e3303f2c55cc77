"""date.sequence-conflict, order relations (lexicon relations): an order word relates two
sides, and the dates are those the article gives those sides, in their own clause, in an aside
set off after them, in the sentence before, or in another mention of their event."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_sequence_conflict import WEAK_READING
from claims.read import article_from_text

PUBLISHED = date(2025, 7, 1)


def _sequence(text, published=PUBLISHED):
    """The rule's findings from its own shapes; the weak-link tier (tests/test_sequence_weak_links.py)
    reads past their limits and is left out."""
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict" and WEAK_READING not in f.evidence]


@pytest.mark.parametrize("text", [
    # the clause before "and"/"but" is the other side of an anaphoric word
    "Ortega played for Valencia in 2016 and went on to coach Sevilla in 2012.",
    "The panel first dismissed the claim on 9 June 2025, but later upheld it on 3 June 2025.",
    "She first entered the senate in 2019, and later served as governor between 2010 and 2014.",
    "The crew finished the hull on 14 May 2025 and then fitted the engines on 6 May 2025.",
    # ", then" right after a comma
    "The club won the semi-final on 7 June 2025, then lost the final on 1 June 2025.",
    # a linking word right after a comma: the main side is the clause before the comma
    "The bridge was reopened on 2 May 2025, after engineers finished repairs on 9 May 2025.",
    # "in the wake of" with its own direction
    "Markets steadied on 3 June 2025, in the wake of a rate cut announced on 8 June 2025.",
])
def test_reversed_sides_in_one_sentence_are_a_warning(text):
    found = _sequence(text)
    assert found and found[0].severity.label == "warning", found


@pytest.mark.parametrize("text", [
    "Ortega played for Valencia in 2010 and went on to coach Sevilla in 2012.",
    "The panel first dismissed the claim on 3 June 2025, but later upheld it on 9 June 2025.",
    "She first entered the senate in 2009, and later served as governor between 2010 and 2014.",
    "The club won the semi-final on 1 June 2025, then lost the final on 7 June 2025.",
    "The protests, which started on 2 March 2025, preceded the curfew imposed on 12 March 2025.",
    "The bridge was reopened on 12 May 2025, after engineers finished repairs on 9 May 2025.",
])
def test_sides_in_order_are_not_flagged(text):
    assert _sequence(text) == []


@pytest.mark.parametrize("text", [
    # the sentence before dates the other side
    "The upper house ratified the pact on 12 March 2025. The lower house followed with a vote on 3 March 2025.",
    "The plant was shut on 3 May 2025. Two weeks of checks came afterwards, starting on 20 April 2025.",
    "Ruiz was named chief of staff in 2012. Previously, she had been a deputy minister, a post she took in 2016.",
    # a fronted phrase whose side an aside dates
    "Before the ruling, handed down on 30 October 2024, lawyers filed a motion on 4 November 2024.",
    # a linking verb whose subject is dated by the aside after it
    "The protests, which started on 20 March 2025, preceded the curfew imposed on 12 March 2025.",
])
def test_a_side_dated_beyond_its_clause_is_an_info_finding(text):
    found = _sequence(text, date(2025, 12, 1))
    assert found and found[0].severity.label == "info", found


def test_a_side_dated_by_another_mention_of_its_event_is_judged():
    assert _sequence("Police arrested the director on 11 June 2025. The arrest followed a raid on his offices "
                     "on 18 June 2025.")


@pytest.mark.parametrize("text, why", [
    ("The station last won the award in 1998, then under director Ana Ruiz, who left in 2001.",
     "'then' before no verb: at that time"),
    ("Sato joined the agency in 2020 and became director in 2023. He previously worked at Hitachi from 2012 to 2019.",
     "the sentence before holds two dates: which one the word orders from is not told"),
    ("A recount requested on 6 June 2025 then confirmed the result on 8 June 2025.",
     "the subject's own date, and none of a clause before"),
    ("Kato, who founded the firm in 2019, has faced criticism following the departure of its chairman in 2017.",
     "an aside after a person dates the person's other event, not the main clause"),
    ("The audit, released on 11 May 2025, found that managers overlooked alerts before the blackout on 19 April 2025.",
     "the order word is inside reported words, whose clause is undated"),
    ("The yacht docked on 19 October 2025, some ten days later than hoped after gales in August 2025.",
     "a comparison's clause"),
    ("Shares rose 4 percent today. The regulator followed with a statement on 3 January 2024.",
     "'today' is the writing, not an event the clause follows"),
])
def test_sides_the_rule_cannot_tie_are_left_alone(text, why):
    assert _sequence(text, date(2025, 12, 1)) == [], why


def test_side_words_are_counted_in_words():
    """At most SIDE_WORDS words between the order word and the date: "fitted", the words, "engines on"."""
    from checker.rules.date_sequence_conflict import SIDE_WORDS
    near = "The crew finished the hull on 14 May 2025 and then fitted " + "new " * (SIDE_WORDS - 3) + \
        "engines on 6 May 2025."
    far = "The crew finished the hull on 14 May 2025 and then fitted " + "new " * (SIDE_WORDS - 2) + \
        "engines on 6 May 2025."
    assert _sequence(near) and not _sequence(far)


@pytest.mark.parametrize("text", [
    "The committee met on 2 April 2025. The previously agreed dates were 9 May 2025 and 20 June 2025.",
    "Traders recalled the Friday before the summit of 22 February 2025, when prices peaked.",
])
def test_an_order_word_inside_a_noun_phrase_or_a_counted_day_orders_nothing(text):
    assert _sequence(text, date(2025, 3, 13)) == []


@pytest.mark.parametrize("tail, found", [
    ("a sudden steep drop of 4 pct in", True),             # MAX_TAIL words before the date
    ("a sudden steep drop of 4 pct overall in", False),    # one more: the date may be another event's
])
def test_a_side_without_a_verb_reaches_max_tail_words(tail, found):
    text = f"Output rose on 14 May 2025, after {tail} 20 May 2025."
    assert bool(_sequence(text)) is found
