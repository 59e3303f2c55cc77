"""number.sum-exceeds-total: the links that tie parts to the whole they divide.

Each mechanism has a test on each side of its limit: a link word that hands a whole over to
the list after it, verbs of earning a share of revenue, a noun for the amount reaching back
across paragraphs, the answers of a consultation, goals told competition by competition and
a running tally, money in the currencies of African and Gulf papers, and shares of each
holder's own whole that never add.
"""

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.model import Article
from claims.quantities import extract as extract_quantities
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def flagged(text):
    result = check_article(article_from_text(text))
    return [f for f in result.findings if f.rule == RULE]


def extract(text):
    """The quantity claims of ``text`` alone (no time claims read before them)."""
    return extract_quantities(Article("t", "<test>", text), [])


def alarms(text):
    return [f for f in flagged(text) if f.severity in (Severity.WARNING, Severity.ERROR)]


# A link word between a whole and the list after it hands the whole over: the whole is not
# one more item of that list.
@pytest.mark.parametrize("text", [
    "The $9-million road plan includes $6.2 million for paving and $3.4 million for culverts.",
    "The county will build a $3-million clinic, which includes $2.2 million for the building and $1.1 million for beds.",
])
def test_a_whole_that_includes_its_list_is_its_total(text):
    [f] = flagged(text)
    assert "more than the $" in f.message


def test_a_list_within_the_whole_it_is_included_in_passes():
    assert flagged("The $9-million road plan includes $5.2 million for paving and $3.4 million for culverts.") == []


def test_segments_that_bring_in_revenue_share_it_out():
    text = ("Revenue for the year was $3.1 billion. The cloud unit brought in $1.9 billion, hardware "
            "$0.9 billion and services $0.5 billion.")
    [f] = flagged(text)
    assert f.severity == Severity.INFO
    assert flagged(text.replace("$0.5 billion", "$0.2 billion")) == []


# "The funding has come from ..." names the amount told last, paragraphs before.
FAR = ("A £3.2m restoration of the harbour baths begins in May.\n\nThe pool closed in 2015 after a storm.\n\n"
       "Divers later found cracks in its tank.\n\nThe funding has come from two places: £2.1m from the "
       "heritage fund and £1.4m from the town council.")


def test_a_noun_for_the_amount_reaches_back_across_paragraphs():
    [f] = flagged(FAR)
    assert f.severity == Severity.WARNING
    assert "£3.2m" in f.message


def test_shares_within_the_amount_told_paragraphs_before_pass():
    assert flagged(FAR.replace("£1.4m", "£1.0m")) == []


def test_a_pronoun_does_not_reach_back_across_paragraphs():
    text = FAR.replace("The funding has come from two places:", "It has come from")
    assert alarms(text) == []  # at most the plain list reading, shown as info


def test_the_funding_may_come_in_grants():
    text = ("Work has begun on a $6.4 million sea wall.\n\nCrews will drive piles this winter.\n\nThe funding "
            "comes from $4.1 million in federal grants and $2.6 million from the county.")
    assert len(alarms(text)) == 1
    assert alarms(text.replace("$2.6 million", "$2.2 million")) == []


# The answers of a consultation are answers of one set of respondents.
def test_answers_of_a_consultation_add_up_to_at_most_100():
    text = "A consultation drew 410 responses. Of those, 61% supported the plan and 44% objected."
    [f] = alarms(text)
    assert "105%" in f.message
    assert flagged(text.replace("44%", "36%")) == []


def test_a_count_of_those_asked_inside_a_share_does_not_end_the_list():
    text = "Asked about the bridge, 57 per cent of the 1,200 residents who replied said yes and 46 per cent said no."
    assert len(alarms(text)) == 1
    assert flagged(text.replace("46 per cent", "40 per cent")) == []


def test_a_change_noun_ending_the_clause_before_is_no_change_of_the_next_share():
    text = "A survey of 410 residents found 61% supported the change and 44% opposed it."
    assert len(alarms(text)) == 1
    [q] = [q for q in extract(text) if q.attrs["value"] == 44]
    assert not q.attrs["change"]
    [rise] = [q for q in extract("Sales saw a rise of 5% and 7%.") if q.attrs["value"] == 7]
    assert rise.attrs["change"]


# Goals told competition by competition, against the season's tally.
def test_goals_by_competition_against_the_season_total():
    text = ("Mbeki finished the season with 37 goals in all competitions. He scored 25 in the league, "
            "nine in the national cup and four in Europe.")
    [f] = flagged(text)
    assert "= 38" in f.message
    assert flagged(text.replace("nine in", "seven in")) == []


