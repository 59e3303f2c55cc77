"""Plant date slips in real articles, for the recall evaluation of the date.* rules.

Each function takes an article's text and its publication date and returns a copy with
exactly one slip planted, or None when the text offers no place for it. A slip is planted
only where it is certainly an inconsistency, so a rule that misses it has missed a real slip.
Places are found with the extractor (claims.extract), never with the rule being measured:

- ``wrong_weekday``: a weekday written beside a date is changed to another day; where none
  is written, a full date with its year gets a wrong weekday in front ("Tuesday, 5 March 1987").
- ``later_for_earlier``: "earlier this year in February" becomes "later this year in
  February" (or the reverse); where the article has no such pair, a month named without a
  year that lies before publication gets "later this year in" in front of it.
- ``move_year_after_publication``: a past-tense event dated with its year ("announced in March
  1986") is moved two years after publication.
- ``stretch_duration``: "for the past N years", in an article that also gives a founding year
  ("founded in 2001"), becomes a duration at least twice as long plus three years.
- ``wrong_age``: a person's age in apposition ("Smith, 53,") gets a birth year that rules it
  out ("Smith, 53, who was born in <year ten years off>,").
- ``swap_sequence``: in "elected in 2019, after the coup of 2017" ("followed by", "before"
  likewise, with an event noun after the sequence word), the two years are swapped.
- ``change_offset``: "N months later" whose event the article also dates (elsewhere, or "on
  <date>" in its own clause), in agreement, gets a count far larger.

The functions are deterministic: the first place in the text that allows the slip is used.
``INJECTORS`` maps each rule id to the function that plants what it should catch.
"""

from __future__ import annotations

import re
from datetime import date

from claims.extract import extract
from claims.lexicon import load
from claims.model import Claim
from claims.sources import article_from_text
from claims.text import sentence_bounds

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _claims(text: str, published: date | None):
    return extract(article_from_text(text, published=published))


def _day(c: Claim) -> date | None:
    t = c.timex
    if t is None or t.earliest is None or t.earliest != t.latest or t.type != "DATE":
        return None
    return t.earliest


def wrong_weekday(text: str, published: date | None = None) -> str | None:
    cs = _claims(text, published)
    for c in cs.of_kind("time"):
        d = _day(c)
        if d is None or c.timex.weekday is None:
            continue
        for form in DAYS:
            at = c.text.find(form)
            if at >= 0:
                wrong = DAYS[(DAYS.index(form) + 3) % 7]
                return text[:c.start + at] + wrong + text[c.start + at + len(form):]
    for c in cs.of_kind("time"):
        d = _day(c)
        if d is None or c.timex.resolution != "absolute" or not re.search(r"\d{4}$", c.text):
            continue
        if text[max(0, c.start - 12):c.start].rstrip().endswith(DAYS):
            continue
        wrong = DAYS[(d.weekday() + 2) % 7]
        return text[:c.start] + f"{wrong}, " + text[c.start:]
    return None


def later_for_earlier(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    m = re.search(r"\b([Ee]arlier|[Ll]ater) this year in ((?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December))\b", text)
    if m:
        month = _MONTHS.index(m.group(2)) + 1
        word = m.group(1)
        if word.lower() == "earlier" and month < published.month:
            swapped = "Later" if word[0].isupper() else "later"
        elif word.lower() == "later" and month > published.month:
            swapped = "Earlier" if word[0].isupper() else "earlier"
        else:
            swapped = None
        if swapped:
            return text[:m.start(1)] + swapped + text[m.end(1):]
    for c in _claims(text, published).of_kind("time"):
        t = c.timex
        if t.resolution != "dct" or len(t.value) != 7 or t.latest is None or t.latest.month >= published.month \
                or t.latest.year != published.year or c.text not in _MONTHS:
            continue
        lead = text[max(0, c.start - 3):c.start]
        tail = text[c.end:c.end + 12].lower()
        if re.match(r"\s*(?:,\s*)?(?:last|next|this|of|\d)", tail):
            continue  # "January last year", "January of 1986": another year, no slip
        if lead.lower() == "in ":
            return text[:c.start - 3] + ("Later" if text[c.start - 3].isupper() else "later") + \
                " this year in " + text[c.start:]
    return None


_PAST = re.compile(r"\b(?:[a-z]{3,}ed|began|met|held|won|lost|fell|rose|sold|bought|left|took)\s+(?:in|on)\s+$")
#: Past participles that are adjectives of estimates and plans ("an estimated two pct in 1989").
_NOT_EVENT = re.compile(r"(?i)\b(?:estimated|expected|projected|forecast|planned|scheduled|proposed|budgeted|"
                        r"targeted|anticipated|predicted)\s+\S*\s*(?:in|on)\s+$")
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|expects?|expected|forecasts?|plans?|projected|estimates?|"
                     r"targets?|next|budget|predicts?|should|could|may|might)\b")


