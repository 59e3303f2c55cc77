"""A wire dateline's place may hold the lower-case words of a place's name ("Democratic
Republic of Congo", "Trinidad and Tobago": lexicon places name_inner) after a capitalized
word; a lower-case word of prose still makes the opening no dateline."""

from datetime import date

import pytest

from claims.read.base import find_dateline


@pytest.mark.parametrize("text, day", [
    ("GOMA, Democratic Republic of Congo, 6 March 2025 \u2014 Partners said today ...", date(2025, 3, 6)),
    ("PORT OF SPAIN, Trinidad and Tobago, 4 November 2024 (CMC) - The band said ...", date(2024, 11, 4)),
    ("BRIDGETOWN, Barbados, 4 April 2025 (CMC) \u2014 The case ...", date(2025, 4, 4)),
])
def test_a_place_name_with_inner_lower_case_words_opens_a_dateline(text, day):
    found = find_dateline(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize("text", [
    "GOMA, where partners met, 6 March 2025 \u2014 the platform said ...",
    "GOMA, of all places, 6 March 2025 \u2014 the platform said ...",
])
def test_prose_in_lower_case_opens_no_dateline(text):
    assert find_dateline(text) is None
