"""Speakers the quote extractor finds through a pronoun subject, a passive's agent, an adverb
between the speaker and the verb, a speech participle after a comma, honorifics of several
countries, "Minister of State" titles and surnames written with their particles; and where
each of those stops (claims/quotes.py, claims/people.py, claims/titles.py)."""

import pytest
from quote_speakers import findings, speakers

from claims import people
from claims.model import Article

# --- a pronoun as the subject of a reporting verb ----------------------------------------------

def test_he_before_a_reporting_verb_is_the_one_person_of_the_paragraph():
    text = ("Councillor Ivo Brandt opposed the new car park at the meeting. He described the plan as "
            "\u201ca tax on every stall holder\u201d.")
    assert speakers(text) == ["Brandt"]


def test_he_before_a_reporting_verb_in_a_paragraph_of_two_people_is_no_one():
    text = ("Councillor Ivo Brandt met Mayor Tomas Lind at the meeting. He described the plan as "
            "\u201ca tax on every stall holder\u201d.")
    assert speakers(text) == [None]


def test_a_pronoun_that_is_no_subject_names_no_speaker():
    # "him" is an object: nothing tells whose words the quotation holds
    text = "Ivo Brandt met the mayor. The crowd described him as \u201ca tax on every stall holder\u201d."
    assert speakers(text) == [None]


# --- the agent of a passive -------------------------------------------------------------------

def test_the_agent_after_by_is_the_speaker_of_a_passive():
    text = ("The new bridge was opened on Monday. It had been described by the heritage trust's director, "
            "Ines Moreau, as \u201can insult to the old town\u201d.")
    assert speakers(text) == ["Moreau"]


def test_a_passive_whose_agent_names_two_people_has_no_speaker():
    text = ("The bridge had been described by Ines Moreau and Paul Ekdahl as "
            "\u201can insult to the old town\u201d.")
    assert speakers(text) == [None]


# --- an adverb between the speaker and the verb -----------------------------------------------

@pytest.mark.parametrize("between", ["later", "also", "separately", "repeatedly"])
def test_an_adverb_may_stand_between_a_speaker_and_the_verb(between):
    text = (f"A ministry official, Ms Hanna Quist, {between} told reporters the levy was "
            "\u201cnot a penny more than the cost\u201d.")
    assert speakers(text) == ["Quist"]


def test_a_word_that_is_no_adverb_between_a_name_and_the_verb_leaves_the_speaker_unknown():
    text = ("A ministry official, Ms Hanna Quist, and her staff told reporters the levy was "
            "\u201cnot a penny more than the cost\u201d.")
    assert speakers(text) == [None]


# --- a speech participle after a comma ---------------------------------------------------------

def test_a_speech_participle_goes_on_with_the_subject_of_its_clause():
    text = ("Defence lawyer Ruth Okoro closed her case on Friday, telling jurors, "
            "\u201cThe camera saw what the witnesses did not.\u201d")
    assert speakers(text) == ["Okoro"]


def test_a_participle_after_a_clause_naming_two_people_has_no_speaker():
    text = ("Ruth Okoro thanked Omar Diallo on Friday, telling jurors, "
            "\u201cThe camera saw what the witnesses did not.\u201d")
    assert speakers(text) == [None]


# --- honorifics, particles and titles ----------------------------------------------------------

@pytest.mark.parametrize("honorific", ["Eng.", "Alhaji", "Hajiya", "Hon.", "His Excellency"])
def test_an_honorific_opens_a_name_and_is_not_part_of_it(honorific):
    text = (f"{honorific} Bala Yusuf opened the depot. \u201cThe trucks will run at night,\u201d Yusuf said.")
    assert speakers(text) == ["Yusuf"]


def test_a_surname_written_alone_with_its_particle_is_the_person_named_in_full():
    text = ("Director Khalid Al Marri inspected the tunnel. \u201cThe trains will run by June,\u201d "
            "Al Marri said.")
    assert speakers(text) == ["Marri"]


