"""The temporal engine on the forms issue 3 lists: what it finds, the TIMEX3 value, the interval.

Every case reads as a sentence of news, resolved against a publication date of Sunday
21 April 2024 unless it says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract
from claims.temporal.anchors import COMPARISON_WINDOW
from claims.temporal.relative import YEAR_AGO_REACH_MONTHS
from claims.temporal.tense import is_past_form

SUNDAY = date(2024, 4, 21)


def claims_of(text: str, published: date | None = SUNDAY):
    return extract(Article("t", "<test>", text, published=published))


def only(text: str, phrase: str, published: date | None = SUNDAY):
    """The one time claim whose text is ``phrase``."""
    found = [c for c in claims_of(text, published) if c.text == phrase]
    assert len(found) == 1, f"{phrase!r} in {text!r}: {[c.text for c in claims_of(text, published)]}"
    return found[0]


# -- absolute and partial dates -------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, earliest, latest", [
    ("It was signed on 21 April 2024.", "21 April 2024", "2024-04-21", date(2024, 4, 21), date(2024, 4, 21)),
    ("It was signed on April 21, 2024.", "April 21, 2024", "2024-04-21", date(2024, 4, 21), date(2024, 4, 21)),
    ("It was signed on 21/04/2024.", "21/04/2024", "2024-04-21", date(2024, 4, 21), date(2024, 4, 21)),
    ("It was signed on 2024-04-21.", "2024-04-21", "2024-04-21", date(2024, 4, 21), date(2024, 4, 21)),
    ("It was signed on Friday, 16 June 2023.", "Friday, 16 June 2023", "2023-06-16", date(2023, 6, 16), date(2023, 6, 16)),
    ("It was set up in 2013.", "2013", "2013", date(2013, 1, 1), date(2013, 12, 31)),
    ("In August 2022 they left.", "August 2022", "2022-08", date(2022, 8, 1), date(2022, 8, 31)),
    ("By mid-2020 it was over.", "mid-2020", "2020", date(2020, 4, 1), date(2020, 10, 1)),
    ("It grew in the 1990s.", "the 1990s", "199", date(1990, 1, 1), date(1999, 12, 31)),
    ("It began in the 20th century.", "the 20th century", "19", date(1900, 1, 1), date(1999, 12, 31)),
    ("Sales fell in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3", date(2023, 7, 1), date(2023, 9, 30)),
    ("Exports slowed in the latter half of 2019.", "the latter half of 2019", "2019-H2", date(2019, 7, 1),
     date(2019, 12, 31)),
    ("It rained in the winter of 1994.", "the winter of 1994", "1994-WI", date(1994, 1, 1), date(1995, 2, 28)),
    ("They met the week of 5 May 2024.", "the week of 5 May 2024", "2024-W18", date(2024, 4, 29), date(2024, 5, 5)),
    ("The talks failed in 499 BC.", "499 BC", "BC0499", None, None),
])
def test_written_dates(text, phrase, value, earliest, latest):
    t = only(text, phrase).timex
    assert (t.type, t.value, t.earliest, t.latest) == ("DATE", value, earliest, latest)
    assert t.resolution == "absolute"


@pytest.mark.parametrize("text", [
    "She preferred the latter of the two plans.",
    "They scored twice in the latter half of the match.",  # a half of a match, not of a year
    "Output rose in the latter quarter of 2019.",  # "latter" names the second of two: no quarter
])
def test_latter_is_a_half_of_a_year_only(text):
    assert [c.text for c in claims_of(text) if "latter" in c.text] == []


def test_fiscal_year_allows_a_year_before_the_calendar_year():
    t = only("Profit rose in fiscal 2023.", "fiscal 2023").timex
    assert t.value == "2023" and t.earliest == date(2022, 1, 1) and t.latest == date(2023, 12, 31)


def test_early_march_is_the_start_of_the_month_before_publication():
    t = only("It was cold in early March.", "early March").timex
    assert (t.value, t.mod, t.resolution) == ("2024-03", "START", "dct")
    assert t.earliest == date(2024, 3, 1) and t.latest < date(2024, 3, 16)


def test_a_month_without_a_year_takes_the_tense():
    assert only("The law was passed in December.", "December").timex.value == "2023-12"
    assert only("The law will be passed in December.", "December").timex.value == "2024-12"


def test_a_past_verb_naming_a_plan_leaves_the_month_to_nearness():
    # "agreed to sell ... in February": the sale, not the agreement, is dated; it may be ahead
    assert only("The firm agreed to sell the unit in February.", "February",
                published=date(2023, 10, 30)).timex.value == "2024-02"
    # "would be agreed to by Friday": a passive, the tense is its auxiliary's
    assert only("An accord would be agreed to by Friday.", "Friday").timex.value == "2024-04-26"
    # "agreed to the terms": no plan follows, the agreement is past
    assert only("The firm agreed to the terms in February.", "February",
                published=date(2023, 10, 30)).timex.value == "2023-02"


def test_a_participle_describing_a_noun_sets_no_tense():
    # "a still unnamed day": an adjective, the clause is future
    assert only("The bonus will be paid on a still unnamed day in March.", "March",
                published=date(2023, 10, 30)).timex.value == "2024-03"
    assert only("The bonus was paid on a still unnamed day in March.", "March",
                published=date(2023, 10, 30)).timex.value == "2023-03"


@pytest.mark.parametrize("text, value", [
    # "as early as" / "as soon as" look ahead when no verb of the clause has a tense
    ("The envoy could land in Geneva as early as Tuesday.", "2024-04-23"),
    ("A verdict might come as soon as Wednesday, according to unnamed sources.", "2024-04-24"),
    # ... but a past verb still dates the clause
    ("The leak was spotted as early as Tuesday.", "2024-04-16"),
    # a reporting verb after the comma tells of the telling, not of the time before it
    ("The team would be ready to fly out as soon as Thursday, the coach said.", "2024-04-25"),
    ("Talks will resume on Friday, an aide confirmed.", "2024-04-26"),
    # a planned thing is a noun here ("the hastily planned visit"), not the clause's verb
    ("On Friday, when the minister cut short the hastily planned visit, the embassy closed.", "2024-04-19"),
    # "next to" is a place
    ("A shell landed next to the stadium on Thursday, killing two.", "2024-04-18"),
])
def test_the_clause_verb_decides_a_weekday(text, value):
    wd = next(w for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday") if w in text)
    assert only(text, wd).timex.value == value


def test_a_past_participle_after_a_preposition_sets_no_tense():
    # "under revised rules": an adjective; the month is left to nearness (the coming September)
    assert only("Voting resumes in September under revised rules.", "September").timex.value == "2024-09"
    assert only("Voting resumed in September under new rules.", "September").timex.value == "2023-09"


def test_a_plan_noun_before_to_dates_the_planned_act_not_the_announcement():
    # "an agreement to buy ... in January": the purchase may still be ahead (nearness decides)
    assert only("The bank announced an agreement to buy a rival lender in January.", "January",
                published=date(2023, 11, 2)).timex.value == "2024-01"
    assert only("The bank announced its results in January.", "January",
                published=date(2023, 11, 2)).timex.value == "2023-01"


def test_an_abbreviation_does_not_end_the_clause_whose_tense_is_read():
    # the full stops of "Ga.," and "vs." are inside the sentence: "struck" is its verb
    assert only("In January, after the Smith vs. Jones ruling, a storm near Macon, Ga., struck a school.",
                "January", published=date(2023, 10, 25)).timex.value == "2023-01"


@pytest.mark.parametrize("text, phrase, value", [
    ("The plant shut on 14 May last year.", "14 May last year", "2023-05-14"),
    ("The plant shuts on May 14 next year.", "May 14 next year", "2025-05-14"),
    ("The plant shut on the 3rd of March this year.", "the 3rd of March this year", "2024-03-03"),
])
def test_a_day_and_month_counted_from_this_year_takes_that_year(text, phrase, value):
    t = only(text, phrase).timex
    assert (t.value, t.earliest, t.latest) == (value, date.fromisoformat(value), date.fromisoformat(value))


def test_a_day_and_month_of_that_year_takes_the_year_told_before_it():
    cs = claims_of("The war began in 1941. The city fell on 3 May of that year.")
    assert [(c.text, c.timex.value) for c in cs] == [("1941", "1941"), ("3 May of that year", "1941-05-03")]


def test_a_day_and_month_of_that_year_with_no_year_told_is_a_yearless_day():
    assert only("The city fell on 3 October of that year.", "3 October of that year").timex.value == "2023-10-03"


def test_a_yearless_date_keeps_both_readings_when_the_tense_is_silent():
    c = only("The deadline: 30 September.", "30 September")  # 204 days back, 162 ahead
    assert (c.timex.earliest, c.timex.latest) == (date(2023, 9, 30), date(2024, 9, 30))
    assert c.attrs["readings"] == ["2023-09-30", "2024-09-30"]


def test_a_yearless_date_is_not_read_three_times_farther_than_its_nearer_occurrence():
    c = only("The deadline: 30 June.", "30 June")  # 70 days ahead, 296 back
    assert (c.timex.value, c.timex.earliest, c.timex.latest) == ("2024-06-30", date(2024, 6, 30), date(2024, 6, 30))
    assert c.attrs["readings"] == ["2024-06-30"]


def test_the_weekday_never_moves_a_yearless_date_to_a_year_a_reader_would_not_read():
    c = only("The closing round, on Thurs., Sept. 29, will start.", "Thurs., Sept. 29", published=date(2023, 8, 28))
    assert c.timex.value == "2023-09-29" and c.attrs["readings"] == ["2023-09-29"]


def test_the_weekday_written_beside_a_yearless_date_picks_its_year():
    t = only("The editorial of Saturday, April 25 said so.", "Saturday, April 25", published=date(1998, 4, 24)).timex
    assert t.value == "1998-04-25" and t.weekday == 5


def test_a_relative_day_and_the_yearless_date_beside_it_agree_on_one_day():
    # issue 13: "tomorrow (Wed Nov 13)" is one day for every rule, the one the weekday fits
    tomorrow, day = claims_of("The vote is tomorrow (Wed Nov 13).", published=date(2013, 11, 12))
    assert tomorrow.timex.value == day.timex.value == "2013-11-13"
    assert day.attrs["apposition"] == tomorrow.id and day.attrs["readings"] == ["2013-11-13"]


def test_last_december_in_a_january_article_is_the_previous_year():
    t = only("The ceremony was held last December.", "last December", published=date(2014, 1, 10)).timex
    assert (t.value, t.earliest, t.latest) == ("2013-12", date(2013, 12, 1), date(2013, 12, 31))


def test_the_21st_is_a_day_of_the_current_month():
    assert only("He arrived on the 21st.", "the 21st").timex.value == "2024-04-21"


def test_ranges_are_two_dates():
    cs = claims_of("The battle (22-25 April 1951) ended.")
    assert [(c.text, c.timex.value) for c in cs] == [("22", "1951-04-22"), ("25 April 1951", "1951-04-25")]


# -- relative to the publication date -------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, earliest, latest", [
    ("He spoke on Friday.", "Friday", "2024-04-19", date(2024, 4, 19), date(2024, 4, 19)),
    ("He will speak on Friday.", "Friday", "2024-04-26", date(2024, 4, 26), date(2024, 4, 26)),
    ("It happened yesterday.", "yesterday", "2024-04-20", date(2024, 4, 20), date(2024, 4, 20)),
    ("It happens today.", "today", "2024-04-21", date(2024, 4, 21), date(2024, 4, 21)),
    ("He met them last week.", "last week", "2024-W15", date(2024, 4, 8), date(2024, 4, 14)),
    ("They meet next month.", "next month", "2024-05", date(2024, 5, 1), date(2024, 5, 31)),
    ("Sales grew this year.", "this year", "2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("It began two years ago.", "two years ago", "2022", date(2022, 1, 1), date(2022, 12, 31)),
    # a round count of years is a round figure: the value keeps the arithmetic, the interval a year either way
    ("It began a decade ago.", "a decade ago", "2014", date(2013, 1, 1), date(2015, 12, 31)),
    ("Later this month, he returns.", "Later this month", "2024-04", date(2024, 4, 21), date(2024, 4, 30)),
    ("It was calm last summer.", "last summer", "2023-SU", date(2023, 6, 1), date(2023, 8, 31)),
])
def test_relative_to_publication(text, phrase, value, earliest, latest):
    t = only(text, phrase).timex
    assert (t.value, t.earliest, t.latest, t.resolution) == (value, earliest, latest, "dct")


def test_earlier_this_year_ends_at_publication_and_holds_february():
    cs = claims_of("Earlier this year in February, he left.")
    period, feb = cs
    assert period.text == "Earlier this year" and period.timex.latest == SUNDAY
    assert feb.timex.value == "2024-02" and feb.attrs["apposition"] == period.id


@pytest.mark.parametrize("text, phrase, value", [
    ("UN experts have recently pointed to abuses.", "recently", "PAST_REF"),
    ("It is now clear.", "now", "PRESENT_REF"),
    ("He is currently abroad.", "currently", "PRESENT_REF"),
    ("Nobody knows the future.", "the future", "FUTURE_REF"),
    # "coming" and a plural unit, with or without "the": a vague future
    ("Prices should rise in the coming months.", "the coming months", "FUTURE_REF"),
    ("Prices should rise in coming months.", "coming months", "FUTURE_REF"),
])
def test_vague_references(text, phrase, value):
    assert only(text, phrase).timex.value == value


def test_the_next_couple_of_years_is_two_give_or_take():
    t = only("Over the next couple of years sales will grow.", "the next couple of years").timex
    assert (t.type, t.value, t.low, t.high) == ("DURATION", "P2Y", "P2Y", "P3Y")


@pytest.mark.parametrize("text, phrase, value", [
    ("Prices have risen in recent years.", "recent years", "PXY"),
    ("Talks stalled in recent weeks.", "recent weeks", "PXW"),
    ("The rains of recent days flooded it.", "recent days", "PXD"),
])
def test_recent_units_are_a_span_up_to_publication(text, phrase, value):
    c = only(text, phrase)
    assert (c.timex.type, c.timex.value, c.attrs["until"]) == ("DURATION", value, "publication")


def test_past_ref_is_open_before_publication():
    t = only("He recently left.", "recently").timex
    assert t.earliest is None and t.latest == SUNDAY


# -- anchored on another expression ---------------------------------------------------------------

def test_nine_months_later_hangs_on_the_year_before_it():
    cs = claims_of("A coup in 2020 was followed by another nine months later.")
    year, later = cs
    t = later.timex
    assert (t.anchor, t.offset, t.resolution) == (year.id, "P9M", "anchor")
    assert (t.earliest, t.latest) == (date(2020, 10, 1), date(2021, 9, 30))


def test_a_year_earlier_keeps_the_granularity_of_its_anchor():
    cs = claims_of("Profit rose in the third quarter of 2023 from $5 a year earlier.")
    assert cs[-1].timex.value == "2022-Q3" and cs[-1].timex.anchor == cs[0].id


def test_the_following_day_is_a_day_after_the_last_date():
    cs = claims_of("They met on 3 March 2024. The following day they signed.")
    assert cs[1].timex.value == "2024-03-04" and cs[1].timex.anchor == cs[0].id


@pytest.mark.parametrize("text, value", [
    # the last time told is a bare year; a day two sentence ends back is in reach
    ("They met on 3 March 2024. The deal runs until 2030. The day before, they dined.", "2024-03-02"),
    ("They met on 3 March 2024. It ends in 2030. Four days later, they left.", "2024-03-07"),
    ("They met on 3 March 2024. It rained. The deal runs until 2030. The day before, they dined.", "2024-03-02"),
    # one sentence end more (DAY_ANCHOR_SENTENCES is 3) and no day is in reach: a year names no day
    ("They met on 3 March 2024. Talks went on. It rained. The deal runs until 2030. The day before, they dined.",
     "XXXX-XX-XX"),
    ("The deal was signed in 2019. The day before, they dined.", "XXXX-XX-XX"),
    # a deadline is not a day the story is on
    ("It must end by 3 March 2024. It ends in 2030. The day before, they dined.", "XXXX-XX-XX"),
    # a part of the next day too
    ("They met on 3 March 2024. The deal runs until 2030. The next morning, they left.", "2024-03-04TMO"),
])
def test_a_day_counted_from_a_bare_year_hangs_on_a_day_in_reach(text, value):
    assert claims_of(text)[-1].timex.value == value


def test_two_weeks_after_an_event_with_a_date_is_dated_from_it():
    cs = claims_of("Two weeks after the talks on 3 October 2023, they signed.")
    weeks, october = cs
    assert weeks.text == "Two weeks"
    assert (weeks.timex.value, weeks.timex.anchor, weeks.timex.offset) == ("2023-10-17", october.id, "P2W")


def test_the_next_day_without_a_story_names_no_day():
    """Not the day after publication (that is "tomorrow"): the day it hangs on is not told."""
    t = only("The next day they left.", "The next day").timex
    assert (t.value, t.resolution) == ("XXXX-XX-XX", "unresolved")


@pytest.mark.parametrize("text, found", [
    # a determiner before "March" or "May" and a common noun after: the month as an adjective
    ("The March handover will let the board sign the deal.", ["March"]),
    ("Voters backed him in the May referendum.", ["May"]),
    # a name: "the March for Jobs", "the March Hare"; the modal verb
    ("Thousands joined the March for Jobs.", []),
    ("The March Hare had tea.", []),
    ("May the best side win.", []),
])
def test_march_and_may_before_a_noun_are_months_after_a_determiner(text, found):
    assert [c.text for c in claims_of(text)] == found


@pytest.mark.parametrize("text, phrase, value", [
    ("The ship must stay in port two more weeks.", "two more weeks", "P2W"),
    ("Repairs will take three more years.", "three more years", "P3Y"),
    ("The court gave them a few more days.", "a few more days", "PXD"),
])
def test_a_count_of_more_units_is_a_duration(text, phrase, value):
    assert only(text, phrase).timex.value == value


@pytest.mark.parametrize("text, found", [
    # "as long as" / "as little as" bound a duration
    ("The review may take as long as a year.", ["a year"]),
    ("Shipping takes as little as a day.", ["a day"]),
    # "as a ..." alone is a role, not a duration
    ("She worked as a day nurse.", []),
])
def test_a_single_unit_after_as_long_as_is_a_duration(text, found):
    assert [c.text for c in claims_of(text)] == found


def test_a_count_of_fewer_units_is_a_difference_not_a_duration():
    assert [c.text for c in claims_of("The new calendar has two fewer days.")] == []


def test_within_48_hours_is_a_duration_with_its_signal():
    c = only("He must leave within 48 hours.", "48 hours")
    assert (c.timex.type, c.timex.value, c.attrs["signal"]) == ("DURATION", "PT48H", "within")


def test_a_story_told_in_1940_reads_may_as_may_1940():
    text = ("In 1936 the war began. In 1937 it spread. In 1938 it grew. In 1939 it turned. "
            "In 1940 the front broke. In May, the army fell back.")
    assert only(text, "May", published=date(2009, 12, 19)).timex.value == "1940-05"


_ALLIANCE = ("The pact was signed in 1951. Turkey joined in 1954, Austria in 1960, Peru in 1966 and Chile in 1979. ")


@pytest.mark.parametrize("sentence, value", [
    # a clause that looks ahead of the writing is about the coming May, not the story's
    ("A summit is expected to settle the matter in May.", "2000-05"),
    ("The envoys will meet again in May.", "2000-05"),
    ("Leaders are scheduled to gather in Oslo in May.", "2000-05"),
    # a future told from a moment of the story stays in the story's year
    ("Its founders said they would meet again in May.", "1979-05"),
    ("The council sat until May.", "1979-05"),
    ("The council met in May.", "1979-05"),
])
def test_a_yearless_month_in_a_clause_ahead_of_the_writing_leaves_the_story(sentence, value):
    assert only(_ALLIANCE + sentence, "May", published=date(2000, 3, 12)).timex.value == value


_WAR_YEARS = "The war began in 1936. It spread in 1937. It grew in 1938 and 1939. "


@pytest.mark.parametrize("between, value", [
    # a new paragraph's first time sets its scene, even a bare year in passing
    ("\n\n", "1941-06"),
    # in the same paragraph, a year in passing after a dated day does not move the story
    (" ", "1940-06"),
])
def test_a_paragraph_opening_on_a_bare_year_moves_the_story(between, value):
    text = (_WAR_YEARS + "On 3 May 1940 the army crossed the river." + between
            + "The generals began planning for 1941 early. In June the army moved.")
    assert only(text, "June", published=date(2009, 12, 19)).timex.value == value


_GREAT_WAR = "The war began in 1914. It spread in 1915. It grew in 1916 and 1917. "
_FLASHBACK = "On 21 March 1918 the offensive began. On 28 March the line held."


def _last_push_after(aside: str) -> str:
    """The value of "15 July" told after ``aside`` in a story that has reached March 1918."""
    text = _GREAT_WAR + _FLASHBACK + aside + " The last push came on 15 July."
    return only(text, "15 July", published=date(2009, 12, 19)).timex.value


@pytest.mark.parametrize("flashback, value", [
    # a day of an earlier year told in passing: the story goes on in 1918
    (" A council had been set up on 5 November 1917.", "1918-07-15"),
    # the same day opening its sentence, or its paragraph, takes the story back
    (" On 5 November 1917, a council had been set up.", "1917-07-15"),
    ("\n\nA council had been set up on 5 November 1917.", "1917-07-15"),
])
def test_a_flashback_in_passing_does_not_move_the_story(flashback, value):
    assert _last_push_after(flashback) == value


def _after_an_aside(aside: str, then: str) -> str:
    """The value of the yearless day ``then`` told after ``aside`` in a story that has reached
    9 April 2003."""
    text = ("The war began in 1998. It spread in 1999. It grew in 2000 and 2001. "
            "On 20 March 2003 the invasion began. On 9 April the city fell. " + aside + " " + then + " the war was declared over.")
    return only(text, then.removeprefix("On ").rstrip(","), published=date(2009, 12, 19)).timex.value


@pytest.mark.parametrize("aside, then, value", [
    # an aside years ahead (ASIDE_JUMP_YEARS = 2), then a day just after where the story was
    # (RESUME_DAYS = 31 days): the story goes on in 2003
    ("In November 2005, protesters staged a similar scene.", "On 15 April,", "2003-04-15"),
    ("In November 2005, protesters staged a similar scene.", "On 10 May,", "2003-05-10"),  # 31 days
    ("In November 2005, protesters staged a similar scene.", "On 11 May,", "2005-05-11"),  # 32 days
    # a jump of one year is the story moving on
    ("In November 2004, protesters staged a similar scene.", "On 15 April,", "2004-04-15"),
    # a day after the aside's own point goes on in the aside's year
    ("In November 2005, protesters staged a similar scene.", "On 20 December,", "2005-12-20"),
])
def test_a_story_comes_back_from_an_aside_years_ahead(aside, then, value):
    assert _after_an_aside(aside, then) == value


@pytest.mark.parametrize("aside, value", [
    # a date in brackets is an aside, even a later one or one opening its sentence's clause
    (" The figures (as of 5 December 1925) were grim.", "1918-07-15"),
    (" (On 5 December 1925 the last survivor died.)", "1918-07-15"),
    # the same date outside brackets moves the story
    (" On 5 December 1925 the last survivor died.", "1925-07-15"),
    # however many words the brackets hold before the date
    (" The figures (as counted by the national census office on 5 December 1925) were grim.", "1918-07-15"),
])
def test_a_date_in_brackets_does_not_move_the_story(aside, value):
    assert _last_push_after(aside) == value


def test_a_history_reaching_the_years_before_publication_keeps_its_story_year():
    history = ("The war began in 2001. It spread in 2002. It grew in 2003 and 2004. "
               "Talks failed in 2005. In 2008 the last offensive began. In late April the rebels fled.")
    assert only(history, "late April", published=date(2009, 12, 19)).timex.value == "2008-04"
    # news that cites a year or two stays with publication: no story is told
    news = "Sales rose in 2008, the firm said. In late April the shares fell."
    assert only(news, "late April", published=date(2009, 12, 19)).timex.value == "2009-04"


@pytest.mark.parametrize("aside, value", [
    # where something ended, told in passing after "until": the story stays in 1918
    (" The siege lasted until February 1919.", "1918-07-15"),
    # "until" six words before the date (END_SIGNAL_WORDS) still marks the span's end ...
    (" The siege lasted until the fall of Kars in February 1919.", "1918-07-15"),
    # ... seven words before, it no longer reaches the date
    (" The siege lasted until the fall of the fort in February 1919.", "1919-07-15"),
    # opening its sentence, the same date moves the story
    (" Until February 1919 the siege lasted.", "1919-07-15"),
])
def test_a_date_where_something_ended_does_not_move_the_story(aside, value):
    assert _last_push_after(aside) == value


@pytest.mark.parametrize("aside, value", [
    # a date told for comparison beside the story's own: the story stays in 1918
    (" Losses fell to 900 a week, as opposed to 2,000 at worst in October 1919.", "1918-07-15"),
    (" Losses fell to 900 a week, down from a high of 2,000 in October 1919.", "1918-07-15"),
    (" The army lost 900 men, compared with 2,000 in October 1919.", "1918-07-15"),
    # the comparison ("from a high of") opens COMPARISON_WINDOW (10) words before the date ...
    (" Losses fell, from a high of nearly 2,000 men a week in October 1919.", "1918-07-15"),
    # ... not eleven words before
    (" Losses fell, from a high of nearly 2,000 fit men a week in October 1919.", "1919-07-15"),
    # another time or a comma between ends the comparison's reach
    (" Losses fell, down from a high in 1917 to a low in October 1919.", "1919-07-15"),
    (" Losses fell, down from a high, and the line broke in October 1919.", "1919-07-15"),
    # without a comparison, the same date moves the story
    (" Losses reached a peak of 2,000 in October 1919.", "1919-07-15"),
    # "against" alone is a preposition of fighting, not a comparison
    (" An offensive against the rebels began in October 1919.", "1919-07-15"),
])
def test_a_date_told_for_comparison_does_not_move_the_story(aside, value):
    assert COMPARISON_WINDOW == 10
    assert _last_push_after(aside) == value


@pytest.mark.parametrize("text, phrase, value", [
    ("The siege (26 June - 4 August 1952) was long.", "26 June", "1952-06-26"),
    ("The fair ran from March 3 to April 9, 2016.", "March 3", "2016-03-03"),
    ("It rained between 3 May and 9 June 1950.", "3 May", "1950-05-03"),
    # a range across the new year starts in the year before its end
    ("The raid (28 December - 15 January 1951) failed.", "28 December", "1950-12-28"),
])
def test_a_yearless_day_joined_to_a_dated_one_takes_its_year(text, phrase, value):
    assert only(text, phrase, published=date(2024, 4, 21)).timex.value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("They spent the spring and early summer of 1943 digging in.", "the spring", "1943-SP"),
    ("The armies withdrew in the winter-spring of 1920.", "the winter", "1920-WI"),
    # a year before Christ after the dated season is not this calendar's year
    ("They marched in the spring and summer of 481 BC.", "the spring", "2024-SP"),
])
def test_a_yearless_season_joined_to_a_dated_one_takes_its_year(text, phrase, value):
    assert only(text, phrase, published=date(2024, 4, 21)).timex.value == value


def test_a_yearless_day_not_joined_to_a_dated_one_is_read_from_publication():
    # a word between the join and the dated day: two times told, not a range
    t = only("The fair opened on March 3 and by April 9, 2016 it had closed.", "March 3",
             published=date(2024, 4, 21)).timex
    assert t.value == "2024-03-03"


@pytest.mark.parametrize("text, value", [
    ("In April and June 1955, the army moved.", "1955-04"),
    ("From March to May 2010 it rained.", "2010-03"),
    # a range that ends in an earlier month crosses the new year
    ("From November to March 2010 it rained.", "2009-11"),
    ("In November and March 2010 it rained.", "2010-11"),  # "and" names two months, no span
    ("It rained in March, then it snowed in May 2010.", "2024-03"),  # not joined: a month of its own
])
def test_a_month_joined_to_a_dated_month_shares_its_year(text, value):
    month = text.split()[1] if text.startswith(("In", "From")) else "March"
    assert only(text, month).timex.value == value


@pytest.mark.parametrize("then, value", [
    # the story has reached March 1945: a span "from October to March" began in 1944
    ("They fought from October to March.", "1944-10"),
    ("They fought from October to December.", "1945-10"),
])
def test_a_range_of_months_in_a_story_that_crosses_the_new_year(then, value):
    text = _WAR_YEARS + "They landed in January 1945 and took the port in March. " + then
    assert only(text, "October", published=date(2009, 12, 19)).timex.value == value


@pytest.mark.parametrize("text, published, value", [
    (_WAR_YEARS + "In 1940 the front broke. Later in the year the army fell back.", date(2009, 12, 19), "1940"),
    (_WAR_YEARS + "In 1940 the front broke. Late in the year the army fell back.", date(2009, 12, 19), "1940"),
    ("Sales rose in 2023. Later in the year they will fall.", SUNDAY, "2024"),  # news: publication's year
])
def test_later_in_the_year_is_the_year_a_story_is_in(text, published, value):
    phrase = "Later in the year" if "Later" in text else "Late in the year"
    assert only(text, phrase, published).timex.value == value


@pytest.mark.parametrize("text, phrase, typ, value", [
    ("Sales for the year rose 5%.", "the year", "DATE", "2024"),  # the reporting year
    ("He forecast a rise for the full year.", "the full year", "DATE", "2024"),
    ("It earned $5 for the year ended Sept. 30.", "the year", "DURATION", "P1Y"),  # a span with its end
    ("Prices rose throughout the year.", "the year", "DURATION", "P1Y"),
])
def test_for_the_year_is_the_reporting_year_unless_its_end_is_given(text, phrase, typ, value):
    t = only(text, phrase).timex
    assert (t.type, t.value) == (typ, value)


# -- durations and sets ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, mod, low, high", [
    ("It ran for the past ten years.", "the past ten years", "P10Y", None, "P9.5Y", "P11Y"),
    ("He had 48 hours to leave.", "48 hours", "PT48H", None, "PT47.5H", "PT49H"),
    ("It lasted nearly 30 years.", "nearly 30 years", "P30Y", "LESS_THAN", "P22.5Y", "P30Y"),
    ("It lasted more than a decade.", "more than a decade", "P10Y", "MORE_THAN", "P10Y", None),
    ("It lasted about a year.", "about a year", "P1Y", "APPROX", "P0.8Y", "P1.2Y"),
    ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", None, "P2.25Y", "P2.75Y"),
    # one unit is read as a writer rounds it, not "whole units completed" (up to two)
    ("It lasted a year.", "a year", "P1Y", None, "P0.75Y", "P1.5Y"),
    ("She stayed for half a year.", "half a year", "P6M", None, "P0.3Y", "P0.75Y"),
    # a decade or a fortnight is counted in years or weeks
    ("It ran for the past decade.", "the past decade", "P10Y", None, "P8Y", "P12.5Y"),
    ("It ran for two decades.", "two decades", "P20Y", None, "P18Y", "P22.5Y"),
    ("They walked out for a fortnight.", "a fortnight", "P2W", None, "P1.5W", "P3W"),
    ("It lasted more than a decade.", "more than a decade", "P10Y", "MORE_THAN", "P10Y", None),
    # "a decade-long dispute": the length of a thing, as "a ten-year dispute" is
    ("It ended a decade-long dispute.", "a decade-long", "P10Y", None, "P8Y", "P12.5Y"),
])
def test_durations_keep_the_tolerance_of_their_wording(text, phrase, value, mod, low, high):
    t = only(text, phrase).timex
    assert (t.type, t.value, t.mod, t.low, t.high) == ("DURATION", value, mod, low, high)
    assert t.earliest is None and t.latest is None


def test_the_past_ten_years_runs_until_publication():
    assert only("It ran for the past ten years.", "the past ten years").attrs["until"] == "publication"


def test_a_three_day_visit_is_an_adjectival_duration():
    c = only("He began a three-day visit.", "three-day")
    assert c.timex.value == "P3D" and c.attrs["adjectival"] is True


@pytest.mark.parametrize("text, phrase, value", [
    ("They meet every week.", "every week", "P1W"),
    ("It is paid annually.", "annually", "P1Y"),
    ("They meet twice a year.", "twice a year", "P1Y"),
    ("Flights leave on Mondays.", "Mondays", "XXXX-WXX-1"),
])
def test_sets(text, phrase, value):
    t = only(text, phrase).timex
    assert (t.type, t.value) == ("SET", value)


def test_a_quarterly_dividend_is_not_a_set():
    assert claims_of("It pays a quarterly dividend.") == []


# -- times -------------------------------------------------------------------------------------------

def test_clock_time_with_zone():
    c = only("The vote closes at 08:00 GMT.", "08:00 GMT")
    assert (c.timex.type, c.timex.value, c.attrs["zone"]) == ("TIME", "2024-04-21T08:00", "GMT")


def test_friday_morning_and_late_on_tuesday():
    assert only("He spoke on Friday morning.", "Friday morning").timex.value == "2024-04-19TMO"
    t = only("It ended late on Tuesday.", "late on Tuesday").timex
    assert (t.value, t.mod) == ("2024-04-16", "END")


def test_a_clock_time_takes_the_day_written_after_it():
    assert only("Polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday").timex.value == "2024-04-17T22:00"


# -- things that look like time and are not --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cases of COVID-19 rose.",
    "Leaders of the G20 met.",
    "Under Resolution 2100 (2013), the mission was set up.",
    "Article 15 applies.",
    "Call 555-1234 for details.",
    "They won 3-1.",
    "Security changed after 9/11.",
    "It rose to 1,250 points.",
    "The index gained 12.5 percent.",
    "He said it may rain. Troops march on.",
    "The fall of the city was swift.",
])
def test_no_claim(text):
    assert claims_of(text) == []


def test_the_10_year_bond_is_only_an_adjectival_duration():
    cs = claims_of("The 10-year bond yield rose.")
    assert [(c.text, c.timex.type, c.attrs.get("adjectival")) for c in cs] == [("10-year", "DURATION", True)]


def test_without_a_publication_date_relative_expressions_stay_unresolved():
    t = only("He left on Friday.", "Friday", published=None).timex
    assert (t.value, t.resolution, t.earliest) == ("XXXX-WXX-5", "unresolved", None)


# -- named days ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("They met at Easter 2023.", "Easter 2023", "2023-04-09"),
    ("Memorial Day 2020 was quiet.", "Memorial Day 2020", "2020-05-25"),
    ("Thanksgiving 2024 falls late.", "Thanksgiving 2024", "2024-11-28"),
    ("On Christmas Eve he left.", "Christmas Eve", "2023-12-24"),
    ("The parade on the Fourth of July was cancelled.", "the Fourth of July", "2023-07-04"),
])
def test_holidays(text, phrase, value):
    c = only(text, phrase)
    assert c.timex.value == value


def test_a_holiday_without_a_year_is_the_last_or_next_one():
    t = only("Good Friday falls early.", "Good Friday").timex
    assert (t.earliest, t.latest) == (date(2024, 3, 29), date(2025, 4, 18))


def test_a_year_earlier_than_a_day_is_that_day_a_year_back():
    cs = claims_of("The offer expired on 2 November 2023, a year earlier than planned.")
    assert cs[-1].timex.value == "2022-11-02"


@pytest.mark.parametrize("text, phrase, value, earliest, latest", [
    # "or so": about that long ago, the week it names and a day or two either side
    ("A week or so ago the talks broke down.", "A week or so ago", "2024-W15", date(2024, 4, 8), date(2024, 4, 15)),
    # a count between two: a vague past spanning both
    ("Two or three days ago the talks broke down.", "Two or three days ago", "PAST_REF",
     date(2024, 4, 18), date(2024, 4, 19)),
    ("A year or two ago the talks broke down.", "A year or two ago", "PAST_REF", date(2022, 4, 21), date(2023, 4, 21)),
])
def test_a_count_given_loosely_ago(text, phrase, value, earliest, latest):
    t = only(text, phrase).timex
    assert (t.value, t.earliest, t.latest) == (value, earliest, latest)


@pytest.mark.parametrize("text, phrase, value", [
    ("The call lasted a minute and a half.", "a minute and a half", "PT1M30S"),
    ("The strike lasted two hours and a half.", "two hours and a half", "PT2H30M"),
    ("A month and a half ago the plant closed.", "A month and a half ago", "2024-03"),  # 6 March
])
def test_and_a_half_after_the_unit_adds_half_a_unit(text, phrase, value):
    assert only(text, phrase).timex.value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("His three-and-a-half-year spell ended.", "three-and-a-half-year", "P3Y6M"),
    ("A two-and-a-half-hour meeting followed.", "two-and-a-half-hour", "PT2H30M"),
    ("His three and a half years in charge ended.", "three and a half years", "P3Y6M"),
])
def test_and_a_half_before_the_unit_adds_half_a_unit_hyphenated_or_not(text, phrase, value):
    assert only(text, phrase).timex.value == value


def test_a_count_between_two_is_read_only_when_the_second_is_larger():
    assert claims_of("Three or two days ago it rained.") == []


def test_a_year_ago_beside_a_quarter_named_sentences_before_is_that_quarter():
    text = ("Profit rose 10% in the third quarter of 2023. Sales were flat. "
            "Costs fell. Revenue was $5 million, up from $4 million a year ago.")
    assert only(text, "a year ago").timex.value == "2022-Q3"


@pytest.mark.parametrize("published, value", [
    # published 18 months (YEAR_AGO_REACH_MONTHS) or more after the end of the year before
    # 2022: 2022 is itself the year-ago year, named again
    (date(2023, 7, 1), "2022"),
    (date(2023, 11, 2), "2022"),
    # earlier, 2022 may be the report's current year: the year-ago results are 2021's
    (date(2023, 6, 30), "2021"),
    (date(2023, 2, 15), "2021"),
])
def test_the_year_ago_results_after_a_year_already_a_year_back(published, value):
    assert YEAR_AGO_REACH_MONTHS == 18
    text = "Net was $9 million, against a loss in the 2022 period. The year-ago figures had a one-off charge."
    assert only(text, "year-ago", published=published).timex.value == value


def test_the_year_ago_quarter_after_a_quarter_is_a_year_back_whenever_published():
    text = "Net rose 5% in the first quarter of 2023. The year-ago figures had a one-off charge."
    assert only(text, "year-ago", published=date(2023, 11, 2)).timex.value == "2022-Q1"


@pytest.mark.parametrize("text, phrase, value", [
    # a day that ends the period named right before it dates the period, which stays what
    # "a year earlier" and "the year-ago quarter" count from
    ("Net rose 9% in the third quarter ended Sept. 28, from $4 million a year earlier.", "a year earlier", "2022-Q3"),
    ("Net rose 9% in the third quarter ending Sept. 30, against $4 million in the year-ago quarter.",
     "the year-ago quarter", "2022-Q3"),
    # a day told on its own is the time "a year earlier" counts from
    ("Net rose 9% in the third quarter. On Sept. 30 the shares fell, from $4 a year earlier.", "a year earlier",
     "2022-09-30"),
])
def test_a_year_back_from_a_quarter_dated_by_its_last_day(text, phrase, value):
    assert only(text, phrase, published=date(2023, 11, 2)).timex.value == value


def test_a_year_back_from_a_fiscal_quarter_is_the_quarter_its_value_names_a_year_back():
    # a fiscal first quarter may start up to nine months before the calendar's: the interval
    # keeps that, the value counts from the quarter the value names
    t = only("Net rose in the fiscal first quarter. It had a loss a year ago.", "a year ago",
             published=date(2023, 11, 2)).timex
    assert t.value == "2022-Q1" and t.earliest == date(2021, 4, 1) and t.latest == date(2022, 3, 31)


@pytest.mark.parametrize("text, phrase, value", [
    # a period counted back from publication keeps its unit whatever word follows it
    ("In the past decade alone, exports doubled.", "the past decade", "P10Y"),
    ("The past year saw record sales.", "The past year", "P1Y"),
    # a count and a singular unit before a noun is still the noun's length
    ("The eight-year term ended.", "eight-year", "P8Y"),
])
def test_the_past_unit_before_a_word_is_the_period(text, phrase, value):
    assert only(text, phrase).timex.value == value


@pytest.mark.parametrize("text, found", [
    # "the past" before a count is an adjective of the count, not the vague past
    ("Storms flooded the town during the past four winters.", []),
    ("The past few seasons were poor.", []),
    # alone it is the vague past
    ("Such floods are a thing of the past.", ["the past"]),
    ("In the past, such floods were rare.", ["the past"]),
])
def test_the_past_before_a_count_is_no_vague_past(text, found):
    assert [c.text for c in claims_of(text)] == found


@pytest.mark.parametrize("text, found", [
    # a holiday ending a quoted title that a capitalized word opens is the title
    ('The band closed with "Blue Christmas" at midnight.', []),
    ("The band closed with \u201cBlue Christmas\u201d at midnight.", []),
    # the holiday itself, quoted or after a capitalized word outside quotes, is the day
    ('The band played on "Christmas" at midnight.', ["Christmas"]),
    ("The band played on Orthodox Christmas at midnight.", ["Christmas"]),
])
def test_a_holiday_in_a_quoted_title_is_no_day(text, found):
    assert [c.text for c in claims_of(text) if "Christmas" in c.text] == found


@pytest.mark.parametrize("text, found", [
    # a quotation that a time opens with a capitalized unit after its first word: a title
    ('The minister spoke on the programme "This Week" last night.', ["last night"]),
    ("She told CBS's ''48 Hours'' that she would run.", []),
    ('The film "Three Days Later" opened in Leeds.', []),
    # a quotation's first word is capitalized in any case: speech keeps its times
    ('"This week was hard," the coach said.', ["This week"]),
    ('"Two days ago we were ahead," she said.', ["Two days ago"]),
    ('"Next Monday we vote," she said.', ["Next Monday"]),
])
def test_a_time_that_opens_a_quoted_title_is_the_title(text, found):
    assert [c.text for c in claims_of(text)] == found


def test_a_couple_of_years_is_two_with_a_tolerance():
    t = only("It took a couple of years.", "a couple of years").timex
    assert (t.value, t.low, t.high) == ("P2Y", "P2Y", "P3Y")


@pytest.mark.parametrize("text, phrase, type_, value", [
    ("It costs $50 a year.", "a year", "SET", "P1Y"),
    ("Output is 2 million tonnes per day.", "per day", "SET", "P1D"),
    ("Prices rose over the years.", "the years", "DURATION", "PXY"),
    ("Debt fell by year-end.", "year-end", "DATE", "2024-12-31"),
])
def test_rates_spans_and_year_end(text, phrase, type_, value):
    t = only(text, phrase).timex
    assert (t.type, t.value) == (type_, value)


def test_an_age_is_a_duration_marked_as_an_age():
    c = only("Hassan, a 38-year-old engineer, left.", "38-year-old")
    assert (c.timex.value, c.attrs["age"]) == ("P38Y", True)


def test_a_story_year_is_not_moved_by_a_year_named_in_passing():
    text = ("The war began in 1939. It spread in 1940. In 1941 it turned. In 1942 it grew. By 1943 it raged. "
            "On 10 March 1975, the offensive opened, ahead of a campaign planned for 1976. "
            "The front collapsed on 11 March.")
    assert only(text, "11 March", published=date(2009, 12, 19)).timex.value == "1975-03-11"


def test_a_story_rolls_into_its_next_year_when_it_moves_from_late_in_one_year_to_early_in_the_next():
    story = ("The siege began in 1940. The first assault came in March 1940. A second followed in "
             "June 1941. In 1941 the city held. Supplies ran out in November 1941. In 1942 relief "
             "came. The offensive opened in December 1941. In January the front broke.")
    [january] = [c for c in claims_of(story, date(2020, 5, 1)) if c.text == "January"]
    assert january.timex.value == "1942-01"
    # a month only a little before the one the story reached is a look back in the same year
    story2 = story.replace("In January the front broke.", "In May the front had broken.")
    [may] = [c for c in claims_of(story2, date(2020, 5, 1)) if c.text == "May"]
    assert may.timex.value == "1941-05"  # seven months back: one short of STORY_ROLL_MONTHS
    # eight months back (STORY_ROLL_MONTHS) is twice as far as the four ahead: the next year
    story3 = story.replace("In January the front broke.", "In April the front broke.")
    [april] = [c for c in claims_of(story3, date(2020, 5, 1)) if c.text == "April"]
    assert april.timex.value == "1942-04"


# -- a story told before Christ ------------------------------------------------------------------

_LEAGUE = ("The league fought from 510 BC to 470 BC. It lost in 506 BC. It won in 503 BC. "
           "It split in 501 BC. The fleet was founded in 499 BC. ")


@pytest.mark.parametrize("sentence, phrase, value", [
    ("In September the fleets met.", "September", "BC0499-09"),
    ("On 26 June the assembly voted.", "26 June", "BC0499-06-26"),
    ("In the summer a city burned.", "the summer", "BC0499-SU"),
    ("The following year its ships sailed.", "The following year", "BC0498"),
    ("Two years later peace came.", "Two years later", "BC0497"),
    ("A decade earlier a tyrant had fallen.", "A decade earlier", "BC0509"),  # back before Christ adds years
    ("The following decade was calm.", "The following decade", "BC048"),
])
def test_a_story_told_before_christ_keeps_its_times_before_christ(sentence, phrase, value):
    t = only(_LEAGUE + sentence, phrase, published=date(2009, 12, 1)).timex
    assert (t.value, t.resolution, t.earliest) == (value, "anchor", None)


@pytest.mark.parametrize("text, phrase, value", [
    ("The army crossed in April 480 BC.", "April 480 BC", "BC0480-04"),
    ("Envoys left in the autumn of 481 BC.", "the autumn of 481 BC", "BC0481-FA"),
])
def test_a_month_or_season_with_a_year_before_christ(text, phrase, value):
    assert only(text, phrase).timex.value == value


def test_a_year_of_our_era_ends_a_story_told_before_christ():
    text = _LEAGUE + "The museum opened in 1941. In March the exhibits came."
    assert only(text, "March", published=date(2009, 12, 1)).timex.value == "1941-03"


def test_a_year_since_which_something_held_does_not_move_the_story():
    text = _LEAGUE + "In 492 BC a general, ruling since 513 BC, took Thrace. The following year envoys came."
    assert only(text, "The following year", published=date(2009, 12, 1)).timex.value == "BC0491"


def test_a_bc_year_in_news_does_not_move_the_months_of_the_news():
    # one ancient year in a news story is no story told before Christ
    assert only("The temple, built in 480 BC, reopens in May.", "May").timex.value == "2024-05"


def test_the_next_day_in_a_story_with_no_day_told_names_no_day():
    t = only(_LEAGUE + "The next day the fleet sailed.", "The next day", published=date(2009, 12, 1)).timex
    assert (t.value, t.resolution) == ("XXXX-XX-XX", "unresolved")


# -- seasons in a story ----------------------------------------------------------------------------

@pytest.mark.parametrize("told, value, earliest", [
    # a story that has reached the autumn: "the winter" is the one closing the year, named by its January
    ("In October 1916 the rains came. The armies dug in for the winter.", "1917-WI", date(1916, 12, 1)),
    # a story in January or February is in the winter it tells
    ("In January 1916 the rains came. The armies dug in for the winter.", "1916-WI", date(1915, 12, 1)),
    # the limit, WINTER_AHEAD_FROM_MONTH (July): from July the coming winter is the nearer one ...
    ("In July 1916 the rains came. The armies dug in for the winter.", "1917-WI", date(1916, 12, 1)),
    # ... in June the one just past ("they had lost ground over the winter")
    ("In June 1916 the rains came. The armies had lost ground over the winter.", "1916-WI", date(1915, 12, 1)),
])
def test_the_winter_in_a_story_is_the_one_the_story_reaches(told, value, earliest):
    t = only(_GREAT_WAR + told, "the winter", published=date(2009, 12, 19)).timex
    assert (t.value, t.earliest) == (value, earliest)


def test_the_winter_a_story_looks_ahead_to_does_not_move_its_year():
    story = _GREAT_WAR + "In October 1916 the rains came. The armies dug in for the winter. "
    assert only(story + "By the end of the year they had lost 5,000 men.",
                "the end of the year", published=date(2009, 12, 19)).timex.value == "1916"


@pytest.mark.parametrize("told, phrase, value", [
    ("In June 1916 the rains came. The next autumn the front moved.", "The next autumn", "1916-FA"),
    ("In October 1916 the rains came. The next autumn the front moved.", "The next autumn", "1917-FA"),
    ("In October 1916 the rains came. The previous spring the front moved.", "The previous spring", "1916-SP"),
    ("In April 1916 the rains came. The previous spring the front moved.", "The previous spring", "1915-SP"),
])
def test_the_next_season_is_the_first_to_begin_after_the_time_told(told, phrase, value):
    assert only(_GREAT_WAR + told, phrase, published=date(2009, 12, 19)).timex.value == value


def test_a_year_before_christ_in_passing_in_a_story_of_our_era_is_an_aside():
    story = ("The siege began in 1940. It spread in 1941. In 1942 it grew. By 1943 it raged. "
             "In 1944 the army reached the city, founded in 753 BC by settlers. In March the walls fell.")
    assert only(story, "March", published=date(2009, 12, 1)).timex.value == "1944-03"
    opening = story.replace("the city, founded in 753 BC by settlers.", "the city. In 753 BC settlers founded it.")
    assert only(opening, "March", published=date(2009, 12, 1)).timex.value == "BC0753-03"


# --- a verb's past form: one test for the tagger's tense and the rules ------------------------


@pytest.mark.parametrize("word", ["fell", "Sold", "announced", "died", "used", "agreed"])
def test_past_forms_irregular_regular_and_short_are_past(word):
    assert is_past_form(word)


@pytest.mark.parametrize("word", ["hundred", "need", "indeed", "speed", "red", "bed", "sell", "ago", "yesterday"])
def test_words_ending_in_ed_that_are_no_verb_forms_and_past_markers_are_not_past_forms(word):
    assert not is_past_form(word)


def test_a_participle_often_an_adjective_is_still_a_past_form_for_the_caller_to_judge():
    assert is_past_form("alleged") and is_past_form("planned")


# -- a count noun after a day and month -----------------------------------------------------------

def test_a_day_written_before_its_month_leaves_no_number_to_count_the_noun_after():
    """"On 3 March members voted": the date ends with its month, so "members" is the subject,
    not what a number counts."""
    assert only("On 3 March members voted at the town hall and again met the mayor.", "3 March").timex.value \
        == "2024-03-03"


def test_a_day_written_after_its_month_may_count_the_noun_after():
    """"In May 20 people died": the number before "people" counts them, so no 20 May."""
    assert [c.text for c in claims_of("In May 20 people died.")] == ["May"]


# -- a day counted from a day not yet told ----------------------------------------------------------

def test_the_following_day_before_any_day_names_none():
    """"the following day" hangs on a day of the story; before one is told it is never
    counted from publication (that is "tomorrow")."""
    c = only("Police arrested a man the following day. The fire had started on 29 March.", "the following day")
    assert (c.timex.resolution, c.timex.earliest) == ("unresolved", None)


def test_the_following_day_after_a_day_is_counted_from_it():
    c = only("The fire started on 29 March. Police arrested a man the following day.", "the following day")
    assert (c.timex.resolution, c.timex.earliest) == ("anchor", date(2024, 3, 30))


@pytest.mark.parametrize("text, value", [
    # "that" before a past form and its preposition opens a relative clause: the clause is past
    ("Bidders will be told about the tender that closed on Tuesday.", "2024-04-16"),
    ("Regulators are expected to review the sale that ended on Friday.", "2024-04-19"),
    ("The scheme that closed on Tuesday is due to reopen.", "2024-04-16"),
])
def test_a_past_form_after_that_is_a_relative_clause_verb(text, value):
    when = next(w for w in ("Friday", "Tuesday", "December") if w in text)
    assert only(text, when).timex.value == value


@pytest.mark.parametrize("text, value", [
    # "plans to the council", "due to the storm": "to" before a determiner is a preposition, no plan
    ("Architects took their plans to the council on Friday.", "2024-04-19"),
    ("The match, due to the storm, was abandoned on Tuesday.", "2024-04-16"),
])
def test_a_plan_word_before_to_and_a_determiner_sets_no_future(text, value):
    when = next(w for w in ("Friday", "Tuesday") if w in text)
    assert only(text, when).timex.value == value
