"""date.sequence-conflict: sequence words whose dates run the other way."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from checker.rules.date_sequence_conflict import WEAK_READING
from claims.read import article_from_text


def flagged(text, published=date(2024, 1, 10)):
    """The rule's findings from its own shapes; the weak-link tier (tests/test_sequence_weak_links.py)
    reads past their limits and is left out."""
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict" and WEAK_READING not in f.evidence]


@pytest.mark.parametrize("text", [
    "The army seized power in a 2021 coup, followed by another coup in 2019.",
    "Parliament was dissolved in May 2022, after the elections of June 2022.",
    "The treaty was signed in 2005, before the war of 1999.",
    # shapes of real economic and political news, in words of our own
    "Exports fell 4.9 pct in May after a 2.8 pct fall in June.",
    "Output rose 2.53 pct in 2021 after falling 0.51 pct in 2022.",
    "The company returned to profit in 2019, following a 2.1 mln dlr loss in 2021.",
    "Ministers met on 4 March 2023, ahead of the summit of 1 March 2023.",
    "Sales grew in 2018 after last year's slump.",
    "The party won in 2015, two years after the 2016 referendum.",
    # a "from" far back in the clause names a source, not a baseline of the first date
    "Figures from the Banking Information Service showed personal sector lending by clearing banks rose "
    "by 1.66 billion stg in March 2023 after a 978 mln stg April 2023 rise.",
])
def test_flagged(text):
    [f] = flagged(text)
    assert f.severity.label == "warning" and len(f.related) == 2


@pytest.mark.parametrize("text", [
    "The army seized power in a 2020 coup, followed by another coup nine months later.",
    "The army seized power in a 2019 coup, followed by another coup in 2021.",
    "Parliament was dissolved in July 2022, after the elections of June 2022.",
    "He has served as CEO since 1978 and chairman since 1980.",
    "Profits in 1987 were higher than before the 1985 crash.",
    "The Seaway, set to reopen March 31 after the winter, faces a tough year.",
    "Sales in 2022 rose, and in 2021 they had fallen.",
    "Prices were higher than in 2019 after the 2021 reform.",
    "Growth was slow in 2019 and after the 2021 reform it recovered.",
    "Prices rose 1.5 pct in April to 102.3, base 2010, following a rise in March.",
    "Cash fell to 299 mln dlrs from 430 mln dlrs in 2019, after a decrease during 2020.",
    "Cash fell to 299 mln dlrs at year end from 430 mln dlrs at year end 2019, after a decrease during 2020.",
    "The index fell 0.2 pct compared with February 2022 after a rise in January 2023.",
    "The club dismissed Smith, who was appointed in June 2023, after the defeat of 2 December 2023.",
    "The model was discontinued in October 2006, after a run of 2007 models.",
    "The fourth deficit since 1949, after a surplus in 1985.",
    "Workers walked out on Monday following a pay dispute, the union said on Wednesday.",
    "Investors will look for a framework for the climate after 2012.",
])
def test_not_flagged(text):
    assert flagged(text) == []


@given(st.integers(1950, 2040), st.integers(1950, 2040))
def test_followed_by_flags_exactly_a_later_first_year(y1, y2):
    text = f"The army seized power in a {y1} coup, followed by another coup in {y2}."
    assert bool(flagged(text)) == (y1 > y2)


def test_two_weekday_names_placed_in_different_weeks_only_by_tense_are_not_ordered():
    # Published on a Tuesday: the tense read "closes" as past (last Friday) and "opening" as
    # this Monday, one week apart; the writer meant this week's Monday and Friday.
    text = "Demand was similar to the offer of 1.07 mln shares, which closes on Friday after opening on Monday."
    assert flagged(text, date(1987, 4, 7)) == []


@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(["after", "following"]))
def test_months_of_one_year_flag_exactly_a_reversed_order(m1, m2, word):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    text = f"Exports rose 2.5 pct in {months[m1 - 1]} 2023 {word} a 1.5 pct fall in {months[m2 - 1]} 2023."
    assert bool(flagged(text)) == (m1 < m2)


# -- orders told with a verb, after a comma, fronted, or across a sentence -----------------------

@pytest.mark.parametrize("text", [
    # "followed" as a verb: the first date's event came second
    "The final vote, held on 4 June 2021, followed two weeks of hearings that ended on 9 June 2021.",
    # a relative clause dating the subject, and the main verb ordering it
    "The strikes, which began on 2 May 2021, were preceded by the closure of the plant on 9 May 2021.",
    # ", then" orders what follows it
    "The firm opened its first office in Lyon in 2015, then moved to Lille in 2012.",
    # fronted
    "Before her move to the ministry in March 2016, she ran the agency, having been appointed in June 2017.",
    # across a sentence
    "The first strike, called on 20 May 2021, shut two plants. It was followed by a broader strike on 12 May 2021.",
])
def test_orders_told_other_ways(text):
    assert len(flagged(text)) == 1


@pytest.mark.parametrize("text", [
    "The final vote, held on 14 June 2021, followed two weeks of hearings that ended on 9 June 2021.",
    "The strikes, which began on 12 May 2021, were preceded by the closure of the plant on 9 May 2021.",
    "The firm opened its first office in Lyon in 2011, then moved to Lille in 2012.",
    "Before her move to the ministry in March 2018, she ran the agency, having been appointed in June 2017.",
    "The first strike, called on 2 May 2021, shut two plants. It was followed by a broader strike on 12 May 2021.",
    # "to" right before the second date is a range, not a sequence
    "Sales rose in 2015, then fell from 2012 to 2014.",
    # the fronted phrase's date is not the one before its comma
    "After the January rise the bank revised its target for 1987 to 2.5 pct, after 2.1 pct in 1986.",
    # a sentence that does not open with the pronoun and the sequence verb
    "The first strike, called on 20 May 2021, shut two plants. Unions said it was followed by a broader strike on 12 May 2021.",
])
def test_orders_that_hold_or_are_not_told(text):
    assert flagged(text) == []


def test_second_reach_is_counted_in_words():
    # SECOND_REACH is 3: written out, so that moving the limit fails this test
    def text(between):
        return ("The mine roof caved in on 9 May 2022. The investigation, launched after "
                + " ".join(["the"] + ["long"] * (between - 1)) + " collapse, took a year. "
                "Officials began the investigation on 7 May 2022.")

    assert flagged(text(3))      # "after the long long collapse": three words between
    assert not flagged(text(4))  # four: the event is too far from "after" to be its second side


def test_first_reach_is_counted_in_words():
    # FIRST_REACH is 2, written out: "investigation, quickly launched after" has two words between
    def text(extra):
        return ("The mine roof caved in on 9 May 2022. The investigation, " + "quickly " * extra
                + "launched after the collapse, took a year. Officials began the investigation on 7 May 2022.")

    assert flagged(text(1))
    assert not flagged(text(2))


def test_an_event_dated_elsewhere_by_mentions_that_disagree_is_not_judged():
    assert not flagged("The mine roof caved in on 9 May 2022. The investigation, launched after the collapse, took "
                       "a year. Officials began the investigation on 7 May 2022. The investigation closed on "
                       "1 June 2023.")


def test_event_tail_is_counted_in_words():
    # EVENT_TAIL is 16, written out
    def text(words):  # "after a deal ... took effect on": words counted from "a" to "on"
        filler = "new " * (words - 10)
        return f"Ferries sailed again on 3 March 2021, after a {filler}deal between the port and unions took effect on 5 March 2021."

    assert flagged(text(16))
    assert not flagged(text(17))


@pytest.mark.parametrize("text, published", [
    # a state's end is not when the closure happened (published after it: only the signal decides)
    ("Schools stayed closed until 12 March 1987. The port reopened on 10 March 1987 after a long closure.",
     date(1987, 3, 20)),
    # a plan after publication: another meeting, or one that may move
    ("Ministers said on 9 March 1987 after a meeting with bankers that rates would hold. They will meet again "
     "on 12 March 1987.", date(1987, 3, 10)),
])
def test_an_event_is_not_dated_elsewhere_by_a_range_edge_or_a_plan(text, published):
    assert not flagged(text, published=published)


def test_an_event_dated_elsewhere_by_a_past_occurrence_is_judged():
    assert flagged("Schools closed on 12 March 1987. The port reopened on 10 March 1987 after the closure.",
                   published=date(1987, 3, 20))


def test_a_recurring_kind_is_dated_elsewhere_only_with_an_ordinal():
    told = "The first meeting was held on 2 May 2022. Shares fell on 1 May 2022, after {} meeting."
    assert not flagged(told.format("the"))
    assert flagged(told.format("the first"))


def test_a_noun_before_its_date_does_not_lengthen_the_reach():
    # "the uprising in 1973": the anniversary, not the uprising, is what "before" orders
    text = "Fires broke out on 3 May 2006, days before the anniversary of the great city student uprising in 1973."
    assert not flagged(text)


def test_a_kind_told_of_too_often_is_no_single_event():
    # MAX_SAME_KIND is 25, written out
    def text(n):
        filler = " ".join("Parts of the roof caved in on 9 May 2022." for _ in range(n))  # one date, told n times
        return (f"The mine roof caved in on 9 May 2022. {filler} The investigation, launched after the collapse, "
                "took a year. Officials began the investigation on 7 May 2022.")

    assert flagged(text(23))  # the kind told 25 times in all
    assert not flagged(text(24))  # 26 times


# -- a day set off after the second event: the first side's date, or the second's ------------------

def _sequence(text, published):
    """The rule's findings from its own shapes; the weak-link tier (tests/test_sequence_weak_links.py)
    reads past their limits and is left out."""
    from checker.engine import check_article
    from claims.read import article_from_text

    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.sequence-conflict" and WEAK_READING not in f.evidence]


SUMMIT = "Leaders signed the accord at a summit on 14 March 2023. "


def test_a_set_off_day_that_fits_neither_side_is_a_warning():
    [f] = _sequence(SUMMIT + "Officials drafted it at talks held in the run-up to the summit, on 20 March 2023, in Oslo.",
                    date(2023, 6, 1))
    assert f.severity.label == "warning" and "14 March 2023" in f.message and "20 March 2023" in f.message


@pytest.mark.parametrize("later, why", [
    ("at talks held in the run-up to the summit, on 10 March 2023, in Oslo.", "the talks came first"),
    ("at talks held in the run-up to the summit, on 14 March 2023, in Oslo.", "the summit's own day, named again"),
    ("at talks held in the run-up to the summit in Oslo, on 20 March 2023.", "more than a comma and 'on' between"),
    ("at talks held in the run-up to the summit itself, on 20 March 2023.", "a word before the comma: not set off"),
    ("at talks held ahead of the meeting, on 20 March 2023, in Oslo.", "another word: not the summit already dated"),
])
def test_a_set_off_day_left_alone(later, why):
    assert _sequence(SUMMIT + "Officials drafted it " + later, date(2023, 6, 1)) == [], why


@pytest.mark.parametrize("repeats, warned", [
    (2, True),   # the summit dated by three other mentions, all on one day (SET_OFF_MENTIONS: three)
    (3, False),  # four: too often told to be one meeting dated once
])
def test_set_off_mentions_is_the_most_other_mentions_that_date_the_second_event(repeats, warned):
    text = (SUMMIT + "Protesters marched outside the summit on 14 March 2023. " * repeats
            + "Officials drafted it at talks held in the run-up to the summit, on 20 March 2023, in Oslo.")
    assert bool(_sequence(text, date(2023, 6, 1))) is warned


def test_when_another_year_of_a_yearless_day_saves_the_order_it_is_info_with_both_readings():
    text = ("Leaders will sign the accord at a summit on 14 March. Officials drafted it at talks held ahead of "
            "the summit, on 20 March, in Oslo.")
    [f] = _sequence(text, date(2023, 3, 25))
    assert f.severity.label == "info" and "14 March 2024" in f.message


# -- a clause joined by "and" whose verb carries "subsequently", "later", "then" ------------------

@pytest.mark.parametrize("subject, found", [
    ("the mayor", True),
    ("the deputy mayor of Leeds", True),  # JOINED_SUBJECT_WORDS: five
    ("the deputy mayor of north Leeds", False),  # six words: another clause shape
])
def test_joined_subject_words(subject, found):
    text = f"The council approved the budget on 14 March 2023, and {subject} later signed it on 2 March 2023."
    assert bool(flagged(text)) is found


@pytest.mark.parametrize("text", [
    # the adverb's clause agrees with the order
    "The council approved the budget on 14 March 2023, and the mayor later signed it on 20 March 2023.",
    # no adverb of sequence: two parallel facts
    "The council approved the budget on 14 March 2023, and the mayor signed it on 2 March 2023.",
    # the joined verb is not a past form
    "The council approved the budget on 14 March 2023, and the mayor then signs it on 2 March 2023.",
])
def test_a_joined_clause_left_alone(text):
    assert flagged(text) == []


# -- a fronted "Before <event>," whose event another sentence dates ------------------------------

def test_a_fronted_phrase_without_a_date_takes_its_events_date_from_another_sentence():
    text = ("The rivals clashed in the second ballot on 9 November 2025. Before the second ballot, on 12 November "
            "2025, the rivals met in a debate.")
    [f] = flagged(text, published=date(2025, 11, 20))
    assert "ballot" in f.message and "9 November 2025" in f.message


@pytest.mark.parametrize("filler, found", [
    ("the rivals met in a debate that the whole country watched on", True),  # 11 words after the comma
    ("the rivals met in a long debate that the whole country watched live on state television and radio "
     "stations and online on", False),  # more than FRONTED_REACH (20) words: another clause's date
])
def test_the_main_date_of_a_fronted_phrase_stands_within_fronted_reach(filler, found):
    text = f"The rivals clashed in the second ballot on 9 November 2025. Before the second ballot, {filler} 12 November 2025."
    assert bool(flagged(text, published=date(2025, 11, 20))) is found


def test_a_bare_recurring_mention_is_not_dated_elsewhere():
    text = ("The rivals clashed in the second ballot on 9 November 2025. Before the ballot, on 12 November "
            "2025, the rivals met in a debate.")
    assert flagged(text, published=date(2025, 11, 20)) == []


# An adverb of sequence opening the next clause or sentence orders it after the date before.
@pytest.mark.parametrize("text", [
    "The board backed the plan on 12 May 2023; then, on 3 May 2023, members ratified it.",
    "The board backed the plan on 12 May 2023; and then on 3 May 2023 members ratified it.",
    "The museum closed in 2019. Then in 2017 the building was sold.",
    "Rebels took the port in June 2022. Subsequently, in April 2022, they seized the airport.",
    "The firm listed its shares in 2015. Thereafter, in 2011, it bought a rival.",
])
def test_a_clause_opening_with_then_after_an_earlier_date_is_flagged(text):
    [f] = flagged(text)
    assert f.severity.label == "warning"


@pytest.mark.parametrize("text", [
    "The board backed the plan on 12 May 2023; then, on 30 May 2023, members ratified it.",
    "Prices climbed from 2014 to 2019. Then in 2017 they fell.",  # a range's edge is no event's date
    "The museum closed in 2019, officials said. Then in 2017 the building was sold.",  # the clause goes on
    "The museum closed in 2019. Then the council, which met in 2017, sold it.",  # a relative clause's date
    "The museum closed in 2019. It rained. Then in 2017 the building was sold.",  # not the next sentence
])
def test_a_clause_opening_with_then_left_alone(text):
    assert flagged(text) == []


# A name of several capitalized words is one participant; an "and" inside it joins no clauses.
@pytest.mark.parametrize("text, found", [
    ("The drug was cleared in Canada in May 2023, following approval by the Medicines and Healthcare "
     "products Regulatory Agency in November 2023.", 1),  # "Medicines and Healthcare" is one name
    ("The drug was cleared in Canada in May 2023, following approval by the European Medicines Agency "
     "in November 2023.", 1),
    ("The bank cut rates in May 2023, after the Bank of England raised them in November 2023.", 1),
    ("The bank cut rates in May 2023, after the Food and Drug Administration acted in November 2023.", 1),
    ("The bank cut rates in May 2023, after rivals and the board met in November 2023.", 0),  # two clauses' worth
])
def test_names_in_the_second_event(text, found):
    assert len(flagged(text)) == found


# A fronted verb without a date of its own, dated elsewhere with the same participant.
@pytest.mark.parametrize("text, found", [
    ("He joined Rovers in 2019. Before joining Rovers, he spent three years at City, which he left in 2021.", 1),
    ("He joined Rovers in 2019. Before joining Rovers, he spent three years at City, which he left in 2018.", 0),
    ("He joined Rovers in 2019. Before joining Rovers, he spent three years at City, which won a cup in 2021.", 0),
    ("He joined City in 2015. Before joining Rovers, he left Town in 2021.", 0),  # another participant
    ("The firm acquired Norco in 2018. After acquiring Norco, it closed two plants in 2016.", 1),
    ("The firm acquired Norco in 2018. After acquiring Norco, it closed two plants in 2019.", 0),
    # a later sequence word belongs to the main clause of a fronted one
    ("She signed for Lyra in 2019. Before signing for Lyra, she played for Vale, which she left in 2021 after a "
     "row.", 1),
])
def test_a_fronted_verb_dated_in_another_sentence(text, found):
    assert len(flagged(text)) == found


@pytest.mark.parametrize("text, found", [
    ("He joined Rovers in 2019. Before that, he played for City, which he left in 2021.", 1),
    ("He joined Rovers in 2019. Before that, he played for City, which he left in 2017.", 0),
    ("He joined Rovers in 2019. Before that, he played for City, which won the league in 2021.", 0),
    ("He joined Rovers in 2019. Previously, in 2021, he coached City.", 1),
    ("He joined Rovers in 2019. Prior to that, he ran a shop in 2017.", 0),
])
def test_a_sentence_opening_before_that(text, found):
    assert len(flagged(text)) == found


@pytest.mark.parametrize("text, found", [
    ("The bridge reopened in June 2022 after repairs that were completed in August 2022.", 1),
    ("The bridge reopened in June 2022 after repairs which had been completed in August 2022.", 1),
    ("The bridge reopened in June 2022 after repairs that were completed in May 2022.", 0),
])
def test_a_relative_clause_with_an_auxiliary_dates_the_second_event(text, found):
    assert len(flagged(text)) == found


# -- a recurring kind named as one already told (claims/mentions.py link) ------------------------------

@pytest.mark.parametrize("mention, severity", [
    ("the vote", "info"),          # names the vote already told: a reading, shown
    ("the members' vote", "info"),  # a plural possessive names it too
    ("a vote", None),              # introduces another: which vote is not told
    ("the earlier vote", None),    # set apart: another
])
def test_a_recurring_kind_named_as_one_already_told_is_an_info_finding(mention, severity):
    text = f"Members voted on 3 April. Staff cheered. The board named a chief on 28 March, following {mention}."
    found = flagged(text, published=date(2025, 4, 25))
    assert [f.severity.name.lower() for f in found] == ([severity] if severity else [])


# -- "They then delivered ... on 2 October" after the sentence that dated what came first ----------------

@pytest.mark.parametrize("text, severity", [
    ("Residents met the mayor on 14 October. They then delivered a petition on 2 October.", "warning"),
    ("Residents met the mayor on 14 October. They then delivered a petition on 16 October.", None),   # in order
    ("Residents met on 14 October, where parents spoke. They then delivered a petition on 2 October.", "info"),
    # two dates: which one "then" orders from is a reading, but 2 October is before both
    ("Residents met on 14 October and 20 October. They then delivered a petition on 2 October.", "info"),
    ("Residents met on 14 October and 20 October. They then delivered a petition on 16 October.", None),
    ("Residents met the mayor on 14 October. They delivered a petition on 2 October.", None),  # no sequence word
    ("Residents met the mayor on 14 October. They then wrote to 2 October.", None),  # a range's edge
    ("Residents met the mayor on 7 November. They later withdrew Monday's petition.", None),  # the noun's date
])
def test_a_subject_and_an_adverb_of_sequence_order_the_sentence_after_the_one_before(text, severity):
    found = flagged(text, published=date(2019, 11, 8))
    assert [f.severity.name.lower() for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize("between, severity", [
    (" They found droppings.", "info"),                 # one undated sentence: THEN_LOOKBACK_SENTENCES back
    (" They found droppings. The owners wept.", None),  # two: too far to be the date it orders from
])
def test_then_lookback_sentences_bounds_how_far_back_the_first_date_may_stand(between, severity):
    text = f"Inspectors visited the shop on 9 January.{between} Inspectors subsequently returned on 3 January."
    found = flagged(text, published=date(2023, 2, 2))
    assert [f.severity.name.lower() for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize("text", [
    "Dockers have called a stoppage on 20 March, followed by a march through the city on 14 March.",
    "Pilots have set a stoppage on 12 June, followed by a march to the ministry on 12 March.",
    "Growers met the minister on 2 March. They then staged a blockade of the depot on 27 February.",
])
def test_yearless_days_are_read_in_the_years_nearest_each_other(text):
    """Two days without a year whose year the tense leaves open are read together: in any one
    year 20 March does not come before 14 March."""
    assert flagged(text, date(2026, 3, 6))


@pytest.mark.parametrize("text", [
    # read nearest, 28 December comes before 3 January of the next year
    "Growers have announced a blockade on 28 December, followed by a rally in the capital on 3 January.",
    # 13 June and 12 March are 93 days apart, more than NEAREST_READING_DAYS (12 June: 92, flagged): a guess
    "Pilots have set a stoppage on 13 June, followed by a march to the ministry on 12 March.",
    "Dockers have called a stoppage on 14 March, followed by a march through the city on 20 March.",
])
def test_yearless_days_read_nearest_in_order_or_too_far_apart(text):
    assert flagged(text, date(2026, 3, 6)) == []


@pytest.mark.parametrize("text", [
    "Police held the driver on 9 June 2023, and he was then brought before magistrates on 4 June 2023.",
    "The suspect was detained on 30 March 2022 and was later hauled before a judge in Leeds on 27 March 2022.",
    "Officials were summoned on 12 May 2021, then appeared before the Senate ethics panel on 3 May 2021.",
])
def test_a_before_of_place_orders_nothing_and_the_adverb_orders_the_clauses(text):
    """"brought before magistrates" names where: the clause's "then"/"later" orders the dates."""
    [f] = flagged(text)
    assert f.severity.label == "warning"


