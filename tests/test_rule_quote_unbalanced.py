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


# Single quotation marks (the British style): one that opens a quotation where quotations
# open (a line start, or after a sentence end, a colon or a comma) before a capital letter,
# with nothing after it in its paragraph that could close it, is unclosed.
@pytest.mark.parametrize("text", [
    "Coach Ian Reid said the squad was fit. 'We have worked hard,' he said. 'Now we need the points on the board."
    "\n\nThe club sits ninth in the table.",
    "Coach Ian Reid said: 'We have worked hard all week and we are ready.\n\nThe club sits ninth in the table.",
    "Coach Ian Reid said, ‘We have worked hard all week and we are ready.\n\nThe club sits ninth in the table.",
    "The club sits ninth.\n\n'It has been a long season for everyone here, the captain admitted.",
])
def test_a_single_mark_left_open_is_info(text):
    [f] = findings(text)
    assert f.severity.label == "info" and text[f.start] in "'‘"


@pytest.mark.parametrize("text", [
    # the newspaper convention: the next paragraph opens with the same mark
    "Coach Ian Reid said: 'We have worked hard all week and we are ready.\n\n'The fans deserve a win,' he added.",
    "Coach Ian Reid said: ‘We have worked hard all week and we are ready.\n\n‘The fans deserve a win,’ he added.",
    # a mark later in the paragraph may close it (or be an apostrophe): nothing is said
    "Coach Ian Reid said: 'We have worked hard all week, and the lads' effort shows.\n\nThe club sits ninth.",
    "The band played rock 'n' roll all night. Fans sang along.",
    "It was the summer of '69 and the town was 'Happy Valley' to its people.",
    "The wall is 6' 2\" high and the gate 4' wide. Builders said it was fine.",
    "The striker, Tom O'Neill, scored twice. 'Tis the season, fans joked.",
    # inside a double quotation, a single mark is the quoted speaker's
    "“We are ready,” he said. “The boys said, 'Go for it and win.”",
])
def test_single_marks_continued_closable_or_apostrophes_are_not_flagged(text):
    assert findings(text) == []
