"""Calendar arithmetic: the one place where dates are added, shifted and bounded.

Everything here sits on dateutil's ``relativedelta``, whose month arithmetic clips to the end
of the month (2024-01-31 + 1 month = 2024-02-29), which is what "a month later" means in
prose. Intervals are inclusive ``[earliest, latest]`` pairs of ``datetime.date``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

MIN_YEAR, MAX_YEAR = 1, 9998
#: The years a four-digit number written in prose is read as (the tokenizer's YEAR class).
WRITTEN_YEARS = (1000, 2099)

Interval = tuple[date, date]

#: relativedelta keyword and multiplier for each TIMEX3 unit letter (after "P" / "PT")
_UNIT = {
    "Y": ("years", 1),
    "DE": ("years", 10),
    "CE": ("years", 100),
    "MO": ("months", 1),
    "Q": ("months", 3),
    "W": ("weeks", 1),
    "2W": ("weeks", 2),
    "D": ("days", 1),
    "H": ("hours", 1),
    "M": ("minutes", 1),
    "S": ("seconds", 1),
}


def delta(n: float, unit: str) -> relativedelta:
    """``n`` units as a relativedelta; unit is a tagger unit code (Y, MO, W, D, H, DE ...).

    Fractions of months and years become whole months and days ("1.5 years" = 18 months)."""
    kw, mult = _UNIT[unit]
    value = n * mult
    if kw == "years":
        months = round(value * 12)
        return relativedelta(months=months)
    if kw == "months":
        whole = int(value)
        return relativedelta(months=whole, days=round((value - whole) * 30))
    if kw == "weeks":
        return relativedelta(days=round(value * 7))
    if kw == "days":
        return relativedelta(days=int(value), hours=round((value - int(value)) * 24))
    return relativedelta(**{kw: round(value)})


def shift(d: date, rd: relativedelta, sign: int = 1) -> date | None:
    """``d`` moved by ``rd`` (backwards when sign is -1); None off the calendar's ends."""
    try:
        out = d + rd if sign > 0 else d - rd
    except (OverflowError, ValueError):
        return None
    if isinstance(out, date) and MIN_YEAR <= out.year <= MAX_YEAR:
        return out if type(out) is date else out.date()
    return None


def shift_interval(iv: Interval, rd: relativedelta, sign: int = 1) -> Interval | None:
    """Every day of ``iv`` moved by ``rd``: the result contains each shifted day.

    Month clipping makes the image of the last day of a month the last day of the target
    month, so shifting a whole month gives a whole month."""
    a, b = shift(iv[0], rd, sign), shift(iv[1], rd, sign)
    if a is None or b is None:
        return None
    if b < a:  # cannot happen with relativedelta, kept as a guard
        a, b = b, a
    # A whole month shifted by months stays a whole month (Jan 1-31 + 1 month -> Feb 1-29).
    if iv[0].day == 1 and is_month_end(iv[1]) and not (rd.days or rd.weeks or rd.hours):
        b = month_end(b)
    return a, b


def is_month_end(d: date) -> bool:
    return (d + timedelta(days=1)).day == 1


def month_end(d: date) -> date:
    return d + relativedelta(day=31)


