"""Who a name is, and which titles and ages it is given: honorifics, middle names, family names
written first, a court report's fronted part, speech tags, offices often held together, a
death's age, and an age told of a pronoun."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.extract import extract
from claims.read import article_from_text
from claims.titles import FRONTED_ROLE_OBJECT_WORDS, JOINT_GAP_WORDS


def findings(text, rule, published=date(2025, 5, 2)):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == rule]


def people(text, published=date(2025, 5, 2)):
    return [c for c in extract(article_from_text(text, published=published)).claims if c.kind == "person"]


@pytest.mark.parametrize("honorific", ["Datuk", "Dato", "Datin", "Tun", "Alhaji", "Hajia", "Sheikha", "Mallam"])
def test_an_honorific_before_a_name_is_no_part_of_it(honorific):
    ps = people(f"Group chief executive {honorific} Nora Baako spoke on Monday.\n\nNora Baako said profit rose.")
    assert len({p.attrs["entity"] for p in ps}) == 1


def test_two_middle_names_with_no_word_in_common_are_two_people():
    ps = people("Pasang Nima Sherpa, 41, led the rescue.\n\nPasang Lhakpa Sherpa, 33, said the ropes held.")
    assert len({p.attrs["entity"] for p in ps}) == 2
    assert findings("Pasang Nima Sherpa, 41, led the rescue.\n\nPasang Lhakpa Sherpa, 33, said the ropes held.",
                    "date.age-conflict", date(2025, 5, 30)) == []


@pytest.mark.parametrize("second", ["Mary Ann Quill", "Mary Ann Louise Quill", "Mary Quill"])
def test_a_middle_name_shared_or_left_out_is_one_person(second):
    ps = people(f"Mary Ann Quill opened the shop.\n\n{second} said sales rose.")
    assert len({p.attrs["entity"] for p in ps}) == 1


def test_a_family_name_written_first_is_the_person_inside_a_sentence_before_an_age():
    text = "Lim Boon Keat, 45, was fined on Friday.\n\nHis lawyer said Lim, 41, had repaid the money."
    assert findings(text, "date.age-conflict", date(2025, 1, 10))
    # without an age after it, a given name inside a sentence may be anyone's
    assert not [p for p in people("Lim Boon Keat was fined.\n\nHis lawyer said Lim had repaid it.")
                if p.text == "Lim"]


@pytest.mark.parametrize("opening", ["Prosecuting,", "For the prosecution,"])
def test_a_court_reports_part_opening_the_sentence_is_a_title(opening):
    text = f"{opening} Ruth Obi said the van was stolen.\n\nDefending the driver, Ruth Obi said he was sorry."
    assert findings(text, "name.title-conflict")


def test_the_words_after_a_fronted_part_are_counted():
    within = " ".join(["the"] * FRONTED_ROLE_OBJECT_WORDS)
    beyond = " ".join(["the"] * (FRONTED_ROLE_OBJECT_WORDS + 1))
    base = "Prosecutor Ruth Obi said the van was stolen.\n\nDefending {} driver, Ruth Obi said he was sorry."
    assert findings(base.format(within.rsplit(" ", 1)[0]), "name.title-conflict")
    assert not findings(base.format(beyond), "name.title-conflict")


def test_a_fronted_part_must_open_its_sentence():
    text = "Prosecutor Ruth Obi spoke.\n\nAfter a delay and defending, Ruth Obi said he was sorry."
    assert not findings(text, "name.title-conflict")


def test_words_before_a_speech_tag_tell_no_change_of_the_speakers_office():
    told = "Deputy Chief Ines Varga said patrols would grow.\n\nThey come from within, not new hires, Varga said.\n\n"
    assert findings(told + "Chief Varga said they start in May.", "name.title-conflict")
    # a change word right after the name is still the person's
    changed = "Deputy Chief Ines Varga said patrols would grow.\n\nVarga, promoted last month, said so.\n\n"
    # (at most the weak link's info: a pair only a change keeps apart, name_title_conflict._across_change)
    assert all(f.severity.name == "INFO" for f in findings(changed + "Chief Varga said they start in May.",
                                                          "name.title-conflict"))


def test_chairman_and_chief_executive_never_told_together_are_a_reading():
    [f] = findings("Chief executive Lars Moen opened the plant.\n\nChairman Lars Moen thanked staff.",
                   "name.title-conflict")
    assert f.severity.name == "INFO"


@pytest.mark.parametrize("text", [
    "Chairman and chief executive Lars Moen opened the plant.\n\nChairman Lars Moen thanked staff.",
    "Lars Moen, chief executive and chairman of Tessa, opened the plant.\n\nChairman Moen thanked staff.",
    "Chief executive Lars Moen, who is also chairman, opened the plant.\n\nChairman Moen thanked staff.",
    "Former chief executive Lars Moen opened the plant.\n\nChairman Lars Moen thanked staff.",
])
def test_offices_told_together_or_one_past_are_not_flagged(text):
    assert findings(text, "name.title-conflict") == []


def test_two_offices_are_told_together_within_the_gap():
    words = "of the Tessa group"  # with the "and", one word more than JOINT_GAP_WORDS
    assert len(words.split()) == JOINT_GAP_WORDS
    near = "Chairman {} and chief executive Lars Moen opened it.\n\nChairman Moen thanked staff."
    assert findings(near.format(words.rsplit(" ", 1)[0]), "name.title-conflict") == []
    assert findings(near.format(words), "name.title-conflict")


def test_a_name_that_is_the_subject_of_died_is_a_persons():
    text = "Odile Ferrand, a weaver and later a mayor of the valley, died Sunday at 70.\n\nBorn June 3, 1941, Ferrand ran it."
    assert findings(text, "date.age-conflict", date(2024, 11, 20))
    assert [p for p in people(text, date(2024, 11, 20)) if p.text == "Odile Ferrand"]


@pytest.mark.parametrize("text, person", [
    ("Odile Ferrand died on Sunday.", True),
    ("CANORA, Oct. 7, 2024 \u2014 Odile Ferrand, a weaver, died on Sunday.", True),  # after a dateline's dash
    ("A crowd outside Hotel Bellevue died down by midnight.", False),  # a name inside its sentence
])
def test_only_a_name_after_no_word_is_read_as_the_subject_of_died(text, person):
    # a capitalized run inside a phrase may be a place's or a firm's
    assert bool(people(text)) == person


def test_the_description_before_died_is_counted_in_tokens():
    from claims.people import LIFE_VERB_APPOSITION_TOKENS
    near = "Odile Ferrand, " + " ".join(["weaver"] * (LIFE_VERB_APPOSITION_TOKENS - 1)) + ", died Sunday."
    far = "Odile Ferrand, " + " ".join(["weaver"] * (LIFE_VERB_APPOSITION_TOKENS + 1)) + ", died Sunday."
    assert [p for p in people(near) if p.text == "Odile Ferrand"]
    assert not [p for p in people(far) if p.text == "Odile Ferrand"]


@pytest.mark.parametrize("clause, flagged", [
    ("died Sunday at 70.", True),
    ("died Sunday at 70 after a long illness.", True),
    ("died Sunday at 83.", False),
    ("died Sunday at 4 p.m.", False),  # an hour, not an age
    ("died Sunday at 10 Rue Haute.", False),  # an address
])
def test_a_bare_at_closing_a_dated_deaths_clause_is_the_age_then(clause, flagged):
    text = f"Odile Ferrand, a weaver, {clause}\n\nBorn June 3, 1941, Ferrand ran the mill."
    assert bool(findings(text, "date.age-conflict", date(2024, 11, 20))) == flagged


def test_a_ledes_description_that_dies_at_an_age_is_the_person_named_next():
    text = ("A boatbuilder who worked one slipway for fifty years has died aged {}.\n\nTomas Rebane died at home "
            "on 2 March.\n\nHe was born on 9 May 1932 in Parnu.")
    assert findings(text.format(80), "date.age-conflict", date(2025, 3, 14))
    assert not findings(text.format(92), "date.age-conflict", date(2025, 3, 14))


def test_a_description_that_dies_at_an_age_in_the_present_is_no_death_as_news():
    """"dies" tells a death as news only in a headline, for a description as for a name
    (claims.lifespans reads both one way): "a boatbuilder who dies aged 50" is anyone's."""
    told = "A boatbuilder who {} aged 50 leaves a yard in debt, a study found. Ana Ruiz, an adviser, said so."
    ages = {c.attrs.get("age") for c in extract(article_from_text(told.format("dies"), published=date(2025, 5, 2))).claims
            if c.kind == "mention"}
    assert 50 not in ages
    ages = {c.attrs.get("age") for c in extract(article_from_text(told.format("has died"), published=date(2025, 5, 2))).claims
            if c.kind == "mention"}
    assert 50 in ages


