"""Measuring the rules: recall on planted slips, and false alarms on real, unmodified news.

    factcheck evaluate rules [CORPUS.jsonl ...] [--inject-limit N] [--json] [--errors]

1. Recall: every injector (checker/evaluate/inject_*.py, ``INJECTORS``: rule id -> function)
   plants its slip in each article that offers a place for it; the slip is caught when its
   rule reports more findings on the changed article than on the original.
2. False alarms: every rule runs on the unmodified articles; the counts per 1,000 articles
   (errors) and per 100 articles (warnings) are set against the goals (at most 1 and 1).

With --errors the table is followed by every miss (the article and the planted change) and every
error and warning on the unmodified articles, so that each can be read: a real inconsistency in
wire text is a catch, not a false alarm.

Corpora default to ../shared/corpora's Reuters-21578 and Wikinews sets and the WikiWars training
narratives (TimeML; a dev split), plus the seed article;
injection uses the first --inject-limit articles of each corpus (default 3,000), false alarms
the whole corpus.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.config import Config
from checker.engine import check_article, check_paths
from checker.findings import Severity
from claims.model import Article
from claims.read import article_from_text, read_path

INJECTOR_MODULES = ("checker.evaluate.inject_dates", "checker.evaluate.inject_numbers",
                    "checker.evaluate.inject_people")


def injectors() -> dict[str, Callable]:
    """rule id -> injector, from every injector module that is present."""
    out: dict[str, Callable] = {}
    for name in INJECTOR_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        out.update(module.INJECTORS)
    return dict(sorted(out.items()))


def plant(fn: Callable, text: str, published: date | None) -> str | None:
    """Call an injector with the text, and the publication date if it takes one."""
    params = inspect.signature(fn).parameters
    return fn(text, published) if len(params) >= 2 else fn(text)


@dataclass
class Recall:
    sites: int = 0
    caught: int = 0
    missed: list[str] = field(default_factory=list)  # "source: the change", for reading

    @property
    def rate(self) -> float | None:
        return None if not self.sites else self.caught / self.sites


def articles(paths: Iterable[str]) -> Iterator[Article]:
    """The articles of JSON Lines corpora, article files, and TimeML files or folders (their
    text and creation date: WikiWars narratives are full of "N days later")."""
    for path in paths:
        p = Path(path)
        tml = sorted(p.rglob("*.tml")) if p.is_dir() else [p] if p.suffix == ".tml" else []
        if tml:
            from claims import timeml

            for f in tml:
                try:
                    yield timeml.read(f).article
                except (OSError, ValueError):
                    continue
            continue
        for item in read_path(path):
            if isinstance(item, Article):
                yield item


def describe_change(before: str, after: str, context: int = 30) -> str:
    """The one place where an injector changed a text, with a little context either side:
    '...Friday, 19 April [2024 -> 2023] in Bamako...'."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    left = before[max(0, start - context):start]
    right = before[end_b:end_b + context]
    return " ".join(f"...{left}[{before[start:end_b]} -> {after[start:end_a]}]{right}...".split())


def injection_recall(items: Iterable[Article], limit: int | None = None) -> dict[str, Recall]:
    table = {rule: Recall() for rule in injectors()}
    fns = injectors()
    for n, article in enumerate(items):
        if limit is not None and n >= limit:
            break
        base: dict[str, int] | None = None
        for rule, fn in fns.items():
            try:
                changed = plant(fn, article.text, article.published)
            except Exception as exc:  # an injector bug must not stop the measurement
                table[rule].missed.append(f"{article.source}: injector failed: {exc!r}")
                continue
            if not changed or changed == article.text:
                continue
            if base is None:
                found = check_article(article_from_text(article.text, source=article.source,
                                                        published=article.published)).findings
                base = Counter(f.rule for f in found)
            after = check_article(article_from_text(changed, source=article.source, published=article.published),
                                  Config(select=(rule,)))
            rec = table[rule]
            rec.sites += 1
            if sum(1 for f in after.findings if f.rule == rule) > base.get(rule, 0):
                rec.caught += 1
            else:
                rec.missed.append(f"{article.source}: {describe_change(article.text, changed)}")
    return table


@dataclass
class Alarms:
    articles: int = 0
    by_rule: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    alarms: list[str] = field(default_factory=list)  # each error and warning, for reading

    def total(self, severity: Severity) -> int:
        return sum(c[severity.label] for c in self.by_rule.values())


