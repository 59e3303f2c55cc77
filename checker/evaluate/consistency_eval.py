"""Measuring the archive rules: recall on planted cross-article conflicts, and every conflict
the unmodified archives produce (to be read: a real inconsistency between wire stories is a
catch, not a false alarm).

    factcheck evaluate consistency [CORPUS ...] [--json] [--errors] [--jobs N]

1. Each corpus (a JSON Lines file, or a folder of TimeML files such as the TempEval-3 silver
   set) is read, and its facts folded, once.
2. Sites, in one article each, about an entity other articles also name:
   - age, birth year: a full name of a person whose birth another article tells (an age or
     a birth date) gets an age in apposition ("Karl Pohl, 67, said": ten years older than
     the other article allows on this article's date) or ", who was born in YEAR," (ten
     years before);
   - founded: an organisation whose founding another article tells gets ", founded in
     YEAR," (five years before); the archives tell almost no founding years (14 in all of
     Reuters), so an organisation two articles name gets ", founded in 1970," in the first
     and ", founded in 1965," in the second (``founded_sites``);
   - spelling: a full name that at least ``SPELLING_MIN_ARTICLES`` other articles use has
     its surname's second and third letters swapped everywhere in the article;
   - acronym: an acronym another article also expands has one content word of its
     expansion turned into a derived word of itself, three or more letters from it (so that
     it is no spelling slip ``acronym.conflict`` forgives): "National" -> "Nationalist",
     "Singapore" -> "Singaporical", "Motors" -> "Motorsist".
3. Caught: the archive with the changed article in place of the original reports a conflict
   of the kind's rule about the entity that the unchanged archive does not.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.config import Config
from checker.consistency.engines import article_facts
from checker.consistency.facts import org_entity, people_of, person_key
from checker.consistency.judge import SPELLING_MIN_ARTICLES, Conflict, judge
from checker.consistency.model import BIRTH, EXPANSION, FOUNDED, Entity, fold
from checker.engine import pool_map, run_guarded
from checker.evaluate.rules_eval import articles, default_corpora, describe_change
from checker.rules.date_age_conflict import age_on
from claims.acronyms import normalize_expansion
from claims.extract import extract
from claims.model import Article, ClaimSet
from claims.read import article_from_text

#: kind of planted change -> the archive rule that must catch it
KINDS = {"age": "archive.birth-year", "birth-year": "archive.birth-year", "founded": "archive.founded",
         "spelling": "archive.spelling", "acronym": "archive.acronym"}
GOAL = 0.90


@dataclass
class Recall:
    sites: int = 0
    caught: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    """One corpus read once: its articles, their facts (by key), and the keys' articles."""

    name: str
    articles: list[Article] = field(default_factory=list)
    facts: list[dict[str, Entity]] = field(default_factory=list)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def entities(self) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        for f in self.facts:
            fold(f.values(), out)
        return out

    orgs: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # where a founding can go

    def without(self, skip: set[int], keys) -> dict[str, Entity]:
        """The entities ``keys`` folded over every article but those in ``skip``."""
        out: dict[str, Entity] = {}
        for k in keys:
            fold((self.facts[j][k] for j in self.by_key.get(k, ()) if j not in skip), out)
        return out


def read_corpus(path: str, jobs: int = 1) -> Corpus:
    corpus = Corpus(Path(path).name)
    items = list(articles([path]))
    for article, (got, orgs) in zip(items, pool_map(_read, ((a, Config(), None) for a in items), jobs, _failed)):
        if got.error is not None:
            continue
        i = len(corpus.articles)
        corpus.articles.append(article)
        corpus.facts.append({e.key: e for e in got.entities})
        for e in got.entities:
            corpus.by_key[e.key].append(i)
        for key in orgs:
            corpus.orgs[key].append(i)
    return corpus


def _facts_and_orgs(item, config):
    from checker.consistency.engines import ArticleFacts
    from checker.consistency.facts import facts_of

    claims = item if isinstance(item, ClaimSet) else extract(item)
    return ArticleFacts(claims.article.source, facts_of(claims)), sorted(set(_plantable_orgs(claims)))


def _read(args):
    """The facts of one article, and the organisations it names where a founding can be planted."""
    return run_guarded(_facts_and_orgs, args, _failed)


def _failed(source: str, message: str):
    from checker.consistency.engines import ArticleFacts

    return ArticleFacts(source, error=message), []


def _plantable_orgs(claims: ClaimSet):
    for c in claims.of_kind("organization"):
        if _PLANTABLE.match(claims.article.text, c.end):
            key = org_entity(claims, c)[1]
            if key:
                yield key


# -- planting --------------------------------------------------------------------------------------


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


#: What may follow a name where an apposition can be planted: a space and a lower-case word
#: ("Karl Pohl said" -> "Karl Pohl, 67, said").
_PLANTABLE = re.compile(r" [a-z]")


