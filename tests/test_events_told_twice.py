"""One event told twice: by a verb and then by its noun ("inspected ... the inspection"), by a
relative clause after its noun ("The talks, which began on 17 May"), and a date that a
relative clause of another noun holds is not the event noun's ("the approval of the board,
which meets on 7 May")."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from claims.events import MIN_STEM, NOMINAL_REACH, noun_stems, verb_stem
from claims.extract import extract
from claims.read import article_from_text


def event_claims(text, published=date(2024, 5, 22)):
    claims = extract(article_from_text(text, published=published))
    times = {c.id: c.text for c in claims.claims if c.kind == "time"}
    return [(e.text, e.attrs["lemma"], times.get(e.attrs["time"]), e.attrs["args"], e.attrs["mention"])
            for e in claims.claims if e.kind == "event"]


def lemma_of(text, word):
    return next((lemma for w, lemma, *_ in event_claims(text) if w == word), None)


@pytest.mark.parametrize("verb, noun", [
    ("inspected", "inspection"),
    ("evacuated", "evacuation"),
    ("postponed", "postponement"),
    ("ratified", "ratification"),
    ("dismissed", "dismissal"),
    ("cancelled", "cancellation"),
    ("approved", "approval"),  # a lexicon verb: the noun takes its lemma
    ("listed", "listing"),  # a gerund names its verb's event
    ("signed", "signing"),
])
def test_a_past_verb_and_its_noun_told_after_it_name_one_event(verb, noun):
    assert set(noun_stems(noun)) & {verb_stem(verb)}
    text = f"Officials {verb} the scheme last week. The {noun} was reported on 2 May."
    assert lemma_of(text, verb) is not None
    assert lemma_of(text, noun) == lemma_of(text, verb)


def test_a_noun_told_before_its_verb_is_no_event():
    # the noun first may be the process as a whole, or another occurrence
    assert lemma_of("The inspection was reported on 2 May. Officials inspected the plant last week.",
                    "inspection") is None


def test_a_noun_without_a_determiner_or_possessive_is_no_event():
    assert lemma_of("Officials inspected the plant last week. Inspection teams left on 2 May.", "Inspection") is None


@pytest.mark.parametrize("filler, linked", [
    (20, True),   # the noun 20 + 13 words after the verb: within NOMINAL_REACH
    (60, False),  # farther than NOMINAL_REACH
])
def test_nominal_reach(filler, linked):
    assert NOMINAL_REACH == 60
    text = ("Officials inspected the plant last week. " + "Staff said little more. " * (filler // 4)
            + "The inspection was reported on 2 May.")
    assert (lemma_of(text, "inspection") is not None) is linked


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_stems_are_never_shorter_than_min_stem(word):
    for stem in noun_stems(word) | {verb_stem(word + "ed")} - {None}:
        assert len(stem) >= MIN_STEM


def test_a_relative_clause_after_a_comma_has_the_noun_before_it_for_subject():
    found = {w: args for w, _, _, args, mention in event_claims(
        "The talks, which began on 17 May, are the first in a year.") if not mention}
    assert "talk" in found["began"]


def test_a_relative_clause_of_another_noun_does_not_date_the_event_noun():
    found = [(w, when) for w, _, when, _, _ in event_claims(
        "The deal needs the approval of the city board, which meets on 7 May.")]
    assert ("approval", "7 May") not in found
    # right after the event noun, the relative clause is the event's own: "which began on 2 May"
    found = event_claims("Officials evacuated the village yesterday. The evacuation, which began on 2 May, went well.")
    assert any(w == "evacuation" and when == "2 May" for w, _, when, _, _ in found)


def pro_forms(text):
    claims = extract(article_from_text(text, published=date(2024, 5, 22)))
    by_id = {e.id: e for e in claims.claims if e.kind == "event"}
    return {e.text: by_id[e.attrs["pro_form"]].text for e in by_id.values() if e.attrs.get("pro_form")}


@pytest.mark.parametrize("text, told", [
    ("The regulator opened an inquiry last week. It took place on 2 May.", {"took place": "inquiry"}),
    ("The gallery shut in March 2019 and reopened two years later. That happened in June 2020.",
     {"happened": "reopened"}),  # the nearest event told
    ("Members voted on 3 May. This was held on 9 May.", {"held": "voted"}),
    ("The museum closed in 2019. It all took place in June.", {"took place": "closed"}),
])
def test_a_pronoun_and_a_verb_of_happening_stand_for_the_event_before(text, told):
    assert pro_forms(text) == told


@pytest.mark.parametrize("text", [
    "The regulator opened an inquiry last week. The fair took place on 2 May.",  # no pronoun
    "The regulator opened an inquiry last week. Then it took place on 2 May.",  # the pronoun does not open it
    "It took place on 2 May.",  # no sentence before
    "Staff met the press. It took place on 2 May.",  # the sentence before dates no event
])
def test_no_pro_form(text):
    assert pro_forms(text) == {}


@pytest.mark.parametrize("text, dated", [
    ("Producers hope to make 35 million from the auction, against 17 million last year.", False),
    ("Producers made 35 million from the auction, compared with 17 million last year.", False),
    ("The auction last year raised 17 million.", True),
])
def test_a_time_after_a_baseline_word_dates_the_baseline_not_the_event(text, dated):
    text = "Pearls were auctioned in Papeete. " + text  # the verb makes "the auction" an event word
    [auction] = [e for e in extract(article_from_text(text, published=date(1997, 4, 4))).of_kind("event")
                 if e.text == "auction"]
    assert (auction.attrs["time"] is not None) is dated


@pytest.mark.parametrize("verb, noun", [("was acquired by", "takeover"), ("took over", "acquisition")])
def test_a_takeover_and_an_acquisition_are_one_kind_of_event(verb, noun):
    from claims.events import event_kind
    text = f"Tarn Holdings {verb} the mill on 3 April 2023. Two years after the {noun}, it shut."
    verb_word = verb.split()[-2] if verb.endswith(" by") else verb
    assert event_kind(lemma_of(text, noun)) == event_kind(lemma_of(text, verb_word)) == "acquisition"


@pytest.mark.parametrize("text, event", [
    ("The population fell to 2,300, down from close to 3,000 in 2015.", False),
    ("Turnout was close to two million in 2019.", False),
    ("The plant will close to visitors on 3 May.", True),
    ("The plant closed in 2019.", True),
])
def test_a_verb_that_opens_a_number_s_modifier_is_no_event(text, event):
    # "close to 3,000" is the number's "nearly" (lexicons/language.json modifiers), not a closing
    assert any(lemma == "close" for _, lemma, *_ in event_claims(text)) is event


@pytest.mark.parametrize("text, verb, first, second", [
    ("The river breached the levee on 2 May. Farms flooded. Engineers said the river breached the levee "
     "again on 9 May.", "breached", "2 May", "9 May"),
    ("The canal was emptied four months later. Since the canal was emptied in June, barges have waited.",
     "emptied", "four months later", "June"),
    ("Protesters blocked the motorway on Monday, and police said protesters blocked the motorway again on "
     "Friday.", "blocked", "Monday", "Friday"),
])
def test_a_past_verb_told_twice_with_a_participant_in_common_is_an_event_word(text, verb, first, second):
    """told_twice_with: the same regular past verb beside the same participant twice tells one
    event twice, whatever the verb: both mentions are event claims dated by their own times."""
    dated = [t for w, _, t, _, mention in event_claims(text) if w == verb and not mention]
    assert dated == [first, second]


@pytest.mark.parametrize("text, verb", [
    # the same verb, nothing in common beside it: two things happened
    ("Farmers harvested wheat on 2 May. Later, in a far valley, monks harvested grapes on 9 May.", "harvested"),
    # told once
    ("The river breached the levee on 2 May.", "breached"),
])
def test_a_past_verb_without_a_participant_in_common_is_no_event_word(text, verb):
    assert not [w for w, *_ in event_claims(text) if w == verb]


@pytest.mark.parametrize("text, noun", [
    ("The first aftershock, on 3 April, cracked walls. The second aftershock, on 19 June, toppled a tower.",
     "aftershock"),
    ("A first blackout in June darkened the city. The second blackout came in August.", "blackout"),
    ("The first landslip lasted a day; the third landslip, on 8 May, shut the mine.", "landslip"),
])
def test_a_noun_numbered_with_two_ordinals_is_an_event_noun(text, noun):
    """numbered_nouns: an article that counts occurrences of a noun counts events."""
    ordinals = [e.attrs["ordinal"] for e in extract(article_from_text(text, published=date(2024, 5, 22))).claims
                if e.kind == "event" and e.text == noun]
    assert len(ordinals) == 2 and len(set(ordinals)) == 2


@pytest.mark.parametrize("text, noun", [
    ("City led in the first half and scored twice in the second half on 2 May.", "half"),  # a part of a game
    ("The first cargo arrived on 2 May.", "cargo"),  # numbered once
])
def test_a_noun_numbered_once_or_a_part_is_no_event_noun(text, noun):
    assert not [w for w, *_ in event_claims(text) if w == noun]


@pytest.mark.parametrize("text, noun, ordinals", [
    ("He won his first national crown in 2011. His second national crown came in 2015.", "crown", [1, 2]),
    ("The first presidential election was held in 1990; the second presidential election in 1995.", "election",
     [1, 2]),
])
def test_an_ordinal_numbers_the_head_after_one_modifier(text, noun, ordinals):
    got = [e.attrs["ordinal"] for e in extract(article_from_text(text, published=date(2024, 5, 22))).claims
           if e.kind == "event" and e.text == noun]
    assert got == ordinals