def test_a_titled_description_that_has_died_keeps_its_title():
    """A description is read for a death's age only with neither an age nor a title
    (claims.coreference): "A deputy mayor ... has died aged 70" is the title's, as before."""
    text = "A deputy mayor of the town has died aged 70.\n\nAna Ruiz died at home on 2 March."
    mentions = [c for c in extract(article_from_text(text, published=date(2025, 3, 14))).claims if c.kind == "mention"]
    assert [(m.text, m.attrs["age"], (m.attrs["title"] or {}).get("office")) for m in mentions] == \
        [("A deputy mayor", None, "mayor")]


def test_an_age_told_of_a_linked_pronoun_in_the_present_tense():
    text = ("Kofi Mensah, 52, was named to the board.\n\nMensah ran a pharmacy chain.\n\n"
            "He is {} and has two children.")
    [f] = findings(text.format(58), "date.age-conflict", date(2025, 11, 11))
    assert text.format(58)[f.start:f.end] == "58"
    assert not findings(text.format(52), "date.age-conflict", date(2025, 11, 11))
    # an age in the past tense has no time of its own here
    assert not findings(text.replace("He is {}", "He was {}").format(58), "date.age-conflict", date(2025, 11, 11))


@pytest.mark.parametrize("description, flagged", [
    ("who ran mills across northern Vaud", True),  # the description's place is its own
    ("a weaver", True),
])
def test_a_description_in_commas_does_not_own_the_death(description, flagged):
    text = f"Odile Ferrand, {description}, died Sunday at 70.\n\nBorn June 3, 1941, Ferrand ran the mill."
    assert bool(findings(text, "date.age-conflict", date(2024, 11, 20))) == flagged