def _told(corpus: Corpus, i: int, key: str, fact_kind: str):
    """The first fact of a kind that another article tells of an entity, or None."""
    for j in corpus.by_key.get(key, ()):
        if j != i:
            for f in sorted(corpus.facts[j][key].facts):
                if f[0] == fact_kind:
                    return f
    return None


def sites(corpus: Corpus, i: int, claims: ClaimSet):
    """(kind, entity key, changed text) for every change this article offers. An age, a
    birth year or a founding year is planted right after a name this article writes, where
    another article tells the entity's birth or founding, so that the two cannot meet."""
    text = claims.article.text
    people = people_of(claims)
    published = claims.article.published
    done = set()
    for c in claims.of_kind("person"):
        name = people.get(c.id)
        if not name or not c.attrs.get("full") or not _PLANTABLE.match(text, c.end):
            continue
        told = _told(corpus, i, person_key(name), BIRTH)
        if told is None:
            continue
        born = date.fromisoformat(told[1])
        if published and "age" not in done:
            done.add("age")
            yield "age", person_key(name), _replace(text, c.end, c.end, f", {age_on(born, published) + 10},")
        if "birth-year" not in done:
            done.add("birth-year")
            yield "birth-year", person_key(name), _replace(text, c.end, c.end, f", who was born in {born.year - 10},")
    for c in claims.of_kind("organization"):
        if not _PLANTABLE.match(text, c.end):
            continue
        _, key, _ = org_entity(claims, c)
        told = key and _told(corpus, i, key, FOUNDED)
        if told:
            yield "founded", key, _replace(text, c.end, c.end, f", founded in {int(told[1][:4]) - 5},")
            break
    for c in claims.of_kind("person"):
        name = people.get(c.id)
        if not name or not c.attrs.get("full"):
            continue
        key = person_key(name)
        others = [j for j in corpus.by_key.get(key, ()) if j != i]
        surname = c.attrs.get("surname") or ""
        if len(others) >= SPELLING_MIN_ARTICLES and len(surname) >= 5 and surname[1] != surname[2] \
                and surname.isalpha():
            slip = surname[0] + surname[2] + surname[1] + surname[3:]
            yield "spelling", key, re.sub(rf"\b{re.escape(surname)}\b", slip, text)
            break
    for c in claims.of_kind("acronym"):
        key = f"acronym:{c.attrs['key']}"
        if _told(corpus, i, key, EXPANSION) is None:
            continue
        e0, e1 = c.attrs["expansion_span"]
        expansion = text[e0:e1]
        words = set(normalize_expansion(expansion))
        m = next((m for m in re.finditer(r"[A-Za-z]{6,}", expansion) if m.group().casefold() in words), None)
        if m is None:
            continue
        w = m.group()
        variant = w + "ist" if w.endswith("al") else (w[:-1] + "ical" if w[-1] in "aeiouy" else w + "ist")
        yield "acronym", key, _replace(text, e0 + m.start(), e0 + m.end(), variant)
        break


def _conflicts(entities: dict[str, Entity], rule: str) -> set[tuple]:
    return {(c.entity, c.message) for c in judge(entities, lambda rid: rid == rule)}


#: The founding year planted where the archive tells none (``founded_sites``); the other article
#: gets it minus ``FOUNDED_OFF``.
FOUNDED_YEAR, FOUNDED_OFF = 1970, 5


def founded_sites(corpus: Corpus):
    """(j, i, key, text of j, text of i): the archives tell almost no founding years (14 in
    all of Reuters), so for each organisation two articles name (where a founding can follow
    the name), the first is told it was founded in ``FOUNDED_YEAR`` and the second five years
    earlier."""
    for key, where in sorted(corpus.orgs.items()):
        if len(where) < 2 or any(f[0] == FOUNDED for j in corpus.by_key.get(key, ()) for f in corpus.facts[j][key].facts):
            continue
        texts = []
        for n, j in enumerate(where[:2]):
            claims = extract(corpus.articles[j])
            c = next(c for c in claims.of_kind("organization") if _PLANTABLE.match(claims.article.text, c.end)
                     and org_entity(claims, c)[1] == key)
            year = FOUNDED_YEAR - n * FOUNDED_OFF
            texts.append(_replace(claims.article.text, c.end, c.end, f", founded in {year},"))
        yield where[0], where[1], key, texts[0], texts[1]


def _caught(corpus: Corpus, changes: dict[int, str], rule: str) -> bool:
    """Whether the archive with the articles ``changes`` gives new texts reports a conflict of
    ``rule`` that the unchanged archive does not."""
    new = {}
    for i, text in changes.items():
        article = corpus.articles[i]
        planted = article_from_text(text, source=article.source, published=article.published)
        new[i] = article_facts((planted, Config(), None)).entities
    keys = {k for i in changes for k in corpus.facts[i]} | {e.key for es in new.values() for e in es}
    base = corpus.without(set(changes), keys)
    after = corpus.without(set(changes), keys)
    for i in changes:
        fold(corpus.facts[i].values(), base)
        fold(new[i], after)
    return bool(_conflicts(after, rule) - _conflicts(base, rule))


