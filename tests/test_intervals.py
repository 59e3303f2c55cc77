"""The interval reader (claims/intervals.py) and the tier of date.duration-conflict that reads it.

The principle: a clause whose verb starts or ends what it is told of marks that thing's start or
end on the clause's date; a length told of the thing must fit between the two marks. Each test
pairs what the reader reads with the case its limit leaves alone."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.extract import extract
from claims.intervals import END_, LAST, START, Intervals
from claims.read import article_from_text


def reader(text, published=date(2025, 6, 20)):
    claims = extract(article_from_text(text, published=published))
    return claims, claims.derived(Intervals)


def marks(text, published=date(2025, 6, 20)):
    _, r = reader(text, published)
    return {(m.role, m.thing, m.date.text) for m in r.marks}


def duration(claims, text):
    return next(c for c in claims.of_kind("time") if c.text == text)


def findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


# -- the marks ---------------------------------------------------------------------------------

def test_a_start_and_an_end_are_told_of_the_clause_thing():
    found = marks("The curfew was imposed on 4 May. Officials lifted the curfew on 9 June.")
    assert (START, "curfew", "4 May") in found
    assert (END_, "curfew", "9 June") in found


def test_a_date_is_told_of_the_nearest_verb_before_it():
    # the relative clause's span holds the whole sentence; its date is "sentenced"'s, not "left"'s
    found = marks("Ada Voss, who was sentenced in May 2014 to six years, left prison in April 2020.")
    assert {(r, d) for r, _, d in found} == {(START, "May 2014")}


def test_a_clause_with_no_verb_of_starting_or_ending_marks_nothing():
    assert not marks("The curfew was discussed on 4 May.")


def test_a_participle_takes_the_date_of_the_clause_before():
    found = marks("Dockers voted on Tuesday, ending a strike.", published=date(2025, 6, 20))
    assert any(r == END_ and t == "strike" and d == "Tuesday" for r, t, d in found)


def test_a_last_mention_needs_a_sentence_giving_one_date():
    assert (LAST, "rain", "3 May") in marks("The last rain fell on 3 May.")
    assert not any(r == LAST for r, _, _ in marks("The last rain fell on 3 May, not on 9 May."))


def test_one_event_by_its_noun_or_another_name():
    assert Intervals.families(["walkout"]) & Intervals.families(["strike"])
    assert Intervals.families(["repairs"]) & Intervals.families(["rehabilitation"])
    assert not Intervals.families(["curfew"]) & Intervals.families(["strike"])


# -- a term set, and served --------------------------------------------------------------------

@pytest.mark.parametrize("tail, served", [
    ("left prison in April 2020 after serving her full sentence.", True),
    ("left prison in April 2020 after serving her sentence in part.", False),
    ("left prison in April 2020 without serving her full sentence.", False),
    ("left prison in April 2020 on parole.", False),
])
def test_a_term_is_measured_only_when_told_as_served_in_full(tail, served):
    claims, r = reader("Ada Voss, who was sentenced in May 2014 to ten years for fraud, " + tail)
    assert (r.term_served(duration(claims, "ten years")) is not None) is served


def test_a_length_not_set_by_a_verb_of_imposing_is_no_term():
    claims, r = reader("Ada Voss, who was born in May 1980, spent ten years in Lisbon after serving her full "
                       "sentence in April 2020.")
    assert r.term_served(duration(claims, "ten years")) is None


# -- a state named by what it lacks ------------------------------------------------------------

def test_a_dry_spell_runs_from_the_last_rain_to_the_next():
    claims, r = reader("The reservoir fell after a nine-week dry spell. The last rain fell on 3 May. Heavy rain "
                       "returned on 14 June.")
    last, nxt = r.absence(r.thing_words(duration(claims, "nine-week")))
    assert (last.date.text, nxt.text) == ("3 May", "14 June")


def test_a_spell_of_something_present_is_no_absence():
    claims, r = reader("The town enjoyed a nine-week sunny spell. The last rain fell on 3 May. Heavy rain "
                       "returned on 14 June.")
    assert r.absence(r.thing_words(duration(claims, "nine-week"))) is None


# -- the rule's tier: severity by how the link is proven ---------------------------------------

def test_a_term_set_length_and_serving_in_one_sentence_is_a_warning():
    found = findings("Ada Voss, who was sentenced in May 2014 to ten years for fraud, left prison in April 2020 "
                     "after serving her full sentence.", date(2020, 5, 10))
    assert [f.severity.label for f in found] == ["warning"]


def test_a_start_read_across_sentences_is_info():
    found = findings("Four weeks of parking restrictions ended on Friday, when the council lifted the traffic "
                     "order. The order was imposed on 2 March.", date(2025, 5, 12))
    assert [f.severity.label for f in found] == ["info"]
    assert len(found[0].related) == 2  # both sides shown


def test_starts_that_disagree_measure_nothing():
    assert not findings("Four weeks of parking restrictions ended on Friday, when the council lifted the traffic "
                        "order. The order was imposed on 2 March. The order was imposed on 2 April, others say.",
                        date(2025, 5, 12))


# -- further ways the article tells a start, an end or the thing -------------------------------

def test_a_noun_of_ending_marks_the_thing_after_its_of():
    found = marks("The lifting of the curfew on 30 May was welcomed.")
    assert (END_, "curfew", "30 May") in found


def test_a_noun_of_ending_far_from_any_date_marks_nothing():
    assert not marks("The lifting of the curfew, long demanded by shopkeepers, traders and the city's many "
                     "residents' associations, was welcomed by all on 30 May.")


def test_a_pronoun_is_the_thing_the_sentence_before_spoke_of():
    found = marks("The curfew angered traders. It was lifted on 30 May.")
    assert (END_, "curfew", "30 May") in found


def test_a_length_told_of_its_clause_is_told_of_its_subject_and_predicate():
    claims, r = reader("The water company lifted its hosepipe ban on Monday after five weeks.")
    assert {"company", "ban"} <= set(r.clause_things(duration(claims, "five weeks")))
    claims, r = reader("After five weeks, the water company lifted its ban.")
    assert r.clause_things(duration(claims, "five weeks")) == []  # no verb before it in its clause


def test_a_term_set_for_a_length_is_a_term_too():
    claims, r = reader("Ms Ito was jailed in 2010 for eight years and freed in 2020 having served her full term.")
    assert r.term_served(duration(claims, "eight years")) is not None


def test_a_length_set_ahead_is_not_measured():
    assert not findings("A three-year contract for the harbour ended on Friday, when the council lifted the "
                        "order. The order was imposed on 2 March.", date(2025, 5, 12))
    assert findings("Three weeks of harbour closures ended on Friday, when the council lifted the order. The "
                    "order was imposed on 2 March.", date(2025, 5, 12))


def test_a_thing_meets_its_synonyms_and_derivations():
    # the mentions lexicon's synonym groups: "evacuation" and "evacuations" are one thing
    assert Intervals.families(["evacuation"]) & Intervals.families(["evacuations"])


def test_a_start_told_before_its_verb_is_only_a_reading():
    # the range shapes leave a sentence that dates the work before naming it alone
    # (tests/test_rule_date_duration_conflict.py); the reading tiers (the nearest range, or the
    # interval reader: "started" dated by the date before it, the first verb after a fronted
    # date) show both ends as one info finding, never an alarm
    found = findings("In May 2021 the work on the pier started. The pier reopened after a three-month "
                     "refurbishment, finished on 1 March.", date(2022, 3, 8))
    assert [f.severity.label for f in found] == ["info"]
    assert len(found[0].related) == 2


def test_a_length_followed_by_a_word_of_lateness_is_a_gap():
    assert not findings("The inquiry ran six days late. It opened on 1 May and closed on 23 May.",
                        date(2025, 6, 2))


def test_ends_far_off_in_scale_tell_another_thing():
    # span_ends.SLIP_RATIO: 1990 to 2005 is no slip of "two days"
    assert not findings("The town fair lasted two days. It began in 1990 and ended in 2005.", date(2025, 5, 28))


# -- how each end is told: a range, a cause, up to now, its own clause, a dated list ------------

def severities(text, published):
    return [f.severity.name.lower() for f in findings(text, published)]


POOL = ("Four-week closure of Kestrel Road pool nears its end\n\nLifeguards say the work is nearly done. "
        "The pool has been shut from 2 June until {end} so that the roof can be replaced.")


@pytest.mark.parametrize("text", [
    POOL.format(end="14 July"),  # six weeks, a headline's length read against the body's range
    "The library was closed between 3 February and 17 March. Staff said the two-week shutdown went well.",
])
def test_a_range_clause_gives_both_ends_of_the_state_its_verb_names(text):
    assert severities(text, date(2025, 8, 1)) == ["info"]


def test_a_range_clause_that_fits_is_left_alone():
    assert not findings(POOL.format(end="30 June"), date(2025, 8, 1))


def test_a_range_marks_its_clause_thing_at_both_ends():
    found = marks("The swimming pool has been shut from 2 June until 25 July.", date(2025, 8, 1))
    assert (START, "pool", "2 June") in found and (END_, "pool", "25 July") in found


def test_a_length_inside_the_range_clause_is_a_part_of_it():
    # "including three years as chair" is a part of the range, not its length
    assert not findings("Ruth Amis sat on the board from 2001 to 2019, including three years as chair.",
                        date(2025, 8, 1))


@pytest.mark.parametrize("text, published", [
    ("Ferries to the island resumed on 10 April, ending a two-week closure caused by a storm on 1 March.",
     date(2025, 4, 12)),
    ("Card payments at the chain's shops were restored on 30 May, ending a ten-day outage triggered by a "
     "cyber attack on 2 May.", date(2025, 6, 2)),
])
def test_a_state_caused_by_a_dated_event_starts_on_its_date(text, published):
    assert severities(text, published) == ["warning"]  # the length and both ends in one sentence


def test_a_caused_state_that_fits_is_left_alone():
    assert not findings("Ferries to the island resumed on 10 April, ending a two-week closure caused by a "
                        "storm on 28 March.", date(2025, 4, 12))


@pytest.mark.parametrize("text", [
    "The community kitchen opened in the spring of 2018. Volunteers say it has fed the estate for the past "
    "fifteen years.",
    "The ferry link was launched in March 2020. Its crews say it has carried commuters for the past nine years.",
])
def test_a_length_up_to_now_runs_from_its_things_start_to_publication(text):
    assert severities(text, date(2025, 6, 1)) == ["info"]


def test_a_state_up_to_now_may_be_shorter_than_the_things_life():
    # profitable for three of its seven years: no conflict
    assert not findings("The community kitchen opened in the spring of 2018. Volunteers say it has broken "
                        "even for the past three years.", date(2025, 6, 1))


@pytest.mark.parametrize("text", [
    "The sports hall opened on 12 September after 14 months of construction. Builders broke ground in "
    "March 2024.",
    "The new clinic opened on 2 June after two years of building work. Work began on the site in "
    "September 2024.",
])
def test_a_length_after_which_its_clause_happened_ends_on_that_date(text):
    assert severities(text, date(2025, 9, 20)) == ["info"]


def test_a_length_ending_on_its_clause_that_fits_is_left_alone():
    assert not findings("The sports hall opened on 12 September after 14 months of construction. Builders "
                        "broke ground in July 2024.", date(2025, 9, 20))


def test_an_undated_headline_takes_the_date_the_body_gives_its_verb_and_subject():
    text = ("Museum reopens after eight months of repairs\n\nThe museum reopened on Saturday, its director "
            "said. Contractors broke ground in February 2024.")
    assert severities(text, date(2025, 6, 2)) == ["info"]


PROGRAMME = ("The {length} folk festival returns to the park this summer. The programme is:\n\n"
             "- Friday 4 July: opening concert\n- Saturday 5 July: workshops\n- Sunday 6 July: ceilidh\n"
             "{more}\nTickets are on sale now.")


@pytest.mark.parametrize("length, more, flagged", [
    ("three-day", "- Monday 7 July: closing concert\n", True),  # four days listed
    ("four-day", "- Monday 7 July: closing concert\n", False),
    ("three-day", "", False),
])
def test_a_dated_list_is_the_span_of_the_event_its_lines_or_headline_name(length, more, flagged):
    found = findings(PROGRAMME.format(length=length, more=more), date(2025, 6, 1))
    assert [f.severity.name.lower() for f in found] == (["info"] if flagged else [])


def test_a_timeline_of_months_bounds_a_job_of_work():
    text = ("The eight-month restoration of the town organ is complete. The timeline was:\n\n"
            "- February 2024: restoration work begins\n- June 2024: pipes removed\n"
            "- April 2025: organ returns to the church\n")
    assert severities(text, date(2025, 6, 1)) == ["info"]


@pytest.mark.parametrize("text, length, bound", [
    ("The grain was milled within three years.", "three years", True),
    ("Wheat exports rose in the first two months of 2024.", "the first two months", True),
    ("The grain was milled for three years.", "three years", False),
    ("Farmers held two months of talks.", "two months", False),
    ("The bank sold six 10-year bonds.", "10-year", True),  # a count before it: several things
])
def test_a_bound_or_a_part_of_a_calendar_period_is_no_things_length(text, length, bound):
    claims, r = reader(text)
    assert r.is_bound_or_part(duration(claims, length)) is bound


def test_a_bound_is_left_alone_against_a_range():
    assert not findings("Grain was imported from 1 May 2015 to 30 June 2024 for milling. The grain was milled "
                        "within three years.", date(2025, 1, 1))


@pytest.mark.parametrize("text, published", [
    ("The consultation is open from 1 July to 30 November.", date(2025, 6, 1)),
    ("The consultation ran from 1 July to 30 November.", date(2025, 12, 20)),
])
def test_a_range_end_with_no_year_is_the_next_such_day_after_its_start(text, published):
    _, r = reader(text, published)
    ends = {m.role: m.interval for m in r.marks if m.ranged}
    assert ends[END_][0] == ends[END_][1] == date(2025, 11, 30)
    assert ends[START][0] == date(2025, 7, 1)


@pytest.mark.parametrize("earlier, read", [
    # a dated clause of the length's own verb is one stretch of the activity, not a start
    ("The economy created jobs at a robust pace in January.", False),
    # a start verb of another verb than the length's own starts the thing
    ("The agency was set up in January to find work for the jobless.", True),
])
def test_a_length_up_to_now_takes_no_start_from_a_clause_of_its_own_verb(earlier, read):
    from checker.rules.date_duration_conflict import _told_up_to_now
    text = f"{earlier}\n\nThe agency has been creating jobs for the past four months."
    claims, r = reader(text, published=date(1998, 2, 6))
    d = next(c for c in claims.of_kind("time") if c.text.endswith("four months"))
    found = _told_up_to_now(r, d, ["agency", "economy", "job"], r.an.sentence_at(d.start).index)
    assert (found is not None) is read
