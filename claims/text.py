"""Small text utilities the extractors share: sentences and words with their offsets.

Deliberately simple (no statistical model): a sentence ends at ". ", "! ", "? " or a line
break; abbreviations such as "Mr." or "U.N." may split a sentence early, which only makes
the extractors more cautious, never bolder.
"""

from __future__ import annotations

import re
from typing import Iterator

_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*|\d[\d,.]*\d|\d")
_ABBREV = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bLt|\bCol|\bSen|\bRep|\bGov|\bJan|\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo|\bvs|\bU\.S|\bU\.N|\bInc|\bCorp|\bCo|\bLtd)\.$")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[a, b) of the sentence containing [start, end)."""
    lo = max(0, start - 1000)  # a "sentence" longer than that is cut: bounded work per claim
    a = _last_end(text, lo, start)
    if a is None:
        a = lo
    b = end
    hi = min(len(text), end + 1000)  # bounded forward as well as back
    while True:
        m = _END.search(text, b, hi)
        if m is None:
            b = hi
            break
        if text[m.start()] == "." and _ABBREV.search(text[max(0, m.start() - 6):m.start() + 1]):
            b = m.end()
            continue
        b = m.start() + 1
        break
    return a, b


def _last_end(text: str, lo: int, hi: int) -> int | None:
    found = None
    for m in _END.finditer(text, lo, hi):
        if text[m.start()] == "." and _ABBREV.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        found = m.end()
    return found


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def word_before(text: str, at: int) -> str:
    """The last word before ``at`` (within 20 characters, punctuation skipped), lowercased;
    "" when there is none."""
    m = _LAST_WORD.search(text, max(0, at - 20), at)
    return m.group(1).lower() if m else ""


#: A correction notice quotes the wrong wording and the right one: '"Interior Minister Boonrawd
#: Somtas" should be "Defense Minister Boonrawd Somtas"', "should read", "should have read".
_CORRECTION = re.compile(r'["\u201c]([^"\u201c\u201d\n]{1,200})["\u201d]\s*,?\s+should\s+(?:have\s+)?(?:be|been|read)\b'
                         r'\s*:?\s*["\u201c]([^"\u201c\u201d\n]{1,200})["\u201d]')


def corrected_wording(text: str) -> list[tuple[int, int]]:
    """[start, end) of each wording quoted in a correction notice, the wrong one and the right
    one. Those words are mentioned, not asserted: a name or title in them is no claim of the
    article's."""
    if "should" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _CORRECTION.finditer(text):
        out += [m.span(1), m.span(2)]
    return out


def phrase_alternatives(phrases) -> str:
    """A regex alternation of word phrases, longest first so "prior to" wins over "prior",
    any run of white space between their words: "followed\\s+by|after|..."."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def words(text: str, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word in text[a:b]."""
    for m in _WORD.finditer(text, a, b):
        yield m.start(), m.end(), m.group()