def move_year_after_publication(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    for c in _claims(text, published).of_kind("time"):
        t = c.timex
        if t.resolution != "absolute" or t.type != "DATE" or t.latest is None or t.latest > published:
            continue
        year = re.search(r"(1[6-9]\d\d|20\d\d)$", c.text)
        lead = text[max(0, c.start - 60):c.start]
        if not year or not _PAST.search(lead) or _NOT_EVENT.search(lead):
            continue
        a, b = sentence_bounds(text, c.start, c.end)
        if _FUTURE.search(text[a:b]):
            continue  # a sentence about plans or forecasts: a later year may be right
        new = str(published.year + 2)
        return text[:c.start + year.start()] + new + text[c.start + year.end():]
    return None


_FOUNDED = re.compile(r"\b(?:founded|established|set up|created|formed|launched|started)\s+in\s+(1[6-9]\d\d|20\d\d)\b",
                      re.IGNORECASE)
_PAST_N = re.compile(r"\bfor the (?:past|last) (\w+(?:-\w+)?) years\b")


def stretch_duration(text: str, published: date | None = None) -> str | None:
    if published is None or not _FOUNDED.search(text):
        return None
    from claims.numbers import parse_number

    founded = int(_FOUNDED.search(text).group(1))
    for m in _PAST_N.finditer(text):
        n = parse_number(m.group(1))
        if n is None:
            continue
        actual = published.year - founded
        new = int(max(n, actual) * 2 + 3)
        return text[:m.start(1)] + str(new) + text[m.end(1):]
    return None


_AGE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)*), (\d{2}), ")


def wrong_age(text: str, published: date | None = None) -> str | None:
    if published is None:
        return None
    for m in _AGE.finditer(text):
        age = int(m.group(2))
        if not 18 <= age <= 99:
            continue
        sentence = text[m.start():text.find(".", m.end()) if text.find(".", m.end()) > 0 else len(text)]
        if "born" in sentence:
            continue
        born = published.year - age - 10
        return text[:m.end() - 2] + f", who was born in {born}, " + text[m.end():]
    return None


_SEQUENCE = re.compile(r"\b(?:in|of|on)\s+(1[6-9]\d\d|20\d\d)\b(,?\s(?:followed by|after|before)\s(?:the\s|a\s|an\s|another\s)?"
                       r"(\w+)\s(?:in|of)\s)(1[6-9]\d\d|20\d\d)\b")
_EVENT_NOUNS = frozenset(load("events")["nouns"])


def swap_sequence(text: str, published: date | None = None) -> str | None:
    """"elected in 2019, after the coup of 2017" -> the two years swapped."""
    for m in _SEQUENCE.finditer(text):
        y1, y2 = m.group(1), m.group(4)
        if y1 == y2 or m.group(3).lower() not in _EVENT_NOUNS:
            continue
        return text[:m.start(1)] + y2 + m.group(2) + y1 + text[m.end(4):]
    return None


_LATER = re.compile(r"\b(\w+) (days|weeks|months|years) later\b")


def change_offset(text: str, published: date | None = None) -> str | None:
    """"N units later" whose event the article dates elsewhere (the same event word with a
    participant in common, or "on <date>" in its own clause) and which agrees with that date
    now: the count becomes five times larger plus seven."""
    from claims.numbers import parse_number
    from claims.temporal import calendar as cal

    cs = _claims(text, published)
    events = cs.of_kind("event")
    times = {c.id: c for c in cs.of_kind("time")}
    for m in _LATER.finditer(text):
        n = parse_number(m.group(1))
        phrase = next((c for c in cs.of_kind("time") if c.start <= m.start() < c.end), None)
        if n is None or phrase is None or phrase.timex.earliest is None:
            continue
        here = (phrase.timex.earliest, phrase.timex.latest)
        event = next((e for e in events if e.attrs.get("time") == phrase.id), None)
        if event is None:
            continue
        dated = [times.get(e.attrs.get("time")) for e in events if e is not event
                 and e.attrs.get("lemma") == event.attrs.get("lemma")
                 and set(e.attrs.get("args", ())) & set(event.attrs.get("args", ()))]
        after = text[event.end:event.end + 80]
        on = re.match(r"[^.;:!?]{0,60}?\bon\s+", after)
        if on:
            dated += [c for c in cs.of_kind("time") if c.start == event.end + on.end()]
        dated = [c for c in dated if c is not None and c.timex.earliest is not None
                 and c.timex.resolution != "anchor"
                 and cal.intersects(here, (c.timex.earliest, c.timex.latest))]
        if not dated:
            continue
        return text[:m.start(1)] + str(int(n) * 5 + 7) + text[m.end(1):]
    return None


INJECTORS = {
    "date.weekday-mismatch": wrong_weekday,
    "date.relative-conflict": later_for_earlier,
    "date.future-past": move_year_after_publication,
    "date.duration-conflict": stretch_duration,
    "date.age-conflict": wrong_age,
    "date.sequence-conflict": swap_sequence,
    "date.anchor-conflict": change_offset,
}