def test_a_running_tally_is_the_count_so_far():
    text = ("Almeida marked his 30th goal of the season with a late winner. He has struck 18 times in the "
            "league, eight in the cup and five in European games.")
    [f] = flagged(text)
    assert "= 31" in f.message
    assert flagged(text.replace("eight in", "six in")) == []


def test_a_mark_is_no_tally():
    assert [q for q in extract("She scored 85 in the exam.") if q.attrs["value"] == 85] == []
    assert [q.attrs["value"] for q in extract("He scored 24 in the league.")] == [24]
    # "times" after another verb stays a multiplier
    assert extract("Prices rose three times in the league.") == []


def test_a_place_phrase_ends_at_the_next_count():
    [nine, six] = extract("He netted nine in the national cup and two in Europe.")
    assert "place" not in nine.attrs
    assert six.attrs["place"] == "Europe"


# Money in the currencies of African and Gulf papers.
@pytest.mark.parametrize("written, value", [
    ("AED 2.5 billion", 2.5e9), ("KES 2 billion", 2e9), ("KSh 450 million", 4.5e8), ("Sh450 million", 4.5e8),
    ("QR 3 million", 3e6), ("Dh2.5 billion", 2.5e9), ("N2.5 billion", 2.5e9), ("AED 450,000", 450000),
    ("2.5 billion dirhams", 2.5e9), ("₦2.5 billion", 2.5e9), ("₦450,000", 450000),
])
def test_currency_codes_spaced_or_attached_are_money(written, value):
    [q] = extract(f"It cost {written}.")
    assert q.attrs["dimension"] == "money"
    assert q.attrs["value"] == value


def test_a_short_code_spaced_without_a_scale_is_no_money():
    assert all(q.attrs["dimension"] != "money" for q in extract("Take Route SR 2 north."))
    assert [q.attrs["dimension"] for q in extract("It costs SR 2 million.")] == ["money"]


def test_shares_in_shillings_against_their_plan():
    text = "The water board's KSh 800 million plan includes KSh 520 million for pipes and KSh 310 million for tanks."
    assert len(flagged(text)) == 1
    assert flagged(text.replace("KSh 310", "KSh 210")) == []


# Percentages of different wholes never add.
def test_each_regions_own_crop_does_not_add():
    assert flagged("The north is well ahead, with 80 per cent of the maize planted, while the south lags at 40 per cent.") == []


def test_holders_each_with_a_share_of_one_poll_still_add():
    assert len(flagged("The poll found Mensah with 52% and Owusu with 45%, with 7% undecided.")) == 1
    assert flagged("The poll found Mensah with 48% and Owusu with 45%, with 7% undecided.") == []


# What each funder puts in, one sentence each, after the amount they make up.
CONTRIBUTIONS = ("A new health clinic in Oroville will cost $4.8 million. The state is contributing $3 million. "
                 "The county has pledged a further $2.1 million, officials said.")


def test_what_each_funder_puts_in_adds_up_to_the_cost():
    [f] = flagged(CONTRIBUTIONS)
    assert f.severity == Severity.INFO
    assert "$4.8 million" in f.message
    assert flagged(CONTRIBUTIONS.replace("$2.1 million", "$1.6 million")) == []


def test_one_funder_told_twice_is_no_split():
    assert flagged(CONTRIBUTIONS.replace("The county has", "The state has")) == []


def test_an_amount_put_in_is_no_total_of_the_amounts_after_it():
    text = "The state gave $5 million last year. The county pledged $3 million, and the city has provided $2.5 million."
    assert flagged(text) == []


def test_an_amount_put_into_another_thing_is_no_share():
    text = CONTRIBUTIONS.replace("officials said.", "for a separate fund.")
    assert all("put in by each funder" not in r.message for f in flagged(text) for r in f.related)


def test_a_bare_part_told_in_a_competition_is_of_that_competition():
    text = "The goalkeeper kept 20 clean sheets this season: 14 in the league and eight in cup competitions."
    [f] = flagged(text)
    assert f.severity == Severity.INFO
    assert flagged(text.replace("14 in", "12 in")) == []


def test_contributions_are_linked_in_linear_time():
    """Each money amount, a total, read the rest of the amounts as a copied slice: 16,000
    amounts took 0.77 s, 4,000 took 0.04 s; the loop now stops within its sentences."""
    from claims.language import analyse
    from claims.quantities import scan
    from claims.quantities.parts import link_contributions
    from tests.test_hostile_time import assert_linear

    def make(n):
        text = "A clinic will cost $4.8 million. " * n
        return text, scan(text), [s.start for s in analyse(text).sentences]

    assert_linear(lambda made: link_contributions(*made), make, 4000)
