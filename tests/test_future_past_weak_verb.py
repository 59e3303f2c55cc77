"""date.future-past, the weak-link tier (_past_verb_farther): a date after publication whose
sentence tells a past-tense verb before it, farther back than the main path's VERB_REACH or
past a comma, within WEAK_VERB_WORDS words. The verb may govern another phrase than the
date's, so the finding is an info finding showing both sides; the main path keeps its
warnings."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import _past_verb_farther
from claims.extract import extract
from claims.language import analyse
from claims.read import article_from_text

PUBLISHED = date(2026, 5, 2)


def _future_past(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


def _tier(text, published=PUBLISHED):
    """The tier alone, as if the main path had found nothing."""
    claims = extract(article_from_text(text, published=published))
    by_id = {c.id: c for c in claims.of_kind("time")}
    return list(_past_verb_farther(claims, analyse(claims.article.text), by_id, set()))


@pytest.mark.parametrize("text", [
    # the verb far from its date, across an object, a place and a comma
    "The new catamaran made its first crossing of the strait, with 300 passengers and a brass "
    "band on board, on 15 May 2026.",
    "Magistrates fined the two quarry owners 40,000 euros and their haulier 12,000 euros at the "
    "county court on 19 May 2026.",
    # the main verb after an aside has closed
    "The vessel, built for the operator in a yard at Turku over two years, made its maiden run "
    "across the gulf with its first 90 passengers on 15 May 2026.",
    # a day without a year that every reading puts after publication
    "Amisi smashed the old mark at the lakeside marathon in the capital on 14 May.",
])
def test_a_past_verb_farther_back_is_an_info_finding(text):
    found = _future_past(text)
    assert found and all(f.severity.label == "info" for f in found), found
    assert found[0].related


@pytest.mark.parametrize("text", [
    # a reporting verb tells when it was said
    "The minister said on 19 May 2026 that the ferry would be ready.",
    # another date stands between the verb and the date: the verb's is the nearer one
    "The board published the timetable on 28 April 2026, before the deadline for lists on 19 May 2026.",
    # a plan or a modal in the verb's clause
    "The council approved a pool that is expected to open to swimmers on 19 May 2026.",
    # a noun of a scheduled act right before the date's preposition dates that act
    "The board approved the payment of its final dividend on 19 May 2026.",
    # a participle opening an aside is no finite verb
    "The notes, guaranteed by the state bank, carry a put option at par on 19 May 2026.",
    # a relative clause between: the date may be its verb's
    "The firm sold options that oblige the buyer to pay in full at the close on 19 May 2026.",
    # another verb form between ("ending on")
    "Output has climbed steadily through the farm year ending on 19 May 2026.",
    # a present verb governs what follows
    "The firm that sold the mill runs a small shop near the quay at the market on 19 May 2026.",
])
def test_other_readings_of_a_far_verb_are_silent(text):
    assert _tier(text) == []


def test_the_verb_stands_within_weak_verb_words():
    filler = " ".join(["quietly"] * 19)  # with "the ferry out on": the verb is the
    near = f"The crew sailed {filler} the ferry out on 15 May 2026."  # WEAK_VERB_WORDS-th word back
    far = f"The crew sailed {filler} quietly the ferry out on 15 May 2026."
    assert _tier(near) and _tier(far) == []


def test_a_verb_the_main_path_reaches_stays_a_warning():
    found = _future_past("The trust opened the new wing on 15 May 2026.")
    assert [f.severity.label for f in found] == ["warning"]
