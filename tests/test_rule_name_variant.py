"""name.variant: flagged and not-flagged examples, and generated misspellings."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.sources import article_from_text

RULE = "name.variant"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, here, other", [
    ("President Volodymyr Zelensky spoke. Later Volodimir Zelensky told reporters more.",
     "Volodimir Zelensky", "Volodymyr Zelensky"),
    ("President Volodymyr Zelensky spoke. Later Volodymyr Zelenskyy told reporters more.",
     "Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Fed Chairman Paul Volcker spoke. The dollar rose after remarks by Paul Vocker on Friday.",
     "Paul Vocker", "Paul Volcker"),
    ("Finance Minister Ana Ruiz spoke. Ana Ruiz said yes. Ana Ruis said no.", "Ana Ruis", "Ana Ruiz"),
])
def test_a_name_spelled_two_ways_is_flagged(text, here, other):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert text[f.start:f.end] == here
    assert f"“{here}” here, “{other}” elsewhere" in f.message
    [r] = f.related
    assert text[r.start:r.end] == other
    assert any("the rest of the name is the same" in e for e in f.evidence)


def test_the_rarer_spelling_is_the_one_pointed_at():
    text = ("Ana Ruis said no. Finance Minister Ana Ruiz spoke. Ana Ruiz said yes. "
            "Ana Ruiz, the finance minister, added more.")
    [f] = findings(text)
    assert text[f.start:f.end] == "Ana Ruis"


@pytest.mark.parametrize("text", [
    "Hillary Clinton said yes. Bill Clinton said no.",
    "Governor Mario Cuomo said yes. Maria Cuomo said no.",
    "Paul Smith said yes. Paula Smith said no.",
    "President Volodymyr Zelensky spoke. Zelenskyy said more.",
    "President George W. Bush spoke. George Bush said more.",
    "President George H. W. Bush spoke. President George W. Bush said more.",
    "Jon Smith said yes. Joe Smith said no.",
    "Kim Jong-il said yes. Kim Jong-un said no.",
    "Muammar Gaddafi said yes. Moammar Gadhafi said no.",
])
def test_different_people_and_partial_mentions_are_not_flagged(text):
    assert findings(text) == []


def test_diacritics_only_is_info():
    [f] = findings("Secretary-General António Guterres spoke. Antonio Guterres said more.")
    assert f.severity.label == "info"
    assert "diacritics" in f.message


def test_the_seed_article_has_no_name_variant(seed_text):
    assert findings(seed_text) == []


@given(st.sampled_from(["Abdoulaye", "Volodymyr", "Margaret", "Antonio"]),
       st.sampled_from(["Zelensky", "Guterres", "Thatcher", "Salgado"]),
       st.data())
def test_any_swap_of_two_inner_letters_of_a_surname_is_caught(given_name, surname, data):
    i = data.draw(st.integers(1, len(surname) - 2))
    wrong = surname[:i] + surname[i + 1] + surname[i] + surname[i + 2:]
    text = f"Foreign Minister {given_name} {surname} spoke. Later {given_name} {wrong} said more."
    caught = findings(text)
    assert bool(caught) == (wrong != surname)
