"""date.relative-conflict: a phrase relative to publication that contradicts the date beside it."""

from __future__ import annotations

import re
from datetime import date

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import Claim, ClaimSet
from checker.rules.wording import span_words
from claims.temporal import calendar as cal

MESSAGE = "\u201c{rel}\u201d and \u201c{exp}\u201d cannot be the same time: {why}"
WHY_BEFORE = "{exp_span} is after {rel_span}"
WHY_AFTER = "{exp_span} is before {rel_span}"
RELATED = "\u201c{rel}\u201d, relative to the publication date {published}, means {rel_span}"


@rule("date.relative-conflict", Severity.ERROR,
      "A phrase relative to the publication date that contradicts the date written beside it",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Pairs of expressions that name the same time side by side, one relative to the
        publication date and one explicit: "earlier this year in February", "tomorrow, 12
        May", "last month, in March". The explicit date must fall within what the relative
        phrase means on the publication date.

    Why it matters
        These pairs are how copy goes stale: a draft written in one month and published in
        another keeps "earlier this year in November" or "tomorrow, 12 May" that the calendar
        now rules out.

    Does not flag
        Relative phrases with no explicit date beside them, explicit dates that fall anywhere
        in the relative phrase's interval (a month written without a year is read in every
        year the relative phrase can mean), vague references ("recently"), and articles
        without a publication date.
    """
    by_id = {c.id: c for c in claims.claims}
    published = claims.article.published
    for c in claims.of_kind("time"):
        rel = by_id.get(c.attrs.get("apposition", ""))
        if rel is None or rel.timex is None or c.timex is None:
            continue
        r, e = rel.timex, c.timex
        if not _comparable(r, e, rel.id) or not _same_time(claims.article.text, rel, c):
            continue
        rel_iv = (r.earliest, r.latest)
        exp_iv = _explicit_in_years(c, rel_iv)
        if any(cal.intersects(rel_iv, iv) for iv in exp_iv):
            continue
        shown = min(exp_iv, key=lambda iv: abs((iv[0] - rel_iv[0]).days))
        template = WHY_BEFORE if shown[0] > rel_iv[1] else WHY_AFTER
        why = template.format(exp_span=span_words(*shown), rel_span=span_words(*rel_iv))
        yield Finding(
            MESSAGE.format(rel=rel.text, exp=c.text, why=why),
            c.start, c.end,
            related=[Related(rel.start, rel.end, RELATED.format(rel=rel.text, published=published.isoformat(),
                                                             rel_span=span_words(*rel_iv)))],
            evidence=[f"\u201c{rel.text}\u201d = {span_words(*rel_iv)} (published {span_words(published, published)})",
                      f"\u201c{c.text}\u201d = {span_words(*shown)}",
                      "the two intervals do not overlap"],
        )


_YEAR_PERIOD = re.compile(r"(?i)^(?:earlier|later|early|late)?\s*(?:this|last|next)\s+year$")


def _comparable(r, e, rel_id: str) -> bool:
    """Only a calendar date relative to publication against a calendar date: clock times
    ("at midday on Friday"), phrases anchored on other times ("the same month in 1985",
    "one day before") and vague references ("currently") are not pairs this rule can judge."""
    if r.resolution != "dct" or r.type != "DATE" or e.type != "DATE":
        return False
    if e.resolution not in ("absolute", "dct") and not (e.resolution == "anchor" and e.anchor == rel_id
                                                        and e.offset is None):
        return False
    if r.value.endswith("_REF") or e.value.endswith("_REF"):
        return False
    return None not in (r.earliest, r.latest, e.earliest, e.latest)


def _same_time(text: str, rel: Claim, exp: Claim) -> bool:
    """Whether the two are written as one time named twice, not two times side by side.

    "tomorrow, 12 May", "earlier this year in February", "12 May (tomorrow)" are; "due
    Oct 8, on Monday" (two events), "the last Sunday in April" (a Sunday of April) and
    "last week 1986 profit" are not."""
    if rel.end <= exp.start:
        gap = text[rel.end:exp.start]
        if gap in (", ", " (", ", (") or gap == " \u2013 ":
            return True
        if gap.strip(" ,").lower() == "in":
            return bool(_YEAR_PERIOD.match(rel.text.strip()))
        return False
    gap = text[exp.end:rel.start]
    return gap in (" (", ", (")


def _explicit_in_years(c: Claim, rel_iv: tuple[date, date]) -> list[tuple[date, date]]:
    """The explicit date's interval(s): as resolved when its year is written (or was taken
    from the relative phrase); a month or day without a year in each year the relative
    phrase spans, so the year guess can never cause the conflict."""
    t = c.timex
    if t.resolution != "dct":
        return [(t.earliest, t.latest)]
    is_month = len(t.value) == 7  # "2024-11": a whole month; otherwise a single day
    out = []
    for y in range(rel_iv[0].year - 1, rel_iv[1].year + 2):
        try:
            a = t.earliest.replace(year=y)
        except ValueError:  # 29 February in a common year
            continue
        out.append((a, cal.month_end(a) if is_month else a))
    return out or [(t.earliest, t.latest)]


EXAMPLES = (
    flags("Earlier this year in November, the council met.", published="2024-03-03",
          note="earlier this year means 1 January to 3 March 2024; November 2024 is after it"),
    passes("Earlier this year in February, the council met.", published="2024-03-03"),
)
