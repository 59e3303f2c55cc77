"""facts.acronym: an acronym expanded as a variant of its fact base name (``check --facts FILE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.findings import Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

if TYPE_CHECKING:
    from checker.consistency.factbase import FactBase


@rule("facts.acronym", Severity.WARNING, "An acronym expanded as a variant of its fact base name", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        Every expansion the article gives an acronym the fact base knows: one the fact base
        lists as a variant, or a variant of its name (``archive.acronym``'s evidence: one
        word turned into another form of itself), is reported.

    Why it matters
        An organisation's name is a fact, and the fact base holds the reviewed one.

    Does not flag
        Expansions that are the same name (case, accents, abbreviations, a word left out);
        an acronym used for something else entirely (other words, not variants); without a
        fact base, it does not run.
    """
    from checker.consistency.factbase import acronym_findings  # with --facts only: not at every start
    return acronym_findings(claims, facts)


_FACTS = '{"version": 1, "acronyms": [{"acronym": "BNP", "expansion": "Bangladesh Nationalist Party"}]}'

EXAMPLES = (
    flags("The Bangladesh National Party (BNP) called a strike.", published="2024-04-21", facts=_FACTS, note="the fact base spells BNP out as Bangladesh Nationalist Party"),
    passes("The Bangladesh Nationalist Party (BNP) called a strike.", published="2024-04-21", facts=_FACTS),
)
