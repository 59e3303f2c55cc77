"""facts.acronym: an acronym expanded as a variant of its fact base name (``check --facts FILE``)."""

from __future__ import annotations

from checker.consistency.factbase import FactBase, acronym_findings
from checker.findings import Severity
from checker.rules import rule
from claims.model import ClaimSet


@rule("facts.acronym", Severity.WARNING, "An acronym expanded as a variant of its fact base name", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        Every expansion the article gives an acronym the fact base knows: one the fact base
        lists as a variant, or a variant of its name (``archive.acronym``'s evidence: one
        word turned into another form of itself), is reported.

    Why it matters
        An organisation's name is a fact, and the fact base holds the reviewed one.

    Example
        The fact base has BNP = Bangladesh Nationalist Party; the draft says "the Bangladesh
        National Party (BNP)".

    Does not flag
        Expansions that are the same name (case, accents, abbreviations, a word left out);
        an acronym used for something else entirely (other words, not variants); without a
        fact base, it does not run.
    """
    return acronym_findings(claims, facts)
