"""Plant number slips in real articles, for the recall evaluation of the number.* rules.

Each function takes an article's text and returns a copy with exactly one slip planted, or
None when the text offers no place for it. A slip is planted only where it is certainly an
inconsistency, so a rule that misses it has missed a real slip:

- ``inflate_part``: a part of a total ("thirty injured, among them 20 pupils") made larger
  than the total allows, where the total is exact or has an upper bound, is not a change or
  net figure, and (for money and measures) its parts come after "of which"/"of whom".
- ``change_count``: the count before a list of names that surely renames it ("the two
  candidates, Ortiz and Lam, met") raised by one. A list that may add to the count instead
  ("the four provinces, Quebec and Saskatchewan will") is left alone: a changed count
  there is not certainly a slip.
- ``change_restated``: a group counted twice with the same number ("8,500 nurses ... its
  8,500 nurses") given a larger number the second time (a smaller one may name a subgroup,
  which number.restated-conflict leaves alone by design), where the second mention can only
  name the first group (not "its four dealerships in Hong Kong" after "three dealerships",
  not "the 2,200 workers" after "1,400 workers on the line": real news has both with
  different numbers, rightly); amounts such as shares, which the rule does not cover, are
  left alone.

The functions are deterministic: the first place in the text that allows the slip is used.
"""

from __future__ import annotations

import math
import re

from claims.quantities import LEXICON, Mention, narrowing, scan

_FUNGIBLE = frozenset(LEXICON["fungible_nouns"])  # amounts, not groups: out of the rule's scope
_ADDITIONAL = frozenset(LEXICON["additional_before"])
_DEMONSTRATIVES = frozenset(LEXICON["demonstratives"])
_LOOSE = frozenset(m for m, kind in LEXICON["part_markers"].items() if kind == "loose")
_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()


def _format_like(original: str, value: int) -> str:
    """``value`` written the way ``original`` was: words for words (up to twenty), thousands
    separators where the original had them, a capital where it had one. A four-digit value
    always gets its separator, so the slip never reads as a year ("of which 2,092", not
    "of which 2092")."""
    if original[:1].isalpha():
        word = _WORDS[value] if value < len(_WORDS) else str(value)
        return word.capitalize() if original[:1].isupper() else word
    if "," in original or value >= 1_000:
        return f"{value:,}"
    return str(value)


def _written(text: str, value: int) -> bool:
    """Whether ``value`` is written anywhere in ``text``, in figures or in words."""
    forms = {str(value), f"{value:,}"} | ({_WORDS[value]} if value < len(_WORDS) else set())
    return any(re.search(rf"(?i)(?<![\w,.]){re.escape(f)}(?![\w]|[,.]\d)", text) for f in forms)


def _replace(text: str, q: Mention, new: str) -> str:
    return text[: q.num_start] + new + text[q.num_end :]


def _multiplier(text: str, q: Mention) -> float:
    """What one unit of the written digits is worth ("5.5 mln" -> 1,000,000)."""
    raw = text[q.num_start : q.num_end]
    if q.mod == "range":
        return 1.0
    try:
        written = float(raw.replace(",", "")) if raw[:1].isdigit() else None
    except ValueError:
        written = None
    if not written:
        return 1.0
    return q.value / written


def _eligible_total(q: Mention, qs: list[Mention]) -> bool:
    if q.role != "total" or q.change or q.high is None:
        return False
    if q.marker in _LOOSE and not (
        q.dimension == "count" or (q.dimension == "number" and all(qs[j].dimension == "count" for j in q.parts))
    ):
        return False
    return bool(q.parts)


def inflate_part(text: str) -> str | None:
    """Make the first part of the first eligible total larger than the total allows."""
    qs = scan(text)
    for total in qs:
        if not _eligible_total(total, qs):
            continue
        part = qs[total.parts[0]]
        if part.mod == "range" or part.written != "digits" and part.value > 20:
            continue
        high = total.high + total.precision
        m = _multiplier(text, part)
        new_raw = math.floor(high * 1.5 / m) + 1
        if part.mod in ("less_than", "at_most"):
            continue  # "up to 20": no value makes it exceed anything
        if part.mod in ("approx", "nearly"):
            new_raw = math.floor(high * 1.5 / m / 0.8) + 1
        return _replace(text, part, _format_like(text[part.num_start : part.num_end], new_raw))
    return None


def change_count(text: str) -> str | None:
    """Raise by one the first count whose list of names matches it."""
    for q in scan(text):
        if q.role == "count" and q.apposition and len(q.items) == q.value:
            return _replace(text, q, _format_like(text[q.num_start : q.num_end], int(q.value) + 1))
    return None


def _certainly_same_group(text: str, first: Mention, again: Mention) -> bool:
    """Whether ``again`` ("the 8,500 nurses") can only name the group ``first`` counted.

    Not when the restatement picks out its own group with a relative clause, a participle,
    a place or a pair ("its four dealerships in Hong Kong", "the 100,000 families who left",
    "all 176 mines owned by ...", real shapes in Reuters and the TempEval-3 silver set where a
    larger restated number is right), nor when the first mention may be a subgroup of a
    larger whole ("its four banks in Harris County ... its five banks", "1,400 workers on the
    line ... the 2,200 workers", "31 countries replying ... all 50 countries", "six counts of
    ... all 81 counts"): there a changed number is not certainly a slip. "these"/"those"
    point at the group just named, however it was narrowed; a definite "the nine banks of X"
    is all of X's banks."""
    if narrowing(text, again.end) in ("relative", "participle", "place", "pair"):
        return False
    if again.det in _DEMONSTRATIVES:
        return True
    kind = narrowing(text, first.end)
    return kind is None or kind == "of" and first.det is not None


def change_restated(text: str) -> str | None:
    """Change the number of the first definite restatement that repeats an earlier count
    and certainly names the same group (see ``_certainly_same_group``). A first mention
    that adds to another group ("a further 10 planes") is no such group: a later "the 10
    planes" may name the other one."""
    qs = scan(text)
    seen: dict[tuple, Mention | None] = {}
    for q in qs:
        if q.dimension != "count" or q.noun is None or q.mod is not None or q.noun in _FUNGIBLE:
            continue
        key = (q.noun, (q.phrase or "").lower())
        if key not in seen:
            seen[key] = None if q.preceded_by in _ADDITIONAL else q
            continue
        first = seen[key]
        if (first is not None and q.det and q.value == first.value and q.value >= 2
                and _certainly_same_group(text, first, q)):
            raw = round(q.value / _multiplier(text, q))
            new = int(raw * 1.25) + 1 if raw >= 4 else raw + 2
            while _written(text, new):
                new += 1  # a number the text gives elsewhere ("four or five days") may be referred to
            return _replace(text, q, _format_like(text[q.num_start : q.num_end], new))
    return None


#: Rule id -> the function that plants the slip that rule should catch.
INJECTORS = {
    "number.sum-exceeds-total": inflate_part,
    "number.count-mismatch": change_count,
    "number.restated-conflict": change_restated,
}
