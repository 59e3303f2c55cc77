"""Counts and totals reached through a later mention that names them again: a definite noun
in apposition inside a later sentence ("the report found the judges, A, B and C, fit"), a
bulleted list under "The new coaches are:", a bare "The four" restating a count, a group named
by its outcome ("the injured, among them ..."), a project named again as the subject of its
funding, and the readings that reach a list or its parts past the words around them (a
participle before the count's phrase, a place after the total, ", with" before a share-out,
animals counted by the head). Both sides of each."""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

COUNT = "number.count-mismatch"
SUM = "number.sum-exceeds-total"


def found(text, rule):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == rule]


# --- number.count-mismatch ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a definite noun inside a later sentence, its list closed by a comma (info)
    "The senate confirmed four judges to the appeals court on Friday. A committee had earlier found the judges, "
    "Ruth Abara, Colm Tierney and Ines Vidal, fit to serve.",
    # a bulleted list under the noun and "are:" a sentence on (info)
    "Club names coaches\n\nThe club named six new coaches on Monday.\n\nThe new coaches are:\n\n- Ann Byrne\n"
    "- Tom Ellis\n- Raj Patel\n- Lee Wong\n- Kim Oduya\n",
    # an honorific abbreviation inside a name does not end the list
    "The board took on three directors in May. A panel had found the directors, Eng. Musa Okello, Dr Ada Wekesa, "
    "Lina Toroitich and Omar Said, qualified.",
])
def test_later_definite_noun_is_read_as_info(text):
    [f] = found(text, COUNT)
    assert f.severity.label == "info"


@pytest.mark.parametrize("text", [
    "The senate confirmed three judges to the appeals court on Friday. A committee had earlier found the judges, "
    "Ruth Abara, Colm Tierney and Ines Vidal, fit to serve.",
    # the list runs on to the full stop: it may add to the ones named before
    "The senate confirmed four judges on Friday. Earlier the panel heard from the judges, Ruth Abara and Colm Tierney.",
    "Club names coaches\n\nThe club named five new coaches on Monday.\n\nThe new coaches are:\n\n- Ann Byrne\n"
    "- Tom Ellis\n- Raj Patel\n- Lee Wong\n- Kim Oduya\n",
])
def test_later_definite_noun_that_fits_passes(text):
    assert found(text, COUNT) == []


def test_the_four_restating_a_count_counts_its_names():
    [f] = found("Four swimmers broke the club record this season. The four, Ana Ruiz, Ben Cho and Lia Park, will race "
                "at the state titles.", COUNT)
    assert f.severity.label == "warning"
    assert f.message.startswith("\u201cThe four\u201d is followed by 3 names, not 4")


@pytest.mark.parametrize("text", [
    "Three swimmers broke the club record this season. The three, Ana Ruiz, Ben Cho and Lia Park, will race.",
    # no count of four before it: "the four" names nothing the article counted
    "The club has three pools. The four, Ana Ruiz, Ben Cho and Lia Park said, are too small.",
    # not names after the comma
    "Four swimmers broke the club record. The four, with Ana Ruiz and Ben Cho leading, will race.",
])
def test_the_four_without_a_mismatch_passes(text):
    assert found(text, COUNT) == []


def test_a_participle_before_the_phrase_after_the_noun():
    text = ("The three riders picked for the Tarwin Valley Cycling Club's senior squad, Ann Kerr (Foster), Tom Ng "
            "(Leongatha), Ida Lee (Meeniyan) and Sam Roe (Inverloch), meet on Monday.")
    [f] = found(text, COUNT)
    assert f.severity.label == "warning"
    assert found(text.replace("three", "four"), COUNT) == []
    # a bare list of names after the participle's phrase may hold the phrase's own names
    assert found("The three ministers invited to talks with Spain, Italy and Greece met on Monday.", COUNT) == []


# --- number.sum-exceeds-total ------------------------------------------------------------------

def test_a_group_named_by_its_outcome_takes_the_count_told_with_it():
    text = ("Six people died and 12 were hurt when a ferry capsized on Friday. The operator said it would help. "
            "Doctors said the injured, among them eight men and six women, were stable.")
    [f] = found(text, SUM)
    assert f.severity.label == "error"
    assert found(text.replace("eight men and six women", "seven men and five women"), SUM) == []


def test_a_project_named_again_as_the_subject_of_its_funding():
    text = ("Work will begin in June on a $9.4 million upgrade of the town pool, including a new slide. The project "
            "is funded with $5.5 million from the province and $4.6 million from the city council.")
    [f] = found(text, SUM)
    assert f.severity.label == "error"
    assert found(text.replace("$4.6 million", "$3.6 million"), SUM) == []
    # another thing as the subject: the shares are not the upgrade's
    assert found(text.replace("The project is", "The school is"), SUM) == []


def test_a_total_before_with_and_its_shares():
    text = ("The council approved a $3.2 million road plan on Monday, with $2.1 million for footpaths and "
            "$1.6 million for lighting.")
    [f] = found(text, SUM)
    assert f.severity.label == "info"
    assert found(text.replace("$1.6 million", "$1.1 million"), SUM) == []


def test_animals_counted_by_the_head():
    text = "Agents yarded 2,400 head at the Forbes saleyards on Tuesday, made up of 1,300 steers, 900 heifers and 300 cows."
    [f] = found(text, SUM)
    assert f.severity.label == "error"
    assert found(text.replace("1,300 steers", "1,200 steers"), SUM) == []
    # calves may be steers or heifers: no one axis
    assert found(text.replace("300 cows", "300 calves"), SUM) == []
