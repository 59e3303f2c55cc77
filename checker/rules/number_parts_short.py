"""number.parts-short: parts said to make up a whole that add up to less than it."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet
from claims.quantities import LEXICON, RATE_WORDS, TOLERANCE, bounds, fmt

MESSAGE = "{parts} = {sum}, less than {total}, which the parts are said to make up (\u201c{marker}\u201d)"
RELATED = "a part of the whole"
EVIDENCE_WHOLE = "\u201c{marker}\u201d says these parts are the whole of \u201c{total}\u201d"
EVIDENCE_SUM = "even taken at their largest, the parts come to {high}; the whole is at least {low}"

_WHOLE = frozenset(m for m, kind in LEXICON["part_markers"].items() if kind == "whole")


@rule("number.parts-short", Severity.WARNING,
      "Parts said to make up a whole that add up to less than it")
def parts_short(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks
        A total whose parts the sentence says are the whole of it ("made up of", "consisting
        of", "comprising", "split between", "divided into") and whose parts, each taken at
        the largest its wording and rounding allow, add up to less than the least the
        total allows: "a crew of 40, made up of 25 sailors and 12 officers", "a 9 mln dlr
        budget split between 5 mln dlrs for roads and 2 mln dlrs for schools".

    Why it matters
        A breakdown that is said to be complete but leaves part of the whole unaccounted
        for means a figure is wrong or a part was dropped in editing; the reader who adds
        them up cannot tell which.

    Does not flag
        Parts introduced by words that do not claim the whole ("including", "among them":
        number.sum-exceeds-total holds those to the total from above); a list that goes on
        or leaves some unnamed after its last numbered part ("... and their parents", "the
        rest to parks", "and others": any of and, or, plus, rest, remainder, balance, other,
        remaining, including, besides in the sentence after it); parts told in another
        sentence than their total (shares named later, "Roads will receive ..."); totals
        with no upper wording limit are still judged from below ("more than 40"), but parts
        with none ("at least 25 sailors") are not summed; totals that are changes or net
        figures; parts that are rates ("an offer of 3.1 mln dlrs, consisting of 38.50 dlrs a
        share in cash").
    """
    by_id = {c.id: c for c in claims.claims if c.kind == "quantity"}
    for total in by_id.values():
        a = total.attrs
        if a.get("role") != "total" or a.get("marker") not in _WHOLE or a.get("change"):
            continue
        parts = [by_id[i] for i in a.get("parts", ()) if i in by_id]
        if not parts or any(p.attrs.get("sentence") != a.get("sentence") for p in parts):
            continue
        if any(p.attrs.get("followed_by") in RATE_WORDS for p in parts):
            continue  # "an offer of 3.1 mln dlrs, consisting of 38.50 dlrs a share": a rate, not a part
        highs = [bounds(p.attrs)[1] for p in parts]
        if None in highs:
            continue
        high = sum(highs)
        low = bounds(a)[0] or 0
        if high >= low - TOLERANCE or a.get("goes_on"):
            continue
        marker = a["marker"]
        yield Finding(
            MESSAGE.format(parts=" + ".join(p.text for p in parts), sum=fmt(sum(p.attrs["value"] for p in parts)),
                           total=total.text, marker=marker),
            total.start, total.end,
            related=[Related(p.start, p.end, RELATED) for p in parts],
            evidence=[EVIDENCE_WHOLE.format(marker=marker, total=total.text),
                      EVIDENCE_SUM.format(high=fmt(high), low=fmt(low))],
        )


EXAMPLES = (
    flags("The convoy carried 40 people, made up of 20 pupils and 15 teachers.", published="2024-04-21",
          note="20 + 15 = 35, and 'made up of' says they are all 40"),
    passes("The convoy carried 35 people, made up of 20 pupils and 15 teachers.", published="2024-04-21"),
    flags("The council's budget of 9 mln dlrs is split between 5 mln dlrs for roads and 2 mln dlrs for schools.",
          published="1987-03-20", note="5 + 2 = 7 of 9 mln"),
    passes("The council's budget of 9 mln dlrs is split between 5 mln dlrs for roads, 2 mln dlrs for schools and "
           "the rest for parks.", published="1987-03-20", note="the rest is left unnumbered"),
    passes("The convoy carried 40 people, including 20 pupils and 15 teachers.", published="2024-04-21",
           note="'including' does not say the parts are the whole"),
    passes("The convoy carried 40 people, made up of 20 pupils, 15 teachers and their parents.",
           published="2024-04-21", note="the list goes on without a number"),
    passes("Its offer, valued at 3.1 mln dlrs, consisting of 38.50 dlrs a share in cash.", published="1987-03-20",
           note="a price per share is a rate, not a part"),
    passes("The convoy carried about 40 people, made up of 20 pupils and 15 teachers.", published="2024-04-21",
           note="about 40 allows 35"),
)
