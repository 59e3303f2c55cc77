"""date.weekday-mismatch: a date written with a weekday that is not that date's weekday."""

from __future__ import annotations

from datetime import date

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESSAGE = "{day} is a {real}, not a {written}"
MESSAGE_EITHER = "neither {days} is a {written}"
EVIDENCE_ORDER = "the day and the month may be read either way round, and neither reading is a {written}"
EVIDENCE_YEARLESS = ("the year is not written: read where the publication date ({published}) and the tense "
                     "place it, in {years}, it is not a {written}")


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
        A date without a year whose weekday matches one of its readings: the occurrence
        nearest publication that fits the sentence's tense, and the other side's too when it
        is less than three times as far ("Monday, May 11" in March 1987 is May 1987); a
        time a verb sets for later ("set the retrial for", "adjourned until", "moved to") has
        no tense of its own: the past of the act does not keep last year's reading; nor does
        a reporting verb after a present calendar verb ("the ballot closes on ..., the organisers
        said") or "last" as an adjective or a verb ("the last bus", "expected to last"); the
        weekday never chooses a farther year ("Thursday, Oct. 3" in late September 2025 is 3
        October 2025, a Friday, whatever 2024 says). A numeric date whose day and month may be
        swapped ("Monday, 10/09/2014") when either reading is that weekday. Dates without a
        year when the publication date is unknown, and weekdays that are not written beside
        a date ("on Friday" alone is resolved from the weekday, so it cannot contradict it).
    """
    published = claims.article.published
    for c in claims.of_kind("time"):
        t = c.timex
        if t is None or t.weekday is None or t.earliest is None or t.latest is None:
            continue
        candidates = readings_of(c)
        if not candidates or any(d.weekday() == t.weekday for d in candidates):
            continue
        # the message speaks of the reading compared, the one nearest publication
        shown = min(candidates, key=lambda d: abs((d - published).days)) if published else candidates[0]
        written, real = DAYS[t.weekday], DAYS[shown.weekday()]
        evidence = [f"{spoken(d)} is a {DAYS[d.weekday()]} in the Gregorian calendar" for d in candidates]
        if t.resolution != "absolute" and published and "readings" in c.attrs:
            evidence.append(EVIDENCE_YEARLESS.format(
                years=" or ".join(str(d.year) for d in candidates), published=published.isoformat(), written=written))
        elif len(candidates) > 1:
            evidence.append(EVIDENCE_ORDER.format(written=written))
        where = c.attrs.get("weekday_at")
        start, end = (min(c.start, where[0]), max(c.end, where[1])) if where else (c.start, c.end)
        text = claims.article.text[start:end]
        message = MESSAGE.format(day=spoken(shown), real=real, written=written) if len(candidates) == 1 else \
            MESSAGE_EITHER.format(days=" nor ".join(f"{spoken(d)} (a {DAYS[d.weekday()]})" for d in candidates),
                                  written=written)
        yield Finding(message, start, end, evidence=evidence,
                      fix=_fix(text, written, real) if len(candidates) == 1 else None)


def readings_of(c) -> list[date]:
    """The days a dated claim may name: its ``readings`` (a yearless day near publication, a
    numeric date whose day and month may be swapped), else its value."""
    if "readings" in c.attrs:
        return [date.fromisoformat(d) for d in c.attrs["readings"]]
    try:
        return [date.fromisoformat(c.timex.value[:10])]
    except ValueError:
        return []


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
    flags("The meeting is called for 19 June, a Wednesday.", published="2025-06-12",
          note="a weekday in apposition after the date, with its article"),
    passes("The meeting is called for 18 June, a Wednesday.", published="2025-06-12"),
    flags("The board voted on Tuesday (Feb. 16) to close the depot.", published="2026-02-19",
          note="16 February 2026, three days back, is a Monday; 2027's is a Tuesday, but no reader reads it so"),
    passes("The board voted on Monday (Feb. 16) to close the depot.", published="2026-02-19"),
    flags("Doors open Tuesday, 20 August.", published="2025-06-12",
          note="69 days ahead (a Wednesday) against 297 back (a Tuesday): only the nearer is read"),
    flags("The court granted bail and set the retrial for Wednesday, 9 October.", published="2025-08-20",
          note="a date a verb sets for later is read ahead whatever the act's tense: 9 October 2025, a "
               "Thursday; 2024's was the Wednesday"),
    passes("The court granted bail and the retrial ended on Wednesday, 9 October.", published="2025-08-20",
           note="told as past, 9 October 2024 (a Wednesday) stays a reading"),
    flags("The ballot closes on Wednesday, 30 October, the organisers said.", published="2025-10-02",
          note="a present calendar verb tells the clause, not the reporting verb after it: 30 October 2025, a "
               "Thursday"),
    passes("The ballot closed on Wednesday, 30 October, the organisers said.", published="2025-10-02",
           note="told as past, 30 October 2024 (a Wednesday) stays a reading"),
    passes("Doors open Monday, 30 September.", published="2025-06-12",
           note="110 days ahead or 255 back, less than three times as far: 2024's Monday is a reading"),
    flags("Talks resumed on Monday, 10/04/2025.", published="2025-06-12",
          note="neither 10 April (a Thursday) nor 4 October (a Saturday) is a Monday"),
    passes("Talks resumed on Saturday, 10/04/2025.", published="2025-06-12",
           note="read day first, 4 October 2025 is a Saturday"),
    flags("The yard opened 2025-06-06 (Thu).", published="2025-06-12", note="6 June 2025 is a Friday"),
    passes("The yard opened 2025-06-06 (Fri).", published="2025-06-12"),
    flags("The vigil starts at 7pm on Tuesday, March 5.", published="2025-02-24",
          note="a clock time written before the weekday and date keeps the weekday with the date: a Wednesday"),
    passes("The vigil starts at 7pm on Wednesday, March 5.", published="2025-02-24"),
    passes("Saturday, June 16: the talks ended.", note="no publication date: a yearless day is not judged"),
    passes("The talks ended on Friday.", published="2025-06-12",
           note="a weekday alone is resolved from the weekday: it cannot contradict itself"),
    passes("The craft fair runs on Saturday and Sunday, November 9 and 10.", published="2024-11-01",
           note="a list of weekdays pairs the days after it in order: the 9th is Saturday's"),
    flags("The craft fair runs on Saturday and Sunday, November 10 and 11.", published="2024-11-01",
          note="the 10th, paired with Saturday, is a Sunday"),
)