def injection_recall(corpus: Corpus) -> dict[str, Recall]:
    table = {k: Recall() for k in KINDS}
    for i, article in enumerate(corpus.articles):
        if not any(len(corpus.by_key[k]) > 1 for k in corpus.facts[i]):
            continue
        claims = extract(article)
        for kind, key, changed in sites(corpus, i, claims):
            rec = table[kind]
            rec.sites += 1
            if _caught(corpus, {i: changed}, KINDS[kind]):
                rec.caught += 1
            else:
                rec.missed.append(f"{article.source}: {key}: {describe_change(article.text, changed)}")
    rec = table["founded"]
    for j, i, key, text_j, text_i in founded_sites(corpus):
        rec.sites += 1
        if _caught(corpus, {j: text_j, i: text_i}, KINDS["founded"]):
            rec.caught += 1
        else:
            article = corpus.articles[i]
            rec.missed.append(f"{article.source}: {key}: {describe_change(article.text, text_i)}")
    return table


# -- the command -----------------------------------------------------------------------------------


#: The archives measured by default (under the shared corpora folder).
CORPORA = ("reuters21578.jsonl", "wikinews-semeval2015.jsonl", "tempeval3/silver")


def conflict_line(c: Conflict) -> str:
    places = "; ".join(f"{s.says} [{', '.join(e.source for e in s.examples)}]" for s in c.sides)
    return f"{c.severity.label} {c.rule}: {c.message} -- {places}"


def evaluate(paths: list[str], jobs: int = 1, every: bool = False) -> dict:
    report: dict = {"recall": {}, "archives": {}}
    total = {k: Recall() for k in KINDS}
    for path in paths:
        corpus = read_corpus(path, jobs)
        entities = corpus.entities()
        conflicts = judge(entities)
        report["archives"][corpus.name] = {
            "articles": len(corpus.articles), "entities": len(entities), "conflicts": len(conflicts),
            "per_1000_entities": 1000 * len(conflicts) / max(len(entities), 1),
            "by_rule": dict(sorted(Counter(c.rule for c in conflicts).items())),
            "list": [conflict_line(c) for c in conflicts]}
        for kind, rec in injection_recall(corpus).items():
            total[kind].sites += rec.sites
            total[kind].caught += rec.caught
            total[kind].missed += rec.missed
    report["recall"] = {k: {"rule": KINDS[k], "sites": r.sites, "caught": r.caught,
                            "recall": r.caught / r.sites if r.sites else None,
                            "missed": r.missed if every else r.missed[:10]} for k, r in total.items()}
    return report


def format_table(report: dict) -> str:
    lines = [f"Recall on planted cross-article conflicts (goal: at least {GOAL:.0%} per kind)", "",
             f"{'kind':<12} {'rule':<20} {'sites':>6} {'caught':>7} {'recall':>7}"]
    for kind, r in report["recall"].items():
        rate = "-" if r["recall"] is None else f"{100 * r['recall']:.1f}%"
        lines.append(f"{kind:<12} {r['rule']:<20} {r['sites']:>6} {r['caught']:>7} {rate:>7}")
    lines += ["", "Conflicts on the unmodified archives (read each: goal at most 1 false conflict per 1,000 entities)",
              "", f"{'archive':<30} {'articles':>8} {'entities':>9} {'conflicts':>9} {'per 1000':>9}"]
    for name, a in report["archives"].items():
        lines.append(f"{name:<30} {a['articles']:>8} {a['entities']:>9} {a['conflicts']:>9} "
                     f"{a['per_1000_entities']:>9.2f}")
        for rule, n in a["by_rule"].items():
            lines.append(f"    {rule:<26} {n}")
    return "\n".join(lines)


def format_errors(report: dict) -> str:
    lines = []
    for kind, r in report["recall"].items():
        if r["missed"]:
            lines += ["", f"Missed {kind} ({len(r['missed'])})"] + [f"  {m}" for m in r["missed"]]
    for name, a in report["archives"].items():
        if a["list"]:
            lines += ["", f"Conflicts in unmodified {name} ({len(a['list'])})"] + [f"  {m}" for m in a["list"]]
    return "\n".join(lines)


def run(args) -> int:
    paths = [str(p) for p in (args.paths or default_corpora(CORPORA))]
    if not paths:
        print("factcheck: no corpora given and none found under ../shared/corpora")
        return 2
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        print(f"factcheck evaluate: {missing[0]}: no such file or directory")
        return 2
    report = evaluate(paths, args.jobs, every=args.errors)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_table(report))
        if args.errors:
            print(format_errors(report))
    return 0
