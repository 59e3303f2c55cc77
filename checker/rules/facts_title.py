"""facts.title: a title that the fact base's titles rule out at that date (``check --facts FILE``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.findings import Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

if TYPE_CHECKING:
    from checker.consistency.factbase import FactBase


@rule("facts.title", Severity.WARNING, "A title that the fact base's titles rule out at that date", needs_facts=True)
def check(claims: ClaimSet, facts: FactBase):
    """
    What it checks
        The title the article gives a person the fact base knows, against the titles the
        fact base saw them hold, when the article is dated within three days of when the
        fact base saw them: head of state and of government, one office in two countries,
        two ranks (``archive.title``'s incompatibilities).

    Why it matters
        A title copied from a story about someone else misinforms readers about who holds
        power.

    Does not flag
        Dates further from what the fact base saw (people change office); titles marked
        former, acting, deputy or future; two portfolios of one government; without a fact
        base, it does not run.
    """
    from checker.consistency.factbase import title_findings  # with --facts only: not at every start
    return title_findings(claims, facts)


_FACTS = '{"version": 1, "people": [{"name": "Ana Ruiz", "titles": [{"title": "President", "kind": "state", "office": "president", "first": "2024-03-01", "last": "2024-03-20"}]}]}'

EXAMPLES = (
    flags("Prime Minister Ana Ruiz said taxes would rise.", published="2024-03-21", facts=_FACTS, note="a president the day before"),
    passes("President Ana Ruiz said taxes would rise.", published="2024-03-21", facts=_FACTS),
)
