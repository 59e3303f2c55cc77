"""Breakdowns told as a list of figures after their total with no marker word
(claims.quantities.breakdowns), shares of one whole listed in one sentence, and tallies
counted by their nouns. Each named window has a test on each side of its limit."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.quantities import BREAKDOWN, breakdowns, scan
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def findings(text):
    result = check_article(article_from_text(text, published=date(2025, 3, 4)))
    return [f for f in result.findings if f.rule == RULE]


def listed(text):
    """Findings of the list reading only."""
    return [f for f in findings(text) if any(BREAKDOWN in r.message for r in f.related)]


# --- the probe articles: one slip each, written the ways reporters write them ---------------

@pytest.mark.parametrize("text", [
    "Twenty-six people needed treatment after a ferry ramp gave way. The injured included 17 passengers and 11 "
    "members of the crew.",
    "A total of 420 workers walked out on Wednesday. Union officials said 260 nurses and 190 porters had joined the picket.",
    "Councillors approved a £48 million capital budget. Of that, £22 million will go on roads, £15 million on schools "
    "and £14 million on leisure centres.",
    "No group holds a majority of the 60 seats in the chamber. Reform took 27 seats, the Liberals 22, the Greens 8 "
    "and independents 6.",
    "Around 300 homes were flooded over the weekend. Of those, 240 were in Aldby and 145 in Bexford, the council said.",
    "The arts fund has awarded $2.5 million this year. Theatres received $1.2 million, galleries $900,000 and music "
    "venues $650,000.",
    "The opener finished with 212 runs from his two innings. He made 118 in the first innings and 104 in the second.",
    "Police arrested 18 people during the festival. Eleven were held on suspicion of drug offences, five for assault "
    "and four for theft.",
    "The exporter shipped 64,000 tonnes of produce last year. Fruit accounted for 38,000 tonnes and vegetables for "
    "29,000 tonnes.",
    "The academy welcomed 540 pupils on Monday. There are 300 boys and 260 girls on the roll, the head said.",
    "The guard scored 31 points on Sunday. He had 18 points before the break and added 16 after it.",
    "The chain will cut 850 jobs. A total of 550 roles will go from its stores and 400 from its head office.",
    "A £3.6m grant will be split between three parks in the borough: the first gets £1.5m, the second £1.4m and the "
    "third £900,000.",
    "The club played 38 league games this season. They won 19, drew 12 and lost 9.",
    "The outbreak has killed 64 people in the province. The dead include 41 adults over 60 and 27 younger adults.",
    "The ministry employs 3,400 staff. Of its employees, 2,100 work in the capital and 1,500 in regional offices.",
    "The forward ended the campaign on 28 goals. She scored 17 of her goals at home and 14 on the road, the club said.",
])
def test_a_breakdown_over_its_total_is_shown(text):
    found = findings(text)
    assert found, text


@pytest.mark.parametrize("text", [
    # comparisons, series and tables: figures side by side, not shares of one whole
    "Exports of wheat rose to 4.2 million tonnes from 3.1 million tonnes. Maize exports were 2.8 million tonnes, "
    "against 2.5 million a year earlier. Barley shipments reached 900,000 tonnes.",
    "She scored twice on Saturday to take her tally to 11 goals in nine games. She has also scored 34 goals in 52 "
    "appearances for her country.",
    "Of the 400 homes inspected, 310 were rated good and 60 outstanding, with 30 requiring improvement. Some 250 "
    "homes were run by private firms and 190 had council contracts.",
    "The builder reported revenue of £420 million, up from £380 million. Pre-tax profit rose to £52 million, and it "
    "paid £31 million in dividends.",
    "The spinner took 10 wickets in the match, six in the first innings and four in the second.",
    "The hospital has 1,900 staff, including 700 nurses and 240 doctors. It plans to hire a further 150 nurses and "
    "60 porters this year.",
    # a net figure its items may pass
    "The firm reported a 12.6 mln dlr loss, due largely to a 9.0 mln dlr charge and a 4.0 mln dlr writedown.",
    # the nearest amount is in brackets: another currency's reading of another sum
    "The bank will lend 100 mln marks (54.9 mln dlrs). The firm is also negotiating credits of 14.9 mln dlrs from "
    "one bank and 40 mln dlrs from another.",
    # each figure paired with something else
    "Earnings would be 77 cts and 44 cts for the two years, from 58 cts and 33 cts, respectively.",
    # an outcome and what happened next to some of those
    "Fourteen suspects stood trial in May. Nine were convicted and seven were jailed.",
    # kinds that cut across the others
    "The depot employs 300 staff. There are 190 drivers and 130 women on its books.",
])
def test_lists_that_are_no_breakdown_are_left_alone(text):
    assert listed(text) == [], text


def test_a_breakdown_is_shown_as_info_only():
    [f] = findings("Police held 18 people. Eleven were charged with theft, five with assault and four with fraud.")
    assert f.severity.label == "info"


# --- the windows, each on both sides ---------------------------------------------------------

def test_the_total_stands_within_its_sentences_of_the_list():
    quiet = " ".join(["Officers worked late."] * (breakdowns.BREAKDOWN_SENTENCES - 1))
    near = f"Police held 18 people. {quiet} Eleven were charged with theft and nine with assault."
    far = f"Police held 18 people. {quiet} Officers worked late. Eleven were charged with theft and nine with assault."
    assert listed(near) and not listed(far)


def test_the_figures_of_a_list_stand_within_their_words():
    words = ["were", "charged", "with", "petty", "theft", "at", "the", "big", "shop", "today"]
    n = breakdowns.LIST_GAP_WORDS
    near = f"Police held 18 people. Eleven {' '.join(words[: n - 1])} and nine with assault."
    far = f"Police held 18 people. Eleven {' '.join(words[:n])} and nine with assault."
    assert listed(near) and not listed(far)


def test_a_list_far_above_the_nearest_figure_is_of_something_else():
    assert breakdowns.SUM_REACH == 1.3
    assert listed("Police held 20 people. Eleven were charged with theft and 15 with assault.")  # 26 = 1.3 x 20
    assert not listed("Police held 20 people. Eleven were charged with theft and 16 with assault.")  # 27


def test_a_seat_list_needs_a_tally_of_holders():
    assert breakdowns.SEAT_TALLY == 3
    three = "The council has 60 seats. Labour won 30 seats, the Greens 20 and independents 12."
    two = "The council has 60 seats. Labour won 40 seats and the Greens 22."
    assert listed(three) and not listed(two)


def test_a_link_word_ties_a_list_in_the_totals_sentence_within_its_words():
    words = " ".join(["it", "was", "said", "by", "the", "union", "at", "the", "big", "rally", "on", "the", "main",
                      "square", "of", "town", "today"])
    n = breakdowns.SAME_SENTENCE_WORDS
    near = f"The firm has 500 staff, {' '.join(words.split()[: n - 1])} including 300 drivers and 250 fitters."
    far = f"The firm has 500 staff, {' '.join(words.split()[:n])} including 300 drivers and 250 fitters."
    assert findings(near) and not listed(far)


def test_a_net_word_is_read_within_its_words_of_the_amount():
    assert breakdowns.NET_WORDS == 3
    near = "The firm booked a 12 mln dlr loss. Grants of 7 mln dlrs and 6 mln dlrs were received."
    far = "The firm booked a 12 mln dlr sum for the loss. Grants of 7 mln dlrs and 6 mln dlrs were received."
    assert not listed(near) and listed(far)


def test_shares_of_one_whole_name_it_within_their_words():
    whole = ["research", "and", "teaching", "budget", "pot"]
    n = breakdowns.WHOLE_WORDS
    near = f"The university will spend 45% of its {' '.join(whole[:n])} on medicine, 35% on law and 28% on art."
    far = f"The university will spend 45% of its {' '.join(whole[:n + 1])} on medicine, 35% on law and 28% on art."
    assert shared(near) and not shared(far)


def shared(text):
    """Whether the shares of ``text`` were read as one whole shared out by this module."""
    return any(q.split_of == breakdowns.SHARED_WHOLE for q in scan(text))


def test_shares_of_one_whole_within_100_pass():
    assert findings("The university will spend 45% of its budget on medicine, 35% on law and 20% on art.") == []


# --- tallies are counts ----------------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("She scored 31 goals.", "goal"),
    ("He finished with 212 runs.", "run"),
    ("She has scored 17 of her goals away from home.", None),
    ("They played 38 games.", "game"),
])
def test_a_number_before_a_tally_noun_counts_it(text, noun):
    [q] = scan(text)
    assert q.noun == noun


def test_a_mark_scored_alone_is_no_count():
    assert scan("She scored 85 in the test.") == []


def test_a_list_goes_on_into_a_sentence_opening_on_another():
    head = "The plant evacuated 150 staff after the blaze."
    assert listed(f"{head} Managers said 95 of the staff were on the early shift. Another 70 were visiting engineers.")
    assert not listed(f"{head} Managers said 95 of the staff were on the early shift. Another 50 were visiting engineers.")
    # only the sentence right before goes on
    assert not listed(f"{head} Managers said 95 of the staff were on the early shift. Crews came fast. "
                      "Another 70 were visiting engineers.")


def test_the_sentence_before_may_tell_its_figures_within_their_count():
    n = breakdowns.CONTINUED_FIGURES
    assert n == 2
    head = "The plant evacuated 150 staff after the blaze."
    near = f"{head} Managers said 60 were on the early shift and 45 on the late one. Another 50 were visiting engineers."
    far = (f"{head} Managers said 40 were on the early shift, 30 on the late one and 35 on nights. "
           "Another 50 were visiting engineers.")
    assert listed(near) and not listed(far)