@pytest.mark.parametrize("text", [
    "The mayor appeared before the council on 3 May 2021, before the vote on 9 May 2021.",
    "Police held the driver on 9 June 2023, and he was then brought before magistrates on 12 June 2023.",
    # "came before" with no body after it: the sequence word orders the two dates
    "The ruling came on 14 March 2022, before the deadline of 20 March 2022.",
])
def test_a_before_of_place_in_order_is_silent(text):
    assert flagged(text) == []


def test_a_before_of_time_after_a_verb_of_appearing_still_orders():
    assert flagged("The ruling came on 24 March 2022, before the deadline of 20 March 2022.")


@pytest.mark.parametrize("text", [
    "The board signed off the plan on 4 June, after a consultation that ran until 19 June.",
    "Ministers approved the route on 2 May 2022 following a public inquiry which lasted until 30 May 2022.",
    "The council adopted the budget on 3 February, after a review of spending that ran through 11 February.",
])
def test_after_an_event_that_ran_until_a_date_needs_the_first_after_that_end(text):
    """A relative clause giving a range's end dates the end of what came first."""
    assert flagged(text, date(2025, 7, 1))


@pytest.mark.parametrize("text", [
    "The board signed off the plan on 24 June, after a consultation that ran until 19 June.",
    # "before" an event says nothing of its end
    "The board signed off the plan on 4 June, before a consultation that ran until 19 June.",
    "Ministers approved the route on 2 May 2022 following a public inquiry which opened from 30 May 2022.",
])
def test_a_range_end_in_order_or_before_an_event_is_silent(text):
    assert flagged(text, date(2025, 7, 1)) == []


