"""claims.organizations.find_organizations: where an organization's name starts."""

import pytest

from claims.names import NameTokens
from claims.organizations import find_organizations


def names(text):
    tk = NameTokens(text)
    return [" ".join(tk.raw[a:b]) for a, b, _ in find_organizations(tk)]


@pytest.mark.parametrize("text, name", [
    ("The deal follows Lehman, Kuhn and Co in seeking a partner.", "Lehman , Kuhn and Co"),
    ("Barrow, Hale & Co shares rose.", "Barrow , Hale & Co"),
    ("Brokers at Merrill Lynch and Co agreed.", "Merrill Lynch and Co"),
])
def test_a_firm_named_by_its_partners_starts_at_the_first_partner(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    # a place opened by a preposition before the comma is no partner
    ("In London, Lazard and Co said it would buy.", "Lazard and Co"),
    # a comma before a partner of two words is a clause's, not a list of partners
    ("In March, Merrill Lynch and Co said so.", "Merrill Lynch and Co"),
])
def test_a_comma_that_lists_no_partner_ends_the_name(text, name):
    assert names(text) == [name]
