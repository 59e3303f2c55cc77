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


@pytest.mark.parametrize("text", [
    "Jonas Peder Brekke bought the van on Monday.\n\nPolice said Brekke took the van from a yard. "
    "He drove it to Bergen.\n\nBrekke returns to court in May.",
    "Lena Marsh opened the bakery in 2019.\n\nMarsh bakes before dawn, and her bread sells out by nine.\n\n"
    "Marsh plans a second shop.",
])
def test_a_surname_alone_that_he_or_she_goes_on_with_makes_the_full_name_a_person(text):
    assert named(text)[0] in ("Jonas Peder Brekke", "Lena Marsh")


@pytest.mark.parametrize("text", [
    # the surname alone is written once only
    "Jonas Peder Brekke bought the van on Monday.\n\nPolice said Brekke took the van. He drove it to Bergen.",
    # someone else is named between the surname and the pronoun: the pronoun may be theirs
    "Harbour Crest Brekke won the bid.\n\nBrekke hired Ola Dahl. He starts in May.\n\nBrekke grew.",
    # a firm goes on as "it"
    "Nordic Sail Brekke won the bid.\n\nBrekke hired staff. It starts in May.\n\nBrekke grew.",
])
def test_no_person_from_a_pronoun_that_may_be_someone_elses(text):
    assert not any(n.endswith("Brekke") and " " in n for n in named(text))


def test_a_birth_told_of_a_surname_two_people_share_is_bound_to_neither():
    """"Born in 1950, Varga ..., where he ...": the name reader leaves a surname alone unresolved
    when two people named in full share it (a ferry captain and his son), so the sentence's
    "he" is no cue to the person last named: the birth is nobody's, not the son's."""
    from datetime import date

    from claims.extract import extract
    from claims.read import article_from_text
    text = ("Imre Varga, who ran the lake ferry for 30 years, has died.\n\n"
            "Varga skippered the ferry from 1975. His son, Peter Varga, took the helm in 2005.\n\n"
            "Born in 1950 in Szeged, Varga trained as a mechanic, and he kept the engines himself.")
    claims = extract(article_from_text(text, published=date(2025, 3, 1)))
    births = {c.text: c.attrs.get("births") for c in claims.claims if c.kind == "person"}
    assert not births.get("Peter Varga")
