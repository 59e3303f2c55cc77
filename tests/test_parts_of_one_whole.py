"""What makes figures parts of one whole (number.sum-exceeds-total): shares told with their verb
said once (claims.quantities.gapped), candidates' votes against the ballots cast
(claims.quantities.votes), a body sized in wards, a dash that opens a breakdown, a bare count
restated with "the", and kinds of people called by different names. Each named window has a
test on each side of its limit."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.quantities import (
    GAPPED_ASKED,
    GAPPED_POLL,
    GAPPED_WHOLE,
    base as quantity_base,
    gapped,
    lemma,
    scan,
    seats as quantity_seats,
    votes,
)
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def findings(text):
    result = check_article(article_from_text(text, published=date(2025, 3, 4)))
    return [f for f in result.findings if f.rule == RULE]


def severities(text):
    return {f.severity for f in findings(text)}


def split_of(text):
    return {q.split_of for q in scan(text) if q.split_of}


# --- the probe articles: one slip each, in the ways reporters write them ---------------------

@pytest.mark.parametrize("text", [
    "Barley made up 52 per cent of the grain bought, oats 31 per cent and rye 20 per cent.",
    "The county spent 58% of its roads budget with local contractors, 33% with regional firms and 12% with national ones.",
    "A survey of 700 parents found 51% of those asked in favour of the new term dates, 38% against and 14% unsure.",
    "In the final poll, the Social Democrats stood at 29 per cent, the Moderates at 27 per cent, the Centre at 25 per "
    "cent and the Left at 22 per cent.",
    "Of the 6,230 ballots cast, Ibarra took 3,410 and the two-term incumbent, Mayor Felix Grant, took 2,990.",
    "Turnout was high, with 15,300 ballots cast. Rossi won with 8,020 votes. Her nearest rival, the former police "
    "chief Alan Toft, took 6,110, while the Green candidate received 1,400.",
    "In the 96-ward corporation, the ruling front won 51 wards, the opposition 38 and independents 9.",
    "The co-operative's fleet of 24 trawlers \u2014 15 from Peterhead and 12 from Fraserburgh \u2014 will land less cod.",
    "Nineteen people were hurt, among them 12 hikers and 9 guides, when the bridge gave way.",
    "Twenty-four workers were treated on site. Of the 24, 15 were agency staff and 11 were drivers.",
    "Thirty-one people were injured, among them 22 schoolchildren and 11 teachers, when the bus tipped over.",
])
def test_probe_slips_are_found(text):
    assert findings(text)


@pytest.mark.parametrize("text", [
    "Barley made up 52 per cent of the grain bought, oats 31 per cent and rye 14 per cent.",
    "Barley made up 52 per cent of the grain bought this year, compared with 70 per cent in 2019.",
    "Barley made up 52 per cent of the grain in the north, against 70 per cent in the south.",
    "The poll found 58% said rents were too high, and 49% said wages were too low.",
    "Of the 6,230 ballots cast, Ibarra took 3,410 and the two-term incumbent, Mayor Felix Grant, took 2,790.",
    "Turnout was high, with 15,300 ballots cast. In 2018, Rossi won 8,020 votes and Toft took 7,900.",
    "In the 96-ward corporation, the ruling front won 51 wards, the opposition 38 and independents 7.",
    "The council has 96 wards. It took 51 days to count the votes, and 38 staff and 12 volunteers helped.",
    "The co-operative's fleet of 24 trawlers \u2014 more than it had in 2010 \u2014 will land less cod, and 12 will be sold.",
    "Nineteen people were hurt, among them 12 hikers and 9 women, when the bridge gave way.",
    "Twenty-four workers were treated on site. Of the 24, 15 were agency staff and 9 were drivers.",
    "The firm sold a 48% stake to a fund, and a 60% turnout was reported at the vote.",
])
def test_traps_stay_silent(text):
    assert not findings(text)


# --- shares told with their verb said once ------------------------------------------------------

def test_a_named_whole_is_a_warning_and_a_poll_without_one_is_info():
    assert severities("Coal made up 48% of the plant's fuel, gas 39% and wood 16%.") == {Severity.WARNING}
    assert split_of("Coal made up 48% of the plant's fuel, gas 39% and wood 16%.") == {GAPPED_WHOLE}
    poll = "In a poll on Monday, the Greens stood at 36%, Labour at 33% and the Liberals at 35%."
    assert severities(poll) == {Severity.INFO} and split_of(poll) == {GAPPED_POLL}
    asked = "The survey found 48% of decided voters in favour, 41% wanting to keep the old map and 17% unsure."
    assert split_of(asked) == {GAPPED_ASKED} and severities(asked) == {Severity.WARNING}


def test_a_later_share_takes_its_holder_within_its_words():
    n = gapped.LABEL_BEFORE_WORDS
    holder = ["the", "small", "northern", "hill", "farms", "of", "Kent"]
    near = f"Wheat made up 55% of the harvest, maize 31% and {' '.join(holder[:n])} 17%."
    far = f"Wheat made up 55% of the harvest, maize 31% and {' '.join(holder[:n + 1])} 17%."
    assert findings(near) and not findings(far)


def test_a_share_takes_its_own_words_within_its_limit():
    n = gapped.LABEL_AFTER_WORDS
    words = "with small family firms from the towns and villages along the northern coast of the county".split()
    near = f"The board spent 62% of its budget with local firms, 29% {' '.join(words[:n])}, and 17% with national suppliers."
    far = f"The board spent 62% of its budget with local firms, 29% {' '.join(words[:n + 1])}, and 17% with national suppliers."
    assert findings(near) and not findings(far)


def test_the_whole_is_named_within_its_words():
    n = gapped.WHOLE_WORDS
    whole = ["county", "road", "repair", "budget", "pot"]
    near = f"The board spent 62% of its {' '.join(whole[:n])} with local firms, 29% with regional firms and 17% with others."
    assert split_of(near) == {GAPPED_WHOLE}
    assert gapped._whole(f"62% of its {' '.join(whole[:n + 1])}", scan(f"62% of its {' '.join(whole[:n + 1])}")[0]) == whole[:n]


# --- candidates' votes against the ballots cast ---------------------------------------------------

def test_votes_in_the_ballots_own_sentence_are_a_warning_and_later_ones_info():
    assert severities("Of the 900 ballots cast, Lee took 500 and her rival, Ann Moss, took 450.") == {Severity.WARNING}
    assert severities("There were 900 ballots cast. Lee took 500 votes and Moss took 450.") == {Severity.INFO}


def test_candidates_are_read_within_their_sentences():
    n = votes.VOTE_SENTENCES
    filler = " ".join(["Polls closed at ten."] * (n - 1))
    near = f"There were 900 ballots cast. {filler} Lee took 500 votes and Moss took 450."
    far = f"There were 900 ballots cast. {filler} Polls closed at ten. Lee took 500 votes and Moss took 450."
    assert findings(near) and not findings(far)


def test_a_candidate_is_named_within_its_words():
    n = votes.CANDIDATE_WORDS
    words = "her long serving rival on the city council board the former mayor of Hull".split()
    near = f"Of the 900 ballots cast, Lee took 500 and {' '.join(words[: n - 1])} Moss took 450."
    far = f"Of the 900 ballots cast, Lee took 500 and {' '.join(words[:n])} Moss took 450."
    assert findings(near) and not findings(far)


def test_the_far_side_of_a_tally_told_with_to_is_a_candidate():
    assert findings("There were 900 ballots cast. Lee received 500 votes to 450 for Moss.")


# --- a body sized in wards, its holders the verb said once names ------------------------------------

def test_a_gapped_holder_takes_its_words_within_its_limit():
    n = quantity_seats.GAPPED_HOLDER_WORDS
    holder = "small and scattered rural farm parties".split()
    near = f"In the 90-ward council, the Front won 50 wards, the Left 30 and {' '.join(holder[:n])} 12."
    far = f"In the 90-ward council, the Front won 50 wards, the Left 30 and {' '.join(holder[:n + 1])} 12."
    assert findings(near) and not findings(far)


def test_wards_are_no_seats_of_a_body_sized_in_wards():
    assert not findings("In the 90-ward council, the Front won 50 seats, the Left took 30 seats and the Greens 12 seats.")


# --- words ---------------------------------------------------------------------------------------

def test_a_compound_irregular_plural_takes_the_heads_singular():
    assert quantity_base.COMPOUND_STEM_LETTERS == 3
    assert lemma("schoolchildren") == "schoolchild" and lemma("grandchildren") == "grandchild"
    assert lemma("stepchildren") == "stepchild" and lemma("children") == "child"
    assert lemma("abchildren") == "abchildren"  # a stem of two letters is no word: no compound


def test_made_up_is_no_change():
    q = scan("Barley made up 52 per cent of the harvest.")[0]
    assert not q.change
    assert scan("Prices were up 55 per cent.")[0].change


# --- a poll's first answer told a sentence before the others --------------------------------------

def test_answers_across_sentences_open_the_next_within_its_words():
    from claims.quantities import parts
    n = parts.REMAINDER_WORDS
    opener = ["Even", "so", "another"]
    near = f"A poll of 900 drivers found 52% back the toll. {' '.join(opener[-n:]).capitalize()} 41% oppose it and 12% are unsure."
    far = f"A poll of 900 drivers found 52% back the toll. {' '.join(opener[-n - 1:])} 41% oppose it and 12% are unsure."
    assert severities(near) == {Severity.INFO} and not findings(far)


def test_a_share_of_another_group_is_no_first_answer():
    assert not findings("A poll found 52% of Democrats back the toll. Another 41% oppose it and 12% are unsure.")


def test_candidates_named_in_any_script_are_read_as_holders():
    # words are letters of any script: "Ólafsdóttir" and "Økland" hold their votes as "Olafsdottir" would
    assert findings("Of the 8,300 ballots cast, Ólafsdóttir took 4,500 and Økland took 3,950.")
    assert not findings("Of the 8,300 ballots cast, Ólafsdóttir took 4,300 and Økland took 3,950.")
