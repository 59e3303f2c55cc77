"""A yearless season takes its year from the date its own sentence tells of it.

"The army opened its summer offensive along the river in July 1916" names the summer of 1916,
whatever year the story had reached before: the month written with its year falls in that
season, so every reading of the season must agree with it. The month must stand within
claims.temporal.named.SEASON_DATE_WORDS words after the season, in the same sentence, and lie
in the season (a winter and a southern summer are named by their January, so December 1916
dates 1917-WI). "The Autumn Offensive of 1915" names its year after the campaign's "of". A
month of another season, or one told without a year, leaves the season to the story's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

# a story told in years far from publication, that has reached 1917 before the season
STORY = ("The garrison was formed in 1911. The forts were finished in 1912. Roads came in 1913. "
         "The rail line opened in 1914. In March 1917 the council met again.\n\n"
         "Before that, the army had opened its {season} offensive along the river {tail}, "
         "and the lines moved south.")


def values(text: str, published: date | None = date(2010, 6, 1)) -> dict[str, str]:
    """Each time's value by its last word ("the Autumn" by "Autumn")."""
    claims = extract(Article("t", "<test>", text, published=published))
    return {c.text.split()[-1]: c.timex.value for c in claims}


@pytest.mark.parametrize("season, tail, value", [
    ("summer", "in July 1916", "1916-SU"),
    ("spring", "on 3 April 1916", "1916-SP"),
    ("autumn", "in late October 1916", "1916-FA"),
    ("winter", "in December 1916", "1917-WI"),  # a winter is named by its January
    ("winter", "in February 1916", "1916-WI"),
])
def test_a_season_takes_the_year_of_a_month_in_it_told_in_its_sentence(season, tail, value):
    assert values(STORY.format(season=season, tail=tail))[season] == value


@pytest.mark.parametrize("season, tail", [
    ("summer", "in October 1916"),  # another season's month: no agreement to take
    ("spring", "in July 1916"),
])
def test_a_month_of_another_season_leaves_the_story_s_year(season, tail):
    assert values(STORY.format(season=season, tail=tail))[season].startswith("1917")


def test_a_month_without_its_year_gives_none():
    text = STORY.format(season="summer", tail="in July")
    assert values(text)["summer"] == "1917-SU"


def test_the_month_must_stand_within_the_window():
    # "offensive along the river" are four words after the season, "in" one more
    near = " ".join(["far"] * 4)  # "in July" ninth and tenth: within SEASON_DATE_WORDS
    far = " ".join(["far"] * 5)  # the month the eleventh word
    assert values(STORY.format(season="summer", tail=f"{near} in July 1916"))["summer"] == "1916-SU"
    assert values(STORY.format(season="summer", tail=f"{far} in July 1916"))["summer"] == "1917-SU"


def test_the_month_must_stand_in_the_same_sentence():
    text = STORY.format(season="summer", tail="").replace("south.", "south. In July 1916 it rained.")
    assert values(text)["summer"] == "1917-SU"


def test_a_campaign_of_a_year_names_the_season_s_year():
    text = STORY.format(season="summer", tail="").replace("its summer offensive", "the Autumn Offensive of 1915")
    assert values(text)["Autumn"] == "1915-FA"


def test_in_news_the_season_is_placed_by_its_dated_month():
    text = "The rebels' summer offensive, which began in June 2014, has stalled, officials said on Tuesday."
    assert values(text, date(2014, 9, 3))["summer"] == "2014-SU"


def test_in_news_a_bare_season_with_no_date_is_still_left_alone():
    text = "The rebels' summer offensive has stalled, officials said on Tuesday."
    assert "summer" not in values(text, date(2014, 9, 3))


def test_south_of_the_equator_july_is_winter():
    text = "SYDNEY (Reuters) - The winter campaign for the harbour, begun in July 2019, was a success."
    assert values(text, date(2020, 3, 2))["winter"] == "2019-WI"
    text = "SYDNEY (Reuters) - The summer campaign for the harbour, begun in July 2019, was a success."
    assert values(text, date(2020, 3, 2))["summer"] != "2019-SU"  # July is no southern summer
