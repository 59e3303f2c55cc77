"""date.invalid: a date the calendar does not have, or a range of days that runs backwards."""

from __future__ import annotations

from datetime import date

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MESSAGE_DAY = "{written} is not a date: {month} has {length} days"
EVIDENCE_LEAP = "{year} is not a leap year, so February {year} has 28 days"
EVIDENCE_ANY_YEAR = "{month} has {length} days in every year"
MESSAGE_RANGE = "the range {start} to {end} runs backwards: it ends {days} before it begins"
RELATED_RANGE = "the range begins here, on {start}"
MESSAGE_YEAR = "{written} is not a date: the year {year} has five digits; {likely} is likely meant"
EVIDENCE_YEAR = "one digit fewer gives {years}"


def spoken(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


@rule("date.invalid", Severity.ERROR, "A date the calendar does not have, or a range of days written backwards")
def check(claims: ClaimSet):
    """
    What it checks
        Every day written with its month: the month must have that day ("30 February 2014",
        "November 31", "Apr 31th, 2014" do not exist; 29 February only in a leap year when
        the year is written); a month's year must have four digits ("May 20014" is a year
        typed with a digit too many). And every range of days written as one ("January 10 - 17,
        2016", "22-25 April"): its end must not come before its start.

    Why it matters
        An impossible date is a typing slip that hides the real one: the reader cannot tell
        whether "31 November" meant 30 November or 1 December, and every rule that would
        compare it with the rest of the story has nothing to compare.

    Does not flag
        29 February without a year (some year has it), days above 31 (the tagger does not
        read "February 45" as a date at all), two days joined by "and" or "or" ("May 4 and
        1" are two days, not a range), and numeric dates that no order of day and month can
        read (they are not taken for dates), and a month followed by a five-digit number that
        goes on to what it counts ("in May 20000 people marched") or that no deleted digit
        turns into a year of 1000-2099.
    """
    by_id = {c.id: c for c in claims.claims}
    for c in claims.of_kind("time"):
        bad = c.attrs.get("invalid")
        if bad and "year_written" in bad:
            years = bad["years"]
            yield Finding(MESSAGE_YEAR.format(written=c.text, year=bad["year_written"], likely=years[0]),
                          c.start, c.end, evidence=[EVIDENCE_YEAR.format(years=", ".join(map(str, years)))],
                          fix=c.text.replace(bad["year_written"], str(years[0])) if len(years) == 1 else None)
            continue
        if bad:
            month = MONTH_NAMES[bad["month"] - 1]
            year = bad.get("year")
            length = bad["days_in_month"]
            if year is not None and bad["month"] == 2 and bad["day"] == 29:
                evidence = [EVIDENCE_LEAP.format(year=year)]
            elif year is not None:
                evidence = [f"{month} {year} has {length} days"]
            else:
                evidence = [EVIDENCE_ANY_YEAR.format(month=month, length=length)]
            yield Finding(MESSAGE_DAY.format(written=c.text, month=f"{month} {year}" if year else month,
                                             length=length),
                          c.start, c.end, evidence=evidence)
            continue
        start = by_id.get(c.attrs.get("range_start", ""))
        if start is None or start.timex is None or c.timex is None:
            continue
        try:  # the two ends share their month and year (the range writes them once)
            a, b = date.fromisoformat(start.timex.value[:10]), date.fromisoformat(c.timex.value[:10])
        except ValueError:
            continue
        if (b.month, b.day) >= (a.month, a.day):
            continue
        b = b.replace(year=a.year)
        days = (a - b).days
        yield Finding(MESSAGE_RANGE.format(start=spoken(a), end=spoken(b), days=f"{days} day" + ("s" if days > 1 else "")),
                      start.start, c.end,
                      related=[Related(start.start, start.end, RELATED_RANGE.format(start=spoken(a)))],
                      evidence=[f"{spoken(a)} is {days} days after {spoken(b)}"])


EXAMPLES = (
    flags("It happened on 30 February 2014.", note="February 2014 has 28 days"),
    passes("It happened on 28 February 2014."),
    flags("It happened on Feb 29, 2023.", note="2023 is not a leap year"),
    passes("It happened on Feb 29, 2024."),
    flags("It happened on November 31.", published="2025-06-12", note="November never has 31 days"),
    passes("It happens every year on 29 February.", published="2025-06-12", note="some year has it"),
    flags("The festival runs March 10 - 2, 2025.", note="the range ends eight days before it begins"),
    passes("The festival runs March 2 - 10, 2025."),
    flags("The fair opens in June 20025.", published="2025-03-01", note="a year with a digit too many"),
    passes("In June 20000 people marched.", published="2025-03-01", note="the number counts people"),
    passes("The votes are on May 4 and 1.", published="2025-03-01", note="two days joined by 'and', not a range"),
)
