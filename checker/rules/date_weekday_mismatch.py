"""date.weekday-mismatch: a date written with a weekday that is not that date's weekday."""

from __future__ import annotations

from datetime import date

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESSAGE = "{day} is a {real}, not a {written}"
EVIDENCE_YEARLESS = ("the year is not written: in {years}, the years either side of the publication date "
                     "({published}), it is never a {written}")


def spoken(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


@rule("date.weekday-mismatch", Severity.ERROR, "A date written with the wrong weekday")
def check(claims: ClaimSet):
    """
    What it checks
        Every date written together with a weekday, in any common order ("Friday, 16 June
        2023", "16 June 2023 (Friday)", "21 April 2024, Sunday", "Friday, June 16"), the
        dateline included: the weekday must be the date's weekday.

    Why it matters
        A wrong weekday beside a date is the most common date slip in news copy, and readers
        notice it. One of the two is wrong, and the article cannot be trusted on either.

    Does not flag
        A date without a year whose weekday matches either its last occurrence before the
        publication date or its first after it ("Monday, May 11" in March 1987 is May 1987,
        whatever the tense of the sentence), dates without a year when the publication date
        is unknown, and weekdays that are not written beside a date ("on Friday" alone is
        resolved from the weekday, so it cannot contradict it).
    """
    for c in claims.of_kind("time"):
        t = c.timex
        if t is None or t.weekday is None or t.earliest is None or t.latest is None:
            continue
        value = t.value[:10]
        try:
            best = date.fromisoformat(value)
        except ValueError:
            continue
        published = claims.article.published
        if t.resolution == "absolute" or published is None:
            candidates = [best]
        else:  # no year written: the nearest such day before publication, or after it
            candidates = _nearest_either_side(best, published)
        if any(d.weekday() == t.weekday for d in candidates):
            continue
        written, real = DAYS[t.weekday], DAYS[best.weekday()]
        evidence = [f"{spoken(best)} is a {real} in the Gregorian calendar"]
        if t.resolution != "absolute" and published:
            evidence.append(EVIDENCE_YEARLESS.format(
                years=" or ".join(str(d.year) for d in candidates), published=published.isoformat(), written=written))
        yield Finding(MESSAGE.format(day=spoken(best), real=real, written=written),
                      c.start, c.end, evidence=evidence,
                      fix=_fix(c.text, written, real))


def _nearest_either_side(d: date, published: date) -> list[date]:
    """The same month and day in the years around publication: the last one on or before
    it and the first one on or after it (tense is too weak a signal to choose)."""
    out = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            out.append(d.replace(year=y))
        except ValueError:  # 29 February
            continue
    before = [x for x in out if x <= published]
    after = [x for x in out if x >= published]
    return ([max(before)] if before else []) + ([min(after)] if after else []) or [d]


def _fix(text: str, written: str, real: str) -> str | None:
    """The claim's text with the weekday replaced, when the written weekday is found in it."""
    for form in (written, written[:3]):
        at = text.find(form)
        if at >= 0:
            end = at + len(form)
            if form != written and text[end:end + 1] == ".":
                end += 1
            return text[:at] + (real if form == written else real[:3] + text[at + len(form):end]) + text[end:]
    return None


EXAMPLES = (
    flags("21 April 2024, Monday\n\nThe council met.",
          note="21 April 2024 is a Sunday: the fix suggests the right weekday"),
    passes("21 April 2024, Sunday\n\nThe council met."),
)
