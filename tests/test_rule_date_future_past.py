"""date.future-past: past-tense events dated after publication."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import WEAK_READING
from claims.read import article_from_text


def flagged(text, published):
    """The rule's findings from its own shapes; the weak-link tier (tests/test_future_past_weak_verb.py)
    reads past their limits and is left out."""
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past" and WEAK_READING not in f.evidence]


@pytest.mark.parametrize("text, published", [
    ("In March 2021 the ministry announced the plan.", date(2021, 1, 10)),
    ("The rebels captured the town on 3 May 2024, officials said.", date(2024, 4, 21)),
    ("Troops withdrew in 2025, ending the mission.", date(2024, 4, 21)),
    # "that" before the verb is a relative pronoun, not a determiner ("that balanced budget")
    ("It was the conflict in Sierra Leone that ended in 2008.", date(2006, 12, 4)),
    ("The intifada is the wave of violence that began in September 2008.", date(2006, 11, 25)),
    # a modal in another clause does not reach a finite verb in a relative clause
    ("The dealer of Herstatt Bank, which collapsed in 1989 on currency speculation, can stand trial.", date(1987, 3, 26)),
    ("It intends to complete the repurchase under a buyback program which began in 1989.", date(1987, 4, 13)),
    # after a determiner, a participle right before the date's preposition is a verb
    ("But both data are likely to be worse than those recorded in 1989, it added.", date(1987, 6, 18)),
    ("Truck sales fell to 28,046, compared with the 34,745 sold in March 1989.", date(1987, 4, 3)),
    ("A new set of laws passed in 1989 has boosted the ministry's authority.", date(1987, 4, 9)),  # "set of"
    # "to" + a name is a place, not an infinitive of intent ("to build in 2008")
    ("Under the contract for gas from Russia to Bulgaria signed in 2008, it pays 257 dollars.", date(2006, 11, 15)),
])
def test_flagged(text, published):
    [f] = flagged(text, published)
    assert f.severity.label == "warning" and "after the publication date" in f.message and f.related


@pytest.mark.parametrize("text, published", [
    ("The ministry approved a budget for 1988.", date(1987, 6, 1)),  # a target year
    ("The March 2021 election was postponed.", date(2021, 1, 10)),  # a noun, not the verb's date
    ("The plant is to have opened in 2008.", date(2006, 11, 7)),  # "to" + verb: an intent
    ("Under a law introduced in 2008, the city council can investigate.", date(2006, 11, 30)),  # a participle
    ("The plant, which will be completed in 1989, will produce cars.", date(1987, 3, 20)),
    ("Fu said last weekend at the 2007 China Industrial Development Forum.", date(2006, 11, 7)),  # a name
    ("The plan was scheduled in March 2021.", date(2021, 1, 10)),
    ("The ministry announced on Tuesday that the plan will start in March 2021.", date(2021, 1, 10)),
    ("The issue was launched in 1984 and matures on November 15, 2004.", date(1987, 3, 6)),
    ("The offer expired at 2000 EST yesterday.", date(1987, 3, 24)),  # a clock time, not a year
    ("Output will rise in early 1989 from 319,000 tonnes in the year ended March 1987.", date(1987, 10, 19)),
    ("In March 2020 the ministry announced the plan.", date(2021, 1, 10)),  # before publication
    ("In March the ministry announced the plan.", date(2021, 1, 10)),  # no year: read in the past
])
def test_not_flagged(text, published):
    assert flagged(text, published) == []


@pytest.mark.parametrize("text, published", [
    ("In 1988, Douglas said Dean should experience a 20 pct improvement.", date(1987, 2, 26)),
    ("There is a put option on March 31, 1992, to yield 8-1/2 pct.", date(1987, 3, 12)),
    ("Work should start this spring and be completed in the fall of 1988, it said.", date(1987, 3, 13)),
    ("2001 distributes fresh-squeezed juices and had a loss in 1986.", date(1987, 3, 16)),
    ("The bond can be called at par on April 15, 1995 or 1996.", date(1987, 3, 17)),
    ("March 1997 paper was 13.09 pct, down from 13.11.", date(1987, 4, 7)),
    ("It sold 85 mln dlrs of its convertible subordinated debentures maturing in 2002.", date(1987, 6, 18)),
    ("The systems are delivered in September, 1988, it said.", date(1987, 10, 19)),
])
def test_wire_copy_about_the_future_is_not_flagged(text, published):
    assert flagged(text, published) == []


def test_a_past_passive_is_past():
    assert flagged("The drug was discontinued in 1989 amid allegations.", date(1987, 4, 3))


@pytest.mark.parametrize("text, published, expected", [
    ("An attempt to retake Savannah failed on October 9, 2011.", date(2009, 12, 19), True),
    ("Battles continued until the agreement was reached in January 2011.", date(2009, 12, 19), True),
    ("The company said it has called for redemption on April 13, 1987, its notes.", date(1987, 3, 13), False),
    ("He needed to raise taxes to begin moving towards a balanced budget in 1990-91.", date(1987, 3, 20), False),
])
def test_the_verb_must_govern_the_date(text, published, expected):
    assert bool(flagged(text, published)) == expected


# --- the arithmetic: a past event dated after publication, for any two days --------------

from hypothesis import given, strategies as st  # noqa: E402


@given(day=st.dates(date(1950, 1, 1), date(2090, 12, 31)), published=st.dates(date(1950, 1, 1), date(2090, 12, 31)))
def test_flagged_exactly_when_the_day_is_after_publication(day, published):
    text = f"The ministry announced the decision on {day.day} {day:%B} {day.year}."
    assert bool(flagged(text, published)) == (day > published)


@given(month=st.integers(1, 12), year=st.integers(1950, 2090), published=st.dates(date(1950, 1, 1), date(2090, 12, 31)))
def test_a_month_is_after_publication_only_when_its_first_day_is(month, year, published):
    first = date(year, month, 1)
    text = f"In {first:%B} {year} the ministry announced the decision."
    assert bool(flagged(text, published)) == (first > published)


# -- a day and month without a year: every reading a reader takes is after publication ----------

@pytest.mark.parametrize("text", [
    "The trustees voted on 20 March to sell the building.",
    "The singer died on 19 March at her home.",
    "The survey, published on 25 March in a medical journal, found the opposite.",
    # the verb up to three words before the date's preposition
    "We painted the old hall on 22 March.",
    # a passive with its agent between the verb and the date
    "Figures released by the national statistics office on 22 March showed a fall.",
])
def test_a_yearless_past_date_just_after_publication(text):
    assert len(flagged(text, date(2022, 3, 15))) == 1


@pytest.mark.parametrize("text, published", [
    # the same days on or before publication
    ("The trustees voted on 10 March to sell the building.", date(2022, 3, 15)),
    # at the turn of a year the nearest occurrence is last year's
    ("The singer died on 28 December at her home.", date(2022, 1, 4)),
    # more than MAX_DAYS_AHEAD ahead: a reader may take it as last year's
    ("The trustees voted on 20 June to sell the building.", date(2022, 3, 15)),
    # fronted: a chronology the story may date in an earlier year
    ("On 20 March, the firm sold its shares.", date(2022, 3, 15)),
    # the date is another verb's or a scheduled act's
    ("The workers voted to strike on 20 March.", date(2022, 3, 15)),
    ("The board approved payment of the dividend on 20 March.", date(2022, 3, 15)),
    ("The company said the notes mature on 20 March.", date(2022, 3, 15)),
    # an adjective, not a verb
    ("Staff were offered a paid holiday on 20 March.", date(2022, 3, 15)),
    # eight words between the verb and "on" (VERB_REACH counts the verb): too far
    ("We painted the old parish hall beside the village green on 22 March.", date(2022, 3, 15)),
])
def test_a_yearless_date_not_judged(text, published):
    assert flagged(text, published) == []


def test_a_present_perfect_since_a_later_date():
    assert len(flagged("The ferry, which has been operating since June 2024, will add a second boat.",
                       date(2024, 2, 12))) == 1
    assert flagged("The ferry, which has been operating since January 2024, will add a second boat.",
                   date(2024, 2, 12)) == []


def test_a_later_relative_clause_keeps_its_own_tense():
    assert len(flagged("Members voted on 20 March to adopt the plan, which will cost 2 million.",
                       date(2022, 3, 15))) == 1


# -- the mirror: a day without a year told as future, last seen days before publication ------------

FRIDAY = date(2022, 5, 13)


def test_a_yearless_day_a_future_verb_dates_days_before_publication_shows_both_readings():
    [f] = flagged("The warrants will expire May 9.", FRIDAY)
    assert f.severity.label == "info"
    assert "9 May 2022 was 4 days before publication" in f.message and "9 May 2023" in f.message


@pytest.mark.parametrize("published, found", [(date(2022, 5, 23), 1), (date(2022, 5, 24), 0)])
def test_recent_days_bounds_how_far_back_the_near_reading_may_lie(published, found):
    """RECENT_DAYS: 14 days back is judged, 15 is not."""
    assert len(flagged("The warrants will expire May 9.", published)) == found


def test_an_end_before_the_day_the_article_gives_the_same_thing_ahead_is_a_warning():
    text = "Holders of record on May 20 will receive one warrant for each share. The warrants will expire May 9."
    [f] = flagged(text, FRIDAY)
    assert f.severity.label == "warning" and "\u201cMay 20\u201d" in f.message and "warrant" in f.message


@pytest.mark.parametrize("text", [
    # the other day two sentences back: beyond ORDER_REACH_SENTENCES
    "Holders of record on May 20 will receive one warrant for each share. Trading opens then. "
    "The warrants will expire May 9.",
    # the other day shares no participant with the ending verb
    "Holders of record on May 20 will receive one share. The warrants will expire May 9.",
    # the verb starts a thing rather than ending it
    "Holders of record on May 20 will receive one warrant for each share. The warrants will open May 9.",
])
def test_without_a_second_fact_it_stays_info(text):
    assert [f.severity.label for f in flagged(text, FRIDAY)] in ([], ["info"])


@pytest.mark.parametrize("text", [
    "The board will pay the dividend on May 31 to holders of record May 9.",  # no future verb's own date
    "The warrants expired May 9.",  # the past tense
    "The warrants will expire May 9, 2023.",  # the year written
])
def test_no_mirror_finding(text):
    assert flagged(text, FRIDAY) == []


@pytest.mark.parametrize("between, found", [
    # content words count (function words do not): the main verb is the eighth of
    # GERUND_MAIN_REACH (eight) content words before "after"
    ("to the top of the big northern regional amateur league table", True),
    ("to the top of the big new northern regional amateur league table", False),  # ninth: out of reach
])
def test_gerund_main_reach(between, found):
    from checker.rules.date_future_past import GERUND_MAIN_REACH
    assert GERUND_MAIN_REACH == 8
    text = f"Hartley Town climbed {between} after thrashing Wanderers 4-0 on 15 March."
    result = check_article(article_from_text(text, published=date(2025, 3, 10)))
    assert any(f.rule == "date.future-past" for f in result.findings) is found


@pytest.mark.parametrize("text", [
    "Hartley Town climbed to second place, and fans expect more after beating Wanderers 4-0 on 15 March.",
    "Hartley Town is second after beating Wanderers 4-0 on 15 March.",
])
def test_a_gerund_without_a_past_main_clause_is_not_a_past_event(text):
    result = check_article(article_from_text(text, published=date(2025, 3, 10)))
    assert not any(f.rule == "date.future-past" for f in result.findings)


# Past verbs with an object between them and their date: one slip, many wordings.
@pytest.mark.parametrize("text", [
    "The carmaker recalled 12,000 hatchbacks on 9 May 2024.",  # a comma inside a number breaks no clause
    "Regulators fined the two ferry operators 40,000 euros on 9 May 2024.",
    "The club sold its training ground to a property developer on 9 May 2024.",
    "Dockers walked out of the container terminal on 9 May 2024.",
    "A landslide, which buried cars and vans along the coast road on 9 May 2024, closed the route.",
    "They painted walls across the old school on 9 May 2024.",  # a subject pronoun: a verb, not an adjective
    "The tribunal ruled on 9 May 2024 that the levy could not be collected.",  # the modal is what was ruled
    "The agency announced on 9 May 2024 that it would cut fares.",
])
def test_past_verb_with_its_object_flagged(text):
    [f] = flagged(text, date(2024, 4, 30))
    assert "after the publication date" in f.message


@pytest.mark.parametrize("text", [
    "The storm flooded roads and crews will clear them on 9 May 2024.",  # another clause's verb
    "Police arrested two men and a woman who will appear in court on 9 May 2024.",
    "The tribunal ruled that the levy could not be collected on 9 May 2024.",  # the date is in the modal's clause
    "Crews inspect the newly paved road on 9 May 2024.",  # determiner, adverb, past form: an adjective
])
def test_past_verb_with_its_object_not_flagged(text):
    assert flagged(text, date(2024, 4, 30)) == []


@pytest.mark.parametrize("text", [
    "Thousands fled the city on 9 May 2024.",  # irregular past forms
    "Police caught the suspect on 9 May 2024.",
    "The court upheld the ban on 9 May 2024.",
    "A strong quake shook the region on 9 May 2024.",
    "Firefighters battled the blaze for six hours on 9 May 2024.",  # "for" + a duration: how long, not what for
    "Staff worked for about two weeks on 9 May 2024.",
])
def test_more_past_forms_flagged(text):
    assert len(flagged(text, date(2024, 4, 30))) == 1


def test_for_a_purpose_still_owns_the_date():
    assert flagged("The firm called the bonds for redemption on 9 May 2024.", date(2024, 4, 30)) == []


# --- a name counts as one word of the reach -------------------------------------------------

@pytest.mark.parametrize("text, caught", [
    ("The storm flattened apple and pear crops across the Wairau River Valley on 20 March.", True),
    ("Inspectors fined Northern Coastal Ferries Limited a further 40,000 euros on 20 March.", True),
    # one lower-case word more than VERB_REACH: the date may be a later noun's
    ("The storm flattened apple and pear crops across the wide green valley on 20 March.", False),
    # a name so long that the verb lies more than NAME_WORDS_MAX x VERB_REACH words back
    ("The storm flattened apple and pear crops across the Upper North Wairau River Valley Regional Park "
     "Conservation Area Reserve on 20 March.", False),
])
def test_the_words_of_a_capitalized_name_count_as_one_word_of_the_reach(text, caught):
    assert bool(flagged(text, date(2026, 3, 12))) is caught


# --- a plan noun that is the verb's object ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry unveiled the plan in December 2025.",
    "The board published its forecast on 2 December 2025.",
    "The council approved their targets in December 2025 after a long debate.",
])
def test_a_plan_word_after_a_determiner_right_before_the_date_is_the_verbs_object(text):
    assert flagged(text, date(2025, 11, 4))


@pytest.mark.parametrize("text", [
    "The ministry unveiled a plan to cut fares in December 2025.",
    "The ministry unveiled the planned cut in December 2025.",
    "The ministry unveiled plans in December 2025.",  # no determiner: may be a plan of December
])
def test_a_plan_word_that_is_no_bare_object_keeps_the_verb_from_being_judged(text):
    assert flagged(text, date(2025, 11, 4)) == []


# --- past forms that are as often nouns: the subject tells the verb -------------------------

@pytest.mark.parametrize("text", [
    "The mill, which made paper for a century, shut in May 2026 after a fire.",
    "The operator also cut two winter sailings on 20 March.",
    "The council shut the old library in May 2026.",
    "It cut the bonus in April 2026.",
    "The firm cut 300 jobs in May 2026.",
])
def test_a_past_form_that_is_also_a_noun_is_a_verb_after_its_subject(text):
    assert flagged(text, date(2026, 3, 3))


@pytest.mark.parametrize("text", [
    "The rate cut on 20 March lifted shares.",  # before a preposition: a compound noun
    "That cut in May 2026 hurt.",  # "that" is a determiner here
    "They cut the budget in May 2026.",  # a plural subject: may be the present
    "Farmers cut the hedges in May 2026.",
    "The tax cut in May 2026 will help.",
    "The plant's shut in May 2026 was a surprise.",
])
def test_a_past_form_that_is_also_a_noun_without_a_telling_subject_is_not_taken(text):
    assert flagged(text, date(2026, 3, 3)) == []


# --- a weekday written with a yearless date keeps only the years it falls on it -------------

@pytest.mark.parametrize("text, caught", [
    # 6 January 2014 is a Monday, 6 January 2013 a Sunday: only next year's reading is left
    ("The operator also cut two sailings on Monday, January 6.", True),
    ("The ferry firm scrapped two sailings on Monday, 6 January.", True),
    # a Sunday: this January's 6th, a week before publication
    ("The operator also cut two sailings on Sunday, January 6.", False),
    # no weekday: this year's 6 January is before publication
    ("The operator also cut two sailings on January 6.", False),
])
def test_a_weekday_written_with_a_yearless_date_keeps_only_its_years(text, caught):
    assert bool(flagged(text, date(2013, 12, 30))) is caught


# --- a finite past verb in an adverbial clause keeps its tense to itself -------------------

@pytest.mark.parametrize("text, caught", [
    # "will" belongs to the main clause; the clause after "after" tells a past opening
    ("Rural families will travel far less now, after the regional dialysis unit at Kelso was formally "
     "opened on 20 May 2024.", True),
    ("Rural families will travel far less now that the new dialysis unit was opened on 20 May 2024.", True),
    # a short subject: the main clause's "will" stands within reach of the verb, and is still not its
    ("Prices will fall after the mill closed on 20 May 2024.", True),
    ("Prices will fall after the mill is closed on 20 May 2024.", False),
    # no finite verb of its own after "after": the whole sentence speaks of the future
    ("Rural families will travel far less after the opening of the unit on 20 May 2024.", False),
    # a subordinator too far back: the verb is not told to be in its clause
    ("Families will travel less after the board of the old regional health trust in the northern "
     "river districts and the ministry finally opened it on 20 May 2024.", False),
])
def test_a_finite_past_verb_after_a_subordinator_keeps_its_own_tense(text, caught):
    assert bool(flagged(text, date(2024, 5, 6))) is caught


# --- a "for" inside a capitalized name or before a price is not a purpose ------------------

@pytest.mark.parametrize("text, caught", [
    ("The clinic was opened by the Minister for Rural Affairs on 20 May 2024.", True),
    ("The clinic was opened for the minister on 20 May 2024.", False),
    ("The old ferry sold for $4,500 on 20 May 2024.", True),
    ("The old ferry sold for scrap on 20 May 2024.", False),
])
def test_a_name_or_a_price_after_for_is_no_purpose(text, caught):
    assert bool(flagged(text, date(2024, 5, 6))) is caught


# --- a gerund's main verb past a noun joined by "and" -------------------------------------

@pytest.mark.parametrize("text, caught", [
    # "and" joins two nouns of the main verb's object: "returned" still tells the gerund's tense
    ("The rowing crew came home to a brass band and a crowded quay after taking the national title "
     "on 20 May 2024.", True),
    # "and" joins a second verb ("will parade"): the clause of the gerund is a plan
    ("The rowing crew came home and will parade after taking the national title on 20 May 2024.", False),
])
def test_a_gerunds_main_verb_past_a_noun_join(text, caught):
    assert bool(flagged(text, date(2024, 5, 6))) is caught


def test_a_subordinate_past_under_would_is_a_reported_future():
    # backshift: the past of "ended" is the reported future's, so the sentence's "would" counts
    text = "The envoy said that after the lease on the harbour formally ended in 2031, the port would revert."
    assert flagged(text, date(2024, 5, 6)) == []
    # with "will" the clause keeps its own past tense
    text = "Ferry users will pay less, after the lease on the harbour formally ended on 20 May 2024."
    assert flagged(text, date(2024, 5, 6))


# A price after "for" is the amount the quantities extractor read, in whatever currency or
# wording ("$160,000", "160,000 euros", "2 mln stg"): what the event cost, not what it was for.
@pytest.mark.parametrize("price", ["$160,000", "160,000 euros", "2 mln stg"])
def test_a_sale_for_a_price_dated_after_publication_is_flagged(price):
    text = f"The painting was sold for {price} on 3 May 2026."
    result = check_article(article_from_text(text, published=date(2025, 3, 3)))
    assert [f.rule for f in result.findings if f.rule == "date.future-past"] == ["date.future-past"]
