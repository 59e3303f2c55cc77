"""What one article tells about the people, organisations and acronyms it names: a pure
function of the article's claims (``facts_of``), the map step of the archive engines.

Read only where the wording ties the fact to the entity (precision over recall: a fact that
is not read is never a false conflict):

- a person is keyed by the full name as written (given name and surname, without initials,
  particles or suffixes: ``name_variant.core``); a surname-only mention counts for the full
  name the article linked it to;
- an age in apposition ("Hassan Diop, 38, said") is the age on the publication date: the
  person was born in ``birth_interval(age, published)``; not when the sentence moves it to
  another time ("when", "the late", "died": ``date_age_conflict.OTHER_TIME``);
- a birth ("Diop, who was born in 1975", "Diop was born on 5 May 1950") with a date the
  article fixes on the calendar, told right after the name;
- a title the person holds now (``name_title_conflict.standing_title``), with the
  publication date, where no sentence about the person says they changed office;
- an organisation or acronym followed by its founding ("the BNP, founded in 1978", "Acme
  Corp, which was set up in 2013"), with a year the article fixes;
- every expansion the article gives an acronym.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from checker.consistency.model import (
    ACRONYM,
    BIRTH,
    EXPANSION,
    FOUNDED,
    ORGANIZATION,
    PERSON,
    TITLE,
    Entity,
    Seen,
    Tally,
)
from checker.rules.date_age_conflict import OTHER_TIME, dated_births
from checker.rules.name_title_conflict import standing_title
from checker.rules.name_variant import core
from checker.rules.wording import day_words
from claims.acronyms import acronym_key, normalize_expansion
from claims.model import Claim, ClaimSet
from claims.people import SUFFIXES

#: Words of context quoted either side of a fact.
QUOTE_WORDS = 8
#: Ages read in apposition (a number outside is a count, a score, a price).
AGES = range(1, 120)
#: Event lemmas that found an organisation.
FOUNDING = frozenset({"found", "establish", "set up", "create", "form"})

_WORD = re.compile(r"\S+")
#: A country word that says what the person is for or against, not whose office it is.
_AGAINST = re.compile(r"\b(?:anti|pro)\s*-\s*$", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_APPOSITION = re.compile(r"\s*,\s*")
#: Between a name and its birth: "Diop was born", "Diop, 38, who was born", "Diop (born".
_TO_BIRTH = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:who\s+)?(?:was\s+)?", re.I)
#: Between an organisation and its founding: "Acme Corp, founded", "the BNP, which was set up".
_TO_FOUNDING = re.compile(r"\s*(?:\([A-Z][\w.&-]*\)\s*)?,\s*(?:which\s+|that\s+)?(?:was\s+|has\s+been\s+)?", re.I)


def birth_interval(age: int, published: date) -> tuple[date, date]:
    """The days someone who is ``age`` on ``published`` can have been born on (inclusive):
    from the day after their (age + 1)th birthday would have fallen, to the day ``age`` years
    before. 38 on 21 April 2024: 22 April 1985 to 21 April 1986."""
    return published - relativedelta(years=age + 1) + relativedelta(days=1), published - relativedelta(years=age)


def person_key(name: str) -> str:
    return f"{PERSON}:{name}"


def organization_key(name: str) -> str | None:
    words = normalize_expansion(name)
    return f"{ORGANIZATION}:{' '.join(words)}" if words else None


def acronym_entity_key(acronym: str) -> str:
    return f"{ACRONYM}:{acronym_key(acronym)}"


class _Article:
    """Collects one article's facts: entity key -> (name, places named, fact -> places)."""

    def __init__(self, claims: ClaimSet):
        self.claims = claims
        self.article = claims.article
        self.published = self.article.published.isoformat() if self.article.published else ""
        self.found: dict[str, tuple[str, str, list[Seen], dict[tuple, list[Seen]]]] = {}

    def seen(self, start: int, end: int) -> Seen:
        text = self.article.text
        lo = max(0, start - 20 * QUOTE_WORDS)
        before = [m.start() for m in _WORD.finditer(text, lo, start)][-QUOTE_WORDS:]
        after = [m.end() for m in _WORD.finditer(text, end, end + 20 * QUOTE_WORDS)][:QUOTE_WORDS]
        quote = " ".join(text[before[0] if before else start:after[-1] if after else end].split())
        return Seen(self.article.source, self.article.locate(start)[0], quote, self.published, start, end)

    def entity(self, key: str, kind: str, name: str, start: int, end: int) -> dict[tuple, list[Seen]]:
        if key not in self.found:
            self.found[key] = (kind, name, [], {})
        entry = self.found[key]
        entry[2].append(self.seen(start, end))
        return entry[3]

    def fact(self, key: str, kind: str, name: str, fact: tuple, start: int, end: int) -> None:
        facts = self.entity(key, kind, name, start, end)
        facts.setdefault(fact, []).append(self.seen(start, end))

    def entities(self) -> list[Entity]:
        return [Entity(key, kind, name, Tally.one(places), {f: Tally.one(s) for f, s in facts.items()})
                for key, (kind, name, places, facts) in sorted(self.found.items())]


