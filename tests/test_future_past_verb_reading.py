"""date.future-past: reading which word is the past verb a date belongs to. An adverb of how
or how often after a past form makes it the verb; a determiner opens a noun phrase across a
few adjectives, so an -ing word there is a noun; a capitalized name in a subordinate clause's
subject is one word; verbs of proposing and adjectives of likelihood tell prospects."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import ATTRIBUTIVE_WORDS
from claims.read import article_from_text


def _future_past(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.future-past"]


@pytest.mark.parametrize("text", [
    "Veteran Danish midfielder Lars Holm scored twice on 19 April as the hosts won.",
    "The regional assembly of the island passed unanimously on 20 April a law on ferries.",
    "Club captain Ana Duarte Silva returned home on 22 April after the tour.",
])
def test_an_adverb_after_a_past_form_makes_it_the_verb(text):
    assert _future_past(text, date(2025, 4, 12))


def test_a_past_form_before_a_plain_word_after_a_long_subject_stays_an_adjective():
    assert _future_past("Veteran Danish midfielder Lars Holm signed forms on 19 April.", date(2025, 4, 12)) == []


def test_attributive_words_bounds_the_noun_phrase_a_determiner_opens():
    two = "The research ship made its " + "maiden " * (ATTRIBUTIVE_WORDS - 1) + "public sailing on 20 April 2025."
    three = "The research ship made its maiden public coastal sailing on 20 April 2025."
    assert _future_past(two, date(2025, 4, 12))
    assert _future_past(three, date(2025, 4, 12)) == []


@pytest.mark.parametrize("text", [
    "Crews will need permits from June, after the Coastal Waters (Licensing and Safety) Act was signed on 20 April.",
    "Grants will open in May, after the Food and Farming Support Act was passed on 18 April.",
])
def test_a_name_in_a_subordinate_subject_is_one_word(text):
    assert _future_past(text, date(2025, 4, 12))


@pytest.mark.parametrize("text", [
    "The northern delegation proposed a preparatory meeting on 23 April.",
    "The main event was the probable launch in 2027 of the new rocket.",
    "Officials suggested a joint inspection on 20 April 2025.",
    "Traders bought steel shares as they awaited a cut in the levy on 1 May.",
    "Growers anticipated a frost on 20 April and covered the vines.",
])
def test_prospects_are_not_past_events(text):
    assert _future_past(text, date(2025, 4, 12)) == []


STORY = ("{dateline}\n\nEllen Marsh, who led the river town for two terms, died October 9 at home. She was 91.\n\n"
         "She joined the council in 1971, became mayor in 1979 and again in 1987, and retired in 1995. A park "
         "was named for her in 2001.")


def test_a_yearless_day_read_against_a_dateline_on_the_publication_day_is_judged():
    """A story of past years reads a yearless day against the date the article writes first;
    when that date is the publication day, the day is read as against publication."""
    assert _future_past(STORY.format(dateline="October 2, 2024"), date(2024, 10, 2))


def test_a_yearless_day_read_against_another_written_date_is_not_judged():
    assert _future_past(STORY.format(dateline="September 28, 2024"), date(2024, 10, 2)) == []


def test_a_plan_word_ending_a_hyphenated_compound_describes_a_thing():
    """"awaited" tells a prospect; "the long-awaited bridge" is a bridge, and its opening is told
    as past."""
    assert _future_past("The long-awaited bridge over the river opened to traffic on 20 April.",
                        date(2025, 4, 12))
    assert _future_past("Drivers awaited the bridge's opening to traffic on 20 April.", date(2025, 4, 12)) == []
