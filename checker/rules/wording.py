"""How rules put dates, intervals, durations and counts into words (shared by the rule messages)."""

from __future__ import annotations

from datetime import date

from claims.temporal import calendar as cal

#: How claims.coreference linked a mention that is not a name to its person (a mention claim's
#: ``via``, schemas/claims.schema.json mention_attrs), in words for a finding's evidence.
MENTION_LINKS = {
    "description": "a description opening the sentence before the one that names them",
    "role": "the one person given that office before it",
    "year_old": "the one person of that age told before it",
    "pronoun": "the subject of the sentence before it",
    "epithet": "the subject of the sentence before it, by a noun for a person that is no one's office",
}


def mention_link_words(via: str | None) -> str:
    """How a mention was linked to its person (``MENTION_LINKS``; any other ``via`` a claims
    document written elsewhere gives, as co-reference)."""
    return MENTION_LINKS.get(via or "", "co-reference (claims.coreference)")


def day_words(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def times_words(n: int) -> str:
    """How often something is written: "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def span_words(a: date, b: date) -> str:
    """An interval in words: "19 April 2024", "January 2024", "2013", "1 January to 21 April 2024";
    an interval open on one side (a bound: "more than a month after"), "4 May 2027 or later"."""
    if b == date.max:
        return f"{day_words(a)} or later"
    if a == date.min:
        return f"{day_words(b)} or earlier"
    if a == b:
        return day_words(a)
    if a.day == 1 and b == cal.month_end(a) and (a.year, a.month) == (b.year, b.month):
        return f"{a:%B} {a.year}"
    if (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31):
        return f"{a.year}" if a.year == b.year else f"{a.year} to {b.year}"
    left = f"{a.day} {a:%B}" + ("" if a.year == b.year else f" {a.year}")
    return f"{left} to {day_words(b)}"


#: Length in days of one unit of a TIMEX3 duration, and its name.
UNITS = {"Y": ("year", 365.25), "DE": ("year", 365.25), "CE": ("year", 365.25), "M": ("month", 30.44),
         "W": ("week", 7.0), "D": ("day", 1.0), "H": ("hour", 1 / 24), "TM": ("minute", 1 / 1440)}


def duration_unit(value: str) -> str:
    """The unit letter of a TIMEX3 duration value: P10Y -> Y, PT48H -> H, P9M -> M, PT30M -> TM."""
    if value.startswith("PT"):
        return "TM" if value.endswith("M") else value[-1]
    for code in ("DE", "CE"):
        if value.endswith(code):
            return code
    return value[-1]


def elapsed_words(lo_days: float, hi_days: float, unit: str) -> str:
    """A range of elapsed days in completed units of ``unit``: "10 to 11 years", "5 days"."""
    name, size = UNITS.get(unit, ("day", 1.0))
    lo, hi = int(lo_days // size), int(hi_days // size)
    if lo == hi:
        return f"{lo} {name}{'' if lo == 1 else 's'}"
    return f"{lo} to {hi} {name}s"