@pytest.mark.parametrize("text", [
    "She won bronze at the 2016 Olympic Games in Rio, then took gold at the 2014 Commonwealth Games.",
    "He finished third at the 2021 Open Championship at St Andrews, then won the 2019 Masters.",
    "The team reached the 2012 final in Kyiv, then lifted the 2008 trophy.",
])
def test_a_date_premodifying_a_name_and_its_place_before_then(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "She won bronze at the 2014 Olympic Games in Rio, then took gold at the 2016 Commonwealth Games.",
    "He finished third at the 2019 Open Championship at St Andrews, then won the 2021 Masters.",
])
def test_a_date_premodifying_a_name_in_order_is_silent(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    "The tour will close with a show in Cork on 9 May, preceded by two dates in Galway on 12 and 13 May.",
    "The series ends with the decider on 4 August, preceded by warm-up games on 8 August.",
    "Voting will finish on 2 October, after hustings in each ward on 5 October.",
])
def test_yearless_days_read_nearest_are_ordered_whatever_tense_each_took(text):
    """Read in the nearest years, the tense of each side chose no year."""
    assert flagged(text, date(2025, 3, 1))


def test_bare_weekdays_in_different_tenses_stay_silent():
    assert flagged("The store closes on Friday after it opened on Monday.", date(2025, 3, 5)) == []


