"""date.duration-conflict: a post held "since" a date starts the stay a later sentence measures.

"Ms Ek has chaired the trust since 2016" tells when her time in the chair began, as surely as
"was appointed chair in 2016" does; a stay told of her in another sentence ("after 14 years in
the role") cannot be longer than from there to publication (_held_since, read by _start_words).
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules.date_duration_conflict import HELD_SINCE_WORDS
from claims.read import article_from_text

PUBLISHED = date(2025, 8, 12)


def duration_findings(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


@pytest.mark.parametrize("text", [
    # the stay told in a quotation's tag, the start two sentences before
    "Derek Olsen has chaired the Harbour Yacht Club since May 2016 and will not seek re-election.\n\n"
    "Under him the club built a slipway.\n\n"
    "\"It is time for someone younger,\" Mr Olsen said, after 14 years in the role.",
    # a relative clause tells the start, the stay comes later in the story
    "Ruth Abara, who has led the county orchestra since 2014, gave her last concert on Sunday.\n\n"
    "Abara said she was proud to stop after 20 years at the helm.",
    # "have", and a place named by three content words
    "The Okafor sisters have run the Blue Lake inn since 2019.\n\n"
    "The Okafor family sold the business this month after 12 years in charge.",
])
def test_a_stay_longer_than_since_its_holding_began_is_flagged(text):
    [f] = duration_findings(text)
    assert "since" in text[f.related[0].start - 6:f.related[0].start]


@pytest.mark.parametrize("text", [
    # the stay fits: 2015 to 2025 is ten years
    "Anne Kowal has led Eastfield College since 2015 and will retire in December.\n\n"
    "Kowal said she was ready for a rest after ten years in the job.",
    # another person's holding measures nothing of the retiring chief's stay
    "Tessa Ek, a former trainee, has run the savings division since 2018.\n\n"
    "Ek succeeds Anders Holm, who retires this week after eight years at the top.",
    # "since" after a verb that holds no post
    "Derek Olsen has lived in the harbour town since May 2016.\n\n"
    "\"It is time for someone younger,\" Mr Olsen said, after 14 years in the role.",
])
def test_not_flagged(text):
    assert duration_findings(text) == []


def _club(between: str) -> str:
    return (f"Derek Olsen has chaired the {between} since May 2016.\n\n"
            "\"It is time for someone younger,\" Mr Olsen said, after 14 years in the role.")


def test_the_holding_verb_stands_at_most_held_since_words_content_words_before_since():
    assert HELD_SINCE_WORDS == 3
    assert len(duration_findings(_club("Harbour Yacht Club"))) == 1  # three content words
    assert duration_findings(_club("Harbour Town Yacht Club")) == []  # four: not read as the post's name
