"""date.duration-conflict: a person's time in a post linked to the start of that post when the
two are told of the same person in other ways than by a repeated name: a pronoun going on
with the person, the post's holding verb in the next sentence, a start in the stay's own
sentence, a start verb whose date follows it past an aside, a post's start preferred over the
joining of the place, and a stay told as ending ahead with no date (info)."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text


def findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


def test_a_pronoun_going_on_with_the_person_tells_the_post_held_since():
    text = ("Port authority head Kofi Mensah-Adjei will retire at the end of the month after twelve years "
            "in charge. Under his leadership the port doubled its capacity. He has led the authority since "
            "2017, when he moved over from the shipping line.")
    [f] = findings(text, date(2025, 6, 10))
    assert f.severity.name == "WARNING" and "twelve years" in f.message


def test_a_pronoun_after_another_person_is_named_tells_of_that_one():
    text = ("Port authority head Kofi Mensah-Adjei will retire at the end of the month after twelve years "
            "in charge. His deputy, Ms Ama Owusu, ran the docks. She has led the terminal since 2017.")
    assert findings(text, date(2025, 6, 10)) == []


def test_the_post_held_in_the_next_sentence_is_the_post_the_lead_names():
    text = ("The chair of the Harbour Heritage Trust is to step down next spring after twelve years at the "
            "helm. Mr Eamon Quill has chaired the trust since 2019, restoring two lighthouses.")
    [f] = findings(text, date(2025, 11, 8))
    assert f.severity.name == "WARNING"


def test_a_holding_verb_of_another_body_is_not_the_post_the_lead_names():
    text = ("The chair of the Harbour Heritage Trust is to step down next spring after twelve years at the "
            "helm. Mr Eamon Quill has chaired the rowing club since 2019.")
    assert findings(text, date(2025, 11, 8)) == []


def test_a_post_started_after_the_joining_measures_a_holding():
    text = ("Ingrid Lindqvist, who has headed the maritime museum for the past decade, is leaving. Lindqvist "
            "joined the museum in 2012 as a curator and was named director in 2019.")
    [f] = findings(text, date(2025, 9, 3))
    assert "2019" in f.message


def test_a_holding_that_fits_the_post_started_after_the_joining_is_not_flagged():
    text = ("Rosa Delgado-Park, who has led the firm for the past six years, said orders rose. Delgado-Park "
            "joined the company in 2010 as an engineer and was appointed chief executive in 2019.")
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
