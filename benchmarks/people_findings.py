"""False alarms and speed of the people, acronym and quote extractors and their five rules.

    python benchmarks/people_findings.py [PATH ...] [--limit N] [--show N] [--rule ID] [--recall]

PATHs are JSON Lines corpora (id, published, title, text), or folders of TimeML files (the
text of their TEXT element is read, e.g. ../shared/corpora/tempeval3/silver: AFP and Xinhua
wire copy); they default to
../shared/corpora/reuters21578.jsonl and wikinews-semeval2015.jsonl ($FACTCHECK_SHARED/corpora
if set). For each corpus it prints how many articles it read, the extraction speed of
claims.people + claims.acronyms + claims.quotes (articles per second, one core, reading the
file not counted), the claims found per kind, and the findings per rule and severity, with the
rate per 1,000 articles (errors) and per 100 articles (warnings): the goals are at most 1 error
per 1,000 articles and 1 warning per 100. ``--show N`` prints up to N findings of each rule
with the line they point at, to be read by a person: a real inconsistency in the wire text is
a catch, not a false alarm.

``--recall`` plants one slip of each kind (checker/evaluate/inject_people.py) in every article
that allows it, and in the seed article, and prints for each rule how many planted slips it
caught (a finding of that rule the unmodified article did not have); ``--show N`` then prints
up to N misses.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.evaluate.inject_people import INJECTORS  # noqa: E402
from checker.rules import get  # noqa: E402
from claims import acronyms, people, quotes  # noqa: E402
from claims.model import Article, ClaimSet  # noqa: E402

RULES = ("name.variant", "name.title-conflict", "acronym.conflict", "quote.attribution-conflict", "quote.unbalanced")
EXTRACTORS = (people.extract, acronyms.extract, quotes.extract)


def default_paths() -> list[Path]:
    base = os.environ.get("FACTCHECK_SHARED")
    if base:
        root = Path(base)
    else:  # ../shared beside the checkout (or beside the folder of work trees)
        here = Path(__file__).resolve().parent.parent
        root = next((p / "shared" for p in here.parents if (p / "shared" / "corpora").is_dir()), here.parent / "shared")
    return [root / "corpora" / "reuters21578.jsonl", root / "corpora" / "wikinews-semeval2015.jsonl"]


_TML_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def load(path: Path, limit: int | None) -> list[Article]:
    out = []
    if path.is_dir():
        for f in sorted(path.glob("*.tml"))[:limit]:
            m = _TML_TEXT.search(f.read_text(encoding="utf-8"))
            if m:
                out.append(Article(f.stem, f.name, html.unescape(_TAG.sub("", m.group(1))), format="timeml"))
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out.append(Article(rec["id"], f"{path.name}#{rec['id']}", rec.get("text") or "", format="jsonl",
                               title=rec.get("title")))
            if limit and len(out) >= limit:
                break
    return out


def extract(article: Article) -> ClaimSet:
    claims = []
    for fn in EXTRACTORS:
        claims.extend(fn(article, claims))
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return ClaimSet(article, claims)


def line_of(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    s = text[a:b]
    if len(s) > 300:
        lo = max(0, start - a - 140)
        s = ("…" if lo else "") + s[lo:lo + 300] + "…"
    return s


def run(path: Path, limit: int | None, show: int, only: str | None) -> None:
    articles = load(path, limit)
    rules = [get(r) for r in RULES if only in (None, r)]
    t0, c0 = time.perf_counter(), time.process_time()
    sets = [extract(a) for a in articles]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    kinds = Counter(c.kind for s in sets for c in s.claims)
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list] = defaultdict(list)
    for s in sets:
        for r in rules:
            for f in r.check(s):
                sev = f.severity or r.severity
                counts[r.id][sev.label] += 1
                if len(examples[r.id]) < show:
                    examples[r.id].append((s.article, f, sev))
    n = len(articles)
    print(f"{path.name}: {n} articles, extraction {seconds:.2f} s wall, {cpu:.2f} s CPU = "
          f"{n / max(cpu, 1e-9):,.0f} articles per CPU second (people + acronyms + quotes, one core)")
    print("  claims: " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))
    for r in rules:
        c = counts[r.id]
        print(f"  {r.id:28s} error {c['error']:4d}  warning {c['warning']:4d}  info {c['info']:4d}   "
              f"({1000 * c['error'] / n:.2f} errors/1,000, {100 * c['warning'] / n:.2f} warnings/100)")
    for rid, items in examples.items():
        if not items:
            continue
        print(f"\n== {rid}")
        for art, f, sev in items:
            print(f"- {art.source} [{sev.label}] {f.message}")
            print(f"    {line_of(art.text, f.start, f.end)}")
            for rel in f.related:
                print(f"    related: {line_of(art.text, rel.start, rel.end)}")


def recall(path: Path | None, articles: list[Article], show: int) -> None:
    planted: Counter = Counter()
    caught: Counter = Counter()
    misses: dict[str, list] = defaultdict(list)
    for art in articles:
        before = None
        for rid, inject in INJECTORS.items():
            new = inject(art.text)
            if new is None:
                continue
            if before is None:
                cs = extract(art)
                before = {r: len(list(get(r).check(cs))) for r in INJECTORS}
            planted[rid] += 1
            after = len(list(get(rid).check(extract(Article(art.id, art.source, new)))))
            if after > before[rid]:
                caught[rid] += 1
            elif len(misses[rid]) < show:
                misses[rid].append((art, new))
    name = path.name if path else "seed"
    print(f"{name}: recall on planted slips ({len(articles)} articles)")
    for rid in INJECTORS:
        n = planted[rid]
        pct = f"{100 * caught[rid] / n:.1f}%" if n else "-"
        print(f"  {rid:28s} planted {n:5d}  caught {caught[rid]:5d}  recall {pct}")
    for rid, items in misses.items():
        for art, new in items:
            i = next((k for k, (x, y) in enumerate(zip(art.text, new)) if x != y), min(len(art.text), len(new)))
            print(f"  missed {rid} in {art.source}: …{new[max(0, i - 120):i + 120]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of each corpus")
    ap.add_argument("--show", type=int, default=0, help="print up to N findings of each rule")
    ap.add_argument("--rule", default=None, help="only this rule")
    ap.add_argument("--recall", action="store_true", help="plant slips and report recall per rule")
    args = ap.parse_args(argv)
    paths = args.paths or default_paths()
    missing = [p for p in paths if not p.exists()]
    if missing:
        print("no corpus at " + ", ".join(map(str, missing)), file=sys.stderr)
        return 2
    extract(Article("warm", "warm", "Foreign Minister Jane Doe said: “Yes.” (UN)"))
    if args.recall:
        seed = Path(__file__).resolve().parent.parent / "examples" / "mali-minusma.txt"
        recall(None, [Article("seed", "mali-minusma.txt", seed.read_text(encoding="utf-8"))], args.show)
        for p in paths:
            recall(p, load(p, args.limit), args.show)
        return 0
    for p in paths:
        run(p, args.limit, args.show, args.rule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
