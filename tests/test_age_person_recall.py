"""Who is a person, by the age the article tells of them: a surname alone followed by an age
"now" ("Okafor, now 31,") or an age at an earlier event ("Okafor was 9 when ...") makes the full
name written elsewhere with no other cue a person's (claims.people._personal_apposition)."""

import pytest

from claims import people
from claims.model import Article


def named(text):
    return [c.text for c in people.extract(Article("t", "t", text)) if c.kind == "person"]


@pytest.mark.parametrize("text", [
    "Chidi Okafor still keeps the ticket from that final.\n\nOkafor, now 31, coaches in Enugu.",
    "Marit Holm remembers the flood well.\n\nHolm was 9 when the river rose over the dikes in 1995.",
    "Marit Holm remembers the flood well.\n\nHolm was only 9 at the time of the 1995 flood.",
])
def test_an_age_told_of_the_surname_alone_makes_the_full_name_a_person(text):
    assert named(text)[0] in ("Chidi Okafor", "Marit Holm")


@pytest.mark.parametrize("text", [
    # "in" follows a rank or a score as well as an age: no person read
    "Harbor Lights opened downtown.\n\nLights was 12 in the city's ranking of venues.",
    # a number that is no age after "now" in a list
    "Grand Falls Mills reopened.\n\nMills, now 400 strong, hires again.",
])
def test_no_person_from_a_rank_or_a_count(text):
    assert named(text) == []
