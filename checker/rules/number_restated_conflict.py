"""number.restated-conflict: the same group counted again with a different number."""

from __future__ import annotations

import re
from typing import Iterator

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from claims.model import Claim, ClaimSet
from claims.quantities import LEXICON, bounds, fmt

_DETERMINERS = frozenset(LEXICON["determiners"])
_PARTITIVE = frozenset(LEXICON["partitive_before"])
_FOLLOWERS = frozenset(LEXICON["restatement_followers"])
_TIME_BOUND = frozenset(LEXICON["time_bound_words"])
_WORD = re.compile(r"[a-z]+")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")


def _refers_back(c: Claim) -> bool:
    """A definite or possessive count that names the whole group: "its 9,000 nurses."."""
    det = c.attrs.get("det")
    if not det:
        return False
    return det in _DETERMINERS or det.endswith(("'s", "’s", "s'", "s’"))


def _whole_group(c: Claim) -> bool:
    """Not narrowed by what follows ("the 1,736 cars sold ...", "the 2,200 workers at the
    plant") nor a part or comparison by what precedes ("48 of the 72 ships", "above the ...")."""
    after = c.attrs.get("followed_by")
    if after is not None and after[:1].isalpha() and after not in _FOLLOWERS:
        return False
    return c.attrs.get("preceded_by") not in _PARTITIVE


def _time_bound(text: str, c: Claim) -> bool:
    """The claim's sentence dates or compares its number: a year, "now", "rose", "last" ..."""
    s, e = c.attrs.get("sentence") or (c.start, c.end)
    sentence = text[s:e]
    if _YEAR.search(sentence):
        return True
    return any(w in _TIME_BOUND for w in _WORD.findall(sentence.lower()))


def _key(c: Claim) -> tuple[str, str]:
    phrase = (c.attrs.get("phrase") or "").lower().split()
    return c.attrs["noun"], " ".join(phrase[:-1])


def _overlap(a: Claim, b: Claim) -> bool:
    alo, ahi = bounds(a.attrs)
    blo, bhi = bounds(b.attrs)
    alo, blo = alo or 0, blo or 0
    return (ahi is None or blo <= ahi + 1e-9) and (bhi is None or alo <= bhi + 1e-9)


@rule("number.restated-conflict", Severity.WARNING, "The same group counted again with a different number")
def restated_conflict(claims: ClaimSet) -> Iterator[Finding]:
    """
    What it checks:
        A count that refers back to a group already counted ("its 9,000 nurses", "the
        8,500 nurses") with a number that cannot be the one given before ("8,500 nurses"),
        once the wording ("about", "more than") and rounding are allowed for.

    Why it matters:
        A figure restated differently leaves the reader to guess which one is right; it is
        usually an edit applied to one mention and not the other.

    Example:
        The hospital employs 8,500 nurses. ... The union said its 9,000 nurses would strike.
        ("its 9,000 nurses" restates "8,500 nurses" with a different number.)

    Does not flag:
        Numbers of different things or of the same thing with different modifiers ("8,500
        nurses" and "the 900 senior nurses"); numbers whose sentence dates or compares them
        ("8,500 nurses in 2019 ... its 9,000 nurses now", "rose to", "last year"); a
        restatement narrowed by what follows or precedes it ("the 1,736 cars sold last
        year", "48 of the 72 ships"); groups counted with several different numbers before
        (the article is talking about several groups); counts without "the", "its",
        "their" or a possessive; money and measures.
    """
    text = claims.article.text
    seen: dict[tuple[str, str], list[Claim]] = {}
    for c in claims.claims:
        if c.kind != "quantity" or c.attrs.get("dimension") != "count" or not c.attrs.get("noun"):
            continue
        key = _key(c)
        earlier = seen.setdefault(key, [])
        if (
            earlier
            and _refers_back(c)
            and not c.attrs.get("change")
            and _whole_group(c)
            and not any(_overlap(e, c) for e in earlier)
        ):
            first = earlier[0]
            consistent = all(_overlap(first, e) for e in earlier[1:])
            if (
                consistent
                and not first.attrs.get("change")
                and _whole_group(first)
                and not _time_bound(text, c)
                and not any(_time_bound(text, e) for e in earlier)
            ):
                line = claims.article.locate(first.start)[0]
                yield Finding(
                    message=(
                        f"{c.text!r} restates {first.text!r} (line {line}) with a different number: "
                        f"{fmt(c.attrs['value'])} vs {fmt(first.attrs['value'])}"
                    ),
                    start=c.start,
                    end=c.end,
                    related=[Related(e.start, e.end, f"first counted as {fmt(e.attrs['value'])}") for e in earlier],
                    evidence=[
                        f"both count {c.attrs.get('phrase')!r}, and {c.attrs['det']!r} refers back to the group already counted",
                        "neither sentence dates the number or marks a change",
                    ],
                )
        earlier.append(c)
