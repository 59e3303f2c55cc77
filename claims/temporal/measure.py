"""Counts and units: "three weeks", "nearly 30 years", "every month" (durations and sets),
and the arithmetic of counts the relative resolvers share (units, modifiers, tolerances)."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.language.numbers import parse_number
from claims.model import Claim, Timex
from claims.temporal import calendar as cal
from claims.temporal.calendar import DAY, MONTH, QUARTER, WEEK, YEAR
from claims.temporal.tagger import Mention
from claims.temporal.tokens import CODE
from claims.temporal.words import MONTHS, PARTS, SEASONS, UNITS, VAGUE, WEEKDAYS

#: Units counted in days or less: they hang on a day, never on a year.
DAY_UNITS = frozenset(("D", "H", "M", "S"))

#: How each duration-modifier wording qualifies a count, and its TIMEX3 ``mod``.
_MOD_SHAPE = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "nearly": "below", "almost": "below", "just under": "below", "under": "below", "less than": "below",
    "fewer than": "below", "barely": "below", "close to": "below",
    "over": "above", "more than": "above", "just over": "above", "fully": "at_least",
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "up to": "at_most", "no more than": "at_most", "not more than": "at_most", "only": None, "just": None,
}
_TIMEX_MOD = {"below": "LESS_THAN", "at_most": "EQUAL_OR_LESS", "above": "MORE_THAN",
              "at_least": "EQUAL_OR_MORE", "approx": "APPROX"}

#: The granularity a shift by each unit names: "two years ago" a year, "a decade ago" a year too
#: (2014, not the 2010s), "three days later" a day.
UNIT_GRAN = {"D": DAY, "W": WEEK, "2W": WEEK, "MO": MONTH, "Q": QUARTER, "Y": YEAR, "DE": YEAR, "CE": YEAR,
              "H": DAY, "M": DAY, "S": DAY}

_UNIT_WORDS = dict(UNITS, **{"weekend": "W", "weekends": "W", "millennium": "ML", "millennia": "ML",
                             "period": "Q", "half": "HY"})


def unit_of(word: str) -> str | None:
    return _UNIT_WORDS.get(word.lower())


# -- numbers ---------------------------------------------------------------------------------------

_HALF = re.compile(r"(?i)^(.*?)\s+and\s+a\s+half$")


@lru_cache(maxsize=4096)
def count_of(word: str) -> tuple[float, float] | None:
    """The count a number phrase states, as (low, high): "ten" (10, 10), "a few" (2, 5)."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE:
        lo, hi = VAGUE[w]
        return float(lo), float(hi)
    for prefix in ("a ", ""):
        for v in (w[len(prefix):] if w.startswith(prefix) else None,):
            if v is not None and v.rstrip(" of") in VAGUE and prefix:
                lo, hi = VAGUE[v.rstrip(" of")]
                return float(lo), float(hi)
    if w.endswith(" of"):
        w2 = w[:-3]
        if w2 in VAGUE or w2.removeprefix("a ") in VAGUE:
            lo, hi = VAGUE.get(w2) or VAGUE[w2.removeprefix("a ")]
            return float(lo), float(hi)
    if w in ("a", "an", "one"):
        return 1.0, 1.0
    if w in ("a half", "half a", "half an"):
        return 0.5, 0.5
    if w in ("dozen", "a dozen"):
        return 12.0, 12.0
    m = _HALF.match(w)
    if m:
        inner = count_of(m.group(1))
        return None if inner is None or inner[0] != inner[1] else (inner[0] + 0.5, inner[0] + 0.5)
    parts = w.split()
    if len(parts) == 2 and "/" in parts[1] and parts[0].isdigit():
        a, _, b = parts[1].partition("/")
        if a.isdigit() and b.isdigit() and int(b):
            v = int(parts[0]) + int(a) / int(b)
            return v, v
    if "/" in w and " " not in w:
        a, _, b = w.partition("/")
        if a.isdigit() and b.isdigit() and int(b):
            v = int(a) / int(b)
            return v, v
    if w.startswith(("a ", "an ")):
        w = "one " + w.split(" ", 1)[1]
    n = parse_number(w)
    return None if n is None else (n, n)


def signed(n: float, unit: str, sign: int) -> str:
    return ("-" if sign < 0 else "") + cal.duration_value(n, unit)


_POINT_MODS = (("beginning", "START"), ("start", "START"), ("outset", "START"), ("dawn", "START"),
               ("early", "START"), ("mid", "MID"), ("middle", "MID"), ("late", "END"), ("end", "END"),
               ("close", "END"))