def year_interval(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def month_interval(y: int, m: int) -> Interval:
    start = date(y, m, 1)
    return start, month_end(start)



def week_interval(d: date) -> Interval:
    """The ISO week (Monday to Sunday) containing ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_interval(y: int, q: int) -> Interval:
    start = date(y, 3 * (q - 1) + 1, 1)
    return start, month_end(start + relativedelta(months=2))


def decade_interval(first_year: int) -> Interval:
    return date(first_year, 1, 1), date(first_year + 9, 12, 31)


def intersects(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def contains(outer: Interval, inner: Interval) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def last_weekday(d: date, weekday: int, *, include_today: bool = False) -> date:
    """The latest day with ``weekday`` before ``d`` (or on ``d`` when include_today)."""
    back = (d.weekday() - weekday) % 7
    if back == 0 and not include_today:
        back = 7
    return d - timedelta(days=back)


def next_weekday(d: date, weekday: int, *, include_today: bool = False) -> date:
    """The earliest day with ``weekday`` after ``d`` (or on ``d`` when include_today)."""
    ahead = (weekday - d.weekday()) % 7
    if ahead == 0 and not include_today:
        ahead = 7
    return d + timedelta(days=ahead)


def value_of(iv: Interval) -> str:
    """The TIMEX3 value naming an interval at the finest granularity it fills exactly:
    a day, a month, a year; else the common year or month prefix; else "XXXX"."""
    a, b = iv
    if a == b:
        return a.isoformat()
    if a.day == 1 and b == month_end(a) and a.month == b.month and a.year == b.year:
        return f"{a.year:04d}-{a.month:02d}"
    if a.year == b.year:
        if a.month == b.month:
            return f"{a.year:04d}-{a.month:02d}"
        return f"{a.year:04d}"
    return "XXXX"


_ISO_DUR = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                      r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def duration_value(n: float, unit: str, split: bool = True) -> str:
    """TIMEX3 duration value: 10 Y -> P10Y, 48 H -> PT48H, 1 DE -> P10Y, 3 W -> P3W.

    A fraction becomes whole smaller units: 2.5 Y -> P2Y6M, 1.5 MO -> P1M15D, 1.5 D -> P1DT12H,
    1.5 H -> PT1H30M (a fraction that does not come out whole keeps its decimal). With
    ``split=False`` it keeps its decimal (P9.5Y), as tolerances do: a month's length varies,
    half a year does not."""
    if unit == "2W":
        n, unit = n * 2, "W"
    if unit in ("DE", "CE") and float(n * (10 if unit == "DE" else 100)).is_integer():
        # ISO 8601 has no decades or centuries: "two decades" is P20Y
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if split and not float(n).is_integer():
        whole = int(n)
        frac = n - whole
        split = {"Y": (12, "MO"), "MO": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S")}
        if unit in split:
            k, sub = split[unit]
            rest = frac * k
            if abs(rest - round(rest)) < 1e-9:
                return _join(((whole, unit), (round(rest), sub)))
    num = _num(n)
    if unit in ("H", "M", "S"):
        return f"PT{num}{unit}"
    if unit == "MO":
        return f"P{num}M"
    if unit == "Q":
        return f"P{num}Q"
    return f"P{num}{unit}"


def _join(parts) -> str:
    date_part = ""
    time_part = ""
    for n, unit in parts:
        if not n:
            continue
        if unit in ("H", "M", "S"):
            time_part += f"{n}{unit}"
        else:
            date_part += f"{n}{'M' if unit == 'MO' else unit}"
    return "P" + date_part + ("T" + time_part if time_part else "") if (date_part or time_part) else "PT0S"


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


#: The mean length of a calendar month in days (the Gregorian 400-year cycle), and how far any
#: run of two or more consecutive months falls short of or exceeds that mean times their number
#: (two months: 59 to 62 days; eighteen months: 546 to 550).
MEAN_MONTH_DAYS = 365.2425 / 12
MONTH_RUN_SLACK = 3


def duration_days(value: str, consecutive: bool = False) -> tuple[float, float] | None:
    """Bounds in days of an ISO/TIMEX3 duration (a month is 28-31 days, a year 365-366).
    ``consecutive``: the months are a run of calendar months counted from a date, so two or
    more of them hold their number times MEAN_MONTH_DAYS, give or take MONTH_RUN_SLACK days
    ("18 months after 2 May 2024" is not 18 Februaries).

    Returns None for values that are not durations (P1DE and P1CE are understood)."""
    m = re.match(r"^P(\d+(?:\.\d+)?)(DE|CE|Q)$", value)
    if m:
        years = float(m.group(1)) * {"DE": 10, "CE": 100, "Q": 0.25}[m.group(2)]
        return years * 365, years * 366
    m = _ISO_DUR.match(value)
    if not m or value in ("P", "PT"):
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    fixed = w * 7 + d + h / 24 + mi / 1440 + s / 86400
    if consecutive and mo >= 2:
        return (fixed + y * 365 + mo * MEAN_MONTH_DAYS - MONTH_RUN_SLACK,
                fixed + y * 366 + mo * MEAN_MONTH_DAYS + MONTH_RUN_SLACK)
    return fixed + y * 365 + mo * 28, fixed + y * 366 + mo * 31


_OFFSET = re.compile(r"^(-?)P(\d+(?:\.\d+)?)(Y|M|W|D|DE|CE|Q)$")


def offset_parts(value: str | None) -> tuple[int, float, str] | None:
    """A claim's anchor offset ("P9M", "-P1Y", "P3W") as (sign, count, unit), the unit as
    ``delta`` reads it ("MO" for TIMEX3's months); None for anything that is not a plain
    calendar offset."""
    m = _OFFSET.match(value or "")
    if not m:
        return None
    return (-1 if m.group(1) else 1), float(m.group(2)), {"M": "MO"}.get(m.group(3), m.group(3))


def parse_offset(value: str | None) -> tuple[int, relativedelta] | None:
    """A claim's anchor offset ("P9M", "-P1Y", "P3W") as (sign, relativedelta); None for
    anything that is not a plain calendar offset."""
    parts = offset_parts(value)
    if parts is None:
        return None
    sign, n, unit = parts
    return sign, delta(n, unit)


# -- granularity: the unit a value names ---------------------------------------------------------

#: Granularities, finest first: what a value names (a day, a week, a month ... a century).
DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY = "D", "W", "M", "Q", "H", "S", "Y", "E", "C"
RANK = {DAY: 0, WEEK: 1, MONTH: 2, QUARTER: 3, SEASON: 3, HALF: 4, YEAR: 5, DECADE: 6, CENTURY: 7}


def gran_interval(d: date, gran: str) -> Interval:
    if gran == DAY:
        return d, d
    if gran == WEEK:
        return week_interval(d)
    if gran == MONTH:
        return month_interval(d.year, d.month)
    if gran == QUARTER:
        return quarter_interval(d.year, (d.month - 1) // 3 + 1)
    if gran == HALF:
        start = date(d.year, 1 if d.month <= 6 else 7, 1)
        return start, month_end(start + delta(5, "MO"))
    if gran == DECADE:
        return decade_interval(d.year // 10 * 10)
    if gran == CENTURY:
        first = d.year // 100 * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    return year_interval(d.year)


def gran_value(d: date, gran: str) -> str:
    if gran == DAY:
        return d.isoformat()
    if gran == WEEK:
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran == MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    if gran == QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == HALF:
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == DECADE:
        return f"{d.year // 10:03d}"
    if gran == CENTURY:
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def shared_value(iv: Interval, gran: str) -> str | None:
    """The TIMEX3 value at granularity ``gran`` (a day, a week, a month) of a time that may be
    anywhere in ``iv``: the digits every reading shares, X for the others ("four days later"
    than October 1915 is a day of 1915 whose month is not known: 1915-XX-XX; "a few weeks
    later" than 20 April 1792 is 1792-WXX). None when not even the year is shared."""
    a, b = iv
    if gran == WEEK:
        (ya, wa, _), (yb, wb, _) = a.isocalendar(), b.isocalendar()
        return None if ya != yb else f"{ya:04d}-W{wa:02d}" if wa == wb else f"{ya:04d}-WXX"
    if gran not in (DAY, MONTH) or a.year != b.year:
        return None
    if a.month != b.month:
        return f"{a.year:04d}-XX" + ("-XX" if gran == DAY else "")
    if gran == MONTH or a == b:
        return gran_value(a, gran)
    return f"{a.year:04d}-{a.month:02d}-XX"


def midpoint(iv: Interval) -> date:
    return iv[0] + (iv[1] - iv[0]) / 2


def narrow(iv: Interval, mod: str | None) -> Interval:
    """The part of a period that "early", "mid-" or "late" allows: a generous third, so a
    rule can never be more certain than the wording."""
    if mod not in ("START", "MID", "END"):
        return iv
    a, b = iv
    span = (b - a).days + 1
    if span < 3:
        return iv
    third = timedelta(days=span * 0.4)
    if mod == "START":
        return a, min(b, a + third)
    if mod == "END":
        return max(a, b - third), b
    return a + timedelta(days=span * 0.25), b - timedelta(days=span * 0.25)


def weekday_year(prefer: int, month: int, day: int, weekday: int | None, years) -> int | None:
    """The year, among ``prefer`` and those a year either side of ``years``, in which
    month/day falls on ``weekday`` (``prefer`` first); None when no such year or no weekday."""
    if weekday is None:
        return None
    cands = [prefer] + sorted({y + k for y in years for k in (-1, 0, 1)} - {prefer}, key=lambda y: abs(y - prefer))
    for y in cands:
        if not MIN_YEAR <= y <= MAX_YEAR:
            continue
        try:
            if date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return None


def holiday_date(rule, year: int) -> date | None:
    """The date of a holiday lexicon rule in ``year``."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if isinstance(rule, str):
        month, day = map(int, rule.split("-"))
        return date(year, month, day)
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    month, weekday, n = rule["nth"]
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(date(year, month, 1))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def add_days(d: date, n: float) -> date:
    """``d`` moved by ``n`` days (negative: back)."""
    return d + timedelta(days=n)


def year_slips(digits: str) -> list[int]:
    """The years a five-digit number becomes when one digit is taken out ("20014" -> 2014,
    2001, 2004), each once, in ``WRITTEN_YEARS``: what "May 20014" may have meant. Empty for
    anything but five digits."""
    if len(digits) != 5 or not digits.isdigit():
        return []
    lo, hi = WRITTEN_YEARS
    return sorted({int(digits[:k] + digits[k + 1:]) for k in range(5)} & set(range(lo, hi + 1)))
