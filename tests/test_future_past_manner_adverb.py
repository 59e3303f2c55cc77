"""date.future-past: a past form before an adverb of manner in -ly is a verb ("died peacefully
at home on"), not an adjective opening a noun phrase; where that reading stops."""

import pytest

from checker.engine import check_article
from checker.rules.date_future_past import LY_ADVERB_LETTERS, _manner_adverb
from claims.language import analyse
from claims.read import article_from_text

RULE = "date.future-past"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("word, adverb", [
    ("peacefully", True), ("sharply", True), ("sadly", True),
    ("weekly", False), ("elderly", False), ("family", False),  # lexicon ly_not_adverbs
    ("rely", False),  # fewer than LY_ADVERB_LETTERS letters
    ("Kelly", False),  # a name
])
def test_which_words_in_ly_are_adverbs_of_manner(word, adverb):
    assert len("sadly") == LY_ADVERB_LETTERS
    assert _manner_adverb(analyse(word).words_in(0, len(word))[0]) is adverb


def test_a_death_told_with_an_adverb_of_manner_after_publication_is_flagged():
    assert findings("4 May 2025\n\nThe retired headmaster, who taught for thirty years, died suddenly at his "
                    "home on 12 May.")


def test_the_same_death_before_publication_is_silent():
    assert not findings("4 May 2025\n\nThe retired headmaster, who taught for thirty years, died suddenly at "
                        "his home on 2 May.")


def test_a_perfect_before_the_adverb_takes_no_day_of_its_own():
    assert not findings("4 May 2025\n\nSales have grown strongly through the quarter ending on 12 May.")


# --- irregular past forms (lexicon temporal irregular_past) ------------------------------------

@pytest.mark.parametrize("word, past", [
    ("sang", True), ("drew", True), ("chose", True), ("wept", True),
    # as often a noun or an adjective: left out ("the Fed", "a hung jury", "a spat", "bound for")
    ("fed", False), ("hung", False), ("spat", False), ("bound", False),
])
def test_irregular_past_forms(word, past):
    from claims.temporal.tense import is_past_form
    assert is_past_form(word) is past


def test_a_relative_when_with_its_subject_keeps_its_clause_s_tense():
    assert findings("14 October 2025\n\nThe brass band is home after the contest in Leeds, when they played "
                    "in the final on 19 October.")