# -- a definite mention named again by a past verb in an earlier sentence (a reading: info) ------------

@pytest.mark.parametrize("text, found", [
    ("Shareholders voted 88 to 12 at an extraordinary meeting on 9 June 2024. Profits were flat. "
     "The chairman resigned on 2 June 2024, after the vote.", ["info"]),
    ("Shareholders voted 88 to 12 at an extraordinary meeting on 9 June 2024. Profits were flat. "
     "The chairman resigned on 12 June 2024, after the vote.", []),
    ("Delegates voted to strike at a conference in Leeds on 14 May 2023. Talks collapsed. "
     "Managers wrote to staff on 10 May 2023, following the delegates' vote.", ["info"]),
    ("Residents voted in a ballot on 3 March 2022. A vote came after a town meeting on 8 March 2022.", []),
    ("Residents voted in a ballot on 3 March 2022. The earlier vote came after a town meeting on 8 March 2022.", []),
])
def test_a_definite_mention_told_again_by_a_verb_elsewhere_is_dated_by_that_sentence(text, found):
    assert [f.severity.label for f in flagged(text, date(2024, 12, 1))] == found


# -- the first side dated elsewhere, the second in its own sentence ------------------------------------

@pytest.mark.parametrize("text, found", [
    ("The committee voted to close the depot at a hearing on 15 May 2023. Staff protested. "
     "The decision was preceded by a public inquiry on 21 May 2023.", ["info"]),
    ("The committee voted to close the depot at a hearing on 15 May 2023. Staff protested. "
     "The decision was preceded by a public inquiry on 11 May 2023.", []),
    ("Residents voted in a ballot on 3 March 2022. The vote came after a town meeting on 8 March 2022.", ["info"]),
    ("Residents voted in a ballot on 3 March 2022. The vote came after a town meeting on 1 March 2022.", []),
    # the second date a range's edge: no occurrence to order
    ("Residents voted in a ballot on 3 March 2022. The vote came after a town meeting until 8 March 2022.", []),
])
def test_a_first_side_dated_elsewhere_and_a_second_dated_here(text, found):
    assert [f.severity.label for f in flagged(text, date(2024, 12, 1))] == found


