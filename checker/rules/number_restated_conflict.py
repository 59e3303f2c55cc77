"""number.restated-conflict: the same group counted again with a larger number."""

from __future__ import annotations

import re
from typing import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from claims.model import Claim, ClaimSet
from claims.quantities import LEXICON, bounds, fmt

MESSAGE = "\u201c{restated}\u201d restates \u201c{first}\u201d (line {line}) with a larger number: {value}, not {first_value}"
RELATED = "first counted as {value}"
EVIDENCE_SAME = "both count \u201c{phrase}\u201d, and \u201c{det}\u201d refers back to the group counted before"
EVIDENCE_MORE = "{value} is more than \u201c{first}\u201d allows (at most {high})"
EVIDENCE_CLEAR = "no other group of that size was counted before, and nothing near either count dates, compares or narrows it"

_DETERMINERS = frozenset(LEXICON["determiners"])
_PARTITIVE = frozenset(LEXICON["partitive_before"])
_PARTITIVE_OF = frozenset(LEXICON["partitive_of"]) | frozenset(LEXICON["number_words"])
_CHANGE_WINDOW = frozenset(LEXICON["change_window_words"])
_NARROWING = frozenset(LEXICON["narrowing_after"])
_NARROWING_PREP = frozenset(LEXICON["narrowing_prepositions"])
_PLACE_PREP = frozenset(LEXICON["place_prepositions"])
_FUNGIBLE = frozenset(LEXICON["fungible_nouns"])
_WORD = re.compile(r"[A-Za-z]+|\d[\d,.]*")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_WINDOW = 3  # words either side of a count that may date or compare it


def _refers_back(c: Claim) -> bool:
    """A definite or possessive count: "the 9,000 nurses", "its 9,000 nurses"."""
    det = c.attrs.get("det")
    return bool(det) and (det in _DETERMINERS or det.endswith(("'s", "’s", "s'", "s’")))


def _same_owner(text: str, restated: Claim, first: Claim) -> bool:
    """A possessive name must own the first count too: "Kaiser employs 8,500 nurses ...
    Kaiser's 9,000 nurses", not "... the rival's 9,000 nurses". Pronouns and "the" pass."""
    det = restated.attrs.get("det") or ""
    if det in _DETERMINERS:
        return True
    owner = re.sub(r"(?:'s|’s|'|’)$", "", det.split()[-1]).lower()
    s, e = first.attrs.get("sentence") or (first.start, first.end)
    return owner in (w.lower() for w in _WORD.findall(text[s:e]))


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 12 * n) : pos])][-n:]


def _partitive(text: str, c: Claim) -> bool:
    """The whole of a part or the other side of a comparison: "48 of the 72 ships", "each
    of the five locals", "half the 30 ministers", "above the 1,736 cars", "Of the nine
    brothers, five came"."""
    s = (c.attrs.get("sentence") or (0, 0))[0]
    before = _words_before(text[s:], c.start - s, 2) if c.start >= s else []
    if not before:
        return False
    if before[-1] in _PARTITIVE:
        return True
    if before[-1] == "of":
        return len(before) == 1 or before[0] in _PARTITIVE_OF or before[0][:1].isdigit()
    return False


def _narrowed(text: str, c: Claim, first: bool) -> bool:
    """Followed by words that pick out a subgroup or add another: "the 100,000 families who
    ...", "its four dealerships in Hong Kong", "all 176 mines owned by ...", "the nine
    brothers and sisters", and for a first mention also "1,400 workers on the line"."""
    after = c.attrs.get("followed_by") or ""
    if after in _NARROWING or (len(after) > 4 and after.endswith("ing")):
        return True
    if after in _NARROWING_PREP and (first or after in _PLACE_PREP):
        return True
    nxt = [w.lower() for w in _WORD.findall(text[c.end : c.end + 40])[:2]]
    if len(nxt) == 2 and nxt[0].endswith("ed") and not nxt[0].endswith("eed") and nxt[1] == "by":
        return True  # a passive participle with its agent: "all 176 mines owned by ..."
    return len(nxt) == 2 and nxt[0] in ("and", "or") and nxt[1].endswith("s")  # "brothers and sisters"


