"""number.count-mismatch: a counted list whose names do not match its count."""

from __future__ import annotations

from typing import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet
from claims.quantities import fmt


MESSAGE = "\u201c{count}\u201d is followed by {n} {kind}, not {value}: {names}"
RELATED = {"names": "the list names {n}", "items": "the list has {n} items"}
EVIDENCE_COUNT = "the count says {value}"
EVIDENCE_LIST = "the list that follows it has {n} {kind}: {names}"


def _listing(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


@rule("number.count-mismatch", Severity.WARNING, "A counted list whose names do not match its count")
def count_mismatch(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A count followed by the list of what it counts ("the two candidates, Ortiz, Lam
        and Weber", "three countries: France, Germany and Italy") where the number of
        names differs from the count.

    Why it matters:
        Either a name is missing or extra, or the count is wrong; both are the kind of slip
        that survives several edits of a sentence.

    Does not flag:
        A list that may add to the count instead of renaming it ("the four Atlantic
        provinces, Quebec and Saskatchewan will ...": no colon or dash before it, no comma
        or full stop after it); lists that are not exhaustive ("including", "such as", "among others", "and
        others"); lists with more than one "and" or "or" ("Procter and Gamble and
        Unilever": names may contain the conjunction); lists of places that may be "City,
        Country" pairs ("Paris, Texas and Rome") unless the count is of places; lists whose
        items are not names; counts with a bound word ("about ten countries").
    """
    for c in claims.claims:
        if c.kind != "quantity" or c.attrs.get("role") != "count":
            continue
        items = c.attrs.get("items") or []
        n = len(items)
        count = c.attrs.get("value")
        if not items or count == n or not c.attrs.get("apposition"):
            continue
        s, e = c.attrs["list_span"]
        kind = c.attrs.get("list_kind", "names")
        yield Finding(
            MESSAGE.format(count=c.text, n=n, kind=kind, value=fmt(count), names=_listing(items)),
            c.start,
            c.end,
            related=[Related(s, e, RELATED[kind].format(n=n))],
            evidence=[EVIDENCE_COUNT.format(value=fmt(count)), EVIDENCE_LIST.format(n=n, kind=kind, names="; ".join(items))],
        )


EXAMPLES = (
    flags("The two candidates, Ortiz, Lam and Weber, met on Monday.", published="2024-04-21",
          note="two candidates, three names"),
    passes("The three candidates, Ortiz, Lam and Weber, met on Monday.", published="2024-04-21"),
)