# -- the second side dated by a clause set off right after its noun -----------------------------------

@pytest.mark.parametrize("text, found", [
    ("Members voted to merge at a meeting on 4 March 2024. The vote was preceded by a consultation, "
     "which closed on 9 March 2024, in which most backed the plan.", ["info"]),
    ("Members voted to merge at a meeting on 4 March 2024. The vote was preceded by a consultation, "
     "which closed on 1 March 2024, in which most backed the plan.", []),
    ("Members voted to merge at a meeting on 4 March 2024. The vote came after a hearing, held in April 2024.",
     ["info"]),
    ("Members voted to merge at a meeting on 4 March 2024. The vote came after a hearing, that was held on "
     "6 March 2024.", ["info"]),
    # no verb: an aside, not a clause dating the hearing
    ("Members voted to merge at a meeting on 4 March 2024. The vote came after a hearing, early in April 2024.",
     []),
])
def test_a_clause_set_off_after_the_second_event_dates_it(text, found):
    assert [f.severity.label for f in flagged(text, date(2024, 12, 1))] == found


# -- sides told in other words, dated in other sentences (_linked) ----------------------------------

@pytest.mark.parametrize("text, published, found", [
    # a verb phrase and a noun phrase of one event ("stopped selling" / "sales ended")
    ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
     "The recall was announced on 12 June 2023.", date(2023, 9, 1), ["warning"]),
    ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 5 June 2023. "
     "The recall was announced on 12 June 2023.", date(2023, 9, 1), []),
    # "Only after X did Y": the main clause's date after a colon
    ("Only after the survey was finished did the trust act: it closed the footpath on 3 April 2024. "
     "The survey was finished on 11 April 2024.", date(2024, 6, 1), ["warning"]),
    ("Only after the survey was finished did the trust act: it closed the footpath on 13 April 2024. "
     "The survey was finished on 11 April 2024.", date(2024, 6, 1), []),
    # an inverted main clause that ends its sentence undated: the next sentence's clause that tells
    # what its subject did dates it
    ("Only after the review did the club's board act. The review was completed on 20 August 2024; "
     "the board sacked the treasurer on 14 August 2024.", date(2024, 10, 1), ["warning"]),
    ("Only after the review did the club's board act. The review was completed on 20 August 2024; "
     "the board sacked the treasurer on 24 August 2024.", date(2024, 10, 1), []),
    ("Only after the review did the club's board act. It sacked the treasurer on 14 August 2024. "
     "The review had been completed on 20 August 2024.", date(2024, 10, 1), ["warning"]),
    # a short side named by one event noun
    ("The new library opened on 8 September 2025, weeks after the final inspection. Building inspectors "
     "signed off the site on 15 September 2025.", date(2025, 10, 1), ["warning"]),
    ("The new library opened on 18 September 2025, weeks after the final inspection. Building inspectors "
     "signed off the site on 15 September 2025.", date(2025, 10, 1), []),
    # a kind that recurs: a reading
    ("Storm Ada hit the coast on 9 March 2024. The flooding began two days after the storm. Rivers burst their "
     "banks on 6 March 2024.", date(2024, 4, 1), ["info"]),
    ("Storm Ada hit the coast on 9 March 2024. The flooding began two days after the storm. Rivers burst their "
     "banks on 11 March 2024.", date(2024, 4, 1), []),
])
def test_a_side_told_in_other_words_is_dated_elsewhere(text, published, found):
    assert [f.severity.label for f in flagged(text, published)] == found