def false_alarms(path: str, jobs: int = 1) -> Alarms:
    out = Alarms()
    p = Path(path)
    if p.is_dir() or p.suffix == ".tml":
        results = (check_article(a) for a in articles([path]))
    else:
        results = check_paths([path], Config(), jobs=jobs)
    for result in results:
        if result.error is not None:
            continue
        out.articles += 1
        for f in result.findings:
            out.by_rule[f.rule][f.severity.label] += 1
            if f.severity >= Severity.WARNING:
                out.alarms.append(f"{result.source}: {f.severity.label} {f.rule}: {f.message}")
    return out


def default_corpora(names: tuple[str, ...] = ("reuters21578.jsonl", "wikinews-semeval2015.jsonl",
                                              "wikiwars/train")) -> list[Path]:
    """Those of the named corpora (paths under the shared corpora folder) that are present."""
    from checker.evaluate.corpora import shared_corpora

    base = shared_corpora()
    return [base / name for name in names if (base / name).exists()]


def evaluate(paths: list[str], inject_limit: int, jobs: int = 1, seed: str | None = None,
             every_miss: bool = False) -> dict:
    """Recall per rule over ``paths`` (and the seed), findings on each unmodified corpus. The
    report lists the first ten misses per rule, or all of them and every alarm with
    ``every_miss``."""
    report = {"recall": {}, "false_alarms": {}}
    recall: dict[str, Recall] = {}
    sources = list(paths) + ([seed] if seed else [])
    for path in sources:
        part = injection_recall(articles([path]), inject_limit)
        for rule, rec in part.items():
            total = recall.setdefault(rule, Recall())
            total.sites += rec.sites
            total.caught += rec.caught
            total.missed.extend(rec.missed)
    report["recall"] = {rule: {"sites": r.sites, "caught": r.caught, "recall": r.rate,
                               "missed": r.missed if every_miss else r.missed[:10]}
                        for rule, r in recall.items()}
    for path in paths:
        alarms = false_alarms(path, jobs)
        n = max(alarms.articles, 1)
        report["false_alarms"][Path(path).name] = {
            "articles": alarms.articles,
            "errors": alarms.total(Severity.ERROR),
            "warnings": alarms.total(Severity.WARNING),
            "errors_per_1000": 1000 * alarms.total(Severity.ERROR) / n,
            "warnings_per_100": 100 * alarms.total(Severity.WARNING) / n,
            "by_rule": {rule: dict(c) for rule, c in sorted(alarms.by_rule.items())},
        }
        if every_miss:
            report["false_alarms"][Path(path).name]["alarms"] = alarms.alarms
    return report


def format_table(report: dict) -> str:
    lines = ["Recall on planted slips (goal: at least 95% for every kind)", "",
             f"{'rule':<28} {'sites':>6} {'caught':>7} {'recall':>7}"]
    for rule, r in report["recall"].items():
        rate = "-" if r["recall"] is None else f"{100 * r['recall']:.1f}%"
        lines.append(f"{rule:<28} {r['sites']:>6} {r['caught']:>7} {rate:>7}")
    lines += ["", "Findings on unmodified articles (goals: at most 1 error per 1,000 articles and 1 warning per 100)",
              "", f"{'corpus':<30} {'articles':>8} {'errors':>7} {'per 1000':>9} {'warnings':>9} {'per 100':>8}"]
    for name, a in report["false_alarms"].items():
        lines.append(f"{name:<30} {a['articles']:>8} {a['errors']:>7} {a['errors_per_1000']:>9.2f} "
                     f"{a['warnings']:>9} {a['warnings_per_100']:>8.2f}")
        for rule, c in a["by_rule"].items():
            lines.append(f"    {rule:<26} " + ", ".join(f"{v} {k}" for k, v in sorted(c.items())))
    return "\n".join(lines)


def format_errors(report: dict) -> str:
    """Every miss and every alarm in a report made with ``every_miss``, one per line."""
    lines = []
    for rule, r in report["recall"].items():
        if r["missed"]:
            lines += ["", f"Missed {rule} ({len(r['missed'])})"] + [f"  {m}" for m in r["missed"]]
    for name, a in report["false_alarms"].items():
        if a.get("alarms"):
            lines += ["", f"Errors and warnings on unmodified {name} ({len(a['alarms'])})"]
            lines += [f"  {m}" for m in a["alarms"]]
    return "\n".join(lines)


def run(args) -> int:
    paths = [str(p) for p in (args.paths or default_corpora())]
    if not paths:
        print("factcheck: no corpora given and none found under ../shared/corpora")
        return 2
    seed = None if args.no_seed else str(Path(__file__).resolve().parents[2] / "examples" / "mali-minusma.txt")
    if seed and not Path(seed).exists():
        seed = None
    report = evaluate(paths, args.inject_limit, args.jobs, seed, every_miss=args.errors)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(format_table(report))
        if args.errors:
            print(format_errors(report))
    return 0
