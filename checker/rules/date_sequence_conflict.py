"""date.sequence-conflict: "followed by", "then", "after", "before" whose dates run the other way."""

from __future__ import annotations

import re

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.wording import span_words
from claims.lexicon import load
from claims.model import Claim, ClaimSet
from claims.temporal import calendar as cal

MESSAGE = "\u201c{connective}\u201d puts {first} {order} {second}, but {first_when} is {actual} {second_when}"
RELATED = "dated {when}"

_FORWARD = r"followed\s+by|before|prior\s+to"
_BACKWARD = r"after|following|preceded\s+by"
_CONNECTIVE = re.compile(rf"(?i)\b(?P<fwd>{_FORWARD})\b|\b(?P<back>{_BACKWARD})\b")
#: Comparisons, not sequences: "higher than before 1985", "the first time since 1980".
_NOT_SEQUENCE = re.compile(r"(?i)\bthan\b|\bfirst\s+time\b|\bsince\s+then\b|\bever\b|\bfrom\b|\bto\b|\bvs\.?\b|\bor\b|"
                           r"\bcompared\b|\bagainst\b|\bversus\b|\bdue\b|\bmatur")
#: At most this many words between the first date and the sequence word, and between the
#: sequence word and the second date; an event word must stand in the second stretch.
MAX_LEAD, MAX_TAIL = 3, 6
_EVENT_WORDS = frozenset(load("events")["nouns"]) | frozenset(load("events")["verbs"])


def _dated(c: Claim) -> bool:
    """A calendar date the text fixes: written with its year, or relative to publication and
    as precise as its value (not a yearless date whose tense left two years open)."""
    t = c.timex
    if t is None or t.type != "DATE" or t.earliest is None or t.latest is None or t.value.endswith("_REF"):
        return False
    if t.resolution == "absolute":
        return True
    return t.resolution == "dct" and cal.value_of((t.earliest, t.latest)) == t.value


@rule("date.sequence-conflict", Severity.WARNING, "A sequence word whose dates run the other way")
def check(claims: ClaimSet):
    """
    What it checks
        Two dated events in one sentence joined by a single sequence word: "followed by",
        "before", "prior to" say the first came first; "after", "following", "preceded by"
        say it came second. The sequence word must follow the first date closely (three
        words at most) and introduce the second event ("after the elections of June 2022").
        The dates must allow the order: "a 2021 coup, followed by another coup in 2019" does
        not.

    Why it matters
        An order reversed by a wrong year is easy to miss in editing and misleads the
        reader about cause and effect.

    Example
        "Parliament was dissolved in May 2022, after the elections of June 2022."

    Does not flag
        Dates that overlap (a year and a month inside it), a phrase anchored on the other
        date ("nine months later" is later by construction), comparisons ("higher than
        before 1985", "the first time since 1980"), ranges ("from 2019 to 2021"), pairs with
        another date or more than one sequence word between them, "since" (two "since"
        phrases are parallel, not a sequence), "then" and "later" (usually anchored on the
        first date), a second date with no event word before it ("reopen March 31 after the
        winter"), and dates without a fixed calendar place ("recently", a yearless date whose
        tense leaves two years open).
    """
    text = claims.article.text
    times = [c for c in claims.of_kind("time") if c.timex is not None]
    for i in range(len(times) - 1):
        t1, t2 = times[i], times[i + 1]
        if not (_dated(t1) and _dated(t2)):
            continue
        between = text[t1.end:t2.start]
        if re.search(r"[.;!?\n]", between):
            continue
        found = list(_CONNECTIVE.finditer(between))
        if len(found) != 1 or _NOT_SEQUENCE.search(between):
            continue
        m = found[0]
        lead, tail = between[:m.start()], between[m.end():]
        tail_words = [w.lower() for w in re.findall(r"[A-Za-z'-]+", tail)]
        if len(re.findall(r"\w+", lead)) > MAX_LEAD or len(tail_words) > MAX_TAIL:
            continue
        if not any(w in _EVENT_WORDS for w in tail_words):
            continue  # "after the winter", "before May 7": no second event to order
        forward = m.group("fwd") is not None
        a, b = (t1.timex.earliest, t1.timex.latest), (t2.timex.earliest, t2.timex.latest)
        if forward and a[0] <= b[1]:
            continue
        if not forward and a[1] >= b[0]:
            continue
        connective = " ".join(m.group().split())
        first_when, second_when = span_words(*a), span_words(*b)
        yield Finding(
            MESSAGE.format(connective=connective, first=f"\u201c{t1.text}\u201d",
                           order="before" if forward else "after", second=f"\u201c{t2.text}\u201d",
                           first_when=first_when, actual="after" if forward else "before",
                           second_when=second_when),
            t1.end + m.start(), t1.end + m.end(),
            related=[Related(t1.start, t1.end, RELATED.format(when=first_when)),
                     Related(t2.start, t2.end, RELATED.format(when=second_when))],
            evidence=[f"\u201c{t1.text}\u201d = {first_when}", f"\u201c{t2.text}\u201d = {second_when}",
                      f"\u201c{connective}\u201d needs the first {'no later' if forward else 'no earlier'} "
                      f"than the second"])