def test_a_particle_and_a_surname_nobody_has_name_no_one():
    text = ("Director Khalid Al Marri inspected the tunnel. \u201cThe trains will run by June,\u201d "
            "Al Suwaidi said.")
    assert speakers(text) == [None]


@pytest.mark.parametrize("title", [
    "Minister of State",
    "Minister of State for Health",
    # the portfolio's words run to the last one the lexicon knows
    "Senior Minister of State for Trade and the Environment",
])
def test_a_minister_of_state_title_is_read_before_a_name(title):
    art = Article("t", "t", f"{title} Grace Lim visited the clinic on Monday.")
    [p] = [c for c in people.extract(art) if c.kind == "person"]
    assert p.attrs["name"] == "Grace Lim"
    assert p.attrs["title"]["office"] == "minister of state"


def test_minister_of_a_portfolio_is_not_read_as_minister_of_state():
    art = Article("t", "t", "Minister of Health Grace Lim visited the clinic on Monday.")
    [p] = [c for c in people.extract(art) if c.kind == "person"]
    assert p.attrs["name"] == "Grace Lim" and p.attrs["title"]["office"] == "minister"


# --- the rule over them ------------------------------------------------------------------------

def test_words_of_a_junior_minister_requoted_from_an_agency_official_are_flagged():
    text = ("Minister of State for Transport Grace Lim opened the station on Monday.\n\n"
            "\u201cNo commuter should wait more than five minutes for a train,\u201d she said.\n\n"
            "The agency's operations director, Ms Ada Koh, said trains would run every four minutes. "
            "\u201cNo commuter should wait more than five minutes for a train,\u201d Ms Koh said.")
    [f] = findings(text)
    assert "Grace Lim" in f.message and "Koh" in f.message


def test_a_speaker_requoting_herself_under_another_title_is_not_flagged():
    text = ("Minister of State for Transport Grace Lim opened the station on Monday.\n\n"
            "\u201cNo commuter should wait more than five minutes for a train,\u201d she said.\n\n"
            "Later, at a forum, the minister repeated it. \u201cNo commuter should wait more than five "
            "minutes for a train,\u201d Ms Lim said.")
    assert findings(text) == []


def test_a_passive_agent_and_a_named_speaker_of_the_same_words_are_flagged():
    text = ("\u201cAn insult to the old town and to everyone who lives in it,\u201d said councillor Marek Sova.\n\n"
            "The trust welcomed the vote, adding that the scheme had once been described by its director, "
            "Ines Moreau, as \u201can insult to the old town and to everyone who lives in it\u201d.")
    assert len(findings(text)) == 1


def test_the_agent_of_a_passive_may_follow_the_quotation():
    text = ("Director Greg Sutter wrote to the council. The tower was called \u201cout of scale with the "
            "street\u201d by Sutter in his letter.")
    assert speakers(text) == ["Sutter"]


def test_by_after_a_quotation_of_an_active_verb_names_no_agent():
    # the verb is active: its subject speaks, whoever stands after "by"
    text = ("Councillor Dana Whitfield called the tower \u201cout of scale with the street\u201d by a wide "
            "margin, and Director Greg Sutter agreed.")
    assert speakers(text) == ["Whitfield"]


def test_she_before_a_speech_participle_is_read_as_she_said():
    text = ("Director Mette Kjaer spoke at the port conference.\n\nShe called it a matter of safety, saying: "
            "\u201cWe will not put crews at risk for a shorter voyage.\u201d")
    assert speakers(text) == ["Kjaer"]


def test_she_before_a_speech_participle_in_a_paragraph_of_two_women_is_no_one():
    text = ("Director Mette Kjaer met Ms Anna Holm at the port conference. She called it a matter of safety, "
            "saying: \u201cWe will not put crews at risk for a shorter voyage.\u201d")
    assert speakers(text) == [None]