def test_a_name_between_the_person_and_the_death_owns_it():
    text = "Odile Ferrand said Vaud weaver Hans Meier died Sunday at 70.\n\nBorn June 3, 1941, Ferrand ran the mill."
    assert not findings(text, "date.age-conflict", date(2024, 11, 20))


@pytest.mark.parametrize("said, flagged", [
    ("said wheat imports had become cheaper", True),  # what was said is not about the speaker
    ("said she would resign in June", False),  # it is: a change of her office
    ("said the board took her resignation", False),
])
def test_a_change_word_in_what_was_said_is_the_speakers_only_when_it_speaks_of_them(said, flagged):
    text = f"Chief executive Ama Boateng {said}.\n\nFinance director Ama Boateng said costs fell."
    # a change told keeps the pair to the weak link's info (name_title_conflict._across_change)
    assert bool([f for f in findings(text, "name.title-conflict") if f.severity.name != "INFO"]) == flagged


@pytest.mark.parametrize("name", ['Rosalind "Roz" Harker', "Rosalind “Roz” Harker"])
def test_a_nickname_quoted_inside_a_name_is_no_part_of_it(name):
    text = f"{name}, 90, who kept bees for sixty years, died Friday.\n\nShe was born on 4 May 1939 in Ely."
    assert findings(text, "date.age-conflict", date(2025, 10, 14))
    [p] = [p for p in people(text, date(2025, 10, 14)) if p.attrs["full"]]
    assert p.attrs["parts"] == ["Rosalind", "Harker"]



def test_two_capitalized_words_in_the_description_may_own_the_death():
    text = ("Odile Ferrand, whose deputy was Hans Meier, died Sunday at 70.\n\n"
            "Born June 3, 1941, Ferrand ran the mill.")
    assert not findings(text, "date.age-conflict", date(2024, 11, 20))
