"""A wire dateline's place may hold the lower-case words of a place's name ("Sao Tome
and Principe", "Republic of the Congo": lexicon places name_inner) after a capitalized
word; a lower-case word of prose still makes the opening no dateline."""

from datetime import date

import pytest

from claims.read.base import find_dateline


@pytest.mark.parametrize("text, day", [
    ("SAO TOME, Sao Tome and Principe, 2 June 2025 \u2014 Officials said ...", date(2025, 6, 2)),
    ("SCARBOROUGH, Trinidad and Tobago, 9 May 2025 (AP) - The mayor said ...", date(2025, 5, 9)),
    ("CASTRIES, Saint Lucia, 12 June 2025 (AP) \u2014 The ferry ...", date(2025, 6, 12)),
])
def test_a_place_name_with_inner_lower_case_words_opens_a_dateline(text, day):
    found = find_dateline(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize("text", [
    "KINDU, where donors met, 2 June 2025 \u2014 the agency said ...",
    "KINDU, of all places, 2 June 2025 \u2014 the agency said ...",
])
def test_prose_in_lower_case_opens_no_dateline(text):
    assert find_dateline(text) is None
