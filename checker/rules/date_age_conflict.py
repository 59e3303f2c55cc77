"""date.age-conflict: an age that contradicts a birth date and the publication date."""

from __future__ import annotations

import re
from datetime import date

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import day_words, span_words
from claims.model import ClaimSet

MESSAGE = "born {born}, {who} is {ages} on {published}, not {stated}"
MESSAGE_DEATH = "born {born}, {who} was {ages} at death ({died}), not {stated}"
RELATED = "born {born}"

#: ", 38," after a name; "aged 38"; "38-year-old".
_APPOSITION_AGE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f.]), (\d{1,3}),")
_AGED = re.compile(r"\baged (\d{1,3})\b")
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")
#: What may stand between an age and the birth it is told with: "Poehl, 57, who was born in".
_ATTACHED = re.compile(r",\s*(?:who\s+|and\s+)?(?:was\s+|is\s+)?$")
#: Ages told at another time than publication.
_OTHER_TIME = re.compile(r"(?i)\b(?:when|at the time|at age|at the age|until|then|aged \d+ at|died|death|dead|"
                         r"the late)\b")
_DEATH = frozenset(("died", "death", "dead"))
#: What may stand between a birth date and the death of the same person: ", ", ", who ".
_DEATH_FOLLOWS = re.compile(r"\s*,?\s*(?:who\s+|and\s+)?")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@rule("date.age-conflict", Severity.ERROR, "An age that contradicts a birth date and the publication date",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        A person's age written in the same sentence as their birth date or year: "Hassan,
        38, who was born in 1975" in an article of 2024. The age on the publication date
        must be one the birth date allows: a year of birth allows two ages (before and after
        the birthday), a full birth date exactly one. An age told with a dated death right
        after the birth date ("Pinochet, 91, who was born in 1915, died Sunday") is the age
        on that day.

    Why it matters
        Ages go stale in copied biographies and are often computed by hand; readers and
        subjects notice. One of the two numbers is wrong.

    Does not flag
        Sentences with more than one age, unless one is written right before "who was born"
        ("Poehl, 57, who was born in 1920, and Stoltenberg, 59"); ages told at another time
        ("when he was 38", "at the age of", "the late", or "died" without a date on or before
        publication or told of someone else, near the age or the birth date); ages in a different sentence from the
        birth date; birth dates without a year.
        ("a former minister" is no other time: the age is still today's.)
    """
    published = claims.article.published
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    for e in claims.of_kind("event"):
        if e.attrs.get("lemma") != "bear":
            continue
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex.resolution != "absolute" or t.timex.earliest is None or t.timex.latest is None:
            continue
        a, b = e.attrs.get("sentence", (0, len(text)))
        sentence = text[a:b]
        ages = [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _APPOSITION_AGE.finditer(sentence)]
        ages += [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _AGED.finditer(sentence)]
        ages += [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _YEAR_OLD.finditer(sentence)]
        if len(ages) > 1:
            # several ages: only one written right before "who was born" belongs to the birth
            ages = [g for g in ages if g[1] <= e.start and _ATTACHED.match(text, g[1], e.start)]
        if len(ages) != 1:
            continue
        start, end, stated = ages[0]
        # The words from the age to the birth date (and a little around) must not move the age
        # to another time: "was 38 when he was elected", "at the age of", "died".
        lo, hi = max(a, min(start, e.start) - 30), min(b, max(end, t.end) + 30)
        other = {m.group().lower() for m in _OTHER_TIME.finditer(text, lo, hi)}
        died = _death(claims, times, t.end, b) if other and other <= _DEATH else None
        if other and died is None:
            continue
        first_day, last_day = (died.timex.earliest, died.timex.latest) if died else (published, published)
        youngest, oldest = age_on(t.timex.latest, first_day), age_on(t.timex.earliest, last_day)
        if youngest <= stated <= oldest or youngest < 0:
            continue
        possible = str(youngest) if youngest == oldest else f"{youngest} or {oldest}" \
            if oldest - youngest == 1 else f"{youngest} to {oldest}"
        born = span_words(t.timex.earliest, t.timex.latest)
        who = _who(text, a, start)
        on = ("in " if t.timex.earliest != t.timex.latest else "on ") + born
        when = span_words(first_day, last_day) if died else day_words(published)
        yield Finding(
            MESSAGE_DEATH.format(born=on, who=who, ages=possible, died=when, stated=stated) if died else
            MESSAGE.format(born=on, who=who, ages=possible, published=when, stated=stated),
            start, end,
            related=[Related(t.start, t.end, RELATED.format(born=born))]
            + ([Related(died.start, died.end, f"died {when}")] if died else []),
            evidence=[f"{when} minus {born} is {possible} years, counting whether the birthday has passed",
                      f"the article gives the age as {stated}"],
            fix=str(youngest) if youngest == oldest else None)


def _death(claims: ClaimSet, times: dict, born_end: int, b: int):
    """The date of the death told right after the birth date ("born in 1905, died Sunday",
    "born in 1926, who died Monday"), when the article fixes it on or before publication;
    None otherwise: an undated death may be long past, and a death told further on may be
    someone else's ("born in 1911, said his father died in 1950")."""
    text = claims.article.text
    for e in claims.of_kind("event"):
        if e.attrs.get("lemma") != "die" or not born_end <= e.start < b \
                or not _DEATH_FOLLOWS.fullmatch(text, born_end, e.start):
            continue
        t = times.get(e.attrs.get("time"))
        x = None if t is None else t.timex
        if x is not None and x.earliest is not None and x.latest is not None \
                and x.resolution in ("absolute", "dct") and x.latest <= claims.article.published:
            return t
    return None


def _who(text: str, sentence_start: int, age_start: int) -> str:
    """The name just before the age (", 38,"), or "the person"."""
    m = re.search(r"((?:[A-Z][\w'\u2019-]+\s){0,2}[A-Z][\w'\u2019-]+),?\s*(?:aged\s*)?$",
                  text[sentence_start:age_start].rstrip(", "))
    return m.group(1) if m else "the person"


EXAMPLES = (
    flags("Hassan, 38, who was born in 1975, leads the party.", published="2024-04-21",
          note="born in 1975, he is 48 or 49 in April 2024"),
    passes("Hassan, 48, who was born in 1975, leads the party.", published="2024-04-21",
           note="a year of birth allows two ages"),
)
