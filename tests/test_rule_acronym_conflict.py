"""acronym.conflict: flagged and not-flagged examples."""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "acronym.conflict"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, here, other", [
    ("The European Community (EC) met. The European Commission (EC) said.", "European Commission",
     "European Community"),
    ("The International Atomic Energy Agency (IAEA) met. The IAEA (International Atomic Energy Authority) said.",
     "International Atomic Energy Authority", "International Atomic Energy Agency"),
    # the second expansion written with a connector after a comma, one word of it a slip
    ("The Coastal Ferry Authority (CFA) met. CFA, the County Ferry Authority, said.",
     "County Ferry Authority", "Coastal Ferry Authority"),
    ("The Coastal Ferry Authority (CFA) met. The Coastal Freight Agency, known as CFA, said.",
     "Coastal Freight Agency", "Coastal Ferry Authority"),
])
def test_two_expansions_of_one_acronym_are_flagged(text, here, other):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert text[f.start:f.end] == here
    assert text[f.related[0].start:f.related[0].end] == other
    assert f.message.startswith("“")


@pytest.mark.parametrize("text", [
    # the same name, written differently
    "The U.N. Security Council (UNSC) met. The United Nations Security Council (UNSC) said.",
    "The World Health Organisation (WHO) met. The World Health Organization (WHO) said.",
    "The International Monetary Fund (IMF) met. The IMF (the international monetary fund) said.",
    "The Organization for Economic Co-operation and Development (OECD) met. "
    "The Organisation for Economic Cooperation and Development (OECD) said.",
    # MINUSMA: an English expansion of a French acronym, and the French one
    "MINUSMA, or the United Nations Multidimensional Integrated Stabilization Mission in Mali, left. "
    "The Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (MINUSMA) said.",
    "MINUSMA, or the United Nations Multidimensional Integrated Stabilization Mission in Mali, left. "
    "MINUSMA, or the United Nations Integrated Stabilization Mission in Mali, said.",
    # one expansion only
    "The International Monetary Fund (IMF) met. The IMF said.",
])
def test_one_name_in_other_words_or_languages_is_not_flagged(text):
    assert findings(text) == []


def test_the_seed_article_has_no_acronym_conflict(seed_text):
    assert findings(seed_text) == []
