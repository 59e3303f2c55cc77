"""date.sequence-conflict: orders a story tells without a sequence word between two dates.

Numbered occurrences of one series ("the second leg" after "the first leg"), "earlier" placing a
clause before what the story has told, "then" and "later" after a clause that ends on an aside,
and "a smaller one" standing for another occurrence of the event named before a sequence word.
Each limit is pinned from both sides; the sentences are this file's own.
"""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "date.sequence-conflict"


def findings(text, published=date(2025, 6, 30)):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == RULE]


def warned(text, published=date(2025, 6, 30)):
    return [f for f in findings(text, published) if f.severity.label in ("warning", "error")]


# --- numbered occurrences of one series (lexicon ordered_series) -----------------------------

@pytest.mark.parametrize("text", [
    "The bylaw had its first reading on 12 May 2025. Its second reading came on 6 May 2025.",
    "Rovers won the first leg on 18 March 2025. The second leg, played on 11 March 2025, was a draw.",
    "The second ballot was held on 4 June 2025. The first ballot, on 9 June 2025, had failed.",
    # a relative clause set off after the noun tells another event: the main verb's date is the noun's
    "The first reading was on 9 May 2025. The third reading, which followed a long debate, was held on 2 May 2025.",
    # one unnumbered mention told before "a second forum" is the first
    "Parents met planners at a 9 June 2025 forum. A second forum followed on 3 June 2025 in the hall.",
])
def test_a_higher_number_dated_before_a_lower_one_is_flagged(text):
    [f] = warned(text)
    assert len(f.related) == 2


@pytest.mark.parametrize("text", [
    "The bylaw had its first reading on 6 May 2025. Its second reading came on 12 May 2025.",
    # two unnumbered forums before "a second forum": which was the first is not told
    "Planners held a forum on 9 June 2025 and a forum on 1 June 2025. A second forum followed on 3 June 2025.",
    # the first round named twice with two dates: two series
    "She won the first round on 2 June 2025, as she had won the first round on 1 June 2021. "
    "She lost the second round on 16 June 2021.",
    # the date after the noun belongs to another event, introduced by a sequence word
    "The third reading, which followed a debate on 2 May 2025, passed. The first reading was on 9 May 2025.",
    # a part, not an occurrence: "half" is no series noun
    "The first half ended on 3 May 2025. The second half began on 1 May 2025.",
])
def test_numbered_occurrences_in_order_or_unreadable_are_left_alone(text):
    assert warned(text) == []


@pytest.mark.parametrize("filler, conflict", [
    ("was played at the ground of Rovers on", True),       # eight words between "leg" and its date
    ("was played at the old ground of Rovers on", False),  # nine: the date may be another event's
])
def test_ordinal_date_words_eight(filler, conflict):
    text = f"The first leg was on 9 May 2025. The second leg {filler} 2 May 2025."
    assert bool(warned(text)) is conflict


@pytest.mark.parametrize("first, conflict", [
    ("2 November 2024", True),   # the second ballot 183 days before the first: one series slipped
    ("3 November 2024", False),  # 184 days: two series (this year's ballot and an older one)
])
def test_series_days_183(first, conflict):
    text = f"The first ballot was held on {first}. The second ballot was held on 3 May 2024."
    assert bool(warned(text)) is conflict


# --- "earlier" before what the story told (lexicon earlier_adverbs) --------------------------

@pytest.mark.parametrize("text", [
    "The panel gave its ruling on 14 May 2025. Members had earlier asked, on 18 May 2025, for more papers.",
    "The board fired its chief on 3 March 2025. Earlier, on 6 March 2025, it had met in private.",
])
def test_earlier_dated_after_everything_told_is_flagged(text):
    [f] = warned(text)
    assert len(f.related) == 2


