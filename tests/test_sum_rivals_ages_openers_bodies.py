"""number.sum-exceeds-total: four links between parts and their total.

- a rival's share set against the first share of a vote ("took 52% of the vote, against 40%
  for B and 10% for C"), and a share after a name read as a share, not an id;
- kinds of people on another axis read as the age they are usually told to have ("including
  22 pupils and 11 adults"; lexicon typical_ages), against an age of both sexes: info;
- a list whose sentence opens on the group told by what happened to it ("Of those taken to
  hospital, ..."), read against the count whose sentence tells those words: info;
- a body sized by a compound and named in capitals ("the 25-member Senate, where ...").
Each limit is pinned with a case on each side of it.
"""

import pytest

from checker.engine import check_article
from claims.quantities.breakdowns import OPENER_SENTENCES, OPENER_WORDS
from claims.read import article_from_text

RULE = "number.sum-exceeds-total"


def severities(text):
    return [f.severity.label for f in check_article(article_from_text(text)).findings if f.rule == RULE]


# --- a rival's share of one vote ------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Provisional figures gave Luisa Paredes 52.4 percent of the vote, against 39.8 percent for Hugo Cevallos "
     "and 10.3 percent for Ana Mora.", ["warning"]),
    ("Rosa Quispe took 48.1 percent of the vote, against 40.2 percent for Jorge Salas and 11.7 percent for "
     "Mario Ruiz.", []),
    # no vote: "against" sets two figures side by side
    ("Exports took 52 percent of the market, against 55 percent for the year before.", []),
])
def test_a_rival_share_of_one_vote(text, expected):
    assert severities(text) == expected


# --- kinds read by their usual age -----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Thirty people were treated in hospital, including 22 pupils and 11 adults.", ["info"]),
    ("Twenty people were treated in hospital, including 14 students and 9 adults.", ["info"]),
    ("Twenty people were treated in hospital, including 12 pupils and 8 adults.", []),
    # an age of one sex is no rest by age: a woman may be a pupil
    ("Thirty people were treated in hospital, including 22 pupils and 11 women.", []),
    # a kind that cuts across: girls may be pupils
    ("Thirty people were treated in hospital, including 22 pupils and 11 girls.", []),
])
def test_kinds_read_by_their_usual_age(text, expected):
    assert severities(text) == expected


# --- an opener that names its group by what happened to it -----------------------------------------------


def _opened(between: int) -> str:
    fillers = " ".join(f"Crews cleared lane {k + 1}." for k in range(between))
    return ("Twelve people were taken to hospital when the ferry hit the wall. " + fillers
            + " Of those taken to hospital, eight were passengers and six were members of the crew.")


def test_an_opener_reaches_back_to_the_count_told_with_its_words():
    assert severities(_opened(0)) == ["info"]
    assert severities(_opened(OPENER_SENTENCES - 1)) == ["info"]


def test_the_opener_reach_is_pinned():
    assert severities(_opened(OPENER_SENTENCES)) == []


def test_the_opener_words_are_pinned():
    assert OPENER_WORDS == 5
    text = ("Twelve people were taken to hospital on Friday. The ship carried 46 passengers that day. "
            "Of those taken by boat to hospital, eight were passengers and six were crew.")
    assert severities(text) == ["info"]
    # six words: no opener, so the list is read against the nearest count (46 passengers)
    assert severities(text.replace("taken by boat to hospital", "taken by a small boat to hospital")) == []


# --- a body named in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The bill cleared the 25-member Senate, where the coalition holds 14 seats, the opposition eight and "
     "independents four.", ["error"]),
    ("The bill cleared the 25-member Senate, where the coalition holds 14 seats, the opposition eight and "
     "independents three.", []),
    # a committee of the body is named after it: another body
    ("The bill cleared the 12-member Senate Finance Committee, where the coalition holds 14 seats.", []),
])
def test_a_body_named_in_capitals_holds_its_seats(text, expected):
    assert severities(text) == expected