def facts_of(claims: ClaimSet) -> list[Entity]:
    """The entities one article names, each with what it says of them (one article each)."""
    art = _Article(claims)
    people = people_of(claims)
    for c in claims.of_kind("person"):
        name = people.get(c.id)
        if name is None:
            continue
        key = person_key(name)
        art.entity(key, PERSON, name, c.start, c.end)
        title = standing_title(c)
        if title and title.get("country") and _AGAINST.search(claims.article.text, 0, title["start"]):
            title = None  # "anti- Syrian Industry Minister": a Lebanese minister against Syria
        if title and art.published and not _changed(claims, c, people):
            fact = (TITLE, title["text"], title["office"], title["kind"], "/".join(title.get("portfolio") or ()),
                    title.get("rank") or "", title.get("country") or "", art.published)
            art.fact(key, PERSON, name, fact, min(title["start"], c.start), max(title["end"], c.end))
    if art.published:
        for person, q in ages(claims, people):
            lo, hi = birth_interval(int(q.attrs["value"]), claims.article.published)
            fact = (BIRTH, lo.isoformat(), hi.isoformat(), f"aged {q.text} on {day_words(claims.article.published)}")
            art.fact(person_key(people[person.id]), PERSON, people[person.id], fact, person.start, q.end)
    for person, t in births(claims, people):
        fact = (BIRTH, t.timex.earliest.isoformat(), t.timex.latest.isoformat(), f"born {t.text}")
        art.fact(person_key(people[person.id]), PERSON, people[person.id], fact, person.start, t.end)
    for c in claims.of_kind("acronym"):
        key = acronym_entity_key(c.attrs["acronym"])
        e0, e1 = c.attrs["expansion_span"]
        expansion = _POSSESSIVE.sub("", " ".join(c.attrs["expansion"].split()))  # "the AWB's": the AWB
        art.fact(key, ACRONYM, acronym_key(c.attrs["acronym"]), (EXPANSION, expansion), e0, e1)
    for org, t in foundings(claims):
        name, key, kind = org_entity(claims, org)
        if key:
            fact = (FOUNDED, t.timex.earliest.isoformat(), t.timex.latest.isoformat(), t.text)
            art.fact(key, kind, name, fact, org.start, t.end)
    return art.entities()


def people_of(claims: ClaimSet) -> dict[str, str]:
    """person claim id -> the full name ("given surname") of the person it names."""
    full: dict[str, str] = {}
    for c in claims.of_kind("person"):
        if c.attrs.get("full"):
            parts = c.attrs.get("parts") or []
            k = core(parts)
            if k:
                # "Stewart Bainum Jr." and "Stewart Bainum Sr." are two people
                suffix = "".join(f" {p}" for p in parts if p.lower().rstrip(".") in SUFFIXES)
                full[c.id] = f"{k[0]} {k[1]}{suffix}"
    by_entity: dict[str, set[str]] = {}
    for c in claims.of_kind("person"):
        ent = c.attrs.get("entity")
        if ent and c.id in full:
            by_entity.setdefault(ent, set()).add(full[c.id])
    out = dict(full)
    for c in claims.of_kind("person"):
        ent = c.attrs.get("entity")
        if c.id not in out and ent and len(by_entity.get(ent, ())) == 1:
            out[c.id] = next(iter(by_entity[ent]))
    return out


