"""facts.founded: a founding year that contradicts the fact base (``check --facts FILE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.findings import Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

if TYPE_CHECKING:
    from checker.consistency.factbase import FactBase


@rule("facts.founded", Severity.ERROR, "A founding year that contradicts the fact base", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        The founding, setting-up or establishing year told right after the name of an
        organisation the fact base knows: it must meet the fact base's.

    Why it matters
        A founding year is copied from story to story; the fact base holds the reviewed one.

    Does not flag
        Foundings not told right after the name; organisations the fact base does not have;
        without a fact base, it does not run.
    """
    from checker.consistency.factbase import interval_findings  # with --facts only: not at every start
    from checker.consistency.model import FOUNDED
    return interval_findings(claims, facts, FOUNDED)


_FACTS = '{"version": 1, "organizations": [{"name": "Bangladesh Nationalist Party", "founded": {"earliest": "1978-01-01", "latest": "1978-12-31"}}]}'

EXAMPLES = (
    flags("The Bangladesh Nationalist Party, founded in 1979, called a strike.", published="2024-04-21", facts=_FACTS, note="the fact base has it founded in 1978"),
    passes("The Bangladesh Nationalist Party, founded in 1978, called a strike.", published="2024-04-21", facts=_FACTS),
)
