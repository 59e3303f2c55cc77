"""Event chains (claims/mentions.py): which event mentions of an article name one event, written
on the event claims as ``chain``, ``link``, ``noun``, ``definite``, ``alone`` and ``sole``."""

from datetime import date

import pytest

from claims.extract import extract
from claims.mentions import dated_pairs
from claims.read import article_from_text


def claims_of(text, published=date(2024, 5, 22)):
    return extract(article_from_text(text, published=published))


def events(text, published=date(2024, 5, 22)):
    return [e for e in claims_of(text, published).claims if e.kind == "event"]


def event(text, word, nth=0):
    return [e for e in events(text) if e.text == word][nth]


def test_a_definite_noun_links_to_the_earlier_mention_of_its_chain():
    text = "Police arrested a man on 3 May. He was released. The arrest was criticised."
    verb, noun = event(text, "arrested"), event(text, "arrest")
    assert verb.attrs["chain"] == noun.attrs["chain"]
    assert noun.attrs["link"] == verb.id
    assert (verb.attrs["noun"], noun.attrs["noun"]) == (False, True)
    assert noun.attrs["definite"] and noun.attrs["sole"]


@pytest.mark.parametrize("phrase", ["the board's decision", "the Leeds members' decision"])
def test_a_possessive_is_definite(phrase):
    assert event(f"Members voted on 3 May. They welcomed {phrase}.", "decision").attrs["definite"]


@pytest.mark.parametrize("phrase, definite", [
    ("the fatal crash", True),
    ("the recent fatal crash", True),       # MODIFIER_REACH words between
    ("the recent fatal road crash", False),  # one more: too far to be read as one noun phrase
])
def test_modifier_reach_bounds_the_words_between_the_definite_word_and_its_noun(phrase, definite):
    text = f"A lorry hit a car on 3 May. Police studied {phrase} for weeks."
    assert event(text, "crash").attrs["definite"] is definite


@pytest.mark.parametrize("phrase", ["another arrest", "an arrest", "the earlier arrest", "the second arrest",
                                    "the Leeds arrest"])
def test_an_occurrence_introduced_or_set_apart_links_to_none(phrase):
    text = f"Police arrested a man on 3 May. They made {phrase} later."
    assert event(text, "arrest").attrs["link"] is None


def test_two_occurrences_introduced_make_the_chain_not_sole():
    text = "A fire broke out on 3 May. Another fire broke out on 9 May. The fire was put out."
    assert not any(e.attrs["sole"] for e in events(text) if e.attrs["kind"] == "fire")


def test_a_recurring_kind_is_never_sole():
    assert not event("The board met on 3 May. The meeting was short.", "meeting").attrs["sole"]


def test_a_verb_telling_the_event_itself_leaves_it_alone():
    text = "The town was evacuated on 4 March. The evacuation took place on 9 March. Buses ran."
    assert event(text, "evacuation").attrs["alone"]
    assert not event("The arrest was made as the fire spread on 9 March.", "arrest").attrs["alone"]


@pytest.mark.parametrize("later, linked", [
    ("The fall of the city on 9 May ended it.", True),
    ("The fall of the old city on 9 May ended it.", True),          # OF_REACH words after "of"
    ("The fall of the very old city on 9 May ended it.", False),    # the participant one word beyond reach
    ("The fall of the government on 9 May followed.", False),       # another participant: another fall
])
def test_an_of_complement_must_name_a_participant_of_the_earlier_mention(later, linked):
    text = "The offensive began in March 2003. The city fell three weeks later. " + later
    assert (event(text, "fall").attrs["link"] is not None) is linked


@pytest.mark.parametrize("later, linked", [
    ("Police made the arrest on 31 December, officers said.", True),  # an object's date: the verb's
    ("The arrest on 31 December was quashed.", False),                # the subject's: picks one
    ("Critics cite the 31 December arrest.", False),                  # written before the noun
])
def test_a_date_inside_the_noun_phrase_picks_an_occurrence(later, linked):
    text = "Police arrested a man on 30 December. He was held. " + later
    assert (event(text, "arrest").attrs["link"] is not None) is linked


@pytest.mark.parametrize("n, kept", [(12, True), (13, False)])  # MAX_DATED dated mentions, and one more
def test_max_dated_bounds_a_chain_read_as_one_event(n, kept):
    text = " ".join(f"The fire on {d} March spread." for d in range(1, n + 1))
    claims = claims_of(text)
    times = {c.id: c for c in claims.of_kind("time")}
    pairs = dated_pairs(claims.article, claims.of_kind("event"), times)
    assert bool(pairs) is kept


def test_a_date_after_a_reference_word_is_not_the_mentions():
    text = "A van hit a wall on 5 May. The council fitted a barrier in July, after the crash."
    claims = claims_of(text, date(2017, 8, 15))
    times = {c.id: c for c in claims.of_kind("time")}
    pairs = dated_pairs(claims.article, claims.of_kind("event"), times)
    assert not any(e.text == "crash" for chain in pairs.values() for e, _ in chain)


def test_after_two_occurrences_introduced_a_definite_noun_names_neither():
    text = "Ministers held a meeting on 3 May. They called a meeting for 9 May. The meeting was tense."
    assert event(text, "meeting", 2).attrs["link"] is None
    assert event("Ministers held a meeting on 3 May. The meeting was tense.", "meeting", 1).attrs["link"] is not None


def test_after_a_numbered_occurrence_a_bare_definite_noun_names_none():
    """"the second ballot ... the ballot": a numbered one implies others."""
    text = "Rivals clashed in the second ballot on 9 November. Before the ballot, they debated."
    assert event(text, "ballot", 1).attrs["link"] is None


@pytest.mark.parametrize("first, later, linked", [
    ("Members voted on 3 May.", "They welcomed the decision.", True),        # a decision names a vote
    ("Voters went to the polls in an election on 3 May.", "They welcomed the decision.", False),  # not an election
    ("Ministers held a meeting on 3 May.", "They praised the summit.", False),  # kind-mates, not synonyms
])
def test_a_definite_noun_links_only_to_the_same_word_or_a_synonym(first, later, linked):
    e = events(f"{first} {later}")[-1]
    assert (e.attrs["link"] is not None) is linked


@pytest.mark.parametrize("later, linked", [
    ("Aides prepared the meeting.", True),                 # the one already told
    ("Aides prepared Monday's meeting.", False),           # a possessive date names its meeting
    ("Aides prepared next week's cabinet meeting.", False),  # past a word between, within MODIFIER_REACH
])
def test_a_possessive_date_before_the_noun_picks_an_occurrence(later, linked):
    e = events("Ministers held a meeting on 3 May. " + later, published=date(2024, 5, 22))[-1]
    assert (e.attrs["link"] is not None) is linked


@pytest.mark.parametrize("lead, linked", [
    # an opening preposition of occasion before a definite noun the article's verb makes an
    # event word: the noun names the event already told
    ("At her sentencing on 4 March, the judge", True),
    ("During the sentencing on 4 March, the judge", True),
    # no definite word: another occurrence may be meant
    ("At a sentencing on 4 March, the judge", False),
])
def test_a_noun_opening_its_sentence_after_a_preposition_of_occasion(lead, linked):
    text = f"Ms Odhiambo was sentenced a week later. {lead} praised her candour."
    noun = event(text, "sentencing")
    assert (noun.attrs["link"] == event(text, "sentenced").id) is linked
