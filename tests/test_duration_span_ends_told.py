"""date.duration-conflict: the ends of a span told by words whose dates the extractor gave to
something else, or that it does not know as events.

- "The hearing, which began on 3 March and ended with a ruling on 11 March, lasted two months":
  the end's date went to the ruling, the event word nearest it, but "ended" stands in the
  date's clause (span_ends.DatedWords): the span runs to it (_end_word_dated; an error, as
  when "ended" is an event of its own).
- "admitted on 2 March ... discharged on 16 March" against "five weeks in hospital": an
  admission starts a stay (events.json span_ends start_words), a discharge ends one; the
  reading of the dates nearest the span judges them (an info finding, a reading).
"""

from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text


def duration_findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


@pytest.mark.parametrize("told, flagged", [
    ("lasted two months", True),
    ("lasted a little over a week", False),
    ("lasted nine days", False),
])
def test_an_end_word_in_the_clause_of_another_events_date_ends_the_span(told, flagged):
    text = (f"The hearing, which began on 3 March and ended with a ruling on 11 March, {told} and heard "
            "twelve witnesses.")
    found = duration_findings(text, date(2025, 4, 2))
    assert bool(found) is flagged
    assert all(f.severity == Severity.ERROR for f in found)


def test_two_dated_end_words_leave_the_span_alone():
    text = ("The hearing, opened on 3 March, ended with a ruling on 11 March and wrapped up with a costs "
            "order on 20 March, lasted two months.")
    assert duration_findings(text, date(2025, 4, 2)) == []


@pytest.mark.parametrize("weeks, flagged", [("five", True), ("two", False)])
def test_an_admission_and_a_discharge_are_the_ends_of_a_stay_in_hospital(weeks, flagged):
    text = (f"The climber Ana Sousa is home after {weeks} weeks in hospital.\n\n"
            "Sousa was admitted to the city hospital on 2 March after a fall and was discharged on 16 March.")
    found = duration_findings(text, date(2025, 3, 20))
    assert bool(found) is flagged
    assert all(f.severity == Severity.INFO for f in found)
