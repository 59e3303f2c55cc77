"""date.age-conflict: the ways an age or a birth is linked to the one person it is told of.

Each test writes one link on both sides: a short story in which the link joins an age and a
birth that disagree (flagged, at the severity the link's certainty allows), and the same story
where they agree or where the link must not be made (not flagged).
"""

import json
from datetime import date

import pytest

from checker.engine import check_article
from checker.findings import Severity
from checker.rules import get
from claims.coreference import DESCRIPTION_WORDS
from claims.document import read_article, to_document, validate
from claims.extract import extract
from claims.lifespans import AFFILIATION_CHARS
from claims.people import ADDRESS_WORDS
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 10)  # a Tuesday


def severities(text, published=PUBLISHED):
    result = check_article(article_from_text(text, published=published))
    return [f.severity for f in result.findings if f.rule == "date.age-conflict"]


@pytest.mark.parametrize("age, flagged", [("Forty-one", True), ("Thirty-four", False), ("Thirty-five", False)])
def test_an_age_written_in_words_is_an_age(age, flagged):
    text = f"{age}-year-old Ines Varga was elected on Monday.\n\nVarga was born in 1990 in Pecs."
    assert bool(severities(text)) == flagged


def test_an_age_in_words_in_apposition():
    assert severities("Ines Varga, forty-one, was elected on Monday.\n\nVarga was born in 1990 in Pecs.") \
        == [Severity.ERROR]


def test_one_is_no_age_in_words():
    # "one" is far more often a pronoun or a determiner than an age
    assert severities("Ines Varga, one of six candidates, was elected.\n\nVarga was born in 1990.") == []


@pytest.mark.parametrize("age, flagged", [(30, True), (35, False)])
def test_an_age_before_the_title_written_with_a_name_is_the_names(age, flagged):
    text = f"The {age}-year-old Porto midfielder Rui Sousa signed on Friday.\n\nSousa was born in 1989 in Braga."
    assert bool(severities(text)) == flagged


@pytest.mark.parametrize("party, flagged", [
    ("Green", True),
    ("x" * AFFILIATION_CHARS, True),
    ("x" * (AFFILIATION_CHARS + 1), False),  # longer than an affiliation: some other aside
    ("elected 2019", False),  # digits: no affiliation
])
def test_a_bracketed_affiliation_between_a_name_and_its_age(party, flagged):
    text = f"Ana Ruiz ({party}), 61, stood in the north ward.\n\nRuiz was born in 1970 in Leeds."
    assert bool(severities(text)) == flagged


@pytest.mark.parametrize("quoted, expected", [
    ("I turned 30 last month and wanted a change", [Severity.WARNING]),  # 40 in May 2025
    ("I turned 40 last month and wanted a change", []),
    ("I'm 30 and I wanted a change", [Severity.WARNING]),
    ("I'm 39 and I wanted a change", []),
    ("My mother turned 30 last month", []),  # no age of the speaker's own
])
def test_a_speakers_age_in_their_own_words_is_theirs(quoted, expected):
    text = f"Ana Ruiz opened a bakery on the square.\n\n\u201c{quoted},\u201d Ruiz said.\n\nRuiz was born in 1985 in Vigo."
    assert severities(text) == expected


def test_a_speaker_found_through_a_pronoun_makes_the_age_a_reading():
    text = ("Ana Ruiz opened a bakery on the square.\n\n\u201cI'm 30 now and I wanted a change,\u201d she said.\n\n"
            "Ruiz was born in 1985 in Vigo.")
    assert severities(text) == [Severity.INFO]


#: a baker named, then her own words telling her age, then her birth
SPOKEN = ("Ana Ruiz opened a bakery on the square.\n\n\u201cI'm 30 and I wanted a change,\u201d {who}.\n\n"
          "Ruiz was born in 1985 in Vigo.")


@pytest.mark.parametrize("who, probable", [("Ruiz said", False), ("she said", True)])
def test_a_speakers_own_age_is_the_quotations_data_not_the_persons(who, probable):
    """The quote extractor writes what it read in the quoted words on the quote claim (its
    ``ages``), probable when the speaker was found by a reading; it adds nothing to the ages
    claims.lifespans told of the person claim."""
    claims = extract(article_from_text(SPOKEN.format(who=who), published=PUBLISHED))
    quote = next(c for c in claims.of_kind("quote") if c.attrs["person"])
    assert [(g["value"], g["at"], g["probable"]) for g in quote.attrs["ages"]] == [(30, "published", probable)]
    assert all(g.get("bound") != "speaker" for p in claims.of_kind("person") for g in p.attrs["ages"])


def test_a_quotation_without_a_speaker_tells_no_ones_age():
    claims = extract(article_from_text("\u201cI'm 30 and I wanted a change.\u201d\n\nThe bakery opened in May.",
                                       published=PUBLISHED))
    assert [c.attrs["ages"] for c in claims.of_kind("quote")] == [[]]


