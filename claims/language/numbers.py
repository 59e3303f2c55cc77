"""The one number parser and the one meaning of "about".

``read_number`` reads a number span in digits ("1,200", "2.5"), words ("forty-eight", "two
hundred and five", "a dozen", "three dozen"), collective words ("hundreds", "dozens", "a
few": a range, never a point) and fractions ("half", "two-thirds", "3/4"), as a ``Number``
with the values it allows. ``parse_number`` is its point value, None for a range.

``approximate`` is what a modifier before a number allows ("about 30" is 24 to 37.5,
"nearly 30" 22.5 to 30, "more than 30" has no upper bound), for counts and durations alike;
``modifier_kind`` reads the modifier's words. The words are data in
claims/lexicons/language.json.

Number words go through text2num, which raises instead of guessing ("ten twenty" is refused).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from claims.lexicon import load

_LEX = load("language")
_NUMBER_WORDS = frozenset(load("temporal")["number_words"]) | {"million", "billion", "trillion"}
_COLLECTIVE: dict[str, tuple[float, float]] = {k: (float(a), float(b)) for k, (a, b) in _LEX["collective_numbers"].items()}
_FRACTIONS: dict[str, float] = _LEX["fractions"]
MODIFIERS: dict[str, str] = _LEX["modifiers"]
#: The most words a modifier has ("in excess of"), for scanning back from a number.
MAX_MODIFIER_WORDS = max(len(m.split()) for m in MODIFIERS)

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")

#: How far "about N" reaches: N / 1.25 to N * 1.25 (30 -> 24 to 37.5), the same factor both
#: ways on a ratio scale, so "about 30" and "about 37.5" each include the other's edge.
APPROX_FACTOR = 1.25
#: How far below N "nearly N" reaches: 0.75 N (nearly 30 -> 22.5 to 30).
NEARLY_FLOOR = 0.75


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: the values it allows, [low, high]. ``exact`` when it names one
    value ("48", "a dozen"), not a range ("hundreds", "a few")."""

    low: float
    high: float

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def value(self) -> float | None:
        return self.low if self.exact else None


def read_number(text: str) -> Number | None:
    """The values a number span allows, or None when it is not a number we can read for sure."""
    t = " ".join(text.strip().lower().replace("\u2019", "'").split())
    if not t:
        return None
    if _DIGITS.match(t):
        v = float(t.replace(",", ""))
        return Number(v, v)
    m = _FRACTION.match(t)
    if m and int(m.group(2)):
        v = int(m.group(1)) / int(m.group(2))
        return Number(v, v)
    if t in _COLLECTIVE:
        return Number(*_COLLECTIVE[t])
    if t in _FRACTIONS:
        return Number(_FRACTIONS[t], _FRACTIONS[t])
    if t in ("a", "an"):
        return Number(1.0, 1.0)
    n = _words_value(t)
    return None if n is None else Number(float(n), float(n))


#: Digits with comma separators, an optional decimal part and an optional unit letters suffix
#: cut off ("2,452,3000", "1,234.5", "5,000km").
_GROUPED = re.compile(r"^(\d+(?:,\d+)+)(?:\.\d+)?[^\W\d_]{0,3}$")
#: The Indian grouping: the last three digits, then pairs ("45,00,000" is 4.5 million).
_INDIAN = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}$")
#: A four-digit group read as a year, so "2024,2025" is two years listed without a space.
_YEAR = re.compile(r"^(?:1\d|20)\d\d$")


def grouping_slip(written: str) -> str | None:
    """The digit group that makes a comma-grouped number malformed, or None when it is well
    formed or may be read another way. After the first comma, digits come in threes
    ("2,452,300"); a group of four or more ("2,452,3000", "16,0000", "1,7754,000"), a
    leading group of four or more before a three-digit group ("4000,000"), or a group of one
    or two beside a group of three ("2,318,00", "3,801,7") writes no number. Not slips: a
    single comma with one or two digits after it (a decimal comma, "8,26%", or two numbers,
    "1,2"), with four or more after a single leading digit ("6,6069": a decimal comma), the
    Indian grouping ("45,00,000"), groups of one or two only ("1,2,3": a list) and groups
    that are all years ("2024,2025")."""
    m = _GROUPED.match(written)
    if m is None:
        return None
    groups = m.group(1).split(",")
    head, rest = groups[0], groups[1:]
    if all(len(g) == 3 for g in rest) and len(head) <= 3:
        return None  # well formed
    if _INDIAN.match(m.group(1)) or all(_YEAR.match(g) for g in groups):
        return None
    if len(rest) == 1 and (len(rest[0]) <= 2 or (len(rest[0]) >= 4 and len(head) == 1)):
        return None  # a decimal comma, or two numbers
    long_group = next((g for g in rest if len(g) >= 4), None)
    if long_group is not None:
        return long_group
    if any(len(g) == 3 for g in rest):
        if len(head) >= 4:
            return head
        return next(g for g in rest if len(g) != 3)
    return None  # groups of one or two only: a list


def parse_number(text: str) -> float | None:
    """The value of a number span that names one value ("48", "forty-eight", "a dozen"); None
    for ranges ("hundreds") and for what is not a number."""
    n = read_number(text)
    return None if n is None else n.value


def _words_value(t: str) -> int | None:
    """Number words ("twenty-five", "two hundred and five", "three dozen", "a hundred"); "and"
    between them is read as text2num reads it, and anything it refuses is None."""
    words = t.replace("-", " ").split()
    if not all(w in _NUMBER_WORDS or w in ("and", "a", "an", "dozen") for w in words):
        return None
    dozens = 12 if words[-1] == "dozen" else 1
    words = ["one" if w in ("a", "an") else w for w in (words[:-1] if dozens == 12 else words) if w != "and"]
    try:
        return text2num(" ".join(words), "en") * dozens
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        return None