@pytest.mark.parametrize("text, found", [
    # the words shared stand far from the clause's date, and no other event word stands near it:
    # a reading, an info finding showing both sides
    ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
     "The maker announced a recall of the lamps, after months of complaints from customers in three counties, "
     "on 12 June 2023.", ["info"]),
    ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
     "The maker announced a recall of the lamps, after months of complaints from customers in three counties, "
     "on 22 June 2023.", []),
    # another event word stands near that date: the date is its, not the shared words'
    ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
     "The maker announced a recall of the lamps, and regulators who had received complaints from families "
     "opened an inquiry on 12 June 2023.", []),
])
def test_a_side_linked_by_words_far_from_the_date_is_a_reading(text, found):
    assert [f.severity.label for f in flagged(text, date(2023, 9, 1))] == found


@pytest.mark.parametrize("text, published", [
    # plans: nothing dates their order yet
    ("The board will sign the lease after the inspection. The inspection was carried out on 4 May 2024.",
     date(2024, 6, 1)),
    ("Sales ended on 20 June 2023. The chain will stop selling lamps before the maker announces a recall "
     "on 12 June.", date(2023, 5, 1)),
    # another participant right after the verb: another event
    ("The striker joined Rovers in 2019. Before joining Town, he scored 40 goals in 2018.", date(2024, 1, 10)),
    # the name's part differs: the subject of one event, the object of the other
    ("The union agreed a pay deal in May 2023. Managers agreed to meet the union after it balloted members "
     "in January 2023.", date(2024, 1, 10)),
    # another occurrence: "last", "for the first time"
    ("The side previously won the shield in 1988. It won the shield for the first time in decades after "
     "a shoot-out win on 2 June 2024.", date(2024, 6, 5)),
    # a date that names which noun, not when its clause's event happened
    ("Copper prices fell in 1986. Mining firms' weak 1985 export figures sank lower after the price fall.",
     date(1987, 4, 8)),
    # a bare time after the sequence word: no event of its own
    ("Floods swept the valley on 3 June 2024. The stream overflowed soon after midnight, once the rain "
     "set in.", date(2024, 6, 5)),
    # a numbered occurrence the side does not number
    ("The first meeting was held on 2 May 2022. Shares fell on 1 May 2022, after the meeting.",
     date(2024, 1, 10)),
])
def test_a_side_is_not_linked_to_another_event(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, found", [
    # a sequence word in the tail of the sentence before: the opener still orders after its date
    ("The chief executive quit on 9 March 2023 after a row over pay. Subsequently, on 2 March 2023, the board "
     "named a successor.", 1),
    ("The chief executive quit on 9 March 2023 after a row over pay. Subsequently, on 12 March 2023, the board "
     "named a successor.", 0),
    # "Before that" after a "before": "that" may be the later event
    ("The keeper joined Dunmore in 2016 before moving to Kilbeg. Before that, in 2018, he trained in Cork.", 0),
])
def test_an_opener_after_a_tail_that_orders_another_event(text, found):
    assert len(flagged(text, date(2024, 1, 10))) == found


