"""quote.unbalanced: flagged and not-flagged examples."""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "quote.unbalanced"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, mark, opening", [
    ("“The mission has failed, Diop said on Friday.\n\nNext paragraph.", "“", True),
    ('"I think so," Baldrige told the subcommittee on commerce affairs."', '"', False),
    ("He said “the mission failed and left.", "“", True),
    # flattened: a new quotation opens after a sentence, but a speech tag stands in the open one
    ('"The mission has failed, said Jane Doe at the rally. "Now we leave."', '"', True),
    ('"The mission has failed, she said at the rally. "Now we leave."', '"', True),
])
def test_a_mark_without_partner_is_info(text, mark, opening):
    [f] = findings(text)
    assert f.severity.label == "info"
    assert text[f.start:f.end] == mark
    assert ("is not closed" in f.message) == opening


@pytest.mark.parametrize("text", [
    "“First paragraph of a long quote.\n\n“Second paragraph,” Diop said.",
    "“First paragraph of a long quote.\n“Second paragraph,” Diop said.",
    "He said “we will stay in the country\nuntil the end” and left.",
    'A 12" pipe was laid.',
    "It's the dealers' view, rock 'n' roll.",
    'Flattened: "First paragraph of a long quote. "Second paragraph," Diop said.',
])
def test_continued_quotes_apostrophes_and_inches_are_not_flagged(text):
    assert findings(text) == []


def test_the_seed_article_has_balanced_quotes(seed_text):
    assert findings(seed_text) == []
