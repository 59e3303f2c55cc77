"""number.count-mismatch: the next sentence's list under another plural ("The newcomers are A,
B and C") is read against a count when that count is the only number of its sentence that
may count a group: a size written onto one thing ("a 15-member squad") or a measure counts no
group a list could name, so it leaves the count alone; another count of a noun does not.
"""

import pytest

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.count-mismatch"


def flagged(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("beside, expected", [
    ("for a 15-member squad", True),  # a size written onto one squad
    ("for a tour of 140 kilometres", True),  # a measure
    ("and 11 veterans", False),  # another count of a noun: the list may name either group
    ("and two reserves", False),
])
def test_a_list_under_another_plural_after_the_only_group(beside, expected):
    text = f"The coach picked four young players {beside}. The debutants are Ann Bell, Ray Kim and Joe Day."
    assert bool(flagged(text)) is expected


def test_a_list_as_long_as_the_count_is_no_finding():
    text = ("The coach picked four young players for a 15-member squad. "
            "The debutants are Ann Bell, Ray Kim, Sue Orr and Joe Day.")
    assert flagged(text) == []
