"""number.invalid and claims.language.numbers.grouping_slip: a figure whose digit groups no
numbering system writes is a typing slip; every way of writing a number correctly is not."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, strategies as st

from checker.engine import check_article
from claims.document import to_document, validate
from claims.extract import extract
from claims.language.numbers import grouping_slip
from claims.read import article_from_text

RULE = "number.invalid"


def findings(text: str) -> list:
    return [f for f in check_article(article_from_text("2 March 1987\n\n" + text)).findings if f.rule == RULE]


# -- the parser: which group is wrong --------------------------------------------------------------

@pytest.mark.parametrize(("written", "group"), [
    ("2,452,3000", "3000"),  # a digit typed twice at the end
    ("1,7754,000", "7754"),  # in the middle
    ("16,0000", "0000"),  # one comma, four digits after two
    ("98,20000", "20000"),
    ("2,318,00", "00"),  # a digit dropped beside a group of three
    ("3,801,7", "7"),
    ("4000,000", "4000"),  # four digits before a group of three
])
def test_a_group_of_the_wrong_length_is_named(written, group):
    assert grouping_slip(written) == group


@pytest.mark.parametrize("written", [
    "8,26",  # one comma, two digits after: a decimal comma
    "125,8",  # one digit after
    "6,6069",  # one digit, a comma, four: a decimal comma
    "45,00,000",  # the Indian grouping
    "1,84,000",
    "1,2,3",  # groups of one or two only: a list
    "2024,2025",  # years listed
    "1,234,567",
    "1,234.5",
    "5,000km",
])
def test_what_may_be_read_another_way_is_no_slip(written):
    assert grouping_slip(written) is None


@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from(["", ".5", ".25"]))
def test_every_number_grouped_in_threes_is_well_formed(n, decimals):
    assert grouping_slip(f"{n:,}{decimals}") is None


@given(st.integers(min_value=10**6, max_value=10**15), st.data())
def test_a_digit_added_to_or_dropped_from_a_middle_group_is_a_slip(n, data):
    groups = f"{n:,}".split(",")
    i = data.draw(st.integers(min_value=1, max_value=len(groups) - 2), label="middle group")
    if data.draw(st.booleans(), label="add a digit"):
        groups[i] += data.draw(st.sampled_from("0123456789"), label="digit")
    else:
        groups[i] = groups[i][:-1]
    written = ",".join(groups)
    assume(not re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", written))  # "1,00,000" is the Indian grouping
    assert grouping_slip(written) is not None


# -- the claims and the rule ----------------------------------------------------------------------

def test_a_malformed_figure_gets_its_own_claim_and_no_quantity():
    claims = extract(article_from_text("2 March 1987\n\nAvg shrs 2,452,3000 vs 2,552,300\n")).claims
    [bad] = [c for c in claims if c.kind == "malformed_number"]
    assert bad.text == "2,452,3000" and bad.attrs["group"] == "3000"
    s, e = bad.attrs["group_span"]
    assert "2 March 1987\n\nAvg shrs 2,452,3000 vs 2,552,300\n"[s:e] == "3000"
    assert not any(c.kind == "quantity" and c.start == bad.start for c in claims)


def test_the_claims_document_with_a_malformed_figure_validates():
    doc = to_document(extract(article_from_text("2 March 1987\n\nNet 2,318,00 vs 789,000\n")))
    assert any(c["kind"] == "malformed_number" for c in doc["claims"]) and validate(doc) == []


def test_the_finding_names_the_group_and_points_at_it():
    [f] = findings("Net loss 2,318,00 vs profit 789,000\n")
    assert "“2,318,00”" in f.message and "“00” has two digits" in f.message
    assert f.severity.label == "warning"


def test_a_well_formed_table_is_silent():
    assert findings("Shr 14 cts vs 21 cts\n\nNet 353,000 vs 541,000\n\nAvg shrs 2,452,300 vs 2,552,300\n") == []
