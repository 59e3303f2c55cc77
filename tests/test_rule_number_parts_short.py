"""number.parts-short: parts said to make up a whole ("made up of", "split between") that add
up to less than it."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

RULE = "number.parts-short"


def flagged(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def test_the_finding_names_the_parts_their_sum_and_the_marker():
    [f] = flagged("The convoy carried 40 people, made up of 20 pupils and 15 teachers.")
    assert f.severity.label == "warning"
    assert f.message == ("20 pupils + 15 teachers = 35, less than 40 people, which the parts are said to make up "
                         "(\u201cmade up of\u201d)")
    assert [r.message for r in f.related] == ["a part of the whole", "a part of the whole"]


@pytest.mark.parametrize("marker", ["made up of", "consisting of", "comprising"])
def test_markers_that_say_the_parts_are_the_whole(marker):
    assert flagged(f"The convoy carried 40 people, {marker} 20 pupils and 15 teachers.")


@given(st.integers(1, 500), st.integers(1, 500), st.integers(2, 1200))
def test_whole_numbers_are_short_exactly_when_their_sum_is_less(a, b, total):
    text = f"The convoy carried {total:,} people, made up of {a:,} pupils and {b:,} teachers."
    assert bool(flagged(text)) == (a + b < total)


@pytest.mark.parametrize("text", [
    "The convoy carried about 40 people, made up of 20 pupils and 15 teachers.",        # about 40 allows 35
    "The convoy carried 40 people, including 20 pupils and 15 teachers.",               # not said to be the whole
    "The convoy carried 40 people, made up of 20 pupils, 15 teachers and their parents.",  # the list goes on
    "The fund of 9 mln dlrs is split between 5 mln dlrs for roads and the rest for parks.",  # the rest unnumbered
    "The convoy carried 40 people, made up of at least 20 pupils and 15 teachers.",     # a part without a limit
])
def test_breakdowns_that_may_be_complete_pass(text):
    assert flagged(text) == []


def test_rounding_of_the_total_is_allowed_for():
    assert flagged("The budget of 9 mln dlrs is split between 5 mln dlrs for roads and 2 mln dlrs for schools.")
    assert not flagged("The budget of 9 mln dlrs is split between 5 mln dlrs for roads and 3 mln dlrs for schools.")


@pytest.mark.parametrize("tail, goes_on", [
    ("20 pupils and 15 teachers.", False),
    ("20 pupils, 15 teachers and their parents.", True),   # "and" after the last part: the list goes on
    ("20 pupils, 15 teachers and others.", True),
    ("20 pupils and 15 teachers, the rest staff.", True),  # the rest of the whole left unnumbered
])
def test_the_total_records_whether_its_list_goes_on_after_the_last_part(tail, goes_on):
    from claims.extract import extract

    claims = extract(article_from_text(f"The convoy carried 40 people, made up of {tail}")).claims
    [total] = [c for c in claims if c.kind == "quantity" and c.attrs.get("role") == "total"]
    assert total.attrs["goes_on"] is goes_on


def test_the_rule_reads_claims_only_so_a_document_without_text_is_still_checked():
    from claims.document import from_document, to_document
    from claims.extract import extract

    article = article_from_text("The convoy carried 40 people, made up of 20 pupils and 15 teachers.")
    result = check_article(from_document(to_document(extract(article), include_text=False)))
    assert [f.rule for f in result.findings if f.rule == RULE] == [RULE]