def test_a_side_set_apart_as_the_latest_of_its_kind_is_not_dated_by_the_first_one_told():
    # the council began closing the park in 2019; "the latest closure" is another one, this spring's
    text = ("The council began closing the park gates at night in 2019.\n\nSince the latest "
            "closure imposed after a fire on 2 March, only staff may enter.")
    assert flagged(text, date(2024, 4, 1)) == []
    # "the final inspection" may pick out the one told, by its place: linked as before
    text = ("The new library opened on 8 September 2025, weeks after the final inspection. Building inspectors "
            "signed off the site on 15 September 2025.")
    assert [f.severity.label for f in flagged(text, date(2025, 10, 1))] == ["warning"]


@pytest.mark.parametrize("text, orders", [
    ("Net profit after tax was 4.1 mln dlrs.", False),          # what the figure has deducted
    ("The 1986 quarter includes an after tax loss of 3 mln dlrs.", False),
    ("Earnings after minority interests rose.", False),
    ("Shares fell after talks collapsed.", True),                 # an event after "after"
    ("Shares fell after the tax was raised.", True),              # an article: the tax's raising
])
def test_an_after_of_accounting_orders_nothing(text, orders):
    from checker.rules.date_sequence_conflict import _not_order
    at = text.index("after")
    assert _not_order(text, at, at + len("after")) is not orders


@pytest.mark.parametrize("later_notice, found", [
    ("14 June 2023", ["info"]),   # before the sales ended on 20 June, as the first notice: reversed from each
    ("24 June 2023", []),         # one of the two clauses fits: which one tells the recall is not told
])
def test_a_side_matched_by_clauses_that_disagree_is_judged_against_each(later_notice, found):
    text = ("The chain stopped selling the lamps before the maker announced a recall. Sales ended on 20 June 2023. "
            f"The maker announced a recall on 12 June 2023. Later the maker announced a recall on {later_notice}, "
            "a second notice said.")
    fs = flagged(text, date(2023, 9, 1))
    assert [f.severity.label for f in fs] == found
    assert not found or "other dates too" in fs[0].evidence[-1]
