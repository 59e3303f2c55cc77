"""The newsroom fact base: the facts an archive agrees on, written for editors to review
(``factcheck consistency --write-facts facts.json``), then held against new articles
(``factcheck check --facts facts.json``, or ``facts = "facts.json"`` in the configuration;
rules ``facts.*``).

The file is JSON (or TOML, by its extension) validated by schemas/facts.schema.json::

    {"version": 1,
     "people": [{"name": "Karl Pohl", "articles": 40,
                 "born": {"earliest": "1929-03-05", "latest": "1930-03-02", "articles": 2},
                 "misspellings": [{"name": "Karl Phol", "articles": 1}],
                 "titles": [{"title": "Bundesbank President", "kind": "role", "office": "president",
                             "portfolio": [], "rank": null, "country": null,
                             "first": "1987-03-02", "last": "1987-10-20", "articles": 31}]}],
     "organizations": [{"name": "Bangladesh Nationalist Party", "founded": {"earliest": "1978-01-01",
                        "latest": "1978-12-31", "articles": 3}}],
     "acronyms": [{"acronym": "BNP", "expansion": "Bangladesh Nationalist Party", "articles": 12,
                   "variants": [{"expansion": "Bangladesh National Party", "articles": 1}]}]}

Only agreed facts are written: a birth interval or founding year is the largest group of
articles that can all be right (``judge.agreeing``); the others are what the conflicts
report names. A broken file is a usage error naming the JSON pointer of what is wrong.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from typing import IO, TYPE_CHECKING

from checker.consistency.judge import Conflict, agreeing
from checker.consistency.model import ACRONYM, BIRTH, EXPANSION, FOUNDED, ORGANIZATION, PERSON, TITLE, Entity

if TYPE_CHECKING:  # a type only: the archive engines import the fact base, not the reverse
    from checker.consistency.engines import Archive

VERSION = 1


class FactsError(Exception):
    """A fact base that cannot be read or does not fit its schema."""


# -- writing ---------------------------------------------------------------------------------------


def _interval(e: Entity, kind: str) -> dict | None:
    facts = [(f, t) for f, t in sorted(e.facts.items()) if f[0] == kind]
    if not facts:
        return None
    group, _ = agreeing(facts)
    return {"earliest": max(f[1] for f, _ in group), "latest": min(f[2] for f, _ in group),
            "articles": sum(t.articles for _, t in group)}


def _titles(e: Entity) -> list[dict]:
    out: dict[tuple, dict] = {}
    for f, t in sorted(e.facts.items()):
        if f[0] != TITLE:
            continue
        key = f[1:7]
        entry = out.setdefault(key, {"title": f[1], "office": f[2], "kind": f[3],
                                     "portfolio": [p for p in f[4].split("/") if p], "rank": f[5] or None,
                                     "country": f[6] or None, "first": f[7], "last": f[7], "articles": 0})
        entry["first"], entry["last"] = min(entry["first"], f[7]), max(entry["last"], f[7])
        entry["articles"] += t.articles
    return list(out.values())


def facts_document(archive: Archive, conflicts: list[Conflict]) -> dict:
    slips: dict[str, list[dict]] = {}  # usual spelling's key -> misspellings
    usual_of: dict[str, str] = {}
    for c in conflicts:
        if c.rule == "archive.spelling":
            usual, slip = c.sides[0], c.sides[1]
            key = f"{PERSON}:{usual.says.strip('“”')}"
            slips.setdefault(key, []).append({"name": c.name, "articles": slip.articles})
            usual_of[c.entity] = key
    variants: dict[str, list[dict]] = {}
    for c in conflicts:
        if c.rule == "archive.acronym":
            variants.setdefault(c.entity, []).append({"expansion": c.sides[1].says.strip("“”"),
                                                      "articles": c.sides[1].articles})
    people, organizations, acronyms = [], [], []
    for key, e in sorted(archive.entities.items()):
        if e.kind == PERSON and key not in usual_of:
            entry = {"name": e.name, "articles": e.mentions.articles}
            born = _interval(e, BIRTH)
            titles = _titles(e)
            if born:
                entry["born"] = born
            if titles:
                entry["titles"] = titles
            if key in slips:
                entry["misspellings"] = sorted(slips[key], key=lambda s: s["name"])
            if born or titles or key in slips:
                people.append(entry)
        elif e.kind == ORGANIZATION:
            founded = _interval(e, FOUNDED)
            if founded:
                organizations.append({"name": e.name, "founded": founded})
        elif e.kind == ACRONYM:
            forms = sorted(((t.articles, f[1]) for f, t in e.facts.items() if f[0] == EXPANSION),
                           key=lambda p: (-p[0], p[1]))
            if forms:
                odd = {v["expansion"] for v in variants.get(key, [])}
                usual = next((p for p in forms if p[1] not in odd), forms[0])
                entry = {"acronym": e.name, "expansion": usual[1], "articles": usual[0]}
                if key in variants:
                    entry["variants"] = sorted(variants[key], key=lambda v: v["expansion"])
                acronyms.append(entry)
    return {"version": VERSION, "people": people, "organizations": organizations, "acronyms": acronyms}


def write_facts(out: IO[str], archive: Archive, conflicts: list[Conflict]) -> None:
    out.write(json.dumps(facts_document(archive, conflicts), ensure_ascii=False, indent=1) + "\n")


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class FactBase:
    """A loaded fact base, indexed for checking one article: entity key -> its entry."""

    path: str
    people: dict[str, dict] = field(default_factory=dict)
    organizations: dict[str, dict] = field(default_factory=dict)
    acronyms: dict[str, dict] = field(default_factory=dict)
    misspelled: dict[str, dict] = field(default_factory=dict)  # "person:Karl Phol" -> Karl Pohl's entry


def pointer(path) -> str:
    """A JSON pointer (RFC 6901) for a jsonschema error path."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path) if path else "(top level)"


