"""date.duration-conflict: a person's time in a post linked to the start of that post when the
two are told of the same person in other ways than by a repeated name: a pronoun going on
with the person, the post's holding verb in the next sentence, a start in the stay's own
sentence, a start verb whose date follows it past an aside, a post's start preferred over the
joining of the place, and a stay told as ending ahead with no date (info). And two links of a
span to its ends: a length told before the pronoun sentence that dates them, and a span told
as ended, no longer than its start to publication."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text


def findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


def test_a_pronoun_going_on_with_the_person_tells_the_post_held_since():
    text = ("Port authority head Kofi Mensah-Adjei will retire on 30 June after twelve years in charge. "
            "Under his leadership the port doubled its capacity. He has run the authority since 2017, when he "
            "moved over from the shipping line.")
    [f] = findings(text, date(2025, 6, 10))
    assert f.severity.name == "WARNING" and "twelve years" in f.message


def test_a_pronoun_after_another_person_is_named_tells_of_that_one():
    text = ("Port authority head Kofi Mensah-Adjei will retire on 30 June after twelve years in charge. "
            "His deputy, Ms Ama Owusu, ran the docks. She has run the terminal since 2017.")
    assert findings(text, date(2025, 6, 10)) == []


def test_the_post_held_in_the_next_sentence_is_the_post_the_lead_names():
    text = ("The chair of the Harbour Heritage Trust will stand down in March after twelve years in post. "
            "Mr Eamon Quill has chaired the trust since 2019, restoring two lighthouses.")
    [f] = findings(text, date(2025, 11, 8))
    assert f.severity.name == "WARNING"


def test_a_holding_verb_of_another_body_is_not_the_post_the_lead_names():
    text = ("The chair of the Harbour Heritage Trust will stand down in March after twelve years in post. "
            "Mr Eamon Quill has chaired the rowing club since 2019.")
    assert findings(text, date(2025, 11, 8)) == []


def test_a_post_started_after_the_joining_measures_a_holding():
    text = ("Ingrid Lindqvist, who has headed the maritime museum for the past decade, is leaving. Lindqvist "
            "joined the museum in 2012 as a curator and was named director in 2019.")
    [f] = findings(text, date(2025, 9, 3))
    assert "2019" in f.message


def test_a_holding_that_fits_the_post_started_after_the_joining_is_not_flagged():
    text = ("Rosa Delgado-Park, who has led the firm for the past six years, said orders rose. Delgado-Park "
            "joined the company in 2010 as an engineer and was named managing director in 2019.")
    assert findings(text, date(2025, 6, 5)) == []


def test_a_start_verb_is_dated_by_the_date_after_it_not_by_an_aside_before_it():
    text = ("Marta Silva-Neves, who has led the rowing club for the past 12 years, will stand down in May. "
            "Silva-Neves, who rowed at three championships in the 1990s, was elected club president in 2020.")
    [f] = findings(text, date(2025, 3, 2))
    assert "2020" in f.message


def test_a_start_in_the_stays_own_sentence_is_a_reading():
    text = ("Ana Ruiz-Soler, who has run the co-operative for the past nine years, took over as general "
            "manager in 2020, after years in its export office.")
    [f] = findings(text, date(2025, 4, 14))
    assert f.severity.name == "INFO"


def test_a_start_in_the_stays_own_sentence_that_fits_is_not_flagged():
    text = "Ana Ruiz-Soler, who has run the co-operative for the past five years, took over as manager in 2020."
    assert findings(text, date(2025, 4, 14)) == []


@pytest.mark.parametrize("stated, expected", [
    ("eleven years", 1),  # would have to run on six more years: a reading
    ("five years", 0),  # may yet run on to that
])
def test_a_stay_ending_ahead_with_no_date_is_measured_to_now_as_a_reading(stated, expected):
    text = (f"Paul Okafor-Reyes will not stand for another term, ending {stated} at the helm. "
            "Okafor-Reyes has led the college since 2021.")
    found = findings(text, date(2025, 11, 20))
    assert len(found) == expected and all(f.severity.name == "INFO" for f in found)


# -- a span's length told before its start and end, and a span told as ended ------------------

def test_a_length_told_before_the_pronoun_sentence_that_dates_its_ends():
    text = ("The blockade of the port lasted six days. It began on 10 May, when crews moored across the "
            "harbour mouth, and ended on 22 May with a deal.")
    [f] = findings(text, date(2025, 5, 28))
    assert f.severity.name == "WARNING"
    assert findings(text.replace("six days", "12 days"), date(2025, 5, 28)) == []


def test_a_pronoun_sentence_far_off_the_length_tells_another_thing():
    # 1990 to 2005 is no slip of "two days" (span_ends.SLIP_RATIO): "It" is the fair as a whole
    text = "The town fair lasted two days. It began in 1990 and ended in 2005, when the field was sold."
    assert findings(text, date(2025, 5, 28)) == []


@pytest.mark.parametrize("months, expected", [("30-month", 1), ("24-month", 0)])
def test_a_span_told_as_ended_is_no_longer_than_its_start_to_publication(months, expected):
    text = (f"The city has finished the {months} resurfacing programme that began in October 2023, the "
            "roads department said.")
    assert len(findings(text, date(2025, 11, 20))) == expected


def test_a_span_told_as_ending_ahead_is_not_measured_to_publication():
    text = "The city will finish the 30-month resurfacing programme that began in October 2023 next year."
    assert findings(text, date(2025, 11, 20)) == []


@pytest.mark.parametrize("verb, expected", [("ran for", 1), ("continued for", 1), ("ran", 0)])
def test_a_verb_of_running_tells_a_length_only_with_for(verb, expected):
    # "ran six days late" is a delay, not the inquiry's length
    text = (f"The inquiry {verb} six days{' late' if verb == 'ran' else ''}. It opened on 1 May and "
            "closed on 23 May with closing statements.")
    assert len(findings(text, date(2025, 6, 2))) == expected


def test_the_days_a_body_sat_are_not_its_span():
    # a hearing sits on some days of its span: "sat" is no lasting verb
    text = "The tribunal opened on 3 May and was adjourned on 19 May. It had sat for three days by then."
    assert findings(text, date(2025, 6, 2)) == []
