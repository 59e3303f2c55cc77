"""Reading numbers written in words or digits: "48", "1,200", "2.5", "forty-eight", "a dozen".

Number words go through text2num (it raises instead of guessing, so "ten twenty" is refused);
this module only finds the span and handles the articles ("a", "an") and digits.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from claims.lexicon import load

_WORDS = load("temporal")["number_words"]
_WORD = "(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
#: A number in digits or (possibly compound, hyphenated) words. No nested quantifier can
#: backtrack badly: each repetition must start with a fixed separator and a whole word.
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORD}(?:[\s-](?:and[\s-])?{_WORD}){{0,4}}|an?|one)"
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """The value of a number span, or None when it is not a number we can read for sure."""
    t = text.strip().lower()
    if _DIGITS.match(t):
        return float(t.replace(",", ""))
    if t in ("a", "an"):
        return 1.0
    try:
        return float(text2num(t.replace(" and ", " "), "en"))
    except (ValueError, TypeError):
        return None
