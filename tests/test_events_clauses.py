"""Event claims across joined clauses: each verb keeps the date of its own clause, a verb whose
subject or object is left to the clause before shares that clause's participants, and a
prefixed verb form ("reopened") is an event word like its base."""

from datetime import date

import pytest

from claims.events import JOINED_VERB_AUX, VERBS
from claims.extract import extract
from claims.read import article_from_text


def events(text, published=date(2024, 5, 1)):
    claims = extract(article_from_text(text, published=published))
    times = {c.id: c.text for c in claims.claims if c.kind == "time"}
    return {e.text: (times.get(e.attrs["time"]), e.attrs["args"])
            for e in claims.claims if e.kind == "event" and not e.attrs["mention"]}


def test_each_verb_of_two_joined_clauses_keeps_its_own_date():
    found = events("The co-op bought the bakery in June 2011 and sold it six years later.")
    assert found["bought"][0] == "June 2011"
    assert found["sold"][0] == "six years later"


def test_a_time_whose_nearest_verb_a_nearer_time_took_keeps_the_next():
    found = events("The co-op bought the old bakery from its founders in June 2011 and sold it six years later.")
    assert found["bought"][0] == "June 2011"


def test_an_object_pronoun_names_the_participants_of_the_clause_before():
    found = events("The co-op bought the bakery in June 2011 and sold it six years later.")
    assert "bakery" in found["sold"][1]


def test_a_verb_without_its_own_subject_after_and_shares_the_clause_before():
    found = events("The gallery closed in May for rewiring and reopened ten weeks later.")
    assert "gallery" in found["reopened"][1]


@pytest.mark.parametrize("aux, shared", [
    ("was", True),
    ("had been", True),  # JOINED_VERB_AUX auxiliaries
    ("had quietly been", False),  # one word more
])
def test_joined_verb_aux(aux, shared):
    assert JOINED_VERB_AUX == 2
    found = events(f"The senator was elected in 2008 and {aux} re-elected six years later.")
    assert ("senator" in found["re-elected"][1]) is shared


def test_a_verb_in_its_own_sentence_shares_nothing():
    found = events("The gallery closed in May for rewiring. Crowds reopened ten weeks later.")
    assert "gallery" not in found["reopened"][1]


@pytest.mark.parametrize("form, lemma", [
    ("reopened", "reopen"), ("re-elected", "reelect"), ("restarted", "restart"), ("resigned", "resign"),
])
def test_a_prefixed_verb_form_is_an_event_verb(form, lemma):
    assert VERBS[form] == lemma


@pytest.mark.parametrize("text, verb, date_text", [
    ("A stoppage that started on 3 May and ended on 9 May hit ports.", "ended", "9 May"),
    ("The works that closed in March reopened the road.", "closed", "March"),
    ("Talks that collapsed on Friday angered both sides.", "collapsed", "Friday"),
])
def test_a_date_after_its_preposition_dates_the_verb_before_it(text, verb, date_text):
    """A prepositional date modifies what stands before it: its preposition does not put the
    date farther from that verb than from the verb after it."""
    assert events(text)[verb][0] == date_text


@pytest.mark.parametrize("text, noun", [
    ("The board named a new chief on 28 March, following the vote.", "vote"),
    ("Prices jumped on Monday after the merger.", "merger"),
    ("Shares fell on Friday, before the election.", "election"),
])
def test_a_date_is_not_the_event_noun_it_is_placed_from(text, noun):
    """A reference word ("following", "after") between a date and an event noun makes the noun
    the point the date's event is placed from: the date is not the noun's."""
    claims = extract(article_from_text(text, published=date(2024, 5, 1)))
    assert all(e.attrs["time"] is None for e in claims.claims if e.kind == "event" and e.text == noun)


@pytest.mark.parametrize("text, word, when", [
    ("Okafor, who was born in a village near Enugu in 1968, won the seat on Sunday.", "born", "1968"),
    ("The bridge, which opened to traffic across the estuary in 1994, closed on Monday.", "opened", "1994"),
    ("Lind was elected to the council of her home town in 2002, resigned in 2009 and left for Oslo.", "elected", "2002"),
])
def test_a_time_after_an_event_word_of_its_own_clause_is_that_words_however_far(text, word, when):
    assert events(text)[word][0] == when


def test_a_fronted_time_still_finds_the_verb_after_its_comma():
    found = events("In March 2003, troops invaded the country.")
    assert found["invaded"][0] == "March 2003"


def test_one_passive_reading_for_the_extractor_and_the_rules():
    """claims.events.passive_lemma is the one reading of "found" after "be" or a perfect
    "have"; the extractor and date.anchor-conflict both ask it."""
    from claims.events import passive_lemma
    assert passive_lemma("was", "found") == "find"
    assert passive_lemma("had", "found") == "find"  # the perfect of find; of found it is "had founded"
    assert passive_lemma("they", "found") is None
    assert passive_lemma(None, "found") is None
    assert passive_lemma("was", "founded") is None
    import checker.rules.date_anchor_conflict as rule
    assert not hasattr(rule, "_PASSIVE_FORMS")
