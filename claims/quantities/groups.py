"""The group a count counts the members of ("its entire fleet of 40 buses")."""

from __future__ import annotations

import re

from claims.quantities.base import LEXICON, Mention, alt, any_words  # noqa: F401
from claims.quantities.scanning import MEASURED  # noqa: F401

_GROUP_NOUNS = frozenset(LEXICON["group_nouns"])
_WHOLE_WORDS = frozenset(LEXICON["whole_words"])
_POSSESSIVES = r"(?:the|its|their|his|her|our|this|that)"
_GROUP_BEFORE = re.compile(r"(?:(" + _POSSESSIVES + r")\s+)?(?:(" + alt(_WHOLE_WORDS) + r")\s+)?(" + alt(_GROUP_NOUNS) + r")\s+of\s+$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:in|of|on)\s+(" + _POSSESSIVES + r")\s+(" + alt(_GROUP_NOUNS) + r")\b", re.I)
#: what links a measured thing to its value: "Turnout was 61.3%", "the deficit stood at ..."
_COPULA = r"(?:was|is|were|stood\s+at|came\s+to|reached)"
#: what a thing cost: "a refit that cost €3.9 million", "The upgrade will cost £12m"
_COST = r"(?:(?:that|which)\s+)?(?:will\s+|would\s+)?(?:cost|costs)"
_MEASURED_BEFORE = re.compile(rf"\b([A-Za-z]+)\s+(?:{_COPULA}|of|at|{_COST})\s+$")
_COPULA_BEFORE = re.compile(rf"\b{_COPULA}\s+$")
#: The word each of the two patterns above ends on, before its white space: a window whose
#: last word is none of them cannot match, and is not searched (the searches try every
#: position of the window, for every measure).
_COPULA_LAST = frozenset(("was", "is", "were", "at", "to", "reached"))
_MEASURED_LAST = _COPULA_LAST | {"of", "cost", "costs"}


def _last_word(text: str, s: int, e: int) -> str | None:
    """The last run of non-space characters of text[s:e] when white space ends it, else None."""
    window = text[s:e]
    kept = window.rstrip()
    if len(kept) == len(window) or not kept:
        return None
    return kept.rsplit(None, 1)[-1]


_SUBJECT_HEAD = re.compile(r"[\"“‘'(]?\s*(?:[Tt]he\s+)?([A-Za-z]+)\s+(in|at|for|of|across|on)?\b")
#: Words a measured subject's phrase may hold before the copula ("Turnout in Sunday's
#: regional elections was 61.3%").
MEASURED_SUBJECT_WORDS = 8
_OCCASIONS = frozenset(LEXICON["measured_occasions"])


def _group_before(text: str, s: int, e: int) -> re.Match | None:
    """``_GROUP_BEFORE`` searched in [s, e), only when the window ends in "of" and white space
    (the pattern's end): most do not, and the search tries every position of the window."""
    window = text[s:e]
    kept = window.rstrip()
    if len(kept) == len(window) or kept[-2:].lower() != "of":
        return None
    return _GROUP_BEFORE.search(text, s, e)


def read_groups(text: str, qs: list[Mention]) -> None:
    """What whole each count or measure is told of. A count of a named group's members
    ("its entire fleet of 40 buses", "the 42 buses in the fleet") gets ``group``; a
    count told as the whole ("all 44 passengers", a group's count) gets ``whole``; a measure
    whose thing stands before it ("Turnout was 61.3%", "a turnout of 61.3%", "a refit
    that cost €3.9 million") gets ``measured``."""
    for q in qs:
        s = max(q.sentence[0], q.start - 60)
        before = _group_before(text, s, q.start) if q.noun is not None else None
        if before:
            q.group, q.whole = before.group(3).lower(), True
            q.group_known = before.group(1) is not None  # "its fleet of", not "a committee of"
        after = _GROUP_AFTER.match(text, q.end)
        if q.noun is not None and after and q.group is None:
            q.group, q.group_known = after.group(2).lower(), True
            q.whole = q.det is not None
        if q.det == "all" or q.preceded_by in _WHOLE_WORDS and q.preceded_by != "total":
            q.whole = True
        if q.unit is not None and q.measured is None:
            last = _last_word(text, s, q.start)
            m = _MEASURED_BEFORE.search(text, s, q.start) if last in _MEASURED_LAST else None
            if m and m.group(1).lower() in MEASURED:
                q.measured = MEASURED[m.group(1).lower()]
            elif cop := (_COPULA_BEFORE.search(text, s, q.start) if last in _COPULA_LAST else None):
                # the sentence's subject, named by its head before a phrase: "Turnout in
                # Sunday's regional elections was 61.3%"; the phrase must end on the occasion
                # of the measure ("in the capital" would narrow it to another measure)
                head = _SUBJECT_HEAD.match(text, q.sentence[0])
                words = any_words(text, head.end(), cop.start()) if head else []
                if (head and head.group(1).lower() in MEASURED and head.group(2)
                        and 0 < len(words) <= MEASURED_SUBJECT_WORDS and words[-1].lower() in _OCCASIONS):
                    q.measured = MEASURED[head.group(1).lower()]