@pytest.mark.parametrize("text", [
    "The panel gave its ruling on 14 May 2025. Members had earlier asked, on 12 May 2025, for more papers.",
    # one event told before is later: "earlier" may be placed against it
    "The panel gave its ruling on 14 May 2025 and was thanked on 20 May 2025. "
    "Members had earlier asked, on 18 May 2025, for more papers.",
    # earlier than the writing: the day before publication or later
    "The fighting began on 20 June 2025. Earlier, on 29 June 2025, envoys had met.",
    # "earlier" inside a time phrase, before a noun, or in a comparison
    "The plant opened on 2 May 2025. Earlier this month, on 12 June 2025, it hired staff.",
    "The vote was held on 2 May 2025. The earlier vote, on 12 May 2025, failed.",
    "The trains ran on 2 May 2025. They left earlier than planned on 12 May 2025.",
])
def test_earlier_with_something_told_after_it_or_no_adverb_is_left_alone(text):
    assert warned(text) == []


@pytest.mark.parametrize("day, conflict", [
    ("14 June 2025", True),    # 31 days after the verdict: the verdict is what "earlier" is placed against
    ("15 June 2025", False),   # 32: "earlier" may be placed against something the story leaves undated
])
def test_earlier_reach_days_31(day, conflict):
    text = f"The panel gave its ruling on 14 May 2025. Members had earlier asked, on {day}, for more papers."
    assert bool(warned(text, date(2025, 9, 1))) is conflict


# --- "then" and "later" after a clause ending on an aside ------------------------------------

@pytest.mark.parametrize("aside, conflict", [
    ("an hour behind the old summer ferry timetable", True),         # eight words: an aside
    ("an hour behind the old summer ferry timetable again", False),  # nine: a clause of its own
    ("which was early", False),                            # a clause word
])
def test_then_after_an_aside_aside_words_eight(aside, conflict):
    text = f"The ferry reached the port on 11 June 2025, {aside}, and then sailed on to Deal on 7 June 2025."
    assert bool(warned(text)) is conflict


def test_an_aside_then_in_order_is_left_alone():
    text = "The ferry reached the port on 7 June 2025, an hour behind the timetable, and then sailed on to Deal on 11 June 2025."
    assert warned(text) == []


@pytest.mark.parametrize("text, conflict", [
    ("She first won the county title in 2014, later taking the national title in 2011.", True),
    ("She first won the county title in 2011, later taking the national title in 2014.", False),
    ("She won the county title in 2014, later than her coach in 2011.", False),  # a comparison
])
def test_later_after_a_comma_orders_what_follows(text, conflict):
    assert bool(warned(text)) is conflict


# --- "a smaller one": another occurrence of the event named before the word (pro_nouns) ------

@pytest.mark.parametrize("text, conflict", [
    ("The outage at the depot on 6 August 2024 lasted hours. Engineers said the outage was preceded by a "
     "shorter one at the same site, on 14 August 2024.", True),
    ("The outage at the depot on 6 August 2024 lasted hours. Engineers said the outage was preceded by a "
     "shorter one at the same site, on 1 August 2024.", False),
    # "the one" names a thing already told, not another occurrence
    ("The outage at the depot on 6 August 2024 lasted hours. Engineers said the outage was preceded by the "
     "one at the same site, on 14 August 2024.", False),
])
def test_a_pro_form_after_a_sequence_word_is_another_occurrence(text, conflict):
    assert bool(warned(text, date(2024, 9, 30))) is conflict


@pytest.mark.parametrize("modifiers, conflict", [
    ("much shorter", True),        # two modifiers between "a" and "one"
    ("much shorter, brief", False),  # a comma: no longer one noun phrase
    ("very much shorter", False),    # three
])
def test_pro_modifiers_two(modifiers, conflict):
    text = ("The outage at the depot on 6 August 2024 lasted hours. Engineers said the outage was preceded by a "
            f"{modifiers} one at the same site, on 14 August 2024.")
    assert bool(warned(text, date(2024, 9, 30))) is conflict
