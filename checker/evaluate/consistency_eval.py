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
     YEAR," (five years before);
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

from checker.consistency.engines import article_facts
from checker.consistency.facts import org_entity, people_of, person_key
from checker.consistency.judge import SPELLING_MIN_ARTICLES, Conflict, judge
from checker.consistency.model import BIRTH, EXPANSION, FOUNDED, Entity, fold
from checker.config import Config
from checker.engine import pool_map
from checker.evaluate.rules_eval import articles, default_corpora, describe_change
from checker.rules.date_age_conflict import age_on
from claims.acronyms import normalize_expansion
from claims.extract import extract
from claims.model import Article, ClaimSet
from claims.sources import article_from_text

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

    def without(self, i: int, keys) -> dict[str, Entity]:
        """The entities ``keys`` folded over every article but the ``i``-th."""
        out: dict[str, Entity] = {}
        for k in keys:
            fold((self.facts[j][k] for j in self.by_key.get(k, ()) if j != i), out)
        return out


def read_corpus(path: str, jobs: int = 1) -> Corpus:
    corpus = Corpus(Path(path).name)
    items = list(articles([path]))
    for article, got in zip(items, pool_map(article_facts, ((a, Config(), None) for a in items), jobs, _failed)):
        if got.error is not None:
            continue
        i = len(corpus.articles)
        corpus.articles.append(article)
        corpus.facts.append({e.key: e for e in got.entities})
        for e in got.entities:
            corpus.by_key[e.key].append(i)
    return corpus


def _failed(source: str, message: str):
    from checker.consistency.engines import ArticleFacts

    return ArticleFacts(source, error=message)


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


def injection_recall(corpus: Corpus) -> dict[str, Recall]:
    table = {k: Recall() for k in KINDS}
    for i, article in enumerate(corpus.articles):
        if not any(len(corpus.by_key[k]) > 1 for k in corpus.facts[i]):
            continue
        claims = extract(article)
        for kind, key, changed in sites(corpus, i, claims):
            rule = KINDS[kind]
            planted = article_from_text(changed, source=article.source, published=article.published)
            new = {e.key: e for e in article_facts((planted, Config(), None)).entities}
            keys = set(corpus.facts[i]) | set(new)
            base = corpus.without(i, keys)
            fold(corpus.facts[i].values(), base)
            after = corpus.without(i, keys)
            fold(new.values(), after)
            rec = table[kind]
            rec.sites += 1
            if _conflicts(after, rule) - _conflicts(base, rule):
                rec.caught += 1
            else:
                rec.missed.append(f"{article.source}: {key}: {describe_change(article.text, changed)}")
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