def parse(text: str, name: str) -> dict:
    if name.endswith(".toml"):
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise FactsError(f"{name}: not valid TOML: {exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise FactsError(f"{name}: not valid JSON: {exc}") from None


def validate(doc, name: str) -> None:
    from jsonschema import exceptions

    from schemas import validator

    errors = list(validator("facts").iter_errors(doc))
    if errors:
        best = exceptions.best_match(errors)
        raise FactsError(f"{name}: {pointer(best.absolute_path)}: {best.message}")
    for where, entry in _intervals(doc):
        if entry["earliest"] > entry["latest"]:
            raise FactsError(f"{name}: {where}: earliest {entry['earliest']} is after latest {entry['latest']}")


def _intervals(doc: dict):
    for i, p in enumerate(doc.get("people", [])):
        if "born" in p:
            yield f"/people/{i}/born", p["born"]
    for i, o in enumerate(doc.get("organizations", [])):
        yield f"/organizations/{i}/founded", o["founded"]


_CACHE: dict[tuple, FactBase] = {}


def load(path: str) -> FactBase:
    """The fact base in ``path``, read and validated once per version of the file."""
    try:
        st = os.stat(path)
        key = (os.path.realpath(path), st.st_mtime_ns, st.st_size)
    except OSError as exc:
        raise FactsError(f"{path}: cannot read the fact base: {(exc.strerror or str(exc)).lower()}") from None
    if key not in _CACHE:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise FactsError(f"{path}: cannot read the fact base: {exc}") from None
        try:
            doc = parse(text, path)
            validate(doc, path)
        except RecursionError:
            raise FactsError(f"{path}: nested too deeply to read") from None
        _CACHE[key] = index(doc, path)
    return _CACHE[key]


def index(doc: dict, path: str = "<facts>") -> FactBase:
    from checker.consistency.facts import acronym_entity_key, organization_key, person_key

    base = FactBase(path)
    for p in doc.get("people", []):
        base.people[person_key(p["name"])] = p
        for m in p.get("misspellings", []):
            base.misspelled[person_key(m["name"])] = p
    for o in doc.get("organizations", []):
        k = organization_key(o["name"])
        if k:
            base.organizations[k] = o
    for a in doc.get("acronyms", []):
        base.acronyms[acronym_entity_key(a["acronym"])] = a
    return base


def day(iso: str) -> date:
    return date.fromisoformat(iso)


# -- checking one article against it (the facts.* rules) ----------------------------------------

_LAST: list = []  # (claims, entities): the five rules of one article share one reading


def entities_of(claims) -> list[Entity]:
    from checker.consistency.facts import facts_of

    if not _LAST or _LAST[0][0] is not claims:
        _LAST[:] = [(claims, facts_of(claims))]
    return _LAST[0][1]


def _finding(message: str, seen, evidence: list[str], fix: str | None = None):
    from checker.findings import Finding

    return Finding(message, seen.start, seen.end, evidence=evidence, fix=fix)


def interval_findings(claims, base: FactBase, kind: str):
    """An article's birth (kind BIRTH) or founding (FOUNDED) facts that cannot meet the fact
    base's interval for the entity."""
    from checker.rules.wording import span_words

    table, field_ = (base.people, "born") if kind == BIRTH else (base.organizations, "founded")
    for e in entities_of(claims):
        entry = table.get(e.key)
        if not entry or field_ not in entry:
            continue
        lo, hi = day(entry[field_]["earliest"]), day(entry[field_]["latest"])
        for f, t in sorted(e.facts.items()):
            if f[0] == kind and (day(f[2]) < lo or day(f[1]) > hi):
                said, known = span_words(day(f[1]), day(f[2])), span_words(lo, hi)
                noun = "birth" if kind == BIRTH else "founding"
                n = entry[field_].get("articles")
                yield _finding(f"{entry['name']}: “{f[3]}” puts the {noun} {said}, but the fact base has {known}",
                               t.examples[0],
                               [f"“{f[3]}”: {said}", f"fact base ({base.path}), {entry['name']}: {noun} {known}"
                                + (f", from {n} article{'s' if n != 1 else ''}" if n is not None else ""),
                                "the two cannot meet"])


def spelling_findings(claims, base: FactBase):
    from checker.consistency.facts import person_key
    from checker.rules.name_variant import variant

    names = {p["name"] for p in base.people.values()}
    for e in entities_of(claims):
        if e.kind != PERSON or e.key in base.people:
            continue
        entry = base.misspelled.get(e.key)
        if entry is None:
            given, _, surname = e.name.partition(" ")
            entry = next((base.people[person_key(n)] for n in sorted(names)
                          if variant(tuple(n.split(" ", 1)), (given, surname))), None)
        if entry is not None:
            yield _finding(f"“{e.name}” is spelled “{entry['name']}” in the fact base", e.mentions.examples[0],
                           [f"fact base ({base.path}): {entry['name']}"
                            + (f", in {entry['articles']} articles" if entry.get("articles") else "")],
                           fix=entry["name"])


def acronym_findings(claims, base: FactBase):
    from checker.consistency.judge import variant_names
    from checker.rules.acronym_conflict import same_expansion

    for e in entities_of(claims):
        entry = base.acronyms.get(e.key)
        if e.kind != ACRONYM or entry is None:
            continue
        known = {v["expansion"] for v in entry.get("variants", [])}
        for f, t in sorted(e.facts.items()):
            if f[0] != EXPANSION or same_expansion(f[1], entry["expansion"]):
                continue
            if f[1] in known or variant_names(entry["expansion"], f[1]):
                yield _finding(f"{entry['acronym']} is “{entry['expansion']}” in the fact base, not “{f[1]}”",
                               t.examples[0], [f"fact base ({base.path}): {entry['acronym']} = {entry['expansion']}",
                                               "the expansions are variants of one name"], fix=entry["expansion"])


def title_findings(claims, base: FactBase):
    from datetime import timedelta

    from checker.consistency.judge import TITLE_DAYS, incompatible

    for e in entities_of(claims):
        entry = base.people.get(e.key)
        if e.kind != PERSON or not entry or not entry.get("titles"):
            continue
        for f, t in sorted(e.facts.items()):
            if f[0] != TITLE:
                continue
            mine = {"text": f[1], "office": f[2], "kind": f[3], "portfolio": [p for p in f[4].split("/") if p],
                    "rank": f[5] or None, "country": f[6] or None}
            when = day(f[7])
            for known in entry["titles"]:
                near = day(known["first"]) - timedelta(days=TITLE_DAYS) <= when <= \
                    day(known["last"]) + timedelta(days=TITLE_DAYS)
                why = near and incompatible(mine, {**known, "text": known["title"]})
                if why:
                    yield _finding(f"{entry['name']} is “{f[1]}” here, but “{known['title']}” in the fact base "
                                   f"({known['first']} to {known['last']}): {why}", t.examples[0],
                                   [f"the article is dated {f[7]}, within {TITLE_DAYS} days of the fact base's dates",
                                    "no mention says the person changed office"])
                    break
