"""A numeric date whose day and month may be swapped ("05/04/2014": 4 May or 5 April) keeps
both readings in its interval; its value names the one the article's other constraints agree
with. A weekday written beside it decides first ("Saturday 05/04/2014" is 5 April). Else, when
one reading lies before publication and the other after, the clause's tense names one: "was
held on 05/04/2014" in an article of 10 April 2014 is 5 April, "will be held" 4 May. With no
tense, or both readings on one side of publication, the value is the writing's order (US with
slashes, European with dots), as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.model import Article
from claims.temporal import extract

PUBLISHED = date(2014, 4, 10)  # a Thursday, between 5 April and 4 May


def timex_of(text: str, published: date = PUBLISHED):
    (claim,) = [c for c in extract(Article("t", "<test>", text, published=published)) if "/" in c.text]
    return claim.timex


@pytest.mark.parametrize("text, value", [
    ("The vote was held on 05/04/2014.", "2014-04-05"),
    ("The vote will be held on 05/04/2014.", "2014-05-04"),
    ("The vote was held on 04/05/2014.", "2014-04-05"),
    ("The vote will be held on 04/05/2014.", "2014-05-04"),
])
def test_the_tense_names_the_reading_on_its_side_of_publication(text, value):
    t = timex_of(text)
    assert t.value == value
    assert (t.earliest, t.latest) == (date(2014, 4, 5), date(2014, 5, 4))  # both readings stay


def test_a_weekday_beside_it_decides_before_the_tense():
    assert timex_of("The vote was held on Sunday, 05/04/2014.").value == "2014-05-04"  # 4 May was a Sunday


def test_without_a_tense_the_writing_s_order_is_named():
    assert timex_of("The vote: 05/04/2014.").value == "2014-05-04"


def test_both_readings_on_one_side_of_publication_keep_the_writing_s_order():
    assert timex_of("The vote was held on 05/04/2014.", published=date(2014, 6, 1)).value == "2014-05-04"
