"""A bare season before the name of a campaign ("the summer offensive", "the Winter
Offensive") is the season the campaign was fought in, which the story's year places.

Before a noun, a bare season is more often a name than a time ("summer camp", "spring
training"), so the tagger drops it. The nouns of a campaign (lexicon season_campaigns) are the
exception: a history tells when its offensives were fought. In news, where no story year is
told, the resolver makes no claim of a bare season, so nothing changes there.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

HISTORY = ("The front was quiet through 1951. In January 1951 the army regrouped. "
           "Their {season} {noun} opened along the river, and the lines moved south.")


def times(text: str, published: date | None = None) -> dict[str, str]:
    return {c.text: c.timex.value for c in extract(Article("t", "<test>", text, published=published))}


@pytest.mark.parametrize("season, noun, value", [
    ("summer", "offensive", "1951-SU"),
    ("Spring", "Offensive", "1951-SP"),
    ("autumn", "campaign", "1951-FA"),
])
def test_a_season_before_a_campaign_is_the_story_s_season(season, noun, value):
    assert times(HISTORY.format(season=season, noun=noun))[season] == value


@pytest.mark.parametrize("noun", ["camp", "training", "fair"])
def test_a_season_before_another_noun_stays_a_name(noun):
    assert "summer" not in times(HISTORY.format(season="summer", noun=noun))


def test_in_news_a_bare_season_before_a_campaign_makes_no_claim():
    # no story year to place it: the resolver leaves a bare season alone
    text = "Rebels said on Monday their summer offensive would continue."
    assert "summer" not in times(text, published=date(2014, 7, 2))