def modifier_kind(words: str) -> str | None:
    """The kind of a modifier ("about" -> approx, "more than" -> more_than, "only" -> exact),
    or None when the words are no modifier."""
    return MODIFIERS.get(" ".join(words.lower().split()))


def approximate(low: float, high: float | None = None, modifier: str | None = None) -> tuple[float | None, float | None]:
    """The values a number allows once its modifier is read: (low, high), None meaning
    unbounded. ``modifier`` is a kind (``approx``, ``nearly``, ``more_than``, ``at_least``,
    ``less_than``, ``at_most``, ``exact``) or None for a plain number.

    >>> approximate(30, modifier="approx")
    (24.0, 37.5)
    >>> approximate(30, modifier="nearly")
    (22.5, 30)
    >>> approximate(30, modifier="more_than")
    (30, None)
    """
    high = low if high is None else high
    if modifier == "approx":
        return low / APPROX_FACTOR, high * APPROX_FACTOR
    if modifier == "nearly":
        return low * NEARLY_FLOOR, high
    if modifier in ("more_than", "at_least"):
        return low, None
    if modifier in ("less_than", "at_most"):
        return 0, high
    return low, high


#: How far "about" reaches above a figure given to two or more significant digits ("around
#: 8,500"), as a share of it: the writer chose the hundreds, so 9,000 is another figure.
#: Never less than one unit of the last significant digit; figures under ``FIGURE_FLOOR`` and
#: round figures ("about 30", "some 9,000") keep ``approximate``'s wide reading.
FIGURE_SHARE = 0.05
FIGURE_FLOOR = 100


def significant_place(value: float) -> tuple[int, int]:
    """(significant digits, the power of ten of the last one) of a whole number.

    >>> significant_place(8500)
    (2, 2)
    """
    digits = str(int(value))
    stripped = digits.rstrip("0")
    return len(stripped), len(digits) - len(stripped)


def figure_high(value: float, high: float | None, modifier: str | None) -> float | None:
    """The largest value an approximate figure allows when it is read against a restatement
    of it: "about" before a figure of two or more significant digits reaches ``FIGURE_SHARE``
    of it (at least one unit of its last digit); ``high`` (``approximate``'s reading) otherwise.

    >>> figure_high(8500, 10625.0, "approx")
    8925.0
    >>> figure_high(8000, 10000.0, "approx")
    10000.0
    """
    if modifier != "approx" or high is None or not float(value).is_integer() or value < FIGURE_FLOOR:
        return high
    digits, place = significant_place(value)
    if digits < 2:
        return high
    return min(high, value + max(10 ** place, value * FIGURE_SHARE))


def rounded_from(value: float, modifier: str | None) -> tuple[float, float] | None:
    """The values a writer rounds to an approximate figure ("about 8,500", "roughly 4,130"):
    one unit of its last significant digit either side (the floor ``figure_high`` keeps too:
    a writer who knew 4,400 would write "about 4,400", not "about 4,200"). None for no approximate
    figure, one under ``FIGURE_FLOOR`` or a round one. A value outside this span but within what "about"
    allows is one the writer would have rounded to another figure: worth a look, not a verdict.

    >>> rounded_from(8500, "approx")
    (8400.0, 8600.0)
    >>> rounded_from(4000, "approx") is None
    True
    >>> rounded_from(4000, None) is None
    True
    """
    if modifier != "approx" or value is None or not float(value).is_integer() or value < FIGURE_FLOOR:
        return None
    digits, place = significant_place(value)
    if digits < 2:
        return None  # a round figure ("about 8,000") keeps ``approximate``'s wide reading
    return float(value - 10 ** place), float(value + 10 ** place)


def digits_string(value: float) -> tuple[str, int]:
    """The significant digits of a value as written in plain decimal, and where its point
    stands from the right (trailing zeros of a whole number kept: 2,300,000,000 -> "2300000000")."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    whole, _, frac = text.partition(".")
    return whole + frac, len(frac)


def digits_transposed(a: float, b: float) -> bool:
    """Two values written with the same digits, two neighbouring digits swapped (148 / 184,
    42 / 24, 18,214 / 12,814, 2.3 / 3.2): the typing slip of one figure told twice. Values of
    one digit, and swaps that would move a leading zero, are none."""
    if a == b or a <= 0 or b <= 0:
        return False
    da, pa = digits_string(a)
    db, pb = digits_string(b)
    if pa != pb or len(da) != len(db) or len(da) < 2 or da[0] == "0" or db[0] == "0":
        return False
    diff = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]])


def transpositions(value: float) -> list[float]:
    """Every value ``digits_transposed`` pairs with ``value``: its digits with two neighbouring
    ones swapped (148 -> 418, 184), none that would move a zero to the front. At most one a
    place, so a caller looks them up among the values it has seen instead of comparing
    ``value`` with each of them."""
    if not value > 0 or not math.isfinite(value):
        return []
    digits, point = digits_string(value)
    if len(digits) < 2 or digits[0] == "0":
        return []
    out = []
    for k in range(len(digits) - 1):
        if digits[k] == digits[k + 1] or (k == 0 and digits[1] == "0"):
            continue
        swapped = digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:]
        whole = len(swapped) - point
        other = float(swapped[:whole] + "." + swapped[whole:] if point else swapped)
        if digits_transposed(value, other):  # not when a zero would end the fraction (5.06 -> 5.6)
            out.append(other)
    return out