@pytest.mark.parametrize("keep, flagged", [(True, True), (False, False)])
def test_the_rule_reads_a_speakers_age_from_the_quote_claim(keep, flagged):
    """date.age-conflict gathers a speaker's own age from the quote claim of a claims document:
    without the quote's ``ages`` nothing else tells it."""
    doc = json.loads(json.dumps(to_document(extract(article_from_text(SPOKEN.format(who="Ruiz said"),
                                                                      published=PUBLISHED)))))
    for c in doc["claims"]:
        if c["kind"] == "quote" and not keep:
            c["attrs"]["ages"] = []
    assert validate(doc) == []
    found = [f for f in get("date.age-conflict").check(read_article(json.dumps(doc), "a.json"))]
    assert bool(found) == flagged


def test_a_speakers_age_without_its_certainty_is_no_valid_claims_document():
    """The rule reads each spoken age's ``probable`` (info or warning): a document without it
    is refused at its pointer, as is one that puts the age among the person's own."""
    doc = json.loads(json.dumps(to_document(extract(article_from_text(SPOKEN.format(who="Ruiz said"),
                                                                      published=PUBLISHED)))))
    i, quote = next((i, c) for i, c in enumerate(doc["claims"]) if c["kind"] == "quote" and c["attrs"]["ages"])
    age = quote["attrs"]["ages"][0]
    del age["probable"]
    assert validate(doc)[0].startswith(f"/claims/{i}/attrs/ages/0")
    age["probable"] = False
    assert validate(doc) == []
    time = next(c for c in doc["claims"] if c["kind"] == "time")
    quote["attrs"]["person"] = time["id"]  # the speaker must be a person claim
    assert validate(doc) == [f"/claims/{i}/attrs/person: {time['id']!r} is a time claim, not a person claim"]
    person = next(c for c in doc["claims"] if c["kind"] == "person")
    quote["attrs"]["person"], quote["attrs"]["ages"] = person["id"], []
    person["attrs"]["ages"].append({**age, "bound": "speaker"})
    assert validate(doc)


@pytest.mark.parametrize("age, flagged", [(80, True), (85, False)])
def test_an_address_after_a_name_is_no_person_of_its_own(age, flagged):
    text = (f"Oskar Lind of Mill Lane, a retired pilot, died last Sunday, aged {age}.\n\n"
            "Lind was born in Umea on 3 May 1940.")
    assert bool(severities(text)) == flagged


def people(text):
    return [c.text for c in extract(article_from_text(text, published=PUBLISHED)).of_kind("person")]


@pytest.mark.parametrize("words, person", [(ADDRESS_WORDS, True), (ADDRESS_WORDS + 1, False)])
def test_a_home_address_in_commas_marks_a_person(words, person):
    # court reports and obituaries place a person by their home, after the name in commas
    home = " ".join(["Elm"] * (words - 1) + ["Road"])
    assert (people(f"Keir Dunn, of {home}, was fined on Monday.") == ["Keir Dunn"]) == person


def test_a_place_after_of_in_commas_is_no_address_of_a_firm():
    assert people("The board of Dunn Holdings, of Elm Road, met on Monday.") == []


@pytest.mark.parametrize("noun, expected", [
    ("welterweight", [Severity.INFO]),
    ("tourist", []),  # a word for someone left unnamed: someone new
])
def test_a_description_with_an_apposed_age_is_the_subject_before(noun, expected):
    text = (f"Jon Ortiz won the final on points.\n\nThe Bilbao {noun}, 29, has lost once.\n\n"
            "Ortiz, 34, will defend the belt.")
    assert severities(text) == expected


@pytest.mark.parametrize("words, expected", [(DESCRIPTION_WORDS, [Severity.INFO]), (DESCRIPTION_WORDS + 1, [])])
def test_a_described_person_is_at_most_description_words_long(words, expected):
    description = " ".join(["Bilbao"] * (words - 1) + ["welterweight"])
    text = f"Jon Ortiz won the final on points.\n\nThe {description}, 29, has lost once.\n\nOrtiz, 34, will defend the belt."
    assert severities(text) == expected


@pytest.mark.parametrize("headline_age, expected", [(24, [Severity.INFO]), (30, [])])
def test_a_description_with_a_birth_after_a_quotation_is_its_speaker(headline_age, expected):
    text = (f"Ortiz, {headline_age}, takes the belt\n\nJon Ortiz won the final on points.\n\n"
            "\u201cI trained for this for ten years,\u201d Ortiz said afterwards. \u201cIt was worth it.\u201d\n\n"
            "The Bilbao welterweight, born in May 1995, has lost once.")
    assert severities(text) == expected


