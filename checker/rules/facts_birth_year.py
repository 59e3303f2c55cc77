"""facts.birth-year: an age or birth date that contradicts the fact base (``check --facts FILE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.findings import Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

if TYPE_CHECKING:
    from checker.consistency.factbase import FactBase


@rule("facts.birth-year", Severity.ERROR, "An age or birth date that contradicts the fact base", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        Every age ("Karl Pohl, 57,": on the publication date) and birth date told of a
        person the fact base knows (``check --facts FILE``): the birth interval it implies
        must meet the fact base's.

    Why it matters
        The fact base is what the archive agreed on and editors reviewed: a new draft that
        contradicts it has a stale or mistyped age.

    Does not flag
        Whatever ``archive.birth-year`` does not read (ages told at another time, ages not
        beside the name); people the fact base has no birth for; without a fact base, it
        does not run.
    """
    from checker.consistency.factbase import interval_findings  # with --facts only: not at every start
    from checker.consistency.model import BIRTH
    return interval_findings(claims, facts, BIRTH)


_FACTS = '{"version": 1, "people": [{"name": "Karl Pohl", "born": {"earliest": "1929-03-05", "latest": "1930-03-02"}}]}'

EXAMPLES = (
    flags("Karl Pohl, 67, said rates would stay.", published="1987-05-02", facts=_FACTS, note="born 1929-30, he is 57 in May 1987"),
    passes("Karl Pohl, 57, said rates would stay.", published="1987-05-02", facts=_FACTS),
)
