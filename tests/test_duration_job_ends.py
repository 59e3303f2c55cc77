"""date.duration-conflict: where a job's or a stay's ends are read from.

A job's end read from the last part of it ("and the final beams were lifted in June"), a stay
opened by "entered", a build opened by "broke ground", and a post's start never dated by "now".
Each with a case on either side.
"""

from datetime import date

import pytest

from checker.engine import check_article
from claims.read import article_from_text


def found(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


@pytest.mark.parametrize("months, conflict", [
    ("eight-month", True),   # September 2023 to June 2025 is 21 months
    ("21-month", False),
])
def test_the_last_part_of_a_job_dates_its_end(months, conflict):
    text = ("Work on the harbour wall began in September 2023 and the final concrete blocks were lowered into "
            f"place in June 2025, the port said. The {months} project protects the fishing fleet.")
    got = found(text, date(2025, 7, 7))
    assert bool(got) is conflict
    assert all(f.severity.name == "INFO" for f in got)  # a reading: the part may be another thing's


@pytest.mark.parametrize("joined, conflict", [
    ("and the final blocks were lowered", True),  # "and" two words before "final": FINAL_PART_WORDS
    ("and so the final blocks were lowered", False),  # three
    # "and" more than FINAL_PART_WORDS words before "final": not the clause's subject
    ("and engineers then said that the final blocks were lowered", False),
    # a later date that tells no last part ends nothing
    ("and engineers inspected the site", False),
])
def test_the_last_part_stands_right_after_and(joined, conflict):
    text = (f"Work on the harbour wall began in September 2023 {joined} in June 2025. "
            "The eight-month project protects the fishing fleet.")
    assert bool(found(text, date(2025, 7, 7))) is conflict


def test_a_last_told_as_a_time_is_no_part():
    text = ("Work on the harbour wall began in September 2023 and the last week of June 2025 saw it open. "
            "The eight-month project protects the fishing fleet.")
    assert found(text, date(2025, 7, 7)) == []


@pytest.mark.parametrize("weeks, conflict", [("three", True), ("one", False)])
def test_entered_starts_a_stay(weeks, conflict):
    text = (f"The climber entered intensive care on 1 February and left on 8 February after {weeks} weeks in "
            "the unit.")
    assert bool(found(text, date(2025, 2, 20))) is conflict


@pytest.mark.parametrize("months, conflict", [("26", True), ("20", False)])
def test_breaking_ground_starts_a_build(months, conflict):
    text = (f"The new arena welcomed its first crowd this week after {months} months of construction on the old "
            "rail yard. Builders broke ground on the arena site in August 2023, the developer said.")
    assert bool(found(text, date(2025, 4, 14))) is conflict


@pytest.mark.parametrize("second, conflict", [
    # "now" tells the present, not when the post began
    ('"Now my name is above the door," she said.', False),
    ("She was named head baker in 2021.", True),
])
def test_a_start_dated_now_is_no_start(second, conflict):
    text = ("The Linden Bakery, founded in 1952, has been bought by Ana Ruiz, who has run its ovens for the past "
            f"15 years. {second}")
    loud = [f for f in found(text, date(2024, 8, 1)) if f.severity.name in ("WARNING", "ERROR")]
    assert bool(loud) is conflict
