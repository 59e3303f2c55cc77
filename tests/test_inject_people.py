"""The injectors plant one slip each where the text allows, and the matching rule catches it."""

import pytest

from checker.engine import check_article
from checker.evaluate.inject_people import INJECTORS, misspell_name, reattribute_quote, second_expansion, swap_title
from claims.read import article_from_text


def rules_fired(text):
    return [f.rule for f in check_article(article_from_text(text)).findings]


@pytest.mark.parametrize("rule", ["name.variant", "name.title-conflict", "quote.attribution-conflict"])
def test_each_slip_planted_in_the_seed_is_caught_by_its_rule(seed_text, rule):
    planted = INJECTORS[rule](seed_text)
    assert planted is not None and planted != seed_text
    assert rule not in rules_fired(seed_text)
    assert rules_fired(planted).count(rule) == 1


def test_the_seed_offers_no_place_for_a_second_expansion(seed_text):
    # its only acronym pair is MINUSMA in another language's order: nothing to mutate
    assert second_expansion(seed_text) is None


def test_misspell_name_changes_one_later_mention():
    text = "Finance Minister Margaret Thatcher spoke. Thatcher said no."
    assert misspell_name(text) == "Finance Minister Margaret Thatcher spoke. Margaret Tahtcher said no."


def test_swap_title_gives_a_later_mention_another_portfolio():
    text = "Finance Minister Ana Ruiz spoke. Ruiz said no."
    assert swap_title(text) == "Finance Minister Ana Ruiz spoke. Health Minister Ruiz said no."


def test_reattribute_quote_repeats_the_words_for_someone_else():
    text = "“We will not leave this country,” Foreign Minister Abdoulaye Diop said. Jane Doe said no."
    planted = reattribute_quote(text)
    assert planted.endswith("\n\n“We will not leave this country,” Jane Doe said.\n")


def test_second_expansion_spells_a_later_mention_out_differently():
    text = "The International Atomic Energy Agency (IAEA) met. The IAEA said no."
    planted = second_expansion(text)
    assert planted == ("The International Atomic Energy Agency (IAEA) met. "
                       "The IAEA (International Atomic Energy Authority) said no.")
    assert "acronym.conflict" in rules_fired(planted)


@pytest.mark.parametrize("inject", list(INJECTORS.values()))
def test_no_place_no_slip(inject):
    assert inject("Nothing here names anyone or quotes anything.") is None