def point_mod(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    for word, mod in _POINT_MODS:
        if word in t:
            return mod
    return None


def vague_duration(unit: str) -> str:
    """TIMEX3 value of "some units": PXY, PXM, PTXH (quarters count in months, as TimeBank does)."""
    if unit in ("H", "M", "S"):
        return f"PTX{unit}"
    return {"MO": "PXM", "Q": "PXM", "2W": "PXW", "DE": "PXDE", "CE": "PXCE", "ML": "PXY"}.get(unit, f"PX{unit}")


def shift_of(g: dict) -> tuple[tuple[float, float], str, str | None] | None:
    """What "nearly two years ago" or "three weeks later" shifts by: the count as (low, high),
    the unit code and the modifier's shape ("below" for "nearly", "approx" for "about" ...).
    None where the count or the unit cannot be read, or the unit is a millennium or half-year
    ("ML", "HY"), which these mentions are not placed by."""
    count = with_half(count_of(g["num"]), g)
    unit = unit_of(g["unit"])
    if count is None or unit is None or unit in ("ML", "HY"):
        return None
    if g.get("num2"):  # "two or three days ago", "a year or two ago": between the two counts
        high = count_of(g["num2"])
        if high is None or high[1] <= count[0]:
            return None
        count = (count[0], high[1])
    mod = _MOD_SHAPE.get(" ".join((g.get("mod") or "").lower().split()))
    if g.get("orso") and mod is None:
        mod = "approx"  # "a week or so ago": about a week
    return count, unit, mod


def with_half(count: tuple[float, float] | None, g: dict) -> tuple[float, float] | None:
    """The count with "and a half" written after its unit added: "a month and a half" is 1.5."""
    if count is None or not g.get("half"):
        return count
    return count[0] + 0.5, count[1] + 0.5


def widen(lo: float, hi: float, mod: str | None) -> tuple[float, float]:
    """The range of counts a modifier allows around N, for placing a point on the calendar."""
    if mod in ("below", "at_most"):
        return max(lo * 0.75, 0), hi
    if mod in ("above", "at_least"):
        return lo, hi * 1.5 + 1
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    return lo, hi


def _duration_tolerance(lo: float, hi: float, mod: str | None) -> tuple[float | None, float | None]:
    """How long a stated duration may really be, from its wording.

    An unqualified count is read as a journalist writes it: "ten years" is anything from just
    under ten (rounded up) to just under eleven (whole years completed). "nearly ten" is
    below ten; "more than ten" is above it with no upper bound; "about ten" is +-20%.
    Returned as (low, high) counts of the unit; None means unbounded."""
    if mod in ("below", "at_most"):
        return lo * 0.75, hi
    if mod in ("above", "at_least"):
        return lo, None
    if mod == "approx":
        return lo * 0.8, hi * 1.2
    if lo != hi:
        return lo, hi
    if lo < 1:
        # "half a year": a fraction of one unit, not "whole units completed" (HALF_UNIT_TOLERANCE)
        return lo * HALF_UNIT_TOLERANCE[0], hi * HALF_UNIT_TOLERANCE[1]
    if not float(lo).is_integer():
        # "two and a half years": the half says the writer counted past the whole units, so
        # not another whole unit more (FRACTION_SLACK either side)
        return lo - FRACTION_SLACK, hi + FRACTION_SLACK
    if lo == 1:
        # "a year", "one week": a single unit, read as a writer rounds it, not up to two
        return ONE_UNIT_TOLERANCE
    return max(lo - 0.5, 0), hi + 1


#: the units of a plain count plain_reach reads (years, months, weeks, days; not decades)
_PLAIN_UNITS = frozenset({"Y", "MO", "W", "D"})


def plain_reach(value: str) -> tuple[str, str] | None:
    """The low and high TIMEX3 durations a plain count ("P2D", "P1W", no modifier) allows as a
    writer rounds it (_duration_tolerance): what a count folded into a date by the resolver
    ("two days after the quake on 3 March") still allows. None for another value."""
    parts = cal.offset_parts(value)
    if parts is None or parts[2] not in _PLAIN_UNITS:
        return None
    _, n, unit = parts
    lo, hi = _duration_tolerance(n, n, None)
    if lo is None or hi is None:
        return None
    return cal.duration_value(lo, unit), cal.duration_value(hi, unit)


#: "half a year" (0.5 of a unit) may be from this fraction of it to this multiple of it:
#: three to nine months
HALF_UNIT_TOLERANCE = (0.6, 1.5)
#: "two and a half years": this many units either side (2.25 to 2.75)
FRACTION_SLACK = 0.25
#: "a year", "a month": one unit, from this fraction to this multiple of it (nine to 18 months;
#: a decade or a fortnight: see ROUND_UNITS)
ONE_UNIT_TOLERANCE = (0.75, 1.5)
#: A count of units that are themselves a round sum of smaller ones ("two decades", "a
#: fortnight") is read in those smaller units; a decade is a round figure a writer says of a
#: couple of years less or more ("a decade": eight to twelve and a half years; "three
#: decades": 28 to 32.5): unit -> (smaller unit, how many, smaller units below and above)
ROUND_UNITS = {"DE": ("Y", 10, (2, 2.5)), "CE": ("Y", 100, (20, 25)), "2W": ("W", 2, None)}


class Measures:
    """Durations and sets: a count of units, not a place in time."""

    def _r_duration(self, m: Mention) -> Claim | None:
        g = m.groups
        unit_word = (g.get("unit") or g.get("bare") or "").lower()
        unit = unit_of(unit_word)
        if unit is None or unit == "HY":
            return None
        if "bare" in g:
            value = vague_duration(unit)
            return self._new(m, Timex("DURATION", value, "absolute"), None)
        count = with_half(count_of(g["num"]), g) if "num" in g else (1.0, 1.0)
        if count is None:
            return None
        lo, hi = count
        mod_words = " ".join((g.get("mod") or "").lower().split())
        shape = _MOD_SHAPE.get(mod_words)
        if unit == "ML":
            lo, hi, unit = lo * 1000, hi * 1000, "Y"
        value = cal.duration_value(lo, unit) if lo == hi else vague_duration(unit)
        if "couple" in g.get("num", "").lower():
            value = cal.duration_value(2, unit)  # "a couple of years": two, give or take (low/high say so)
        lo2, hi2 = _duration_tolerance(lo, hi, shape)
        if unit in ROUND_UNITS:
            # "a decade", "two fortnights": the tolerance is counted in years or weeks
            small, k, factors = ROUND_UNITS[unit]
            lo2, hi2 = _duration_tolerance(lo * k, hi * k, shape)
            if factors and shape is None and lo >= 1:
                lo2, hi2 = lo * k - factors[0], hi * k + factors[1]
            unit = small
        rel = (g.get("rel") or "").lower()
        attrs = {}
        if rel in ("past", "last", "previous"):
            attrs["until"] = "publication"
        elif rel in ("next", "coming"):
            attrs["from"] = "publication"
        nxt = self.toks.classes[m.j] if m.j < len(self.toks) else ""
        if (g.get("old") or "").lower() == "old":
            attrs["age"] = True  # "52 years old", "a 136-year-old bank": an age, not a time (TimeML leaves it out)
        elif "-" in self.text[m.start:m.end] and nxt == CODE["X"] and "rel" not in g:
            attrs["adjectival"] = True  # "a 10-year bond", "a three-day visit"
        if g.get("orso"):
            shape = shape or "approx"
        timex = Timex("DURATION", value, "absolute", mod=_TIMEX_MOD.get(shape or ""),
                      low=cal.duration_value(lo2, unit, split=False) if lo2 is not None else None,
                      high=cal.duration_value(hi2, unit, split=False) if hi2 is not None else None)
        return self._new(m, timex, None, **attrs)

    def _r_set(self, m: Mention) -> Claim | None:
        g = m.groups
        if "rate" in g or "every" not in g and "times" not in g and "adv" not in g:
            unit = unit_of(g["unit"])  # "$50 a year", "per day"
            if unit is None or unit in ("ML", "HY"):
                return None
            return self._new(m, Timex("SET", cal.duration_value(1, unit), "absolute"), None,
                             rate="amount" if "amount_rate" in g else "count")
        if "adv" in g:
            value = {"annually": "P1Y", "yearly": "P1Y", "weekly": "P1W", "daily": "P1D", "monthly": "P1M",
                     "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
                     "biannually": "P6M", "semiannually": "P6M"}[g["adv"].lower()]
            return self._new(m, Timex("SET", value, "absolute"), None, rate="amount" if "amount_rate" in g else None)
        if "times" in g:
            u = unit_of(g["unit"])
            if u is None:
                return None
            times = g["times"].lower().split()[0]
            n = {"once": 1, "twice": 2}.get(times)
            if n is None:
                c = count_of(times)
                n = int(c[0]) if c else None
            value = cal.duration_value(1, u)
            return self._new(m, Timex("SET", value, "absolute"), None, times=n)
        u = g["unit"].rstrip(".").lower()
        if u in WEEKDAYS:
            value = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
        elif u in PARTS:
            value = f"XXXX-XX-XXT{PARTS[u]}"
        elif u == "weekend":
            value = "XXXX-WXX-WE"
        elif u in MONTHS:
            value = f"XXXX-{MONTHS[u]:02d}"
        elif u in SEASONS:
            value = f"XXXX-{SEASONS[u]}"
        else:
            unit = unit_of(u)
            if unit is None or unit in ("ML", "HY"):
                return None
            n = g.get("num")
            count = (2.0, 2.0) if (n or "").lower() == "other" else (count_of(n) if n else (1.0, 1.0))
            if count is None or count[0] != count[1]:
                return None
            value = cal.duration_value(count[0], unit)
        return self._new(m, Timex("SET", value, "absolute"), None)
