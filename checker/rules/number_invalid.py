"""number.invalid: a figure whose digit groups no numbering system writes."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MESSAGE = "{written} is not a number as written: {why}"
WHY_LONG = "after a comma digits come in threes, and “{group}” has {n}"
WHY_SHORT = "after a comma digits come in threes, and “{group}” has {n} beside groups of three"
WHY_HEAD = "digits before a comma come in at most three, and “{group}” has {n}"
RELATED = "the group with a digit too many or too few"
EVIDENCE = ("a digit was typed twice or dropped: the figure's value cannot be read, and every total, "
            "share or comparison it enters is in doubt")
_NUMBERS = {1: "one digit", 2: "two digits", 4: "four digits", 5: "five digits"}


@rule("number.invalid", Severity.WARNING, "A figure whose digit groups no numbering system writes")
def check(claims: ClaimSet):
    """
    What it checks
        Every figure written with commas between its digits: after a comma the digits come in
        groups of three ("2,452,300"), before the first comma at most three. A group of four or
        more ("Avg shrs 2,452,3000", "16,0000 tons", "1,7754,000"), a group of one or two
        beside groups of three ("Net 2,318,00", "3,801,7 billion"), or four digits before a
        group of three ("4000,000 dlrs") writes no number.

    Why it matters
        A digit typed twice or dropped in a table changes the figure by a factor of ten, and
        no reader can tell which was meant: the sum, the share or the per-share figure beside
        it can no longer be checked. Wire tables carry dozens of these (Reuters-21578 has some
        60, every one a slip).

    Does not flag
        A decimal comma: one comma with one or two digits after it ("rose 8,26%", "125,8"), or
        with four or more after a single digit ("6,6069"); the Indian grouping, pairs before the
        last three digits ("45,00,000"); groups of one or two digits only ("1,2,3": a list);
        groups that are all years ("2024,2025"); European thousands with points ("2.318,00"),
        which claims.language.numbers reads as no grouped number at all.

    Known problems
        A slip that keeps the grouping ("2,452,000" for "2,542,000") is a valid number and is
        not seen; an Indian-style figure in a story written in the Western style ("1,84,000"
        for "184,000") is taken for the Indian grouping.
    """
    for c in claims.of_kind("malformed_number"):
        group = c.attrs["group"]
        n = len(group)
        s, e = c.attrs["group_span"]
        if s == c.start:
            why = WHY_HEAD.format(group=group, n=_NUMBERS.get(n, f"{n} digits"))
        elif n > 3:
            why = WHY_LONG.format(group=group, n=_NUMBERS.get(n, f"{n} digits"))
        else:
            why = WHY_SHORT.format(group=group, n=_NUMBERS.get(n, f"{n} digits"))
        yield Finding(MESSAGE.format(written=f"“{c.text}”", why=why), c.start, c.end,
                      related=[Related(s, e, RELATED)], evidence=[EVIDENCE])


EXAMPLES = (
    flags("Shr 14 cts vs 21 cts\n\nNet 353,000 vs 541,000\n\nAvg shrs 2,452,3000 vs 2,552,300\n",
          published="1987-03-02", note="a group of four digits after a comma"),
    flags("The mill produced 72,0000 tonnes of pulp last year.", published="1987-03-02"),
    flags("Net loss 2,318,00 vs profit 789,000", published="1987-03-02",
          note="a group of two beside a group of three"),
    flags("The firm had annual sales of about 4000,000 dlrs.", published="1987-03-02",
          note="four digits before a group of three"),
    passes("The index rose 8,26% on the day.", published="2008-10-13", note="a decimal comma"),
    passes("The exchange rate was 6,6069 at noon.", published="2008-10-13",
           note="one digit, a comma, four digits: a decimal comma"),
    passes("The project will cost 45,00,000 rupees.", published="2015-06-01", note="the Indian grouping"),
    passes("Answer questions 1,2,3 and 5.", published="2015-06-01", note="a list"),
    passes("The seasons 2024,2025 were the wettest.", published="2026-01-05", note="years listed"),
    passes("Net 2,452,300 vs 2,552,300", published="1987-03-02"),
)
