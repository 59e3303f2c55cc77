"""Shares of one whole held by different holders, and a part's own phrase inside a list of
parts (number.sum-exceeds-total).

A vote, a poll or a budget is one whole: the shares different holders (candidates, sides,
answers, programmes) win of it add up to at most 100%, whether the verb is said once
("Smith won 58% of the vote and Jones 38%") or with each holder ("Jones won 38%"), and
whether the answers are told after the share or before it ("was backed by 68%"). A part of
a breakdown may carry a phrase of its own ("29 were pupils from a school in Graz", "aged over
25") without ending the list. Each named window has a test on each side of its limit; the
traps (shares of other wholes, another time or place, changes, rounding) on the other side.
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.quantities import STAKES_ACROSS, parts, scan
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def findings(text):
    result = check_article(article_from_text(text, published=date(2025, 6, 12)))
    return [f for f in result.findings if f.rule == RULE]


def severities(text):
    return {f.severity for f in findings(text)}


# --- shares of one vote or budget, each held by another holder -----------------------------------


@pytest.mark.parametrize("text", [
    "Okafor won 61% of the vote and Brandt 42%.",
    "Okafor won 61% of the vote and Brandt won 42% of the vote.",
    "Ms Okafor took 61 per cent of all ballots, while Mr Brandt took 42 per cent.",
    "In the run-off, the mayor won 52.5% of the votes cast and her challenger 49.1%.",
    "Housing receives 45% of the budget, transport gets 33% and culture takes 26%.",
    "Okafor won 61% of the vote, according to the electoral board, and her rival, Jan Brandt, 42%.",
])
def test_shares_of_one_whole_held_by_different_holders_are_flagged(text):
    assert findings(text), text


@pytest.mark.parametrize("text", [
    "Okafor won 61% of the vote and Brandt 37%.",
    "Okafor won 61% of the vote in 2019 and Brandt won 52% of the vote in 2023.",
    "Okafor won 61% of the vote in the north and Brandt won 52% in the south.",
    "Okafor won 61% of the vote, up from 47% in 2018.",
    "Acme holds 61% of the US market and Brill holds 52% of the Dutch market.",
    "Turnout was 61% and the measure won 52% of the vote.",
    "Sales rose 61% in the first quarter and profit was up 52%.",
])
def test_shares_of_other_wholes_times_or_places_are_not(text):
    assert not findings(text), text


def test_a_share_tail_may_run_to_the_share_tail_window():
    nine = "Housing takes 45% of the fund set aside for the new towns, while parks get 60%."
    ten = "Housing takes 45% of the fund set aside for the two new towns, while parks get 60%."
    assert parts.SHARE_TAIL_WORDS == 9
    assert findings(nine)
    assert not findings(ten)


def test_a_holder_told_in_the_next_sentence_is_shown_as_info():
    text = ("Quiroga won 44.6% of the vote and Reyes won 39.8% of the vote. A third candidate, Luis Pardo, "
            "took 18.1%.")
    assert severities(text) == {Severity.INFO}
    assert STAKES_ACROSS in {q.split_of for q in scan(text)}
    assert not findings("Quiroga won 44.6% of the vote and Reyes won 39.8% of the vote. A third candidate, Luis "
                        "Pardo, took 12.1%.")
    assert not findings("Quiroga won 44.6% of the vote and Reyes won 39.8% of the vote. In 2015 Luis Pardo took 18.1%.")


def test_shares_over_100_only_as_written_are_shown_as_info():
    """51% may be 50.5%: the rounding of the shares can close the gap, so it is shown, not judged."""
    assert severities("In the vote, Kessler won 51% and Moreau 49.4%, officials said.") == {Severity.INFO}
    assert not findings("In the vote, Kessler won 51% and Moreau 48.4%, officials said.")


# --- the answers of a vote -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In the referendum, 64.5% of the valid ballots were cast for yes and 37.4% for no.",
    "The union said 71 percent voted to accept the offer and 34 percent voted to reject it.",
    "The merger was backed by 68.3% of the shares voted, while 33.9% of the shares were voted against.",
])
def test_answers_of_one_vote_are_flagged(text):
    assert findings(text), text


def test_another_share_of_the_same_respondents_needs_no_known_answer():
    text = ("A poll asked 900 commuters about the new timetable. 57% of respondents said they liked the later trains.\n\n"
            "Another 48% said they would keep the old one.")
    assert severities(text) == {Severity.INFO}
    assert not findings(text.replace("Another 48%", "Another 38%"))


# --- a part's own phrase does not end the list -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Of the 38 on the coach, 27 were pupils from a grammar school in Villach, eight were teachers and five were parents.",
    "The clinic employs 150 staff. Of them, 90 are nurses working on the night wards, 40 are doctors and 25 are "
    "porters.",
    "Of the 60 passengers, 41 were tourists from Japan travelling with a tour firm, 15 were local residents and six "
    "were crew.",
    "Of the 25 in the party, 14 were guides working for a local firm, eight were clients and five were porters.",
])
def test_a_part_may_carry_a_phrase_of_its_own(text):
    assert findings(text), text


def test_a_part_phrase_may_run_to_the_part_phrase_window():
    eight = "Of the 38 on the coach, 27 were pupils from the old grammar school in the town, eight were teachers and five were parents."
    nine = "Of the 38 on the coach, 27 were pupils from the old grammar school in the little town, eight were teachers and five were parents."
    assert parts.PART_PHRASE_WORDS == 8
    assert findings(eight)
    assert not findings(nine)


def test_a_part_phrase_ends_at_a_comparison_or_a_clause_of_its_own():
    assert not findings("Of the 38 on the coach, 27 were pupils, police said, and 15 were teachers.")
    assert not findings("Of the 38 on the coach, 27 were pupils than last year, eight were teachers and five were "
                        "parents.")
    assert not findings("Of the 30 hurt, 20 were fans from the away end, eight were stewards and two were police officers.")


def test_a_predicate_noun_may_follow_modifiers_joined_by_and():
    assert findings("The plant has 400 workers. Of them, 250 are machine operators, 100 are engineers and 60 are "
                    "cleaning and catering staff.")
    assert not findings("The plant has 400 workers. Of them, 250 are machine operators, 100 are engineers and 40 are "
                        "cleaning and catering staff.")


# --- an amount split later is no rate ---------------------------------------------------------------


def test_a_rate_is_no_amount_a_later_sentence_splits():
    """"$31 an hour" is told per hour: the package named two sentences before is what its shares split."""
    text = ("The county approved a $300 million package for the new mill. Pay at the mill would average $31 an hour, "
            "officials said. The package includes $200 million in grants for roads and $100 million for training.")
    assert not findings(text)
    assert findings(text.replace("$100 million for training", "$140 million for training"))


def test_a_share_of_a_vote_and_the_next_sentences_holder_are_shown_as_info():
    text = "Labor received 55 percent of the primary vote. The Coalition received 48 percent."
    assert severities(text) == {Severity.INFO}
    assert not findings("Labor received 55 percent of the primary vote. The Coalition received 41 percent.")
    assert not findings("Labor received 55 percent of the company. The Coalition received 48 percent.")
    assert not findings("Labor received 55 percent of the primary vote. In 2019 the Coalition received 48 percent.")


def test_members_who_backed_and_opposed_a_deal_are_outcomes_of_one_vote():
    assert findings("The union met on Monday. Of the 1,200 members who voted, 640 backed the deal and 590 opposed it.")
    assert not findings("The union met on Monday. Of the 1,200 members who voted, 640 backed the deal and 550 opposed it.")


def test_shares_whose_tails_name_two_wholes_are_no_set():
    assert not findings("Women took 55% of places on the course, and men took 50% of places at the college.")
    assert findings("Women took 55% of places on the course, and men took 50% of places on the course.")
    assert findings("Women took 55% of places on the course, and men took 50%.")


def test_a_gapped_share_may_follow_a_whole_of_up_to_the_gapped_whole_words():
    """"Brandt 42%" after a share and its whole is a share, not an id like "Route 66"."""
    from claims.quantities import scanning

    five = "Okafor won 61% of the ballots cast yesterday and Brandt 42%."
    six = "Okafor won 61% of all the ballots cast yesterday and Brandt 42%."
    assert scanning.GAPPED_WHOLE_WORDS == 5
    assert [five[q.start : q.end] for q in scan(five)] == ["61%", "42%"]
    at = six.index("42")
    assert scanning._gapped_item(five, five.index("42"), five.index("42") + 2)
    assert not scanning._gapped_item(six, at, at + 2)
    # past the window the share is still read: no id is a share ("gave Ruiz 52.4 percent")
    assert [six[q.start : q.end] for q in scan(six)] == ["61%", "42%"]
    assert [q.value for q in scan("Sales rose 61% and Route 66 reopened.")] == [61]


def test_a_lone_share_is_of_a_vote_within_the_whole_of_words():
    five = "Labor received 55 percent of the town council vote. The Coalition received 48 percent."
    six = "Labor received 55 percent of the new town council vote. The Coalition received 48 percent."
    assert parts.WHOLE_OF_WORDS == 5
    assert STAKES_ACROSS in {q.split_of for q in scan(five)}
    assert not findings(six)


def test_shares_won_with_the_verb_said_once_are_a_votes_shares_even_unnamed():
    """"won 36.5%, Labour 33.2% and ...": a verb of winning votes before the first share, no
    word of a vote needed; shown as info."""
    assert severities("According to the count, the Liberals won 36.5%, Labour 33.2% and the Greens 33.1%.") == {
        Severity.INFO}
    assert not findings("According to the count, the Liberals won 36.5%, Labour 33.2% and the Greens 29.1%.")
    assert not findings("The Liberals won 36.5% in March, 44.2% in April and 51.1% in May.")


def test_polls_speak_of_respondents():
    assert severities("Exit polls gave the ruling party 47% and the opposition 56%.") == {Severity.INFO}


def test_a_two_word_verb_may_give_each_holder_its_share():
    assert findings("Catholics make up 62% of the population and Protestants make up 41%.")
    assert not findings("Catholics make up 62% of the population and Protestants make up 31%.")
    assert not findings("Gas accounts for 55% of the power supply and coal accounts for 52% of the heat supply.")


# --- candidates' votes, an apposed candidate and the papers rejected --------------------------------


def test_rejected_papers_told_with_a_further_add_to_the_candidates_votes():
    text = ("In all 6,020 ballot papers were counted. Moreno polled 3,100 votes, Baird 2,450 and the Labour "
            "candidate, Ann Tully, 420. Officials rejected a further 80 papers as spoiled.")
    assert severities(text) == {Severity.INFO}
    assert not findings(text.replace("a further 80 papers", "a further 40 papers"))


def test_a_candidate_whose_verb_is_left_out_may_take_the_gapped_candidate_words():
    from claims.quantities import votes

    five = ("In all 6,020 ballot papers were counted. Moreno polled 3,100 votes, Baird 2,450 and the Labour "
            "candidate, Ann Tully, 520.")
    six = ("In all 6,020 ballot papers were counted. Moreno polled 3,100 votes, Baird 2,450 and the new Labour "
           "candidate, Ann Tully, 520.")
    assert votes.GAPPED_CANDIDATE_WORDS == 5
    assert findings(five)
    assert not findings(six)
