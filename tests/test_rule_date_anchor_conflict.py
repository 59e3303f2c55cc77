"""date.anchor-conflict: relative dates against the same event dated elsewhere."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.sources import article_from_text


def flagged(text, published=date(2010, 1, 1)):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.anchor-conflict"]


def test_flagged_with_the_arithmetic():
    text = ("The offensive began in March 2003. The city fell three weeks later. "
            "Celebrations marked the fall of the city on 9 May 2003.")
    [f] = flagged(text)
    assert f.message == ("\u201cthree weeks later\u201d after March 2003 puts \u201cfell\u201d in 22 March to "
                         "21 April 2003, but the article dates it 9 May 2003")
    assert len(f.related) == 2


@pytest.mark.parametrize("text", [
    # agrees: three weeks after March 2003 can be 9 April
    "The offensive began in March 2003. The city fell three weeks later. The fall of the city on 9 April 2003 ended it.",
    # same word, no shared participant
    "The offensive began in March 2003. The city fell three weeks later. The fall of the government on 9 May 2003 followed.",
    # vague count
    "The offensive began in March 2003. The city fell a few weeks later. The fall of the city on 9 May 2003 ended it.",
    # another recent date makes it agree: the writer may count from 18 April
    "The offensive began in March 2003. On 18 April 2003 the siege tightened. The city fell three weeks later. "
    "The fall of the city on 9 May 2003 ended it.",
])
def test_not_flagged(text):
    assert flagged(text) == []


def test_a_date_in_the_events_own_clause_counts():
    text = ("On 17 October 1950, they flanked rightwards, to capture Hwangju. 17 days later, the 1st Cavalry "
            "Division captured Pyongyang, the capital city, on 19 October 1950.")
    [f] = flagged(text)
    assert "3 November 1950" in f.message and "19 October 1950" in f.message


@pytest.mark.parametrize("text, conflict", [
    # 17 October + 17 days is 3 November, whatever the year
    ("On 17 October, they flanked rightwards. 17 days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 19 October 1950.", True),
    ("On 5 March, they flanked rightwards. 12 days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 15 March 1990.", True),
    # a retrospective: the anchor's year is not the publication's, and 5 March 1990 agrees
    ("On 5 March, they flanked rightwards. Ten days later, the 1st Cavalry Division captured "
     "Pyongyang, the capital city, on 15 March 1990.", False),
    # whole years: some year of the anchor always agrees, so the guess never makes the alarm
    ("The dividend is payable to holders of record April six, and the rights expire ten years later "
     "on April 6, 1997.", False),
    ("The dividend is payable to holders of record April six, and the rights expire 57 years later "
     "on April 6, 1997.", False),
])
def test_an_anchor_without_a_year_conflicts_only_if_no_year_agrees(text, conflict):
    assert bool(flagged(text, date(2010, 3, 17))) == conflict


# --- the arithmetic, for any start and any offset ---------------------------------------

from datetime import timedelta  # noqa: E402

from hypothesis import given, strategies as st  # noqa: E402


def _day(d):
    return f"{d.day} {d:%B} {d.year}"


@given(start=st.dates(date(1900, 1, 1), date(2090, 12, 31)), days=st.integers(2, 60), told=st.integers(2, 60))
def test_n_days_later_conflicts_exactly_when_the_dates_are_not_n_days_apart(start, days, told):
    fell = start + timedelta(days=days)
    text = (f"The offensive began on {_day(start)}. The city fell {told} days later. "
            f"Crowds marked the fall of the city on {_day(fell)}.")
    # published far away, so that counting from publication never agrees by chance
    assert bool(flagged(text, date(2100, 1, 1))) == (told != days)