def _dated(text: str, c: Claim) -> bool:
    """A year, a change, a comparison or another group within a few words of the count, in
    its sentence: "sold in the same month last year", "up from", "the other three"."""
    s, e = c.attrs.get("sentence") or (c.start, c.end)
    left = text[max(s, c.start - 12 * _WINDOW) : c.start]
    right = text[c.end : min(e, c.end + 12 * _WINDOW)]
    words = [w.lower() for w in _WORD.findall(left)][-_WINDOW:] + [w.lower() for w in _WORD.findall(right)][:_WINDOW]
    return any(w in _CHANGE_WINDOW or _YEAR.fullmatch(w) for w in words)


def _key(c: Claim) -> tuple[str, str]:
    phrase = (c.attrs.get("phrase") or "").lower().split()
    return c.attrs["noun"], " ".join(phrase[:-1])


@rule("number.restated-conflict", Severity.WARNING, "The same group counted again with a larger number")
def restated_conflict(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A definite or possessive count ("its 9,000 nurses", "the four companies") that
        refers back to a group counted once before with the same words ("8,500 nurses",
        "the two companies") but is larger than that count allows, once "about", "more
        than" and rounding are taken into account.

    Why it matters:
        A figure restated differently leaves the reader to guess which one is right; it is
        usually an edit applied to one mention and not the other.

    Example:
        The hospital employs 8,500 nurses. ... The union said its 9,000 nurses would strike.
        ("its 9,000 nurses" restates "8,500 nurses" with a larger number.)

    Does not flag:
        A smaller restated number ("five institutes" ... "the two institutes"): it may name a
        subgroup, so it is left alone; a number the article gave before for another group
        ("four of the five institutes ... the four institutes"); different things, or the
        same thing with other modifiers ("8,500 nurses" and "the 9,000 registered nurses");
        amounts rather than groups (shares, contracts, votes, seats, jobs, tonnes); a count
        dated, compared or set apart within a few words ("in 2019", "last year", "up from",
        "the other"); the whole of a part or of a comparison ("48 of the 72 ships", "above
        the 1,736 cars"); counts narrowed or widened by what follows ("the 100,000 families
        who ...", "its four dealerships in Hong Kong", "the nine brothers and sisters", a
        first mention like "1,400 workers on the line"); numbers that are no whole count
        ("239.64 tolars"); groups already counted with
        several different numbers; a possessive naming an owner absent from the first
        count's sentence ("... the rival's 9,000 nurses"); counts without "the", "its",
        "their" or a possessive.
    """
    text = claims.article.text
    seen: dict[tuple[str, str], list[Claim]] = {}
    values: set = set()  # every count and bare number given so far
    for c in claims.claims:
        if c.kind != "quantity" or c.attrs.get("dimension") not in ("count", "number"):
            continue
        value = c.attrs.get("value")
        noun = c.attrs.get("noun")
        if not noun or noun in _FUNGIBLE or not float(value).is_integer():  # 239.64 tolars is a rate
            values.add(value)
            continue
        earlier = seen.setdefault(_key(c), [])
        if earlier and _refers_back(c):
            first = earlier[0]
            first_high = bounds(first.attrs)[1]
            low = bounds(c.attrs)[0] or 0
            if (
                first_high is not None
                and low > first_high + 1e-9
                and value not in values
                and all(bounds(e.attrs) == bounds(first.attrs) for e in earlier[1:])
                and not c.attrs.get("change")
                and not first.attrs.get("change")
                and _same_owner(text, c, first)
                and not _partitive(text, c)
                and not _partitive(text, first)
                and not _narrowed(text, c, first=False)
                and not _narrowed(text, first, first=True)
                and not _dated(text, c)
                and not _dated(text, first)
            ):
                line = claims.article.locate(first.start)[0]
                yield Finding(
                    MESSAGE.format(restated=c.text, first=first.text, line=line, value=fmt(value),
                                   first_value=fmt(first.attrs["value"])),
                    c.start,
                    c.end,
                    related=[Related(first.start, first.end, RELATED.format(value=fmt(first.attrs["value"])))],
                    evidence=[
                        EVIDENCE_SAME.format(phrase=c.attrs.get("phrase"), det=c.attrs["det"]),
                        EVIDENCE_MORE.format(value=fmt(value), first=first.text, high=fmt(first_high)),
                        EVIDENCE_CLEAR,
                    ],
                )
        earlier.append(c)
        values.add(value)