def test_an_office_of_a_body_before_a_name_is_no_address():
    [who] = people("\u201cWe are ready,\u201d Director of Meteorology Ana Ruiz said on Monday.")
    assert who.endswith("Ana Ruiz")


@pytest.mark.parametrize("clause, flagged", [
    ("she won the title in 2017, when she was 19", True),  # 25 or 26 in 2017
    ("she lost a brother to cholera in 2017, when he was 2", False),  # the son's age
    ("she lost a brother to cholera in 2016, when he was two", False),
])
def test_the_pronoun_of_an_age_at_an_event_names_whose_age_it_is(clause, flagged):
    text = f"Halima Abdi was born in 1991 in Baidoa. {clause[0].upper()}{clause[1:]}."
    assert bool(severities(text, date(2026, 2, 27))) == flagged


NEAR = "Jon Ortiz won the final on points.\n\nThe 29-year-old {words} at night.\n\nOrtiz, 34, will defend the belt."


@pytest.mark.parametrize("words, expected", [
    ("sheep shearer said he trained", [Severity.INFO]),
    ("hill sheep shearer said he trained", [Severity.INFO]),  # closed within _NOUN_WORDS words
    ("calm hill sheep shearer said he trained", []),  # a longer run: no description read
    ("bystander said he saw it", []),  # someone left unnamed
])
def test_the_n_year_old_with_nouns_of_no_list_right_after_the_person(words, expected):
    assert severities(NEAR.format(words=words)) == expected


def test_the_n_year_old_with_a_name_after_its_nouns_is_that_names():
    text = "Jon Ortiz won the final on points.\n\nHe beat the 29-year-old hill shearer Tomas Rey.\n\nOrtiz, 34, will defend the belt."
    assert severities(text) == []


def test_an_age_after_a_name_that_itself_follows_a_description_in_commas_is_the_names():
    # the clause reader's apposition: "the treasurer, <name>, <age>,"
    assert severities("The club's treasurer, Ines Varga, 41, was elected.\n\nVarga was born in 1990 in Pecs.") \
        == [Severity.ERROR]
    assert severities("The club's treasurer, Ines Varga, 35, was elected.\n\nVarga was born in 1990 in Pecs.") == []


def test_an_age_after_a_surname_opening_a_sentence_that_could_be_a_verb_is_the_names():
    text = "Ines Bell chairs the club.\n\nBell, 41, was elected on Monday.\n\nBell was born in 1990 in Pecs."
    assert severities(text) == [Severity.ERROR]
    assert severities(text.replace("41", "35")) == []


def ages_of(text, published=PUBLISHED):
    """Every age fact claims.lifespans bound, per person mention: (name, [age facts])."""
    claims = extract(article_from_text(text, published=published))
    return [(p.text, p.attrs["ages"]) for p in claims.of_kind("person")]


def births_of(text, published=PUBLISHED):
    claims = extract(article_from_text(text, published=published))
    return {p.text: len(p.attrs["births"]) for p in claims.of_kind("person")}


@pytest.mark.parametrize("sentence, owner", [
    ("The clerk read out Mr Hale's date of birth as 2 May 1980.", "Hale"),  # the possessor
    ("Mr Hale gave his year of birth as 1980.", "Hale"),  # a possessive pronoun: its person
    ("Sergeant Ann Pike confirmed the driver's date of birth as 2 May 1980.", None),  # no person read
])
def test_a_birth_told_as_an_owned_noun_is_the_possessors(sentence, owner):
    text = f"Tom Hale (44) appeared in court.\n\n{sentence}"
    born = {name for name, n in births_of(text).items() if n}
    assert born == ({owner} if owner else set())


@pytest.mark.parametrize("words, unknown", [
    ("crossed the 60-year-old bridge on foot", True),  # the object's head is a thing
    ("said the 60-year-old farmer was right", False),  # a word for a person
])
def test_the_n_year_old_with_a_thing_for_its_noun_is_marked(words, unknown):
    text = f"Tom Hale, 44, won on Sunday.\n\nHe {words}."
    told = [g for _, ages in ages_of(text) for g in ages if g["value"] == 60]
    assert [bool(g.get("unknown_noun")) for g in told] == [unknown]


@pytest.mark.parametrize("words, value, span", [
    ("Hale, who is in his sixties,", 60, 10),
    ("Hale, in his late 40s,", 40, 10),  # a part of the span is the whole span
    ("Hale, who is in his teens,", 13, 7),
])
def test_an_age_told_as_a_span_of_years(words, value, span):
    told = [g for _, ages in ages_of(f"Tom Hale won on Sunday. {words} trains daily.") for g in ages]
    assert [(g["value"], g["span"]) for g in told] == [(value, span)]


def test_a_span_of_years_of_the_other_sex_is_not_the_persons():
    text = "Ms Ana Hale won on Sunday. She said Hale is in his sixties."
    assert not [g for _, ages in ages_of(text) for g in ages]
