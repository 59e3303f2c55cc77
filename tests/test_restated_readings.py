"""number.restated-conflict: a measure or group told again under another word (temperatures
told as readings, synonyms of a counted noun, a budget against a project's amount, a section of
a stretch, a fee told as a move), both sides."""

import pytest

from checker.engine import check_article
from claims.model import Article
from claims.quantities import extract
from claims.read import article_from_text

RULE = "number.restated-conflict"


def quantities_of(text):
    return extract(Article("t", "<test>", text), [])


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def test_temperatures_are_quantities():
    text = "It reached 38C at noon, 101F in Phoenix and 21\u00b0C in Oslo; the 41.7-degree reading stood."
    temps = [(q.attrs["value"], q.attrs["unit"]) for q in quantities_of(text) if q.attrs.get("dimension") == "temperature"]
    assert temps == [(38, "degree Celsius"), (101, "degree Fahrenheit"), (21, "degree Celsius"), (41.7, "degree")]


def test_codes_and_years_are_no_temperatures():
    text = "Form 1040C was filed in 2019. The Airbus A380C is a model."
    assert not [q for q in quantities_of(text) if q.attrs.get("dimension") == "temperature"]


@pytest.mark.parametrize("text", [
    "The thermometer at the dam hit 41.3C on Sunday.\n\nA forecaster said the 43.1-degree reading came from dry air.",
    "Temperatures climbed to 35C in Leeds on Friday.\n\nFriday's peak of 33C was the year's highest.",
])
def test_a_reading_restated_with_another_value(text):
    [f] = findings(text)
    assert f.severity.label == "warning"


@pytest.mark.parametrize("text", [
    # the same value
    "The thermometer at the dam hit 41.3C on Sunday.\n\nA forecaster said the 41.3-degree reading came from dry air.",
    # a bound and a past record are no readings
    "Three towns topped 40C on Sunday. The old record of 39.9C was set in 1981.\n\nThe 41.3C high was a record.",
    # another day named
    "Temperatures climbed to 35C in Leeds on Friday.\n\nSaturday's peak of 30C was lower.",
    # a forecast is no reading
    "Highs of 31C are expected today, falling to 28C on Friday.\n\nYesterday's top temperature was 29C.",
    # two readings told before: which one is restated?
    "Leeds reached 35C and York hit 33C on Friday.\n\nIn the evening the 31C reading fell away.",
])
def test_readings_left_alone(text):
    assert not findings(text)


def test_a_synonym_of_the_counted_noun_counts_the_same_group():
    text = ("Harrow Mills, which employs 900 staff at two sites, will shut a plant.\n\n"
            "Union leaders said the company's 1,100 employees were not told.")
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert not findings(text.replace("1,100 employees", "900 employees"))
    # a possessive of another owner, not one that refers back to the organisation
    assert not findings(text.replace("the company's", "the rival's"))


def test_the_fans_thanked_for_their_support_are_the_crowd():
    text = "A crowd of 31,204 saw the derby on Sunday.\n\nThe coach thanked the 32,204 fans for their support."
    [f] = findings(text)
    assert f.severity.label == "info"
    assert not findings(text.replace("32,204 fans for their support", "2,000 fans in the away end"))


def test_a_stretch_told_again_as_a_section():
    text = "Crews will close a 9-mile stretch of the ring road.\n\nThe 11-mile section was last rebuilt in 1999."
    assert findings(text)
    assert not findings(text.replace("11-mile", "9-mile"))


def test_a_fee_told_again_as_a_move():
    text = "Rovers signed the winger for a fee of \u00a38m.\n\nThe winger, whose \u00a311m move was agreed on Monday, is 22."
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert not findings(text.replace("\u00a311m move", "\u00a38m move"))


@pytest.mark.parametrize("text", [
    "Councillors backed a \u00a324m sports centre on Monday.\n\nCritics said the scheme's \u00a342m budget was too high.",
    "The board approved a \u00a32.7m refurbishment of the library.\n\nStaff said the original \u00a37.2m budget was tight.",
])
def test_a_budget_against_the_one_project_is_shown(text):
    [f] = findings(text)
    assert f.severity.label == "info"


@pytest.mark.parametrize("text", [
    # far apart: a body's whole budget, not the project's
    "Councillors backed a \u00a324m sports centre on Monday.\n\nThe council's \u00a3310m budget was set in March.",
    # a later amount
    "The board approved a \u00a32.7m refurbishment of the library.\n\nStaff said the revised \u00a33.4m budget was tight.",
    "The board approved a \u00a32.7m refurbishment of the library.\n\nStaff said the original \u00a32.7m budget was tight.",
])
def test_budgets_left_alone(text):
    assert not findings(text)


def test_a_named_venue_takes_its_size_and_a_capacity_verb_tells_it_again():
    text = "The 450-seat Corn Exchange Hall reopens in May.\n\nThe hall, which holds 540 people, has a new roof."
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert not findings(text.replace("holds 540", "holds 450"))
    # another hall, told with "a": a new thing
    assert not findings(text.replace("The hall, which holds 540 people, has", "A hall that holds 540 people has"))


def test_a_capacity_written_with_capacity_is_in_seats():
    [q] = [q for q in quantities_of("They play at a 12,000-capacity arena.") if q.attrs.get("dimension") == "capacity"]
    assert (q.attrs["value"], q.attrs["unit"], q.attrs["measured"]) == (12000, "seat", "venue")