def _changed(claims: ClaimSet, mention: Claim, people: dict[str, str]) -> bool:
    """Whether any mention of the same person says they changed office."""
    name = people.get(mention.id)
    return any(c.attrs.get("changed") for c in claims.of_kind("person") if people.get(c.id) == name)


def _sentence_of(claims: ClaimSet, offset: int) -> tuple[int, int]:
    """The sentence around an offset, as the extractors cut it (an event or quantity claim's
    ``sentence``), else the line."""
    for c in claims.claims:
        s = c.attrs.get("sentence")
        if s and s[0] <= offset < s[1]:
            return s[0], s[1]
    text = claims.article.text
    return text.rfind("\n", 0, offset) + 1, (text.find("\n", offset) + 1 or len(text) + 1) - 1


def ages(claims: ClaimSet, people: dict[str, str]):
    """(person claim, age quantity claim) for each ", 38," right after a named person."""
    text = claims.article.text
    persons = sorted((c for c in claims.of_kind("person") if c.id in people), key=lambda c: c.end)
    ends = {c.end: c for c in persons}
    for q in claims.of_kind("quantity"):
        a = q.attrs
        if a.get("dimension") != "number" or a.get("unit") or a.get("noun") or a.get("preceded_by") != "," \
                or a.get("followed_by") not in (",", ".") or a.get("low") != a.get("high"):
            continue
        value = a.get("value")
        if not isinstance(value, int) or value not in AGES or not q.text.isdigit():
            continue
        person = next((p for end, p in ends.items() if end < q.start and _APPOSITION.fullmatch(text, end, q.start)),
                      None)
        if person is None:
            continue
        s0, s1 = a.get("sentence") or _sentence_of(claims, q.start)
        if OTHER_TIME.search(text, s0, s1):
            continue
        yield person, q


def births(claims: ClaimSet, people: dict[str, str]):
    """(person claim, time claim) for each birth told right after a named person."""
    text = claims.article.text
    persons = [c for c in claims.of_kind("person") if c.id in people]
    for e, t in dated_births(claims):
        before = [p for p in persons if p.end <= e.start]
        if not before:
            continue
        person = max(before, key=lambda p: p.end)
        if _TO_BIRTH.fullmatch(text, person.end, e.start):
            yield person, t


def foundings(claims: ClaimSet):
    """(organisation or acronym claim, time claim) for each founding told right after one."""
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    names = []
    for c in claims.of_kind("organization"):
        names.append((c.end, c))
    for c in claims.of_kind("acronym"):
        names.append((c.end, c))
    for e in claims.of_kind("event"):
        if e.attrs.get("lemma") not in FOUNDING:
            continue
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex.resolution != "absolute" or t.timex.earliest is None or t.timex.latest is None \
                or t.timex.earliest.year != t.timex.latest.year or t.timex.type != "DATE":
            continue
        before = [(end, c) for end, c in names if end <= e.start]
        if not before:
            continue
        end, org = max(before, key=lambda p: (p[0], p[1].kind == "acronym"))
        if _TO_FOUNDING.fullmatch(text, end, e.start):
            yield org, t


def org_entity(claims: ClaimSet, org: Claim) -> tuple[str, str | None, str]:
    """(name, entity key, kind) of an organisation claim, or of an acronym claim: keyed by its
    expansion, the organisation it names."""
    if org.kind == "acronym":
        name = org.attrs["expansion"]
    else:
        name = org.attrs.get("name") or org.text
        for a in claims.of_kind("acronym"):  # "Bangladesh Nationalist Party (BNP), founded": the BNP
            if a.attrs["acronym_span"][0] >= org.end and a.attrs["expansion_span"][1] == org.end:
                name = a.attrs["expansion"]
    name = " ".join(name.split())
    return name, organization_key(name), ORGANIZATION
