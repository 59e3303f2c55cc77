"""facts.spelling: a name spelled other than in the fact base (``check --facts FILE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.findings import Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

if TYPE_CHECKING:
    from checker.consistency.factbase import FactBase


@rule("facts.spelling", Severity.WARNING, "A name spelled other than in the fact base", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        Every full name in the article that the fact base lists as a misspelling of a
        person, or that is a slip of the keyboard of a name in it (``name.variant``'s
        evidence: one part the same, the other one letter off, or two in long names).

    Why it matters
        The fact base holds the spelling the desk agreed; a slip breaks search and annoys
        the person named.

    Does not flag
        Names the fact base has as they are; names that differ in both parts or by more than
        a slip; without a fact base, it does not run.
    """
    from checker.consistency.factbase import spelling_findings  # with --facts only: not at every start
    return spelling_findings(claims, facts)


_FACTS = '{"version": 1, "people": [{"name": "Paul Volcker", "misspellings": [{"name": "Paul Vocker"}]}]}'

EXAMPLES = (
    flags("Fed chairman Paul Vocker said rates would stay.", published="1987-05-02", facts=_FACTS, note="the fact base spells him Paul Volcker"),
    passes("Fed chairman Paul Volcker said rates would stay.", published="1987-05-02", facts=_FACTS),
)
