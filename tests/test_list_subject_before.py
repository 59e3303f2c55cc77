"""number.count-mismatch: a definite count of a noun alone that opens its sentence renames the
one list of names that opened a sentence before it, as its subject, within the earlier-list
window ("A, B, C, D and E were named to the panel. ... The four panellists ...";
claims.quantities.lists._subject_list). The link is a reading across sentences: shown (info),
never warned.
"""

import pytest

from checker.engine import check_article
from checker.findings import Severity
from claims.read import article_from_text

RULE = "number.count-mismatch"
NAMES = "Hana Sato, Leo Grant, Mia Brooks and Omar Farouk"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text", [
    f"{NAMES} were honoured at the gala on Friday.\n\nThe three winners each received a medal.",
    f"{NAMES} make up the shortlist for the award. The five nominees will perform at the ceremony.",
    # two sentences back, with no other subject list between
    f"{NAMES} were honoured at the gala on Friday. Guests dined late.\n\nThe three winners each received a medal.",
])
def test_the_count_renames_the_subject_list_before_it(text):
    [f] = findings(text)
    assert f.severity == Severity.INFO


@pytest.mark.parametrize("text", [
    # as many names as the count says
    f"{NAMES} were honoured at the gala on Friday.\n\nThe four winners each received a medal.",
    # the list is not the subject that opens the sentence before
    f"The gala honoured {NAMES} on Friday.\n\nThe three winners each received a medal.",
    # the count does not open its sentence
    f"{NAMES} were honoured at the gala on Friday.\n\nOrganisers said the three winners each received a medal.",
    # the count names some of them: a modifier
    f"{NAMES} were honoured at the gala on Friday.\n\nThe three young winners each received a medal.",
    # two subject lists before: which one does the count rename?
    f"{NAMES} were honoured at the gala on Friday. Ivo Marek and Lia Park dined late.\n\nThe three winners each "
    "received a medal.",
])
def test_not_renamed(text):
    assert findings(text) == []


def test_places_are_not_renamed():
    # places counted by a noun that is no region: the people of the places, perhaps
    text = "France, Germany, Italy and Spain signed the pact on Monday. The three leaders will meet again."
    assert findings(text) == []
