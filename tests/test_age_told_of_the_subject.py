"""date.age-conflict: ages told of the story's subject in ways that name no one, and the person
recall an age gives. Each reading is flagged on one side and silent on the other."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 10)


def severities(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f.severity for f in result.findings if f.rule == "date.age-conflict"]


@pytest.mark.parametrize("lede", [
    "A Tromso pensioner in his seventies won the town's chess open on Sunday.",
    "A Tromso pensioner, 74, won the town's chess open on Sunday.",
    "A retired fisherman in his early seventies won the town's chess open on Sunday.",
])
def test_a_lede_description_with_its_age_after_it_is_the_person_named_next(lede):
    story = f"{lede}\n\nHaakon Lie beat the defending champion in the final round.\n\n" \
            "Lie, born in 1961 in Alta, learned the game on trawlers."
    assert severities(story) == [Severity.WARNING]


@pytest.mark.parametrize("lede", [
    "A Tromso pensioner in his sixties won the town's chess open on Sunday.",
    "A Tromso pensioner, 64, won the town's chess open on Sunday.",
])
def test_a_lede_description_whose_age_fits_the_birth_is_silent(lede):
    story = f"{lede}\n\nHaakon Lie beat the defending champion in the final round.\n\n" \
            "Lie, born in 1961 in Alta, learned the game on trawlers."
    assert severities(story) == []


def test_the_description_of_someone_else_in_the_lede_makes_it_a_reading():
    # the lede speaks of a second, unnamed person: the one named next may be either, so info
    story = "A Tromso pensioner in his seventies beat a neighbour in the town's chess final.\n\n" \
            "Haakon Lie took the title on Sunday.\n\nLie, born in 1961 in Alta, learned the game on trawlers."
    assert severities(story) == [Severity.INFO]


def test_a_thing_described_with_a_span_is_no_person():
    # "barn" is no word for a person: its age is no one's
    story = "A Tromso barn in its seventies was sold on Sunday.\n\nHaakon Lie bought it.\n\n" \
            "Lie, born in 1961 in Alta, will farm there."
    assert severities(story) == []


def test_an_age_at_an_earlier_event_told_of_a_surname_makes_a_person():
    story = "Birgit Sand still has the medal from the relay.\n\nSand was 15 when the 2012 regatta was held.\n\n" \
            "Sand, now 30, coaches the junior crew."
    assert severities(story) == [Severity.ERROR]
    story = story.replace("now 30", "now 28")
    assert severities(story) == []


def _court(line):
    return ("Harbour man, 41, fined for selling spoiled pies\n\n"
            "A man who sold spoiled pies at a harbour fair was fined on Monday.\n\n"
            "Rory Ian Kell admitted three counts under the food safety act.\n\n"
            f"{line}\n\nKell must also attend a hygiene course.")


def test_the_n_year_old_in_a_named_speakers_reported_words_is_the_story_subject_not_the_speaker():
    # the headline's age and "the 45-year-old" both read as the one the story is about: info
    story = _court("Defence solicitor Tom Vale asked for leniency, saying the 45-year-old had cared for his mother.")
    assert severities(story) == [Severity.INFO]


def test_the_same_age_in_the_headline_and_the_speakers_words_is_silent():
    story = _court("Defence solicitor Tom Vale asked for leniency, saying the 41-year-old had cared for his mother.")
    assert severities(story) == []


def test_the_n_year_old_after_someone_named_with_no_speech_between_stays_unread():
    # "Judge Vale fined the 45-year-old": the one named in its sentence may be meant; no reading
    story = _court("Judge Tom Vale fined the 45-year-old and ordered costs.")
    assert severities(story) == []
